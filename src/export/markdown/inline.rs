//! Inline content → CommonMark: text escaped, emphasis delimited so that it re-parses.
//!
//! A `*` run only opens or closes emphasis when it is "flanking" (CommonMark 6.2): next
//! to text on the inner side, and not wedged between punctuation and a letter. Chinese
//! text often breaks that rule ("*强调。*中文"), so each delimiter pair is checked against
//! its real neighbours, and where Markdown cannot express it we fall back to the HTML
//! tag (`<em>`), which every CommonMark reader understands (and ours reads back as
//! emphasis). Emphasis nested in emphasis always uses the tags: runs of `*` inside `*`
//! next to punctuation pair up differently when read back.

use super::escape::escape_inline;
use crate::model::Inline;

/// Renders inline content. `at_line_start` says whether the output begins a line.
pub fn inlines_to_markdown(inlines: &[Inline], at_line_start: bool) -> String {
    let mut out = String::new();
    write_inlines(inlines, at_line_start, false, &mut out);
    out
}

/// Renders inline content that must stay on one line (a heading, a definition term, a
/// table cell): line breaks become spaces, since a hard break's `\\` would be left
/// before the space and read back as a backslash.
pub fn inlines_to_one_line(inlines: &[Inline], at_line_start: bool) -> String {
    inlines_to_markdown(&on_one_line(inlines), at_line_start)
}

/// `inlines` with every line break (hard, or a newline in text) a space.
fn on_one_line(inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::LineBreak => Inline::Text(" ".to_string()),
            Inline::Text(text) => Inline::Text(text.replace('\n', " ")),
            Inline::Emphasis(c) => Inline::Emphasis(on_one_line(c)),
            Inline::Strong(c) => Inline::Strong(on_one_line(c)),
            Inline::Strikethrough(c) => Inline::Strikethrough(on_one_line(c)),
            Inline::Superscript(c) => Inline::Superscript(on_one_line(c)),
            Inline::Subscript(c) => Inline::Subscript(on_one_line(c)),
            Inline::Link { url, content } => Inline::Link {
                url: url.clone(),
                content: on_one_line(content),
            },
            other => other.clone(),
        })
        .collect()
}

/// Renders the content of an emphasis, strong or strikethrough span.
fn nested_to_markdown(inlines: &[Inline]) -> String {
    let mut out = String::new();
    write_inlines(inlines, false, true, &mut out);
    out
}

/// A child rendered on its own, waiting to be joined with its neighbours.
enum Piece<'a> {
    /// Raw text, escaped when joined (only then is it known whether it starts a line).
    Text(&'a str),
    /// Finished Markdown.
    Plain(String),
    /// A hard line break, written only where content follows it.
    Break,
    /// Inner content waiting for its delimiters.
    Delimited {
        inner: String,
        mark: &'static str,
        tag: &'static str,
    },
}

/// True if `piece` writes anything but whitespace and line breaks.
fn has_content(piece: &Piece) -> bool {
    match piece {
        Piece::Text(text) => !text.trim().is_empty(),
        Piece::Plain(markdown) => !markdown.is_empty(),
        Piece::Break => false,
        Piece::Delimited { inner, .. } => !inner.is_empty(),
    }
}

