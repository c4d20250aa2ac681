//! Tests of the PDF writer on hand-built layouts, read back with lopdf.

use super::*;
use crate::fonts::{test_book, FontId};
use crate::layout::frame::{FrameItem, OutlineEntry, PlacedGlyph, TextRun};
use crate::units::Pt;
use lopdf::{Document as Pdf, Object};
use std::path::Path;

pub(super) const A4: (f64, f64) = (595.2756, 841.8898);

fn font(file: &str) -> FontId {
    test_book().load(file).unwrap()
}

/// A run of `text` starting at `x`, each glyph `pitch` after the previous one.
fn run(font: FontId, size: f64, x: f64, y: f64, pitch: f64, text: &str) -> FrameItem {
    FrameItem::Text(TextRun {
        font,
        size: Pt(size),
        y: Pt(y),
        glyphs: text
            .chars()
            .enumerate()
            .map(|(i, ch)| PlacedGlyph {
                ch,
                x: Pt(x + pitch * i as f64),
            })
            .collect(),
        color: None,
        h_scale: 1.0,
    })
}

fn page(items: Vec<FrameItem>) -> Page {
    Page {
        width: Pt(A4.0),
        height: Pt(A4.1),
        items,
    }
}

fn sample() -> LaidOut {
    let fang = font("FandolFang-Regular.otf");
    let hei = font("FandolHei-Regular.otf");
    let serif = font("LiberationSerif-Regular.ttf");
    LaidOut {
        pages: vec![
            page(vec![
                run(hei, 22.0, 100.0, 150.0, 22.0, "关于*工作的讲话"),
                run(fang, 16.0, 111.0, 200.0, 15.79, "同志们：今年是*年，"),
                run(serif, 16.0, 270.0, 200.0, 8.5, "2025 ab"),
                run(fang, 16.0, 79.0, 229.0, 15.79, "各位代表同志们"),
                FrameItem::Rule {
                    from: (Pt(79.0), Pt(220.0)),
                    to: (Pt(521.0), Pt(220.0)),
                    width: Pt(0.5),
                    color: None,
                },
                FrameItem::Link {
                    rect: (Pt(100.0), Pt(230.0), Pt(200.0), Pt(250.0)),
                    url: "https://example.org/a".to_string(),
                },
            ]),
            page(vec![run(fang, 16.0, 79.0, 120.0, 15.79, "一、第二页*")]),
        ],
        outline: vec![
            OutlineEntry {
                title: "关于工作的讲话".to_string(),
                level: 1,
                page: 0,
                y: Pt(130.0),
            },
            OutlineEntry {
                title: "一、第二页".to_string(),
                level: 2,
                page: 1,
                y: Pt(100.0),
            },
        ],
        missing_glyphs: vec!['😀'],
        ..LaidOut::default()
    }
}

/// One page with `text` as a single FangSong run on the body grid.
pub(super) fn one_body_run(text: &str) -> LaidOut {
    let fang = font("FandolFang-Regular.otf");
    LaidOut {
        pages: vec![page(vec![run(fang, 16.0, 79.0, 120.0, 15.79, text)])],
        ..LaidOut::default()
    }
}

pub(super) fn meta() -> Metadata {
    Metadata {
        title: "关于工作的讲话".to_string(),
        author: Some("办公室".to_string()),
        subject: None,
        created_unix: 1_740_818_096,
    }
}

pub(super) fn written() -> (Vec<u8>, Pdf) {
    let bytes = write_laid_out(&sample(), &meta(), test_book()).unwrap();
    let pdf = Pdf::load_mem(&bytes).unwrap();
    (bytes, pdf)
}

pub(super) fn resolve<'a>(pdf: &'a Pdf, obj: &'a Object) -> &'a Object {
    match obj {
        Object::Reference(id) => pdf.get_object(*id).unwrap(),
        other => other,
    }
}

pub(super) fn name(obj: &Object) -> String {
    String::from_utf8_lossy(obj.as_name().unwrap()).into_owned()
}

#[test]
fn pages_are_a4_and_in_order() {
    let (_, pdf) = written();
    let pages = pdf.get_pages();
    assert_eq!(pages.len(), 2);
    for id in pages.values() {
        let page = pdf.get_dictionary(*id).unwrap();
        let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let w = mb[2].as_float().unwrap() as f64;
        let h = mb[3].as_float().unwrap() as f64;
        assert!(
            (w - A4.0).abs() < 0.01 && (h - A4.1).abs() < 0.01,
            "{w} x {h}"
        );
    }
}

