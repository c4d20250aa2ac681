//! Paragraphs set as indented lines with hard or soft breaks.
//!
//! Chinese texts converted to Markdown often keep the print convention of the source:
//! every paragraph is one line opening with two ideographic spaces ("　　"), with no
//! blank line between them, each line ending in two spaces (a hard break) or in nothing
//! (a soft break). CommonMark reads that as one paragraph; a reader sees one paragraph a
//! line, as in plain text, where a run of ideographic spaces opens a paragraph whatever
//! precedes it. So a soft break into such an indent is read as a hard break (by
//! `inlines`), a paragraph is split at each hard break followed by an indent, the indent
//! (the writer's first-line indent's job) is dropped, and a piece holding nothing is no
//! block. A first-line indent a converter left as text at any paragraph's start (em or
//! ideographic spaces) is dropped too.

use crate::model::{Block, BlockKind, Inline};

/// The indent that opens a paragraph: two ideographic spaces or more.
const INDENT: &str = "\u{3000}\u{3000}";

/// Splits every plain paragraph of `blocks` whose hard breaks lead into indented lines.
pub(super) fn split_indented_lines(blocks: &mut Vec<Block>) {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        if matches!(block.kind, BlockKind::Paragraph { label: None }) && breaks_into_indent(&block)
        {
            out.extend(split(block));
        } else {
            out.push(block);
        }
    }
    *blocks = out;
}

/// White space a converter keeps at a paragraph's start as its first-line indent:
/// ideographic, em and en spaces, no-break spaces ("  **一、2024年工作回顾**" from Word).
const INDENT_SPACES: [char; 4] = ['\u{3000}', '\u{2003}', '\u{2002}', '\u{a0}'];

/// Drops the first-line indent a converter left as text at the start of every paragraph:
/// the writers indent paragraphs themselves, and a heading's number or a bold line is
/// read from its first character.
pub(super) fn drop_first_line_indents(blocks: &mut [Block]) {
    for block in blocks {
        if !matches!(block.kind, BlockKind::Paragraph { .. }) {
            continue;
        }
        let more = block.content.len() > 1;
        if let Some(Inline::Text(first)) = block.content.first_mut() {
            let trimmed = first.trim_start_matches(INDENT_SPACES);
            // (A paragraph of nothing but spaces is left as it is.)
            if trimmed.len() < first.len() && (more || !trimmed.is_empty()) {
                *first = trimmed.to_string();
                if first.is_empty() {
                    block.content.remove(0);
                }
            }
        }
    }
}

/// True if and only if `text` opens with a paragraph's indent (spaces or tabs before it
/// aside).
pub(super) fn opens_with_indent(text: &str) -> bool {
    text.trim_start_matches([' ', '\t']).starts_with(INDENT)
}

/// True if `inline`, followed by `next`, is a hard break leading into an indent.
fn breaks_into_indent_at(inline: &Inline, next: Option<&Inline>) -> bool {
    matches!(inline, Inline::LineBreak)
        && matches!(next, Some(Inline::Text(t)) if opens_with_indent(t))
}

/// True if a top-level hard break in `block` is followed by an indent.
fn breaks_into_indent(block: &Block) -> bool {
    block
        .content
        .windows(2)
        .any(|pair| breaks_into_indent_at(&pair[0], Some(&pair[1])))
}

/// The pieces of `block` between its hard breaks that lead into an indent.
fn split(block: Block) -> Vec<Block> {
    let mut pieces: Vec<Vec<Inline>> = vec![Vec::new()];
    let mut content = block.content.into_iter().peekable();
    while let Some(inline) = content.next() {
        if breaks_into_indent_at(&inline, content.peek()) {
            pieces.push(Vec::new());
        } else if let Some(last) = pieces.last_mut() {
            last.push(inline);
        }
    }
    pieces
        .into_iter()
        .filter_map(|mut inlines| {
            trim_edges(&mut inlines);
            (!super::shows_nothing(&inlines)).then(|| Block {
                kind: block.kind.clone(),
                content: inlines,
                quote_depth: block.quote_depth,
                in_toc: block.in_toc,
            })
        })
        .collect()
}

/// Drops the indent and white space opening a piece and the white space ending it.
fn trim_edges(inlines: &mut Vec<Inline>) {
    if let Some(Inline::Text(first)) = inlines.first_mut() {
        *first = first
            .trim_start_matches([' ', '\t', '\u{3000}'])
            .to_string();
    }
    while matches!(inlines.last(), Some(Inline::LineBreak)) {
        inlines.pop();
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        *last = last.trim_end_matches([' ', '\t', '\u{3000}']).to_string();
    }
    inlines.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
}

#[cfg(test)]
mod tests {
    use crate::structure::markdown::parse_markdown;

    fn paragraphs(markdown: &str) -> Vec<String> {
        parse_markdown(markdown)
            .blocks
            .iter()
            .map(|b| format!("{}:{}", b.kind.name(), b.plain_text()))
            .collect()
    }

    #[test]
    fn indented_lines_with_hard_breaks_are_paragraphs() {
        let md = "　　第一段正文。  \n　　第二段正文。  \n　　  \n　　第三段，\n接着写。  \n";
        assert_eq!(
            paragraphs(md),
            [
                "paragraph:第一段正文。",
                "paragraph:第二段正文。",
                "paragraph:第三段，接着写。"
            ]
        );
    }

    #[test]
    fn indented_lines_with_soft_breaks_are_paragraphs_too() {
        let md = "　　第一段正文。\n　　第二段，\n接着写。\n　　注　　释\n　　〔1〕注文。\n";
        assert_eq!(
            paragraphs(md),
            [
                "paragraph:第一段正文。",
                "paragraph:第二段，接着写。",
                "paragraph:注　　释",
                "paragraph:〔1〕注文。"
            ]
        );
    }

    #[test]
    fn a_hard_break_without_an_indent_stays_a_break() {
        let md = "第一行  \n第二行\n";
        let blocks = parse_markdown(md).blocks;
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].plain_text(), "第一行\n第二行");
    }

    #[test]
    fn a_converters_em_space_indent_goes_and_the_bold_heading_shows() {
        let md = "# 标题\n\n\u{2003}\u{2003}**一、总体要求**\n\n\u{2003}\u{2003}正文。\n";
        let blocks = parse_markdown(md).blocks;
        assert_eq!(blocks[1].heading().map(|h| h.level), Some(1));
        assert_eq!(blocks[2].plain_text(), "正文。");
    }
}
