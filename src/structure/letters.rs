//! Letters inside an English text (an epistolary novel, a letter quoted in a chapter):
//! the place-and-date line that heads one ("St. Petersburgh, Dec. 11th, 17—."), the
//! address line above it ("_To Mrs. Saville, England._"), and the closing — a
//! complimentary close ("Your affectionate brother,", "Yours, very sincerely,") and the
//! name signed under it ("R. Walton", "AMY.").
//!
//! `closing` reads a letter that ends the document; these shapes are read anywhere,
//! because a novel's letters end mid-text. Each needs its neighbour: a close without a
//! short name under it is a sentence, an address line without a dated line or a "Dear …"
//! under it is a title.

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
fn bare(line: &str) -> &str {
    line.trim_matches(['"', '“', '”', '_', '*', ' '])
}

/// A complimentary close: "Your affectionate brother,", "Yours, very sincerely,".
pub(crate) fn is_close(line: &str) -> bool {
    static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Your|Yours|Ever|Believe me|With (?:love|kind|best)|Affectionately|Faithfully|Sincerely|Truly|Lovingly|Respectfully|Cordially|Most)\b[^.!?;:]*,$")
            .expect("close pattern")
    });
    let line = bare(line);
    char_len(line) <= CLOSE_MAX && CLOSE.is_match(line)
}

/// A name signed under a close: short, no sentence in it, opening in capitals.
fn is_signed_name(line: &str) -> bool {
    let name = bare(line).trim_end_matches('.');
    char_len(name) <= NAME_MAX
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(['!', '?', ';', ':', ','])
        && name.split_whitespace().count() <= 5
}

/// A place and a date: "St. Petersburgh, Dec. 11th, 17—.", "Boston, March 3, 1862.",
/// "London, 14th July 1820".
pub(crate) fn is_place_date(line: &str) -> bool {
    static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][A-Za-z .'’-]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:1\d{3}|1\d—|\d{2}—)|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]{2,8}\.?,? 1\d{3})\.?$")
            .expect("place-date pattern")
    });
    let line = bare(line);
    char_len(line) <= HEAD_MAX && PLACE_DATE.is_match(line)
}

/// An address line: "To Mrs. Saville, England."
fn is_address(line: &str) -> bool {
    let line = bare(line);
    char_len(line) <= HEAD_MAX
        && line
            .strip_prefix("To ")
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        && !line.contains(['!', '?', ';'])
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
            }
        } else if is_close(line) && lines.get(i + 1).is_some_and(|l| is_signed_name(l)) {
            kinds[i] = Some(BlockKind::Signature);
            kinds[i + 1] = Some(BlockKind::Signature);
        } else if is_address(line)
            && lines
                .get(i + 1)
                .is_some_and(|l| bare(l).to_lowercase().starts_with("dear "))
        {
            kinds[i] = Some(BlockKind::Salutation);
        }
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(lines: &[&str]) -> Vec<&'static str> {
        letter_parts(lines)
            .iter()
            .map(|k| k.as_ref().map_or("-", BlockKind::name))
            .collect()
    }

    #[test]
    fn a_letter_in_a_novel_has_its_head_and_closing() {
        let lines = [
            "Letter 1",
            "_To Mrs. Saville, England._",
            "St. Petersburgh, Dec. 11th, 17—.",
            "You will rejoice to hear that no disaster has accompanied the commencement.",
            "Your affectionate brother,",
            "R. Walton",
            "The next chapter begins here.",
        ];
        assert_eq!(
            names(&lines),
            [
                "-",
                "salutation",
                "dateline",
                "-",
                "signature",
                "signature",
                "-"
            ]
        );
        let little_women = ["Your loving daughter,", "AMY."];
        assert_eq!(names(&little_women), ["signature", "signature"]);
        let pride = ["“Yours, very sincerely,", "“M. GARDINER.”"];
        assert_eq!(names(&pride), ["signature", "signature"]);
    }

    #[test]
    fn sentences_are_not_letter_parts() {
        let lines = [
            "Your father, who had gone out early, came back at noon,",
            "and we all sat down to dinner together in the long room.",
            "To Kill a Mockingbird",
            "Boston, they said, was cold.",
        ];
        assert_eq!(names(&lines), ["-", "-", "-", "-"]);
        assert!(is_place_date("Boston, March 3, 1862."));
        assert!(is_place_date("London, 14th July 1820"));
    }
}
