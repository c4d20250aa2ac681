//! Sections headed by a bare numeral: "一" alone over a section (or "二　三三制政权的实质"),
//! or figures alone over a sonnet or a chapter. A bare numeral is a heading only as part of
//! a run that counts up from one in order: one alone, or numbers out of order, are text
//! (a table's column of figures, a stray page number).
//!
//! A standard or a specification numbers its chapters in figures and a space ("1 简介",
//! "2 接口信息流") and their clauses "1.1", "2.1.1" (GB/T 1.1's 章 and 条): figures before
//! a short title are a chapter's number where the document has clauses under that number.

use std::sync::LazyLock;

use regex::Regex;

use crate::structure::numbering::{cn_value, find_marker, Family, CN_DIGITS};
use crate::structure::text::TERMINAL_PUNCT;

/// Lines that are a bare Chinese numeral, alone or before a short title ("一",
/// "二　三三制政权的实质"), or a bare numeral in figures alone ("1" over a sonnet or a
/// chapter's title): section headings when they count up from one in order, two or
/// more of them. `None` for every other line; `Some(marker length in bytes)` for these.
pub(crate) fn bare_numeral_sections(lines: &[&str]) -> Vec<Option<usize>> {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(?:([{CN_DIGITS}]{{1,3}})(?:[ \x{{3000}}]+[^ \x{{3000}}].{{0,30}})?|([0-9]{{1,3}}))$"
        ))
        .expect("valid pattern")
    });
    let mut found = vec![None; lines.len()];
    // Figures alone head sections in Latin text only: in Chinese text copied from a PDF
    // they are a table's column of numbers as often.
    let cjk = lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|&c| crate::script::is_cjk(c))
        .count();
    let letters = lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| c.is_ascii_alphabetic())
        .count();
    let figures_count = letters > cjk;
    let candidates: Vec<(usize, u32, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.contains(TERMINAL_PUNCT))
        .filter_map(|(i, l)| {
            let caps = BARE.captures(l.trim())?;
            if let Some(figures) = caps.get(2) {
                return figures_count
                    .then(|| Some((i, figures.as_str().parse().ok()?, l.len())))
                    .flatten();
            }
            let numeral = caps.get(1)?;
            Some((i, cn_value(numeral.as_str())?, numeral.end()))
        })
        .collect();
    // Keep the runs that count 1, 2, 3… in order.
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut expected = 1;
    for &(i, value, len) in &candidates {
        if value == 1 {
            if run.len() >= 2 {
                for &(k, l) in &run {
                    found[k] = Some(l);
                }
            }
            run.clear();
            expected = 1;
        }
        if value == expected {
            run.push((i, len));
            expected += 1;
        }
    }
    if run.len() >= 2 {
        for &(k, l) in &run {
            found[k] = Some(l);
        }
    }
    for (i, len) in chapter_numbers(lines) {
        found[i] = Some(len);
    }
    // "一" alone heads the first section where it opens a piece (the body's first line,
    // over prose) or stands right under a chapter's heading (第X章/编/节), though an excerpt
    // may stop before "二".
    for &(i, value, len) in &candidates {
        let under_chapter = i > 0 && opens_chapter(lines[i - 1]);
        let prose = lines.get(i + 1).is_some_and(|l| l.contains(TERMINAL_PUNCT));
        if value == 1 && len == lines[i].trim().len() && (under_chapter || i == 0 && prose) {
            found[i] = Some(len);
        }
    }
    found
}

/// Most characters of a chapter's title after its number in figures.
const CHAPTER_TITLE_MAX: usize = 30;

