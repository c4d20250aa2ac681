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

use super::lines::{usual_indent, Line};
use crate::script::{columns, is_han, is_unspaced};
use crate::structure::gutenberg::small_print_end;
use crate::structure::scene_break::is_scene_break;
use crate::structure::shapes::is_name_byline;
use crate::structure::text::char_len;
use crate::structure::toc::{is_contents_entry, is_toc_title, titled_contents};

/// Longest title line a by-line may stand under.
const TITLE_LINE_MAX: usize = 50;
/// Longest title line a by-line may stand under when the title is set in title case
/// (a play's title and its subtitle after a colon, "The Importance of Being Earnest: A
/// Trivial Comedy for Serious People").
const TITLE_CASE_LINE_MAX: usize = 80;

/// True if and only if `line` is set in title case: three words or more, every word
/// longer than three letters opening in a capital ("A Trivial Comedy for Serious People").
fn in_title_case(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 3
        && words.iter().all(|w| {
            let letters = w.trim_matches(|c: char| !c.is_alphabetic());
            char_len(letters) <= 3 || letters.starts_with(char::is_uppercase)
        })
}
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
    let double_spaced = width.is_some_and(|w| double_spaced(body, lines, w));
    let blank_separated = !double_spaced && blank_separated(lines);
    // Latin evidence: groups set line by line (verse), breaks that can only be wraps.
    let set_by_line = super::verse::line_by_line(body, lines, width);
    let wrapped = width.is_some() || super::verse::wrapped_by_breaks(body, lines);
    let mut out = String::with_capacity(body.len() + lines.len());
    let mut pending_blank = false;
    let mut previous: Option<&str> = None;
    let margin = usual_indent(lines);
    // Blank lines between paragraphs leave indentation to blocks set in (verse, letters).
    let first_line_indents =
        !blank_separated && super::lines::marks_paragraphs_by_first_line(lines, margin);
    let mut previous_indent = 0usize;
    let set_in = super::lines::set_in_widths(body, lines, margin);
    for (index, line) in lines.iter().enumerate() {
        let text = line.text(body);
        if line.is_blank() {
            // Double spacing: a lone blank line between two lines is the spacing.
            let lone = index > 0
                && !lines[index - 1].is_blank()
                && lines.get(index + 1).is_some_and(|l| !l.is_blank());
            if double_spaced && lone {
                continue;
            }
            pending_blank = !out.is_empty();
            previous = None;
            continue;
        }
        let artifact = |t: &str| t.starts_with([super::ARTIFACT_MARK, super::EMPHASIS_MARK]);
        let join = match (previous, width) {
            // Nothing joins onto or from page furniture, whatever its letters look like.
            (Some(prev), _) if artifact(prev) || artifact(text) => false,
            // A rule ("-----") stands alone, and so does the old Small Print's closing line.
            (Some(prev), _) if is_scene_break(prev) || is_scene_break(text) => false,
            (Some(prev), _) if small_print_end(prev) || small_print_end(text) => false,
            // A title's by-line ("The Call of the Wild" / "by Jack London") is no wrap.
            (Some(prev), _)
                if is_name_byline(text)
                    && !ends_sentence(prev)
                    && (char_len(prev) <= TITLE_LINE_MAX
                        || char_len(prev) <= TITLE_CASE_LINE_MAX && in_title_case(prev)) =>
            {
                false
            }
            // A contents list under its title is set line by line.
            _ if contents[index] || index > 0 && contents[index - 1] => false,
            (Some(prev), _) if super::verse::continues_caps_title(prev, text) => true,
            // An entry's text wrapped under itself with a hanging indent.
            (Some(prev), _)
                if line.indented
                    && !pending_blank
                    && super::hanging_entries::continues_entry(
                        previous_indent,
                        prev,
                        line.indent,
                    ) =>
            {
                true
            }
            // (Double-spaced, a line is measured against the line before the spacing.)
            _ if line.indented && !double_spaced => false,
            _ if double_spaced && line.indent > previous_indent => false,
            // Where paragraphs open with an indent over lines wrapped at the margin, an
            // indented line after a finished sentence opens one, even under another
            // one-line paragraph (a block set in as a whole runs on mid-sentence).
            (Some(prev), _)
                if first_line_indents && line.indent > margin && ends_sentence(prev) =>
            {
                false
            }
            (Some(prev), _) if wrapped && super::verse::runs_on(prev, text) => true,
            // A block set in deeper than the text's margin (a letter) is measured against
            // its own width.
            (Some(prev), Some(width)) if !set_by_line[index] => {
                let beside = width.saturating_sub(previous_indent.saturating_sub(margin));
                // A block wrapped to a measure of its own is measured against it.
                let own = set_in[index].and(set_in[index.saturating_sub(1)]);
                continues(
                    prev,
                    text,
                    own.map_or(beside, |w| w.min(beside)),
                    blank_separated,
                )
            }
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

/// True if and only if the document is double-spaced: a blank line after nearly every line
/// (four in five), wrapped lines and paragraphs' last lines alike, as some e-book texts are
/// set. There a lone blank line says nothing; two or more still part blocks. A third of the
/// lines at least run to the wrap `width` and stop mid-sentence: a page scraped with a
/// blank line between its short rows is no wrapped text.
fn double_spaced(body: &str, lines: &[Line], width: usize) -> bool {
    let text_lines = lines.iter().filter(|l| !l.is_blank()).count();
    let wrapped = lines
        .iter()
        .map(|l| l.text(body))
        .filter(|t| columns(t) * 4 >= width * 3 && !ends_sentence(t))
        .count();
    if wrapped * 3 < text_lines {
        return false;
    }
    let spaced = lines
        .windows(3)
        .filter(|w| !w[0].is_blank() && w[1].is_blank() && !w[2].is_blank())
        .count();
    text_lines >= DOUBLE_SPACED_MIN_LINES && spaced * 5 >= (text_lines - 1) * 4
}

/// Fewest lines that show a document double-spaced.
const DOUBLE_SPACED_MIN_LINES: usize = 8;

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
    if is_spaced_chinese_heading(prev) {
        return false; // "第一章 “十四五”时期……基础" fills the width and still ends there
    }
    if [prev, next]
        .iter()
        .any(|l| crate::structure::text::is_date(l.trim()))
    {
        return false; // a date stands on its own line: under a signature, over a note
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

/// True if `line` is a Chinese part, chapter or section heading: its marker set off by a
/// space ("第一章 总则", "第一篇 锚定发展目标"), then a short title with no sentence end.
/// Such a heading ends with its line even where it fills a PDF copy's width.
fn is_spaced_chinese_heading(line: &str) -> bool {
    use crate::structure::numbering::find_marker;
    find_marker(line).is_some_and(|m| {
        m.family.is_chinese_division()
            && line
                .split_once(char::is_whitespace)
                .is_some_and(|(head, _)| head == m.text)
            && !m.rest.is_empty()
            && m.rest.chars().count() <= 40
            && !m.rest.contains(crate::structure::text::TERMINAL_PUNCT)
    })
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

/// True if the break falls inside a whole number between CJK characters: "…《女青年》第1"
/// then "3卷第3期）" (CJK sets no space around its figures).
fn splits_cjk_number(prev: &str, next: &str) -> bool {
    let before = prev.trim_end_matches(|c: char| c.is_ascii_digit());
    let after = next.trim_start_matches(|c: char| c.is_ascii_digit());
    before.len() < prev.len()
        && after.len() < next.len()
        && before.chars().next_back().is_some_and(is_unspaced)
        && after.chars().next().is_some_and(is_unspaced)
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
        || splits_number(out, next)
        || splits_cjk_number(out, next);
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
#[path = "rewrap_tests.rs"]
mod tests;
