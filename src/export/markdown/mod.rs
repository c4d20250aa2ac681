//! Markdown writer: the model → CommonMark that re-parses to exactly the model's text.
//!
//! One block, one Markdown block, separated by blank lines; one paragraph is one line
//! (CJK is never wrapped). The title is `#`, a heading of level n gets n+1 `#`s (6 at the
//! most), and a run-in heading becomes its own heading line followed by its paragraph.
//! Lists, quotes, code and tables from Markdown input stay what they were. All text is
//! escaped (see `escape`), so a plain source's `*` and `1.` stay literal; emphasis is
//! only written where the model has it.

mod escape;
mod inline;

use crate::model::{Alignment, Block, BlockKind, Document, Inline, Table};
use escape::protect_trailing_spaces;
use inline::inlines_to_markdown;

/// Rows of a table: cells of inline content.
type Rows = [Vec<Vec<Inline>>];

/// The Markdown text of `doc`.
pub fn write_markdown(doc: &Document) -> String {
    let mut out = String::new();
    // Width of the marker of the latest list item at each depth, to indent nested items.
    let mut list_widths: Vec<usize> = Vec::new();
    let mut previous: Option<&Block> = None;
    // Page furniture (running page numbers copied with the text) is never written.
    for block in doc.blocks.iter().filter(|b| b.kind != BlockKind::Artifact) {
        let body = block_to_markdown(block, &mut list_widths);
        if let Some(prev) = previous {
            out.push_str(&separator(prev, block));
        }
        out.push_str(&quoted(&body, block.quote_depth));
        out.push('\n');
        previous = Some(block);
    }
    out
}

/// What goes between two blocks: a blank line, quoted if both sit in the same quote (so
/// the quote is not split in two), nothing extra between items of one list.
fn separator(prev: &Block, next: &Block) -> String {
    let both_items = matches!(prev.kind, BlockKind::ListItem(_))
        && matches!(next.kind, BlockKind::ListItem(_))
        && prev.quote_depth == next.quote_depth;
    if both_items {
        return String::new();
    }
    let depth = prev.quote_depth.min(next.quote_depth);
    if depth == 0 {
        "\n".to_string()
    } else {
        format!("{}\n", ">".repeat(usize::from(depth)))
    }
}

