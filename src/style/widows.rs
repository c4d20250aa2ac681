//! No paragraph ends in a line of one or two characters: such a line, alone at the top
//! of a page, reads as a stray fragment ("通。"), and on GB/T 9704's fixed grid of 22
//! lines a page may not simply end a line early to avoid it (every page but the last is
//! full). A Chinese typesetter squeezes the paragraph instead: the full-width marks
//! whose ink sits in the left half of their cell (，。、；：」…,
//! [`crate::script::is_squeezable_mark`]) give up half their width, and the paragraph
//! takes one line fewer. If squeezing does not save the line, the paragraph is set as
//! it was.
//!
//! The rule is applied to every paragraph with such a last line, wherever it falls, so
//! it needs no knowledge of the page breaks and both writers can apply it: the PDF
//! measures its lines by their glyphs, the DOCX by grid cells (CJK characters 1, digits
//! and Latin ½); both ask [`squeezes_last_line`] and set the same marks narrower.

/// Widest last line (in grid cells) that counts as a stray fragment.
pub const SHORT_LAST_LINE_CELLS: f64 = 2.0;

/// The part of a cell a squeezed mark gives up.
pub const MARK_SQUEEZE: f64 = 0.5;

/// Most lines of a paragraph that is squeezed: past a few pages, narrowing every mark to
/// save one line is out of proportion (and setting it twice costs a second copy of a
/// text that may run to megabytes).
pub const SQUEEZE_MAX_LINES: usize = 200;

/// True if a paragraph set in `lines` lines whose last holds `last_cells` grid cells is
/// to be squeezed: it has more than one line (and no more than [`SQUEEZE_MAX_LINES`]) and
/// its last is one or two characters.
pub fn squeezes_last_line(lines: usize, last_cells: f64) -> bool {
    (2..=SQUEEZE_MAX_LINES).contains(&lines)
        && last_cells > 0.0
        && last_cells <= SHORT_LAST_LINE_CELLS + 1e-6
}

/// The lines a run of characters fills on a measure of `first` cells for the first
/// line and `rest` for the others, filled greedily, and the cells of the last line.
/// Each character is its width in cells and whether it is a closing mark that may end
/// a line at half width (as the PDF's line breaker and LibreOffice set it). A grid-cell
/// estimate for writers that do not break lines themselves (the DOCX); the PDF counts
/// its own set lines.
pub fn estimate_lines(
    cells: impl IntoIterator<Item = (f64, bool)>,
    first: f64,
    rest: f64,
) -> (usize, f64) {
    let (mut lines, mut used) = (1, 0.0);
    for (w, hangs) in cells {
        let measure = if lines == 1 { first } else { rest };
        let fits = used + w <= measure + 1e-6 || (hangs && used + w / 2.0 <= measure + 1e-6);
        if used > 0.0 && !fits {
            lines += 1;
            used = 0.0;
        }
        used += w;
    }
    (lines, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_line_of_one_or_two_characters_is_squeezed_away() {
        assert!(squeezes_last_line(3, 1.0));
        assert!(squeezes_last_line(2, 2.0));
        assert!(!squeezes_last_line(2, 2.5));
        assert!(
            !squeezes_last_line(1, 1.0),
            "a one-line paragraph is left alone"
        );
        assert!(squeezes_last_line(SQUEEZE_MAX_LINES, 1.0));
        assert!(!squeezes_last_line(SQUEEZE_MAX_LINES + 1, 1.0));
    }

    #[test]
    fn lines_are_estimated_on_the_grid() {
        // 2 characters in, 26 on the first line, 28 on the others: 56 characters take
        // three lines, the last holding 2.
        assert_eq!(estimate_lines(vec![(1.0, false); 56], 26.0, 28.0), (3, 2.0));
        // Marks at half width: 56 characters, 8 of them squeezed, fill two lines.
        let squeezed = (0..56).map(|k| (if k % 7 == 0 { 0.5 } else { 1.0 }, false));
        assert_eq!(estimate_lines(squeezed, 26.0, 28.0).0, 2);
        // A closing mark half a cell past the measure ends its line at half width
        // ("……放假1天；" in 26.5 cells); a whole cell past, it goes down.
        let mut ending = vec![(1.0, false); 25];
        ending.extend([(0.5, false), (1.0, true)]);
        assert_eq!(estimate_lines(ending.clone(), 26.0, 28.0).0, 1);
        ending.insert(0, (0.5, false));
        assert_eq!(estimate_lines(ending, 26.0, 28.0).0, 2);
    }
}
