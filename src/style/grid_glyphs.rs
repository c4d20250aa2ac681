//! How wide a character is set on a character grid, in both formats.
//!
//! GB/T 9704's grid cell (15.79 pt: 28 to the 156 mm line) is narrower than the 16 pt
//! body size. The DOCX keeps its own paragraphs off Word's grid and sets every run at
//! [`GridGlyphs::scale`] per cent width plus [`GridGlyphs::spacing`] of extra advance,
//! so that a character advances just under one cell (15.78 pt) in Word and LibreOffice
//! alike (why: `export::docx::page`). Word and LibreOffice then break the DOCX's lines
//! by those advances, Latin letters and digits included, so the PDF's line breaker
//! measures every glyph the same way ([`GridGlyphs::advance`]): both formats put a line
//! break in the same place, and a justified line still meets both edges of the type
//! area.
//!
//! The arithmetic is Word's description of the grid: `w:charSpace`, in 1/4096 pt, is
//! the cell minus the body size, rounded down so that the line's characters still fit
//! the type width in whole twips.

use super::Style;

/// The glyph width and extra advance of a grid style (100 % and none without a grid).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridGlyphs {
    /// The grid's `w:charSpace`: cell minus body size, in 1/4096 pt (0 without a grid).
    pub char_space: i32,
    /// Width of every glyph in per cent: the largest whole per cent at which a body
    /// character is no wider than one grid cell (98 in GB/T 9704).
    pub scale: u32,
    /// Extra advance of every character in twentieths of a point, bringing a `scale`
    /// glyph up to just under one cell (2 in GB/T 9704).
    pub spacing: i32,
}

impl GridGlyphs {
    /// The grid glyphs of `style`.
    pub fn of(style: &Style) -> GridGlyphs {
        let plain = GridGlyphs {
            char_space: 0,
            scale: 100,
            spacing: 0,
        };
        let Some(grid) = style.grid.filter(|g| g.chars > 0 && g.lines > 0) else {
            return plain;
        };
        let width = style.paper_width.to_twips()
            - style.margin_left.to_twips()
            - style.margin_right.to_twips();
        let body = style.sizes.body.0;
        let pitch = width as f64 / 20.0 / f64::from(grid.chars);
        let char_space = ((pitch - body) * 4096.0).floor();
        let char_space = char_space.clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32;
        if char_space >= 0 || body <= 0.0 {
            return GridGlyphs {
                char_space,
                ..plain
            };
        }
        let cell = body + f64::from(char_space) / 4096.0;
        let scale = ((cell / body * 100.0).floor() as u32).clamp(50, 100);
        let glyph = body * f64::from(scale) / 100.0;
        GridGlyphs {
            char_space,
            scale,
            spacing: ((cell - glyph) * 20.0).floor().max(0.0) as i32,
        }
    }

    /// The advance, in points, of a glyph whose own width is `natural` points.
    pub fn advance(&self, natural: f64) -> f64 {
        natural * f64::from(self.scale) / 100.0 + f64::from(self.spacing) / 20.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::StyleKind;

    #[test]
    fn a_gbt_9704_character_advances_just_under_one_cell() {
        let style = Style::builtin(StyleKind::Gongwen);
        let g = GridGlyphs::of(&style);
        assert_eq!((g.char_space, g.scale, g.spacing), (-842, 98, 2));
        let cell = style.char_pitch().0;
        let advance = g.advance(16.0);
        assert!(advance <= cell && cell - advance < 0.05, "{advance} {cell}");
        assert!(28.0 * advance <= 442.25);
    }

    #[test]
    fn without_a_grid_glyphs_keep_their_width() {
        let g = GridGlyphs::of(&Style::builtin(StyleKind::Plain));
        assert_eq!((g.char_space, g.scale, g.spacing), (0, 100, 0));
        assert_eq!(g.advance(7.5), 7.5);
    }
}
