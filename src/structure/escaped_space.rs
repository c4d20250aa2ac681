//! Spaces a scraper wrote out as escapes ("<U+00A0>"): R and some other tools, saving a
//! page in an encoding that has no no-break or ideographic space, write the character's
//! code point instead. A page indents its paragraphs, and fills its empty rows, with such
//! spaces, so a copied line may open with "<U+00A0><U+00A0><U+00A0><U+00A0>" or hold
//! nothing else.
//!
//! The escapes stay in the text (they are what the file says), but no rule should read
//! them as words: a line is classified without its escaped indent, which is given back
//! to the block the line opens, and a line of escaped spaces alone is page furniture.

use super::recover::mark_in_place;
use crate::model::{Block, Inline};

/// Length in bytes of an escape naming a space at the start of `s` ("<U+00A0>",
/// "<U+3000>"), if one stands there.
fn escape_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("<U+")?;
    let close = rest.find('>')?;
    let hex = &rest[..close];
    let spacing = (4..=6).contains(&hex.len())
        && u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .is_some_and(char::is_whitespace);
    spacing.then_some(3 + close + 1)
}

/// Length in bytes of the indent that opens `line` when it holds an escaped space:
/// spaces and escaped spaces in any order. 0 where no escape stands in it.
pub(crate) fn escaped_indent_len(line: &str) -> usize {
    let mut at = 0;
    let mut escapes = 0;
    loop {
        let rest = &line[at..];
        if let Some(n) = escape_len(rest) {
            at += n;
            escapes += 1;
        } else if let Some(c) = rest.chars().next().filter(|c| c.is_whitespace()) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    if escapes == 0 {
        0
    } else {
        at
    }
}

/// True if `line` holds escaped spaces and nothing else.
pub(crate) fn is_escaped_blank(line: &str) -> bool {
    let n = escaped_indent_len(line);
    n > 0 && n == line.len()
}

/// `text` with each line of escaped spaces alone marked as page furniture.
pub(crate) fn mark_escaped_blanks(text: &str) -> String {
    if !text.contains("<U+") {
        return text.to_string();
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let marked: Vec<bool> = lines.iter().map(|l| is_escaped_blank(l.trim())).collect();
    mark_in_place(&lines, &marked)
}

/// How many blocks ahead of the last line's block a line's block may stand (a line joined
/// into the block before opens none, and is passed over).
const LOOKAHEAD: usize = 4;

/// Gives each line's escaped indent back to the block the line opens: `lines` holds,
/// in the order of the text, each line's indent (empty for most) and its text after it.
pub(crate) fn restore_indents(blocks: &mut [Block], lines: &[(&str, &str)]) {
    if lines.iter().all(|(indent, _)| indent.is_empty()) {
        return;
    }
    let mut from = 0;
    for (indent, text) in lines {
        // A line's block opens with its first words, or is the line's first part (a
        // title split from the occasion run on after it).
        let head = first_chars(text, 6);
        let opens = |b: &Block| {
            let plain = b.plain_text();
            !head.is_empty() && plain.starts_with(head)
                || !plain.is_empty() && text.starts_with(plain.as_str())
        };
        let end = (from + LOOKAHEAD).min(blocks.len());
        if let Some(k) = (from..end).find(|&k| opens(&blocks[k])) {
            if !indent.is_empty() {
                prepend(&mut blocks[k], indent);
            }
            from = k + 1;
        }
    }
}

fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(at, _)| &s[..at])
}

fn prepend(block: &mut Block, indent: &str) {
    match block.content.first_mut() {
        Some(Inline::Text(t)) => t.insert_str(0, indent),
        _ => block.content.insert(0, Inline::Text(indent.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_escaped_indent_is_measured_and_other_escapes_are_text() {
        assert_eq!(escaped_indent_len("<U+00A0><U+00A0> 正文"), 17);
        assert_eq!(escaped_indent_len("　<U+3000>正文"), 11);
        assert_eq!(escaped_indent_len("　　正文"), 0);
        // A letter's code point is no space.
        assert_eq!(escaped_indent_len("<U+4E2D>正文"), 0);
        assert!(is_escaped_blank("<U+00A0> <U+00A0>"));
        assert!(!is_escaped_blank("<U+00A0>正文"));
        assert!(!is_escaped_blank(""));
    }

    #[test]
    fn escaped_indents_are_read_as_spaces_and_kept_in_the_text() {
        use crate::structure::test_support::plain_kinds;
        use crate::structure::{parse, InputFormat};
        // As the scraper saves a page: a blank line between its rows.
        let text = [
            "<U+00A0>",
            "当前位置： 首页>> 中国概况",
            "<U+00A0>",
            "某年政府工作报告",
            "某政府门户网站　www.example.cn　　 2006年02月23日　　 来源：某报",
            "<U+00A0><U+00A0><U+00A0> 新华社北京３月１５日电",
            "政府工作报告",
            "——２０１０年３月５日在某会议上",
            "<U+00A0><U+00A0>国务院总理　某某",
            "<U+00A0><U+00A0>各位代表：",
            "<U+00A0><U+00A0>一、去年工作回顾",
            "<U+00A0><U+00A0>去年，我们做了许多工作。",
        ]
        .join("\n\n");
        let text = text.as_str();
        assert_eq!(
            plain_kinds(text),
            [
                "artifact",
                "artifact",
                "artifact",
                "title",
                "front_matter",
                "dateline",
                "title",
                "subtitle",
                "speaker",
                "salutation",
                "heading",
                "paragraph"
            ]
        );
        let doc = parse(text, InputFormat::Plain, None);
        assert_eq!(
            doc.blocks[8].plain_text(),
            "<U+00A0><U+00A0>国务院总理　某某"
        );
        assert_eq!(
            doc.blocks[11].plain_text(),
            "<U+00A0><U+00A0>去年，我们做了许多工作。"
        );
    }
}
