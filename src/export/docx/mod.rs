//! DOCX writer: the model → a WordprocessingML package an office worker opens in Word
//! or WPS and keeps editing.
//!
//! docx-rs builds the parts; our own code then makes them right where docx-rs cannot:
//! character-unit indents, the default style, the language, paragraph ids, relationship
//! order (`fixups`), the ECMA-376 child order (`order`, tables in `sequences`), the font
//! table and core properties (`parts`), and a deterministic deflated zip (`package`).
//! Styles are real Word styles (`styles`), page setup and page numbers follow the
//! [`Style`](crate::style::Style) (`page`), and each model level has its own converter
//! (`blocks`, `inlines`, `lists`). Why run-in headings are one paragraph and not
//! Word's style separator is explained in `blocks`.

mod blocks;
mod fixups;
mod inlines;
mod lists;
mod order;
mod package;
mod page;
mod parts;
mod pictures;
mod placement;
mod sequences;
mod squeeze;
mod styles;
mod xmltree;

use docx_rs::{BuildXML, Docx, Paragraph};

use crate::error::Error;
use crate::export::{ExportOptions, Exported};
use crate::model::Document;

use blocks::{each_body_part, BodyPart};
use fixups::{chunk_placeholder, fix_document, fix_fragment, fix_part, Fixups};
use package::{zip_parts, Part};
use page::{page_setup, Metrics};
use styles::build_styles;

/// Writes `doc` as DOCX.
pub fn write_docx(doc: &Document, options: &ExportOptions) -> Result<Exported, Error> {
    let style = &options.style;
    let shown = doc.with_metadata_title();
    let doc: &Document = &shown;

    // Phase 1: lengths derived from the style, and the styles themselves.
    let metrics = Metrics::of(style);
    let mut docx = Docx::new().styles(build_styles(style, &metrics));

    // Phase 2: paper, margins, grid and page-number footers.
    docx = page_setup(docx, style, &metrics);

    // Phase 3: the blocks, then the list numbering they used. Each part is written out
    // and fixed as soon as it is made, and only the fixed XML is kept (a paragraph
    // builder is ~1 KB, its XML ~100 bytes): runs of such parts go into `chunks`, and
    // docx-rs sees one placeholder paragraph per run. Parts docx-rs must see to write
    // other parts (links and their relationships, numbering, notes, comments, drawings)
    // go to docx-rs as before.
    let media = pictures::Media::new(
        crate::images::base_dir(&options.source),
        (style.type_area_width().0, style.type_area_height().0),
    );
    let fixups = Fixups {
        char_twips: metrics.char_twips,
        lang: "en-US",
        lang_east_asia: "zh-CN",
        char_scale: metrics.char_scale,
        char_spacing: metrics.char_spacing,
        solid_latin: metrics.grid,
    };
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut in_chunk = false;
    let mut failed = None;
    let mut builder = Some(docx);
    let lists = each_body_part(doc, style, &metrics, &media, &mut |part| {
        let Some(docx) = builder.take() else { return };
        let xml = match &part {
            BodyPart::Paragraph(p) => p.build(),
            BodyPart::Table(t) => t.build(),
            BodyPart::Skip => {
                builder = Some(docx);
                return;
            }
        };
        if stands_alone(&xml) {
            match fix_fragment(&xml, &fixups) {
                Ok(fixed) => {
                    let docx = if in_chunk {
                        docx
                    } else {
                        chunks.push(Vec::new());
                        in_chunk = true;
                        docx.add_paragraph(
                            Paragraph::new().style(&chunk_placeholder(chunks.len() - 1)),
                        )
                    };
                    if let Some(chunk) = chunks.last_mut() {
                        chunk.extend_from_slice(&fixed);
                    }
                    builder = Some(docx);
                }
                Err(e) => failed = Some(e),
            }
            return;
        }
        in_chunk = false;
        builder = Some(match part {
            BodyPart::Paragraph(p) => docx.add_paragraph(*p),
            BodyPart::Table(t) => docx.add_table(*t),
            BodyPart::Skip => docx,
        });
    });
    if let Some(e) = failed {
        return Err(Error::Docx(format!("word/document.xml: {e}")));
    }
    let docx = builder.ok_or_else(|| Error::Docx("word/document.xml: no builder".into()))?;
    let docx = lists.add_to(docx, &metrics);

    // Phase 4: docx-rs renders the parts; we repair and order every WordprocessingML
    // part, and write the font table and core properties ourselves.
    let mut xml = docx.build();
    let fix = |name: &str, bytes: &[u8]| -> Result<Part, Error> {
        let fixed = fix_part(bytes, &fixups).map_err(|e| Error::Docx(format!("{name}: {e}")))?;
        Ok((name.to_string(), fixed))
    };
    let described =
        pictures::describe_pictures(&std::mem::take(&mut xml.document), &media.alts.borrow());
    let document = fix_document(&described, &fixups, &chunks)
        .map_err(|e| Error::Docx(format!("word/document.xml: {e}")))?;
    drop(chunks);
    let title = doc
        .title()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| options.stem.clone());
    let creator = options
        .author
        .clone()
        .or_else(|| doc.metadata.author.clone())
        .unwrap_or_default();

    // A front matter date is the document's own; else the input's time.
    let created = doc
        .metadata
        .date
        .as_deref()
        .and_then(crate::export::date::unix_of_date)
        .unwrap_or(options.created_unix);

    // Phase 5: the package, in a fixed order.
    let mut package: Vec<Part> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        (
            "docProps/core.xml".into(),
            with_subject(
                parts::core_xml(&title, &creator, created),
                doc.metadata.subject.as_deref(),
            ),
        ),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        (
            "word/_rels/document.xml.rels".into(),
            fixups::sort_relationships(&xml.document_rels)
                .map_err(|e| Error::Docx(format!("document relationships: {e}")))?,
        ),
        ("word/document.xml".into(), document),
        fix("word/styles.xml", &xml.styles)?,
        fix(
            "word/settings.xml",
            &hyphenation_setting(&xml.settings, style),
        )?,
        ("word/fontTable.xml".into(), parts::font_table_xml(style)),
        fix("word/comments.xml", &xml.comments)?,
        fix("word/numbering.xml", &xml.numberings)?,
        fix("word/commentsExtended.xml", &xml.comments_extended)?,
        fix(
            "word/footnotes.xml",
            &inlines::footnote_marks(&xml.footnotes),
        )?,
    ];
    for (name, bytes) in &xml.media {
        package.push((format!("word/media/{name}.png"), bytes.clone()));
    }
    for (i, footer) in xml.footers.iter().enumerate() {
        package.push(fix(&format!("word/footer{}.xml", i + 1), footer)?);
        if let Some(rels) = xml.footer_rels.get(i) {
            package.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels.clone()));
        }
    }
    for (i, header) in xml.headers.iter().enumerate() {
        package.push(fix(&format!("word/header{}.xml", i + 1), header)?);
        if let Some(rels) = xml.header_rels.get(i) {
            package.push((format!("word/_rels/header{}.xml.rels", i + 1), rels.clone()));
        }
    }
    // docx-rs renders some parts it never declares (footnotes.xml without a content
    // type); a part the content types do not name is left out rather than shipped
    // with a guessed type.
    let declared = String::from_utf8_lossy(&package[0].1).into_owned();
    package.retain(|(name, _)| {
        name == "[Content_Types].xml"
            || name.ends_with(".rels")
            || name.starts_with("word/media/")
            || declared.contains(&format!("PartName=\"/{name}\""))
    });
    let bytes = zip_parts(&package, options.created_unix).map_err(Error::Docx)?;
    let mut warnings = media.warnings.take();
    warnings.extend(crate::style::nesting::nesting_warning(&doc.blocks));
    Ok(Exported { bytes, warnings })
}

