//! A numbered series whose first number was typed in another style: "1. STRENGTHENING THE
//! ECONOMY" over "II. FIGHTING INFLATION" and "III. GETTING AMERICA MOVING", as a scraped
//! address has it. A heading whose family heads nothing else, numbered one, with the
//! next heading numbered two in a family that heads two or more, is that series' first
//! member and takes its family (and so its level).

use super::numbering::Family;
use super::toc::numbers::roman_value;
use crate::model::{Block, BlockKind};

/// The number a heading's marker writes ("1." → 1, "II." → 2), if any.
fn value(block: &Block) -> Option<u32> {
    let BlockKind::Heading(h) = &block.kind else {
        return None;
    };
    let numeral = h.marker.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    numeral.parse().ok().or_else(|| roman_value(numeral))
}

/// Moves a stray first heading (see the module doc) into the family of its series.
pub(crate) fn join_stray_first(blocks: &[Block], families: &mut [(usize, Family)]) {
    let count =
        |families: &[(usize, Family)], f: Family| families.iter().filter(|(_, g)| *g == f).count();
    for n in 0..families.len().saturating_sub(1) {
        let ((first, stray), (next, series)) = (families[n], families[n + 1]);
        if stray != series
            && count(families, stray) == 1
            && count(families, series) >= 2
            && value(&blocks[first]) == Some(1)
            && value(&blocks[next]) == Some(2)
        {
            families[n].1 = series;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds;
    use crate::structure::{parse, InputFormat};

    fn levels(text: &str) -> Vec<u8> {
        parse(text, InputFormat::Plain, None)
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                crate::model::BlockKind::Heading(h) => Some(h.level),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_first_number_typed_in_another_style_joins_its_series() {
        let text = "1. STRENGTHENING THE ECONOMY\n\
            That task must begin at home, for we cannot expect others to accept our ideals.\n\
            II. FIGHTING INFLATION\n\
            But recession is only one enemy of a free economy; inflation is another.\n\
            III. GETTING AMERICA MOVING\n\
            A stronger nation requires more than a balanced budget.\n";
        assert_eq!(plain_kinds(text)[0], "heading");
        assert_eq!(levels(text), [1, 1, 1]);
    }
}
