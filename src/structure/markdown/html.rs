//! Raw HTML in Markdown: comments dropped, tags stripped to their text, except the few
//! that carry meaning the model can hold (`<br>`, `<img>`, `<sup>`, `<sub>`, `<a>` and
//! the emphasis tags).
//!
//! This is not an HTML parser: it splits the source into tags, comments and text, which
//! is all a README's `<p align="center"><img …></p>` or `<details>` needs. Block-level
//! tags (`<p>`, `<div>`, `<h1>`, `<li>`, …) end the paragraph they interrupt; `<h1>`…`<h6>`
//! make their text a heading of that level, and `<pre>` keeps its text as a code block.

use super::inlines::{Inlines, Wrap};
use crate::model::{BlockKind, Heading, Inline, MarkerKind};

/// One piece of HTML source.
#[derive(Debug, PartialEq)]
pub(super) enum Piece<'a> {
    /// Text between tags (entities not yet decoded).
    Text(&'a str),
    /// A tag: its lower-case name (without `/`), whether it closes, and its source.
    Tag {
        name: String,
        closing: bool,
        source: &'a str,
    },
    /// A comment, a declaration or a processing instruction: never shown.
    Comment,
}

/// Splits HTML source into text, tags and comments.
pub(super) fn pieces(html: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Piece::Text(rest));
            break;
        };
        if lt > 0 {
            out.push(Piece::Text(&rest[..lt]));
        }
        let tail = &rest[lt..];
        let (piece, len) = if let Some(body) = tail.strip_prefix("<!--") {
            let end = body.find("-->").map_or(tail.len(), |e| 4 + e + 3);
            (Piece::Comment, end)
        } else if tail.starts_with("<!") || tail.starts_with("<?") {
            let end = tail.find('>').map_or(tail.len(), |e| e + 1);
            (Piece::Comment, end)
        } else {
            match tag_at(tail) {
                Some((name, closing, len)) => (
                    Piece::Tag {
                        name,
                        closing,
                        source: &tail[..len],
                    },
                    len,
                ),
                None => (Piece::Text(&tail[..1]), 1),
            }
        };
        out.push(piece);
        rest = &tail[len..];
    }
    out
}

/// The tag at the start of `s` (which starts with `<`): name, closing, byte length.
fn tag_at(s: &str) -> Option<(String, bool, usize)> {
    let body = &s[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let name_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // The tag ends at the first '>' outside quotes.
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some((body[..name_len].to_ascii_lowercase(), closing, i + 1)),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// The value of attribute `name` in a tag's source, entities decoded.
pub(super) fn attribute(source: &str, name: &str) -> Option<String> {
    let lower = source.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let before_ok = lower[..at].ends_with(|c: char| c.is_whitespace());
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_start = source.len() - after.len() + 1;
        let value = source[value_start..].trim_start();
        let raw = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .trim_end_matches('/'),
        };
        return Some(decode_entities(raw));
    }
    None
}

/// Decodes the character references HTML text holds, named ("&emsp;", "&hellip;") or
/// numbered ("&#20013;", "&#x6587;").
pub(super) fn decode_entities(text: &str) -> String {
    html_escape::decode_html_entities(text).into_owned()
}

/// Returns true if and only if `name` is a block-level tag: one that ends the paragraph
/// it stands in.
pub(super) fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "figcaption"
            | "figure"
            | "footer"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Applies one inline tag to `inlines`: `<br>` is a line break, `<img>` an image, `<sup>`,
/// `<sub>`, `<a href>` and the emphasis tags open and close frames (a closing tag only
/// closes the frame its opening tag opened). Every other tag is dropped.
pub(super) fn inline_tag(inlines: &mut Inlines, name: &str, closing: bool, source: &str) {
    let wrap = match name {
        "em" | "i" => Some(Wrap::Emphasis),
        "strong" | "b" => Some(Wrap::Strong),
        "del" | "s" | "strike" => Some(Wrap::Strikethrough),
        "sup" => Some(Wrap::Superscript),
        "sub" => Some(Wrap::Subscript),
        "a" => attribute(source, "href").map(Wrap::Link),
        _ => None,
    };
    match (name, closing) {
        ("br", _) => inlines.push(Inline::LineBreak),
        ("img", false) => {
            if let Some(url) = attribute(source, "src") {
                inlines.push(Inline::Image {
                    url,
                    alt: attribute(source, "alt").unwrap_or_default(),
                    title: attribute(source, "title").unwrap_or_default(),
                });
            }
        }
        ("a", true) => inlines.close_if(|w| matches!(w, Wrap::Link(_))),
        (_, true) => {
            let same = |w: &Wrap| {
                matches!(
                    (w, name),
                    (Wrap::Emphasis, "em" | "i")
                        | (Wrap::Strong, "strong" | "b")
                        | (Wrap::Strikethrough, "del" | "s" | "strike")
                        | (Wrap::Superscript, "sup")
                        | (Wrap::Subscript, "sub")
                )
            };
            inlines.close_if(same);
        }
        (_, false) => {
            if let Some(wrap) = wrap {
                inlines.open(wrap);
            }
        }
    }
}

