//! Hint removal: a document's subset fonts lose their hinting before they are embedded.
//!
//! Hints (CFF `hstem`/`vstem`/`hintmask`, TrueType instructions with their `fpgm`, `prep`
//! and `cvt` tables) tell a rasteriser how to snap stems to pixels at screen sizes. On
//! paper at 600 dpi a 16 pt ideograph is 133 pixels tall and hints change nothing visible,
//! while they are about 5% of the Fandol outlines and most of a small Liberation Serif
//! subset — the difference between a seed speech PDF over and under 300 KB. Outlines,
//! advances and every other table are kept as they are.
//!
//! CFF programs with subroutines are left alone (a hint inside a subroutine cannot be
//! removed without rewriting every caller); anything unexpected keeps the original bytes.

use std::borrow::Cow;

use allsorts::binary::read::ReadScope;
use allsorts::binary::write::{WriteBinary, WriteBinaryDep, WriteBuffer};
use allsorts::cff::{CFFVariant, CFF};
use allsorts::error::ParseError;
use allsorts::font_data::FontData;
use allsorts::subset::whole_font;
use allsorts::tables::glyf::{GlyfRecord, GlyfTable, Glyph};
use allsorts::tables::loca::{owned, LocaTable};
use allsorts::tables::{FontTableProvider, HeadTable, MaxpTable};
use allsorts::tag;

/// `font` (an OpenType font, CFF or TrueType outlines) without its hints; `None` if it
/// cannot be rewritten (the caller keeps `font`).
pub(super) fn strip_hints(font: &[u8]) -> Option<Vec<u8>> {
    let data = ReadScope::new(font).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    let mut tags = provider.table_tags()?;
    let replaced = if let Some(cff) = provider.table_data(tag::CFF).ok()? {
        vec![(tag::CFF, strip_cff_table(&cff)?)]
    } else if provider.has_table(tag::GLYF) {
        tags.retain(|t| ![tag::CVT, tag::FPGM, tag::PREP].contains(t));
        let (glyf, loca) = strip_glyf_table(&provider)?;
        vec![(tag::GLYF, glyf), (tag::LOCA, loca)]
    } else {
        return None;
    };
    let provider = Replaced {
        inner: provider,
        tables: replaced,
    };
    whole_font(&provider, &tags).ok()
}

/// The CFF table `data` with every charstring's hints removed.
fn strip_cff_table(data: &[u8]) -> Option<Vec<u8>> {
    let mut cff = ReadScope::new(data).read::<CFF<'_>>().ok()?;
    if cff.global_subr_index.len() > 0 {
        return None;
    }
    for font in &mut cff.fonts {
        let has_local_subrs = match &font.data {
            CFFVariant::CID(cid) => cid.local_subr_indices.iter().any(Option::is_some),
            CFFVariant::Type1(t1) => t1.local_subr_index.is_some(),
        };
        if has_local_subrs {
            return None;
        }
        let stripped: Vec<Option<Vec<u8>>> = font
            .char_strings_index
            .iter()
            .map(strip_charstring)
            .collect();
        for (i, program) in stripped.into_iter().enumerate() {
            font.char_strings_index.replace(i, program?);
        }
    }
    let mut out = WriteBuffer::new();
    CFF::write(&mut out, &cff).ok()?;
    Some(out.into_inner())
}

/// The `glyf` and `loca` tables of `provider` with every glyph's instructions removed.
fn strip_glyf_table(provider: &impl FontTableProvider) -> Option<(Vec<u8>, Vec<u8>)> {
    let head_data = provider.read_table_data(tag::HEAD).ok()?;
    let head = ReadScope::new(&head_data).read::<HeadTable>().ok()?;
    let maxp_data = provider.read_table_data(tag::MAXP).ok()?;
    let maxp = ReadScope::new(&maxp_data).read::<MaxpTable>().ok()?;
    let loca_data = provider.read_table_data(tag::LOCA).ok()?;
    let loca = ReadScope::new(&loca_data)
        .read_dep::<LocaTable<'_>>((maxp.num_glyphs, head.index_to_loc_format))
        .ok()?;
    let glyf_data = provider.read_table_data(tag::GLYF).ok()?;
    let mut glyf = ReadScope::new(&glyf_data)
        .read_dep::<GlyfTable<'_>>(&loca)
        .ok()?;
    for record in glyf.records_mut() {
        record.parse().ok()?;
        if let GlyfRecord::Parsed(glyph) = record {
            match glyph {
                Glyph::Simple(simple) => simple.instructions = Box::default(),
                Glyph::Composite(composite) => composite.instructions = Box::default(),
                Glyph::Empty(_) => {}
            }
        }
    }
    let mut glyf_out = WriteBuffer::new();
    let new_loca = GlyfTable::write_dep(&mut glyf_out, glyf, head.index_to_loc_format).ok()?;
    let mut loca_out = WriteBuffer::new();
    owned::LocaTable::write_dep(&mut loca_out, new_loca, head.index_to_loc_format).ok()?;
    Some((glyf_out.into_inner(), loca_out.into_inner()))
}

