//! An ebook's navigation left in the text of a collection: lines that are no part of any
//! piece but stand between pieces, over each one's title.
//!
//! Two shapes, each counted only where it recurs (once may be the text's own):
//!
//! - the same short line, without a sentence's punctuation, three or more times, each
//!   time over a title (past blank lines and rules) or at the very end: a link back to the
//!   contents ("返回目录", "上一篇目　录下一篇") or an ebook maker's stamp set before
//!   every piece. A refrain or a speaker's name recurs too, but over the verse or speech
//!   that goes on, not over a title; an author's name right over each title is a byline.
//! - the piece's number run together with its title, right over the title itself
//!   ("002002 周郑交质" / "周郑交质"), or a number of three digits alone over a title
//!   ("148"), two or more times.
//! - a link back to the contents run together with the title it stands over
//!   ("-返回目录-狂人日记", "-返回目录-一"), three or more times: the link goes on a line
//!   of its own, marked, and the title keeps its line.
//!
//! Each such line is marked with [`ARTIFACT_MARK`], kept where it stands (it broke no
//! sentence), so the block rules record it as an artifact.

use super::ARTIFACT_MARK;
use crate::script::is_cjk;
use crate::structure::scene_break::is_scene_break;
use crate::structure::shapes::{is_name, is_title_line};
use crate::structure::text::char_len;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Fewest times the same navigation line must stand in a file.
const MIN_NAVIGATION_REPEATS: usize = 3;
/// Fewest number-and-title lines in a file.
const MIN_NUMBERED_TITLES: usize = 2;
/// Longest navigation line, in characters.
const NAVIGATION_MAX_CHARS: usize = 20;

/// Punctuation that ends or divides a sentence: a line holding any is text, not a link.
const SENTENCE_PUNCT: &[char] = &[
    '，', '。', '；', '：', '！', '？', '、', ',', ';', ':', '!', '?',
];

/// Fewest links run together with a title that make them navigation.
const MIN_LINKED_TITLES: usize = 3;

/// The byte length of a link back to the contents opening `line` (trimmed) with a
/// title after it ("-返回目录-狂人日记" → the length of "-返回目录-").
fn link_before_title(line: &str) -> Option<usize> {
    static LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[-－—\[【<《(（]*(?:返回目录|回到目录|回目录|返回首页)[-－—\]】>》)）]+")
            .expect("link pattern")
    });
    let end = LINK.find(line)?.end();
    let rest = line[end..].trim();
    (!rest.is_empty() && char_len(rest) <= NAVIGATION_MAX_CHARS && !rest.contains(SENTENCE_PUNCT))
        .then_some(end)
}

/// `text` with its navigation lines marked, and how many there were.
pub(super) fn mark_navigation(text: &str) -> (String, usize) {
    let (text, links) = split_linked_titles(text);
    let (text, marked) = mark_navigation_lines(&text);
    (text, marked + links)
}

/// `text` with each link run together with a title set on a line of its own, marked,
/// where such links recur; and how many there were.
fn split_linked_titles(text: &str) -> (String, usize) {
    let linked = text
        .split('\n')
        .filter(|l| link_before_title(l.trim()).is_some())
        .count();
    if linked < MIN_LINKED_TITLES {
        return (text.to_string(), 0);
    }
    let mut out = String::with_capacity(text.len() + linked * 4);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim();
        match link_before_title(trimmed) {
            Some(end) => {
                out.push(ARTIFACT_MARK);
                out.push_str(&trimmed[..end]);
                out.push('\n');
                out.push_str(trimmed[end..].trim());
            }
            None => out.push_str(line),
        }
    }
    (out, linked)
}

/// `text` with its navigation lines marked (the first two shapes), and how many.
fn mark_navigation_lines(text: &str) -> (String, usize) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut marked = vec![false; lines.len()];
    let numbered: Vec<usize> = (0..lines.len())
        .filter(|&i| numbers_the_title_under(&lines, i) || numbers_the_piece_under(&lines, i))
        .collect();
    if numbered.len() >= MIN_NUMBERED_TITLES {
        for &i in &numbered {
            marked[i] = true;
        }
    }
    let mut occurrences: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim();
        if can_navigate(line) {
            occurrences.entry(line).or_default().push(i);
        }
    }
    for (line, at) in &occurrences {
        // A name right over a title is its byline (an author over each item of a feed):
        // a name-shaped link stands apart from the title it leads to.
        let byline = is_name(line);
        let over_titles = |&i: &usize| match next_text(&lines, &marked, i + 1) {
            Some(next) => heads_a_piece(lines[next].trim()) && !(byline && next == i + 1),
            None => true,
        };
        if at.len() >= MIN_NAVIGATION_REPEATS && at.iter().all(over_titles) {
            for &i in at {
                marked[i] = true;
            }
        }
    }
    let count = marked.iter().filter(|&&m| m).count();
    if count == 0 {
        return (text.to_string(), 0);
    }
    (super::furniture::mark_in_place(&lines, &marked), count)
}

/// Whether `line` (trimmed) has the shape of a navigation line.
fn can_navigate(line: &str) -> bool {
    !line.is_empty()
        && !line.starts_with(ARTIFACT_MARK)
        && char_len(line) <= NAVIGATION_MAX_CHARS
        && line.chars().any(is_cjk)
        && !line.contains(SENTENCE_PUNCT)
        && !is_scene_break(line)
        // A numbered heading recurs in a law's contents ("第一节　一般规定"): no link.
        && crate::structure::numbering::find_marker(line).is_none()
}

