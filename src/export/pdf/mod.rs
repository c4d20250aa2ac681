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

mod cff_subset;
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
use crate::fonts::FontBook;
use crate::layout::frame::{LaidOut, Page};
use crate::model::Document;
use meta::Metadata;

/// Lays out `doc` with the fonts of `fonts` and writes it as PDF. The warnings name every
/// character no font has.
pub fn write_pdf(
    doc: &Document,
    options: &ExportOptions,
    fonts: &FontBook,
) -> Result<Exported, Error> {
    let started = std::time::Instant::now();
    let image_dir = crate::images::base_dir(&options.source);
    let mut laid = crate::layout::layout_document_in(doc, &options.style, fonts, &image_dir)?;
    let layout = started.elapsed();
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
    let bytes = write_laid_out(&laid, &meta, fonts)?;
    LAST_STAGES.with(|s| s.borrow_mut().insert(0, ("layout", layout)));
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

/// Writes pages laid out with the fonts of `book` as PDF bytes.
fn write_laid_out(laid: &LaidOut, meta: &Metadata, book: &FontBook) -> Result<Vec<u8>, Error> {
    let mut clock = Stages::start();
    // Phase 1: one subset per face.
    let mut fonts = fonts::subset_fonts(laid, book)?;
    clock.lap("subset");

    // Phase 2: page content.
    let images = images::PdfImages::collect(laid);
    let mut pdf = PdfDocument::new(&meta.title);
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
    // After the pages: their content asks `fonts` for advances; printpdf takes the
    // programs themselves.
    fonts.register(&mut pdf);
    clock.lap("content");

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
    clock.lap("objects");

    // Phase 4: metadata, outline, /ID.
    // OpenType (CFF) font programs in /FontFile3 need PDF 1.6.
    out.version = "1.7".to_string();
    meta::set_info(&mut out, meta);
    images.add_to(&mut out, laid)?;
    let heights: Vec<f64> = laid.pages.iter().map(|p| p.height.0).collect();
    meta::add_outline(&mut out, &laid.outline, &heights)?;
    widths::drop_default_widths(&mut out);
    fonts.map_missing_characters(&mut out)?;
    fonts.attach_outlines(&mut out)?;
    meta::set_placeholder_id(&mut out);
    clock.lap("finish");

    // Phase 5: save.
    compress_streams(&mut out);
    clock.lap("deflate");
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|e| Error::Pdf(format!("saving: {e}")))?;
    meta::fill_document_id(&mut bytes)?;
    clock.lap("save");
    drop(out);
    drop(fonts);
    clock.lap("free");
    clock.finish();
    Ok(bytes)
}

/// Wall time of each phase of the last PDF written on this thread, for profiling
/// (`examples/pdf_stages.rs`); taking a time stamp costs nanoseconds, so it is always on.
#[doc(hidden)]
pub fn last_stages() -> Vec<(&'static str, std::time::Duration)> {
    LAST_STAGES.with(|s| s.borrow().clone())
}

thread_local! {
    static LAST_STAGES: std::cell::RefCell<Vec<(&'static str, std::time::Duration)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A stopwatch over the writer's phases.
struct Stages {
    last: std::time::Instant,
    laps: Vec<(&'static str, std::time::Duration)>,
}

impl Stages {
    fn start() -> Stages {
        Stages {
            last: std::time::Instant::now(),
            laps: Vec::with_capacity(8),
        }
    }

    fn lap(&mut self, name: &'static str) {
        let now = std::time::Instant::now();
        self.laps.push((name, now - self.last));
        self.last = now;
    }

    fn finish(self) {
        LAST_STAGES.with(|s| *s.borrow_mut() = self.laps);
    }
}

/// Deflates every stream that may be compressed and is not yet, in parallel, with
/// libdeflate: font programs at level 1, everything else at level 6. Measured on the
/// seed's streams (380 KB, 303 KB of it the FangSong subset): flate2's zlib-rs backend
/// at level 6 took 6.7 ms for 289,771 bytes, libdeflate at level 6 4.9 ms for 288,692.
/// Font programs (charstrings: numbers and operators, little repetition) barely gain from
/// searching for matches: the seed's FangSong subset is 240,886 bytes at level 1 in
/// 2.3 ms and 239,018 at level 6 in 3.9 ms; page text shrinks a further 2 % at level 6.
fn compress_streams(doc: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|object| match object {
            lopdf::Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => Some(s),
            _ => None,
        })
        .collect();
    streams.par_iter_mut().for_each(|stream| {
        let level = if is_font_program(&stream.dict) { 1 } else { 6 };
        if let Some(deflated) = deflate(&stream.content, level) {
            if deflated.len() + 19 < stream.content.len() {
                stream
                    .dict
                    .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(deflated);
            }
        }
    });
}

/// True for an embedded font program: `/FontFile2` (TrueType, with `/Length1`) or
/// `/FontFile3` (CFF, with a font `/Subtype`).
fn is_font_program(dict: &lopdf::Dictionary) -> bool {
    dict.has(b"Length1")
        || matches!(
            dict.get(b"Subtype").and_then(|s| s.as_name()),
            Ok(b"CIDFontType0C" | b"Type1C" | b"OpenType")
        )
}

/// `bytes` as a zlib stream (what `/FlateDecode` reads) at `level` (1 or 6). One
/// compressor a level and thread, kept for the life of the process: making one
/// allocates and clears its hash tables. The output goes to a buffer the thread keeps
/// and is copied out at its size: a buffer of the worst-case size made and zeroed for
/// each stream was ~300 KB of fresh pages for a page of Chinese.
fn deflate(bytes: &[u8], level: i32) -> Option<Vec<u8>> {
    use libdeflater::{CompressionLvl, Compressor};
    /// This thread's compressors, by level, and its output buffer.
    type Deflaters = (Vec<(i32, Compressor)>, Vec<u8>);
    thread_local! {
        static COMPRESSORS: std::cell::RefCell<Deflaters> =
            const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    }
    COMPRESSORS.with(|cell| {
        let (compressors, out) = &mut *cell.borrow_mut();
        let index = match compressors.iter().position(|(l, _)| *l == level) {
            Some(index) => index,
            None => {
                let compressor = Compressor::new(CompressionLvl::new(level).unwrap_or_default());
                compressors.push((level, compressor));
                compressors.len() - 1
            }
        };
        let compressor = &mut compressors[index].1;
        let bound = compressor.zlib_compress_bound(bytes.len());
        if out.len() < bound {
            out.resize(bound, 0);
        }
        let n = compressor.zlib_compress(bytes, &mut out[..bound]).ok()?;
        Some(out[..n].to_vec())
    })
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
mod document_tests;
#[cfg(test)]
mod tests;