fn write_inlines(inlines: &[Inline], at_line_start: bool, nested: bool, out: &mut String) {
    let start = out.len();
    let begins_line = |out: &String| {
        if out.len() == start {
            at_line_start
        } else {
            out.ends_with('\n')
        }
    };
    // First render every child on its own, then join them, so that each delimiter can look
    // at the characters on both of its sides.
    // Code spans side by side would read back as one span with backticks inside: write
    // them as one span (the text is the same).
    let merged;
    let inlines = if inlines
        .windows(2)
        .any(|w| matches!(w, [Inline::Code(_), Inline::Code(_)]))
    {
        merged = merge_adjacent_code(inlines);
        &merged[..]
    } else {
        inlines
    };
    let pieces: Vec<Piece> = inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => Piece::Text(text),
            Inline::Code(code) => Piece::Plain(code_span(code)),
            Inline::LineBreak => Piece::Break,
            Inline::Emphasis(c) => delimited(c, "*", "em"),
            Inline::Strong(c) => delimited(c, "**", "strong"),
            Inline::Strikethrough(c) => delimited(c, "~~", "del"),
            Inline::Superscript(c) => Piece::Plain(format!("<sup>{}</sup>", nested_to_markdown(c))),
            Inline::Subscript(c) => Piece::Plain(format!("<sub>{}</sub>", nested_to_markdown(c))),
            Inline::FootnoteRef(label) => Piece::Plain(format!("[^{label}]")),
            Inline::Image { url, alt, title } => Piece::Plain(image(url, alt, title)),
            Inline::Link { url, content } => {
                // CommonMark links cannot nest (a linked image read as a link in a link):
                // an inner link keeps its text only.
                let text = inlines_to_markdown(&without_links(content), false);
                Piece::Plain(format!("[{text}]({})", link_destination(url)))
            }
        })
        .collect();
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Text(text) => {
                // A hard break needs text after it: trailing blank lines at the end of a
                // block would leave a literal backslash, so they go (as CommonMark would
                // drop them anyway).
                let text = if i + 1 == pieces.len() {
                    let trimmed = text.trim_end();
                    if text[trimmed.len()..].contains('\n') {
                        trimmed
                    } else {
                        text
                    }
                } else {
                    text
                };
                for (k, line) in text.split('\n').enumerate() {
                    if k > 0 {
                        out.push_str("\\\n");
                    }
                    let line_start = begins_line(out);
                    out.push_str(&escape_inline(line, line_start));
                }
            }
            Piece::Plain(markdown) => out.push_str(markdown),
            // At the end of a block `\` would read back as a literal backslash (and
            // CommonMark drops a trailing hard break anyway).
            Piece::Break => {
                if pieces[i + 1..].iter().any(has_content) {
                    out.push_str("\\\n");
                }
            }
            Piece::Delimited { inner, mark, tag } => {
                if inner.is_empty() {
                    continue;
                }
                // The character written next: pieces that write nothing (empty code,
                // empty emphasis) are not there when the `*` is read back.
                let next = pieces[i + 1..].iter().find_map(first_char);
                let opens = left_flanking(out.chars().next_back(), inner.chars().next());
                let closes = right_flanking(inner.chars().next_back(), next);
                // "*a**b*" would read as one run of two stars: after the same mark, use tags.
                let glued = mark.chars().next().is_some_and(|m| out.ends_with(m));
                if opens && closes && !nested && !glued {
                    out.push_str(mark);
                    out.push_str(inner);
                    out.push_str(mark);
                } else {
                    out.push_str(&format!("<{tag}>{inner}</{tag}>"));
                }
            }
        }
    }
}

/// `inlines` with each run of adjacent code spans joined into one.
fn merge_adjacent_code(inlines: &[Inline]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match (out.last_mut(), inline) {
            (Some(Inline::Code(prev)), Inline::Code(code)) => prev.push_str(code),
            _ => out.push(inline.clone()),
        }
    }
    out
}

/// `inlines` with every link replaced by its content.
fn without_links(inlines: &[Inline]) -> Vec<Inline> {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match inline {
            Inline::Link { content, .. } => out.extend(without_links(content)),
            Inline::Emphasis(c) => out.push(Inline::Emphasis(without_links(c))),
            Inline::Strong(c) => out.push(Inline::Strong(without_links(c))),
            Inline::Strikethrough(c) => out.push(Inline::Strikethrough(without_links(c))),
            Inline::Superscript(c) => out.push(Inline::Superscript(without_links(c))),
            Inline::Subscript(c) => out.push(Inline::Subscript(without_links(c))),
            other => out.push(other.clone()),
        }
    }
    out
}

fn delimited(content: &[Inline], mark: &'static str, tag: &'static str) -> Piece<'static> {
    Piece::Delimited {
        inner: nested_to_markdown(content),
        mark,
        tag,
    }
}

/// The first character `piece` writes; `None` when it writes nothing.
fn first_char(piece: &Piece) -> Option<char> {
    match piece {
        Piece::Text(s) => s.chars().next(),
        Piece::Plain(s) => s.chars().next(),
        Piece::Break => Some('\\'),
        Piece::Delimited { mark, inner, .. } => {
            if inner.is_empty() {
                None
            } else {
                mark.chars().next()
            }
        }
    }
}

/// CommonMark's Unicode punctuation, closely enough: ASCII punctuation and the general,
/// CJK and full-width punctuation blocks.
fn is_punctuation(ch: char) -> bool {
    ch.is_ascii_punctuation()
        || matches!(ch as u32,
            0x00A1..=0x00BF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003
            | 0x3008..=0x3011 | 0x3014..=0x301F | 0xFE10..=0xFE19 | 0xFE30..=0xFE6B
            | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
}

fn is_space(ch: Option<char>) -> bool {
    ch.is_none_or(char::is_whitespace)
}

/// A delimiter run with `before` and `after` around it can open emphasis.
fn left_flanking(before: Option<char>, after: Option<char>) -> bool {
    !is_space(after)
        && (!after.is_some_and(is_punctuation)
            || is_space(before)
            || before.is_some_and(is_punctuation))
}

/// A delimiter run with `before` and `after` around it can close emphasis.
fn right_flanking(before: Option<char>, after: Option<char>) -> bool {
    !is_space(before)
        && (!before.is_some_and(is_punctuation)
            || is_space(after)
            || after.is_some_and(is_punctuation))
}

/// A code span that shows `code` exactly: enough backticks, and padding where needed.
fn code_span(code: &str) -> String {
    // No empty span: "``" reads back as two backticks (empty `$$` math in the fuzzer).
    if code.is_empty() {
        return String::new();
    }
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' ') && code.trim() != "");
    let code = code.replace('\n', " ");
    if pad {
        format!("{fence} {code} {fence}")
    } else {
        format!("{fence}{code}{fence}")
    }
}

