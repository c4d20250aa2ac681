//! HTML tags and comments left in plain text (articles pasted from web pages: `<table>`,
//! `<td><img …>`, `<b>…</b>`, `<br>`, `<!-- … -->`) are markup, not text: they are taken
//! out before paragraphs are recovered, and the user is told how many. A tag that breaks a
//! line (`<br>`, `<p>`, `<div>`, `<tr>`, `<li>`…) becomes a line break; any other tag goes
//! without a trace, and a line that held only tags goes with it; a comment goes with the
//! lines it fills (one inside a line of text stays). Entities are left alone: `&lt;` in a
//! text file is as likely to be the text as markup. A line whose whole text was one `<b>`,
//! `<strong>` or `<h1>`–`<h6>` element is marked with [`EMPHASIS_MARK`]: the author set
//! it apart, which the block rules take as evidence of a heading.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Marks a line whose whole text the source set in bold or as a heading; the block rules
/// take the mark off and read it as evidence.
pub(crate) const EMPHASIS_MARK: char = '\u{2}';

/// Tags whose element, holding a whole line, sets that line apart.
const EMPHASIS: &[&str] = &["b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"];

/// Tags that end a line where they stand.
const BREAKING: &[&str] = &[
    "br",
    "p",
    "div",
    "tr",
    "li",
    "table",
    "tbody",
    "thead",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "hr",
];

/// `text` without its HTML tags and the comments that fill their lines, and how many of
/// each were taken out.
pub(super) fn strip_markup(text: &str) -> (Cow<'_, str>, usize, usize) {
    let (uncommented, comments) = strip_comments(text);
    match uncommented {
        Cow::Borrowed(text) => {
            let (out, tags) = strip_tags(text);
            (out, tags, comments)
        }
        Cow::Owned(text) => {
            let (out, tags) = strip_tags(&text);
            (Cow::Owned(out.into_owned()), tags, comments)
        }
    }
}

/// `text` without the HTML comments ("<!-- … -->", closed, perhaps over several lines)
/// that fill their lines, and how many there were: those lines go with them, as lines of
/// tags only do. A comment inside a line of text is left as written: taking it out would
/// join the text on its two sides, into a character reference perhaps ("&#0296" +
/// "789;"), which is not the text's.
fn strip_comments(text: &str) -> (Cow<'_, str>, usize) {
    static COMMENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("comment pattern"));
    if !text.contains("<!--") {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut count = 0;
    for m in COMMENT.find_iter(text) {
        let line_start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[m.end()..]
            .find('\n')
            .map_or(text.len(), |i| m.end() + i + 1);
        let alone = line_start >= last
            && text[line_start..m.start()].trim().is_empty()
            && text[m.end()..line_end].trim().is_empty();
        if alone {
            out.push_str(&text[last..line_start]);
            last = line_end;
            count += 1;
        }
    }
    if count == 0 {
        return (Cow::Borrowed(text), 0);
    }
    out.push_str(&text[last..]);
    (Cow::Owned(out), count)
}

/// `text` without its HTML tags, and how many were taken out.
pub(super) fn strip_tags(text: &str) -> (Cow<'_, str>, usize) {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"</?([A-Za-z][A-Za-z0-9]{0,9})(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*/?>"#)
            .expect("tag pattern")
    });
    if !text.contains('<') || !TAG.is_match(text) {
        return (Cow::Borrowed(text), 0);
    }
    let mut count = 0usize;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut stripped = String::with_capacity(line.len());
        let mut last = 0;
        let mut tags = 0;
        let mut names = Vec::new();
        for m in TAG.captures_iter(line) {
            let whole = m.get(0).expect("a match has its whole");
            push_decoded(&mut stripped, &line[last..whole.start()]);
            let name = m[1].to_ascii_lowercase();
            if BREAKING.contains(&name.as_str()) {
                stripped.push('\n');
            }
            names.push((name, whole.start(), whole.end()));
            last = whole.end();
            tags += 1;
        }
        push_decoded(&mut stripped, &line[last..]);
        count += tags;
        if tags > 0 && stripped.trim().is_empty() {
            continue; // a line of tags only
        }
        if emphasised_whole(line, &names) {
            let text = stripped.trim();
            out.push(EMPHASIS_MARK);
            out.push_str(text);
            out.push('\n');
            continue;
        }
        // Breaks from tags make blank runs; keep one line break each.
        let mut previous_blank = false;
        for piece in stripped.split_inclusive('\n') {
            let blank = piece.trim().is_empty();
            if !(blank && previous_blank && tags > 0) {
                out.push_str(piece);
            }
            previous_blank = blank;
        }
    }
    if count == 0 {
        // (A tag the whole text matched but no line holds: an attribute value over two
        // lines. Not markup the user is told about, so nothing changes.)
        return (Cow::Borrowed(text), 0);
    }
    (Cow::Owned(out), count)
}

