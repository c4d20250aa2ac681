//! Lines a PDF converter split that a reader sees as one: a contents entry whose number,
//! text and page number came out on lines of their own ("1" / "引言 ......… 1", "5.1 附一"
//! / "计算校验和 ......26", "第一章 总体要求" / "3"), and a heading whose number stands on a
//! line above its words ("一、" / "前言", "2.1" / "消息交换", "1)" / "揭示前日净值").
//!
//! Contents entries are joined only in a contents list (from a "目录" line on, or from a
//! line where three of five lines end in page numbers or leaders), while the
//! lines are entries (with a leader or a page number at the end), their numbers, page
//! numbers alone, or the first part of an entry whose end follows. A heading's number is
//! joined to the next line only where that line is short, opens with no marker of its own
//! and ends no sentence, and where the line before is not a table's cell of figures (a
//! version "1.10" under a date "2018-7" is a cell, not a section number).
//!
//! A typeset English contents list wraps a long entry onto a line set in deeper than the
//! entry's words ("XVI. Jonathan Wild's House in the Old  201" / "Bailey"; "XIX. ON THE
//! LIVES … SEVENTEENTH" / "AND EIGHTEENTH CENTURY COMPOSERS  236"): that line belongs to
//! the entry above, whichever of the two carries the page number, never to the next.

use super::ARTIFACT_MARK;
use crate::structure::text::{char_len, has_sentence_end};
use crate::structure::toc::{is_contents_entry, is_page_number, is_toc_title};

/// Longest entry text or heading words (in characters) joined to a number before them.
const MAX_WORDS: usize = 40;
/// Most lines a contents list runs over.
const MAX_CONTENTS_LINES: usize = 400;

/// `text` with the split entries and headings joined again, one line each.
pub(super) fn join_converter_splits(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if is_toc_title(line) {
            out.push(lines[i].to_string());
            i = contents(&lines, i + 1, &mut out);
            continue;
        }
        if opens_untitled_contents(&lines, i) {
            i = contents(&lines, i, &mut out);
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.trim());
        let previous = out.last().map(|l| l.trim());
        match next {
            Some(words)
                if is_number_only(line)
                    && heads(words)
                    && !previous.is_some_and(is_cell_figure) =>
            {
                out.push(heading_joined(line, words));
                i += 2;
            }
            _ => {
                out.push(lines[i].to_string());
                i += 1;
            }
        }
    }
    out.join("\n")
}

/// True if a contents list without a "目录" line starts at `i`: three of the next five
/// lines, this one first, end in a leader or a page number.
fn opens_untitled_contents(lines: &[&str], i: usize) -> bool {
    is_entry_end(lines[i].trim())
        && lines[i..]
            .iter()
            .take(5)
            .filter(|l| is_entry_end(l.trim()))
            .count()
            >= 3
}

/// Copies the contents list that starts at `start` into `out`, its split entries joined;
/// returns the first line after it.
fn contents(lines: &[&str], start: usize, out: &mut Vec<String>) -> usize {
    let end = lines.len().min(start + MAX_CONTENTS_LINES);
    let mut i = start;
    while i < end {
        let line = lines[i].trim();
        if line.is_empty() || line.starts_with(ARTIFACT_MARK) {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.trim()).unwrap_or("");
        let next_ends = is_entry_end(next) || is_page_number(next);
        if let Some(entry) = lines
            .get(i + 1)
            .and_then(|raw| with_continuation(lines[i], raw))
        {
            out.push(entry);
            i += 2;
        } else if is_entry_end(line) {
            out.push(lines[i].to_string());
            i += 1;
        } else if (is_number_only(line) || is_entry_words(line)) && next_ends {
            out.push(joined(line, next));
            i += 2;
        } else if is_number_only(line) && is_entry_words(next) {
            // "第五章" / "附录" / "……… 9": the number, its words, then the leader.
            let after = lines.get(i + 2).map(|l| l.trim()).unwrap_or("");
            if !(is_entry_end(after) || is_page_number(after)) {
                break;
            }
            out.push(joined(&joined(line, next), after));
            i += 3;
        } else {
            break;
        }
    }
    i
}

