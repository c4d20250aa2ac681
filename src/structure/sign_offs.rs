//! Names signed where no letter closes: the pen name under an essay or a preface, and the
//! poet's name under an epigraph.
//!
//! An essay in a series or a pamphlet's preface ends with its writer's name alone in
//! capitals ("PUBLIUS.", "AUTHOR"), and the editor's numbered notes or the writer's
//! postscript follow it; so the name is signed only where one of those comes next, never
//! over prose, where a line in capitals heads what follows it.
//!
//! A book or a chapter opens with an epigraph: a stanza or two of verse set apart, and
//! under it, a blank line between, the poet's name alone; the chapter's numeral or the end
//! of the section comes next. The stanza's lines are verse however full they run, and the
//! name is its signature.

use super::letters::{bare, heads_a_part, in_capitals, is_signed_name};
use super::recover::ends_sentence;
use super::text::char_len;
use crate::model::BlockKind;

/// Shortest paragraph an essay's sign-off stands under.
const SIGNED_PROSE_MIN: usize = 200;
/// Longest line of an epigraph's verse.
const EPIGRAPH_LINE_MAX: usize = 72;
/// Fewest lines of verse over an epigraph's signature.
const EPIGRAPH_LINES_MIN: usize = 2;
/// Most stanzas an epigraph holds.
const EPIGRAPH_STANZAS_MAX: usize = 3;

/// A postscript: "P.S. The Publication of this new Edition…".
fn is_postscript(line: &str) -> bool {
    ["P.S.", "P. S.", "PS."].iter().any(|p| line.starts_with(p))
}

/// An editor's note opening with its number in figures: "1 The same idea, tracing…".
pub(crate) fn is_numbered_note(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && line[digits..].starts_with(' ')
        && line[digits..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase())
        && char_len(line) > SIGNED_PROSE_MIN / 4
}

/// True if `lines[i]` (i > 0) is an essay's or preface's sign-off: a name in capitals
/// alone under a long paragraph, over a postscript or a numbered note. The name closes
/// with a full stop under a finished sentence, or finishes the sentence itself ("… is
/// the" / "AUTHOR").
pub(crate) fn signs_off_above_notes(lines: &[&str], i: usize) -> bool {
    let name = bare(lines[i]);
    let prose = lines[i - 1];
    let finished = ends_sentence(prose) && name.ends_with('.');
    let run_on = prose.ends_with(|c: char| c.is_alphabetic());
    in_capitals(name)
        && is_signed_name(name)
        && !heads_a_part(name)
        && char_len(prose) >= SIGNED_PROSE_MIN
        && (finished || run_on)
        && lines
            .get(i + 1)
            .is_some_and(|next| is_postscript(next) || is_numbered_note(next))
}

/// True if `line` can be the poet's name under an epigraph: a short name in capitals or
/// in capitalised words ("ARTHUR SYMONS.", "Thomas Parke d’Invilliers"), no figures in it,
/// not "THE END".
fn is_poets_name(line: &str) -> bool {
    let name = bare(line);
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(char::is_uppercase)
            || w.contains(['\'', '’'])
            || matches!(*w, "de" | "da" | "van" | "von" | "la" | "le")
    });
    is_signed_name(name)
        && (2..=4).contains(&words.len())
        && (in_capitals(name) || capitalised)
        && !name.contains(|c: char| c.is_ascii_digit())
        && !words[0].eq_ignore_ascii_case("the")
        && !heads_a_part(name)
}

/// True if `line` can be a line of an epigraph's verse: short, opening in a capital.
fn is_verse_shaped(line: &str) -> bool {
    char_len(line) <= EPIGRAPH_LINE_MAX
        && line
            .trim_start_matches(['"', '\'', '“', '‘', '_'])
            .starts_with(char::is_uppercase)
        // Verse is set in small letters; a title page's lines in capitals are not verse.
        && !in_capitals(line)
        && super::numbering::find_marker(line).is_none()
}

