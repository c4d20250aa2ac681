//! Poems in English prose: a run of short lines, one after another with no blank line
//! between, each opening in capitals, is verse set line by line ("How doth the little
//! crocodile / Improve his shining tail, / …"). Paragraph recovery has already kept such
//! lines apart (see `recover::verse`); here they become verse blocks, so the writers set
//! them as lines (no first-line indent) rather than as one-line paragraphs.
//!
//! The run must show verse's own sign, a line that does not end its sentence followed by
//! one opening in a capital (prose would run on in lower case), at least twice: a stack
//! of short sentences, an address block or a list of names is not a poem.

use super::numbering::find_marker;
use super::text::char_len;

/// Longest line of a poem, in characters.
const LINE_MAX: usize = 60;
/// Fewest lines in a poem's run.
const RUN_MIN: usize = 4;
/// Fewest enjambed line pairs in a run.
const ENJAMBED_MIN: usize = 2;

/// True if and only if `line` opens in a capital (after quotes or brackets).
fn opens_capital(line: &str) -> bool {
    line.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '_'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// True if and only if `line` stops inside its sentence (a comma, a letter).
fn runs_over(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', '_'])
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ',')
}

/// For each of `lines` (non-blank, trimmed; `blank_before[i]` when a blank line comes
/// before line `i`), whether it is a line of a poem.
pub(crate) fn poem_lines(lines: &[&str], blank_before: &[bool]) -> Vec<bool> {
    let n = lines.len();
    let mut out = vec![false; n];
    let fits = |l: &str| char_len(l) <= LINE_MAX && opens_capital(l) && find_marker(l).is_none();
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end < n && fits(lines[end]) && (end == start || !blank_before[end]) {
            end += 1;
        }
        if end == start {
            start += 1;
            continue;
        }
        let enjambed = (start..end - 1).filter(|&i| runs_over(lines[i])).count();
        if end - start >= RUN_MIN && enjambed >= ENJAMBED_MIN {
            out[start..end].fill(true);
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_capitalised_short_lines_is_a_poem() {
        let lines = [
            "She said it as she sat by the fire, and nobody answered her at all.",
            "How doth the little crocodile",
            "Improve his shining tail,",
            "And pour the waters of the Nile",
            "On every golden scale!",
            "Alice was not sure she had the words right.",
        ];
        let blank = [false, true, false, false, false, true];
        assert_eq!(
            poem_lines(&lines, &blank),
            [false, true, true, true, true, false]
        );
    }

    #[test]
    fn short_sentences_and_addresses_are_no_poem() {
        let sentences = ["Stop.", "Look here.", "Come in.", "Sit down."];
        assert_eq!(poem_lines(&sentences, &[false; 4]), [false; 4]);
        let address = ["Mr. John Smith", "Acme Inc.", "12 Main Street", "Boston"];
        assert_eq!(poem_lines(&address, &[false; 4]), [false; 4]);
    }
}
