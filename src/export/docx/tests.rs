//! Tests of the whole DOCX package: parts, styles, settings, properties and the zip,
//! read back from what `write_docx` writes.

use super::*;
use crate::model::{Block, BlockKind, Heading, Inline, ListItem, MarkerKind, StyleKind};
use crate::style::Style;
use std::io::Read;

/// One font book for the tests, as the binary has one per process.
fn fonts() -> &'static crate::fonts::FontBook {
    static BOOK: std::sync::OnceLock<crate::fonts::FontBook> = std::sync::OnceLock::new();
    BOOK.get_or_init(crate::fonts::FontBook::default)
}

fn options(kind: StyleKind) -> ExportOptions {
    ExportOptions {
        created_unix: 1_739_871_000,
        author: Some("办公室".into()),
        ..ExportOptions::new("t.txt", Style::builtin(kind))
    }
}

fn sample() -> Document {
    let mut blocks = vec![
        Block::text(BlockKind::Title, "关于开展试点工作的通知"),
        Block::text(
            BlockKind::Heading(Heading {
                level: 1,
                marker: "一、".into(),
                marker_kind: MarkerKind::ChineseNumeral,
                run_in: true,
            }),
            "一、总体要求。",
        ),
        Block::text(
            BlockKind::Paragraph { label: None },
            "正文\u{0}继续\u{fffe}。",
        ),
        Block::text(
            BlockKind::ListItem(ListItem {
                ordered: true,
                number: 1,
                depth: 0,
                task: None,
            }),
            "条目",
        ),
        Block::text(BlockKind::Signature, "国务院办公厅"),
        Block::text(BlockKind::Date, "2025年2月18日"),
    ];
    blocks[2].content.push(Inline::Link {
        url: "https://example.com/?a=1&b=2".into(),
        content: vec![Inline::Text("链接".into())],
    });
    Document {
        blocks,
        style: StyleKind::Gongwen,
        ..Document::default()
    }
}

fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            (entry.name().to_string(), data)
        })
        .collect()
}

/// The part `name` of unzipped `parts`, as text.
fn text_part(parts: &[(String, Vec<u8>)], name: &str) -> String {
    let found = parts.iter().find(|(n, _)| n == name).unwrap();
    String::from_utf8(found.1.clone()).unwrap()
}

/// The document part of `doc` written in the gongwen style.
fn gongwen_document_xml(doc: &Document) -> String {
    let bytes = write_docx(doc, &options(StyleKind::Gongwen), fonts())
        .unwrap()
        .bytes;
    text_part(&unzip(&bytes), "word/document.xml")
}

#[test]
fn a_plain_page_is_the_pdfs_page_chapters_open_pages_and_words_hyphenate() {
    let chapter = |text: &str| {
        Block::text(
            BlockKind::Heading(Heading {
                level: 1,
                marker: "CHAPTER I.".into(),
                marker_kind: MarkerKind::EnglishChapter,
                run_in: false,
            }),
            text,
        )
    };
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::Title, "A Book"),
            chapter("CHAPTER I. The Start"),
            Block::text(BlockKind::Paragraph { label: None }, "Some text."),
        ],
        style: StyleKind::Plain,
        ..Document::default()
    };
    let style = Style::builtin(StyleKind::Plain).with_letter_paper();
    let bytes = write_docx(
        &doc,
        &ExportOptions {
            style: style.clone(),
            ..options(StyleKind::Plain)
        },
        fonts(),
    )
    .unwrap()
    .bytes;
    let parts = unzip(&bytes);
    let part = |name: &str| text_part(&parts, name);
    let document = part("word/document.xml");
    let heading = document
        .split("<w:p>")
        .find(|p| p.contains("The Start"))
        .unwrap();
    assert!(heading.contains("<w:pageBreakBefore/>"), "{heading}");
    let title = document
        .split("<w:p>")
        .find(|p| p.contains("A Book"))
        .unwrap();
    assert!(!title.contains("pageBreakBefore"), "{title}");
    assert!(part("word/settings.xml").contains("<w:autoHyphenation/>"));
    // Letter paper, and the side margins the PDF's measure leaves.
    assert!(document.contains("w:w=\"12240\""), "letter width");
    let side = page::twips(style.margin_left);
    assert!(document.contains(&format!("w:left=\"{side}\"")), "{side}");
    // The footer holds a bare number (a PAGE field), no dashes.
    let footer = part("word/footer1.xml");
    assert!(footer.contains("PAGE") && !footer.contains('—'), "{footer}");
    // A CJK profile never hyphenates.
    let gongwen = write_docx(&sample(), &options(StyleKind::Gongwen), fonts())
        .unwrap()
        .bytes;
    let settings = unzip(&gongwen)
        .into_iter()
        .find(|(n, _)| n == "word/settings.xml")
        .unwrap()
        .1;
    assert!(!String::from_utf8(settings)
        .unwrap()
        .contains("autoHyphenation"));
}

