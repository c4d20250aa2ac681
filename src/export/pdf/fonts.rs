//! Per-document font subsets: every face the layout used is cut down to the glyphs this
//! document draws (with allsorts), parsed once, and registered with printpdf under a
//! stable resource name and a subset-tagged name ("ABCDEF+FandolFang-Regular").
//!
//! Fonts are read once by the caller's [`FontBook`]; subsetting happens once per
//! document and face, never per page. The advances the content stream is positioned with
//! come from the same subset program and are rounded exactly as printpdf rounds its
//! `/W` widths, so a PDF reader's pen lands where the layout put each glyph.
//!
//! A Fandol face's outlines reach the PDF apart from printpdf: it is given a stand-in
//! program without them (see `cff_subset`), and [`FontSet::attach_outlines`] puts the
//! real program in its place.

use std::collections::{BTreeMap, BTreeSet};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{subset, CmapTarget, SubsetProfile};
use printpdf::{ParsedFont, PdfFont};
use rayon::prelude::*;

use crate::error::Error;
use crate::fonts::{FontBook, FontId, LoadedFont};
use crate::layout::frame::{FrameItem, LaidOut};

/// One face as embedded in this document.
pub(super) struct EmbeddedFont {
    /// printpdf's resource id (also the `/Font` resource name in page dictionaries).
    pub resource: printpdf::FontId,
    /// The subset-tagged name ("ONEATI+FandolFang-Regular").
    pub name: String,
    /// The advance of each character the face draws here, in thousandths of an em,
    /// exactly as written in the font's `/W` array: looked up once a character, not
    /// once a glyph drawn.
    advances: rustc_hash::FxHashMap<char, i64>,
    /// Codes for the characters this face is asked to draw but has no glyph for (see
    /// `missing`).
    pub missing: BTreeMap<char, u16>,
}

impl EmbeddedFont {
    /// The advance of `ch` in thousandths of an em, exactly as written in the font's
    /// `/W` array; `None` if the subset has no glyph for it.
    pub fn advance_milli(&self, ch: char) -> Option<i64> {
        self.advances.get(&ch).copied()
    }
}

/// The advance of `ch` in `parsed` in thousandths of an em, as printpdf writes it in
/// `/W`; `None` if the subset has no glyph for it.
fn advance_milli(parsed: &ParsedFont, ch: char) -> Option<i64> {
    let gid = parsed.lookup_glyph_index(u32::from(ch))?;
    let width = parsed.get_glyph_width(gid).unwrap_or(0);
    // Same arithmetic as printpdf's `get_scaled_glyph_width` (f32, truncated).
    let upm = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
    Some((f32::from(width) * 1000.0 / upm) as i64)
}

impl EmbeddedFont {
    /// The code under which `ch` is written as invisible text over its drawn box, if
    /// the face lacks `ch` (see `missing`).
    pub fn missing_code(&self, ch: char) -> Option<u16> {
        self.missing.get(&ch).copied()
    }
}

/// The faces of one document, by layout font id.
pub(super) struct FontSet {
    fonts: BTreeMap<FontId, EmbeddedFont>,
    /// The parsed subset programs, until [`FontSet::register`] moves them into printpdf's
    /// document.
    programs: Vec<(printpdf::FontId, ParsedFont)>,
    /// The embedded program of each face printpdf was given a stand-in for, by the face's
    /// subset-tagged name, until [`FontSet::attach_outlines`] moves it into the PDF.
    outlines: Vec<(String, Vec<u8>)>,
}

impl FontSet {
    /// The embedded face for a layout font, if the document draws anything with it.
    pub fn get(&self, id: FontId) -> Option<&EmbeddedFont> {
        self.fonts.get(&id)
    }

    /// Adds the missing characters' codes to each face's ToUnicode map in `doc`.
    pub fn map_missing_characters(&self, doc: &mut lopdf::Document) -> Result<(), Error> {
        for font in self.fonts.values() {
            let name = &font.name;
            if !super::missing::add_to_unicode(doc, name, &font.missing) {
                return Err(Error::Pdf(format!("no ToUnicode map for font {name}")));
            }
        }
        Ok(())
    }

