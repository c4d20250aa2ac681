//! Whole-document layout tests: the seed speech on the GB/T 9704 grid, signatures,
//! page numbers, pagination, and a property test of the line breaker.

use super::*;
use crate::fonts::test_book;
use crate::layout::dump::{text_lines, TextLine};
use crate::layout::frame::FrameItem;
use crate::model::{Block, BlockKind, Heading, MarkerKind, StyleKind};
use crate::units::Pt;

const SPEECH: &str = include_str!("../../samples/speech.txt");

/// The seed speech as the structure stage would give it: a salutation, paragraphs, and
/// run-in 一、 headings (the sentence up to the first 。) followed by their paragraph.
pub(crate) fn speech_document() -> Document {
    let mut blocks = Vec::new();
    for (i, line) in SPEECH
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let numeral = line
            .chars()
            .next()
            .is_some_and(|c| "一二三四五六七八九十".contains(c));
        if i == 0 {
            blocks.push(Block::text(BlockKind::Salutation, line));
        } else if numeral && line.contains('、') {
            let cut = line.find('。').map_or(line.len(), |k| k + '。'.len_utf8());
            let marker: String = line
                .chars()
                .take_while(|&c| c != '、')
                .chain(['、'])
                .collect();
            blocks.push(Block::text(
                BlockKind::Heading(Heading {
                    level: 1,
                    marker,
                    marker_kind: MarkerKind::ChineseNumeral,
                    run_in: true,
                }),
                &line[..cut],
            ));
            blocks.push(Block::text(
                BlockKind::Paragraph { label: None },
                &line[cut..],
            ));
        } else {
            blocks.push(Block::text(BlockKind::Paragraph { label: None }, line));
        }
    }
    Document {
        blocks,
        style: StyleKind::Speech,
        ..Document::default()
    }
}

fn speech() -> (Style, LaidOut) {
    let style = Style::builtin(StyleKind::Speech);
    let laid = layout_document(&speech_document(), &style, test_book()).unwrap();
    (style, laid)
}

#[test]
fn seed_dump_covers_every_page_and_is_stable() {
    // Printed for debugging (`-- --nocapture`); checked so the test can fail: every page
    // has text lines in the dump, and laying out again dumps the same.
    let (_, laid) = speech();
    let text = dump::dump(&laid, test_book());
    println!("{text}");
    assert!(!laid.pages.is_empty());
    for page in 1..=laid.pages.len() {
        let prefix = format!("p{page} y=");
        assert!(
            text.lines().any(|l| l.starts_with(&prefix)),
            "page {page} has no text line in the dump"
        );
    }
    assert_eq!(text, dump::dump(&speech().1, test_book()));
}

pub(crate) fn mm(v: f64) -> f64 {
    Pt::mm(v).0
}

/// Body lines (not page numbers) of every page.
pub(crate) fn body_lines(style: &Style, laid: &LaidOut) -> Vec<Vec<TextLine>> {
    let bottom = style.margin_top.0 + style.type_area_height().0;
    laid.pages
        .iter()
        .map(|p| {
            text_lines(p, test_book())
                .into_iter()
                .filter(|l| l.y < bottom)
                .collect()
        })
        .collect()
}

/// Texts of the paragraphs' last lines are those whose end is a paragraph end.
fn paragraph_ends(doc: &Document) -> Vec<String> {
    let mut ends = Vec::new();
    let mut pending = String::new();
    for b in &doc.blocks {
        pending.push_str(&b.plain_text());
        if !b.heading().is_some_and(|h| h.run_in) {
            ends.push(std::mem::take(&mut pending));
        }
    }
    ends
}

#[test]
fn the_seed_fills_full_pages_with_22_lines_on_the_grid() {
    let (style, laid) = speech();
    let pages = body_lines(&style, &laid);
    assert!(pages.len() >= 4, "{} pages", pages.len());
    let pitch = style.line_pitch().0;
    let first = pages[0][0].y;
    assert!(first > style.margin_top.0 && first < style.margin_top.0 + pitch);
    for (p, lines) in pages.iter().enumerate() {
        if p + 1 < pages.len() {
            assert_eq!(lines.len(), 22, "page {}", p + 1);
        }
        for (k, line) in lines.iter().enumerate() {
            assert!(
                (line.y - (first + k as f64 * pitch)).abs() < 0.01,
                "page {} line {k}",
                p + 1
            );
        }
    }
}

#[test]
fn the_seeds_text_is_all_there_in_order() {
    let (style, laid) = speech();
    let got: String = body_lines(&style, &laid)
        .iter()
        .flatten()
        .map(TextLine::text)
        .collect();
    let want: String = SPEECH.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(got, want);
}