#[test]
fn every_written_part_is_already_in_schema_order() {
    for kind in [StyleKind::Gongwen, StyleKind::Plain] {
        let bytes = write_docx(&sample(), &options(kind), fonts())
            .unwrap()
            .bytes;
        for (name, data) in unzip(&bytes) {
            if !(name.starts_with("word/") && name.ends_with(".xml")) {
                continue;
            }
            let mut nodes = xmltree::parse(&data).unwrap();
            if let Some(root) = xmltree::root_mut(&mut nodes) {
                order::order_children(root);
            }
            assert_eq!(xmltree::serialize(&nodes), data, "{name} was out of order");
        }
    }
}

#[test]
fn package_has_our_metadata_and_no_xml_invalid_characters() {
    let bytes = write_docx(&sample(), &options(StyleKind::Gongwen), fonts())
        .unwrap()
        .bytes;
    let parts = unzip(&bytes);
    let part = |name: &str| text_part(&parts, name);
    let core = part("docProps/core.xml");
    assert!(core.contains("<dc:title>关于开展试点工作的通知</dc:title>"));
    assert!(core.contains("<dc:creator>办公室</dc:creator>"));
    let document = part("word/document.xml");
    assert!(document.contains("正文继续。"));
    assert!(!document.contains('\u{0}') && !document.contains('\u{fffe}'));
    // Run-in heading: one paragraph with the heading's outline level, heading first.
    assert!(!document.contains("specVanish"));
    let para = document
        .split("<w:p>")
        .find(|p| p.contains("一、总体要求。"))
        .unwrap();
    assert!(para.contains("<w:outlineLvl w:val=\"0\"/>"), "{para}");
    assert!(para.contains("正文继续。"), "{para}");
    assert!(part("word/_rels/document.xml.rels").contains("a=1&amp;b=2"));
    assert!(part("word/settings.xml").contains("<w:evenAndOddHeaders/>"));
    assert!(part("word/fontTable.xml").contains("w:altName w:val=\"仿宋\""));
    assert!(part("word/styles.xml").contains("w:firstLineChars=\"200\""));
    // Every part but the relationships is declared in the content types.
    let types = part("[Content_Types].xml");
    for (name, _) in &parts {
        assert!(
            name == "[Content_Types].xml"
                || name.ends_with(".rels")
                || types.contains(&format!("PartName=\"/{name}\"")),
            "{name} undeclared"
        );
    }
}

