//! The Markdown reader and writer on arbitrary text as ingest hands it on (no control
//! characters but tab and newline): never a panic, and what we write re-parses to blocks
//! with the same text.
#![no_main]
use docpipe::export::markdown::write_markdown;
use docpipe::structure::parse;
use docpipe::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if text.chars().any(|c| c < ' ' && c != '\n' && c != '\t') {
        return;
    }
    let doc = parse(text, InputFormat::Markdown, None);
    let md = write_markdown(&doc);
    let again = parse(&md, InputFormat::Markdown, None);
    let texts = |d: &docpipe::Document| -> String {
        d.blocks.iter().map(|b| b.plain_text()).collect::<String>()
            .chars().filter(|c| !c.is_whitespace()).collect()
    };
    assert_eq!(texts(&doc), texts(&again));
});
