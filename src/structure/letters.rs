//! Letters inside an English text (an epistolary novel, a letter quoted in a chapter):
//! the place-and-date line that heads one ("St. Petersburgh, Dec. 11th, 17—."), the
//! address line above it ("_To Mrs. Saville, England._"), and the closing — a
//! complimentary close ("Your affectionate brother,", "Yours, very sincerely,") and the
//! name signed under it ("R. Walton", "AMY.").
//!
//! The greeting ("My Dear Friend:", "To the People of the State of New York:") and the
//! date a letter or a preface is signed with ("December, 1843.", "_April_ 2, 1727") are
//! letter parts too.
//!
//! `closing` reads a letter that ends the document; these shapes are read anywhere,
//! because a novel's letters end mid-text. Each needs its neighbour: a close without a
//! short name under it is a sentence, an address line without a dated line or a "Dear …"
//! under it is a title, a name is signed only with a close above it or a date under it,
//! and a date stands alone only where a part of the book ends.

use super::text::char_len;
use crate::model::BlockKind;
use regex::Regex;
use std::sync::LazyLock;

/// Longest name line under a complimentary close.
const NAME_MAX: usize = 40;
/// Longest complimentary close.
const CLOSE_MAX: usize = 60;
/// Longest place-and-date line or address line.
const HEAD_MAX: usize = 70;

/// The text inside quotes and underscores: "“M. GARDINER.”" → "M. GARDINER.".
pub(crate) fn bare(line: &str) -> &str {
    line.trim_matches(['"', '“', '”', '_', '*', ' '])
}

/// A complimentary close: "Your affectionate brother,", "Yours, very sincerely,".
pub(crate) fn is_close(line: &str) -> bool {
    static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Your|Yours|Their|Thy|Ever|Believe me|With (?:love|kind|best)|Affectionately|Faithfully|Sincerely|Truly|Lovingly|Respectfully|Cordially|Most)\b[^.!?;:]*,$")
            .expect("close pattern")
    });
    let line = bare(line);
    // Every close opens with a capital letter: other lines never build the pattern.
    line.starts_with(|c: char| c.is_ascii_uppercase())
        && char_len(line) <= CLOSE_MAX
        && CLOSE.is_match(line)
}

/// Most words in a name signed on the line of its close.
const RUN_ON_NAME_WORDS: usize = 3;

/// A close and the name signed on one line: "Your affectionate brother, R. Walton".
fn is_close_and_name(line: &str) -> bool {
    line.rsplit_once(", ").is_some_and(|(close, name)| {
        is_close(&format!("{close},"))
            && is_signed_name(name)
            && name.split_whitespace().count() <= RUN_ON_NAME_WORDS
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    })
}

/// A name signed under a close: short, no sentence in it, opening in capitals.
pub(crate) fn is_signed_name(line: &str) -> bool {
    let name = bare(line).trim_end_matches('.');
    char_len(name) <= NAME_MAX
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(['!', '?', ';', ':', ','])
        && name.split_whitespace().count() <= 5
}

/// The words of `line` without the emphasis marks a plain text keeps around some of
/// them ("BOSTON, _April_ 22, 1845." → "BOSTON, April 22, 1845.").
fn unmarked(line: &str) -> String {
    bare(line).replace(['_', '*'], "")
}

/// The months a letter's date may name, in full or cut short ("Sept.").
const LETTER_MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/// The date a letter is signed with: "December, 1843.", "April 2, 1727", "1st May 1845".
fn is_letter_date(line: &str) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let month = format!("(?:{LETTER_MONTHS})\\.?");
        Regex::new(&format!(
            r"^(?:{month}(?: \d{{1,2}}(?:st|nd|rd|th)?)?,? 1\d{{3}}|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{month},? 1\d{{3}})\.?$"
        ))
        .expect("letter date pattern")
    });
    let line = unmarked(line);
    // A month's capital or a digit first, or never a date here.
    line.starts_with(|c: char| c.is_ascii_uppercase() || c.is_numeric()) && DATE.is_match(&line)
}

/// The place and date a preface is signed with, in capitals as old books set them:
/// "ATLANTA, GA., FEB. 1, 1903.", "KNOWSLEY, OCT. 1864.", "ST. JAMES'S SQUARE, _May,_ 1885."
fn is_place_and_date(line: &str) -> bool {
    static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        // The same months, set in capitals (or, under the place in capitals, as words:
        // "ST. JAMES'S SQUARE, _May,_ 1885.").
        let month = format!("(?:{}|{LETTER_MONTHS})\\.?", LETTER_MONTHS.to_uppercase());
        Regex::new(&format!(
            r"^[A-Z][A-Z .'’-]{{1,30}}(?:, [A-Z][A-Z .'’-]{{1,20}})?, {month}(?: \d{{1,2}}(?:ST|ND|RD|TH)?)?,? 1\d{{3}}\.?$"
        ))
        .expect("signed place-date pattern")
    });
    let line = unmarked(line);
    char_len(&line) <= HEAD_MAX && PLACE_DATE.is_match(&line)
}

