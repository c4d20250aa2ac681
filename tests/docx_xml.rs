//! Reading a written DOCX back as a zip of XML parts.

use std::io::Read;
use std::path::Path;

/// Every part of the package, by name, as text.
pub fn parts(path: &Path) -> Vec<(String, String)> {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).expect("a DOCX is a zip");
    (0..zip.len())
        .map(|i| {
            let mut part = zip.by_index(i).unwrap();
            let mut text = String::new();
            part.read_to_string(&mut text).expect("parts are UTF-8");
            (part.name().to_string(), text)
        })
        .collect()
}

/// Panics unless every XML part of the DOCX at `path` is well-formed XML 1.0.
pub fn assert_every_part_well_formed(path: &Path) {
    for (name, xml) in parts(path) {
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        assert!(
            !xml.chars()
                .any(|c| (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')),
            "{name}: a control character XML 1.0 cannot hold"
        );
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name}: not well-formed: {e}"),
            }
        }
    }
}
