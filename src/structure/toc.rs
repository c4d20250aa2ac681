//! Tables of contents: lines near the top that repeat headings found later.
//!
//! A TOC entry is a short line whose squeezed text (no whitespace, ASCII lowercased,
//! trailing page number dropped) equals a later line, or a later marker-only heading
//! joined with the line after it ("CHAPTER I." + "Down the Rabbit-Hole"). Entries count
//! as a TOC after a "目录"/"Contents" line, in a run of three or more heading-like lines,
//! or in a run of three or more chapter entries numbered one after another. The TOC lines
//! are marked so they stay out of the outline; the lines they list are remembered, so an
//! unnumbered one ("序言") can become a heading. Linear: one hash map of line keys.

use super::numbering::find_marker;
use super::text::{char_len, ends_with_punct, has_sentence_end, squeeze};
use crate::script::is_han;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Longest line (in characters) that can be a TOC entry or a heading it lists.
const ENTRY_MAX_CHARS: usize = 80;
/// Longest line (in characters) read as an entry under a "目录" line without a match;
/// the run stops where the text begins, where the first entry's line comes again.
const ENTRY_LIKE_MAX_CHARS: usize = 40;
/// Fewest consecutive entries that make a TOC without a "目录" line above them.
const BARE_RUN_MIN: usize = 3;

/// What the TOC pass found, one flag per line.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Toc {
    /// Line `i` is part of a table of contents (its title or an entry).
    pub(crate) in_toc: Vec<bool>,
    /// Line `i` is listed by a TOC entry (it is a heading).
    pub(crate) listed: Vec<bool>,
}

/// The key a line is matched under: squeezed, without a trailing page number, letters
/// and digits only (an entry "BOOK ONE.—THE COMING OF THE MARTIANS" lists the heading
/// "BOOK ONE" / "THE COMING OF THE MARTIANS").
fn entry_key(line: &str) -> String {
    static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\s*[.·…⋯]{2,}\s*[0-9０-９]{0,4}|\s{2,}[0-9０-９]{1,4}|\t[0-9０-９]{1,4})$")
            .expect("page number pattern")
    });
    let line = PAGE_NUMBER.replace(line, "");
    // "一、指导思想 3": a page number after one space, where at least three ideographs
    // name the entry (not "附件 1", "图 2"; in "Letter 1" the number is the letter's).
    let line = match line.rsplit_once(|c: char| c.is_whitespace()) {
        Some((text, number))
            if is_page_number(number) && text.chars().filter(|&c| is_han(c)).count() >= 3 =>
        {
            text.into()
        }
        _ => line,
    };
    squeeze(&line)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The key of what a numbered entry names, its number left out ("I  THERE IS NO ONE
/// LEFT", "Chapter 1. Arrival" → the key of the words after the number), if it has one.
fn entry_name_key(line: &str) -> Option<String> {
    let rest = match find_marker(line) {
        Some(marker) => marker.rest,
        None => {
            let (number, rest) = line.split_once(char::is_whitespace)?;
            let number = number.trim_end_matches('.');
            let numeral = !number.is_empty()
                && (number.chars().all(|c| c.is_ascii_digit()) || roman_value(number).is_some());
            if !numeral {
                return None;
            }
            rest
        }
    };
    let key = entry_key(rest);
    (!key.is_empty()).then_some(key)
}

/// True if `text` is a page number as a contents list sets it: one to four digits, ASCII
/// or full-width.
pub(crate) fn is_page_number(text: &str) -> bool {
    let n = text.chars().count();
    (1..=4).contains(&n)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// The length of the run of contents entries starting at `start`: lines that end in a
/// leader or a page number, the page numbers never going down. Three such lines in a row
/// are a contents list whether or not a "目录" line heads them or the headings follow.
fn entry_run(lines: &[&str], start: usize) -> usize {
    let mut page = 0u32;
    let mut end = start;
    while let Some(line) = lines.get(end).filter(|l| is_contents_entry(l)) {
        if let Some(n) = page_number_at_end(line) {
            if n < page {
                break;
            }
            page = n;
        }
        end += 1;
    }
    end - start
}

/// The page number ending `line` (ASCII or full-width figures), if it ends in one.
fn page_number_at_end(line: &str) -> Option<u32> {
    let digit = |c: char| {
        c.to_digit(10)
            .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
    };
    let digits: Vec<u32> = line.trim_end().chars().rev().map_while(digit).collect();
    (!digits.is_empty() && digits.len() <= 4)
        .then(|| digits.iter().rev().fold(0, |n, d| n * 10 + d))
}

/// True if `line` ends with a leader and a page number ("第一章　总则……………1",
/// "Preface ........ vii" aside): a contents entry as set on a page, a line of its own.
pub(crate) fn has_page_leader(line: &str) -> bool {
    static LEADER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:[.·⋯]{4,}|…{3,}|[－—-]{4,})\s*[0-9０-９]{1,4}$").expect("leader pattern")
    });
    let line = line.trim_end();
    line.ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && LEADER.is_match(line)
}

