//! Structure on arbitrary text as ingest hands it on (no control characters but tab and
//! newline: ingest's own target checks that): never a panic; nothing invented (the
//! blocks' text, whitespace aside, is the input's with parts left out), and nothing left
//! out unless the document says so in a warning (HTML tags taken out, page furniture).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if text.chars().any(|c| c < ' ' && c != '\n' && c != '\t') {
        return;
    }
    let doc = docpipe::structure::parse(text, docpipe::InputFormat::Plain, None);
    let blocks: String = doc.blocks.iter().map(|b| b.plain_text()).collect();
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (blocks, input) = (squash(&blocks), squash(text));
    if doc.warnings.is_empty() {
        assert_eq!(blocks, input);
    } else {
        let mut rest = input.chars();
        assert!(
            blocks.chars().all(|c| rest.any(|d| d == c)),
            "{:?}: {blocks:?} is not {input:?} with parts left out",
            doc.warnings
        );
    }
});
