//! Inputs the fuzzers found that once broke an invariant, kept so they never do again.
//! Files in tests/fuzz_regressions/ are named `<target>-<what>.<ext>`; each is run
//! through the check of the fuzz target it came from (fuzz/fuzz_targets/<target>.rs).

use docpipe::export::markdown::write_markdown;
use docpipe::structure::parse;
use docpipe::{Document, InputFormat};

fn squashed_text(doc: &Document) -> String {
    doc.blocks
        .iter()
        .map(|b| b.plain_text())
        .collect::<String>()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn regression_fuzz_inputs_keep_their_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut checked = 0;
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
            // ingest, structure and the exporters: no panic, and a document comes out.
            let _ = docpipe::read_document(&bytes, &docpipe::ReadOptions::default());
        }
        checked += 1;
    }
    assert!(checked > 0);
}