/// Turns an HTML block into blocks of inline content: paragraphs, with comments
/// dropped, block tags ending paragraphs and white space collapsed as a browser would;
/// a `<pre>` element's text is a code block, as written.
pub(super) fn block_to_blocks(html: &str) -> Vec<(BlockKind, Vec<Inline>)> {
    let mut blocks = Vec::new();
    let mut current = Inlines::new();
    let mut pending_space = false;
    let mut after_break = false;
    let mut pre: Option<String> = None;
    let paragraph = || BlockKind::Paragraph { label: None };
    // The kind of the block being gathered: a paragraph, or the heading an `<hN>` opened.
    let mut kind = paragraph();
    let mut table: Option<super::html_table::TableReader> = None;
    for piece in pieces(html) {
        match piece {
            Piece::Comment => {}
            Piece::Text(text) => {
                let text = decode_entities(text);
                if let Some(code) = &mut pre {
                    code.push_str(&text);
                    continue;
                }
                for (i, word) in text.split(char::is_whitespace).enumerate() {
                    if i > 0 {
                        pending_space = true;
                    }
                    if word.is_empty() {
                        continue;
                    }
                    if pending_space && !current.is_empty() && !after_break {
                        current.text(" ");
                    }
                    pending_space = false;
                    after_break = false;
                    current.text(word);
                }
            }
            Piece::Tag {
                name,
                closing,
                source,
            } => {
                if pre.is_some() && !(name == "pre" && closing) {
                    continue;
                }
                if let Some(reader) = &mut table {
                    if reader.tag(&name, closing, &mut current) {
                        if let Some(done) = table.take().and_then(|t| t.finish()) {
                            blocks.push((BlockKind::Table(done), Vec::new()));
                        }
                    } else if !is_block_tag(&name) && !is_table_part(&name) {
                        inline_tag(&mut current, &name, closing, source);
                    } else if !current.is_empty() && !closing && is_block_tag(&name) {
                        // A paragraph inside a cell starts a line of the cell.
                        inline_tag(&mut current, "br", false, "<br>");
                        after_break = true;
                    }
                    continue;
                }
                if name == "table" && !closing {
                    let done = std::mem::replace(&mut current, Inlines::new()).finish();
                    let done_kind = std::mem::replace(&mut kind, paragraph());
                    if !done.is_empty() {
                        blocks.push((done_kind, done));
                    }
                    table = Some(Default::default());
                    continue;
                }
                if is_block_tag(&name) {
                    let done = std::mem::replace(&mut current, Inlines::new()).finish();
                    let level = heading_level(&name).filter(|_| !closing);
                    let next = level.map_or_else(paragraph, heading);
                    let done_kind = std::mem::replace(&mut kind, next);
                    if !done.is_empty() {
                        blocks.push((done_kind, done));
                    }
                    pending_space = false;
                    after_break = false;
                    if name == "pre" {
                        if closing {
                            let code = pre.take().unwrap_or_default();
                            let code = code.strip_prefix('\n').unwrap_or(&code);
                            let code = code.strip_suffix('\n').unwrap_or(code);
                            let kind = BlockKind::Code { language: None };
                            blocks.push((kind, vec![Inline::Text(code.to_string())]));
                        } else {
                            pre = Some(String::new());
                        }
                    }
                } else {
                    if pending_space && !current.is_empty() && name != "br" && !after_break {
                        current.text(" ");
                    }
                    pending_space = false;
                    // White space after a line break is not shown.
                    after_break = name == "br";
                    inline_tag(&mut current, &name, closing, source);
                }
            }
        }
    }
    if let Some(code) = pre {
        let kind = BlockKind::Code { language: None };
        blocks.push((
            kind,
            vec![Inline::Text(code.trim_matches('\n').to_string())],
        ));
    }
    if let Some(mut reader) = table {
        // A table left open at the block's end: what it holds so far.
        reader.tag("table", true, &mut current);
        if let Some(done) = reader.finish() {
            blocks.push((BlockKind::Table(done), Vec::new()));
        }
    }
    let done = current.finish();
    if !done.is_empty() {
        blocks.push((kind, done));
    }
    blocks
}

