//! Golden structure summaries of the seed speech and the shared corpus, read through
//! `docpipe::read_document` (ingest, then structure).
//!
//! Not whole-file snapshots: the kind counts, the heading outline as "level marker"
//! lines, and the first blocks, which say what a reader of the document would check.
//! Corpus files live in ../shared (resolved from CARGO_MANIFEST_DIR); a test whose file
//! is absent prints why and passes.

use docpipe::model::{Block, BlockKind};
use docpipe::structure::{parse, InputFormat};
use docpipe::{read_document, Document, ReadOptions, StyleKind};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn corpus(relative: &str) -> Option<Vec<u8>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(relative);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            eprintln!("skipping: {} unreadable ({e})", path.display());
            None
        }
    }
}

fn read(bytes: &[u8]) -> Document {
    read_document(bytes, &ReadOptions::default())
        .expect("corpus files are text")
        .document
}

fn counts(doc: &Document) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for block in &doc.blocks {
        *counts.entry(block.kind.name()).or_insert(0) += 1;
    }
    counts
}

/// The outline: "level marker" for each heading outside the table of contents.
fn outline(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter(|b| !b.in_toc)
        .filter_map(Block::heading)
        .map(|h| format!("{} {}", h.level, h.marker))
        .collect()
}

fn toc_count(doc: &Document) -> usize {
    doc.blocks.iter().filter(|b| b.in_toc).count()
}

fn labels(doc: &Document) -> usize {
    doc.blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph { label: Some(_) }))
        .count()
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Structure's invariant on real text: the blocks hold exactly the ingested text.
fn assert_lossless(bytes: &[u8]) {
    let options = docpipe::ingest::IngestOptions::default();
    let decoded = docpipe::ingest::decode(bytes, &options)
        .expect("corpus files are text")
        .text;
    let doc = parse(&decoded, InputFormat::Plain, None);
    let text = docpipe::structure::recover_paragraphs(&decoded);
    let joined: String = doc.blocks.iter().map(Block::plain_text).collect();
    assert!(
        squeezed(&joined) == squeezed(&text),
        "blocks lost or invented text"
    );
}

fn print_summary(name: &str, doc: &Document) {
    eprintln!(
        "{name}: style {} blocks {} {:?} toc {} labels {}",
        doc.style.name(),
        doc.blocks.len(),
        counts(doc),
        toc_count(doc),
        labels(doc)
    );
}

#[test]
fn seed_speech() {
    let bytes = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/speech.txt"))
        .expect("samples/speech.txt is in the repository");
    let doc = read(&bytes);
    print_summary("speech", &doc);
    assert_eq!(doc.style, StyleKind::Speech);
    let kinds: Vec<String> = doc
        .blocks
        .iter()
        .map(|b| match b.heading() {
            Some(h) => format!("heading {} {} {}", h.level, h.marker, h.run_in),
            None => b.kind.name().to_string(),
        })
        .collect();
    let mut expected = vec!["salutation".to_string()];
    expected.extend(["paragraph"; 3].map(String::from));
    for marker in ["一、", "二、", "三、", "四、"] {
        expected.push(format!("heading 1 {marker} true"));
        expected.push("paragraph".into());
    }
    expected.extend(["paragraph"; 2].map(String::from));
    assert_eq!(kinds, expected);
    assert_eq!(doc.blocks[0].plain_text(), "*书记，各位代表、同志们：");
    assert_eq!(
        doc.blocks[4].plain_text(),
        "一、牢牢把握工会工作正确方向，持续掀起学习宣传贯彻习近平新时代中国特色社会主义思想和党的二十大精神新高潮。"
    );
    assert!(doc.blocks[5].plain_text().starts_with("要紧紧围绕"));
    assert_lossless(&bytes);

    let json = docpipe::export::json::document_value(&doc, "speech.txt", "UTF-8", &[]);
    assert_eq!(json["style"], "speech");
    assert_eq!(json["blocks"][4]["kind"], "heading");
    assert_eq!(json["blocks"][4]["level"], 1);
    assert_eq!(json["blocks"][4]["marker"], "一、");
    assert_eq!(json["blocks"][4]["run_in"], true);
}

