//! Page setup: paper, margins, the document grid and the page-number footers, all taken
//! from the [`Style`].
//!
//! **The grid.** GB/T 9704 asks for 22 lines of 28 characters in a 156 × 225 mm type
//! area. Word stores that as `w:docGrid w:type="linesAndChars"` with
//! * `w:linePitch` in twips: the type-area height divided by the lines, rounded *down*
//!   so that 22 pitches fit (16838 − 2098 − 1984 = 12756 twips, / 22 = 579.8 → 579;
//!   580 would make 12760 > 12756 and Word would lay only 21 lines);
//! * `w:charSpace`: the character pitch minus the Normal style's East-Asian font size,
//!   in 1/4096 pt (ECMA-376 §17.6.5; Word and LibreOffice both add it to the Normal
//!   size). Type width 11906 − 1587 − 1474 = 8845 twips = 442.25 pt, / 28 = 15.795 pt;
//!   (15.795 − 16) × 4096 = −841.3, rounded down to −842 so 28 characters still fit.
//!
//! **Character units.** Indents are meant in characters (`w:firstLineChars="200"`,
//! which Word uses); their twips twin is for applications that ignore `…Chars`. On a
//! grid a character is one grid cell, 15.79 pt, not the 16 pt body size: LibreOffice
//! rounds a first-line indent of 640 twips (32 pt) *up* to three cells, which also made
//! it drop punctuation at line ends. So one character is the cell pitch rounded down to
//! whole twips (315; two characters 630), and without a grid the body size.
//!
//! Body lines use exact line spacing equal to the line pitch, so every line sits on the
//! grid even in applications that ignore `w:docGrid`.
//!
//! **Holding the grid in every program.** The grid above is Word's description of the
//! page, and it stays in the section for Word and WPS (page setup shows 22 × 28, and a
//! paragraph a user adds in a style of their own sits on it). Our own paragraphs do not
//! lean on it: the `Normal` style turns `w:snapToGrid` off, and every run is set at
//! [`Metrics::char_scale`] per cent width (`w:w`, 98 on the GB/T 9704 grid) plus
//! [`Metrics::char_spacing`] (`w:spacing`, 0.1 pt), so that a character advances almost
//! exactly one cell (15.78 of 15.79 pt): 28 fit the type width by their own advance
//! (441.8 ≤ 442.25 pt), a closing mark past the 28th hangs from the very edge even on a
//! paragraph's unjustified last line, and the exact line spacing alone keeps 22 lines. Measured
//! with LibreOffice, which is why (see the README's DOCX section):
//! * LibreOffice 7.4 (and 25.2 with `snapToChars`) gives a 16 pt glyph that does not
//!   fit a 15.79 pt cell two cells: 14 characters a line. A glyph narrower than the
//!   cell takes one cell in any grid mode, and off the grid the question never arises;
//! * LibreOffice 25.2 on the character grid drops a closing mark it hangs past the
//!   margin when the line holds a half-width character ("*", digits), and sets a line
//!   with Latin characters a point higher or lower than the grid line (it centres the
//!   taller Latin font in the grid cell). Off the grid, with 98 % glyphs, neither
//!   happens: every character is on the page and every baseline one pitch apart.
//!
//! **Page numbers** are a real PAGE field between the format's dashes ("— {n} —"), in
//! the page-number face and size. [`PageNumbers::Alternate`] writes an odd footer at
//! the right and an even footer at the left, each one page-number character in from
//! the type area (docx-rs turns on `w:evenAndOddHeaders` for us); `Center` centres one.

use docx_rs::{
    AlignmentType, DocGrid, DocGridType, Docx, FieldCharType, Footer, InstrPAGE, InstrText,
    PageMargin, Paragraph, Run, SpecialIndentType,
};

use super::styles::{run_fonts, FOOTER};
use crate::style::grid_glyphs::GridGlyphs;
use crate::style::{PageNumbers, Style};
use crate::units::Pt;

/// Lengths derived once from the style, in twips.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Metrics {
    /// One character, the unit of "indent two characters": the grid's character pitch
    /// rounded down (315 in GB/T 9704), or the body size without a grid (see below).
    pub char_twips: i32,
    /// The distance between body baselines.
    pub line_twips: i32,
    /// True if and only if the style lays text on a character grid (CJK profiles).
    pub grid: bool,
    /// Width of the type area.
    pub text_width: i32,
    /// `w:charSpace` of the grid (see the module doc), 0 without a grid.
    pub char_space: i32,
    /// Width of every glyph in per cent (`w:w`): the largest whole per cent at which a
    /// body character is no wider than one grid cell (98 in GB/T 9704), 100 without a
    /// grid. See "Holding the grid" in the module doc.
    pub char_scale: u32,
    /// Extra advance of every character in twentieths of a point (`w:spacing`), that
    /// brings a `char_scale` glyph up to just under one grid cell (2 in GB/T 9704); 0
    /// without a grid.
    pub char_spacing: i32,
}

pub(crate) fn twips(pt: Pt) -> i32 {
    pt.to_twips().clamp(0, i64::from(i32::MAX)) as i32
}

impl Metrics {
    /// The metrics of `style`.
    pub fn of(style: &Style) -> Metrics {
        let width = twips(style.paper_width) - twips(style.margin_left) - twips(style.margin_right);
        let height =
            twips(style.paper_height) - twips(style.margin_top) - twips(style.margin_bottom);
        let glyphs = GridGlyphs::of(style);
        let (line_twips, char_space, char_twips) = match style.grid {
            Some(grid) if grid.lines > 0 && grid.chars > 0 => {
                let line = height / grid.lines as i32;
                let space = glyphs.char_space;
                let cell = (style.sizes.body.0 + f64::from(space) / 4096.0) * 20.0;
                (line, space, cell.floor() as i32)
            }
            _ => (twips(style.leading), 0, twips(style.sizes.body)),
        };
        let (char_scale, char_spacing) = (glyphs.scale, glyphs.spacing);
        Metrics {
            char_twips: char_twips.max(1),
            line_twips: line_twips.max(1),
            grid: style.grid.is_some(),
            text_width: width.max(1),
            char_space,
            char_scale,
            char_spacing,
        }
    }