/// The entry `raw` with its wrapped continuation `next_raw` run in, if `next_raw` is one:
/// set in at least as deep as the entry's words after its numeral, opening with no
/// numeral of its own, and exactly one of the two lines ending in a page number (which
/// stays at the end).
fn with_continuation(raw: &str, next_raw: &str) -> Option<String> {
    let indent = |s: &str| s.len() - s.trim_start().len();
    let (line, next) = (raw.trim(), next_raw.trim());
    // The numeral ends the first word or, after "CHAPTER", the second.
    let numeral_end = line
        .split_whitespace()
        .take(2)
        .position(is_numeral_word)
        .map(|k| {
            let mut words = line.split_whitespace();
            let numeral = words.nth(k).unwrap_or_default();
            numeral.as_ptr() as usize - line.as_ptr() as usize + numeral.len()
        })?;
    let words_at = indent(raw) + numeral_end + 1;
    let next_numbered = next.split_whitespace().next().is_some_and(is_numeral_word);
    if next.is_empty() || indent(next_raw) < words_at || next_numbered {
        return None;
    }
    match (is_entry_end(line), is_entry_end(next)) {
        (false, true) if char_len(line) <= 2 * MAX_WORDS => Some(joined(line, next)),
        (true, false) if is_entry_words(next) => {
            let words = line.trim_end_matches(|c: char| c.is_ascii_digit());
            let page = &line[words.len()..];
            let words = words.trim_end();
            let gap = &line[words.len()..line.len() - page.len()];
            Some(format!("{words} {next}{gap}{page}"))
        }
        _ => None,
    }
}

/// A numeral closed by a full stop, as a contents list numbers its entries ("XVI.", "12.").
fn is_numeral_word(word: &str) -> bool {
    let numeral = word.trim_end_matches('.');
    word.len() > numeral.len()
        && !numeral.is_empty()
        && numeral.len() <= 7
        && numeral
            .chars()
            .all(|c| c.is_ascii_digit() || "IVXLC".contains(c))
}

/// True if `line` ends a contents entry: a leader (with or without its page number), or a
/// page number after the entry's words in Chinese ("一、指导思想 3"; in "Letter 1" the
/// number is the letter's own).
fn is_entry_end(line: &str) -> bool {
    is_contents_entry(line)
}

/// True if `line` can be the words of a contents entry: short, naming something, no
/// sentence in it.
fn is_entry_words(line: &str) -> bool {
    (1..=MAX_WORDS).contains(&char_len(line))
        && line.chars().any(char::is_alphabetic)
        && !has_sentence_end(line)
        && !is_page_number(line)
}

/// True if `line` holds a section number and nothing else: "一、", "（一）", "第五章",
/// "2.1", "3.2.2.1", "1)", and, in a contents list, "1".
fn is_number_only(line: &str) -> bool {
    let chinese =
        |s: &str| !s.is_empty() && s.chars().all(|c| "一二三四五六七八九十百零〇".contains(c));
    if let Some(numeral) = line.strip_suffix('、') {
        return chinese(numeral);
    }
    if let Some(inner) = line.strip_prefix('（').and_then(|l| l.strip_suffix('）')) {
        return chinese(inner) || is_arabic(inner);
    }
    if let Some(inner) = line.strip_prefix('第') {
        let numeral = inner.trim_end_matches(['章', '节', '篇', '编', '部', '分']);
        return numeral.len() < inner.len() && (chinese(numeral) || is_arabic(numeral));
    }
    if let Some(n) = line.strip_suffix([')', '）']) {
        return is_arabic(n);
    }
    let parts: Vec<&str> = line.split('.').collect();
    parts
        .iter()
        .all(|p| is_arabic(p) && !(p.len() > 1 && p.starts_with('0')))
        && !parts[0].starts_with('0')
}

fn is_arabic(s: &str) -> bool {
    (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// True if `line` can be a heading's words under a number on the line above.
fn heads(line: &str) -> bool {
    (1..=MAX_WORDS).contains(&char_len(line))
        && !line.starts_with(ARTIFACT_MARK)
        && line.chars().next().is_some_and(char::is_alphabetic)
        && !has_sentence_end(line)
        && !line.ends_with(['：', ':', '，', ',', '；', ';'])
        && crate::structure::numbering::find_marker(line).is_none()
}

/// True if `line` is a table cell of figures: digits with dashes, dots or slashes only.
fn is_cell_figure(line: &str) -> bool {
    !line.is_empty()
        && line.chars().any(|c| c.is_ascii_digit())
        && line
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '/' | ':' | ' '))
}