#[test]
fn every_font_is_an_embedded_subset_with_a_tagged_name() {
    let (_, pdf) = written();
    let first = *pdf.get_pages().values().next().unwrap();
    let fonts = pdf.get_page_fonts(first).unwrap();
    assert_eq!(fonts.len(), 3);
    let mut names = Vec::new();
    for font in fonts.values() {
        let base = name(font.get(b"BaseFont").unwrap());
        let tag = base.split('+').next().unwrap();
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{base}"
        );
        let descendants = resolve(&pdf, font.get(b"DescendantFonts").unwrap());
        let cid = resolve(&pdf, &descendants.as_array().unwrap()[0]);
        let descriptor = resolve(&pdf, cid.as_dict().unwrap().get(b"FontDescriptor").unwrap());
        let descriptor = descriptor.as_dict().unwrap();
        assert_eq!(name(descriptor.get(b"FontName").unwrap()), base);
        let program = ["FontFile2", "FontFile3"]
            .iter()
            .find_map(|k| descriptor.get(k.as_bytes()).ok())
            .expect("embedded program");
        let stream = resolve(&pdf, program).as_stream().unwrap();
        assert!(stream.content.len() < 100_000, "{base} not subset");
        assert!(font.get(b"ToUnicode").is_ok());
        names.push(base.split('+').nth(1).unwrap().to_string());
    }
    names.sort();
    assert_eq!(
        names,
        ["FandolFang-Regular", "FandolHei-Regular", "LiberationSerif"]
    );
}

#[test]
fn every_cff_program_embedded_has_its_outlines_not_the_stand_ins() {
    use allsorts::binary::read::ReadScope;
    use allsorts::cff::CFF;
    let (_, pdf) = written();
    let mut programs = 0;
    for object in pdf.objects.values() {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        let subtype = stream.dict.get(b"Subtype").and_then(|s| s.as_name());
        if !matches!(subtype, Ok(b"CIDFontType0C")) {
            continue;
        }
        let program = stream.decompressed_content().unwrap();
        let cff = ReadScope::new(&program).read::<CFF<'_>>().unwrap();
        let charstrings = &cff.fonts[0].char_strings_index;
        assert!(charstrings.len() > 5);
        for gid in 0..charstrings.len() {
            assert!(
                !charstrings.read_object(gid).unwrap().is_empty(),
                "glyph {gid}"
            );
        }
        programs += 1;
    }
    assert_eq!(programs, 2, "FandolFang and FandolHei");
}

#[test]
fn text_is_extractable_with_every_asterisk() {
    let (_, pdf) = written();
    let text: String = pdf
        .extract_text(&[1, 2])
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for part in [
        "关于*工作的讲话",
        "同志们：今年是*年，",
        "2025ab",
        "一、第二页*",
    ] {
        assert!(text.contains(part), "{part} not in {text}");
    }
    assert_eq!(text.matches('*').count(), 3);
}

/// Kerning numbers and character spacing put every glyph back at its x: replay the pen
/// as a reader does, over every run of the first page.
#[test]
fn glyphs_land_on_their_x() {
    let laid = sample();
    let fonts = fonts::subset_fonts(&laid, test_book()).unwrap();
    let runs: Vec<&TextRun> = laid.pages[0]
        .items
        .iter()
        .filter_map(|item| match item {
            FrameItem::Text(run) => Some(run),
            _ => None,
        })
        .collect();
    let ops = content::page_ops(&laid.pages[0], &fonts, &images::PdfImages::default());
    let (mut origin, mut spacing, mut shown) = (0.0f64, 0.0f64, 0);
    let mut used_spacing = false;
    for op in &ops {
        match op {
            printpdf::Op::SetTextMatrix {
                matrix: printpdf::TextMatrix::Translate(x, _),
            } => origin = f64::from(x.0),
            printpdf::Op::SetCharacterSpacing { multiplier } => {
                spacing = f64::from(*multiplier);
                used_spacing |= spacing != 0.0;
            }
            printpdf::Op::ShowText { items } => {
                let run = runs[shown];
                shown += 1;
                let font = fonts.get(run.font).unwrap();
                let mut pen = origin;
                let mut placed = Vec::new();
                for item in items {
                    match item {
                        printpdf::TextItem::Text(text) => {
                            for ch in text.chars() {
                                placed.push(pen);
                                let advance = font.advance_milli(ch).unwrap() as f64;
                                pen += advance * run.size.0 / 1000.0 + spacing;
                            }
                        }
                        printpdf::TextItem::Offset(k) => pen -= f64::from(*k) * run.size.0 / 1000.0,
                        printpdf::TextItem::GlyphIds(_) => unreachable!(),
                    }
                }
                assert_eq!(placed.len(), run.glyphs.len());
                for (got, glyph) in placed.iter().zip(&run.glyphs) {
                    assert!(
                        (got - glyph.x.0).abs() < 0.02,
                        "{} at {got}, want {}",
                        glyph.ch,
                        glyph.x.0
                    );
                }
            }
            _ => {}
        }
    }
    assert_eq!(shown, runs.len());
    assert!(used_spacing, "the grid run is set with character spacing");
}

