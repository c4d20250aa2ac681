//! Paragraph recovery for plain text: one paragraph per line on output.
//!
//! First a per-document decision — is this text hard-wrapped? A hard-wrapped file
//! (Project Gutenberg, text copied out of a PDF, CJK wrapped at a fixed count) has a wrap
//! width: most lines cluster just under it (width measured in columns, CJK counting two)
//! and most of those long lines stop mid-sentence. A file with one paragraph per line has
//! no such width (its lines run to hundreds of characters), or its long lines end their
//! sentences. Only a hard-wrapped document is rejoined, and within it only where a line
//! was evidently broken for width: it is full, i.e. the first word of the next line would
//! not have fitted on it. So headings ("CHAPTER I."), verse, list items and the short last
//! line of a paragraph stay separate. Blank lines and indented lines always start a new
//! paragraph. Where the document does not separate paragraphs by blank lines, a line that
//! ends a sentence must fill the width completely to be continued.
//!
//! Joining: CJK without a space, Latin with one; "hyphen-\nated" loses its hyphen only
//! between lower-case letters; a dash at the end of a line joins without a space.

use super::lines::Line;
use crate::script::{columns, is_han, is_unspaced};
use crate::structure::scene_break::is_scene_break;
use crate::structure::toc::{is_contents_entry, is_toc_title, titled_contents};

/// Widest wrap width (columns) we take for a hard-wrapped document.
const MAX_WRAP: usize = 100;
/// Narrowest wrap width we take for one.
const MIN_WRAP: usize = 16;
/// Fewest lines at the wrap width that make a document hard-wrapped.
const MIN_WRAPPED_LINES: usize = 3;
/// Fewest long lines that make a document hard-wrapped among short ones (table cells),
/// when three in four of them stop mid-sentence.
const MANY_LONG_LINES: usize = 10;