    /// Puts each face's embedded program (a bare CID-keyed `CFF ` table) in place of the
    /// stand-in printpdf wrote into `doc`: its `/FontFile3` stream, still uncompressed,
    /// which must say `/CIDFontType0C`, as printpdf writes a CID-keyed face.
    pub fn attach_outlines(&mut self, doc: &mut lopdf::Document) -> Result<(), Error> {
        for (name, program) in std::mem::take(&mut self.outlines) {
            let stream = font_file_of(doc, &name)
                .and_then(|id| doc.get_object_mut(id).ok())
                .and_then(|object| object.as_stream_mut().ok())
                .filter(|stream| {
                    matches!(
                        stream.dict.get(b"Subtype").and_then(|s| s.as_name()),
                        Ok(b"CIDFontType0C")
                    )
                });
            let Some(stream) = stream else {
                return Err(Error::Pdf(format!("no CFF font program for font {name}")));
            };
            stream.set_content(program);
        }
        Ok(())
    }

    /// Hands every face's program to printpdf under its stable resource id (once: a
    /// second call has nothing left to hand).
    pub fn register(&mut self, pdf: &mut printpdf::PdfDocument) {
        for (resource, parsed) in std::mem::take(&mut self.programs) {
            pdf.resources
                .fonts
                .map
                .insert(resource, PdfFont::new(parsed));
        }
    }
}

/// The `/FontFile3` stream of the Type 0 font whose `/BaseFont` is `name` in `doc`.
fn font_file_of(doc: &lopdf::Document, name: &str) -> Option<lopdf::ObjectId> {
    let descriptor = doc.objects.values().find_map(|object| {
        let font = object.as_dict().ok()?;
        if font.get(b"BaseFont").ok()?.as_name().ok()? != name.as_bytes() {
            return None;
        }
        let descendant = font
            .get(b"DescendantFonts")
            .ok()?
            .as_array()
            .ok()?
            .first()?;
        descendant
            .as_dict()
            .ok()?
            .get(b"FontDescriptor")
            .ok()?
            .as_reference()
            .ok()
    })?;
    doc.get_dictionary(descriptor)
        .ok()?
        .get(b"FontFile3")
        .ok()?
        .as_reference()
        .ok()
}

