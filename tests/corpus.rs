//! Every document of ../shared/corpus through ingest, structure and the Markdown writer:
//! no error, nothing invented or dropped, and Markdown that re-parses to the same blocks.

use crate::util::{files_below, shared, squash};
use docpipe::export::markdown::write_markdown;
use docpipe::model::{Block, BlockKind, Document};
use docpipe::structure::{parse, InputFormat};
use docpipe::{read_document, ReadOptions};

fn corpus_files(test: &str) -> Vec<std::path::PathBuf> {
    match shared(test) {
        Some(dir) => files_below(&dir.join("corpus")),
        None => Vec::new(),
    }
}

fn format_of(path: &std::path::Path) -> InputFormat {
    InputFormat::from_path(path)
}

/// A block as Markdown sees it: its class and its text with whitespace runs folded.
/// Headings go by dense rank among the depths the document uses, a title counting as the
/// depth above every heading: Markdown writes a title as the top heading (`#`), so a
/// collection's article titles come back as level-1 headings and its 一、 as level 2.
fn markdown_shape(block: &Block, rank: &dyn Fn(u8) -> usize) -> (String, String) {
    let class = match &block.kind {
        BlockKind::Title => format!("heading{}", rank(0)),
        BlockKind::Heading(h) => format!("heading{}", rank(h.level).min(6)),
        BlockKind::ListItem(i) => format!("item{}{}", i.depth, i.ordered),
        BlockKind::Code { .. } => "code".to_string(),
        BlockKind::Table(_) => "table".to_string(),
        BlockKind::ThematicBreak => "rule".to_string(),
        _ => "paragraph".to_string(),
    };
    let text = block.plain_text();
    let folded = if matches!(block.kind, BlockKind::Code { .. }) {
        text
    } else if block.kind == BlockKind::ThematicBreak {
        // A rule's characters ("* * *" kept from plain text) are its markup.
        String::new()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    (format!("{class}/q{}", block.quote_depth), folded)
}

fn shapes(doc: &Document) -> Vec<(String, String)> {
    let mut depths: Vec<u8> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Title => Some(0),
            BlockKind::Heading(h) => Some(h.level),
            _ => None,
        })
        .collect();
    depths.sort_unstable();
    depths.dedup();
    let rank = |depth: u8| depths.partition_point(|&d| d < depth) + 1;
    doc.blocks
        .iter()
        .map(|b| markdown_shape(b, &rank))
        .collect()
}

#[test]
fn every_corpus_file_reads_with_its_text_intact() {
    let files = corpus_files("every_corpus_file_reads_with_its_text_intact");
    let mut checked = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let format = format_of(path);
        let options = ReadOptions {
            format: Some(format),
            ..ReadOptions::default()
        };
        let read =
            read_document(&bytes, &options).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if format == InputFormat::Plain {
            let decoded =
                docpipe::ingest::decode(&bytes, &docpipe::ingest::IngestOptions::default())
                    .unwrap();
            let recovered = docpipe::structure::recover_paragraphs(&decoded.text);
            let text: String = read.document.blocks.iter().map(Block::plain_text).collect();
            assert!(
                squash(&text) == squash(&recovered),
                "{}: the blocks' text differs from the normalised input",
                path.display()
            );
        }
        checked += 1;
    }
    if !files.is_empty() {
        assert!(checked > 70, "only {checked} corpus files");
    }
}

#[test]
fn markdown_of_every_corpus_file_reparses_to_the_same_blocks() {
    for path in corpus_files("markdown_of_every_corpus_file_reparses_to_the_same_blocks") {
        let bytes = std::fs::read(&path).unwrap();
        let options = ReadOptions {
            format: Some(format_of(&path)),
            ..ReadOptions::default()
        };
        let doc = read_document(&bytes, &options).unwrap().document;
        let markdown = write_markdown(&doc);
        let again = parse(&markdown, InputFormat::Markdown, None);
        let (want, got) = (shapes(&doc), shapes(&again));
        let first_diff = want.iter().zip(&got).position(|(a, b)| a != b);
        assert!(
            want.len() == got.len() && first_diff.is_none(),
            "{}: {} blocks became {}; first difference at {:?}: {:?} vs {:?}",
            path.display(),
            want.len(),
            got.len(),
            first_diff,
            first_diff.map(|i| &want[i]),
            first_diff.map(|i| &got[i]),
        );
    }
}
