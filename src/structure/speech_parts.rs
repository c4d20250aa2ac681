//! The parts of a speech or a letter set inside an English book (a collection of speeches,
//! a novel quoting a letter) that a typesetter sets apart from the prose around them:
//!
//! - an endnote as Gutenberg transcribes it, "[Footnote 3: And yet this argument …]";
//! - an editor's headnote in square brackets running over several paragraphs, the bracket
//!   opened by the first and closed by the last ("[Mr. Webster having completed …" …
//!   "… prefixed to the first volume of Mr. Webster's Works.]");
//! - a speech's title in capitals with its occasion under it, also in capitals and naming
//!   the speech ("THE REPLY TO HAYNE." / "SECOND SPEECH ON … DELIVERED IN THE SENATE …"):
//!   title and subtitle, where no other rule read them;
//! - a salutation run into its paragraph with the dash older texts set after it
//!   ("Mr. President,--When the mariner …", "DEAREST LADDY,--I am writing …"): the
//!   salutation, then the paragraph.

use super::text::char_len;
use crate::model::BlockKind;
use regex::Regex;
use std::sync::LazyLock;

/// Most paragraphs an editor's bracketed headnote runs over.
const HEADNOTE_MAX_PARAGRAPHS: usize = 4;
/// Longest speech title in capitals.
const TITLE_MAX: usize = 60;
/// Longest salutation run into its paragraph.
const GREETING_MAX: usize = 40;

/// What a line of a speech or letter inside a book is, where it is one of these parts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SpeechPart {
    /// One block of this kind.
    Block(BlockKind),
    /// A salutation of this many bytes, then the paragraph it runs into.
    RunInSalutation(usize),
}

/// "[Footnote 3: …]", "[Note 2: …]": an endnote as a plain-text edition sets it.
fn is_footnote(line: &str) -> bool {
    static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\[(?:Footnote|Note) [0-9A-Za-z*†‡]{1,4}:").expect("footnote pattern")
    });
    line.ends_with(']') && FOOTNOTE.is_match(line)
}

/// True if `line` is in capitals: three letters or more, none in lower case.
fn in_capitals(line: &str) -> bool {
    line.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !line.chars().any(char::is_lowercase)
}

/// A speech's occasion in capitals: "SECOND SPEECH ON … DELIVERED IN THE SENATE …".
fn is_occasion(line: &str) -> bool {
    static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:SPEECH|DELIVERED|ADDRESS|ORATION|SERMON|LECTURE)\b")
            .expect("occasion pattern")
    });
    in_capitals(line) && line.split_whitespace().count() >= 4 && OCCASION.is_match(line)
}

/// A short title in capitals that names no part of a book and opens with no number.
fn is_speech_title(line: &str) -> bool {
    in_capitals(line)
        && char_len(line) <= TITLE_MAX
        && !line.ends_with([',', ';', ':'])
        && !super::caps::names_a_part(line)
        && super::numbering::find_marker(line).is_none()
}

/// The byte length of a salutation run into its paragraph with a dash ("Mr. President,--",
/// "Sir,--", "DEAREST LADDY,--"), if `line` opens with one and text follows it.
pub(crate) fn run_in_greeting(line: &str) -> Option<usize> {
    static GREETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Mr\.|Mister|Madam|Madame) (?:President|Speaker|Chairman|Chairwoman)|^(?:Sir|Sirs|Gentlemen|Ladies and Gentlemen|Fellow[- ]Citizens|My Lords?|(?:My )?(?:[Dd]ear(?:est)?|DEAR(?:EST)?) [A-Za-z .'’]{1,30})$")
            .expect("greeting pattern")
    });
    let (greeting, dash) = [",--", ",—"]
        .iter()
        .filter_map(|d| line.find(d).map(|at| (&line[..at], *d)))
        .min_by_key(|(g, _)| g.len())?;
    let rest = &line[greeting.len() + dash.len()..];
    let text_follows = rest.starts_with(|c: char| c.is_alphabetic() || c == '"' || c == '“');
    let capitals = in_capitals(greeting) && !greeting.contains(['.', '!', '?', ';', ':', ',']);
    (text_follows
        && char_len(greeting) <= GREETING_MAX
        && (GREETING.is_match(greeting) || capitals))
        .then_some(greeting.len() + dash.len())
}

