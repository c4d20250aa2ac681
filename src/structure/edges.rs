//! The edges of a plain-text document: what comes before the body (title, subtitle,
//! salutation) and what closes it (signature, date).
//!
//! Front: up to three short unpunctuated lines are the title; right under a title, a
//! parenthesised note (possibly over several lines), a "——…" line, a date or a speaker
//! line ("国务院总理 李强", "by Lewis Carroll") is a subtitle; then a short line ending in
//! "：" is the salutation ("同志们：现在…" is split when it addresses an audience). Back: a
//! closing date line, and right above it up to three short unpunctuated lines (the
//! issuing organs); without a date, only lines that end like an organ name. A note in
//! parentheses and the closing record (抄送, 印发) may follow the date.

use super::numbering::{article_label, find_marker};
use super::text::{char_len, ends_with_punct, has_sentence_end, is_bracketed, is_date, mostly_cjk};
use super::toc::is_toc_title;
use crate::model::BlockKind;
use regex::Regex;
use std::sync::LazyLock;

/// Most title lines (a long title may be split over two or three lines).
const TITLE_MAX_LINES: usize = 3;
/// Longest title line in characters, for CJK and for Latin text.
const TITLE_MAX_CJK: usize = 40;
const TITLE_MAX_LATIN: usize = 80;
/// Most lines of subtitle under a title.
const SUBTITLE_MAX_LINES: usize = 3;
/// Longest salutation in characters.
const SALUTATION_MAX: usize = 60;
/// Longest head of a run-in salutation ("同志们：" + text).
const RUN_IN_SALUTATION_MAX: usize = 24;
/// Longest signature line in characters.
const SIGNATURE_MAX: usize = 30;
/// Longest parenthesised note under the date ("（此件公开发布）").
const NOTE_MAX: usize = 60;

/// Words that address an audience: a salutation with one makes a speech.
const AUDIENCE: &[&str] = &[
    "同志们",
    "各位代表",
    "代表们",
    "女士们",
    "先生们",
    "各位来宾",
    "来宾们",
    "各位嘉宾",
    "朋友们",
    "各位委员",
    "同学们",
    "老师们",
    "各位领导",
    "同胞们",
    "ladies and gentlemen",
    "dear friends",
    "dear colleagues",
];

/// How organ names end (委员会, 人民政府, 办公厅, 国务院, 部, 局, …).
const ORGAN_ENDINGS: &[&str] = &[
    "委员会",
    "政府",
    "办公厅",
    "办公室",
    "国务院",
    "中央",
    "部",
    "局",
    "厅",
    "委",
    "院",
    "署",
    "中心",
    "公司",
    "协会",
    "学会",
    "研究会",
    "联合会",
    "总会",
    "基金会",
    "集团",
    "大学",
    "学院",
    "学校",
    "医院",
    "银行",
    "党委",
    "党组",
    "工会",
    "小组",
    "处",
    "所",
    "站",
    "社",
];

/// Returns true if and only if `s` addresses an audience (同志们, 各位代表, …).
pub(crate) fn addresses_audience(s: &str) -> bool {
    let lower = s.to_lowercase();
    AUDIENCE.iter().any(|w| lower.contains(w))
}

/// The blocks found before the body, and the index of the first body line.
#[derive(Debug, Default)]
pub(crate) struct Front<'a> {
    /// Title, subtitle, salutation (and leading paragraphs such as "[Illustration]").
    pub(crate) blocks: Vec<(BlockKind, &'a str)>,
    /// The first line of the body.
    pub(crate) next: usize,
}

fn is_title_line(line: &str) -> bool {
    let max = if mostly_cjk(line) {
        TITLE_MAX_CJK
    } else {
        TITLE_MAX_LATIN
    };
    char_len(line) <= max
        && line.chars().any(char::is_alphabetic)
        && !ends_with_punct(line)
        && !is_date(line)
        && !is_bracketed(line)
        && !line.starts_with(['（', '(', '—', '-', '['])
        && !line.starts_with("* ")
        && !line.starts_with("附件")
        && find_marker(line).is_none()
        && article_label(line).is_none()
        && !is_toc_title(line)
}

/// Returns true if and only if `line` is a speaker line: "国务院总理 李强", "by Lewis Carroll".
fn is_speaker(line: &str) -> bool {
    if mostly_cjk(line) {
        // Title and name: two to four words of two or more characters ("目　录" is not).
        let words: Vec<&str> = line.split_whitespace().collect();
        char_len(line) <= 24
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| char_len(w) >= 2)
            && !line.contains(|c: char| c.is_ascii_punctuation())
            && !line.contains(super::text::TERMINAL_PUNCT)
            && find_marker(line).is_none()
    } else {
        (line.starts_with("by ") || line.starts_with("By ")) && char_len(line) <= 60
    }
}

