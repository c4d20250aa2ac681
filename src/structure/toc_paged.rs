//! An English contents list set as on the page: a column head over the entries
//! ("CHAP. … PAGE") belongs to the list, and where its entries carry page numbers, the
//! list ends after the last one that does (part lines between groups stand among them;
//! a part title or half-title after the list is the text's). So too where its entries
//! are numbered in figures: the list ends after the last numbered one.

use super::{is_contents_entry, BARE_RUN_MIN};

/// True if `line` is a contents list's column head: a few of the words a list sets over
/// its numbers and its pages ("CHAP.  PAGE", "Chapter … Page"), "page" among them.
pub(super) fn is_column_head(line: &str) -> bool {
    const COLUMN_WORDS: [&str; 7] = ["chap", "chapter", "page", "pages", "no", "part", "section"];
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| COLUMN_WORDS.contains(&w.as_str()))
        && words.iter().any(|w| w.starts_with("page"))
}

/// Where a titled list of entries `start..end` really ends: where half of its entries or
/// more carry page numbers, after the last one that does. The part lines between groups
/// ("EPOCH THE SECOND, 1715." / "THAMES DARRELL.") stand among numbered entries; lines
/// after the last of them are the text's own (a part title, a half-title).
pub(super) fn paged_list_end(lines: &[&str], start: usize, end: usize) -> usize {
    let paged: Vec<usize> = (start..end)
        .filter(|&k| is_contents_entry(lines[k]))
        .collect();
    match paged.last() {
        Some(&last) if paged.len() >= BARE_RUN_MIN && paged.len() * 2 >= last + 1 - start => {
            last + 1
        }
        _ => end,
    }
}

/// Where a titled list of entries `start..end` really ends: where half of its entries or
/// more open with a number in figures ("1 Danny Deever" … "38 For to Admire"), after the
/// last one that does. A series' line between groups ("Second Series (1896)") stands
/// among them; a dedication and its poem after the list are the text's, though their
/// short lines read as entries once the blank lines around the list are gone.
pub(super) fn numbered_list_end(lines: &[&str], start: usize, end: usize) -> usize {
    let numbered = |line: &str| {
        line.split_once(' ').is_some_and(|(n, rest)| {
            (1..=3).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && rest.starts_with(|c: char| c.is_alphabetic() || "'‘\"“".contains(c))
        })
    };
    let listed: Vec<usize> = (start..end).filter(|&k| numbered(lines[k])).collect();
    match listed.last() {
        Some(&last) if listed.len() >= BARE_RUN_MIN && listed.len() * 2 >= last + 1 - start => {
            last + 1
        }
        _ => end,
    }
}
