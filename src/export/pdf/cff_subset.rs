//! Subsets of CID-keyed CFF faces without subroutines (the bundled Fandol faces), made in
//! one pass: each kept glyph's charstring is copied once with its hints dropped.
//!
//! allsorts' general subsetter walks every kept charstring looking for subroutine calls
//! and every mapping of the face's `cmap` (tens of thousands in a CJK face), and its
//! output had to be parsed and written again to remove the hints (`unhint`): for a page
//! of Chinese that was about a third of the time spent on a PDF. A face with no
//! subroutines needs none of that: the subset's charstrings are the kept ones, stripped;
//! its `cmap` maps only the characters the document draws, which the caller knows; its
//! `hmtx` holds the kept glyphs' metrics. allsorts still reads and writes the CFF table
//! and assembles the font. Anything else (a face with subroutines, a name-keyed face,
//! a character beyond the BMP) returns `None`, and the caller uses allsorts' subsetter.
//!
//! A glyph's stripped charstring is kept in the font book ([`LoadedFont::prepared_glyph`]),
//! so a batch strips each glyph once, not once per document.

use allsorts::binary::read::{ReadArrayCow, ReadScope};
use allsorts::binary::write::{WriteBinary, WriteBuffer};
use allsorts::cff::{CFFVariant, Charset, CustomCharset, FDSelect, IndexU16, MaybeOwnedIndex, CFF};
use allsorts::font_data::FontData;
use allsorts::subset::whole_font;
use allsorts::tables::cmap::owned::{Cmap, CmapSubtable, CmapSubtableFormat4, EncodingRecord};
use allsorts::tables::cmap::{EncodingId, PlatformId};
use allsorts::tables::FontTableProvider;
use allsorts::tag;

use super::unhint::{strip_charstring, Replaced};
use crate::fonts::LoadedFont;

/// `loaded` cut down to `gids` (glyph 0 first, then ascending), without hints, its `cmap`
/// mapping each of `chars` (a character and its glyph in the whole face, every glyph
/// among `gids`) to its place in `gids`. `None` when this face is not one this pass
/// handles.
pub(super) fn subset_cff(
    loaded: &LoadedFont,
    gids: &[u16],
    chars: &[(char, u16)],
) -> Option<Vec<u8>> {
    let face = loaded.face();
    let data = ReadScope::new(loaded.data()).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(loaded.face_index as usize).ok()?;
    let cff_data = provider.table_data(tag::CFF).ok()??;
    let mut cff = ReadScope::new(&cff_data).read::<CFF<'_>>().ok()?;
    if cff.fonts.len() != 1 || cff.global_subr_index.len() > 0 {
        return None;
    }
    let charstrings = {
        let font = &cff.fonts[0];
        let CFFVariant::CID(cid) = &font.data else {
            return None;
        };
        if cid.local_subr_indices.iter().any(Option::is_some) {
            return None;
        }
        let mut programs = Vec::with_capacity(gids.len());
        let mut cids = Vec::with_capacity(gids.len());
        let mut dicts = Vec::with_capacity(gids.len());
        for &gid in gids {
            let program = font.char_strings_index.read_object(gid.into())?;
            programs.push(loaded.prepared_glyph(gid, || strip_charstring(program))?);
            if gid != 0 {
                cids.push(font.charset.id_for_glyph(gid)?);
            }
            dicts.push(cid.fd_select.font_dict_index(gid)?);
        }
        (index_bytes(&programs)?, cids, dicts)
    };
    let (index, cids, dicts) = charstrings;
    let index = ReadScope::new(&index).read::<IndexU16>().ok()?;
    let font_program = &mut cff.fonts[0];
    font_program.char_strings_index = MaybeOwnedIndex::Borrowed(index);
    font_program.charset = Charset::Custom(CustomCharset::Format0 {
        glyphs: ReadArrayCow::Owned(cids),
    });
    if let CFFVariant::CID(cid) = &mut font_program.data {
        cid.fd_select = FDSelect::Format0 {
            glyph_font_dict_indices: ReadArrayCow::Owned(dicts),
        };
    }
    let mut out = WriteBuffer::new();
    CFF::write(&mut out, &cff).ok()?;
    let cff_table = out.into_inner();

    let count = u16::try_from(gids.len()).ok()?;
    let mut hmtx = Vec::with_capacity(gids.len() * 4);
    for &gid in gids {
        let glyph = ttf_parser::GlyphId(gid);
        hmtx.extend_from_slice(&face.glyph_hor_advance(glyph).unwrap_or(0).to_be_bytes());
        hmtx.extend_from_slice(
            &face
                .glyph_hor_side_bearing(glyph)
                .unwrap_or(0)
                .to_be_bytes(),
        );
    }
    let tables = vec![
        (tag::CFF, cff_table),
        (tag::CMAP, cmap_bytes(gids, chars)?),
        (
            tag::HHEA,
            with_u16_at(&provider.read_table_data(tag::HHEA).ok()?, 34, count)?,
        ),
        (tag::HMTX, hmtx),
        (
            tag::MAXP,
            with_u16_at(&provider.read_table_data(tag::MAXP).ok()?, 4, count)?,
        ),
    ];
    let tags = [
        tag::CFF,
        tag::CMAP,
        tag::HEAD,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
    ];
    let provider = Replaced {
        inner: provider,
        tables,
    };
    whole_font(&provider, &tags).ok()
}

