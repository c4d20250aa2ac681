//! The acceptance file `tests/fixtures/markdown/everything.md` (front matter, a comment,
//! an image and a missing one, footnotes, six heading levels, lists, a table, code, an
//! alert, a definition list, math, an HTML block) through all three writers: the image
//! embedded in PDF and DOCX, the footnotes real notes in DOCX, the metadata in PDF Info
//! and DOCX core properties, every part printed and no raw markup printed (PDF and
//! DOCX), and the Markdown keeping all of it.

use std::io::Read;

use docpipe::export::{export, ExportOptions, Format};
use docpipe::style::Style;
use docpipe::{read_document, Document, InputFormat, ReadOptions};

use crate::util::root;

fn fixture() -> (Document, ExportOptions, Vec<String>) {
    let path = root().join("tests/fixtures/markdown/everything.md");
    let bytes = std::fs::read(&path).unwrap();
    let read = read_document(
        &bytes,
        &ReadOptions {
            format: Some(InputFormat::Markdown),
            ..ReadOptions::default()
        },
    )
    .unwrap();
    let style = Style::builtin(read.document.style);
    let options = ExportOptions {
        created_unix: 1_739_871_000,
        ..ExportOptions::new(path.to_str().unwrap(), style)
    };
    (read.document, options, read.warnings)
}

/// The text of the part `name` of a DOCX.
fn docx_part(bytes: &[u8], name: &str) -> Option<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut file = zip.by_name(name).ok()?;
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    Some(text)
}

#[test]
fn markdown_out_keeps_front_matter_images_footnotes_and_levels() {
    let (doc, options, warnings) = fixture();
    assert!(warnings.iter().any(|w| w.contains("math")), "{warnings:?}");
    let md = String::from_utf8(
        export(&doc, Format::Markdown, &options, crate::util::fonts())
            .unwrap()
            .bytes,
    )
    .unwrap();
    assert!(md.starts_with("---\ntitle: Everything at once\nauthor: Ann Author\n"));
    assert!(md.contains("keywords: [markdown, docpipe]\n---\n"));
    assert!(md.contains("![A red box](box.png \"The box\")"));
    assert!(md.contains("footnote[^1]") && md.contains("\n[^1]: The first footnote."));
    for level in 2..=6 {
        let hashes = "#".repeat(level);
        assert!(
            md.contains(&format!("\n{hashes} Level ")),
            "no H{level}:\n{md}"
        );
    }
    assert!(md.contains("> [!NOTE]\n> A set-off note."));
    assert!(md.contains("Term\n: Its definition."));
    assert!(md.contains("- [x] done"));
    assert!(md.contains("\n1) restarted list"), "{md}");
    assert!(!md.contains("<!--") && !md.contains("\\<\\!") && !md.contains("\\[\\^"));
    assert!(!md.contains("<div"), "{md}");
}

#[test]
fn pdf_embeds_the_image_and_carries_the_metadata() {
    let (doc, options, _) = fixture();
    let out = export(&doc, Format::Pdf, &options, crate::util::fonts()).unwrap();
    assert!(
        out.warnings.iter().any(|w| w.contains("missing.png")),
        "{:?}",
        out.warnings
    );
    let pdf = lopdf::Document::load_mem(&out.bytes).unwrap();
    let images = pdf
        .objects
        .values()
        .filter(|o| {
            o.as_stream().is_ok_and(|s| {
                s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image")
            })
        })
        .count();
    assert_eq!(images, 1);
    let info = pdf
        .trailer
        .get(b"Info")
        .and_then(|i| i.as_reference())
        .and_then(|id| pdf.get_dictionary(id))
        .unwrap();
    let text = |key: &[u8]| {
        info.get(key)
            .ok()
            .and_then(|v| v.as_str().ok())
            .map(|s| String::from_utf8_lossy(s).into_owned())
            .unwrap_or_default()
    };
    assert!(text(b"Title").contains("Everything") || !text(b"Title").is_empty());
    assert!(info.has(b"Author") && info.has(b"Subject"));
}

