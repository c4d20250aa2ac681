//! Text (plain or Markdown) → DOCX, then open it as a zip and check every XML part is
//! well-formed: never a panic, never invalid XML.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::io::Read;

fuzz_target!(|data: (bool, &str)| {
    let (markdown, text) = data;
    let format = if markdown { docpipe::InputFormat::Markdown } else { docpipe::InputFormat::Plain };
    let read_options = docpipe::ReadOptions { format: Some(format), ..Default::default() };
    let Ok(read) = docpipe::read_document(text.as_bytes(), &read_options) else {
        return;
    };
    let options = docpipe::export::ExportOptions::new(
        "fuzz.txt",
        docpipe::style::Style::builtin(read.document.style),
    );
    // The DOCX writer measures nothing: an empty font book that is never read.
    let fonts = docpipe::fonts::FontBook::default();
    let docx = docpipe::export::export(&read.document, docpipe::export::Format::Docx, &options, &fonts)
        .expect("the DOCX writer does not fail on text");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx.bytes)).expect("a zip");
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).expect("a part");
        if !part.name().ends_with(".xml") && !part.name().ends_with(".rels") {
            continue;
        }
        let mut xml = String::new();
        part.read_to_string(&mut xml).expect("UTF-8 XML");
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{}: {e}", part.name()),
            }
        }
    }
});