/// An image, `![alt](url "title")`, that re-parses to the same alt text and title.
fn image(url: &str, alt: &str, title: &str) -> String {
    let alt = escape_inline(&alt.replace('\n', " "), false);
    let destination = link_destination(url);
    if title.is_empty() {
        format!("![{alt}]({destination})")
    } else {
        let title = title.replace('\\', "\\\\").replace('"', "\\\"");
        format!("![{alt}]({destination} \"{title}\")")
    }
}

/// A link destination that re-parses to `url`.
fn link_destination(url: &str) -> String {
    let plain = !url.is_empty()
        && url
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"()<>\\".contains(c));
    if plain {
        url.to_string()
    } else {
        let mut s = String::from("<");
        for c in url.chars() {
            match c {
                '<' | '>' | '\\' => {
                    s.push('\\');
                    s.push(c);
                }
                '\n' | '\r' => s.push(' '),
                _ => s.push(c),
            }
        }
        s.push('>');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    #[test]
    fn one_line_content_writes_its_breaks_as_spaces() {
        // Found by the markdown fuzzer: a Setext heading `<br>=` was written `# \\ \\=`.
        let content = [
            Inline::LineBreak,
            text("=\nb"),
            Inline::Emphasis(vec![text("c\nd")]),
        ];
        assert_eq!(inlines_to_one_line(&content, false), " = b*c d*");
    }

    #[test]
    fn a_hard_break_is_written_only_before_content() {
        // Found by the markdown fuzzer: `<br>` alone was written `\`, read back as text.
        assert_eq!(inlines_to_markdown(&[Inline::LineBreak], true), "");
        assert_eq!(
            inlines_to_markdown(&[text("a"), Inline::LineBreak, text(" ")], true),
            "a "
        );
        assert_eq!(
            inlines_to_markdown(&[text("a"), Inline::LineBreak, text("b")], true),
            "a\\\nb"
        );
    }

    #[test]
    fn emphasis_uses_stars_where_they_flank() {
        let md = inlines_to_markdown(
            &[
                text("这是"),
                Inline::Emphasis(vec![text("强调")]),
                text("文字"),
            ],
            true,
        );
        assert_eq!(md, "这是*强调*文字");
    }

    #[test]
    fn emphasis_ending_in_punctuation_before_a_letter_falls_back_to_html() {
        let md = inlines_to_markdown(&[Inline::Strong(vec![text("注意。")]), text("下文")], true);
        assert_eq!(md, "<strong>注意。</strong>下文");
    }

    #[test]
    fn what_follows_emphasis_is_the_next_piece_that_writes_something() {
        // Found by the markdown fuzzer: `_-_$$$$9`, emphasis, empty math (read as empty
        // code, written as nothing), then a digit: `*-*9` reads back as `*-*9`.
        let content = [
            Inline::Emphasis(vec![text("-")]),
            Inline::Code(String::new()),
            text("9"),
        ];
        assert_eq!(inlines_to_markdown(&content, true), "<em>-</em>9");
    }

    #[test]
    fn emphasis_inside_emphasis_uses_tags() {
        let md = inlines_to_markdown(
            &[Inline::Emphasis(vec![
                text("中，"),
                Inline::Emphasis(vec![text("，中")]),
                text(" 中"),
            ])],
            false,
        );
        assert_eq!(md, "*中，<em>，中</em> 中*");
    }

    #[test]
    fn no_hard_break_before_trailing_blank_lines() {
        let md = inlines_to_markdown(&[text("<!--\nSource\n\t\t\t")], true);
        assert_eq!(md, "\\<\\!--\\\nSource");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span("plain"), "`plain`");
        assert_eq!(code_span(""), "");
    }

    #[test]
    fn links_keep_their_targets() {
        let md = inlines_to_markdown(
            &[Inline::Link {
                url: "https://example.com/a b".into(),
                content: vec![text("例子")],
            }],
            false,
        );
        assert_eq!(md, "[例子](<https://example.com/a b>)");
    }

    #[test]
    fn images_footnotes_and_scripts_are_written_as_markup() {
        let md = inlines_to_markdown(
            &[
                Inline::Image {
                    url: "img/logo.png".into(),
                    alt: "Logo [1]".into(),
                    title: "The \"logo\"".into(),
                },
                text("H"),
                Inline::Subscript(vec![text("2")]),
                text("O"),
                Inline::FootnoteRef("1".into()),
            ],
            true,
        );
        assert_eq!(
            md,
            "![Logo \\[1\\]](img/logo.png \"The \\\"logo\\\"\")H<sub>2</sub>O[^1]"
        );
    }

    #[test]
    fn text_at_line_start_escapes_list_markers() {
        assert_eq!(inlines_to_markdown(&[text("1. 条目")], true), "1\\. 条目");
        assert_eq!(inlines_to_markdown(&[text("1. 条目")], false), "1. 条目");
    }
}