/// Appends `text`, the text between two tags, to `out` with its character references
/// decoded: text pasted from HTML source carries them too ("&nbsp;", "&emsp;&emsp;"
/// indenting a paragraph), and with the tags gone they are characters. Each piece is
/// decoded on its own, so a tag taken out never joins two pieces into a reference
/// ("&#<i>99;" stays "&#99;", not "c").
fn push_decoded(out: &mut String, text: &str) {
    out.push_str(&html_escape::decode_html_entities(text));
}

/// True if the only text of `line` sits inside one emphasis element: its first tag opens
/// `<b>`, `<strong>` or `<hN>` and its last closes the same, with only whitespace outside.
fn emphasised_whole(line: &str, tags: &[(String, usize, usize)]) -> bool {
    let (Some(first), Some(last)) = (tags.first(), tags.last()) else {
        return false;
    };
    let opens = !line[first.1..first.2].starts_with("</");
    let closes = line[last.1..last.2].starts_with("</");
    opens
        && closes
        && first.0 == last.0
        && EMPHASIS.contains(&first.0.as_str())
        && line[..first.1].trim().is_empty()
        && line[last.2..].trim().is_empty()
        && !line[first.2..last.1].trim().is_empty()
        && !line[first.2..last.1].contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_their_text_stays() {
        let text = "<table cellspacing=\"20\">\n  <tr align=\"center\">\n    <td><img alt=\"\" src=\"x.jpg\" /></td>\n  </tr>\n</table>\n　　原标题：<b>必须横下一条心</b>\n正文<br>第二段。\n";
        let (out, count) = strip_tags(text);
        assert_eq!(out, "　　原标题：必须横下一条心\n正文\n第二段。\n");
        assert_eq!(count, 10);
    }

    #[test]
    fn character_references_of_pasted_html_are_characters() {
        let (text, tags) = strip_tags("<p>&emsp;&emsp;第一条&nbsp;总则&hellip;</p>\n");
        assert_eq!(tags, 2);
        assert_eq!(text.trim_matches('\n'), "\u{2003}\u{2003}第一条\u{a0}总则…");
        // (Fuzz finding 30.) A tag taken out never makes a reference of the pieces
        // around it.
        assert_eq!(strip_tags("<p>&#<i>99;</p>\n").0.trim(), "&#99;");
        // Without tags the text is not HTML: "&amp;" stays as written.
        assert_eq!(strip_tags("R&amp;D\n").0, "R&amp;D\n");
    }

    #[test]
    fn a_line_set_in_bold_is_marked_as_set_apart() {
        let text = "<b>一年来的主要工作</b>\n　　过去一年，<b>经济</b>稳中有进。\n<h2>Scope</h2>\n";
        let (out, count) = strip_tags(text);
        assert_eq!(
            out,
            "\u{2}一年来的主要工作\n　　过去一年，经济稳中有进。\n\u{2}Scope\n"
        );
        assert_eq!(count, 6);
    }

    #[test]
    fn comments_go_with_the_lines_they_fill_and_stay_inside_text() {
        let text = "<!--\n      \n-->\n标题\n<!-- 注 -->\n正文。\n";
        let (out, tags, comments) = strip_markup(text);
        assert_eq!((out.as_ref(), tags, comments), ("标题\n正文。\n", 0, 2));
        // (Fuzz finding 31.) One inside a line of text stays: taking it out would make a
        // character reference of the text on its sides.
        let inline = "<p>&#0296<!-- x -->789;</p>\n";
        assert_eq!(strip_markup(inline).0.trim(), "&#0296<!-- x -->789;");
        // An unclosed one is not markup.
        let open = "a <!-- b\n";
        assert_eq!(strip_markup(open), (Cow::Borrowed(open), 0, 0));
    }

    #[test]
    fn text_that_only_looks_like_tags_stays() {
        for text in [
            "若 a<b 且 b>c，则……\n",
            "《中华人民共和国宪法》<1982>\n",
            "<<重要>>\n",
            // (Fuzz finding 28.) A "tag" only across a line break: its entity stays.
            "<m c=\"\n&mp;\">",
        ] {
            let (out, count) = strip_tags(text);
            assert_eq!((out.as_ref(), count), (text, 0));
        }
    }
}