#[test]
fn full_lines_are_justified_on_the_grid_and_nothing_passes_the_edge() {
    let (style, laid) = speech();
    let right = style.margin_left.0 + style.type_area_width().0;
    let cell = style.char_pitch().0;
    let doc = speech_document();
    let ends: Vec<String> = paragraph_ends(&doc)
        .iter()
        .map(|p| p.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    let mut pitches = Vec::new();
    let mut para = String::new();
    let mut para_index = 0;
    for line in body_lines(&style, &laid).iter().flatten() {
        para.push_str(&line.text());
        let last = line.glyphs.last().unwrap();
        let ink = if linebreak::half_width_at_line_end(last.ch) && last.x1 > right + 0.5 {
            last.x1 - (last.x1 - last.x0) / 2.0
        } else {
            last.x1
        };
        assert!(ink <= right + 0.5, "passes the edge: {}", line.text());
        if para == ends[para_index] {
            para.clear();
            para_index += 1;
            continue;
        }
        assert!((ink - right).abs() < mm(1.5), "not flush: {}", line.text());
        let mut steps: Vec<f64> = line
            .glyphs
            .windows(2)
            .filter(|w| w.iter().all(|g| ('\u{4e00}'..='\u{9fff}').contains(&g.ch)))
            .map(|w| w[1].x0 - w[0].x0)
            .collect();
        steps.sort_by(f64::total_cmp);
        let median = steps[steps.len() / 2];
        assert!(
            (median - cell).abs() <= 0.8,
            "pitch {median}: {}",
            line.text()
        );
        pitches.push(median);
    }
    pitches.sort_by(f64::total_cmp);
    assert!((pitches[pitches.len() / 2] - cell).abs() <= 0.3);
}

#[test]
fn lines_obey_the_chinese_rules_and_paragraphs_are_indented_two_characters() {
    let (style, laid) = speech();
    let left = style.margin_left.0;
    let cell = style.char_pitch().0;
    let mut starts = 0;
    for line in body_lines(&style, &laid).iter().flatten() {
        let text = line.text();
        let first = text.chars().next().unwrap();
        let last = text.chars().last().unwrap();
        assert!(!linebreak::no_line_start(first), "starts: {text}");
        assert!(!linebreak::no_line_end(last), "ends: {text}");
        let indent = (line.glyphs[0].x0 - left) / cell;
        assert!(
            indent.abs() < 0.01 || (indent - 2.0).abs() < 0.01,
            "{indent}: {text}"
        );
        starts += usize::from((indent - 2.0).abs() < 0.01);
    }
    assert_eq!(
        starts, 9,
        "one indented first line per paragraph but the salutation"
    );
}

#[test]
fn a_run_in_heading_is_set_in_hei_and_continues_in_the_body_face() {
    let (_, laid) = speech();
    let book = test_book();
    let mut faces = Vec::new();
    for page in &laid.pages {
        for item in &page.items {
            let FrameItem::Text(run) = item else { continue };
            let text: String = run.glyphs.iter().map(|g| g.ch).collect();
            faces.push((book.font(run.font).name.clone(), text));
        }
    }
    let head = faces
        .iter()
        .position(|(_, t)| t.starts_with("一、"))
        .unwrap();
    assert!(faces[head].0.contains("Hei"), "{:?}", faces[head]);
    let body = faces[head + 1..]
        .iter()
        .find(|(f, _)| !f.contains("Hei"))
        .unwrap();
    assert!(body.0.contains("Fang"), "{body:?}");
    assert!(laid
        .outline
        .iter()
        .any(|o| o.title.starts_with("一、") && o.level == 1));
}

#[test]
fn the_first_page_matches_its_snapshot() {
    let (_, laid) = speech();
    let dump = dump::dump(&laid, test_book());
    let page1: Vec<&str> = dump.lines().filter(|l| l.starts_with("p1 ")).collect();
    let want = [
        "p1 y=125.5 x=79.4..276.9 |*书记，各位代表、同志们：|",
        "p1 y=154.4 x=111.0..521.6 |今天，*市工会第*次代表大会隆重召开，这是*工运历史上|",
        "p1 y=183.4 x=79.4..529.6 |的一届盛会，也是*广大职工和工会干部政治生活中的一件大事。|",
        "p1 y=212.4 x=79.4..521.6 |在此，我受*主席委托，代表*省总工会，向大会的召开表示热烈|",
    ];
    assert_eq!(page1[..4], want);
    assert_eq!(page1.len(), 23);
    assert_eq!(page1[22], "p1 y=773.7 x=279.6..321.4 |—1—|");
}

#[test]
fn the_pdf_does_not_depend_on_what_the_font_book_loaded_before() {
    // A book that loaded other fonts first hands out other ids for the same faces.
    let options =
        crate::export::ExportOptions::new("speech.txt", Style::builtin(StyleKind::Speech));
    let fresh = crate::fonts::FontBook::default();
    let used = crate::fonts::FontBook::default();
    for file in ["LiberationMono-Regular.ttf", "FandolKai-Regular.otf"] {
        used.load(file).unwrap();
    }
    let a = crate::export::pdf::write_pdf(&speech_document(), &options, &fresh).unwrap();
    let b = crate::export::pdf::write_pdf(&speech_document(), &options, &used).unwrap();
    assert_ne!(
        fresh.load("FandolFang-Regular.otf").unwrap(),
        used.load("FandolFang-Regular.otf").unwrap()
    );
    assert!(a.bytes == b.bytes, "the PDFs differ");
}

/// Writes the seed speech's PDF to `$DOCPIPE_LAYOUT_PDF` (default /tmp/docpipe-seed.pdf)
/// for the independent checker: `check_pdf.py … --page-numbers center`.
#[test]
#[ignore = "writes a file for manual checking"]
fn write_seed_pdf() {
    let kind = std::env::var("DOCPIPE_LAYOUT_STYLE")
        .ok()
        .and_then(|s| StyleKind::from_name(&s))
        .unwrap_or(StyleKind::Speech);
    let style = Style::builtin(kind);
    let options = crate::export::ExportOptions::new("speech.txt", style);
    let out = crate::export::pdf::write_pdf(&speech_document(), &options, test_book()).unwrap();
    let path = std::env::var("DOCPIPE_LAYOUT_PDF").unwrap_or("/tmp/docpipe-seed.pdf".into());
    std::fs::write(path, out.bytes).unwrap();
}

/// Times layout (and PDF writing) of the 1.2 MB novel; run in release:
/// `cargo test --release --lib novel_timing -- --ignored --nocapture`.
#[test]
#[ignore = "timing; needs the shared corpus"]
fn novel_timing() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/zh/novel_三国演义_gb18030_crlf.txt");
    let Ok(bytes) = std::fs::read(&path) else {
        return;
    };
    let (text, _, _) = encoding_rs::GB18030.decode(&bytes);
    let blocks: Vec<Block> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| Block::text(BlockKind::Paragraph { label: None }, l))
        .collect();
    let doc = Document {
        blocks,
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let style = Style::builtin(StyleKind::Gongwen);
    let start = std::time::Instant::now();
    let laid = layout_document(&doc, &style, test_book()).unwrap();
    let layout = start.elapsed();
    let start = std::time::Instant::now();
    let again = layout_document(&doc, &style, test_book()).unwrap();
    println!(
        "novel: second layout (system fonts known) {:?}",
        start.elapsed()
    );
    drop(again);
    if std::env::var_os("DOCPIPE_LAYOUT_ONLY").is_some() {
        println!("novel: {} pages, layout {layout:?}", laid.pages.len());
        return;
    }
    let options = crate::export::ExportOptions::new(&path.display().to_string(), style);
    let start = std::time::Instant::now();
    let pdf = crate::export::pdf::write_pdf(&doc, &options, test_book()).unwrap();
    println!(
        "novel: {} pages, layout {layout:?}; layout + PDF {:?}, {} bytes, missing {:?}",
        laid.pages.len(),
        start.elapsed(),
        pdf.bytes.len(),
        laid.missing_glyphs
    );
}