/// A character no font has is a box in its cell, and extraction still returns it.
#[test]
fn a_character_no_font_has_is_boxed_and_extractable() {
    let laid = one_body_run("甲\u{10FFFD}乙\u{F8FF}丙");
    let bytes = write_laid_out(&laid, &meta(), test_book()).unwrap();
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let text: String = pdf
        .extract_text(&[1])
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert_eq!(text, "甲\u{10FFFD}乙\u{F8FF}丙");
    let page_id = pdf.get_pages()[&1];
    let content = pdf.get_and_decode_page_content(page_id).unwrap();
    let strokes = content
        .operations
        .iter()
        .filter(|op| op.operator == "S" || op.operator == "s");
    assert_eq!(strokes.count(), 2, "one box per missing character");
    let invisible = content.operations.iter().filter(|op| {
        op.operator == "Tr" && op.operands.first().and_then(|o| o.as_i64().ok()) == Some(3)
    });
    assert_eq!(invisible.count(), 2);
}

#[test]
fn writing_twice_gives_identical_bytes() {
    let a = write_laid_out(&sample(), &meta(), test_book()).unwrap();
    let b = write_laid_out(&sample(), &meta(), test_book()).unwrap();
    assert!(a == b, "two runs differ");
    let other = Metadata {
        title: "x".to_string(),
        ..meta()
    };
    let c = write_laid_out(&sample(), &other, test_book()).unwrap();
    let id = |bytes: &[u8]| {
        Pdf::load_mem(bytes)
            .unwrap()
            .trailer
            .get(b"ID")
            .unwrap()
            .clone()
    };
    assert_ne!(id(&a), id(&c));
}

#[test]
fn missing_glyphs_become_warnings() {
    assert_eq!(
        missing_glyph_warnings(&sample().missing_glyphs),
        ["no font has 😀 (U+1F600)"]
    );
}

#[test]
fn a_run_of_only_invisible_characters_draws_nothing() {
    let laid = one_body_run("\t\u{200B}\n");
    let bytes = write_laid_out(&laid, &meta(), test_book()).unwrap();
    let pdf = Pdf::load_mem(&bytes).unwrap();
    assert_eq!(pdf.get_pages().len(), 1);
}

/// Writer speed on a novel-sized layout (run with `--ignored --nocapture`): the 1.2 MB
/// novel of the shared corpus set naively on a 28 × 22 grid, about 1,000 pages.
#[test]
#[ignore]
fn novel_sized_layout_speed() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/zh/novel_三国演义_gb18030_crlf.txt");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let (text, _, _) = encoding_rs::GB18030.decode(&bytes);
    let fang = font("FandolFang-Regular.otf");
    let serif = font("LiberationSerif-Regular.ttf");
    let book = test_book();
    let cjk = book.font(fang);
    let mut pages = Vec::new();
    let mut items = Vec::new();
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    for (n, line) in chars.chunks(28).enumerate() {
        let y = 105.0 + 28.9 * (n % 22) as f64;
        let face = |c: char| if cjk.has_glyph(c) { fang } else { serif };
        let mut start = 0;
        while start < line.len() {
            let id = face(line[start]);
            let end = (start..line.len())
                .find(|&i| face(line[i]) != id)
                .unwrap_or(line.len());
            let text: String = line[start..end].iter().collect();
            items.push(run(id, 16.0, 79.4 + 15.79 * start as f64, y, 15.79, &text));
            start = end;
        }
        if n % 22 == 21 {
            pages.push(page(std::mem::take(&mut items)));
        }
    }
    pages.push(page(items));
    let laid = LaidOut {
        pages,
        ..LaidOut::default()
    };
    let started = std::time::Instant::now();
    let bytes = write_laid_out(&laid, &meta(), test_book()).unwrap();
    eprintln!(
        "{} pages, {} KB in {:?}",
        laid.pages.len(),
        bytes.len() / 1024,
        started.elapsed()
    );
    std::fs::write(
        std::env::temp_dir().join("docpipe_novel_writer.pdf"),
        &bytes,
    )
    .unwrap();
}
