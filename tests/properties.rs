//! Property tests over generated text: the invariants that must hold for any input.
//! - ingest + structure: the blocks' text is the normalised input (nothing invented or lost);
//! - Markdown: what we write re-parses to blocks with the same text;
//! - layout: no glyph passes the right edge of the type area, and no line breaks the
//!   Chinese line-breaking rules.

use docpipe::export::markdown::write_markdown;
use docpipe::layout::dump::text_lines;
use docpipe::layout::layout_document;
use docpipe::model::{Block, BlockKind, Document, StyleKind};
use docpipe::structure::{parse, InputFormat};
use docpipe::style::Style;
use proptest::prelude::*;

const ALPHABET: &str = "中文字符测试一二三四五六七八九十第章节条附件同志们各位代表\
    abcXYZ0123456789 ，。、；：？！）》」』〕】”’…—·（《「『〔【“‘*#-_.|>[]()`~\n\n\u{3000}";

fn text() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ALPHABET.chars().collect();
    proptest::collection::vec(proptest::sample::select(chars), 0..300)
        .prop_map(|v| v.into_iter().collect())
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 96,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn blocks_hold_exactly_the_normalised_text(input in text()) {
        let options = docpipe::ingest::IngestOptions::default();
        let decoded = docpipe::ingest::decode(input.as_bytes(), &options).unwrap();
        let doc = parse(&decoded.text, InputFormat::Plain, None);
        let blocks: String = doc.blocks.iter().map(Block::plain_text).collect();
        let recovered = docpipe::structure::recover_paragraphs(&decoded.text);
        prop_assert_eq!(squash(&blocks), squash(&recovered));
    }

    #[test]
    fn markdown_reparses_to_the_same_text(input in text()) {
        for format in [InputFormat::Plain, InputFormat::Markdown] {
            let doc = parse(&input, format, None);
            let again = parse(&write_markdown(&doc), InputFormat::Markdown, None);
            let texts = |d: &Document| -> Vec<String> {
                d.blocks.iter().map(|b| b.plain_text().split_whitespace().collect::<Vec<_>>().join(" ")).collect()
            };
            prop_assert_eq!(texts(&doc), texts(&again));
        }
    }

    #[test]
    fn lines_stay_inside_the_type_area_and_keep_the_chinese_rules(input in text()) {
        let paragraph = input.replace(['\n', '\u{3000}'], "");
        prop_assume!(!paragraph.trim().is_empty());
        let doc = Document {
            blocks: vec![Block::text(BlockKind::Paragraph { label: None }, paragraph.trim())],
            style: StyleKind::Gongwen,
            ..Document::default()
        };
        let style = Style::builtin(StyleKind::Gongwen);
        let right = (style.paper_width - style.margin_right).0;
        let laid = layout_document(&doc, &style, crate::util::fonts()).unwrap();
        let bottom = (style.paper_height - style.margin_bottom).0;
        let lines: Vec<_> = laid
            .pages
            .iter()
            .flat_map(|page| text_lines(page, crate::util::fonts()))
            .filter(|line| line.y <= bottom) // not the page numbers
            .collect();
        for (i, line) in lines.iter().enumerate() {
                let (first, last_line) = (i == 0, i + 1 == lines.len());
                let text = line.text();
                let last = line.glyphs.last().unwrap();
                // A closing mark at the end of a line may be set half width.
                let end = if "，。、；：？！）》」』〕】”’".contains(last.ch) {
                    last.x0 + (last.x1 - last.x0) / 2.0
                } else {
                    last.x1
                };
                prop_assert!(end <= right + 0.05, "line {text:?} ends at {end} > {right}");
                let head = text.chars().next().unwrap();
                prop_assert!(first || !"，。、；：？！）》」』〕】”’…·".contains(head),
                    "line starts with {head}: {text:?}");
                let tail = text.chars().last().unwrap();
                prop_assert!(last_line || !"（《「『〔【“‘".contains(tail),
                    "line ends with {tail}: {text:?}");
        }
    }
}
