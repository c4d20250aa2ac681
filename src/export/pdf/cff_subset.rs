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
//! A glyph's stripped charstring is kept in the font book ([`LoadedFont::prepared_glyphs`]),
//! so a batch strips each glyph once, not once per document.
//!
//! Two programs come out: the `CFF ` table that is embedded, and a stand-in OpenType font
//! for printpdf, whose `CFF ` table is the same but with every charstring empty. printpdf
//! reads codes (the charset's CIDs), widths and metrics from the font it is given, and on
//! the way copies it five times and parses it twice; with the outlines (99 % of a Chinese
//! subset's bytes) out of it, that costs nothing, and the writer puts the outlines in
//! afterwards (`fonts`). The two tables differ only in their CharStrings INDEX.

use allsorts::binary::read::{ReadArrayCow, ReadScope};
use allsorts::binary::write::{WriteBinary, WriteBuffer};
use allsorts::cff::{CFFVariant, Charset, CustomCharset, FDSelect, IndexU16, MaybeOwnedIndex, CFF};
use allsorts::font_data::FontData;
use allsorts::tables::cmap::owned::{Cmap, CmapSubtable, CmapSubtableFormat4, EncodingRecord};
use allsorts::tables::cmap::{EncodingId, PlatformId};
use allsorts::tables::FontTableProvider;
use allsorts::tag;

use super::unhint::strip_charstring;
use crate::fonts::LoadedFont;

/// A subset made by [`subset_cff`].
pub(super) struct CffSubset {
    /// The subset's CID-keyed `CFF ` table, outlines included: the font program the PDF
    /// embeds (`/FontFile3`, `/CIDFontType0C`).
    pub cff: Vec<u8>,
    /// An OpenType font of the subset's tables whose `CFF ` table is `cff` with every
    /// charstring empty: what printpdf writes the font's dictionaries from.
    pub stand_in: Vec<u8>,
    /// The highest CID among the kept glyphs (what printpdf's
    /// `cff_charset_gid_to_cid_map` would find in `cff`, without parsing it again).
    pub highest_cid: u16,
}

/// `loaded` cut down to `gids` (glyph 0 first, then ascending), without hints, its `cmap`
/// mapping each of `chars` (a character and its glyph in the whole face, every glyph
/// among `gids`) to its place in `gids`. `None` when this face is not one this pass
/// handles.
pub(super) fn subset_cff(
    loaded: &LoadedFont,
    gids: &[u16],
    chars: &[(char, u16)],
) -> Option<CffSubset> {
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
        let programs = loaded.prepared_glyphs(gids, |gid| {
            strip_charstring(font.char_strings_index.read_object(gid.into())?)
        })?;
        let mut cids = Vec::with_capacity(gids.len());
        let mut dicts = Vec::with_capacity(gids.len());
        for &gid in gids {
            if gid != 0 {
                cids.push(font.charset.id_for_glyph(gid)?);
            }
            dicts.push(cid.fd_select.font_dict_index(gid)?);
        }
        (programs, cids, dicts)
    };
    let (programs, cids, dicts) = charstrings;
    let highest_cid = cids.iter().copied().max().unwrap_or(0);
    let font_program = &mut cff.fonts[0];
    font_program.charset = Charset::Custom(CustomCharset::Format0 {
        glyphs: ReadArrayCow::Owned(cids),
    });
    if let CFFVariant::CID(cid) = &mut font_program.data {
        cid.fd_select = FDSelect::Format0 {
            glyph_font_dict_indices: ReadArrayCow::Owned(dicts),
        };
    }
    // The charstrings' INDEX and the table are written into buffers this thread keeps:
    // made anew, they were ~300 KB of fresh pages a document, grown a doubling at a time.
    let (mut index, mut out) = SCRATCH
        .take()
        .unwrap_or_else(|| (Vec::new(), WriteBuffer::new()));
    index_bytes(&programs, &mut index)?;
    let mut empty = Vec::new();
    index_bytes(&vec![std::sync::Arc::from([]); gids.len()], &mut empty)?;
    let mut written = Vec::with_capacity(2);
    for charstrings in [&index, &empty] {
        let index = ReadScope::new(charstrings).read::<IndexU16>().ok()?;
        cff.fonts[0].char_strings_index = MaybeOwnedIndex::Borrowed(index);
        out.clear();
        CFF::write(&mut out, &cff).ok()?;
        written.push(out.bytes().to_vec());
    }
    drop(cff);
    SCRATCH.set(Some((index, out)));
    let stand_in_table = written.pop()?;
    let cff_table = written.pop()?;

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
    let tables = [
        (tag::CFF, stand_in_table),
        (tag::CMAP, cmap_bytes(gids, chars)?),
        (
            tag::HEAD,
            provider.read_table_data(tag::HEAD).ok()?.into_owned(),
        ),
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
    Some(CffSubset {
        cff: cff_table,
        stand_in: sfnt_bytes(tables)?,
        highest_cid,
    })
}

