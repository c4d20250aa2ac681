//! The layout's output: pages of items at fixed positions. This is the only thing the PDF
//! writer reads, so it holds no model types and no PDF types.
//!
//! Coordinates are in points from the page's top-left corner, y growing downwards;
//! a text run's `y` is its baseline. The PDF writer flips y to PDF's bottom-up space.

use crate::fonts::FontId;
use crate::style::Rgb;
use crate::units::Pt;

/// A laid-out document: its pages and its outline (bookmarks).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LaidOut {
    /// The pages in order.
    pub pages: Vec<Page>,
    /// Bookmarks for the title and every heading, in reading order.
    pub outline: Vec<OutlineEntry>,
    /// Characters no available font has (each once, in order of first appearance).
    pub missing_glyphs: Vec<char>,
    /// What the layout could not show as asked (images it could not read, …).
    pub warnings: Vec<String>,
}

/// One page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Page width.
    pub width: Pt,
    /// Page height.
    pub height: Pt,
    /// What is drawn on the page.
    pub items: Vec<FrameItem>,
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum FrameItem {
    /// Text in one font and size on one baseline.
    Text(TextRun),
    /// A straight line (table rules, thematic breaks).
    Rule {
        /// Start point (x, y).
        from: (Pt, Pt),
        /// End point (x, y).
        to: (Pt, Pt),
        /// Stroke width.
        width: Pt,
        /// The stroke colour; `None` for black.
        color: Option<Rgb>,
    },
    /// A clickable area that opens a URL (a link's text is drawn separately).
    Link {
        /// Left, top, right, bottom.
        rect: (Pt, Pt, Pt, Pt),
        /// The target.
        url: String,
    },
    /// A raster image (PNG or JPEG, as read) drawn to fill a rectangle.
    Image {
        /// Left, top, right, bottom.
        rect: (Pt, Pt, Pt, Pt),
        /// The image; one file used twice is shared, and embedded once.
        image: std::sync::Arc<crate::images::LoadedImage>,
    },
}

/// Glyphs of one font and size on one baseline, each at its own x.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// The font.
    pub font: FontId,
    /// The type size.
    pub size: Pt,
    /// The baseline, from the top of the page.
    pub y: Pt,
    /// The glyphs in reading order, each with the x of its left edge.
    pub glyphs: Vec<PlacedGlyph>,
    /// The fill colour; `None` for black.
    pub color: Option<Rgb>,
    /// Horizontal scale of the glyphs: 1.0 as the font draws them; less for marks
    /// squeezed to part of their cell ([`crate::style::widows`]), so each glyph's box
    /// ends where the next glyph starts and text extraction reads one line.
    pub h_scale: f64,
}

/// One character placed on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedGlyph {
    /// The character (what text extraction returns).
    pub ch: char,
    /// Left edge, from the left of the page.
    pub x: Pt,
}

/// A bookmark.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// The text shown in the bookmarks pane.
    pub title: String,
    /// Nesting level from 1 (the title and level-1 headings are 1... as the layout decides).
    pub level: u8,
    /// Index of the page (0-based).
    pub page: usize,
    /// Top of the target, from the top of the page.
    pub y: Pt,
}