    /// `n` body characters in twips.
    pub fn chars(&self, n: f64) -> i32 {
        (f64::from(self.char_twips) * n).round() as i32
    }
}

/// Sets paper, margins, the grid and the footers on `docx`.
pub(crate) fn page_setup(docx: Docx, style: &Style, m: &Metrics) -> Docx {
    let number_size = twips(style.sizes.page_number);
    // The footer's distance from the paper edge puts the top of the page-number line
    // `page_number_gap` below the type area.
    let footer = (twips(style.margin_bottom) - twips(style.page_number_gap) - number_size).max(0);
    let margins = PageMargin::new()
        .top(twips(style.margin_top))
        .bottom(twips(style.margin_bottom))
        .left(twips(style.margin_left))
        .right(twips(style.margin_right))
        .header(twips(style.margin_top) / 2)
        .footer(footer)
        .gutter(0);
    let mut docx = docx
        .page_size(
            twips(style.paper_width) as u32,
            twips(style.paper_height) as u32,
        )
        .page_margin(margins);
    let grid = if m.grid {
        DocGrid::new()
            .grid_type(DocGridType::LinesAndChars)
            .line_pitch(m.line_twips as usize)
            .char_space(m.char_space as isize)
    } else {
        DocGrid::new()
            .grid_type(DocGridType::Default)
            .line_pitch(m.line_twips as usize)
    };
    docx.document = docx.document.doc_grid(grid);
    match style.page_numbers {
        PageNumbers::None => docx,
        PageNumbers::Center => docx.footer(Footer::new().add_paragraph(page_number(
            style,
            AlignmentType::Center,
            Side::None,
        ))),
        PageNumbers::Alternate => docx
            .footer(Footer::new().add_paragraph(page_number(
                style,
                AlignmentType::Right,
                Side::Right,
            )))
            .even_footer(Footer::new().add_paragraph(page_number(
                style,
                AlignmentType::Left,
                Side::Left,
            ))),
    }
}

/// Which side of a footer paragraph is indented one character.
enum Side {
    None,
    Left,
    Right,
}

/// One footer paragraph: the format's text around a PAGE field.
fn page_number(style: &Style, align: AlignmentType, side: Side) -> Paragraph {
    let one_char = twips(style.sizes.page_number);
    let (before, after) = match style.page_number_format.split_once("{n}") {
        Some((b, a)) => (b.to_string(), a.to_string()),
        None => (style.page_number_format.clone(), String::new()),
    };
    let cjk = style.is_cjk();
    let run = || Run::new().fonts(run_fonts(&style.faces.page_number, cjk));
    let mut p = Paragraph::new().style(FOOTER).align(align);
    p = match side {
        Side::None => p,
        Side::Left => p.indent(
            Some(one_char),
            Some(SpecialIndentType::FirstLine(0)),
            None,
            None,
        ),
        Side::Right => p.indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(0)),
            Some(one_char),
            None,
        ),
    };
    if !before.is_empty() {
        p = p.add_run(run().add_text(before));
    }
    p = p
        .add_run(run().add_field_char(FieldCharType::Begin, false))
        .add_run(run().add_instr_text(InstrText::PAGE(InstrPAGE::new())))
        .add_run(run().add_field_char(FieldCharType::Separate, false))
        .add_run(run().add_text("1"))
        .add_run(run().add_field_char(FieldCharType::End, false));
    if !after.is_empty() {
        p = p.add_run(run().add_text(after));
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StyleKind;

    #[test]
    fn gbt9704_grid_fits_22_lines_and_28_characters() {
        let style = Style::builtin(StyleKind::Gongwen);
        let m = Metrics::of(&style);
        assert_eq!(m.line_twips, 579);
        assert_eq!(m.text_width, 8845);
        assert_eq!(m.char_space, -842);
        // 22 pitches fit the type area height, 23 do not.
        assert!(22 * m.line_twips <= 12756 && 23 * m.line_twips > 12756);
        // 28 character pitches (body size plus charSpace) fit the width, 29 do not.
        let pitch = 16.0 + f64::from(m.char_space) / 4096.0;
        assert!(28.0 * pitch <= 442.25 && 29.0 * pitch > 442.25);
        // Two characters are two grid cells, rounded down to whole twips.
        assert_eq!(m.char_twips, 315);
        assert_eq!(m.chars(2.0), 630);
        // 98 % glyphs fit a cell, 99 % do not.
        assert_eq!(m.char_scale, 98);
        let glyph = |scale: u32| 16.0 * f64::from(scale) / 100.0;
        assert!(glyph(m.char_scale) <= pitch && glyph(m.char_scale + 1) > pitch);
        // Plus 0.1 pt: still under one cell, 28 still fit.
        assert_eq!(m.char_spacing, 2);
        let advance = glyph(m.char_scale) + f64::from(m.char_spacing) / 20.0;
        assert!(advance <= pitch && 28.0 * advance <= 442.25);
    }

    #[test]
    fn plain_has_no_grid_and_its_own_leading() {
        let m = Metrics::of(&Style::builtin(StyleKind::Plain));
        assert!(!m.grid);
        assert_eq!(m.line_twips, 300);
        assert_eq!(m.char_twips, 240);
        assert_eq!(m.char_scale, 100);
        assert_eq!(m.char_spacing, 0);
    }
}