/// The lines that are a chapter's number in figures and its title ("1 简介"), with the
/// number's length in bytes: the title short and unpunctuated, no contents entry's leader,
/// and a clause numbered under it ("1.1 本文的目的") somewhere in `lines`.
fn chapter_numbers(lines: &[&str]) -> Vec<(usize, usize)> {
    static CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([0-9]{1,2})[ \x{3000}]+[^ \x{3000}0-9.．、)）]").expect("valid pattern")
    });
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([0-9]{1,2})\.[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \x{3000}]+\S")
            .expect("valid pattern")
    });
    let clauses: Vec<&str> = lines
        .iter()
        .filter_map(|l| Some(CLAUSE.captures(l.trim())?.get(1)?.as_str()))
        .collect();
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let line = l.trim();
            let number = CHAPTER.captures(line)?.get(1)?.as_str();
            let title = line[number.len()..].trim_start();
            let short = crate::structure::text::char_len(title) <= CHAPTER_TITLE_MAX;
            let plain = !title.contains(TERMINAL_PUNCT)
                && !title.contains(['，', ',', '：', ':', '…'])
                && !title.contains("..");
            (short && plain && clauses.contains(&number)).then_some((i, number.len()))
        })
        .collect()
}

/// True if and only if `line` is a chapter's heading ("第一章　（一）", 第X编, 第X节) or a
/// book's part ("PART ONE--The Old Buccaneer", whose first chapter is numbered "1").
fn opens_chapter(line: &str) -> bool {
    find_marker(line)
        .is_some_and(|m| m.family.is_chinese_division() || m.family == Family::EnglishPart)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_numerals_in_order_are_sections() {
        let lines = [
            "一",
            "正文。",
            "二　三三制政权的实质",
            "正文。",
            "三",
            "正文。",
        ];
        let found = bare_numeral_sections(&lines);
        // Figures over sonnets count in Latin text, not among Chinese lines.
        let sonnets = [
            "1",
            "From fairest creatures we desire increase,",
            "2",
            "When forty winters shall besiege thy brow,",
        ];
        assert!(bare_numeral_sections(&sonnets)[0].is_some());
        assert!(bare_numeral_sections(&["序号", "1", "张三", "2", "李四"])
            .iter()
            .all(Option::is_none));
        assert_eq!(found, [Some(3), None, Some(3), None, Some(3), None]);
        // "一" alone under a chapter's heading opens its first section.
        let under = bare_numeral_sections(&["第一章　（一）", "一", "严冬一封锁了大地的时候。"]);
        assert_eq!(under, [None, Some(3), None]);
        // So does "1" under a book's part, its chapter's title under it.
        let part = [
            "PART ONE--The Old Buccaneer",
            "1",
            "The Old Sea-dog",
            "Squire Trelawney asked me.",
        ];
        assert_eq!(bare_numeral_sections(&part), [None, Some(1), None, None]);
        // One alone in the text, or out of order, is not a sequence.
        assert!(bare_numeral_sections(&["正文。", "一", "正文。"])
            .iter()
            .all(Option::is_none));
        assert!(bare_numeral_sections(&["二", "正文。", "五"])
            .iter()
            .all(Option::is_none));
    }

    #[test]
    fn figures_before_a_title_number_the_chapters_over_their_clauses() {
        let lines = [
            "1 简介",
            "本文为规格说明书。",
            "1.1 本文的目的",
            "本文描述接口。",
            "2 接口信息流",
            "2.1 上海市场",
        ];
        let found = bare_numeral_sections(&lines);
        assert_eq!(found, [Some(1), None, None, None, Some(1), None]);
        // Without clauses under the number, figures and words are text ("3 个月后").
        assert!(bare_numeral_sections(&["3 个月后进入第三阶段", "正文。"])
            .iter()
            .all(Option::is_none));
        // A contents entry with its leader is no chapter's heading.
        assert!(bare_numeral_sections(&["1 简介 ........ 1", "1.1 目的"])[0].is_none());
    }

    #[test]
    fn a_first_numeral_alone_heads_the_first_section_of_a_piece_or_chapter() {
        assert_eq!(
            bare_numeral_sections(&["一", "他近来觉得孤冷得可怜。"]),
            [Some(3), None]
        );
        let chapter = ["第一章　（一）", "    一", "    严寒把大地冻裂了。"];
        assert!(bare_numeral_sections(&chapter)[1].is_some());
        // Over a line that is no prose (a table's column), it is a cell.
        assert!(bare_numeral_sections(&["一", "张三"])[0].is_none());
    }
}