/// The pieces of a contents entry on one line, a space between them (as they stood on
/// the page, where the leader or the gap parted them).
fn joined(first: &str, rest: &str) -> String {
    format!("{first} {rest}")
}

/// A heading's number and its words on one line: a space after a number in ASCII figures
/// ("2.1 消息交换", "1) 揭示前日净值"), none after "一、" or "（二）".
fn heading_joined(number: &str, words: &str) -> String {
    if number.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == ')') {
        format!("{number} {words}")
    } else {
        format!("{number}{words}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contents_entries_split_over_lines_are_joined() {
        let text = "目录\n1\n简介 ........ 1\n5.1 附一\n计算校验和 ........26\n第五章\n附录\n....... 9\n第一章 总体要求\n3\n一、指导思想 3\n\n1 简介\n本文为说明书。";
        assert_eq!(
            join_converter_splits(text),
            "目录\n1 简介 ........ 1\n5.1 附一 计算校验和 ........26\n第五章 附录 ....... 9\n第一章 总体要求 3\n一、指导思想 3\n\n1 简介\n本文为说明书。"
        );
    }

    #[test]
    fn an_untitled_contents_list_joins_its_page_numbers_too() {
        let text = "第一篇 开启新征程 1\n第一章 发展基础\n1\n第二章 发展环境 4\n第三章 发展目标 6\n正文开始了，这是一句话。";
        assert_eq!(
            join_converter_splits(text),
            "第一篇 开启新征程 1\n第一章 发展基础 1\n第二章 发展环境 4\n第三章 发展目标 6\n正文开始了，这是一句话。"
        );
    }

    #[test]
    fn a_wrapped_entry_set_in_deeper_belongs_to_the_entry_above() {
        let text = "CONTENTS.\n\nCHAPTER I. The Widow   1\n      XVI. Jonathan Wild's House in the Old  201\n              Bailey\n     XVII. The Night-Cellar   211\n  XIX. ON THE LIVES AND ART PRINCIPLES OF SOME SEVENTEENTH\n         AND EIGHTEENTH CENTURY COMPOSERS   236\n   XX. DECLAMATION IN MUSIC   254";
        let out = join_converter_splits(text);
        assert!(out.contains("XVI. Jonathan Wild's House in the Old Bailey  201\n"));
        assert!(out.contains("\n     XVII. The Night-Cellar"));
        assert!(out.contains("SEVENTEENTH AND EIGHTEENTH CENTURY COMPOSERS   236\n"));
        // An entry's next entry, numbered, is never its continuation.
        let list = "CONTENTS\n   I. One  1\n          II. Two  5\n   III. Three  9";
        assert_eq!(join_converter_splits(list), list);
    }

    #[test]
    fn a_contents_list_runs_on_over_a_page_break() {
        let text =
            "目录\n一、前言 ......\n\u{1}工程技术标准\n二、范围 ......\n正文开始了，这是一句话。";
        assert_eq!(join_converter_splits(text), text);
    }

    #[test]
    fn a_heading_number_on_a_line_of_its_own_joins_its_words() {
        let text = "一、\n前言\n本规范如下。\n2.1\n消息交换\n1)\n揭示前日净值\n（二）\n工作目标";
        assert_eq!(
            join_converter_splits(text),
            "一、前言\n本规范如下。\n2.1 消息交换\n1) 揭示前日净值\n（二）工作目标"
        );
    }

    #[test]
    fn figures_in_a_table_and_sentences_stay_apart() {
        // A version under a date is a cell; a number before a sentence is not a heading.
        let text =
            "2018-7\n1.10\n基金实时净值更新\n2.1\n本节说明如下。\n0.58\n版本说明\n1.00\n正式稿";
        let out = join_converter_splits(text);
        assert!(out.contains("1.10\n基金实时净值更新"));
        assert!(out.contains("2.1\n本节说明如下。"));
        assert!(out.contains("0.58\n版本说明"));
        assert!(out.contains("1.00\n正式稿"));
    }
}
