//! Plain text → PDF, then parse what was written with lopdf: never a panic, always a PDF.
//! One font book for the whole run, as the binary has one per process: an execution then
//! measures the writer, not reading and parsing the fonts again.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static FONTS: LazyLock<docpipe::fonts::FontBook> = LazyLock::new(Default::default);

fuzz_target!(|text: &str| {
    let Ok(read) = docpipe::read_document(text.as_bytes(), &docpipe::ReadOptions::default()) else {
        return;
    };
    let options = docpipe::export::ExportOptions::new(
        "fuzz.txt",
        docpipe::style::Style::builtin(read.document.style),
    );
    let pdf = docpipe::export::export(&read.document, docpipe::export::Format::Pdf, &options, &FONTS)
        .expect("the PDF writer does not fail on text");
    lopdf::Document::load_mem(&pdf.bytes).expect("what we write parses");
});
