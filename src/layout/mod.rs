//! Layout: the document model + a style + font metrics → pages of positioned glyphs.
//!
//! Pure and testable: no PDF types here (the PDF writer reads only [`frame`]). The
//! phases, one module each: `text` turns inline content into glyphs with fonts and
//! advances (`fallback` picks a font per character); `linebreak` finds break
//! opportunities (UAX #14 plus the Chinese rules) and fits lines greedily; `justify`
//! places a line's glyphs; `para` turns a paragraph into line units; `blocks` (and
//! `table`) decide per block kind how it is set; `paginate` stacks the units into pages,
//! keeping headings with what follows; `folio` adds the page numbers.
//!
//! Vertical metrics: on a grid (GB/T 9704) every line takes one grid line and its
//! baseline sits `(pitch − body)/2 + 0.88 × body` below the grid line's top, so a body
//! glyph's em box is centred in its line and the first baseline is below the top margin.
//! Outline: the title is level 1 and a heading of level `n` is `n + 1` when the document
//! has a title (`n` otherwise); levels never jump by more than one.

mod blocks;
pub mod dump;
mod fallback;
pub use fallback::system_font_of_warning;
mod figure;
mod folio;
pub mod frame;
mod head;
mod hyphen;
mod justify;
mod linebreak;
mod notes;
mod paginate;
mod para;
mod probe;
pub(crate) use probe::ParagraphProbe;
mod record;
mod table;
mod text;

use crate::error::Error;
use crate::fonts::FontBook;
use crate::model::{Block, Document};
use crate::style::Style;
use fallback::FontSet;
use frame::LaidOut;
use justify::Align;
use para::{ParaSpec, Setter, EM_ASCENT};
use text::TextBuilder;

/// Largest tightening of one gap when squeezing a character into a grid line, in
/// points: well under the ±0.8 pt a grid line may deviate from its cells.
const MAX_SHRINK_PER_GAP: f64 = 0.6;

/// Lays out `doc` in `style` with the fonts of `fonts`, looking for its images in the
/// current directory.
pub fn layout_document(doc: &Document, style: &Style, fonts: &FontBook) -> Result<LaidOut, Error> {
    layout_document_in(doc, style, fonts, std::path::Path::new(""))
}

/// Lays out `doc` in `style` with the fonts of `fonts`, looking for images with relative
/// paths in `image_dir` (the input's directory). The pages' font ids are `fonts`' ids.
pub fn layout_document_in(
    doc: &Document,
    style: &Style,
    fonts: &FontBook,
    image_dir: &std::path::Path,
) -> Result<LaidOut, Error> {
    let mut ctx = Ctx::new(style, fonts);
    ctx.image_dir = image_dir.to_path_buf();
    let shown = doc.with_metadata_title();
    // Footnotes are numbered; pagination sets each at the foot of its mark's page.
    let blocks = notes::gather_notes(&shown.blocks);
    let units = blocks::layout_blocks(&mut ctx, &blocks)?;
    let geometry = paginate::PageBox {
        paper: (style.paper_width.0, style.paper_height.0),
        top: style.margin_top.0,
        height: ctx.area_height(),
    };
    let mut outline = Vec::new();
    // A short rule over the notes at a page's foot.
    use crate::units::Pt;
    let rule_y = Pt(ctx.pitch * 0.5);
    let separator = paginate::Unit {
        height: ctx.pitch,
        items: vec![frame::FrameItem::Rule {
            from: (Pt(ctx.left), rule_y),
            to: (Pt(ctx.left + ctx.width / 3.0), rule_y),
            width: Pt(0.5),
            color: None,
        }],
        ..paginate::Unit::default()
    };
    let notes = std::mem::take(&mut ctx.notes);
    let mut pages = paginate::paginate_with_notes(units, &geometry, &mut outline, notes, separator);
    folio::number_pages(&mut ctx, &mut pages)?;
    let mut previous = 0u8;
    for entry in &mut outline {
        entry.level = entry.level.clamp(1, previous.saturating_add(1));
        previous = entry.level;
    }
    Ok(LaidOut {
        pages,
        outline,
        missing_glyphs: ctx.fonts.take_missing(),
        warnings: ctx
            .warnings
            .into_iter()
            .chain(ctx.fonts.take_system_used())
            .collect(),
    })
}

