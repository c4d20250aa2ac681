//! PDF writer: laid-out pages → PDF bytes with printpdf, fonts subset with allsorts.
//!
//! The writer reads only the layout's output ([`LaidOut`]); it never looks at the document
//! model beyond its title. It runs in phases:
//! 1. subset every face the pages use, once per document, without hints (`fonts`,
//!    `unhint`);
//! 2. turn each page's items into printpdf operations (`content`);
//! 3. let printpdf build the PDF object tree (fonts, `/W`, ToUnicode, pages, links);
//! 4. finish what printpdf cannot do our way: information dictionary, nested outline,
//!    content-derived `/ID` (`meta`), widths only where they differ from the default
//!    (`widths`), ToUnicode entries for characters no font has (`missing`);
//! 5. compress and save.
//!
//! Nothing depends on the clock or on random numbers, so the same input gives the same
//! bytes.

mod content;
mod fonts;
mod images;
mod meta;
mod missing;
mod unhint;
mod widths;

use printpdf::{PdfDocument, PdfPage, PdfSaveOptions, Pt as PdfPt, Rect};

use rayon::prelude::*;

use crate::error::Error;
use crate::export::{ExportOptions, Exported};
use crate::layout::frame::{LaidOut, Page};
use crate::model::Document;
use meta::Metadata;

/// Lays out `doc` and writes it as PDF. The warnings name every character no font has.
pub fn write_pdf(doc: &Document, options: &ExportOptions) -> Result<Exported, Error> {
    let image_dir = crate::images::base_dir(&options.source);
    let mut laid = crate::layout::layout_document_in(doc, &options.style, &image_dir)?;
    if laid.pages.is_empty() {
        laid.pages.push(Page {
            width: options.style.paper_width,
            height: options.style.paper_height,
            items: Vec::new(),
        });
    }
    let meta = Metadata {
        title: doc.title().unwrap_or_else(|| options.stem.clone()),
        author: options
            .author
            .clone()
            .or_else(|| doc.metadata.author.clone()),
        subject: doc.metadata.subject.clone(),
        // A front matter date is the document's own; else the input's time.
        created_unix: doc
            .metadata
            .date
            .as_deref()
            .and_then(crate::export::date::unix_of_date)
            .unwrap_or(options.created_unix),
    };
    let bytes = write_laid_out(&laid, &meta)?;
    Ok(Exported {
        bytes,
        warnings: laid
            .warnings
            .iter()
            .cloned()
            .chain(missing_glyph_warnings(&laid.missing_glyphs))
            .collect(),
    })
}

/// One warning per character no available font has: "no font has 😀 (U+1F600)".
fn missing_glyph_warnings(missing: &[char]) -> Vec<String> {
    missing
        .iter()
        .map(|&ch| format!("no font has {ch} (U+{:04X})", u32::from(ch)))
        .collect()
}

/// Writes laid-out pages as PDF bytes.
fn write_laid_out(laid: &LaidOut, meta: &Metadata) -> Result<Vec<u8>, Error> {
    // Phase 1: one subset per face.
    let fonts = fonts::subset_fonts(laid)?;

    // Phase 2: page content.
    let images = images::PdfImages::collect(laid);
    let mut pdf = PdfDocument::new(&meta.title);
    fonts.register(&mut pdf);
    pdf.pages = laid
        .pages
        .iter()
        .map(|page| {
            let size = Rect::from_wh(PdfPt(page.width.0 as f32), PdfPt(page.height.0 as f32));
            PdfPage {
                media_box: size.clone(),
                trim_box: size.clone(),
                crop_box: size,
                ops: content::page_ops(page, &fonts, &images),
            }
        })
        .collect();

    // Phase 3: printpdf's object tree.
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        // Off so that raw `Tj` operators can show missing characters' codes (`missing`).
        secure: false,
        image_optimization: None,
    };
    let mut out = printpdf::serialize::to_lopdf_doc(&pdf, &options, &mut warnings);
    if let Some(error) = warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(Error::Pdf(error.msg.clone()));
    }
    drop(pdf);

    // Phase 4: metadata, outline, /ID.
    // OpenType (CFF) font programs in /FontFile3 need PDF 1.6.
    out.version = "1.7".to_string();
    meta::set_info(&mut out, meta);
    images.add_to(&mut out, laid)?;
    let heights: Vec<f64> = laid.pages.iter().map(|p| p.height.0).collect();
    meta::add_outline(&mut out, &laid.outline, &heights)?;
    widths::drop_default_widths(&mut out);
    fonts.map_missing_characters(&mut out)?;
    meta::set_placeholder_id(&mut out);

    // Phase 5: save.
    compress_streams(&mut out);
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|e| Error::Pdf(format!("saving: {e}")))?;
    meta::fill_document_id(&mut bytes)?;
    Ok(bytes)
}

/// Deflates every stream that may be compressed and is not yet, in parallel. Level 6:
/// font programs barely shrink at any level and page text shrinks as well as at level 9,
/// at a fraction of the time.
fn compress_streams(doc: &mut lopdf::Document) {
    use flate2::write::ZlibEncoder;
    use std::io::Write;

    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|object| match object {
            lopdf::Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => Some(s),
            _ => None,
        })
        .collect();
    streams.par_iter_mut().for_each(|stream| {
        let mut encoder = ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        let deflated = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish());
        if let Ok(deflated) = deflated {
            if deflated.len() + 19 < stream.content.len() {
                stream
                    .dict
                    .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(deflated);
            }
        }
    });
}

/// Where `needle` first occurs in `haystack`.
fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// 64-bit FNV-1a of `bytes`, started from `seed`: a stable hash for subset tags and `/ID`
/// (std's hasher may change between Rust releases, and output must not).
fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325 ^ seed;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests;