#[test]
fn government_work_report() {
    let Some(bytes) = corpus("zh/gwr_2022年政府工作报告_utf8_crlf.txt") else {
        return;
    };
    let doc = read(&bytes);
    print_summary("gwr", &doc);
    assert_eq!(doc.style, StyleKind::Speech);
    assert_eq!(doc.blocks[0].kind, BlockKind::Salutation);
    assert_eq!(doc.blocks[0].plain_text(), "各位代表：");
    let mut expected: Vec<String> = ["一、", "二、", "三、"].map(|m| format!("1 {m}")).into();
    for m in ["一", "二", "三", "四", "五", "六", "七", "八", "九"] {
        expected.push(format!("2 （{m}）"));
    }
    assert_eq!(outline(&doc), expected);
    let run_in: Vec<bool> = doc
        .blocks
        .iter()
        .filter_map(|b| b.heading())
        .map(|h| h.run_in)
        .collect();
    assert_eq!(run_in[..3], [false; 3]);
    assert!(run_in[3..].iter().all(|r| *r));
    assert_eq!(counts(&doc).get("title"), None);
    assert_lossless(&bytes);
}

#[test]
fn constitution() {
    let Some(bytes) = corpus("zh/law_中华人民共和国宪法_utf8_crlf.txt") else {
        return;
    };
    let doc = read(&bytes);
    print_summary("constitution", &doc);
    assert_eq!(doc.style, StyleKind::Gongwen);
    assert_eq!(doc.title().as_deref(), Some("中华人民共和国宪法"));
    assert_eq!(doc.blocks[1].kind, BlockKind::Subtitle);
    // 目录, 序言, four chapters and eight sections.
    assert_eq!(toc_count(&doc), 14);
    let mut expected = vec!["1 ".to_string()]; // 序言, listed by the TOC
    expected.extend(["1 第一章", "1 第二章", "1 第三章"].map(String::from));
    for n in ["一", "二", "三", "四", "五", "六", "七", "八"] {
        expected.push(format!("2 第{n}节"));
    }
    expected.push("1 第四章".into());
    assert_eq!(outline(&doc), expected);
    assert_eq!(labels(&doc), 143);
    assert_lossless(&bytes);
}

#[test]
fn rural_revitalisation_opinion() {
    let Some(bytes) = corpus("zh/official_中共中央国务院关于实施乡村振兴战略的意见_utf8_crlf.txt")
    else {
        return;
    };
    let doc = read(&bytes);
    print_summary("opinion", &doc);
    assert_eq!(doc.style, StyleKind::Gongwen);
    assert_eq!(
        doc.title().as_deref(),
        Some("中共中央 国务院关于实施乡村振兴战略的意见")
    );
    assert_eq!(doc.blocks[1].kind, BlockKind::Subtitle);
    assert_eq!(doc.blocks[1].plain_text(), "（2018年1月2日）");
    let outline = outline(&doc);
    assert_eq!(outline.iter().filter(|h| h.starts_with("1 ")).count(), 12);
    assert_eq!(outline.iter().filter(|h| h.starts_with("2 （")).count(), 49);
    assert_eq!(outline[..4], ["1 一、", "1 二、", "2 （一）", "2 （二）"]);
    assert_lossless(&bytes);
}

#[test]
fn single_line_party_congress_report() {
    let Some(bytes) = corpus("zh/report_二十大报告_utf8_singleline.txt") else {
        return;
    };
    let doc = read(&bytes);
    print_summary("二十大", &doc);
    eprintln!("outline {:?}", outline(&doc));
    assert_eq!(doc.style, StyleKind::Speech);
    assert_eq!(doc.blocks[0].kind, BlockKind::Salutation);
    assert_eq!(doc.blocks[0].plain_text(), "同志们：");
    // Ingest restores the breaks before （一）…; with no punctuation left there is no
    // telling where each heading ends, so they are paragraphs labelled by their number.
    let labelled: Vec<&Block> = doc
        .blocks
        .iter()
        .filter(
            |b| matches!(&b.kind, BlockKind::Paragraph { label: Some(l) } if l.text.starts_with('（')),
        )
        .collect();
    assert_eq!(labelled.len(), 41);
    assert!(labelled[0]
        .plain_text()
        .starts_with("（一）构建高水平社会主义市场经济体制"));
    assert_lossless(&bytes);
}

