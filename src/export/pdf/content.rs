//! Page content: one `handle_*` per [`FrameItem`], each turning a laid-out item into
//! printpdf operations in PDF's bottom-up coordinates (y = page height − frame y).
//!
//! A text run becomes one text object: a text matrix at its first glyph, then a `TJ`
//! array whose kerning numbers move the pen from where the font's own advance left it to
//! the next glyph's x. The pen is tracked as the reader will compute it (advances from
//! `/W`, kerns as written), so rounding never accumulates along a line.

use printpdf::{
    Actions, BorderArray, Line, LineCapStyle, LinePoint, LinkAnnotation, Op, PdfFontHandle, Point,
    Pt as PdfPt, Rect, TextItem, TextMatrix,
};

use super::fonts::{is_drawable, FontSet};
use crate::layout::frame::{FrameItem, Page, TextRun};
use crate::units::Pt;

/// Kerns are written to 1/100 of a thousandth of an em (0.00016 pt at 16 pt).
const KERN_STEP: f64 = 100.0;

/// The operations that draw `page`.
pub(super) fn page_ops(page: &Page, fonts: &FontSet) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            FrameItem::Text(run) => handle_text(run, page.height, fonts, &mut ops),
            FrameItem::Rule { from, to, width } => {
                handle_rule(*from, *to, *width, page.height, &mut ops)
            }
            FrameItem::Link { rect, url } => handle_link(*rect, url, page.height, &mut ops),
        }
    }
    ops
}

/// A text run: one text object, glyphs placed at their x by kerning numbers.
fn handle_text(run: &TextRun, page_height: Pt, fonts: &FontSet, ops: &mut Vec<Op>) {
    let Some(font) = fonts.get(run.font) else {
        return;
    };
    let size = run.size.0;
    if !(size.is_finite() && size > 0.0) {
        return;
    }
    // Glyphs the subset cannot draw (missing from the face, or invisible) are left out;
    // the ones that follow keep their own x.
    let mut glyphs = run
        .glyphs
        .iter()
        .filter(|g| is_drawable(g.ch) && g.x.0.is_finite())
        .filter_map(|g| font.advance_milli(g.ch).map(|adv| (g.ch, g.x.0, adv)));
    let Some((first_ch, first_x, first_adv)) = glyphs.next() else {
        return;
    };

    let mut items = Vec::new();
    let mut text = String::from(first_ch);
    // The pen, in thousandths of an em from the run's origin.
    let mut pen = first_adv as f64;
    for (ch, x, adv) in glyphs {
        let wanted = (x - first_x) * 1000.0 / size;
        let kern = ((pen - wanted) * KERN_STEP).round() / KERN_STEP;
        if kern != 0.0 {
            items.push(TextItem::Text(std::mem::take(&mut text)));
            items.push(TextItem::Offset(kern as f32));
            // The reader moves the pen by what is written, an f32.
            pen -= f64::from(kern as f32);
        }
        text.push(ch);
        pen += adv as f64;
    }
    items.push(TextItem::Text(text));

    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(font.resource.clone()),
        size: PdfPt(size as f32),
    });
    ops.push(Op::SetTextMatrix {
        matrix: TextMatrix::Translate(PdfPt(first_x as f32), PdfPt((page_height - run.y).0 as f32)),
    });
    ops.push(Op::ShowText { items });
    ops.push(Op::EndTextSection);
}

/// A straight rule, stroked with butt caps at `width`.
fn handle_rule(from: (Pt, Pt), to: (Pt, Pt), width: Pt, page_height: Pt, ops: &mut Vec<Op>) {
    let coords = [from.0, from.1, to.0, to.1, width];
    if coords.iter().any(|v| !v.0.is_finite()) || width.0 <= 0.0 {
        return;
    }
    let point = |(x, y): (Pt, Pt)| LinePoint {
        p: Point {
            x: PdfPt(x.0 as f32),
            y: PdfPt((page_height - y).0 as f32),
        },
        bezier: false,
    };
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::SetOutlineThickness {
        pt: PdfPt(width.0 as f32),
    });
    ops.push(Op::SetLineCapStyle {
        cap: LineCapStyle::Butt,
    });
    ops.push(Op::DrawLine {
        line: Line {
            points: vec![point(from), point(to)],
            is_closed: false,
        },
    });
    ops.push(Op::RestoreGraphicsState);
}

/// A link: an invisible URI annotation over `rect` (left, top, right, bottom).
fn handle_link(rect: (Pt, Pt, Pt, Pt), url: &str, page_height: Pt, ops: &mut Vec<Op>) {
    let (left, top, right, bottom) = rect;
    let (x0, x1) = (left.min(right), left.max(right));
    let (y0, y1) = (top.min(bottom), top.max(bottom));
    if [x0, x1, y0, y1].iter().any(|v| !v.0.is_finite()) || url.is_empty() {
        return;
    }
    let area = Rect::from_xywh(
        PdfPt(x0.0 as f32),
        PdfPt((page_height - y1).0 as f32),
        PdfPt((x1 - x0).0 as f32),
        PdfPt((y1 - y0).0 as f32),
    );
    ops.push(Op::LinkAnnotation {
        link: LinkAnnotation::new(
            area,
            Actions::Uri(url.to_string()),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            None,
            None,
        ),
    });
}
