//! The lines of every title, PDF against DOCX, block by block: the style stage decides a
//! long title's breaks once (`style::title_breaks`), and each writer must set exactly
//! those lines. The PDF's lines come from its layout; the DOCX's from the title
//! paragraphs' text between `<w:br/>`s. Samples and the shared Chinese corpus.

use crate::util::{files_below, root, shared};
use docpipe::export::{docx::write_docx, ExportOptions};
use docpipe::layout::{dump::text_lines, layout_document};
use docpipe::model::BlockKind;
use docpipe::style::Style;
use docpipe::{read_document, ReadOptions};

/// The lines of each title paragraph of a DOCX, blanks taken out.
fn docx_title_lines(docx: &[u8]) -> Vec<Vec<String>> {
    let xml = crate::util::document_xml(docx);
    let mut out = Vec::new();
    let starts = regex::Regex::new("<w:p[ >]").unwrap();
    for para in starts.split(&xml).skip(1) {
        let para = &para[..para.find("</w:p>").unwrap_or(para.len())];
        if !para.contains(r#"<w:pStyle w:val="Title"/>"#) {
            continue;
        }
        let mut lines = vec![String::new()];
        let mut rest = para;
        while let Some(i) = rest.find('<') {
            let j = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
            let tag = &rest[i..j];
            if tag.starts_with("<w:br") {
                lines.push(String::new());
            } else if tag.starts_with("<w:t>") || tag.starts_with("<w:t ") {
                let end = rest[j..].find("</w:t>").map_or(rest.len(), |e| j + e);
                let text = rest[j..end].replace("&amp;", "&").replace("&lt;", "<");
                lines
                    .last_mut()
                    .unwrap()
                    .extend(text.chars().filter(|c| !c.is_whitespace()));
            }
            rest = &rest[j..];
        }
        out.push(lines);
    }
    out
}

/// Checks one document; returns how many title lines it compared.
fn check(path: &std::path::Path, broken: &mut usize) -> usize {
    let bytes = std::fs::read(path).unwrap();
    let read = read_document(&bytes, &ReadOptions::default()).unwrap();
    let doc = read.document;
    let style = Style::builtin(doc.style);
    if !style.is_cjk() || !doc.blocks.iter().any(|b| b.kind == BlockKind::Title) {
        return 0;
    }
    let docx = write_docx(
        &doc,
        &ExportOptions::new("t.txt", style.clone()),
        crate::util::fonts(),
    )
    .unwrap()
    .bytes;
    let docx_titles = docx_title_lines(&docx);
    let laid = layout_document(&doc, &style, crate::util::fonts()).unwrap();
    let pdf_lines: Vec<String> = laid
        .pages
        .iter()
        .flat_map(|p| {
            text_lines(p, crate::util::fonts())
                .into_iter()
                .map(|l| l.text())
        })
        .collect();
    let name = path.display();
    let (mut compared, mut from, broken) = (0, 0, broken);
    for lines in &docx_titles {
        // The PDF sets the same lines, one after another, in the same order.
        let at = from
            + pdf_lines[from..]
                .iter()
                .position(|l| *l == lines[0])
                .unwrap_or_else(|| {
                    panic!(
                        "{name}: no PDF line {:?} in {:?}",
                        lines[0],
                        &pdf_lines[from..(from + 4).min(pdf_lines.len())]
                    )
                });
        from = at + 1;
        let pdf = &pdf_lines[at..(at + lines.len()).min(pdf_lines.len())];
        assert_eq!(pdf, lines.as_slice(), "{name}: title lines differ");
        compared += lines.len();
        *broken += usize::from(lines.len() > 1);
        if lines.len() > 1 {
            eprintln!("{lines:?}");
        }
    }
    compared
}

#[test]
fn pdf_and_docx_set_every_title_in_the_same_lines() {
    let mut files: Vec<_> = ["notice.txt", "speech.txt"]
        .iter()
        .map(|n| root().join("samples").join(n))
        .collect();
    if let Some(dir) = shared("pdf_and_docx_set_every_title_in_the_same_lines") {
        files.extend(files_below(&dir.join("corpus").join("zh")));
    }
    let mut compared = 0;
    let mut broken = 0;
    for path in &files {
        compared += check(path, &mut broken);
    }
    eprintln!(
        "{compared} title lines compared in {} files, {broken} titles broken",
        files.len()
    );
    assert!(compared >= 3, "only {compared} title lines compared");
}
