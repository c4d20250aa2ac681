//! Whole-document tests of the plain profile (letter closings, word-space justification,
//! page numbers), missing glyphs and Markdown blocks, and a property test over every
//! block kind.

use super::blocks_tests::{gongwen, para};
use super::*;
use crate::fonts::test_book;
use crate::layout::dump::{text_lines, TextLine};
use crate::model::{Block, BlockKind, Heading, Inline, MarkerKind, StyleKind};

#[test]
fn a_letter_closing_on_a_plain_page_is_flush_left() {
    let style = Style::builtin(StyleKind::Plain);
    let doc = Document {
        blocks: vec![
            para("We expect continued growth."),
            Block::text(BlockKind::Signature, "Sincerely,"),
            Block::text(BlockKind::Signature, "Jane Doe"),
            Block::text(BlockKind::Date, "March 1, 2026"),
        ],
        style: StyleKind::Plain,
        ..Document::default()
    };
    let laid = layout_document(&doc, &style, test_book()).unwrap();
    let lines = text_lines(&laid.pages[0], test_book());
    for text in ["Sincerely,", "JaneDoe", "March1,2026"] {
        let line = lines
            .iter()
            .find(|l| l.text() == text)
            .unwrap_or_else(|| panic!("no line {text}:\n{}", dump::dump(&laid, test_book())));
        assert!(
            (line.glyphs[0].x0 - style.margin_left.0).abs() < 0.5,
            "{text}"
        );
    }
}

#[test]
fn plain_pages_justify_with_word_spaces_and_centre_page_numbers() {
    let style = Style::builtin(StyleKind::Plain);
    let text = "The quick brown fox jumps over the lazy dog, and then it runs away into the \
                forest where nobody can find it again for a very long time indeed. "
        .repeat(3);
    let doc = Document {
        blocks: vec![
            para(&text),
            para("Supercalifragilisticexpialidocious".repeat(4).as_str()),
        ],
        style: StyleKind::Plain,
        ..Document::default()
    };
    let laid = layout_document(&doc, &style, test_book()).unwrap();
    let right = style.margin_left.0 + style.type_area_width().0;
    let lines = text_lines(&laid.pages[0], test_book());
    // Full lines of the first paragraph end at the right edge; letters keep their spacing.
    let full: Vec<&TextLine> = lines.iter().take(2).collect();
    for line in &full {
        assert!(
            (line.glyphs.last().unwrap().x1 - right).abs() < 0.5,
            "{}",
            line.text()
        );
    }
    // The long word is broken, never passing the edge.
    for line in &lines {
        assert!(
            line.glyphs.last().unwrap().x1 <= right + 0.01,
            "{}",
            line.text()
        );
    }
    let number = lines.last().unwrap();
    assert_eq!(number.text(), "1");
    let centre = style.margin_left.0 + style.type_area_width().0 / 2.0;
    let (first, last) = (number.glyphs[0], number.glyphs[number.glyphs.len() - 1]);
    assert!(((first.x0 + last.x1) / 2.0 - centre).abs() < 0.5);
}

#[test]
fn a_character_no_font_has_is_reported_once_and_keeps_a_cell_of_its_own() {
    let (_, laid) = gongwen(vec![para("甲\u{10FFFD}乙\u{10FFFD}丙")]);
    assert_eq!(laid.missing_glyphs, vec!['\u{10FFFD}']);
    // Still in the text (the PDF writer draws it as a box), one grid cell wide.
    let line = &dump::text_lines(&laid.pages[0], test_book())[0];
    assert_eq!(line.text(), "甲\u{10FFFD}乙\u{10FFFD}丙");
    let x: Vec<f64> = line.glyphs.iter().map(|g| g.x0).collect();
    let cell = x[1] - x[0];
    assert!(
        x.windows(2).all(|w| (w[1] - w[0] - cell).abs() < 1e-6),
        "{x:?}"
    );
}