/// True if and only if `ch` is drawn as a glyph: control characters and invisible format
/// characters (zero-width space, joiners, BOM, soft hyphen, bidi marks) are skipped, since
/// printpdf would draw them as `.notdef` and text extraction would return them.
pub(super) fn is_drawable(ch: char) -> bool {
    !(ch.is_control()
        || matches!(ch, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}

/// Subsets every face `laid` (laid out with `book`) draws with: one subset per face, made
/// in parallel.
pub(super) fn subset_fonts(laid: &LaidOut, book: &FontBook) -> Result<FontSet, Error> {
    let used = chars_by_font(laid);
    // Resource names follow the faces' files, not their ids: ids are handed out in the
    // order a process first needs each font, which differs between runs of a batch.
    let mut used: Vec<(FontId, Vec<char>)> = used.into_iter().collect();
    used.sort_by_cached_key(|(id, _)| {
        let font = book.font(*id);
        (font.file.clone(), font.face_index)
    });
    let subsets = used
        .into_par_iter()
        .enumerate()
        .filter_map(|(index, (id, chars))| {
            let loaded = book.font(id);
            subset_one(&loaded, &chars, index)
                .transpose()
                .map(|font| font.map(|font| (id, font)))
        })
        .collect::<Result<BTreeMap<_, _>, Error>>()?;
    let mut fonts = BTreeMap::new();
    let mut programs = Vec::with_capacity(subsets.len());
    let mut outlines = Vec::new();
    for (id, (font, parsed, outline)) in subsets {
        if let Some(outline) = outline {
            outlines.push((font.name.clone(), outline));
        }
        programs.push((font.resource.clone(), parsed));
        fonts.insert(id, font);
    }
    Ok(FontSet {
        fonts,
        programs,
        outlines,
    })
}

/// The drawable characters of every face, each once and in ascending order, faces in id
/// order. (Collected, then sorted: a set built a glyph at a time cost more than the rest
/// of this pass.)
fn chars_by_font(laid: &LaidOut) -> BTreeMap<FontId, Vec<char>> {
    let mut used: BTreeMap<FontId, Vec<char>> = BTreeMap::new();
    for page in &laid.pages {
        for item in &page.items {
            if let FrameItem::Text(run) = item {
                let chars = used.entry(run.font).or_default();
                chars.extend(run.glyphs.iter().map(|g| g.ch).filter(|&c| is_drawable(c)));
            }
        }
    }
    used.retain(|_, chars| {
        chars.sort_unstable();
        chars.dedup();
        !chars.is_empty()
    });
    used
}

/// A face as embedded, the program printpdf is given for it, and the program to put in
/// that one's place afterwards, if it is a stand-in.
type Subset = (EmbeddedFont, ParsedFont, Option<Vec<u8>>);

/// Cuts `font` down to the glyphs of `chars` (plus `.notdef`, first) and parses the result;
/// `None` if the face has none of them (nothing would be drawn with it).
fn subset_one(font: &LoadedFont, chars: &[char], index: usize) -> Result<Option<Subset>, Error> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        Error::Pdf(format!("cannot subset font {}: {what}: {e}", font.file))
    };
    // One lookup a character: its glyph, or (none, or .notdef) it is missing here.
    let mut gids = Vec::with_capacity(chars.len() + 1);
    let mut drawn = Vec::with_capacity(chars.len());
    let mut without_glyph = BTreeSet::new();
    for &c in chars {
        match font.face().glyph_index(c) {
            Some(g) if g.0 != 0 => {
                gids.push(g.0);
                drawn.push((c, g.0));
            }
            _ => {
                without_glyph.insert(c);
            }
        };
    }
    if gids.is_empty() {
        return Ok(None);
    }
    gids.push(0);
    gids.sort_unstable();
    gids.dedup();

    // The one-pass subsetter knows its glyphs' CIDs; allsorts' program is asked for them.
    let (program, highest_cid, outlines) = match super::cff_subset::subset_cff(font, &gids, &drawn)
    {
        Some(subset) => (subset.stand_in, Some(subset.highest_cid), Some(subset.cff)),
        None => {
            let data = ReadScope::new(font.data())
                .read::<FontData<'_>>()
                .map_err(|e| fail("reading", &e))?;
            let provider = data
                .table_provider(font.face_index as usize)
                .map_err(|e| fail("reading the face", &e))?;
            let program = subset(&provider, &gids, &pdf_profile(), CmapTarget::Unicode)
                .map_err(|e| fail("subsetting", &e))?;
            (
                super::unhint::strip_hints(&program).unwrap_or(program),
                None,
                None,
            )
        }
    };

    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&program, 0, &mut warnings)
        .ok_or_else(|| fail("parsing the subset", &"not a usable font"))?;
    parsed.font_name = Some(format!(
        "{}+{}",
        subset_tag(&font.name, &gids),
        pdf_font_name(&font.name)
    ));
    // Codes in the content stream are CIDs for CID-keyed CFF, glyph ids otherwise.
    let highest_code = highest_cid
        .or_else(|| {
            printpdf::cff_charset_gid_to_cid_map(&program, 0)
                .and_then(|cids| cids.values().max().copied())
        })
        .unwrap_or(0)
        .max(font.face().number_of_glyphs());
    let embedded = EmbeddedFont {
        resource: printpdf::FontId(format!("DF{index}")),
        name: parsed.font_name.clone().unwrap_or_default(),
        advances: chars
            .iter()
            .filter_map(|&c| Some((c, advance_milli(&parsed, c)?)))
            .collect(),
        missing: super::missing::assign_codes(&without_glyph, highest_code),
    };
    Ok(Some((embedded, parsed, outlines)))
}