fn is_dash_line(line: &str) -> bool {
    line.starts_with(['—', '-']) && char_len(line) <= 100 && !has_sentence_end(line)
}

fn closes_paren(line: &str) -> bool {
    line.ends_with(['）', ')'])
}

/// How many lines from `start` form a subtitle, or 0.
fn subtitle_len(lines: &[&str], start: usize) -> usize {
    let Some(first) = lines.get(start) else {
        return 0;
    };
    if first.starts_with(['（', '(']) {
        // A parenthesised note runs to the line that closes it.
        let end = (start + SUBTITLE_MAX_LINES).min(lines.len());
        return (start..end)
            .find(|&i| closes_paren(lines[i]))
            .map_or(0, |i| i - start + 1);
    }
    usize::from(is_dash_line(first) || is_date(first) || is_speaker(first))
}

fn is_salutation(line: &str) -> bool {
    let lower = line.to_lowercase();
    if lower.starts_with("dear ") || lower.starts_with("ladies and gentlemen") {
        return char_len(line) <= SALUTATION_MAX && ends_with_punct(line);
    }
    line.ends_with(['：', ':'])
        && char_len(line) <= SALUTATION_MAX
        && !has_sentence_end(line)
        && !line.starts_with("附件")
        && find_marker(line).is_none()
        && article_label(line).is_none()
}

/// The byte length of a run-in salutation at the start of `line` ("同志们：" in
/// "同志们：现在我代表…"), if it addresses an audience.
fn run_in_salutation(line: &str) -> Option<usize> {
    let (pos, colon) = line
        .char_indices()
        .take(RUN_IN_SALUTATION_MAX)
        .find(|(_, c)| *c == '：' || *c == ':')?;
    let end = pos + colon.len_utf8();
    let head = &line[..end];
    let rest = line[end..].trim();
    (addresses_audience(head) && !has_sentence_end(head) && !rest.is_empty()).then_some(end)
}

/// Most lines of an issuing organ's mark (a joint document names several organs).
const MASTHEAD_MAX_LINES: usize = 3;

/// True for a document number (发文字号): the organ's code, the year in 〔〕 and the
/// serial number, "国办发〔2025〕12号".
fn is_document_number(line: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[\p{Han}A-Za-z0-9]{1,16}\s*[〔［\[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,5}\s*号$",
        )
        .expect("valid regex")
    });
    NUMBER.is_match(line.trim())
}

/// True for a line of an issuing organ's mark: short, unpunctuated Chinese
/// ("某某市人民政府文件", "中共某某市委办公室").
fn is_masthead_line(line: &str) -> bool {
    char_len(line) <= 25 && mostly_cjk(line) && !line.contains(super::text::TERMINAL_PUNCT)
}

/// Finds the title, subtitle and salutation at the start of `lines`.
///
/// `separated[i]` is true when a blank line comes before line `i`: a title's later lines
/// follow it directly.
pub(crate) fn front_matter<'a>(lines: &[&'a str], separated: &[bool]) -> Front<'a> {
    let mut front = Front::default();
    let mut i = 0;
    // Leading illustration marks and the like stay paragraphs before the title.
    while i < lines.len().min(TITLE_MAX_LINES) && is_bracketed(lines[i]) {
        front
            .blocks
            .push((BlockKind::Paragraph { label: None }, lines[i]));
        i += 1;
    }
    // An official document's head: the issuing organ's mark, then the document number.
    if let Some(number) = (i..lines.len().min(i + 1 + MASTHEAD_MAX_LINES))
        .find(|&k| is_document_number(lines[k]))
        .filter(|&k| lines[i..k].iter().all(|l| is_masthead_line(l)))
    {
        for line in &lines[i..number] {
            front.blocks.push((BlockKind::Masthead, line));
        }
        front
            .blocks
            .push((BlockKind::DocumentNumber, lines[number]));
        i = number + 1;
    }
    let title_start = i;
    while i < lines.len()
        && i - title_start < TITLE_MAX_LINES
        && is_title_line(lines[i])
        && (i == title_start
            || !separated.get(i).copied().unwrap_or(true) && subtitle_len(lines, i) == 0)
    {
        front.blocks.push((BlockKind::Title, lines[i]));
        i += 1;
    }
    if i > title_start {
        let mut taken = 0;
        loop {
            let len = subtitle_len(lines, i);
            if len == 0 || taken + len > SUBTITLE_MAX_LINES {
                break;
            }
            for line in &lines[i..i + len] {
                front.blocks.push((BlockKind::Subtitle, line));
            }
            i += len;
            taken += len;
        }
    }
    if let Some(line) = lines.get(i) {
        if is_salutation(line) {
            front.blocks.push((BlockKind::Salutation, line));
            i += 1;
        } else if let Some(end) = run_in_salutation(line) {
            front.blocks.push((BlockKind::Salutation, &line[..end]));
            front
                .blocks
                .push((BlockKind::Paragraph { label: None }, line[end..].trim()));
            i += 1;
        }
    }
    front.next = i;
    front
}