/// Whether `line` can head a piece a navigation line leads to: a title, or a part's or
/// a chapter's marker ("第二篇", "第三章").
fn heads_a_piece(line: &str) -> bool {
    is_title_line(line)
        || crate::structure::numbering::find_marker(line).is_some_and(|m| m.family.is_structural())
}

/// The index of the first line from `start` holding text: blank lines, rules and lines
/// already marked are passed over.
fn next_text(lines: &[&str], marked: &[bool], start: usize) -> Option<usize> {
    (start..lines.len()).find(|&k| {
        let line = lines[k].trim();
        !line.is_empty() && !marked[k] && !is_scene_break(line) && !line.starts_with(ARTIFACT_MARK)
    })
}

/// Whether line `i` is a piece's number run together with the title that the next line
/// holding text repeats ("002002 周郑交质" over "周郑交质", spaces aside).
fn numbers_the_title_under(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let title = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = line.len() - title.len();
    if digits < 2 || title.trim().is_empty() {
        return false;
    }
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let next = (i + 1..lines.len()).find(|&k| !lines[k].trim().is_empty());
    next.is_some_and(|k| squeeze(lines[k]) == squeeze(title) && is_title_line(lines[k].trim()))
}

/// Whether line `i` is a piece's number alone, three digits ("148"), over a title-shaped
/// line: an ebook numbering its pieces (a year has four digits, a section's number one or two).
fn numbers_the_piece_under(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let next = (i + 1..lines.len()).find(|&k| !lines[k].trim().is_empty());
    line.len() == 3
        && line.bytes().all(|b| b.is_ascii_digit())
        && next.is_some_and(|k| is_title_line(lines[k].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<String> {
        let (out, _) = mark_navigation(text);
        out.lines()
            .filter_map(|l| l.strip_prefix(ARTIFACT_MARK))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_link_run_together_with_each_title_goes_on_its_own_line() {
        let text = "序言正文。\n     -返回目录-狂人日记\n某君昆仲，今隐其名。\n     -返回目录-一\n\
                    今天晚上，很好的月光。\n     -返回目录-二\n今天全没月光。\n     -返回目录-孔乙己\n正文。";
        let (out, count) = mark_navigation(text);
        assert_eq!(count, 4);
        assert_eq!(marked(text), ["-返回目录-"; 4]);
        assert!(out.lines().any(|l| l == "狂人日记"), "{out}");
        // Once or twice it is the text's own.
        assert_eq!(mark_navigation("-返回目录-狂人日记\n正文。").1, 0);
    }

    #[test]
    fn a_line_recurring_over_every_title_is_navigation() {
        let text = "钱建文E书制作\n实现四化，永不称霸\n（一九七八年五月七日）\n正文。\n\
                    钱建文E书制作\n用先进技术和管理方法改造企业\n（一九七八年九月十八日）\n正文。\n\
                    钱建文E书制作\n尊重知识，尊重人才\n正文。";
        assert_eq!(marked(text), ["钱建文E书制作"; 3]);
        // At the very end it stands over nothing, past a rule over a title.
        let back = "正文一。\n返回目录\n\n------\n\n第二篇\n正文二。\n返回目录\n\n第三篇\n正文三。\n返回目录";
        assert_eq!(marked(back), ["返回目录"; 3]);
    }

    #[test]
    fn a_refrain_or_a_speaker_recurring_over_text_is_no_navigation() {
        // The speaker's name stands over the speech, not over a title.
        let play = "周朴园\n你来了，坐吧。\n周朴园\n这些年你在哪里？\n周朴园\n好，你去吧。";
        assert!(marked(play).is_empty());
        // Twice is not enough, and the notes heading stands over numbered notes.
        let notes = "正文。\n注　　释\n〔1〕见前注。\n第二篇\n正文。\n注　　释\n〔1〕同上。";
        assert!(marked(notes).is_empty());
        let twice = "返回目录\n第一篇\n正文。\n返回目录\n第二篇\n正文。";
        // A section heading recurring in a contents list over the next entry is no link.
        let contents = "第一章　总则\n第一节　一般规定\n第二节　监护\n第二章　法人\n\
                        第一节　一般规定\n第二节　营利法人\n第三章　代理\n第一节　一般规定\n第二节　委托";
        assert!(marked(contents).is_empty());
        assert!(marked(twice).is_empty());
        // An author's name right over each title of a feed is its byline.
        let feed = "阿宏\n如何使用sIFR\n2005-5-28\n阿宏\n默认样式列表\n2005-5-25\n阿宏\n网页标准\n2005-5-20";
        assert!(marked(feed).is_empty());
    }

    #[test]
    fn a_number_run_together_with_the_title_under_it_is_navigation() {
        let text = "001001 郑伯克段于鄢\n\n郑伯克段于鄢\n初，郑武公娶于申。\n\
                    002002 周郑交质\n\n周郑交质\n郑武公、庄公为平王卿士。";
        assert_eq!(marked(text), ["001001 郑伯克段于鄢", "002002 周郑交质"]);
        // Once is the text's own; a number over other text is a heading's.
        assert!(marked("001001 郑伯克段于鄢\n郑伯克段于鄢\n初。").is_empty());
        assert!(marked("2024 年度报告\n工作回顾\n2025 年度计划\n工作安排").is_empty());
        // Three digits alone over each title number the pieces; a year or a section's
        // number is no piece's number.
        let pieces =
            "正文。\n\n        147\n论人民民主专政\n正文。\n        148\n别了，司徒雷登\n正文。";
        assert_eq!(marked(pieces), ["147", "148"]);
        assert!(marked("1949\n开国大典\n正文。\n1950\n抗美援朝\n正文。").is_empty());
        assert!(marked("12\n总则\n正文。\n13\n附则\n正文。").is_empty());
    }
}