#[test]
fn pride_and_prejudice() {
    let Some(bytes) = corpus("en/pg1342_pride_and_prejudice_cp1252_crlf.txt") else {
        return;
    };
    let doc = read(&bytes);
    print_summary("pride", &doc);
    assert_eq!(doc.style, StyleKind::Plain);
    // The licence header is front matter, not the title: the work is named by its
    // "Title:" line (the title page after the START line is an illustration block).
    assert_eq!(doc.title().as_deref(), Some("Pride and Prejudice"));
    assert_eq!(doc.blocks[0].kind, BlockKind::FrontMatter);
    let chapters = doc
        .blocks
        .iter()
        .filter_map(Block::heading)
        .filter(|h| h.marker.to_ascii_uppercase().starts_with("CHAPTER"))
        .count();
    // 60: chapter I's heading sits inside an illustration caption, "[… Chapter I.]".
    assert_eq!(chapters, 60);
    let opening = "It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife.";
    assert!(doc.blocks.iter().any(|b| b.plain_text() == opening));
    assert_lossless(&bytes);
}

#[test]
fn alice_in_wonderland() {
    let Some(bytes) = corpus("en/gutenberg_11-0_alice_utf8_lf.txt") else {
        return;
    };
    let doc = read(&bytes);
    print_summary("alice", &doc);
    assert_eq!(doc.style, StyleKind::Plain);
    // "[Illustration]" comes first, so the title is the first Title block.
    let title = doc.blocks.iter().find(|b| b.kind == BlockKind::Title);
    assert_eq!(
        title.map(Block::plain_text).as_deref(),
        Some("Alice’s Adventures in Wonderland")
    );
    assert_eq!(doc.blocks[0].plain_text(), "[Illustration]");
    // "Contents" and its twelve entries.
    assert_eq!(toc_count(&doc), 13);
    let chapters: Vec<String> = doc
        .blocks
        .iter()
        .filter(|b| !b.in_toc)
        .filter_map(Block::heading)
        .filter(|h| h.marker.starts_with("CHAPTER"))
        .map(|h| format!("{} {}", h.level, h.marker))
        .collect();
    assert_eq!(chapters.len(), 12);
    assert_eq!(chapters[0], "1 CHAPTER I.");
    assert_eq!(chapters[11], "1 CHAPTER XII.");
    let first = doc
        .blocks
        .iter()
        .find(|b| b.heading().is_some_and(|h| h.marker == "CHAPTER I.") && !b.in_toc)
        .map(Block::plain_text);
    assert_eq!(first.as_deref(), Some("CHAPTER I. Down the Rabbit-Hole"));
    assert_lossless(&bytes);
}

#[test]
fn markdown_corpus() {
    for name in [
        "md/bat_README-zh.md",
        "md/chinese-copywriting-guidelines_README.zh-Hans.md",
        "md/jieba_README.md",
        "md/markdown-gongwen_gbt9704-typography.md",
        "md/markdown-test-file_TEST.md",
    ] {
        let Some(bytes) = corpus(name) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let doc = parse(&text, InputFormat::Markdown, None);
        print_summary(name, &doc);
        assert!(doc
            .blocks
            .iter()
            .any(|b| b.heading().is_some() || b.kind == BlockKind::Title));
        assert!(counts(&doc).get("paragraph").copied().unwrap_or(0) > 0);
    }
}

#[test]
fn every_plain_corpus_file_is_lossless() {
    for name in [
        "zh/essay_共产党宣言_hardwrapped_utf8_crlf.txt",
        "zh/novel_三国演义_gb18030_crlf.txt",
        "zh/report_十九大报告节选_gb2312.txt",
        "zh/speech_习近平讲话汇编_gbk_crlf.txt",
        "en/wordcloud_us_constitution_utf8_lf.txt",
    ] {
        let Some(bytes) = corpus(name) else {
            continue;
        };
        let doc = read(&bytes);
        print_summary(name, &doc);
        assert_lossless(&bytes);
    }
}
