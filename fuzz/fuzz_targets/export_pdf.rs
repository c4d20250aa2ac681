//! Plain text → PDF, then parse what was written with lopdf: never a panic, always a PDF.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(read) = docpipe::read_document(text.as_bytes(), &docpipe::ReadOptions::default()) else {
        return;
    };
    let options = docpipe::export::ExportOptions::new(
        "fuzz.txt",
        docpipe::style::Style::builtin(read.document.style),
    );
    let pdf = docpipe::export::export(&read.document, docpipe::export::Format::Pdf, &options)
        .expect("the PDF writer does not fail on text");
    lopdf::Document::load_mem(&pdf.bytes).expect("what we write parses");
});