/// The output text: paragraphs one per line, a single blank line where the source had
/// blank lines between blocks, no blank lines at either end; ends with a newline unless
/// empty.
pub fn rewrap(body: &str, lines: &[Line]) -> String {
    let texts: Vec<&str> = lines.iter().map(|l| l.text(body)).collect();
    let contents = titled_contents(&texts);
    let width = wrap_width(body, lines, &contents);
    let blank_separated = blank_separated(lines);
    // Latin evidence: groups set line by line (verse), breaks that can only be wraps.
    let set_by_line = super::verse::line_by_line(body, lines, width);
    let wrapped = width.is_some() || super::verse::wrapped_by_breaks(body, lines);
    let mut out = String::with_capacity(body.len() + lines.len());
    let mut pending_blank = false;
    let mut previous: Option<&str> = None;
    let margin = usual_indent(lines);
    let mut previous_indent = 0usize;
    for (index, line) in lines.iter().enumerate() {
        let text = line.text(body);
        if line.is_blank() {
            pending_blank = !out.is_empty();
            previous = None;
            continue;
        }
        let artifact = |t: &str| t.starts_with([super::ARTIFACT_MARK, super::EMPHASIS_MARK]);
        let join = match (previous, width) {
            // Nothing joins onto or from page furniture, whatever its letters look like.
            (Some(prev), _) if artifact(prev) || artifact(text) => false,
            // A rule ("-----") stands alone.
            (Some(prev), _) if is_scene_break(prev) || is_scene_break(text) => false,
            // A contents list under its title is set line by line.
            _ if contents[index] || index > 0 && contents[index - 1] => false,
            (Some(prev), _) if super::verse::continues_caps_title(prev, text) => true,
            _ if line.indented => false,
            (Some(prev), _) if wrapped && super::verse::runs_on(prev, text) => true,
            // A block set in deeper than the text's margin (a letter) is measured against
            // its own width.
            (Some(prev), Some(width)) if !set_by_line[index] => continues(
                prev,
                text,
                width.saturating_sub(previous_indent.saturating_sub(margin)),
                blank_separated,
            ),
            _ => false,
        };
        if join {
            join_onto(&mut out, text);
        } else {
            if !out.is_empty() {
                out.push('\n');
                if pending_blank {
                    out.push('\n');
                }
            }
            out.push_str(text);
        }
        pending_blank = false;
        previous = Some(text);
        previous_indent = line.indent;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The text's own margin, in columns: the least indentation that a quarter of the text
/// lines have at least (a letter set in deeper, however long, leaves it where it is).
fn usual_indent(lines: &[Line]) -> usize {
    let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut total = 0usize;
    for line in lines.iter().filter(|l| !l.is_blank()) {
        *counts.entry(line.indent).or_default() += 1;
        total += 1;
    }
    counts
        .into_iter()
        .find(|&(_, n)| n * 4 >= total)
        .map_or(0, |(indent, _)| indent)
}

/// The wrap width in columns if the document is hard-wrapped: the 90th percentile of
/// non-blank line widths, when it is between [`MIN_WRAP`] and [`MAX_WRAP`], at least a third
/// of the lines reach two thirds of it, and most of those long lines stop mid-sentence.
/// Lines of a contents list under its title (`in_contents`) are left out of the count.
pub fn wrap_width(body: &str, lines: &[Line], in_contents: &[bool]) -> Option<usize> {
    // A histogram instead of a sort keeps this linear; widths past MAX_WRAP share a bin.
    let mut histogram = [0usize; MAX_WRAP + 2];
    let mut count = 0usize;
    // A contents entry is set on a line of its own (drawn out to the measure by its
    // leader, or its page number after it), not wrapped: it says nothing of the width.
    let measured = |&(i, l): &(usize, &Line)| {
        !l.is_blank()
            && !is_contents_entry(l.text(body))
            && !in_contents.get(i).copied().unwrap_or(false)
    };
    for (_, line) in lines.iter().enumerate().filter(measured) {
        let w = columns(line.text(body)).min(MAX_WRAP + 1);
        histogram[w] += 1;
        count += 1;
    }
    if count < 3 {
        return None;
    }
    let rank = count * 9 / 10;
    let mut seen = 0;
    let width = histogram.iter().position(|&n| {
        seen += n;
        seen > rank
    })?;
    if !(MIN_WRAP..=MAX_WRAP).contains(&width) {
        return None;
    }
    let (mut long, mut open) = (0usize, 0usize);
    for (_, line) in lines.iter().enumerate().filter(measured) {
        let text = line.text(body);
        if columns(text) * 3 >= width * 2 {
            long += 1;
            // A line ending in a colon announces what follows (a salutation, a lead-in):
            // a wrap lands there by chance, so it is no evidence of wrapping.
            open += usize::from(!ends_sentence(text) && !text.ends_with(['：', ':']));
        }
    }
    // Three full lines at least: a title over a short letter is one long open line, not
    // evidence of wrapping.
    // A text copied from a PDF with tables has many short cells: there, many long lines
    // nearly all left open are evidence enough.
    let mostly_long = long * 3 >= count && open * 2 > long;
    let many_open = long >= MANY_LONG_LINES && open * 4 >= long * 3;
    (long >= MIN_WRAPPED_LINES && (mostly_long || many_open)).then_some(width)
}

/// True if and only if the document separates its paragraphs by blank lines: at least one
/// blank gap per twenty text lines.
fn blank_separated(lines: &[Line]) -> bool {
    let mut gaps = 0usize;
    let mut text_lines = 0usize;
    let mut previous_blank = true;
    for line in lines {
        if line.is_blank() {
            if !previous_blank {
                gaps += 1;
            }
            previous_blank = true;
        } else {
            text_lines += 1;
            previous_blank = false;
        }
    }
    gaps * 20 >= text_lines
}

/// True if and only if `next` continues the paragraph whose last line is `prev`.
fn continues(prev: &str, next: &str, width: usize, blank_separated: bool) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    let gap =
        usize::from(!(is_unspaced(first) || prev.chars().next_back().is_some_and(is_unspaced)));
    let fitted = columns(prev) + gap + columns(first_word(next));
    // Slack for a ragged margin: Latin words vary; CJK lines lose up to two characters
    // to line-breaking rules for punctuation or to an indentation that was stripped. A CJK
    // line that stops on an ideograph, with no punctuation, is cut mid-phrase: a third of
    // the width short still counts as full — unless a list or heading marker follows.
    let mid_phrase = prev.chars().next_back().is_some_and(is_han) && !starts_with_marker(next);
    let tolerance = match (gap, mid_phrase) {
        (0, true) => width / 3,
        (0, false) => width / 8,
        _ => width / 12,
    }
    .max(2);
    if fitted + tolerance <= width {
        return false; // the next word would have fitted: the break was deliberate
    }
    if crate::structure::play::heading_level(prev).is_some() {
        return false; // an act's or a scene's heading ends with its line
    }
    if [prev, next]
        .iter()
        .any(|l| is_toc_title(l) || is_contents_entry(l))
    {
        return false; // "目录" and each entry with its leader and page keep their lines
    }
    if [prev, next]
        .iter()
        .any(|l| crate::structure::web_page::is_page_line(l))
    {
        return false; // a web page's "来源：……", timestamp or button stands alone
    }
    let structural = crate::structure::numbering::find_marker(next)
        .is_some_and(|m| m.family.is_structural() && m.rest.chars().count() <= 40);
    if crate::structure::play::heading_level(next).is_some() || structural {
        return false; // "ACT I", "CHAPTER I", "第一章 总则" open their own line
    }
    if ends_clause(prev) && starts_with_marker(next) {
        return false; // "…两个结论：" then "一、…": a list or a heading follows
    }
    if next.starts_with(['•', '·', '●', '◆', '■', '▪', '・']) {
        return false; // a bulleted item starts, whatever the line before
    }
    let drawn = |l: &str| l.starts_with('|') || l.starts_with("+-") || l.starts_with("+=");
    if drawn(prev) || drawn(next) {
        return false; // a table drawn with rules and bars keeps its lines
    }
    if ends_sentence(prev)
        && !blank_separated
        && columns(prev) + 2 < width
        && !splits_number(prev, next)
    {
        return false; // paragraphs not blank-separated: only a full line runs on
    }
    true
}

/// True if the break falls inside a decimal number in CJK text: "…增长3." then "8%…"
/// (not "in 1998." then "2000 people", where a space shows the number ended).
fn splits_number(prev: &str, next: &str) -> bool {
    let mut tail = prev.chars().rev();
    if tail.next() != Some('.') || !next.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut digits = 0;
    for c in tail {
        if c.is_ascii_digit() {
            digits += 1;
        } else {
            return digits > 0 && is_unspaced(c);
        }
    }
    false
}

/// Appends `next` to the paragraph in `out`: CJK without a space, Latin with one; a
/// hyphen between lower-case letters is undone, a dash or a split decimal number joins
/// without a space.
pub(crate) fn join_onto(out: &mut String, next: &str) {
    let mut tail = out.chars().rev();
    let last = tail.next();
    let before_last = tail.next();
    let first = next.chars().next();
    let lower = |c: Option<char>| c.is_some_and(char::is_lowercase);
    let unhyphenate =
        last == Some('-') && lower(before_last) && lower(first) && before_last != Some('-');
    let no_space = last.is_some_and(|c| is_unspaced(c) || c == '—' || c == '-')
        || first.is_some_and(is_unspaced)
        || splits_number(out, next);
    if unhyphenate {
        out.pop();
    } else if !no_space {
        out.push(' ');
    }
    out.push_str(next);
}

/// The first word of a line (up to the first space), for the fits-on-the-line test; for
/// CJK, whose lines break between any two characters, just its first character.
fn first_word(line: &str) -> &str {
    match line.chars().next() {
        None => "",
        Some(c) if is_unspaced(c) => &line[..c.len_utf8()],
        Some(_) => {
            let end = line
                .find(|c: char| c == ' ' || is_unspaced(c))
                .unwrap_or(line.len());
            &line[..end]
        }
    }
}

/// True if and only if `line` ends a sentence (after any closing quotes or brackets).
pub fn ends_sentence(line: &str) -> bool {
    line.chars()
        .rev()
        .find(|c| {
            !matches!(
                c,
                '"' | '\'' | '”' | '’' | '」' | '』' | ')' | '）' | '_' | '*'
            )
        })
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '…'))
}

