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

/// Pieces of Markdown that exercise what the writer must keep apart or together.
const PIECES: &[&str] = &[
    "# Title",
    "## Section",
    "###### Six",
    "Plain *em* **strong** `code` text.",
    "Text with a note[^a].",
    "[^a]: The note.",
    "[^b]: Two paragraphs.\n\n    Second one.",
    "![alt *x*](img/a.png \"t\")",
    "<!-- comment -->",
    "<div>\n<b>html</b> block<br>next\n</div>",
    "<pre>\n  pre  text\n</pre>",
    "- a\n- b\n  - c",
    "1. one\n2. two",
    "3) three",
    "- [x] done\n- [ ] open",
    "- item\n\n  its second paragraph",
    "- ```\n  code in item\n  ```",
    "> quoted\n>\n> - list in quote",
    "> [!TIP]\n> A tip.",
    "Term\n: Definition.",
    "| a | b |\n|:-|-:|\n| 1 | ![i](i.png) |",
    "```rust\nfn main() {}\n```",
    "---",
    "H<sub>2</sub>O and x<sup>2</sup>",
    "Math $x^2$ here.",
    "A line  \nbreak.",
    "中文\n继续",
    "> > [!NOTE]\n> > nested alert",
    "1. a\n\n   # heading in item",
    "Term\n: def\n\n  more",
    "1. x\n\n1) y",
    "---\ntitle: T\n---",
    "Costs $5 and $10.",
    "<details><summary>More</summary>\n\nhidden\n\n</details>",
];

#[test]
fn random_mixtures_of_markdown_round_trip() {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for case in 0..3000 {
        let count = 2 + (next() % 8) as usize;
        let source: Vec<&str> = (0..count)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let source = source.join("\n\n") + "\n";
        let doc = parse(&source, InputFormat::Markdown, None);
        let written = write_markdown(&doc);
        let again = parse(&written, InputFormat::Markdown, None);
        assert!(
            again.blocks == doc.blocks && again.metadata == doc.metadata,
            "case {case}:\n--- source\n{source}--- written\n{written}--- blocks\n{:#?}\n--- again\n{:#?}",
            doc.blocks,
            again.blocks
        );
        assert_eq!(
            write_markdown(&again),
            written,
            "case {case}: not a fixed point"
        );
    }
}
