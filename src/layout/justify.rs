//! Placing a line's glyphs: justified to both edges, or set left, centred or right.
//!
//! Justification spreads the slack (or the squeeze) evenly over the line's justifiable
//! gaps: gaps next to a full-width character, and the gap after a word space. Gaps inside
//! a Latin word or number never change, so Latin text keeps its own letter spacing and
//! ideographs stay as close to their grid cells as the line allows. A full line ends
//! with the last glyph's box at the right edge (a closing mark set half width ends with
//! its ink half there).

use crate::layout::linebreak::LineSpan;
use crate::layout::text::{Class, Glyph};

/// How a line is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    /// Both edges (full lines); the last line and forced-break lines left.
    Justify,
    /// Left edge.
    Left,
    /// Centred.
    Center,
    /// Right edge.
    Right,
}

/// True if and only if the gap between `a` and `b` may stretch or shrink.
fn gap_is_justifiable(a: &Glyph, b: &Glyph) -> bool {
    if a.class == Class::Fixed || b.class == Class::Fixed || (a.rigid && a.class == Class::Space) {
        return false;
    }
    a.class == Class::Space
        || (b.class != Class::Space && (a.class == Class::Wide || b.class == Class::Wide))
}

/// Number of justifiable gaps in `line`.
pub(crate) fn justifiable_gaps(line: &[Glyph]) -> usize {
    line.windows(2)
        .filter(|w| gap_is_justifiable(&w[0], &w[1]))
        .count()
}

/// Largest widening of one gap without a grid, in ems of the line's size: beyond it a
/// line stays ragged rather than gappy.
const MAX_PLAIN_STRETCH_EM: f64 = 0.6;

/// The x of each glyph of `span`, relative to the line's left edge, written to `out`.
/// `avail` is the line's width; `grid` says whether the edge must be met at any cost.
pub(crate) fn place_line(
    glyphs: &[Glyph],
    span: &LineSpan,
    avail: f64,
    align: Align,
    grid: bool,
    out: &mut Vec<f64>,
) {
    out.clear();
    let line = &glyphs[span.start..span.end];
    let Some(last) = line.last() else {
        return;
    };
    let before_last: f64 = line[..line.len() - 1].iter().map(|g| g.advance).sum();
    // Where the last glyph's right end falls when set naturally, and where it must go.
    let last_extent = if span.hang {
        last.box_width / 2.0
    } else {
        last.box_width
    };
    let natural = before_last + last_extent;
    let gaps = justifiable_gaps(line);
    let justify = gaps > 0 && ((align == Align::Justify && !span.last) || natural > avail + 0.01);
    let mut delta = if justify {
        (avail - natural) / gaps as f64
    } else {
        0.0
    };
    if !grid && delta > MAX_PLAIN_STRETCH_EM * last.size {
        delta = 0.0;
    }
    let offset = match align {
        Align::Center if !justify => ((avail - natural) / 2.0).max(0.0),
        Align::Right if !justify => (avail - natural).max(0.0),
        _ => 0.0,
    };
    let mut x = offset;
    for (k, g) in line.iter().enumerate() {
        out.push(x);
        x += g.advance;
        if let Some(next) = line.get(k + 1) {
            if gap_is_justifiable(g, next) {
                x += delta;
            }
        }
    }
}

/// Natural width of `line`: advances up to the last glyph, plus its box.
pub(crate) fn natural_width(line: &[Glyph]) -> f64 {
    match line.split_last() {
        Some((last, rest)) => rest.iter().map(|g| g.advance).sum::<f64>() + last.box_width,
        None => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontId;

    fn g(ch: char, class: Class, advance: f64) -> Glyph {
        Glyph {
            ch,
            font: FontId(0),
            size: 16.0,
            advance,
            box_width: if class == Class::Wide { 16.0 } else { advance },
            class,
            draw: true,
            decoration: 0,
            rise: 0.0,
            rigid: false,
        }
    }

    #[test]
    fn latin_letters_keep_their_spacing_and_cjk_gaps_take_the_slack() {
        let line = vec![
            g('中', Class::Wide, 15.0),
            g('a', Class::Narrow, 7.0),
            g('b', Class::Narrow, 7.0),
            g('文', Class::Wide, 15.0),
        ];
        let span = LineSpan {
            start: 0,
            end: 4,
            last: false,
            hang: false,
        };
        let mut xs = Vec::new();
        place_line(&line, &span, 60.0, Align::Justify, true, &mut xs);
        assert!((xs[2] - xs[1] - 7.0).abs() < 1e-9, "{xs:?}");
        assert!((xs[3] + 16.0 - 60.0).abs() < 1e-9, "right edge {xs:?}");
    }

    #[test]
    fn a_last_line_is_set_naturally_and_a_hanging_mark_ends_half_past_the_edge() {
        let line = vec![g('中', Class::Wide, 15.0), g('，', Class::Wide, 15.0)];
        let mut span = LineSpan {
            start: 0,
            end: 2,
            last: true,
            hang: false,
        };
        let mut xs = Vec::new();
        place_line(&line, &span, 100.0, Align::Justify, true, &mut xs);
        assert_eq!(xs, vec![0.0, 15.0]);
        span.last = false;
        span.hang = true;
        place_line(&line, &span, 20.0, Align::Justify, true, &mut xs);
        assert!((xs[1] + 8.0 - 20.0).abs() < 1e-9, "{xs:?}");
    }
}