/// True if and only if `line` ends a sentence or a clause that announces what follows.
fn ends_clause(line: &str) -> bool {
    ends_sentence(line) || matches!(line.chars().next_back(), Some(':' | '：' | ';' | '；'))
}

/// True if and only if `line` starts with a list or heading marker: "一、", "（一）",
/// "(1)", "1.", "1、", "第一章", "- ", "* ", "• ".
pub(super) fn starts_with_marker(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next();
    let second = chars.next();
    match first {
        Some('（' | '(' | '第' | '•' | '·') => true,
        Some('-' | '*' | '+') => second == Some(' '),
        Some(c) if c.is_ascii_digit() || "一二三四五六七八九十".contains(c) => {
            let rest = line.trim_start_matches(|c: char| {
                c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
            });
            rest.starts_with(['、', '.', '．', ')', '）'])
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::plain_lines;
    use super::*;

    fn run(text: &str) -> String {
        let (body, lines) = plain_lines(text);
        rewrap(&body, &lines)
    }

    fn width_of(text: &str) -> Option<usize> {
        let (body, lines) = plain_lines(text);
        wrap_width(&body, &lines, &[])
    }

    const WRAPPED: &str = "There was nothing so very remarkable in that; nor did Alice think\n\
        it so very much out of the way to hear the Rabbit say to itself, Oh\n\
        dear! Oh dear! I shall be late! (when she thought it over afterwards,\n\
        it occurred to her that she ought to have wondered at this, but at\n\
        the time it all seemed quite natural); but when the Rabbit actually\n\
        took a watch out of its waistcoat-pocket, and looked at it.\n";

    #[test]
    fn a_pdf_copy_with_many_table_cells_is_still_hard_wrapped() {
        let mut text = String::new();
        for n in 0..12 {
            text.push_str(&format!(
                "第{n}段的文字从这里开始，一直写到这一行的末尾才被换行打断，下\n一行接着写完。\n"
            ));
            text.push_str("类型\n描述\nInt8\n8 位整数\n");
        }
        // Five lines in six are cells; the long lines, all left open, set the width.
        assert_eq!(width_of(&text), Some(59));
    }

    #[test]
    fn a_rule_stands_alone_in_wrapped_text() {
        let text = "《水浒传》作者：施耐庵\n--------------------------------\n\
话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京开封府汴梁宣武军便\n\
有一个浮浪破落户子弟，姓高，排行第二，自小不成家业，只好刺枪使棒\n\
最是踢得好脚气球。京师人口顺，不叫高二，却都叫他做高球。后来发迹\n";
        let (body, lines) = super::super::lines::plain_lines(text);
        let out = rewrap(&body, &lines);
        assert!(out.lines().any(|l| l.starts_with("-----")), "{out}");
    }

    #[test]
    fn a_wrapped_document_has_a_wrap_width() {
        assert!(width_of(WRAPPED).is_some_and(|w| (60..=72).contains(&w)));
        assert_eq!(run(WRAPPED).lines().count(), 1);
    }

    #[test]
    fn one_paragraph_per_line_has_no_wrap_width() {
        let long = "这是一个很长的段落，".repeat(20);
        let text = format!("标题\n{long}。\n{long}。\n{long}。\n");
        assert_eq!(width_of(&text), None);
        assert_eq!(run(&text), text);
        // Short lines that all end their sentences: not wrapped either.
        let notice = "会议定于明天上午九点召开。\n请各单位准时参加。\n特此通知。\n";
        assert_eq!(width_of(notice), None);
        assert_eq!(run(notice), notice);
    }

    #[test]
    fn blank_lines_separate_and_collapse() {
        let text = format!("\n\n{WRAPPED}\n\n\n{WRAPPED}\n");
        let out = run(&text);
        assert_eq!(out.lines().collect::<Vec<_>>().len(), 3);
        assert_eq!(out.lines().nth(1), Some(""));
    }

    #[test]
    fn an_indented_line_starts_a_paragraph() {
        let text = WRAPPED.replacen("\nit so very", "\n    it so very", 1);
        assert_eq!(run(&text).lines().count(), 2);
    }

    #[test]
    fn a_long_title_over_a_short_notice_is_not_a_wrapped_line() {
        let text =
            "关于进一步加强和改进新时代基层社会治理工作的意见\n各区县人民政府：\n正文内容。\n";
        assert_eq!(run(text), text);
    }

    #[test]
    fn a_decimal_point_at_the_end_of_a_wrapped_line_is_not_a_full_stop() {
        // Wrapped at 30 characters; digits are half as wide, so the line ending "3." is
        // short of the width in columns, and ends on a full stop by its look.
        let line = "经济运行总体平稳，稳中有进。全年地区生产总值增长较快";
        let text = format!(
            "{line}\n{line}\n{line}\n%，规模以上工业增加值增长6.1%，一般公共预算收入增长3.\n8%。\n{line}\n"
        );
        let out = run(&text);
        assert!(out.contains("增长3.8%。"), "{out}");
        // A real full stop after a number still ends the paragraph.
        let text = format!("{line}\n{line}\n{line}\n全年增长3.\n下一段从这里开始。\n{line}\n");
        assert!(run(&text).contains("增长3.\n下一段"));
        assert!(!splits_number("in 1998.", "2000 people came"));
    }

    #[test]
    fn an_act_or_chapter_heading_opens_its_own_line() {
        assert!(!continues(
            "Shakespeare homepage | Othello | Entire play",
            "ACT I",
            44,
            false
        ));
        assert!(!continues(
            "the end of a long wrapped line of prose and",
            "CHAPTER II",
            44,
            false
        ));
    }

    #[test]
    fn a_scene_heading_as_wide_as_the_verse_keeps_its_line() {
        let text = "Bring forth men-children only; for thy mettle
Should compose nothing but males. Will it not be
receiv’d, when we have mark’d with blood those two
Of his own chamber, and us’d their very daggers,
SCENE I. Inverness. Court within the Castle here.
Enter Banquo and Fleance with a torch before him.
";
        let out = run(text);
        assert!(out.contains("Castle here.\nEnter Banquo"), "{out}");
    }

    #[test]
    fn joining_rules() {
        let mut out = String::from("posses-");
        join_onto(&mut out, "sion");
        assert_eq!(out, "possession");
        let mut out = String::from("Jean-");
        join_onto(&mut out, "Paul");
        assert_eq!(out, "Jean-Paul");
        let mut out = String::from("中文");
        join_onto(&mut out, "继续");
        assert_eq!(out, "中文继续");
        let mut out = String::from("word");
        join_onto(&mut out, "next");
        assert_eq!(out, "word next");
    }

    #[test]
    fn widths_and_markers() {
        assert_eq!(columns("ab中文"), 6);
        assert_eq!(columns("“中”"), 6);
        assert_eq!(columns("“a”"), 3);
        assert!(starts_with_marker("一、总体要求"));
        assert!(starts_with_marker("（三）加强领导"));
        assert!(starts_with_marker("12. Item"));
        assert!(!starts_with_marker("2022年"));
        assert!(ends_sentence("end.”"));
        assert!(!ends_sentence("mid"));
    }
}