#[test]
fn an_issued_document_opens_a_page_and_its_title_keeps_its_space_under_it() {
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::Title, "关于印发某某办法的通知"),
            Block::text(
                BlockKind::Paragraph { label: None },
                "现将某某办法印发给你们。",
            ),
            Block::text(BlockKind::Signature, "某某市人民政府"),
            Block::text(BlockKind::Date, "2025年1月8日"),
            Block::text(BlockKind::Title, "某某办法"),
            Block::text(BlockKind::Paragraph { label: None }, "第一条　正文。"),
        ],
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let document = gongwen_document_xml(&doc);
    let paragraph = |text: &str| {
        document
            .split("<w:p>")
            .find(|p| p.contains(text) && p.contains(r#"w:val="Title""#))
            .unwrap()
            .to_string()
    };
    let (first, issued) = (paragraph("通知"), paragraph("某某办法</w:t>"));
    assert!(!first.contains("<w:pageBreakBefore/>"), "{first}");
    assert!(issued.contains("<w:pageBreakBefore/>"), "{issued}");
    let space = |p: &str| {
        p.split("w:after=\"")
            .nth(1)
            .map(|r| r[..r.find('"').unwrap()].to_string())
    };
    assert!(space(&first).is_some(), "{first}");
    assert_eq!(space(&first), space(&issued));
}

#[test]
fn the_body_end_and_the_attachment_note_keep_with_the_signature() {
    let para = |text: &str| Block::text(BlockKind::Paragraph { label: None }, text);
    let doc = Document {
        blocks: vec![
            para("第一段。"),
            para("妥否，请批示。"),
            Block::text(BlockKind::Attachment, "附件：实施方案"),
            Block::text(BlockKind::Signature, "某某县水利局"),
            Block::text(BlockKind::Date, "2026年4月8日"),
        ],
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let document = gongwen_document_xml(&doc);
    let kept = |text: &str| {
        let p = document.split("<w:p>").find(|p| p.contains(text)).unwrap();
        p.contains("<w:keepNext/>")
    };
    let keeps: Vec<bool> = ["第一段", "妥否", "附件", "某某县水利局", "2026年"]
        .iter()
        .map(|t| kept(t))
        .collect();
    assert_eq!(keeps, [false, true, true, false, false]);
}

#[test]
fn an_upward_documents_number_and_signer_are_one_line_and_the_record_a_foot_frame() {
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::DocumentNumber, "某水字〔2026〕12号"),
            Block::text(BlockKind::Signer, "签发人：王某某"),
            Block::text(BlockKind::Title, "关于某事的请示"),
            Block::text(BlockKind::Paragraph { label: None }, "正文。"),
            Block::text(BlockKind::CopyTo, "抄送：县财政局。"),
            Block::text(BlockKind::Imprint, "某某县水利局办公室 2026年4月8日印发"),
        ],
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let document = gongwen_document_xml(&doc);
    let line = document
        .split("<w:p>")
        .find(|p| p.contains("某水字"))
        .unwrap();
    // Number, a right tab, "签发人：" in the body face and the name in Kai; the red
    // separator under the line; no paragraph of the signer's own.
    assert!(line.contains(r#"<w:tab w:val="right""#), "{line}");
    assert!(line.contains("<w:tab/>"), "{line}");
    let name = line.split("<w:r>").find(|r| r.contains("王某某")).unwrap();
    assert!(
        name.contains("楷体_GB2312") && !name.contains("签发人"),
        "{name}"
    );
    assert!(line.contains(r#"w:color="FF0000""#), "{line}");
    assert_eq!(document.matches("王某某").count(), 1);
    // 印发: the organ, a right tab one character short of the edge, the date.
    let imprint = document
        .split("<w:p>")
        .find(|p| p.contains("印发"))
        .unwrap();
    let stop = page::Metrics::of(&Style::builtin(StyleKind::Gongwen));
    let stop = stop.text_width - stop.char_twips;
    assert!(imprint.contains(&format!(r#"w:pos="{stop}""#)), "{imprint}");
    assert!(imprint.contains("<w:tab/>"), "{imprint}");
    // 抄送 hangs under the first name after "抄送：" (3 cells), one cell in.
    let copy = document
        .split("<w:p>")
        .find(|p| p.contains("抄送"))
        .unwrap();
    let cell = page::Metrics::of(&Style::builtin(StyleKind::Gongwen)).char_twips;
    let hanging = format!(r#"w:hanging="{}""#, 3 * cell);
    assert!(copy.contains(&hanging), "{copy}");
    assert!(
        copy.contains(&format!(r#"w:left="{}""#, 4 * cell)),
        "{copy}"
    );
    // The record: two framed parts and one framed light rule before them.
    assert_eq!(document.matches("<w:framePr").count(), 3, "{document}");
}
