//! Character and line predicates shared by the plain-text rules: what is CJK, where a
//! sentence ends, what a date looks like, how long a line is in characters.
//!
//! Every rule that decides "is this a heading / title / signature" asks these questions,
//! so they live in one place and are tested once.

use crate::script::is_cjk;
use regex::Regex;
use std::sync::LazyLock;

/// Characters that end a Chinese sentence or clause: a line holding one is running text.
pub(crate) const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；'];

/// Closing quotes and brackets that belong to the sentence before them ("。”").
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '"', '\''];

/// Any punctuation that means a line is (part of) running text rather than a title,
/// heading or organ name, when it ends the line.
pub(crate) const TERMINAL_PUNCT: &[char] = &[
    '。', '！', '？', '；', '：', '，', '、', '.', '!', '?', ';', ':', ',',
];

/// The number of characters in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Returns true if and only if `s` has at least as many CJK characters as Latin letters
/// and at least one CJK character.
pub(crate) fn mostly_cjk(s: &str) -> bool {
    let (cjk, other) = script_counts(s);
    cjk > 0 && cjk >= other
}

/// How many CJK characters and how many other letters `s` has.
pub(crate) fn script_counts(s: &str) -> (usize, usize) {
    let (mut cjk, mut other) = (0usize, 0usize);
    for c in s.chars() {
        if is_cjk(c) {
            cjk += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
    }
    (cjk, other)
}

/// Characters that end a run-in heading's sentence: a heading never ends at ；，：.
const RUN_IN_ENDS: &[char] = &['。', '！', '？'];

/// Fewest ideographs in the text after a run-in heading: less is a reference left
/// behind ("第736页"), not a paragraph of its own.
const RUN_ON_MIN_IDEOGRAPHS: usize = 4;

/// The byte offset where a run-in heading at the start of `s` ends: just past its first
/// sentence (。！？ and any closing quotes), when running prose of its own follows.
pub(crate) fn run_in_end(s: &str) -> Option<usize> {
    let end = first_sentence_end(s)?;
    let rest = s[end..].trim();
    let ideographs = rest.chars().filter(|&c| is_cjk(c)).count();
    let referenced =
        is_bracketed(rest) || rest.starts_with(['（', '(']) && rest.ends_with(['）', ')']);
    (ideographs >= RUN_ON_MIN_IDEOGRAPHS && !referenced).then_some(end)
}

/// The byte offset just past the first sentence of `s` (its 。！？ and any closing
/// quotes after it), or None if `s` has no sentence end.
pub(crate) fn first_sentence_end(s: &str) -> Option<usize> {
    let (pos, end_char) = s.char_indices().find(|(_, c)| RUN_IN_ENDS.contains(c))?;
    let mut end = pos + end_char.len_utf8();
    for c in s[end..].chars() {
        if CLOSERS.contains(&c) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

/// Returns true if and only if `s` ends with punctuation that closes or continues a
/// sentence (so it is not a title, heading or organ name).
pub(crate) fn ends_with_punct(s: &str) -> bool {
    s.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| TERMINAL_PUNCT.contains(&c))
}

/// True if and only if `s` is a lead-in to a list or to the sections under it: it ends
/// with a colon, or with the formula "……如下。" ("现将有关事项通知如下。"), which a notice
/// closes with a colon or a full stop alike.
pub(crate) fn is_lead_in(s: &str) -> bool {
    s.ends_with(['：', ':']) || s.ends_with("如下。")
}

/// Returns true if and only if `s` contains a sentence end (。！？；) anywhere.
pub(crate) fn has_sentence_end(s: &str) -> bool {
    s.contains(SENTENCE_ENDS)
}

/// Returns true if and only if the whole of `s` is a date: "2025年2月18日",
/// "二〇二五年二月十八日", "March 5, 2024", "5 March 2024", "2024-03-05" — or a year
/// and month alone on the line, as a report's cover or a plan dates itself ("二〇二五年八月",
/// "2025年8月").
pub(crate) fn is_date(s: &str) -> bool {
    let s = s.trim();
    date_prefix_len(s) == Some(s.len()) || is_year_and_month(s)
}

/// True if and only if the whole of `s` is a year and a month in Chinese ("二〇二五年八月",
/// "2025 年 8 月").
fn is_year_and_month(s: &str) -> bool {
    static YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月|[〇○零Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月)$")
            .expect("year and month pattern is valid")
    });
    s.ends_with('月') && YEAR_MONTH.is_match(s)
}

/// The byte length of the date `s` opens with, if it opens with one.
pub(crate) fn date_prefix_len(s: &str) -> Option<usize> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
        Regex::new(&format!(
            r"^(?:[0-9０-９]{{4}}\s*年\s*[0-9０-９]{{1,2}}\s*月\s*[0-9０-９]{{1,2}}\s*日|[〇○零Ｏ一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,3}}日|{month}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{month}\s+\d{{4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|{month}\s+\d{{4}}\b)"
        ))
        .expect("date pattern is valid")
    });
    // Every form holds 年 or '-' or opens with a digit or a month's capital: other
    // lines never build the pattern.
    let may_be_date = s.contains(['年', '-'])
        || s.starts_with(|c: char| c.is_ascii_uppercase() || c.is_numeric());
    may_be_date.then(|| DATE.find(s)).flatten().map(|m| m.end())
}

/// Returns true if and only if `s` is wholly in square brackets, like "[Illustration]".
pub(crate) fn is_bracketed(s: &str) -> bool {
    (s.starts_with('[') && s.ends_with(']')) || (s.starts_with('【') && s.ends_with('】'))
}

/// `s` with all whitespace removed and ASCII letters lowercased: the key under which two
/// lines count as "the same" (a TOC entry and the heading it lists).
pub(crate) fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_written_form() {
        assert!(is_date("2025年2月18日"));
        assert!(is_date("二〇二五年二月十八日"));
        assert!(is_date("2024 年 3 月 5 日"));
        assert!(is_date("March 5, 2024"));
        assert!(is_date("5 March 2024"));
        assert!(
            is_date("March 2025"),
            "a report's cover gives month and year"
        );
        assert!(!is_date("March 2025 saw the wettest spring on record"));
        assert!(!is_date("2025年2月18日召开会议"));
        assert!(!is_date("2025年"));
        // The Chinese cover's month and year too.
        assert!(is_date("二〇二五年八月"));
        assert!(is_date("2025 年 8 月"));
        assert!(!is_date("2025年8月召开会议"));
        assert!(!is_date("八月"));
    }

    #[test]
    fn first_sentence_takes_closing_quotes() {
        let s = "一、他说“好。”然后走了。";
        assert_eq!(&s[..first_sentence_end(s).unwrap()], "一、他说“好。”");
        assert_eq!(first_sentence_end("没有句号"), None);
    }

    #[test]
    fn script_and_punctuation_predicates() {
        assert!(mostly_cjk("中华人民共和国 GDP"));
        assert!(!mostly_cjk("Chapter 1 第"));
        assert!(ends_with_punct("各位代表："));
        assert!(!ends_with_punct("第一章　总纲"));
        assert!(is_bracketed("[Illustration]"));
        assert_eq!(squeeze("目　　录 Contents"), "目录contents");
    }
}