/// A CFF INDEX (Adobe TN #5176, 5) of `objects`, its offsets as few bytes as the last
/// needs (allsorts writes the borrowed INDEX as it is; 4-byte offsets would cost a byte a
/// glyph over 3).
fn index_bytes(objects: &[std::sync::Arc<[u8]>]) -> Option<Vec<u8>> {
    let count = u16::try_from(objects.len()).ok()?;
    let data: usize = objects.iter().map(|o| o.len()).sum();
    let last = u32::try_from(data + 1).ok()?;
    let size = match last {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        0x1_0000..=0xFF_FFFF => 3,
        _ => 4,
    };
    let mut out = Vec::with_capacity(3 + size * (objects.len() + 1) + data);
    out.extend_from_slice(&count.to_be_bytes());
    out.push(size as u8);
    let mut offset = 1u32;
    out.extend_from_slice(&offset.to_be_bytes()[4 - size..]);
    for object in objects {
        offset = offset.checked_add(u32::try_from(object.len()).ok()?)?;
        out.extend_from_slice(&offset.to_be_bytes()[4 - size..]);
    }
    for object in objects {
        out.extend_from_slice(object);
    }
    Some(out)
}

/// A `cmap` table with one Windows Unicode BMP subtable (format 4) mapping each of
/// `chars` to the place of its glyph in `gids`; `None` for a character beyond the BMP.
fn cmap_bytes(gids: &[u16], chars: &[(char, u16)]) -> Option<Vec<u8>> {
    let mut pairs: Vec<(u16, u16)> = Vec::with_capacity(chars.len());
    for &(ch, gid) in chars {
        let code = u16::try_from(u32::from(ch)).ok().filter(|&c| c != 0xFFFF)?;
        let new_gid = u16::try_from(gids.binary_search(&gid).ok()?).ok()?;
        pairs.push((code, new_gid));
    }
    pairs.sort_unstable();
    let mut table = CmapSubtableFormat4 {
        language: 0,
        end_codes: Vec::new(),
        start_codes: Vec::new(),
        id_deltas: Vec::new(),
        id_range_offsets: Vec::new(),
        glyph_id_array: Vec::new(),
    };
    // One segment per run of consecutive codes on consecutive glyphs, then the last
    // segment the format requires (0xFFFF).
    let mut run: Option<(u16, u16, u16)> = None;
    let close = |table: &mut CmapSubtableFormat4, (start, end, gid): (u16, u16, u16)| {
        table.start_codes.push(start);
        table.end_codes.push(end);
        table.id_deltas.push(gid.wrapping_sub(start) as i16);
        table.id_range_offsets.push(0);
    };
    for (code, gid) in pairs {
        run = match run {
            Some((start, end, first)) if code == end + 1 && gid == first + (code - start) => {
                Some((start, code, first))
            }
            Some(done) => {
                close(&mut table, done);
                Some((code, code, gid))
            }
            None => Some((code, code, gid)),
        };
    }
    if let Some(done) = run {
        close(&mut table, done);
    }
    close(&mut table, (0xFFFF, 0xFFFF, 0));
    let cmap = Cmap {
        encoding_records: vec![EncodingRecord {
            platform_id: PlatformId::WINDOWS,
            encoding_id: EncodingId::WINDOWS_UNICODE_BMP_UCS2,
            sub_table: CmapSubtable::Format4(table),
        }],
    };
    let mut out = WriteBuffer::new();
    Cmap::write(&mut out, cmap).ok()?;
    Some(out.into_inner())
}