/// True if `line` ends in a leader, with or without the page number after it
/// ("二、数据交换机制 ......", a converter having lost the number): a contents entry.
pub(crate) fn has_leader(line: &str) -> bool {
    static BARE_LEADER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:[.·⋯]{6,}|…{3,})$").expect("bare leader pattern"));
    has_page_leader(line) || BARE_LEADER.is_match(line.trim_end())
}

/// True if `line` reads as a contents entry by its end: a leader, or a page number after
/// a space following words in Chinese that make no sentence ("一、指导思想 3",
/// "第一篇 开启新征程 １"). Such a line is set on its own, never wrapped.
pub(crate) fn is_contents_entry(line: &str) -> bool {
    if has_leader(line) {
        return true;
    }
    match line.trim_end().rsplit_once(|c: char| c.is_whitespace()) {
        Some((words, number)) => {
            // Set in a column ("Jonathan Harker's Journal          1"), or after
            // ideographs, a number at the end is the entry's page.
            let column = words.ends_with(|c: char| c.is_whitespace());
            is_page_number(number)
                && (words.chars().any(is_han) || column && words.chars().any(char::is_alphabetic))
                && !has_sentence_end(words)
        }
        None => false,
    }
}

/// `line` without its leader and page number: the entry's own text.
fn without_leader(line: &str) -> &str {
    let text = line.trim_end().trim_end_matches(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || c.is_whitespace()
    });
    text.trim_end_matches(['.', '·', '…', '⋯', '－', '—', '-', ' '])
}

/// Returns true if and only if `line` is the heading of a table of contents (目录, Contents).
pub(crate) fn is_toc_title(line: &str) -> bool {
    // `squeeze(line)` compared without building it: recovery asks this of every line.
    // "CONTENTS." and "Contents:" as older books set it.
    let line = line.trim_end().trim_end_matches(['.', ':']);
    let squeezed = || {
        line.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
    };
    // A book of poems lists them by their first lines.
    [
        "目录",
        "目次",
        "contents",
        "tableofcontents",
        "indexoffirstlines",
    ]
    .iter()
    .any(|title| squeezed().eq(title.chars()))
}

/// A line that reads as a contents entry on its own: short, naming something, no
/// sentence in it.
pub(crate) fn is_entry_like(line: &str) -> bool {
    if is_contents_entry(line) {
        let text = without_leader(line);
        return char_len(text) <= ENTRY_MAX_CHARS
            && text.chars().any(char::is_alphabetic)
            && !has_sentence_end(text);
    }
    let numbered = numbered_entry(line).is_some();
    let max = if numbered {
        ENTRY_MAX_CHARS
    } else {
        ENTRY_LIKE_MAX_CHARS
    };
    char_len(line) <= max
        && line.chars().any(char::is_alphabetic)
        && !has_sentence_end(line)
        && !line.ends_with(['：', ':'])
}

/// Marks the contents lists under a "目录"/"Contents" title among `lines` (trimmed; a
/// blank line is empty): the title and every entry-like line after it, blank lines
/// between allowed, up to the first line that is no entry or that repeats the first
/// entry (there the text begins). Recovery keeps these lines as they are: a list of
/// titles is set line by line, and its lines say nothing of a wrap width. Linear.
pub(crate) fn titled_contents(lines: &[&str]) -> Vec<bool> {
    let mut marked = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !is_toc_title(lines[i]) {
            i += 1;
            continue;
        }
        marked[i] = true;
        let mut first_key: Option<String> = None;
        let mut end = i + 1;
        while let Some(&line) = lines.get(end) {
            if !line.is_empty() {
                let key = entry_key(line);
                if !is_entry_like(line) || first_key.as_ref() == Some(&key) {
                    break;
                }
                first_key.get_or_insert(key);
                marked[end] = true;
            }
            end += 1;
        }
        i = end.max(i + 1);
    }
    marked
}

