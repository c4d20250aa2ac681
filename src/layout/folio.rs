//! Page numbers: "— N —" under the type area, its top `page_number_gap` below it.
//!
//! `Center` centres the number under the type area; `Alternate` (GB/T 9704) sets odd
//! pages' numbers at the right and even pages' at the left, one character (of the
//! number's size) in from the edge of the type area. Digits take their own half-width
//! advance. The baseline is placed so the highest glyph box top (baseline − size +
//! |descender|, as PDF text extraction measures it) lands exactly at the gap.

use crate::error::Error;
use crate::layout::frame::Page;
use crate::layout::justify::natural_width;
use crate::layout::paginate::shift;
use crate::layout::para::ParaSpec;
use crate::layout::{Align, Ctx};
use crate::style::PageNumbers;

/// Adds page numbers to `pages` as the style asks.
pub(crate) fn number_pages(ctx: &mut Ctx, pages: &mut [Page]) -> Result<(), Error> {
    let style = ctx.style;
    if style.page_numbers == PageNumbers::None {
        return Ok(());
    }
    let size = style.sizes.page_number.0;
    let bottom = style.margin_top.0 + ctx_area_height(ctx);
    for (index, page) in pages.iter_mut().enumerate() {
        let n = index + 1;
        let label = style.page_number_text(n);
        let mut b = ctx.builder(false);
        b.push_str(&label, &style.faces.page_number, size, 0)?;
        let text = b.finish();
        let drawn: Vec<_> = text.glyphs.iter().filter(|g| g.draw).collect();
        let Some(deepest) = drawn
            .iter()
            .map(|g| ctx.fonts.font(g.font).descender_em().abs())
            .reduce(f64::min)
        else {
            continue;
        };
        let width = natural_width(&text.glyphs);
        let (left, align) = match style.page_numbers {
            PageNumbers::Alternate if n % 2 == 1 => (ctx.left, Align::Right),
            PageNumbers::Alternate => (ctx.left + size, Align::Left),
            _ => (ctx.left, Align::Center),
        };
        let span_width = match style.page_numbers {
            PageNumbers::Alternate if n % 2 == 1 => ctx.width - size,
            PageNumbers::Alternate => width.max(size),
            _ => ctx.width,
        };
        let spec = ParaSpec {
            left,
            width: span_width,
            first_indent: 0.0,
            rest_indent: 0.0,
            align,
            line_height: size,
            baseline: size * (1.0 - deepest),
            keep_with_next: false,
            outline: None,
            preformatted: false,
        };
        let top = bottom + style.page_number_gap.0;
        for line in ctx.setter.set_lines(&text, &spec) {
            page.items
                .extend(line.into_iter().map(|item| shift(item, top)));
        }
    }
    Ok(())
}

fn ctx_area_height(ctx: &Ctx) -> f64 {
    match ctx.style.grid {
        Some(g) => ctx.pitch * f64::from(g.lines),
        None => ctx.style.type_area_height().0,
    }
}
