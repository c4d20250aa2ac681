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
use crate::fonts::FontBook;
use crate::model::Document;

use blocks::{each_body_part, BodyPart};
use fixups::{chunk_placeholder, fix_document, fix_fragment, fix_part, Fixups};
use package::{zip_parts, Part};
use page::{page_setup, Metrics};
use styles::build_styles;

/// Writes `doc` as DOCX. `fonts` sets body paragraphs as the PDF does where the DOCX
/// takes the PDF's decision (`layout::ParagraphProbe`): the same fonts make the same
/// decisions.
pub fn write_docx(
    doc: &Document,
    options: &ExportOptions,
    fonts: &FontBook,
) -> Result<Exported, Error> {
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
    };
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut in_chunk = false;
    let mut failed = None;
    let mut builder = Some(docx);
    let lists = each_body_part(doc, style, &metrics, &media, fonts, &mut |part| {
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
mod tests;