/// Prefixes every line of `body` with `depth` quote markers.
fn quoted(body: &str, depth: u8) -> String {
    if depth == 0 {
        return body.to_string();
    }
    let prefix = "> ".repeat(usize::from(depth));
    body.split('\n')
        .map(|line| format!("{prefix}{line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One block as Markdown, without its quote prefix or trailing newline.
fn block_to_markdown(block: &Block, list_widths: &mut Vec<usize>) -> String {
    if !matches!(block.kind, BlockKind::ListItem(_)) {
        list_widths.clear();
    }
    match &block.kind {
        BlockKind::Title => heading_line(1, &block.content),
        BlockKind::Heading(h) => heading_line(usize::from(h.level) + 1, &block.content),
        BlockKind::ListItem(item) => {
            let depth = usize::from(item.depth);
            list_widths.truncate(depth);
            while list_widths.len() < depth {
                list_widths.push(2);
            }
            let indent = " ".repeat(list_widths.iter().sum());
            let mut marker = if item.ordered {
                format!("{}. ", item.number)
            } else {
                "- ".to_string()
            };
            list_widths.push(marker.len());
            if let Some(done) = item.task {
                marker.push_str(if done { "[x] " } else { "[ ] " });
            }
            let text = inlines_to_markdown(&block.content, false);
            // Continuation lines (after hard breaks) belong to the item: indent them too.
            let continuation = format!("\n{indent}{}", " ".repeat(list_widths[depth]));
            format!("{indent}{marker}{}", text.replace('\n', &continuation))
        }
        BlockKind::Code { language } => code_block(block, language.as_deref()),
        BlockKind::Table(table) => table_to_markdown(table),
        // A plain-text scene break ("* * *") is written as it stands: it is a rule.
        BlockKind::ThematicBreak => {
            let text = block.plain_text();
            let rule = text.lines().next().unwrap_or("").trim();
            let marks: Vec<char> = rule.chars().filter(|c| !c.is_whitespace()).collect();
            let is_rule = marks.len() >= 3
                && matches!(marks[0], '*' | '-' | '_')
                && marks.iter().all(|&c| c == marks[0]);
            if is_rule && !text.contains('\n') {
                rule.to_string()
            } else {
                "---".to_string()
            }
        }
        // A speaker's name in bold, a stage direction in italics; each verse line and
        // each front-matter paragraph its own paragraph.
        BlockKind::SpeakerLabel => {
            inlines_to_markdown(&[Inline::Strong(block.content.clone())], true)
        }
        BlockKind::StageDirection => {
            inlines_to_markdown(&[Inline::Emphasis(block.content.clone())], true)
        }
        BlockKind::Masthead
        | BlockKind::DocumentNumber
        | BlockKind::CopyNumber
        | BlockKind::Secrecy
        | BlockKind::Urgency
        | BlockKind::Signer
        | BlockKind::Subtitle
        | BlockKind::Speaker
        | BlockKind::Dateline
        | BlockKind::Caption
        | BlockKind::Note
        | BlockKind::CopyTo
        | BlockKind::Imprint
        | BlockKind::Artifact
        | BlockKind::Salutation
        | BlockKind::Paragraph { .. }
        | BlockKind::Quote
        | BlockKind::Signature
        | BlockKind::Date
        | BlockKind::Attachment
        | BlockKind::Verse
        | BlockKind::FrontMatter => {
            protect_trailing_spaces(inlines_to_markdown(&block.content, true))
        }
    }
}

fn heading_line(level: usize, content: &[Inline]) -> String {
    let hashes = "#".repeat(level.clamp(1, 6));
    let text = protect_trailing_spaces(inlines_to_markdown(content, false).replace('\n', " "));
    if text.is_empty() {
        hashes
    } else {
        format!("{hashes} {text}")
    }
}

/// A fenced code block with a fence longer than any backtick run inside.
fn code_block(block: &Block, language: Option<&str>) -> String {
    let code = block.plain_text();
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let info = language.unwrap_or("").replace(['`', '\n'], "");
    format!("{fence}{info}\n{code}\n{fence}")
}

fn table_to_markdown(table: &Table) -> String {
    let columns = table
        .rows
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .max(table.alignments.len())
        .max(1);
    let row_line = |cells: &[Vec<Inline>]| {
        let mut line = String::from("|");
        for c in 0..columns {
            let cell = cells
                .get(c)
                .map(|cell| inlines_to_markdown(cell, false).replace('\n', " "))
                .unwrap_or_default();
            line.push(' ');
            line.push_str(&cell);
            line.push_str(" |");
        }
        line
    };
    let mut lines = Vec::with_capacity(table.rows.len() + 2);
    let (header, body): (&Rows, &Rows) = if table.header_rows > 0 && !table.rows.is_empty() {
        (&table.rows[..1], &table.rows[1..])
    } else {
        (&[], &table.rows[..])
    };
    lines.push(row_line(header.first().map(Vec::as_slice).unwrap_or(&[])));
    let mut rule = String::from("|");
    for c in 0..columns {
        rule.push_str(match table.alignments.get(c).copied().unwrap_or_default() {
            Alignment::None => " --- |",
            Alignment::Left => " :-- |",
            Alignment::Center => " :-: |",
            Alignment::Right => " --: |",
        });
    }
    lines.push(rule);
    for row in body {
        lines.push(row_line(row));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Heading, ListItem, MarkerKind};

    fn para(text: &str) -> Block {
        Block::text(BlockKind::Paragraph { label: None }, text)
    }

    #[test]
    fn a_play_and_a_scene_break_read_back_as_written() {
        let doc = Document {
            blocks: vec![
                Block::text(BlockKind::StageDirection, "Enter Ghost"),
                Block::text(BlockKind::SpeakerLabel, "HORATIO."),
                Block::text(BlockKind::Verse, "Stay! speak, speak!"),
                Block::text(BlockKind::ThematicBreak, "* * *"),
                Block::text(BlockKind::ThematicBreak, "*  *  *\n*  *  *"),
            ],
            ..Document::default()
        };
        let md = write_markdown(&doc);
        assert_eq!(
            md,
            "*Enter Ghost*\n\n**HORATIO.**\n\nStay\\! speak, speak\\!\n\n* * *\n\n---\n"
        );
        let again = crate::structure::parse(&md, crate::structure::InputFormat::Markdown, None);
        let texts: Vec<String> = again.blocks.iter().map(Block::plain_text).collect();
        assert_eq!(
            texts[..3],
            ["Enter Ghost", "HORATIO.", "Stay! speak, speak!"]
        );
        assert_eq!(again.blocks[3].kind, BlockKind::ThematicBreak);
    }

    #[test]
    fn run_in_heading_becomes_heading_then_paragraph() {
        let doc = Document {
            blocks: vec![
                Block::text(BlockKind::Salutation, "*书记，各位代表、同志们："),
                Block::text(
                    BlockKind::Heading(Heading {
                        level: 1,
                        marker: "一、".into(),
                        marker_kind: MarkerKind::ChineseNumeral,
                        run_in: true,
                    }),
                    "一、牢牢把握工会工作正确方向。",
                ),
                para("要紧紧围绕“**”这条主线。"),
            ],
            ..Document::default()
        };
        assert_eq!(
            write_markdown(&doc),
            "\\*书记，各位代表、同志们：\n\n## 一、牢牢把握工会工作正确方向。\n\n要紧紧围绕“\\*\\*”这条主线。\n"
        );
    }

    #[test]
    fn nested_lists_indent_under_their_parent_marker() {
        let item = |depth, ordered, number, text: &str| {
            Block::text(
                BlockKind::ListItem(ListItem {
                    ordered,
                    number,
                    depth,
                    task: None,
                }),
                text,
            )
        };
        let doc = Document {
            blocks: vec![
                item(0, true, 10, "十"),
                item(1, false, 0, "子项"),
                item(0, true, 11, "十一"),
            ],
            ..Document::default()
        };
        assert_eq!(write_markdown(&doc), "10. 十\n    - 子项\n11. 十一\n");
    }

    #[test]
    fn quotes_stay_one_quote() {
        let mut a = para("甲");
        a.quote_depth = 1;
        let mut b = para("乙");
        b.quote_depth = 1;
        let doc = Document {
            blocks: vec![a, b],
            ..Document::default()
        };
        assert_eq!(write_markdown(&doc), "> 甲\n>\n> 乙\n");
    }

    #[test]
    fn code_fences_outgrow_the_code() {
        let code = Block::text(
            BlockKind::Code {
                language: Some("rust".into()),
            },
            "let s = \"```\";",
        );
        let doc = Document {
            blocks: vec![code],
            ..Document::default()
        };
        assert_eq!(write_markdown(&doc), "````rust\nlet s = \"```\";\n````\n");
    }
}
