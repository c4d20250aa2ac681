//! Collections: files that hold several speeches, articles or documents one after the
//! other (selected works, speech compilations, policy collections). Each article starts
//! a section of its own, with its own title block and salutation, and its headings are
//! numbered afresh.
//!
//! An article starts where a title stands over the evidence that heads carry: a short
//! line without sentence punctuation (or two such lines) directly followed by a date line
//! ("（2016年5月30日）", "2016年5月30日") or by the occasion ("——在……上的讲话"). An
//! organ's name over a bare date is a closing (落款), not a title.
//!
//! A closing in mid-file — the date (under the organ that signs, or alone), perhaps a
//! 附注 under it — followed by a title starts a section too: the document a notice
//! issues ("关于印发《……办法》的通知", then the 办法 itself), or the next in a collection.
//!
//! An editor's note on where the article came from ("（这是……的讲话，刊载于……）") closes
//! it: a title-shaped line after it starts the next article, even with nothing under it
//! (an excerpt that stops there).
//!
//! A document attached inside another (a reply's "附：" and the request it answers)
//! starts a section too: a mark alone on its line ("附：", "附件2") over a head of its
//! own — a title, and a body after it.

use super::closing::{date_and_note, is_note, record_kind};
use super::front::front_matter;
use super::shapes::{is_attachment_mark, is_name, is_source_note, is_speaker};
use super::shapes::{is_dash_line, is_organ_name, is_title_line, names_an_occasion};
use super::text::{date_prefix_len, is_date};
use crate::model::BlockKind;

/// The line indices in `range` (after its first line) where a new article starts.
pub(crate) fn article_starts(
    texts: &[&str],
    separated: &[bool],
    range: std::ops::Range<usize>,
) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut i = range.start + 1;
    while i < range.end {
        match article_head_len(texts, separated, i, range.end) {
            Some(len) => {
                starts.push(i);
                i += len;
            }
            None => i += 1,
        }
    }
    starts
}

/// The line indices in `range` of attachment marks that open a whole attached document.
pub(crate) fn attached_document_starts(
    texts: &[&str],
    separated: &[bool],
    range: std::ops::Range<usize>,
) -> Vec<usize> {
    range
        .clone()
        .filter(|&i| is_attachment_mark(texts[i]))
        .filter(|&i| {
            let (first, end) = (i + 1, range.end);
            let head = front_matter(&texts[first..end], &separated[first..end]);
            let titled = head
                .blocks
                .first()
                .is_some_and(|(kind, _)| *kind == BlockKind::Title);
            titled && first + head.next < end
        })
        .collect()
}

/// If an article starts at line `i`, how many of its lines are title lines (1 or 2).
fn article_head_len(texts: &[&str], separated: &[bool], i: usize, end: usize) -> Option<usize> {
    let line = |k: usize| texts.get(k).copied().filter(|_| k < end);
    let titled = |k: usize| line(k).is_some_and(is_title_line);
    let joined = |k: usize| !separated.get(k).copied().unwrap_or(true);
    if !titled(i) {
        return None;
    }
    let after_source_note = i > 0 && is_source_note(texts[i - 1]);
    let after_closing = after_a_closing(texts, i);
    // Under an organ's name a bare date is its closing; a date in parentheses or an
    // occasion still heads an article ("论联合政府" / "（一九四五年四月二十四日）").
    let under = |k: usize, title_end: usize| {
        let organ =
            line(title_end).is_some_and(|t| is_organ_name(t) || is_name(t) || is_speaker(t));
        line(k).is_some_and(|t| {
            is_dated_note(t) || is_dash_line(t) && names_an_occasion(t) || !organ && is_date(t)
        })
    };
    if titled(i + 1) && joined(i + 1) && under(i + 2, i + 1) {
        return Some(2);
    }
    let after_an_end = after_source_note || after_closing;
    if titled(i + 1) && joined(i + 1) && after_an_end {
        return Some(2);
    }
    (under(i + 1, i) || after_an_end).then_some(1)
}

/// Whether the lines right before line `i` close a document: a date, or a date and
/// a parenthesised 附注 under it.
fn after_a_closing(texts: &[&str], i: usize) -> bool {
    let dated = |k: usize| is_date(texts[k]) || date_and_note(texts[k]).is_some();
    let noted = |k: usize| is_note(texts[k]);
    record_kind(texts[i]).is_none()
        && (i >= 1 && dated(i - 1) || i >= 2 && noted(i - 1) && dated(i - 2))
}

/// A date line in parentheses, possibly with the occasion: "（2016年5月30日）",
/// "（一九四五年四月二十四日在……上）".
pub(crate) fn is_dated_note(line: &str) -> bool {
    line.strip_prefix(['（', '('])
        .is_some_and(|inner| inner.ends_with(['）', ')']) && date_prefix_len(inner).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(lines: &[&str]) -> Vec<usize> {
        article_starts(lines, &vec![false; lines.len()], 0..lines.len())
    }

    #[test]
    fn a_title_over_a_date_line_starts_an_article() {
        let lines = [
            "在全国科技大会上的讲话",
            "（2016年5月30日）",
            "同志们：",
            "今天，我们召开大会。",
            "在庆祝改革开放40周年大会上的讲话",
            "（2018年12月18日）",
            "同志们、朋友们：",
            "今天，我们隆重集会。",
            "论联合政府",
            "（一九四五年四月二十四日）",
            "正文。",
        ];
        assert_eq!(starts(&lines), [4, 8]);
    }

    #[test]
    fn a_two_line_title_starts_at_its_first_line() {
        let lines = [
            "正文。",
            "关于加强和改进",
            "新时代工会工作的意见",
            "（2021年1月8日）",
            "正文。",
        ];
        assert_eq!(starts(&lines), [1]);
    }

    #[test]
    fn a_title_after_a_source_note_starts_an_article_even_alone() {
        let lines = [
            "正文。",
            "（这是邓小平同志在党校开学时的讲话，刊载于《整风周报》第二期。）",
            "创建巩固的大别山根据地",
        ];
        assert_eq!(starts(&lines), [2]);
        // A parenthesised remark that says nothing of a source closes nothing.
        let remark = ["正文。", "（全场热烈鼓掌。）", "乡村振兴"];
        assert_eq!(starts(&remark), Vec::<usize>::new());
    }

    #[test]
    fn a_title_after_a_closing_starts_the_document_a_notice_issues() {
        let lines = [
            "关于印发《某某办法》的通知",
            "现将《某某办法》印发给你们，请认真贯彻执行。",
            "某某市人民政府办公室",
            "2022年4月14日",
            "某某办法",
            "一、总则",
            "正文。",
        ];
        assert_eq!(starts(&lines), [4]);
        let noted = [
            "正文。",
            "国务院",
            "2016年11月24日",
            "（此件有删改）",
            "某某规划",
            "正文。",
        ];
        assert_eq!(starts(&noted), [4]);
        // The closing record after the date is no title.
        let record = ["正文。", "国务院", "2016年11月24日", "抄送：各部委"];
        assert_eq!(starts(&record), Vec::<usize>::new());
    }

    #[test]
    fn an_organ_over_a_date_is_a_closing() {
        // (What follows the closing starts the next document.)
        let lines = ["正文。", "国务院办公厅", "2025年2月18日", "下一篇"];
        assert_eq!(starts(&lines), [3]);
        let signed = ["正文。", "邓小平", "一九八九年九月四日", "下一篇"];
        assert_eq!(starts(&signed), [3]);
        assert!(is_dated_note("（2016年5月30日）"));
        assert!(!is_dated_note("（此件公开发布）"));
    }
}
