//! Layout: the document model + a style + font metrics → pages of positioned glyphs.
//!
//! Pure and testable: no PDF types here (the PDF writer reads only [`frame`]).
//! `linebreak` finds break opportunities (UAX #14 plus the Chinese rules) and fits lines
//! to the grid; `paginate` puts lines on pages, keeping headings with what follows.

pub mod fonts;
pub mod frame;

use crate::error::Error;
use crate::model::Document;
use crate::style::Style;
use frame::LaidOut;

/// Lays out `doc` in `style`.
pub fn layout_document(doc: &Document, style: &Style) -> Result<LaidOut, Error> {
    let _ = (doc, style);
    todo!("layout helper")
}