/// The epigraphs among `lines` (non-blank, trimmed; `blank_before[i]` when a blank line
/// comes before line `i`): `Verse` for the lines of its stanzas, `Signature` for the
/// poet's name under them, `None` for every other line.
pub(crate) fn epigraph_parts(lines: &[&str], blank_before: &[bool]) -> Vec<Option<BlockKind>> {
    let n = lines.len();
    let mut kinds = vec![None; n];
    for i in 1..n {
        let closes = lines
            .get(i + 1)
            .is_none_or(|next| blank_before[i + 1] && heads_a_part(next));
        if !(blank_before[i] && closes && is_poets_name(lines[i])) {
            continue;
        }
        // The stanzas above, each set apart, of two lines or more, every line verse-shaped.
        let mut top = i;
        for _ in 0..EPIGRAPH_STANZAS_MAX {
            let Some(start) = (0..top).rev().find(|&k| blank_before[k] || k == 0) else {
                break;
            };
            let stanza = &lines[start..top];
            if stanza.len() < EPIGRAPH_LINES_MIN || !stanza.iter().all(|l| is_verse_shaped(l)) {
                break;
            }
            top = start;
        }
        // Verse runs over its lines somewhere: a stack of sentences is not an epigraph.
        let runs_over = lines[top..i].iter().any(|l| {
            l.trim_end_matches(['"', '\'', '”', '’', '_'])
                .ends_with(|c: char| c.is_alphabetic() || c == ',')
        });
        if top < i && runs_over {
            kinds[top..i].fill(Some(BlockKind::Verse));
            kinds[i] = Some(BlockKind::Signature);
        }
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(kinds: &[Option<BlockKind>]) -> Vec<&'static str> {
        kinds
            .iter()
            .map(|k| k.as_ref().map_or("-", BlockKind::name))
            .collect()
    }

    #[test]
    fn a_pen_name_over_the_notes_or_a_postscript_signs_the_essay() {
        let prose = "It will therefore be of use to begin by examining the advantages of that Union, the certain evils, and the probable dangers, to which every State will be exposed from its dissolution. This shall accordingly constitute the subject of my next address.";
        let note = "1 The same idea, tracing the arguments to their consequences, is held out.";
        assert!(signs_off_above_notes(&[prose, "PUBLIUS.", note], 1));
        let open = "The laying a Country desolate with Fire and Sword, declaring War against the natural rights of all Mankind, of which Class, regardless of Party Censure, is the Concern of every Man to whom Nature hath given the Power of feeling; and so the writer of these pages remains, as he began, the";
        let ps = "P.S. The Publication of this new Edition hath been delayed.";
        assert!(signs_off_above_notes(&[open, "AUTHOR", ps], 1));
        // A heading in capitals over prose, or a name over a sentence, is no sign-off.
        assert!(!signs_off_above_notes(&[prose, "NOTES", note], 1));
        assert!(!signs_off_above_notes(&[prose, "PUBLIUS.", prose], 1));
        assert!(!signs_off_above_notes(&["Short.", "PUBLIUS.", note], 1));
    }

    #[test]
    fn the_poets_name_under_verse_set_apart_signs_an_epigraph() {
        let lines = [
            "Unresting water, there shall never be rest",
            "Till the last moon droop and the last tide fail,",
            "And the heart shall be weary and wonder and cry like the sea, all night,",
            "As the water all night long is crying to me.",
            "ARTHUR SYMONS.",
        ];
        let blank = [true, false, false, false, true];
        assert_eq!(
            names(&epigraph_parts(&lines, &blank)),
            ["verse", "verse", "verse", "verse", "signature"]
        );
        let gatsby = [
            "Then wear the gold hat, if that will move her;",
            "If you can bounce high, bounce for her too,",
            "I must have you!”",
            "Thomas Parke d’Invilliers",
            "I",
        ];
        let blank = [true, false, false, true, true];
        assert_eq!(
            names(&epigraph_parts(&gatsby, &blank)),
            ["verse", "verse", "verse", "signature", "-"]
        );
        // Over the imprint of a title page, or under a stack of sentences, no epigraph.
        let imprint = [
            "Man knows no Master save creating Heaven",
            "Or those whom choice and common good ordain.",
            "Thomson.",
            "PHILADELPHIA",
        ];
        assert_eq!(
            names(&epigraph_parts(&imprint, &[true, false, true, true])),
            ["-"; 4]
        );
        let sentences = ["He came.", "She went.", "JOHN SMITH", "CHAPTER II"];
        assert_eq!(
            names(&epigraph_parts(&sentences, &[true, false, true, true])),
            ["-"; 4]
        );
        let end = ["And so it ended,", "Quietly at last.", "THE END"];
        assert_eq!(names(&epigraph_parts(&end, &[true, false, true])), ["-"; 3]);
    }
}