fn is_unpunctuated_short(line: &str) -> bool {
    char_len(line) <= SIGNATURE_MAX
        && !line.contains(super::text::TERMINAL_PUNCT)
        && line.chars().any(char::is_alphabetic)
        && find_marker(line).is_none()
}

fn is_organ_name(line: &str) -> bool {
    is_unpunctuated_short(line)
        && mostly_cjk(line)
        && ORGAN_ENDINGS.iter().any(|e| line.ends_with(e))
}

/// The closing lines of the body `lines[start..]`: the index where they begin, and their
/// kinds (signature lines, then the date) in reading order.
pub(crate) fn back_matter<'a>(
    lines: &[&'a str],
    start: usize,
) -> (usize, Vec<(BlockKind, &'a str)>) {
    // GB/T 9704 may set a note (附注, 7.3.6) and the closing record (版记, 7.4: 抄送,
    // 印发) under the date: look for the date and signature above them.
    let mut end = lines.len();
    while end > start && is_note_after_date(lines[end - 1]) {
        end -= 1;
    }
    let notes = &lines[end..];
    let (end, mut tail) = letter_closing(&lines[..end], start)
        .unwrap_or_else(|| signature_and_date(&lines[..end], start));
    if tail.is_empty() {
        return (lines.len(), Vec::new());
    }
    let paragraph = || BlockKind::Paragraph { label: None };
    tail.extend(notes.iter().map(|&note| (paragraph(), note)));
    (end, tail)
}

/// Most lines under a letter's complimentary close (name, title, organisation, date).
const LETTER_CLOSING_MAX_LINES: usize = 5;

/// A letter's closing: a complimentary close ("Sincerely," "Yours faithfully,") and the
/// short lines under it (name, title, date), all signature lines but the date.
fn letter_closing<'a>(
    lines: &[&'a str],
    start: usize,
) -> Option<(usize, Vec<(BlockKind, &'a str)>)> {
    static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(sincerely( yours)?|yours( sincerely| faithfully| truly| respectfully)?|(with )?(best|kind|warm|warmest)( regards| wishes)|regards|respectfully( yours)?|cordially( yours)?|best)[,.!]?$",
        )
        .expect("valid regex")
    });
    let first = lines
        .len()
        .saturating_sub(LETTER_CLOSING_MAX_LINES + 1)
        .max(start);
    let at = (first..lines.len()).find(|&i| CLOSE.is_match(lines[i].trim()))?;
    let under = &lines[at + 1..];
    // Names, titles, organisations ("Acme Inc."), not sentences.
    let sentence = |l: &str| l.ends_with(['.', '!', '?']) && l.split_whitespace().count() > 3;
    let short = |l: &&str| char_len(l) <= SIGNATURE_MAX * 2 && !has_sentence_end(l) && !sentence(l);
    if under.is_empty() || !under.iter().all(|l| short(l) || is_date(l)) {
        return None;
    }
    let tail = lines[at..]
        .iter()
        .map(|&l| {
            let kind = if is_date(l) {
                BlockKind::Date
            } else {
                BlockKind::Signature
            };
            (kind, l)
        })
        .collect();
    Some((at, tail))
}

/// True for a line that may follow the date of an official document: a parenthesised
/// note ("（此件公开发布）") or a line of the closing record ("抄送：…", "…印发").
fn is_note_after_date(line: &str) -> bool {
    let parenthesised = line.starts_with(['（', '(']) && line.ends_with(['）', ')']);
    (parenthesised && char_len(line) <= NOTE_MAX)
        || line.starts_with("抄送")
        || line.starts_with("印发")
        || line.ends_with("印发")
}

/// The signature lines and date that end `lines[start..]`: where they begin, and their
/// kinds in reading order.
fn signature_and_date<'a>(lines: &[&'a str], start: usize) -> (usize, Vec<(BlockKind, &'a str)>) {
    let mut end = lines.len();
    let mut tail = Vec::new();
    let dated = end > start && is_date(lines[end - 1]);
    if dated {
        tail.push((BlockKind::Date, lines[end - 1]));
        end -= 1;
    }
    let mut signed = 0;
    while end > start && signed < 3 {
        let line = lines[end - 1];
        let right_above_date = dated && signed == 0;
        if !(is_organ_name(line) || right_above_date && is_unpunctuated_short(line)) {
            break;
        }
        tail.push((BlockKind::Signature, line));
        end -= 1;
        signed += 1;
    }
    tail.reverse();
    (end, tail)
}

#[cfg(test)]
#[path = "edges_tests.rs"]
mod tests;
