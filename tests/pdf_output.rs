//! End to end: the `docpipe` binary turns the seed speech into a PDF; the file is read back
//! with lopdf and checked for what a print shop and a search index need: A4 pages, every
//! font embedded as a tagged subset with a ToUnicode map, and the text (every `*`
//! placeholder included) extractable. Two runs must give the same bytes.

use lopdf::{Document, Object};
use std::path::{Path, PathBuf};
use std::process::Command;

const A4: (f32, f32) = (595.2756, 841.8898);

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/speech.txt")
}

/// Converts the seed into `dir` and returns the PDF's bytes.
fn convert(dir: &Path) -> Vec<u8> {
    let status = Command::new(env!("CARGO_BIN_EXE_docpipe"))
        .arg("convert")
        .arg(sample())
        .args(["-t", "pdf", "-o"])
        .arg(dir)
        .env("SOURCE_DATE_EPOCH", "1740818096")
        .status()
        .expect("run docpipe");
    assert!(status.success(), "docpipe convert failed: {status}");
    std::fs::read(dir.join("speech.pdf")).expect("speech.pdf written")
}

fn resolve<'a>(pdf: &'a Document, obj: &'a Object) -> &'a Object {
    match obj {
        Object::Reference(id) => pdf.get_object(*id).expect("dangling reference"),
        other => other,
    }
}

#[test]
fn the_seed_speech_becomes_an_a4_pdf_with_subset_fonts_and_all_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = convert(dir.path());
    // Subset fonts keep the file small; a whole embedded Fandol face alone is 5-8 MB.
    // The target is 300 KB: FandolFang's 534 body glyphs, without hints, deflate to
    // 239 KB of it, so this also catches hints, widths or page text growing back.
    assert!(bytes.len() <= 300_000, "{} bytes", bytes.len());
    let pdf = Document::load_mem(&bytes).expect("lopdf parses the PDF");

    let pages = pdf.get_pages();
    assert!(pages.len() > 1, "{} page(s)", pages.len());
    for id in pages.values() {
        let page = pdf.get_dictionary(*id).unwrap();
        let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let (w, h) = (mb[2].as_float().unwrap(), mb[3].as_float().unwrap());
        assert!(
            (w - A4.0).abs() < 0.5 && (h - A4.1).abs() < 0.5,
            "{w} x {h}"
        );
    }

    let mut names = Vec::new();
    for id in pages.values() {
        for font in pdf.get_page_fonts(*id).unwrap().values() {
            let base = String::from_utf8_lossy(font.get(b"BaseFont").unwrap().as_name().unwrap())
                .into_owned();
            let (tag, _) = base.split_once('+').unwrap_or(("", ""));
            assert!(
                tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
                "{base} is not subset-tagged"
            );
            assert!(font.get(b"ToUnicode").is_ok(), "{base} has no ToUnicode");
            let cid = resolve(&pdf, font.get(b"DescendantFonts").unwrap());
            let cid = resolve(&pdf, &cid.as_array().unwrap()[0])
                .as_dict()
                .unwrap();
            let descriptor = resolve(&pdf, cid.get(b"FontDescriptor").unwrap());
            let descriptor = descriptor.as_dict().unwrap();
            assert!(
                ["FontFile2", "FontFile3"]
                    .iter()
                    .any(|k| descriptor.has(k.as_bytes())),
                "{base} is not embedded"
            );
            names.push(base);
        }
    }
    names.sort();
    names.dedup();
    assert!(names.iter().any(|n| n.contains("Fandol")), "{names:?}");

    let numbers: Vec<u32> = pages.keys().copied().collect();
    let text = pdf.extract_text(&numbers).expect("text extracts");
    let source = std::fs::read_to_string(sample()).unwrap();
    let stars = source.matches('*').count();
    assert!(stars > 0);
    assert_eq!(text.matches('*').count(), stars, "placeholders lost");
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let first_paragraph = source
        .lines()
        .find(|l| l.trim().chars().count() > 20)
        .unwrap();
    assert!(squash(&text).contains(&squash(first_paragraph)));
}

#[test]
fn converting_twice_gives_identical_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert!(convert(a.path()) == convert(b.path()), "two runs differ");
}

/// A Gutenberg-style text: every word of it is in the PDF and the DOCX, the marks of a
/// scene break ("*       *       *") included, and a double-hyphen dash stays between
/// its words ("instance--literally"), never split at a line end.
#[test]
fn scene_break_marks_and_double_hyphen_dashes_keep_every_character() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "gentleman rashly turning out after dark in a breezy spot--say Saint \
                    Paul's Churchyard for instance--literally to astonish his son's weak mind";
    let paragraph = std::iter::repeat_n(sentence, 12)
        .collect::<Vec<_>>()
        .join(". ");
    let text = format!(
        "{paragraph}.\n\n*       *       *       *       *\n\n{paragraph}.\n\n* * *\n\nThe end.\n"
    );
    std::fs::write(dir.path().join("book.txt"), &text).unwrap();
    let out = crate::util::docpipe(
        dir.path(),
        &["convert", "book.txt", "-t", "pdf,docx", "-o", "."],
    );
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    let pdf = Document::load_mem(&std::fs::read(dir.path().join("book.pdf")).unwrap()).unwrap();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let printed = pdf.extract_text(&pages).unwrap();
    let squash = crate::util::squash;
    assert_eq!(
        printed.matches('*').count(),
        text.matches('*').count(),
        "{printed}"
    );
    assert_eq!(
        squash(&printed).matches("instance--literally").count(),
        24,
        "{printed}"
    );
    for line in printed.lines() {
        assert!(
            !line.trim_end().ends_with("--"),
            "a line ends on a dash: {line}"
        );
    }
    let docx = std::fs::read(dir.path().join("book.docx")).unwrap();
    let xml = crate::util::document_xml(&docx);
    assert_eq!(xml.matches('*').count(), text.matches('*').count());
}