/// Longest greeting set in capitals with a dash ("HEAD NURSE OF WARD NO. 2,--").
const CAPITAL_GREETING_MAX: usize = 40;

/// True if and only if `line` is set in capitals: three letters or more, none lower-case.
pub(crate) fn in_capitals(line: &str) -> bool {
    line.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !line.chars().any(char::is_lowercase)
}

/// A greeting: "My Dear Friend:", "Dear Sir,", "To the People of the State of New York:",
/// also with the dash older letters set after it ("My dearest Lucy,--", "MY DEAREST
/// MOTHER,--") and, so dashed, any short line in capitals ("MA CHERE MAMMA,--"); the
/// words after "Dear" name someone ("Dear me, what a day," is a sentence).
fn is_greeting(line: &str) -> bool {
    static DEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:(?i:my) )?(?i:dear(?:est)?)(?: (?:[A-Z][\w.'’-]*|and|of|my|dear))*[,:](?:--|—)?$",
        )
        .expect("greeting pattern")
    });
    let line = unmarked(line);
    let dashed = line.strip_suffix(",--").or_else(|| line.strip_suffix(",—"));
    if dashed.is_some_and(|d| in_capitals(d) && char_len(d) <= CAPITAL_GREETING_MAX) {
        return true;
    }
    let addressed = line.strip_prefix("To ").is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_uppercase()) || rest.starts_with("the ")
    }) && line.ends_with(':')
        && !line.contains(['!', '?', ';']);
    let may_be_dear = line.starts_with(['M', 'D', 'd']);
    char_len(&line) <= HEAD_MAX && (may_be_dear && DEAR.is_match(&line) || addressed)
        || is_bare_address(&line)
}

/// The address a formal letter or a dedication opens with, alone on its line: "Sir,",
/// "MADAM,", "My Lord,--".
fn is_bare_address(line: &str) -> bool {
    let word = line
        .trim_end_matches(['-', '—'])
        .strip_suffix(',')
        .unwrap_or("");
    ["sir", "madam", "my lord", "my lady", "gentlemen"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        && word.starts_with(|c: char| c.is_uppercase())
}

/// True if and only if `line` heads a part of the book ("PART I. A VOYAGE TO LILLIPUT.",
/// "CHAPTER I."), where a date alone above it closes what came before.
pub(crate) fn heads_a_part(line: &str) -> bool {
    super::caps::names_a_part(line)
        || super::numbering::find_marker(line).is_some_and(|m| m.family.is_structural())
}

/// A place and a date: "St. Petersburgh, Dec. 11th, 17—.", "Boston, March 3, 1862.",
/// "London, 14th July 1820".
pub(crate) fn is_place_date(line: &str) -> bool {
    static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        // A year, or its century with the rest left blank ("17—").
        let year = r"(?:1\d{3}|1\d—|\d{2}—)";
        Regex::new(&format!(r"^[A-Z][A-Za-z .'’-]{{1,40}}, (?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:st|nd|rd|th)?,? {year}|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]{{2,8}}\.?,? {year})\.?$"))
            .expect("place-date pattern")
    });
    // A typewriter's double hyphen stands for the dash of a year left blank ("17--").
    let line = unmarked(line).replace("--", "—");
    line.starts_with(|c: char| c.is_ascii_uppercase())
        && char_len(&line) <= HEAD_MAX
        && PLACE_DATE.is_match(&line)
}

/// An address line: "To Mrs. Saville, England.", its "TO" also in capitals.
fn is_address(line: &str) -> bool {
    let line = bare(line);
    char_len(line) <= HEAD_MAX
        && line
            .strip_prefix("To ")
            .or_else(|| line.strip_prefix("TO "))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        && !line.contains(['!', '?', ';'])
}

/// True if and only if `name` signs a letter whose close ran into its last paragraph
/// ("…and believe me, ever your own" / "MEG."): a name in capitals closed by a full stop
/// under a paragraph that stops without ending its sentence.
fn signs_run_in_close(paragraph: &str, name: &str) -> bool {
    let open = paragraph
        .trim_end_matches(['"', '\'', '”', '’', '_'])
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ',');
    let bare_name = bare(name);
    open && bare_name.ends_with('.')
        && in_capitals(bare_name)
        && is_signed_name(name)
        && !heads_a_part(name)
}

/// Shortest paragraph a preface's sign-off stands under.
const SIGNED_PROSE_MIN: usize = 200;

