//! Inputs the fuzzers found that once broke an invariant, kept so they never do again, and
//! a few made by hand for bugs of the same kind (a stray byte in UTF-8, a PNG named .txt).
//! Files in tests/fuzz_regressions/ are named `<target>-<what>.<ext>`; each is run
//! through the check of the fuzz target it came from (fuzz/fuzz_targets/<target>.rs).

use docpipe::export::markdown::write_markdown;
use docpipe::export::{export, ExportOptions, Format};
use docpipe::structure::parse;
use docpipe::style::Style;
use docpipe::{BlockKind, Document, InputFormat};

fn squashed_text(doc: &Document) -> String {
    squashed(
        &doc.blocks
            .iter()
            .map(|b| b.plain_text())
            .collect::<String>(),
    )
}

fn squashed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn regression_fuzz_inputs_keep_their_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let (mut checked, mut exported) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        if name.starts_with("markdown-") {
            let text = String::from_utf8_lossy(&bytes);
            let doc = parse(&text, InputFormat::Markdown, None);
            let again = parse(&write_markdown(&doc), InputFormat::Markdown, None);
            assert_eq!(squashed_text(&doc), squashed_text(&again), "{name}");
        } else {
            if name.starts_with("structure-") {
                let text = String::from_utf8_lossy(&bytes);
                let mut doc = parse(&text, InputFormat::Plain, None);
                // Page furniture is left out of the outputs (with a warning) and moved
                // after the sentence it broke: left out, not kept, as in the target.
                doc.blocks
                    .retain(|b| !matches!(b.kind, BlockKind::Artifact));
                // Text with HTML tags is HTML: its character references are the
                // characters they name (the tags' warning says so).
                let source = if doc.warnings.iter().any(|w| w.contains("HTML tag")) {
                    html_escape::decode_html_entities(&text).into_owned()
                } else {
                    text.to_string()
                };
                let (kept, input) = (squashed_text(&doc), squashed(&source));
                // The fuzz target's rule: nothing invented; left out without a warning
                // only the hyphens of rejoined words and a drawn table's frame.
                let has_table = doc
                    .blocks
                    .iter()
                    .any(|b| matches!(b.kind, BlockKind::Table(_)));
                let unannounced =
                    |c: char| c == '-' || c == '\u{AD}' || has_table && "+|=:".contains(c);
                // In order; with a table in any order, as a cell may run over several
                // lines of its row (the target's rule).
                let dropped = if has_table {
                    let mut left: Vec<char> = input.chars().collect();
                    for c in kept.chars() {
                        let at = left.iter().position(|&d| d == c);
                        assert!(at.is_some(), "{name}: {c:?} invented");
                        left.remove(at.unwrap_or(0));
                    }
                    left.into_iter().collect::<String>()
                } else {
                    let mut rest = input.chars();
                    let mut dropped = String::new();
                    for c in kept.chars() {
                        let skipped: String = rest.by_ref().take_while(|&d| d != c).collect();
                        dropped.push_str(&skipped);
                    }
                    dropped.extend(rest);
                    assert!(
                        kept.chars().count() + dropped.chars().count() == input.chars().count(),
                        "{name}: invented"
                    );
                    dropped
                };
                assert!(
                    !doc.warnings.is_empty() || dropped.chars().all(unannounced),
                    "{name}: {dropped:?} left out"
                );
            }
            // ingest, structure and the exporters: no panic; bytes that are not refused as
            // binary (a policy, with its reason) make a document every exporter writes.
            match docpipe::read_document(&bytes, &docpipe::ReadOptions::default()) {
                Ok(read) => {
                    let style = Style::builtin(read.document.style);
                    let options = ExportOptions::new(&name, style);
                    for format in Format::ALL {
                        let out = export(&read.document, format, &options, crate::util::fonts())
                            .unwrap_or_else(|e| panic!("{name}: {format:?}: {e}"));
                        assert!(!out.bytes.is_empty(), "{name}: {format:?} is empty");
                    }
                }
                Err(e) => assert!(
                    matches!(e, docpipe::Error::NotText { .. }),
                    "{name}: refused for another reason than not being text: {e}"
                ),
            }
        }
        checked += 1;
        exported += usize::from(!name.starts_with("markdown-"));
    }
    assert!(checked > 0 && exported > 0, "both kinds of check ran");
}