/// `table` with the big-endian u16 at byte `at` set to `value`.
fn with_u16_at(table: &[u8], at: usize, value: u16) -> Option<Vec<u8>> {
    let mut out = table.to_vec();
    out.get_mut(at..at + 2)?
        .copy_from_slice(&value.to_be_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records the outline of a glyph as a list of its path commands.
    #[derive(Default)]
    struct Path(Vec<String>);

    impl ttf_parser::OutlineBuilder for Path {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("M{x} {y}"));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("L{x} {y}"));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.push(format!("Q{x1} {y1} {x} {y}"));
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.push(format!("C{x1} {y1} {x2} {y2} {x} {y}"));
        }
        fn close(&mut self) {
            self.0.push("Z".into());
        }
    }

    fn outline(face: &ttf_parser::Face<'_>, gid: u16) -> Vec<String> {
        let mut path = Path::default();
        face.outline_glyph(ttf_parser::GlyphId(gid), &mut path);
        path.0
    }

    #[test]
    fn a_fandol_subset_keeps_each_glyphs_outline_advance_and_character() {
        let book = crate::fonts::test_book();
        for file in ["FandolFang-Regular.otf", "FandolHei-Regular.otf"] {
            let font = book.font(book.load(file).unwrap());
            let face = font.face();
            let drawn: Vec<(char, u16)> = "一二三书记，同志们：2025年A"
                .chars()
                .filter_map(|c| Some((c, face.glyph_index(c)?.0)))
                .collect();
            let mut gids: Vec<u16> = drawn.iter().map(|&(_, g)| g).collect();
            gids.push(0);
            gids.sort_unstable();
            gids.dedup();
            let program = subset_cff(&font, &gids, &drawn).expect(file);
            let subset = ttf_parser::Face::parse(&program, 0).unwrap();
            assert_eq!(usize::from(subset.number_of_glyphs()), gids.len(), "{file}");
            for &(c, gid) in &drawn {
                let new = subset
                    .glyph_index(c)
                    .unwrap_or_else(|| panic!("{file} {c}"));
                assert_eq!(gids[usize::from(new.0)], gid, "{file} {c}");
                let advance = subset.glyph_hor_advance(new);
                assert_eq!(advance, face.glyph_hor_advance(ttf_parser::GlyphId(gid)));
                let (old, new) = (outline(face, gid), outline(&subset, new.0));
                assert!(!old.is_empty());
                assert_eq!(new, old, "{file} {c}: outline changed");
            }
        }
    }

    #[test]
    fn a_character_beyond_the_bmp_is_left_to_allsorts() {
        let book = crate::fonts::test_book();
        let font = book.font(book.load("FandolFang-Regular.otf").unwrap());
        let gid = font.face().glyph_index('书').unwrap().0;
        assert!(subset_cff(&font, &[0, gid], &[('书', gid)]).is_some());
        assert!(subset_cff(&font, &[0, gid], &[('𠀀', gid)]).is_none());
    }

    #[test]
    fn an_index_uses_the_fewest_offset_bytes_and_reads_back() {
        let objects: Vec<std::sync::Arc<[u8]>> = vec![vec![1u8; 300].into(), vec![2u8; 5].into()];
        let bytes = index_bytes(&objects).unwrap();
        assert_eq!(bytes[2], 2, "offsets up to 306 need two bytes");
        let index = ReadScope::new(&bytes).read::<IndexU16>().unwrap();
        assert_eq!(index.count, 2);
        assert_eq!(index.iter().nth(1), Some(&[2u8; 5][..]));
        let small = index_bytes(&[vec![9u8; 3].into()]).unwrap();
        assert_eq!(small, vec![0, 1, 1, 1, 4, 9, 9, 9]);
    }

    #[test]
    fn a_truetype_face_is_left_to_allsorts() {
        let book = crate::fonts::test_book();
        let font = book.font(book.load("LiberationSerif-Regular.ttf").unwrap());
        let gid = font.face().glyph_index('a').unwrap().0;
        assert!(subset_cff(&font, &[0, gid], &[('a', gid)]).is_none());
    }
}