/// Finds the table of contents among `lines` (non-blank, trimmed).
pub(crate) fn find_toc(lines: &[&str]) -> Toc {
    let n = lines.len();
    // An entry names something: short, with a letter or ideograph (not "*  *  *").
    let short: Vec<bool> = lines
        .iter()
        .map(|l| char_len(l) <= ENTRY_MAX_CHARS && l.chars().any(char::is_alphabetic))
        .collect();
    let keys: Vec<String> = lines.iter().map(|l| entry_key(l)).collect();
    // Last line under each key; a two-line heading is also keyed under both lines joined.
    let mut last: HashMap<String, usize> = HashMap::new();
    for i in 0..n {
        if !short[i] || keys[i].is_empty() {
            continue;
        }
        last.insert(keys[i].clone(), i);
        if i + 1 < n && short[i + 1] {
            last.insert(format!("{}{}", keys[i], keys[i + 1]), i);
        }
    }
    // `i` may be one past the end: a title on the last line starts its entries there.
    let target = |i: usize| -> Option<usize> {
        if !short.get(i).copied().unwrap_or(false) || keys[i].is_empty() {
            return None;
        }
        last.get(&keys[i]).copied().filter(|&j| j > i)
    };

    let mut toc = Toc {
        in_toc: vec![false; n],
        listed: vec![false; n],
    };
    let mut i = 0;
    while i < n {
        let titled = is_toc_title(lines[i]) || heads_a_numbered_list(lines, i, &target);
        // Under the title, a column head ("CHAP. … PAGE") belongs to the list.
        let column_head = titled && lines.get(i + 1).is_some_and(|l| is_column_head(l));
        let start = if titled {
            i + 1 + column_head as usize
        } else {
            i
        };
        // Without a title, entries must look like headings (no closing punctuation).
        let mut end = start;
        if titled {
            // Under "目录" every short line without a sentence is an entry, listed later
            // or not (an excerpt may stop before the text), up to the first line that
            // repeats an entry: there the text begins.
            // The text begins where the first entry's line comes again.
            let first = target(start);
            let first_key = keys.get(start).map(String::as_str);
            // Or where the first entry's name comes again under its chapter's marker
            // ("I  THERE IS NO ONE LEFT" … "CHAPTER I" / "THERE IS NO ONE LEFT").
            // Entries that share a name under other numbers ("◆卷一 周文", "◆卷二 周文")
            // are entries still.
            let first_name = lines.get(start).and_then(|l| entry_name_key(l));
            let first_number = lines.get(start).and_then(|l| leading_number(l));
            let heading_names_first = |at: usize| {
                let marker = lines.get(at).and_then(|l| find_marker(l));
                let name = match &marker {
                    Some(m) if m.rest.trim().is_empty() => lines.get(at + 1).map(|l| entry_key(l)),
                    Some(m) => Some(entry_key(m.rest)),
                    None => None,
                };
                let number = marker.and_then(|m| numeral_value(m.text));
                let same_number =
                    first_number.is_none() || number.is_none() || number == first_number;
                name.is_some() && name == first_name && same_number
            };
            while end < n
                && (end == start
                    || Some(end) != first
                        && Some(keys[end].as_str()) != first_key
                        && !heading_names_first(end))
                && (target(end).is_some() || is_entry_like(lines[end]))
            {
                end += 1;
            }
            end = paged_list_end(lines, start, end);
            end = numbered_list_end(lines, start, end);
        } else {
            while end < n && target(end).is_some() && !ends_with_punct(lines[end]) {
                end += 1;
            }
            let run = numbered_run(lines, start).max(entry_run(lines, start));
            if run >= BARE_RUN_MIN && run > end - start {
                for flag in &mut toc.in_toc[start..start + run] {
                    *flag = true;
                }
                i = start + run;
                continue;
            }
        }
        // Every entry must point past the run itself, else it is just repeated text.
        // (Under a title, an entry may repeat inside the list itself: 第一节 一般规定 in
        // several chapters; only the lines past the list are its targets.)
        let targets: Vec<usize> = (start..end)
            .filter_map(target)
            .filter(|&j| !titled || j >= end)
            .collect();
        let real = targets.iter().all(|&j| j >= end);
        // Without a title, the listed lines must come in order with text between them
        // (repeated boilerplate blocks repeat as consecutive lines).
        let spread = titled || targets.windows(2).all(|w| w[1] > w[0] + 1);
        let count = end - start;
        if real && spread && count > 0 && (titled || count >= BARE_RUN_MIN) {
            for flag in &mut toc.in_toc[i..end] {
                *flag = true;
            }
            // Only a titled TOC vouches for its targets being headings; a bare run may be
            // a list of illustrations whose captions recur in the text.
            if titled {
                for j in targets {
                    toc.listed[j] = true;
                }
            }
            i = end;
        } else {
            // Skipping the failed run keeps the pass linear.
            i = end.max(i + 1);
        }
    }
    toc
}

#[path = "toc_numbers.rs"]
pub(crate) mod numbers;
#[cfg(test)]
use numbers::spaced_numeral_entry;
use numbers::{
    heads_a_numbered_list, leading_number, numbered_entry, numbered_run, numeral_value, roman_value,
};

#[path = "toc_paged.rs"]
mod paged;
use paged::{is_column_head, numbered_list_end, paged_list_end};

#[cfg(test)]
#[path = "toc_tests.rs"]
mod tests;
