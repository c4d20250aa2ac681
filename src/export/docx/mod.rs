//! DOCX writer: the model → a WordprocessingML package an office worker opens in Word
//! or WPS and keeps editing.
//!
//! docx-rs builds the parts; our own code then makes them right where docx-rs cannot:
//! character-unit indents, the default style, the language, paragraph ids (`fixups`),
//! the ECMA-376 child order (`order`), the font table and core properties (`parts`),
//! and a deterministic deflated zip (`package`). Styles are real Word styles (`styles`),
//! page setup and page numbers follow the [`Style`](crate::style::Style) (`page`), and
//! each model level has its own converter (`blocks`, `inlines`, `lists`). The choice for
//! run-in headings (Word's style separator) is explained in `blocks`.

mod blocks;
mod fixups;
mod inlines;
mod lists;
mod order;
mod package;
mod page;
mod parts;
mod styles;
mod xmltree;

use docx_rs::Docx;

use crate::error::Error;
use crate::export::{ExportOptions, Exported};
use crate::model::Document;

use blocks::{document_to_parts, BodyPart};
use fixups::{fix_part, Fixups};
use package::{zip_parts, Part};
use page::{page_setup, Metrics};
use styles::build_styles;

/// Writes `doc` as DOCX.
pub fn write_docx(doc: &Document, options: &ExportOptions) -> Result<Exported, Error> {
    let style = &options.style;

    // Phase 1: lengths derived from the style, and the styles themselves.
    let metrics = Metrics::of(style);
    let mut docx = Docx::new().styles(build_styles(style, &metrics));

    // Phase 2: paper, margins, grid and page-number footers.
    docx = page_setup(docx, style, &metrics);

    // Phase 3: the blocks, then the list numbering they used.
    let (body, lists) = document_to_parts(doc, style, &metrics);
    for part in body {
        docx = match part {
            BodyPart::Paragraph(p) => docx.add_paragraph(*p),
            BodyPart::Table(t) => docx.add_table(*t),
        };
    }
    docx = lists.add_to(docx, &metrics);

    // Phase 4: docx-rs renders the parts; we repair and order every WordprocessingML
    // part, and write the font table and core properties ourselves.
    let xml = docx.build();
    let fixups = Fixups {
        char_twips: metrics.char_twips,
        lang: "en-US",
        lang_east_asia: "zh-CN",
    };
    let fix = |name: &str, bytes: &[u8]| -> Result<Part, Error> {
        let fixed = fix_part(bytes, &fixups).map_err(|e| Error::Docx(format!("{name}: {e}")))?;
        Ok((name.to_string(), fixed))
    };
    let title = doc
        .title()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| options.stem.clone());
    let creator = options.author.clone().unwrap_or_default();

    // Phase 5: the package, in a fixed order.
    let mut package: Vec<Part> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        (
            "docProps/core.xml".into(),
            parts::core_xml(&title, &creator, options.created_unix),
        ),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        fix("word/document.xml", &xml.document)?,
        fix("word/styles.xml", &xml.styles)?,
        fix("word/settings.xml", &xml.settings)?,
        ("word/fontTable.xml".into(), parts::font_table_xml(style)),
        fix("word/comments.xml", &xml.comments)?,
        fix("word/numbering.xml", &xml.numberings)?,
        fix("word/commentsExtended.xml", &xml.comments_extended)?,
        fix("word/footnotes.xml", &xml.footnotes)?,
    ];
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
    let bytes = zip_parts(&package, options.created_unix).map_err(Error::Docx)?;
    Ok(Exported {
        bytes,
        warnings: Vec::new(),
    })
}
