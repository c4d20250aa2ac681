//! Structure on arbitrary text: never a panic, and the blocks' text is the input's text
//! (whitespace aside): nothing invented, nothing dropped.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = docpipe::structure::parse(text, docpipe::InputFormat::Plain, None);
    let blocks: String = doc.blocks.iter().map(|b| b.plain_text()).collect();
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(squash(&blocks), squash(text));
});