/// The tables a font program embedded in a PDF needs (ISO 32000-1, 9.9: glyph outlines,
/// metrics and, for TrueType, the hinting programs, which `unhint` then removes; `cmap`
/// for the reader's own glyph lookup). allsorts' PDF profile adds `name` and `post`, which
/// no PDF reader uses (Liberation Serif's `name` alone is 3 KB).
fn pdf_profile() -> SubsetProfile {
    use allsorts::tag;
    SubsetProfile::Custom(vec![
        tag::CMAP,
        tag::HEAD,
        tag::CVT,
        tag::FPGM,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::PREP,
    ])
}

/// The six upper-case letters of a subset tag (ISO 32000-1, 9.6.4), derived from the face
/// name and the glyph set so the same document always gets the same tag.
fn subset_tag(name: &str, gids: &[u16]) -> String {
    let mut bytes = name.as_bytes().to_vec();
    for gid in gids {
        bytes.extend_from_slice(&gid.to_be_bytes());
    }
    let mut hash = super::fnv1a(0, &bytes);
    (0..6)
        .map(|_| {
            let letter = b'A' + (hash % 26) as u8;
            hash /= 26;
            char::from(letter)
        })
        .collect()
}

/// A PostScript name usable as a PDF name: printable ASCII without delimiters or spaces.
fn pdf_font_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| c.is_ascii_graphic() && !"()<>[]{}/%#".contains(*c))
        .collect();
    if clean.is_empty() {
        "Font".to_string()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subset_tags_are_six_capitals_and_follow_the_glyph_set() {
        let a = subset_tag("FandolFang-Regular", &[0, 5, 9]);
        assert_eq!(a.len(), 6);
        assert!(a.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(a, subset_tag("FandolFang-Regular", &[0, 5, 9]));
        assert_ne!(a, subset_tag("FandolFang-Regular", &[0, 5, 10]));
    }

    #[test]
    fn font_names_lose_pdf_delimiters() {
        assert_eq!(pdf_font_name("Fandol Hei/Regular"), "FandolHeiRegular");
        assert_eq!(pdf_font_name("宋体"), "Font");
    }

    #[test]
    fn invisible_characters_are_not_drawn() {
        for ch in ['\t', '\n', '\0', '\u{200B}', '\u{FEFF}'] {
            assert!(!is_drawable(ch), "{ch:?}");
        }
        for ch in ['a', '书', ' ', '\u{3000}', '*'] {
            assert!(is_drawable(ch), "{ch:?}");
        }
    }

    #[test]
    fn a_cff_and_a_truetype_face_subset_and_keep_their_advances() {
        let book = crate::fonts::test_book();
        for file in ["FandolFang-Regular.otf", "LiberationSerif-Regular.ttf"] {
            let font = book.font(book.load(file).unwrap());
            let chars: Vec<char> = " *ab书记".chars().filter(|&c| font.has_glyph(c)).collect();
            let (embedded, parsed, outlines) = subset_one(&font, &chars, 0).unwrap().unwrap();
            let program = outlines.unwrap_or_else(|| parsed.original_bytes.clone());
            assert!(program.len() < font.data().len() / 4, "{file}");
            for &c in &chars {
                let want = font.advance_em(c).unwrap() * 1000.0;
                let got = embedded.advance_milli(c).unwrap() as f64;
                assert!((want - got).abs() < 1.0, "{file} {c}: {want} vs {got}");
            }
            assert_eq!(parsed.font_name.as_ref(), Some(&embedded.name));
            let name = embedded.name;
            assert!(name.ends_with(&format!("+{}", font.name)), "{name}");
        }
    }

    #[test]
    fn a_face_without_any_of_the_characters_is_not_embedded() {
        let book = crate::fonts::test_book();
        let serif = book.font(book.load("LiberationSerif-Regular.ttf").unwrap());
        let chars: Vec<char> = "书记".chars().collect();
        assert!(subset_one(&serif, &chars, 0).unwrap().is_none());
    }
}