/// An OpenType font (`OTTO`) of `tables`, given in ascending tag order, `head` among
/// them (OpenType 1.9, "Organization of an OpenType font"): the offset table, a record
/// a table with its checksum, then the tables, each padded to four bytes, and `head`'s
/// `checksumAdjustment` set last. allsorts' `whole_font` writes the same layout, but it
/// copies and re-reads each table several times, a quarter of this pass's time; nothing
/// else is written here, so the two give the same bytes.
fn sfnt_bytes<const N: usize>(mut tables: [(u32, Vec<u8>); N]) -> Option<Vec<u8>> {
    let count = u16::try_from(N).ok()?;
    let power = 1u16 << (15 - count.max(1).leading_zeros());
    let head_at = tables.iter().position(|(t, _)| *t == tag::HEAD)?;
    tables[head_at].1.get_mut(8..12)?.fill(0);
    let directory = 12 + 16 * N;
    let size: usize = tables
        .iter()
        .map(|(_, d)| d.len().next_multiple_of(4))
        .sum();
    let mut out = Vec::with_capacity(directory + size);
    out.extend_from_slice(&0x4F54_544Fu32.to_be_bytes());
    for field in [
        count,
        power * 16,
        power.trailing_zeros() as u16,
        (count - power) * 16,
    ] {
        out.extend_from_slice(&field.to_be_bytes());
    }
    let mut offset = directory;
    let mut head_offset = 0;
    for (tag, data) in &tables {
        if *tag == tag::HEAD {
            head_offset = offset;
        }
        out.extend_from_slice(&tag.to_be_bytes());
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).ok()?.to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out[head_offset + 8..head_offset + 12].copy_from_slice(&adjustment.to_be_bytes());
    Some(out)
}

/// The OpenType checksum of `data`: the sum of its big-endian u32s, the last padded
/// with zeros.
fn checksum(data: &[u8]) -> u32 {
    let mut words = data.chunks_exact(4);
    let sum = words
        .by_ref()
        .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
        .fold(0u32, u32::wrapping_add);
    let mut last = [0u8; 4];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    sum.wrapping_add(u32::from_be_bytes(last))
}

thread_local! {
    /// Buffers [`subset_cff`] writes the charstrings' INDEX and the `CFF ` table into.
    static SCRATCH: std::cell::Cell<Option<(Vec<u8>, WriteBuffer)>> =
        const { std::cell::Cell::new(None) };
}