/// Every part of the file is printed in the PDF, and none of its markup is.
#[test]
fn pdf_prints_every_part_and_no_raw_markup() {
    let (doc, options, _) = fixture();
    let out = export(&doc, Format::Pdf, &options, crate::util::fonts()).unwrap();
    let pdf = lopdf::Document::load_mem(&out.bytes).unwrap();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = crate::util::squash(&pdf.extract_text(&pages).expect("text extracts"));
    for part in [
        "Everythingatonce",
        "Introparagraphwithafootnote",
        "Leveltwo",
        "Levelthree",
        "Levelfour",
        "Levelfive",
        "Levelsix",
        "nested",
        "done",
        "restartedlist",
        "LeftCentreRight",
        "println!(\"hi\");",
        "Aset-offnote.",
        "Aplainquote.",
        "Itsdefinition.",
        "HTMLblocktext",
        "Thefirstfootnote.",
        "Alongerfootnote.",
        "Withasecondparagraph.",
    ] {
        assert!(text.contains(part), "{part} not printed:\n{text}");
    }
    for markup in [
        "<!--", "[^", "<div", "<b>", "<sub>", "```", "**", "|:---", "![", "[!NOTE]",
    ] {
        assert!(!text.contains(markup), "{markup} printed:\n{text}");
    }
}

#[test]
fn docx_has_the_picture_real_footnotes_and_core_properties() {
    let (doc, options, _) = fixture();
    let out = export(&doc, Format::Docx, &options, crate::util::fonts()).unwrap();
    assert!(out.warnings.iter().any(|w| w.contains("missing.png")));
    let document = docx_part(&out.bytes, "word/document.xml").unwrap();
    assert!(document.contains("<w:drawing>") && document.contains("descr=\"A red box\""));
    assert_eq!(document.matches("<w:footnoteReference").count(), 2);
    // H2…H6 under the title are Heading1…Heading5, each its own outline level.
    for level in 1..=5 {
        assert!(
            document.contains(&format!("w:val=\"Heading{level}\"")),
            "Heading{level}"
        );
    }
    assert!(!document.contains("[^1]") && !document.contains("&lt;!--"));
    for markup in [
        "```",
        "**",
        "&lt;div",
        "&lt;b&gt;",
        "|:---",
        "![",
        "[!NOTE]",
    ] {
        assert!(!document.contains(markup), "{markup} printed");
    }
    let footnotes = docx_part(&out.bytes, "word/footnotes.xml").unwrap();
    assert!(footnotes.contains("The first footnote."));
    assert_eq!(footnotes.matches("<w:footnoteRef/>").count(), 2);
    assert!(footnotes.contains("With a second paragraph."));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&out.bytes)).unwrap();
    let png = zip.by_name("word/media/rIdImage1.png").map(|f| f.size());
    assert_eq!(png.ok(), Some(152), "the PNG is stored as it was read");
    drop(zip);
    let core = docx_part(&out.bytes, "docProps/core.xml").unwrap();
    assert!(core.contains("<dc:title>Everything at once</dc:title>"));
    assert!(core.contains("<dc:creator>Ann Author</dc:creator>"));
    assert!(core.contains("<dc:subject>A Markdown file that uses every construct"));
    assert!(
        core.contains(">2026-11-30T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    let rels = docx_part(&out.bytes, "word/_rels/document.xml.rels").unwrap();
    assert!(rels.contains("media/rIdImage1.png"));
}

/// The DOCX of the acceptance file, with its picture and footnotes, validates against
/// ECMA-376 (the shared checker's lxml validation); skipped where it is absent.
#[test]
fn docx_with_picture_and_footnotes_validates_against_the_schema() {
    let tools = root().join("../shared/tools");
    if !tools.join("check_docx.py").exists() {
        println!("SKIPPED: ../shared/tools/check_docx.py not found");
        return;
    }
    let (doc, options, _) = fixture();
    let out = export(&doc, Format::Docx, &options, crate::util::fonts()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("everything.docx");
    std::fs::write(&path, &out.bytes).unwrap();
    let script = r#"
import sys
sys.path.insert(0, sys.argv[1])
try:
    import check_docx, lxml
except ImportError as e:
    print("SKIP", e); sys.exit(0)
errors = check_docx.schema_errors(sys.argv[2])
print(errors[:5])
sys.exit(1 if errors else 0)
"#;
    match std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&tools)
        .arg(&path)
        .output()
    {
        Err(e) => println!("SKIPPED: python3 not runnable ({e})"),
        Ok(run) => assert!(
            run.status.success(),
            "schema errors: {}",
            String::from_utf8_lossy(&run.stdout)
        ),
    }
}
