//! Footnotes in the PDF: the notes are numbered 1, 2, … in the order they are first
//! marked and every mark takes its note's number (Markdown labels such as `[^long]` are names,
//! not what a reader should see). Blocks set each note aside and pagination puts it at
//! the foot of the page its mark lands on; a note nothing marks follows the text.

use std::collections::HashMap;

use crate::model::{Block, BlockKind, Inline};

/// `blocks` with footnote definitions moved to the end and labels replaced by numbers:
/// notes are numbered in the order the text first marks them (as Word and GitHub do),
/// then the ones nothing marks in the order they are defined.
pub(crate) fn gather_notes(blocks: &[Block]) -> Vec<Block> {
    let is_note = |b: &&Block| matches!(b.kind, BlockKind::FootnoteDefinition { .. });
    let defined: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::FootnoteDefinition { label } => Some(label.as_str()),
            _ => None,
        })
        .collect();
    if defined.is_empty() {
        return blocks.to_vec();
    }
    let mut order: Vec<String> = Vec::new();
    for block in blocks.iter().filter(|b| !is_note(b)) {
        marks(&block.content, &mut order);
        if let BlockKind::Table(table) = &block.kind {
            for cell in table.rows.iter().flatten() {
                marks(cell, &mut order);
            }
        }
    }
    order.retain(|label| defined.contains(&label.as_str()));
    for label in &defined {
        if !order.iter().any(|l| l == label) {
            order.push(label.to_string());
        }
    }
    let numbers: HashMap<String, usize> = order
        .iter()
        .enumerate()
        .map(|(i, label)| (label.clone(), i + 1))
        .collect();
    let mut notes: Vec<&Block> = blocks.iter().filter(is_note).collect();
    notes.sort_by_key(|b| match &b.kind {
        BlockKind::FootnoteDefinition { label } => numbers.get(label).copied(),
        _ => None,
    });
    let body = blocks.iter().filter(|b| !is_note(b));
    body.chain(notes)
        .map(|block| {
            let mut block = block.clone();
            if let BlockKind::FootnoteDefinition { label } = &mut block.kind {
                if let Some(n) = numbers.get(label.as_str()) {
                    *label = n.to_string();
                }
            }
            renumber(&mut block.content, &numbers);
            if let BlockKind::Table(table) = &mut block.kind {
                for cell in table.rows.iter_mut().flatten() {
                    renumber(cell, &numbers);
                }
            }
            block
        })
        .collect()
}

/// Appends the labels `inlines` marks, each once, in order.
fn marks(inlines: &[Inline], order: &mut Vec<String>) {
    for inline in inlines {
        match inline {
            Inline::FootnoteRef(label) => {
                if !order.contains(label) {
                    order.push(label.clone());
                }
            }
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Strikethrough(c)
            | Inline::Superscript(c)
            | Inline::Subscript(c) => marks(c, order),
            Inline::Link { content, .. } => marks(content, order),
            Inline::Text(_) | Inline::Code(_) | Inline::LineBreak | Inline::Image { .. } => {}
        }
    }
}

/// Replaces the labels of the footnote marks in `inlines` by their notes' numbers.
fn renumber(inlines: &mut [Inline], numbers: &HashMap<String, usize>) {
    for inline in inlines {
        match inline {
            Inline::FootnoteRef(label) => {
                if let Some(n) = numbers.get(label.as_str()) {
                    *label = n.to_string();
                }
            }
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Strikethrough(c)
            | Inline::Superscript(c)
            | Inline::Subscript(c) => renumber(c, numbers),
            Inline::Link { content, .. } => renumber(content, numbers),
            Inline::Text(_) | Inline::Code(_) | Inline::LineBreak | Inline::Image { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_go_last_and_marks_take_their_numbers() {
        let note = |label: &str, text: &str| {
            Block::text(
                BlockKind::FootnoteDefinition {
                    label: label.into(),
                },
                text,
            )
        };
        let mut para = Block::text(BlockKind::Paragraph { label: None }, "see");
        para.content
            .push(Inline::Strong(vec![Inline::FootnoteRef("b".into())]));
        para.content.push(Inline::FootnoteRef("a".into()));
        let out = gather_notes(&[note("a", "first"), para, note("b", "second")]);
        // "b" is marked first, so it is note 1 and comes first.
        assert_eq!(
            out[0].content[1],
            Inline::Strong(vec![Inline::FootnoteRef("1".into())])
        );
        assert_eq!(out[0].content[2], Inline::FootnoteRef("2".into()));
        assert_eq!(
            out[1].kind,
            BlockKind::FootnoteDefinition { label: "1".into() }
        );
        assert_eq!(out[1].plain_text(), "second");
        assert_eq!(out[2].plain_text(), "first");
    }
}