/// A table provider that answers with replacement tables where it has them.
pub(super) struct Replaced<P> {
    pub inner: P,
    pub tables: Vec<(u32, Vec<u8>)>,
}

impl<P: FontTableProvider> FontTableProvider for Replaced<P> {
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, ParseError> {
        match self.tables.iter().find(|(t, _)| *t == tag) {
            Some((_, data)) => Ok(Some(Cow::Borrowed(data))),
            None => self.inner.table_data(tag),
        }
    }

    fn has_table(&self, tag: u32) -> bool {
        self.inner.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.inner.table_tags()
    }
}

// Type 2 charstring operators (Adobe TN #5177) this pass needs to tell apart.
const HSTEM: u8 = 1;
const VSTEM: u8 = 3;
const VMOVETO: u8 = 4;
const CALLSUBR: u8 = 10;
const RETURN: u8 = 11;
const ESCAPE: u8 = 12;
const ENDCHAR: u8 = 14;
const HSTEMHM: u8 = 18;
const HINTMASK: u8 = 19;
const CNTRMASK: u8 = 20;
const RMOVETO: u8 = 21;
const HMOVETO: u8 = 22;
const VSTEMHM: u8 = 23;
const SHORTINT: u8 = 28;
const CALLGSUBR: u8 = 29;
/// Escaped operators kept as they are: the flex family (12 34–37).
const FLEX_OPS: std::ops::RangeInclusive<u8> = 34..=37;