#[test]
fn markdown_blocks_lay_out_within_the_type_area() {
    use crate::model::{Alignment, Inline, ListItem, Table};
    let cell = |t: &str| vec![Inline::Text(t.into())];
    let blocks = vec![
        Block {
            kind: BlockKind::ListItem(ListItem {
                ordered: true,
                number: 1,
                depth: 0,
                task: None,
            }),
            content: vec![
                Inline::Text("first ".into()),
                Inline::Strong(vec![Inline::Text("bold".into())]),
                Inline::Link {
                    url: "https://example.com".into(),
                    content: cell(" link"),
                },
            ],
            quote_depth: 0,
            in_toc: false,
        },
        Block::text(
            BlockKind::Code { language: None },
            format!("fn main() {{\n\tlet x = 1;\n{}\n}}", "y".repeat(200)),
        ),
        Block::text(BlockKind::ThematicBreak, ""),
        Block {
            kind: BlockKind::Table(Table {
                alignments: vec![Alignment::Left, Alignment::Right],
                header_rows: 1,
                rows: vec![
                    vec![cell("Name"), cell("Value")],
                    vec![cell("alpha"), cell(&"long cell text ".repeat(20))],
                ],
            }),
            content: Vec::new(),
            quote_depth: 1,
            in_toc: false,
        },
    ];
    let style = Style::builtin(StyleKind::Plain);
    let doc = Document {
        blocks,
        style: StyleKind::Plain,
        ..Document::default()
    };
    let laid = layout_document(&doc, &style, test_book()).unwrap();
    let dump = dump::dump(&laid, test_book());
    let right = style.margin_left.0 + style.type_area_width().0;
    for page in &laid.pages {
        for line in text_lines(page, test_book()) {
            assert!(
                line.glyphs.last().unwrap().x1 <= right + 0.01,
                "{}",
                line.text()
            );
        }
    }
    assert!(dump.contains("|1.firstboldlink|"), "{dump}");
    assert!(
        dump.contains("link ") && dump.contains("https://example.com"),
        "{dump}"
    );
    assert!(dump.contains("|letx=1;|"), "{dump}");
    assert!(dump.matches(" rule ").count() >= 8, "{dump}");
}

/// Prints the first pages of `$DOCPIPE_LAYOUT_SOURCE` (paragraphs separated by blank
/// lines) in the plain profile, and writes `$DOCPIPE_LAYOUT_PDF` if set.
#[test]
#[ignore = "manual inspection"]
fn print_plain_corpus() {
    let Ok(path) = std::env::var("DOCPIPE_LAYOUT_SOURCE") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let blocks: Vec<Block> = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| para(&p))
        .collect();
    let doc = Document {
        blocks,
        style: StyleKind::Plain,
        ..Document::default()
    };
    let style = Style::builtin(StyleKind::Plain);
    let laid = layout_document(&doc, &style, test_book()).unwrap();
    let dump = dump::dump(&laid, test_book());
    for line in dump.lines().filter(|l| l.starts_with("p2 ")) {
        println!("{line}");
    }
    if let Ok(out) = std::env::var("DOCPIPE_LAYOUT_PDF") {
        let options = crate::export::ExportOptions::new("plain.txt", style);
        let pdf = crate::export::pdf::write_pdf(&doc, &options, test_book()).unwrap();
        std::fs::write(out, pdf.bytes).unwrap();
    }
}

#[test]
fn arbitrary_text_in_every_block_kind_never_panics() {
    use crate::model::{ListItem, Table};
    let pool: Vec<char> = "中文，。“”（）——……ab 12\t\n\r\u{0}\u{7}\u{200B}\u{FEFF}\u{3000}\u{0301}\u{05D0}😀\u{10FFFD}\u{E000}"
        .chars()
        .collect();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..60 {
        let mut blocks = Vec::new();
        for k in 0..8 {
            let len = (next() % 80) as usize;
            let text: String = (0..len)
                .map(|_| pool[(next() % pool.len() as u64) as usize])
                .collect();
            let kind = match (round + k) % 9 {
                0 => BlockKind::Title,
                1 => BlockKind::Code { language: None },
                2 => BlockKind::ListItem(ListItem {
                    ordered: true,
                    number: u64::MAX,
                    depth: 200,
                    task: Some(true),
                }),
                3 => BlockKind::Table(Table {
                    alignments: Vec::new(),
                    header_rows: 3,
                    rows: vec![vec![vec![Inline::Text(text.clone())]; 9], Vec::new()],
                }),
                4 => BlockKind::Signature,
                5 => BlockKind::Date,
                6 => BlockKind::Attachment,
                7 => BlockKind::Heading(Heading {
                    level: 255,
                    marker: String::new(),
                    marker_kind: MarkerKind::None,
                    run_in: true,
                }),
                _ => BlockKind::Paragraph {
                    label: Some(crate::model::Label::article("第一条")),
                },
            };
            let mut block = Block::text(kind, text);
            block.quote_depth = (next() % 40) as u8;
            blocks.push(block);
        }
        for kind in [StyleKind::Gongwen, StyleKind::Plain] {
            let doc = Document {
                blocks: blocks.clone(),
                style: kind,
                ..Document::default()
            };
            let laid = layout_document(&doc, &Style::builtin(kind), test_book()).unwrap();
            assert!(!laid.pages.is_empty());
        }
    }
}