/// What every layout phase needs: the style, fonts, the setter and the page geometry.
pub(crate) struct Ctx<'a> {
    /// The style.
    pub style: &'a Style,
    /// Fonts and the per-character cache.
    pub fonts: FontSet<'a>,
    /// The paragraph setter with its buffers.
    pub setter: Setter,
    /// True on a CJK character grid.
    pub grid: bool,
    /// Left edge of the type area.
    pub left: f64,
    /// Width of the type area.
    pub width: f64,
    /// One grid character (the body size without a grid).
    pub cell: f64,
    /// Body line pitch.
    pub pitch: f64,
    /// Body type size.
    pub body: f64,
    /// Where images with relative paths are looked for.
    pub image_dir: std::path::PathBuf,
    /// What could not be shown as asked, for the user.
    pub warnings: Vec<String>,
    /// Footnotes set aside for the foot of their pages: label and lines.
    pub notes: Vec<(String, Vec<paginate::Unit>)>,
}

impl<'a> Ctx<'a> {
    fn new(style: &'a Style, fonts: &'a FontBook) -> Ctx<'a> {
        let grid = style.is_cjk();
        Ctx {
            style,
            fonts: FontSet::new(fonts, grid).with_system_fonts(style.system_fonts),
            setter: Setter::new(grid, MAX_SHRINK_PER_GAP).keeping_hyphens(style.hyphenate),
            grid,
            left: style.margin_left.0,
            width: style.type_area_width().0,
            cell: style.char_pitch().0,
            pitch: style.line_pitch().0,
            body: style.sizes.body.0,
            image_dir: std::path::PathBuf::new(),
            warnings: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Height of the type area: whole grid lines on a grid.
    fn area_height(&self) -> f64 {
        match self.style.grid {
            Some(g) => self.pitch * f64::from(g.lines),
            None => self.style.type_area_height().0,
        }
    }

    /// A text builder over this context's fonts.
    pub(crate) fn builder(&mut self, preformatted: bool) -> TextBuilder<'_, 'a> {
        TextBuilder::new(&mut self.fonts, self.style, preformatted)
    }

    /// The paragraph indent (two characters in GB/T 9704).
    pub(crate) fn indent(&self) -> f64 {
        self.style.indent_chars * self.cell
    }

    /// Height of a line of type `size`: one grid line on a grid, else the leading scaled.
    pub(crate) fn line_height(&self, size: f64) -> f64 {
        if self.grid {
            self.pitch
        } else {
            self.pitch * (size / self.body).max(1.0)
        }
    }

    /// Baseline from a line's top: on a grid fixed by the body size, so every baseline
    /// sits on the grid; else the em box centred in the line.
    pub(crate) fn baseline(&self, height: f64, size: f64) -> f64 {
        let size = if self.grid { self.body } else { size };
        (height - size) / 2.0 + EM_ASCENT * size
    }

    /// A justified paragraph box over the type area (less quote indents) for type `size`.
    pub(crate) fn spec_for(&self, block: &Block, size: f64) -> ParaSpec {
        let quotes = crate::style::nesting::block_levels(block).0;
        let inset = f64::from(quotes) * 2.0 * self.cell;
        let line_height = self.line_height(size);
        ParaSpec {
            left: self.left + inset,
            width: self.width - inset,
            first_indent: 0.0,
            rest_indent: 0.0,
            align: Align::Justify,
            line_height,
            baseline: self.baseline(line_height, size),
            keep_with_next: false,
            outline: None,
            preformatted: false,
        }
    }
}

#[cfg(test)]
mod blocks_tests;
#[cfg(test)]
mod markdown_tests;
#[cfg(test)]
mod plain_page_tests;
#[cfg(test)]
mod plain_tests;
#[cfg(test)]
mod tests;