/// The speech and letter parts among a section's `lines` (one paragraph a line), one
/// entry a line.
pub(crate) fn speech_parts(lines: &[&str]) -> Vec<Option<SpeechPart>> {
    let n = lines.len();
    let mut parts = vec![None; n];
    let mut i = 0;
    while i < n {
        let line = lines[i];
        if is_footnote(line) {
            parts[i] = Some(SpeechPart::Block(BlockKind::Note));
        } else if let Some(last) = headnote_end(lines, i) {
            for part in &mut parts[i..=last] {
                *part = Some(SpeechPart::Block(BlockKind::Note));
            }
            i = last + 1;
            continue;
        } else if is_speech_title(line) && lines.get(i + 1).is_some_and(|l| is_occasion(l)) {
            parts[i] = Some(SpeechPart::Block(BlockKind::Title));
            parts[i + 1] = Some(SpeechPart::Block(BlockKind::Subtitle));
            i += 2;
            continue;
        } else if let Some(len) = run_in_greeting(line) {
            parts[i] = Some(SpeechPart::RunInSalutation(len));
        }
        i += 1;
    }
    parts
}

/// The last paragraph of an editor's bracketed headnote opening at `start`: the bracket
/// opened there (not a stage direction's "[_") closes at the end of a later paragraph,
/// with no bracket between.
fn headnote_end(lines: &[&str], start: usize) -> Option<usize> {
    let first = lines[start];
    let opens = first.starts_with('[')
        && !first.starts_with("[_")
        && !first.contains(']')
        && first.split_whitespace().count() >= 8;
    if !opens {
        return None;
    }
    (start + 1..lines.len().min(start + HEADNOTE_MAX_PARAGRAPHS))
        .take_while(|&k| !lines[k].starts_with('['))
        .find(|&k| lines[k].contains(']'))
        .filter(|&k| lines[k].ends_with(']') && lines[k].matches(']').count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(lines: &[&str]) -> Vec<String> {
        speech_parts(lines)
            .into_iter()
            .map(|p| match p {
                None => "-".to_string(),
                Some(SpeechPart::Block(kind)) => kind.name().to_string(),
                Some(SpeechPart::RunInSalutation(len)) => format!("salutation {len}"),
            })
            .collect()
    }

    #[test]
    fn a_speech_in_a_collection_has_its_notes_title_and_run_in_salutation() {
        let lines = [
            "[Footnote 1: Chief Justice Parker.]",
            "THE REPLY TO HAYNE.",
            "SECOND SPEECH ON \"FOOT'S RESOLUTION,\" DELIVERED IN THE SENATE OF THE UNITED STATES.",
            "[Mr. Webster having completed on January 20th his first speech on Foot's resolution,",
            "The next day Mr. Webster took the floor and delivered the following speech.]",
            "Mr. President,--When the mariner has been tossed for many days in thick weather.",
            "We have thus heard, Sir, what the resolution is.",
        ];
        assert_eq!(
            names(&lines),
            [
                "note",
                "title",
                "subtitle",
                "note",
                "note",
                "salutation 16",
                "-"
            ]
        );
    }

    #[test]
    fn a_letters_dashed_greeting_runs_in_but_a_sentence_with_a_dash_does_not() {
        assert_eq!(
            run_in_greeting("DEAREST LADDY,--I am writing in much haste."),
            Some(16)
        );
        assert_eq!(run_in_greeting("Sir,--I have the honour to be."), Some(6));
        assert_eq!(run_in_greeting("Well, I said,--and went on."), None);
        assert_eq!(run_in_greeting("He came home,--tired, as ever."), None);
        assert_eq!(run_in_greeting("Mr. President,--"), None);
        // A title over a line naming no occasion is no speech's head; a chapter never is.
        let lines = [
            "THE OLD MILL.",
            "IT STOOD BY THE RIVER FOR YEARS AND YEARS.",
        ];
        assert_eq!(names(&lines), ["-", "-"]);
        let lines = [
            "CHAPTER I.",
            "AN ADDRESS DELIVERED TO THE STUDENTS OF THE COLLEGE.",
        ];
        assert_eq!(names(&lines), ["-", "-"]);
        // A bracket closed in the same paragraph, or never, is no headnote.
        let lines = [
            "[Illustration: The old mill by the river at dusk in winter]",
            "Text.",
        ];
        assert_eq!(names(&lines), ["-", "-"]);
    }
}