/// True for the tags that build a table's grid.
fn is_table_part(name: &str) -> bool {
    matches!(
        name,
        "table" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" | "caption" | "colgroup" | "col"
    )
}

/// The level of a heading tag (`h1` → 1 … `h6` → 6).
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', digit @ b'1'..=b'6'] => Some(digit - b'0'),
        _ => None,
    }
}

/// A heading block of `level`, as a Markdown `#` heading of that depth would be.
fn heading(level: u8) -> BlockKind {
    BlockKind::Heading(Heading {
        level,
        marker: String::new(),
        marker_kind: MarkerKind::None,
        run_in: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    #[test]
    fn comments_vanish_and_block_tags_split_paragraphs() {
        let html = "<!-- hidden -->\n<div align=\"center\">\n  <h1>bat</h1>\n  <p>A <b>cat</b> clone.</p>\n</div>\n";
        let para = || BlockKind::Paragraph { label: None };
        assert_eq!(
            block_to_blocks(html),
            vec![
                (heading(1), vec![text("bat")]),
                (
                    para(),
                    vec![
                        text("A "),
                        Inline::Strong(vec![text("cat")]),
                        text(" clone.")
                    ]
                ),
            ]
        );
        assert!(block_to_blocks("<!-- a\nmultiline comment -->\n").is_empty());
        assert_eq!(
            block_to_blocks("<pre>\n  a <b>\n</pre>\n"),
            vec![(BlockKind::Code { language: None }, vec![text("  a ")])]
        );
    }

    #[test]
    fn a_table_is_a_table_its_th_row_the_header() {
        let html = "<table><thead><tr><th>项目</th><th>内容</th></tr></thead>\
            <tr><td>第一条</td><td><p>为了规范管理，</p><p>制定本办法。</p></td></tr>\
            <tr><td>第二条</td><td>本办法适用于<b>本市</b>。</td></tr></table><p>正文。</p>";
        let blocks = block_to_blocks(html);
        let BlockKind::Table(table) = &blocks[0].0 else {
            panic!("{blocks:?}");
        };
        assert_eq!(
            (table.rows.len(), table.header_rows, table.alignments.len()),
            (3, 1, 2)
        );
        assert_eq!(
            table.rows[1][1],
            [
                text("为了规范管理，"),
                Inline::LineBreak,
                text("制定本办法。")
            ]
        );
        assert_eq!(
            blocks[1],
            (BlockKind::Paragraph { label: None }, vec![text("正文。")])
        );
    }

    #[test]
    fn img_br_sup_and_sub_are_kept() {
        let html = "<p><img src=\"logo.png\" alt=\"Logo &amp; name\" width=\"200\">H<sub>2</sub>O<br/>E=mc<sup>2</sup></p>";
        assert_eq!(
            block_to_blocks(html),
            vec![(
                BlockKind::Paragraph { label: None },
                vec![
                    Inline::Image {
                        url: "logo.png".into(),
                        alt: "Logo & name".into(),
                        title: String::new(),
                    },
                    text("H"),
                    Inline::Subscript(vec![text("2")]),
                    text("O"),
                    Inline::LineBreak,
                    text("E=mc"),
                    Inline::Superscript(vec![text("2")]),
                ]
            )]
        );
    }

    #[test]
    fn attributes_quoted_unquoted_and_absent() {
        assert_eq!(
            attribute("<img src=a.png alt='x y'>", "src").as_deref(),
            Some("a.png")
        );
        assert_eq!(
            attribute("<img src=a.png alt='x y'>", "alt").as_deref(),
            Some("x y")
        );
        assert_eq!(attribute("<img data-src=\"b\">", "src"), None);
        assert_eq!(
            decode_entities("&lt;&#20013;&#x6587;&gt; & co"),
            "<中文> & co"
        );
        assert_eq!(decode_entities("&emsp;&hellip;&mdash;"), "\u{2003}…—");
    }
}