/// `settings` with Word's automatic hyphenation switched on when the style hyphenates
/// (the PDF hyphenates the same pages; the fixups put the element in its place).
fn hyphenation_setting(settings: &[u8], style: &crate::style::Style) -> Vec<u8> {
    let text = String::from_utf8_lossy(settings);
    match text
        .find("<w:settings")
        .and_then(|at| text[at..].find('>').map(|end| at + end + 1))
    {
        Some(open) if style.hyphenate => {
            format!("{}<w:autoHyphenation/>{}", &text[..open], &text[open..]).into_bytes()
        }
        _ => settings.to_vec(),
    }
}

/// `core` with a `dc:subject` after its title, when the document has a subject.
fn with_subject(core: Vec<u8>, subject: Option<&str>) -> Vec<u8> {
    let Some(subject) = subject.filter(|s| !s.trim().is_empty()) else {
        return core;
    };
    let text = String::from_utf8_lossy(&core);
    text.replacen(
        "</dc:title>",
        &format!(
            "</dc:title><dc:subject>{}</dc:subject>",
            parts::escape(subject)
        ),
        1,
    )
    .into_bytes()
}

/// True if a body part's XML can be written without docx-rs seeing the part: it refers
/// to no relationship (`r:id`: links, drawings), numbering, note or comment, which
/// docx-rs collects from the paragraphs it holds to write other parts. Anything in doubt
/// (these strings in the text itself) simply goes the long way.
fn stands_alone(xml: &[u8]) -> bool {
    const DEPENDENCIES: [&[u8]; 8] = [
        b"r:id=",
        b"r:embed=",
        b"w:numPr",
        b"w:footnoteReference",
        b"w:endnoteReference",
        b"w:comment",
        b"w:drawing",
        b"w:sectPr",
    ];
    !DEPENDENCIES
        .iter()
        .any(|needle| xml.windows(needle.len()).any(|w| w == *needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind, Heading, Inline, ListItem, MarkerKind, StyleKind};
    use crate::style::Style;
    use std::io::Read;

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
        let bytes = write_docx(doc, &options(StyleKind::Gongwen)).unwrap().bytes;
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
        let gongwen = write_docx(&sample(), &options(StyleKind::Gongwen))
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
            let bytes = write_docx(&sample(), &options(kind)).unwrap().bytes;
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
        let bytes = write_docx(&sample(), &options(StyleKind::Gongwen))
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
}