/// True if `lines[i]` signs off a preface or an introduction right before the book's
/// title in capitals: a name in capitals ("WILLIAM STANLEY BRAITHWAITE"), an initial
/// ("M.") or a month and year ("June, 1919."), alone under a long paragraph of prose.
fn signs_off_before_a_title(lines: &[&str], i: usize) -> bool {
    let line = bare(lines[i]);
    let initial = line.len() == 2
        && line.starts_with(|c: char| c.is_ascii_uppercase())
        && line.ends_with('.');
    let name = in_capitals(line) && is_signed_name(line) && line.split_whitespace().count() >= 2;
    let prose = lines[i - 1];
    (initial || name || is_letter_date(line))
        && !heads_a_part(line)
        && char_len(prose) >= SIGNED_PROSE_MIN
        && super::recover::ends_sentence(prose)
        && lines.get(i + 1).is_some_and(|next| {
            let next = bare(next);
            in_capitals(next)
                && char_len(next) <= NAME_MAX
                && !next.ends_with([',', ':', ';'])
                // Over a chapter, a line in capitals is the book's half-title.
                && !heads_a_part(next)
        })
}

/// True if the place and date at `i` sign the prose over it: the prose ends its sentence
/// there, and a part, a bracketed note (the first performance under a play's preface) or
/// the end of the text follows.
fn signs_off_a_preface(lines: &[&str], i: usize) -> bool {
    super::recover::ends_sentence(lines[i - 1])
        && lines
            .get(i + 1)
            .is_none_or(|next| heads_a_part(next) || next.starts_with('['))
}

/// The kinds of the letter parts among `lines` (non-blank, trimmed), one entry a line.
pub(crate) fn letter_parts(lines: &[&str]) -> Vec<Option<BlockKind>> {
    let n = lines.len();
    let mut kinds: Vec<Option<BlockKind>> = vec![None; n];
    for i in 0..n {
        let line = lines[i];
        if is_place_date(line) {
            kinds[i] = Some(BlockKind::Dateline);
            if i > 0 && is_address(lines[i - 1]) {
                kinds[i - 1] = Some(BlockKind::Salutation);
            } else if lines.get(i + 1).is_some_and(|l| is_address(l)) {
                // The address may also stand under the place and date.
                kinds[i + 1] = Some(BlockKind::Salutation);
            }
        } else if kinds[i].is_some() {
            // Already read as the address under a place and date.
        } else if is_close(line) && lines.get(i + 1).is_some_and(|l| is_signed_name(l)) {
            kinds[i] = Some(BlockKind::Signature);
            kinds[i + 1] = Some(BlockKind::Signature);
            if lines.get(i + 2).is_some_and(|l| is_letter_date(l)) {
                kinds[i + 2] = Some(BlockKind::Date);
            }
        } else if is_close_and_name(line) {
            kinds[i] = Some(BlockKind::Signature);
        } else if kinds[i].is_some() {
            // Already read as the name or date under a close.
        } else if i > 0 && signs_run_in_close(lines[i - 1], line) {
            kinds[i] = Some(BlockKind::Signature);
        } else if is_signed_name(line.trim_end_matches(','))
            && !heads_a_part(line)
            && i > 0
            && lines
                .get(i + 1)
                .is_some_and(|l| is_letter_date(l) || is_place_and_date(l))
        {
            kinds[i] = Some(BlockKind::Signature);
            kinds[i + 1] = Some(BlockKind::Date);
        } else if i > 0 && super::sign_offs::signs_off_above_notes(lines, i) {
            kinds[i] = Some(BlockKind::Signature);
            if super::sign_offs::is_numbered_note(lines[i + 1]) {
                kinds[i + 1] = Some(BlockKind::Note);
            }
        } else if i > 0 && signs_off_before_a_title(lines, i) {
            kinds[i] = Some(match is_letter_date(line) {
                true => BlockKind::Date,
                false => BlockKind::Signature,
            });
        } else if is_letter_date(line) && i > 0 && lines.get(i + 1).is_none_or(|l| heads_a_part(l))
            || is_place_and_date(line) && i > 0 && signs_off_a_preface(lines, i)
        {
            kinds[i] = Some(BlockKind::Date);
        } else if is_greeting(line)
            || is_address(line)
                && lines
                    .get(i + 1)
                    .is_some_and(|l| bare(l).to_lowercase().starts_with("dear "))
        {
            kinds[i] = Some(BlockKind::Salutation);
        }
    }
    // A Chinese letter's parts where no English one was read.
    for (kind, zh) in kinds
        .iter_mut()
        .zip(super::letters_zh::letter_parts_zh(lines))
    {
        if kind.is_none() {
            *kind = zh;
        }
    }
    kinds
}

#[cfg(test)]
#[path = "letters_tests.rs"]
mod tests;
