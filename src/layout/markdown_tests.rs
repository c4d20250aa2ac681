//! Layout of what Markdown brings: figures (a paragraph of images), footnote marks and
//! notes, superscript and subscript, and the metadata title.

use super::*;
use crate::fonts::test_book;
use crate::layout::frame::FrameItem;
use crate::model::{Block, BlockKind, Inline, Metadata, StyleKind};

fn plain(blocks: Vec<Block>) -> LaidOut {
    let style = Style::builtin(StyleKind::Plain);
    let doc = Document {
        blocks,
        style: StyleKind::Plain,
        metadata: Metadata {
            title: Some("From front matter".into()),
            ..Metadata::default()
        },
        ..Document::default()
    };
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/markdown");
    layout_document_in(&doc, &style, test_book(), &dir).unwrap()
}

fn runs(laid: &LaidOut) -> Vec<(String, f64, f64)> {
    laid.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            FrameItem::Text(run) => Some((
                run.glyphs.iter().map(|g| g.ch).collect(),
                run.y.0,
                run.size.0,
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn a_paragraph_of_images_is_a_figure_and_a_missing_image_its_alt_text() {
    let image = |url: &str, alt: &str| Inline::Image {
        url: url.into(),
        alt: alt.into(),
        title: String::new(),
    };
    let figure = Block {
        kind: BlockKind::Paragraph { label: None },
        content: vec![image("box.png", "box"), image("gone.png", "gone")],
        quote_depth: 0,
        in_toc: false,
    };
    let laid = plain(vec![figure]);
    let images: Vec<_> = laid
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            FrameItem::Image { rect, image } => Some((rect.2 .0 - rect.0 .0, image.width)),
            _ => None,
        })
        .collect();
    assert_eq!(images.len(), 1);
    assert!(
        (images[0].0 - 30.0).abs() < 1e-6,
        "40 px at 96 dpi is 30 pt"
    );
    assert!(runs(&laid).iter().any(|(text, ..)| text == "gone"));
    assert!(laid.warnings.iter().any(|w| w.contains("gone.png")));
    // The metadata's title stands in for a missing title block.
    assert!(runs(&laid)
        .iter()
        .any(|(text, ..)| text == "From front matter"));
}

#[test]
fn marks_and_scripts_are_raised_and_smaller_and_notes_come_last_numbered() {
    let mut para = Block::text(BlockKind::Paragraph { label: None }, "x");
    para.content
        .push(Inline::Superscript(vec![Inline::Text("2".into())]));
    para.content.push(Inline::Text(" y".into()));
    para.content.push(Inline::FootnoteRef("note".into()));
    let note = Block::text(
        BlockKind::FootnoteDefinition {
            label: "note".into(),
        },
        "The note.",
    );
    let laid = plain(vec![note, para]);
    let runs = runs(&laid);
    let x = runs
        .iter()
        .find(|(t, ..)| t.ends_with('x'))
        .unwrap_or_else(|| panic!("{runs:?}"));
    let sup = runs
        .iter()
        .find(|(t, ..)| t == "2")
        .unwrap_or_else(|| panic!("{runs:?}"));
    assert!(sup.1 < x.1 && sup.2 < x.2, "{runs:?}");
    // The note comes after the text, and its mark is the number 1, not the label.
    let note = runs.iter().find(|(t, ..)| t.contains("The note.")).unwrap();
    assert!(note.1 > x.1, "{runs:?}");
    // (the mark in the text and the note's number; the plain page number "1" is set
    // at the page number's size)
    let page_number = laid.pages.len();
    let number_size = Style::builtin(StyleKind::Plain).sizes.page_number.0;
    assert_eq!(
        runs.iter()
            .filter(|(t, _, size)| t == "1" && (size - number_size).abs() > 1e-9)
            .count()
            + page_number,
        3,
        "{runs:?}"
    );
    assert!(!runs.iter().any(|(t, ..)| t == "note"));
}