/// Lays out `$DOCPIPE_LAYOUT_SOURCE` (UTF-8 text, one paragraph per line; lines opening
/// with 一、 or （一） become headings) and writes `$DOCPIPE_LAYOUT_PDF`, for check_pdf.py.
#[test]
#[ignore = "writes a file for manual checking"]
fn write_corpus_pdf() {
    let Ok(path) = std::env::var("DOCPIPE_LAYOUT_SOURCE") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let heading = |kind, level, line: &str| {
        Block::text(
            BlockKind::Heading(Heading {
                level,
                marker: String::new(),
                marker_kind: kind,
                run_in: false,
            }),
            line,
        )
    };
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let blocks = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut chars = l.chars();
            let first = chars.next().unwrap_or(' ');
            if numeral(first) && l.chars().take_while(|&c| numeral(c)).count() < 4 {
                let after = l.chars().find(|&c| !numeral(c));
                if after == Some('、') {
                    return heading(MarkerKind::ChineseNumeral, 1, l);
                }
            }
            if first == '（' && chars.next().is_some_and(numeral) {
                return heading(MarkerKind::ParenChineseNumeral, 2, l);
            }
            Block::text(BlockKind::Paragraph { label: None }, l)
        })
        .collect();
    let doc = Document {
        blocks,
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let options =
        crate::export::ExportOptions::new("corpus.txt", Style::builtin(StyleKind::Gongwen));
    let out = crate::export::pdf::write_pdf(&doc, &options, test_book()).unwrap();
    let path = std::env::var("DOCPIPE_LAYOUT_PDF").unwrap_or("/tmp/docpipe-corpus.pdf".into());
    std::fs::write(path, out.bytes).unwrap();
}
