//! A textual dump of laid-out pages, one line per text line, for tests and debugging:
//! `p1 y=123.4 x=79.4..514.0 |text|` (x from the first glyph's left edge to the last
//! glyph's right edge, in points), then rules and links.

use std::fmt::Write;

use crate::fonts::FontBook;
use crate::layout::frame::{FrameItem, LaidOut, Page};

/// One glyph as measured: left edge, right edge (left + advance × size), character.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasuredGlyph {
    /// Left edge.
    pub x0: f64,
    /// Right edge of the glyph's box.
    pub x1: f64,
    /// The character.
    pub ch: char,
}

/// The glyphs on one baseline of a page, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The baseline, from the top of the page.
    pub y: f64,
    /// The glyphs, by x (spaces left out).
    pub glyphs: Vec<MeasuredGlyph>,
}

impl TextLine {
    /// The line's characters.
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.ch).collect()
    }
}

/// The text lines of `page`, top to bottom (runs within 0.5 pt of a baseline merge),
/// measured with `fonts`, the book the page was laid out with.
pub fn text_lines(page: &Page, fonts: &FontBook) -> Vec<TextLine> {
    let mut lines: Vec<TextLine> = Vec::new();
    for item in &page.items {
        let FrameItem::Text(run) = item else { continue };
        let font = fonts.font(run.font);
        let pos = match lines.iter().position(|l| (l.y - run.y.0).abs() < 0.5) {
            Some(pos) => pos,
            None => {
                lines.push(TextLine {
                    y: run.y.0,
                    glyphs: Vec::new(),
                });
                lines.len() - 1
            }
        };
        for g in run.glyphs.iter().filter(|g| g.ch != ' ') {
            let w = font.advance_em(g.ch).unwrap_or(0.0) * run.size.0 * run.h_scale;
            lines[pos].glyphs.push(MeasuredGlyph {
                x0: g.x.0,
                x1: g.x.0 + w,
                ch: g.ch,
            });
        }
    }
    for line in &mut lines {
        line.glyphs.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    lines.sort_by(|a, b| a.y.total_cmp(&b.y));
    lines
}

/// The dump of `laid`, laid out with `fonts`.
pub fn dump(laid: &LaidOut, fonts: &FontBook) -> String {
    let mut out = String::new();
    for (p, page) in laid.pages.iter().enumerate() {
        for line in text_lines(page, fonts) {
            let x0 = line.glyphs.first().map_or(0.0, |g| g.x0);
            let x1 = line.glyphs.iter().map(|g| g.x1).fold(x0, f64::max);
            let _ = writeln!(
                out,
                "p{} y={:.1} x={x0:.1}..{x1:.1} |{}|",
                p + 1,
                line.y,
                line.text()
            );
        }
        for item in &page.items {
            match item {
                FrameItem::Text(_) => {}
                FrameItem::Rule { from, to, .. } => {
                    let _ = writeln!(
                        out,
                        "p{} rule {:.1},{:.1}..{:.1},{:.1}",
                        p + 1,
                        from.0 .0,
                        from.1 .0,
                        to.0 .0,
                        to.1 .0
                    );
                }
                FrameItem::Link { rect, url } => {
                    let _ = writeln!(
                        out,
                        "p{} link {:.1},{:.1}..{:.1},{:.1} {url}",
                        p + 1,
                        rect.0 .0,
                        rect.1 .0,
                        rect.2 .0,
                        rect.3 .0
                    );
                }
                FrameItem::Image { rect, image } => {
                    let _ = writeln!(
                        out,
                        "p{} image {:.1},{:.1}..{:.1},{:.1} {}x{}",
                        p + 1,
                        rect.0 .0,
                        rect.1 .0,
                        rect.2 .0,
                        rect.3 .0,
                        image.width,
                        image.height
                    );
                }
            }
        }
    }
    out
}