/// One Type 2 charstring without its hints: stem declarations and hint/counter masks are
/// dropped, and an advance width that was written before the stems moves to the first
/// operator kept. `None` for anything this pass does not know (subroutine calls, the
/// arithmetic operators, truncated input).
pub(super) fn strip_charstring(program: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(program.len());
    // Everything before `copied` is in `out`; kept bytes are copied a span at a time.
    let mut copied = 0;
    // The operands since the last operator are contiguous bytes: where they start, how
    // many there are, and where the first one ends (it may be the width).
    let (mut operands_start, mut operand_count, mut first_end) = (0, 0usize, 0);
    let mut stems = 0usize;
    // True once the first stack-clearing operator has been read (the width, if any, is
    // an extra first operand of that operator).
    let mut width_read = false;
    let mut i = 0;
    while i < program.len() {
        let b0 = program[i];
        let operand_len = match b0 {
            SHORTINT => 3,
            32..=246 => 1,
            247..=254 => 2,
            255 => 5,
            _ => 0,
        };
        if operand_len > 0 {
            if operand_count == 0 {
                operands_start = i;
                first_end = i + operand_len;
            }
            operand_count += 1;
            i += operand_len;
            continue;
        }
        match b0 {
            HSTEM | VSTEM | HSTEMHM | VSTEMHM | HINTMASK | CNTRMASK => {
                // Drop the stem arguments and the operator (and a mask's bytes); a width
                // among the arguments stays, in front of what follows.
                let removed_from = if operand_count > 0 { operands_start } else { i };
                out.extend_from_slice(&program[copied..removed_from]);
                let mut stem_args = operand_count;
                if !width_read && operand_count % 2 == 1 {
                    out.extend_from_slice(&program[operands_start..first_end]);
                    stem_args -= 1;
                }
                width_read = true;
                stems += stem_args / 2;
                operand_count = 0;
                i += 1;
                if matches!(b0, HINTMASK | CNTRMASK) {
                    i += stems.div_ceil(8);
                }
                copied = i;
            }
            CALLSUBR | CALLGSUBR | RETURN => return None,
            ESCAPE if FLEX_OPS.contains(program.get(i + 1)?) => {
                operand_count = 0;
                i += 2;
            }
            ESCAPE => return None,
            _ => {
                width_read |= matches!(b0, RMOVETO | HMOVETO | VMOVETO | ENDCHAR);
                operand_count = 0;
                i += 1;
            }
        }
    }
    // A truncated last token, a mask past the end or operands without an operator.
    if i > program.len() || operand_count > 0 {
        return None;
    }
    out.extend_from_slice(&program[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Encodes small integers (−107..=107) as one-byte Type 2 operands.
    fn n(v: i32) -> u8 {
        (v + 139) as u8
    }

    #[test]
    fn stems_and_masks_are_dropped_and_the_outline_kept() {
        // 10 20 hstem  30 40 50 60 hintmask(1 byte for 3 stems) 5 5 rmoveto 10 hlineto endchar
        let program = [
            n(10),
            n(20),
            HSTEM,
            n(30),
            n(40),
            n(50),
            n(60),
            HINTMASK,
            0b1110_0000,
            n(5),
            n(5),
            RMOVETO,
            n(10),
            6,
            ENDCHAR,
        ];
        let want = [n(5), n(5), RMOVETO, n(10), 6, ENDCHAR];
        assert_eq!(strip_charstring(&program).unwrap(), want);
    }

    #[test]
    fn a_width_written_before_the_stems_moves_to_the_first_moveto() {
        // width 7, then one hstem pair, then 5 hmoveto … endchar
        let program = [n(7), n(10), n(20), HSTEM, n(5), HMOVETO, ENDCHAR];
        let want = [n(7), n(5), HMOVETO, ENDCHAR];
        assert_eq!(strip_charstring(&program).unwrap(), want);
    }

    #[test]
    fn a_mask_is_as_long_as_the_stems_need() {
        // 9 stem pairs (18 operands) then hintmask: two mask bytes follow.
        let mut program: Vec<u8> = (0..18).map(|_| n(1)).collect();
        program.push(HSTEMHM);
        program.extend([HINTMASK, 0xFF, 0x80, n(3), VMOVETO, ENDCHAR]);
        assert_eq!(
            strip_charstring(&program).unwrap(),
            [n(3), VMOVETO, ENDCHAR]
        );
    }

    #[test]
    fn multi_byte_numbers_and_flex_are_copied_as_they_are() {
        let program = [
            247,
            0,
            250,
            1,
            RMOVETO,
            255,
            0,
            1,
            0,
            0,
            n(1),
            n(2),
            n(3),
            n(4),
            n(5),
            ESCAPE,
            35,
            ENDCHAR,
        ];
        let want = program;
        assert_eq!(strip_charstring(&program).unwrap(), want);
    }

    #[test]
    fn subroutines_and_truncated_programs_are_left_alone() {
        assert_eq!(strip_charstring(&[n(1), CALLSUBR, ENDCHAR]), None);
        assert_eq!(strip_charstring(&[n(1), n(2), HSTEM, HINTMASK]), None);
        assert_eq!(strip_charstring(&[SHORTINT, 1]), None);
        assert_eq!(strip_charstring(&[n(1), ESCAPE, 24, ENDCHAR]), None);
    }

    /// A subset of `file` (a bundled face) for `text`, as allsorts makes it for PDF.
    fn subset_of(file: &str, text: &str) -> Vec<u8> {
        let book = crate::fonts::test_book();
        let font = book.font(book.load(file).unwrap());
        let data = ReadScope::new(font.data()).read::<FontData<'_>>().unwrap();
        let provider = data.table_provider(0).unwrap();
        let gids: Vec<u16> = std::iter::once(0)
            .chain(
                text.chars()
                    .filter_map(|c| font.face().glyph_index(c).map(|g| g.0)),
            )
            .collect();
        allsorts::subset::subset(
            &provider,
            &gids,
            &allsorts::subset::SubsetProfile::Pdf,
            allsorts::subset::CmapTarget::Unicode,
        )
        .unwrap()
    }

    /// Asserts both fonts have the same glyphs with the same boxes and advances.
    fn assert_same_glyphs(before: &[u8], after: &[u8]) {
        let before = ttf_parser::Face::parse(before, 0).unwrap();
        let after = ttf_parser::Face::parse(after, 0).unwrap();
        assert_eq!(before.number_of_glyphs(), after.number_of_glyphs());
        for gid in 0..before.number_of_glyphs() {
            let gid = ttf_parser::GlyphId(gid);
            assert_eq!(
                before.glyph_bounding_box(gid),
                after.glyph_bounding_box(gid)
            );
            assert_eq!(before.glyph_hor_advance(gid), after.glyph_hor_advance(gid));
        }
    }

    #[test]
    fn a_truetype_face_loses_its_instructions_and_hinting_tables() {
        let subset = subset_of("LiberationSerif-Regular.ttf", "Ab*2é");
        let stripped = strip_hints(&subset).unwrap();
        assert!(
            stripped.len() < subset.len() / 2,
            "{} of {}",
            stripped.len(),
            subset.len()
        );
        let face = ttf_parser::Face::parse(&stripped, 0).unwrap();
        for table in [b"fpgm", b"prep", b"cvt "] {
            let tag = ttf_parser::Tag::from_bytes(table);
            assert!(face.raw_face().table(tag).is_none());
        }
        assert_same_glyphs(&subset, &stripped);
    }

    #[test]
    fn the_bundled_body_face_loses_its_hints_and_keeps_its_glyphs() {
        let subset = subset_of("FandolFang-Regular.otf", "　一、国家*书记");
        let stripped = strip_hints(&subset).expect("Fandol has no subroutines");
        assert!(stripped.len() < subset.len());
        assert_same_glyphs(&subset, &stripped);
    }
}