/// A CFF INDEX (Adobe TN #5176, 5) of `objects` in `out` (cleared first), its offsets as
/// few bytes as the last needs (allsorts writes the borrowed INDEX as it is; 4-byte
/// offsets would cost a byte a glyph over 3).
fn index_bytes(objects: &[std::sync::Arc<[u8]>], out: &mut Vec<u8>) -> Option<()> {
    let count = u16::try_from(objects.len()).ok()?;
    let data: usize = objects.iter().map(|o| o.len()).sum();
    let last = u32::try_from(data + 1).ok()?;
    let size = match last {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        0x1_0000..=0xFF_FFFF => 3,
        _ => 4,
    };
    out.clear();
    out.reserve(3 + size * (objects.len() + 1) + data);
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
    Some(())
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
            let made = subset_cff(&font, &gids, &drawn).expect(file);
            let cids = printpdf::cff_charset_gid_to_cid_map(&made.stand_in, 0).unwrap();
            assert_eq!(Some(made.highest_cid), cids.values().max().copied());
            assert_eq!(
                printpdf::cff_charset_gid_to_cid_map(&made.cff, 0),
                Some(cids)
            );
            let program = with_outlines(&made);
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

    /// The stand-in font of `made` with its `CFF ` table replaced by the embedded one.
    fn with_outlines(made: &CffSubset) -> Vec<u8> {
        let data = ReadScope::new(&made.stand_in)
            .read::<FontData<'_>>()
            .unwrap();
        let provider = data.table_provider(0).unwrap();
        let tags = [tag::CMAP, tag::HEAD, tag::HHEA, tag::HMTX, tag::MAXP];
        let [cmap, head, hhea, hmtx, maxp] =
            tags.map(|t| (t, provider.read_table_data(t).unwrap().into_owned()));
        sfnt_bytes([(tag::CFF, made.cff.clone()), cmap, head, hhea, hmtx, maxp]).unwrap()
    }

    #[test]
    fn the_stand_in_is_the_embedded_table_without_outlines() {
        let book = crate::fonts::test_book();
        let font = book.font(book.load("FandolFang-Regular.otf").unwrap());
        let drawn: Vec<(char, u16)> = "中华人民共和国"
            .chars()
            .map(|c| (c, font.face().glyph_index(c).unwrap().0))
            .collect();
        let mut gids: Vec<u16> = drawn.iter().map(|&(_, g)| g).collect();
        gids.push(0);
        gids.sort_unstable();
        let made = subset_cff(&font, &gids, &drawn).unwrap();
        let data = ReadScope::new(&made.stand_in)
            .read::<FontData<'_>>()
            .unwrap();
        let provider = data.table_provider(0).unwrap();
        let stand_in = provider.read_table_data(tag::CFF).unwrap();
        let stand_in = ReadScope::new(&stand_in).read::<CFF<'_>>().unwrap();
        let embedded = ReadScope::new(&made.cff).read::<CFF<'_>>().unwrap();
        let (a, b) = (&stand_in.fonts[0], &embedded.fonts[0]);
        assert_eq!(a.char_strings_index.len(), gids.len());
        assert_eq!(b.char_strings_index.len(), gids.len());
        for gid in 0..gids.len() {
            assert_eq!(a.char_strings_index.read_object(gid), Some(&[][..]));
            assert!(!b.char_strings_index.read_object(gid).unwrap().is_empty());
            let gid = gid as u16;
            assert_eq!(a.charset.id_for_glyph(gid), b.charset.id_for_glyph(gid));
        }
        assert!(made.stand_in.len() < made.cff.len() / 2);
    }

    #[test]
    fn a_font_is_assembled_byte_for_byte_as_allsorts_assembles_it() {
        let book = crate::fonts::test_book();
        let font = book.font(book.load("FandolHei-Regular.otf").unwrap());
        let data = ReadScope::new(font.data()).read::<FontData<'_>>().unwrap();
        let provider = data.table_provider(0).unwrap();
        let tags = [
            tag::CFF,
            tag::CMAP,
            tag::HEAD,
            tag::HHEA,
            tag::HMTX,
            tag::MAXP,
        ];
        let tables = tags.map(|t| (t, provider.read_table_data(t).unwrap().into_owned()));
        let ours = sfnt_bytes(tables).unwrap();
        assert_eq!(
            ours,
            allsorts::subset::whole_font(&provider, &tags).unwrap()
        );
        assert_eq!(checksum(&ours), 0xB1B0_AFBA);
        assert_eq!(checksum(&[1, 2, 3, 4, 5]), 0x0102_0304 + 0x0500_0000);
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
        let mut bytes = vec![7u8; 3];
        index_bytes(&objects, &mut bytes).unwrap();
        assert_eq!(bytes[2], 2, "offsets up to 306 need two bytes");
        let index = ReadScope::new(&bytes).read::<IndexU16>().unwrap();
        assert_eq!(index.count, 2);
        assert_eq!(index.iter().nth(1), Some(&[2u8; 5][..]));
        let mut small = Vec::new();
        index_bytes(&[vec![9u8; 3].into()], &mut small).unwrap();
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
