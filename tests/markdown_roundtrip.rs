//! Markdown out is lossless for what the model holds: every Markdown file of
//! ../shared/corpus/md and the samples, read, written as Markdown and read again, gives
//! the same blocks and metadata, and writing that again changes nothing.

use crate::util::{files_below, root, shared};
use docpipe::export::markdown::write_markdown;
use docpipe::structure::{parse, InputFormat};
use std::path::PathBuf;

/// The Markdown files to check: the shared corpus's (when ../shared is there) and ours.
fn markdown_files(test: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match shared(test) {
        Some(dir) => files_below(&dir.join("corpus").join("md")),
        None => Vec::new(),
    };
    files.retain(|p| p.extension().is_some_and(|e| e == "md"));
    files.push(root().join("samples/guide.md"));
    files.push(root().join("tests/fixtures/markdown/everything.md"));
    files
}

#[test]
fn markdown_round_trip_gives_the_same_model_and_a_fixed_point() {
    for path in markdown_files("markdown_round_trip_gives_the_same_model_and_a_fixed_point") {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = parse(&text, InputFormat::Markdown, None);
        let written = write_markdown(&doc);
        let again = parse(&written, InputFormat::Markdown, None);
        assert_eq!(again.metadata, doc.metadata, "{}: metadata", path.display());
        let first_diff = doc
            .blocks
            .iter()
            .zip(&again.blocks)
            .position(|(a, b)| a != b);
        assert!(
            doc.blocks.len() == again.blocks.len() && first_diff.is_none(),
            "{}: {} blocks became {}; first difference at {:?}:\n{:?}\nvs\n{:?}",
            path.display(),
            doc.blocks.len(),
            again.blocks.len(),
            first_diff,
            first_diff.map(|i| &doc.blocks[i]),
            first_diff.map(|i| &again.blocks[i]),
        );
        assert_eq!(
            write_markdown(&again),
            written,
            "{}: writing twice is not a fixed point",
            path.display()
        );
    }
}
