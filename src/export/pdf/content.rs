//! Page content: one `handle_*` per [`FrameItem`], each turning a laid-out item into
//! printpdf operations in PDF's bottom-up coordinates (y = page height − frame y).
//!
//! Text runs share a text object until something else is drawn; each run is a text matrix
//! at its first glyph, then either one string under a uniform character spacing (`Tc`; a
//! justified line of ideographs) or a `TJ` array whose kerning numbers move the pen from
//! where the font's own advance left it to the next glyph's x. The pen is tracked as the reader will compute it (advances from
//! `/W`, kerns as written), so rounding never accumulates along a line. A character no
//! font has is a drawn box with its own code over it as invisible text (see `missing`).

use printpdf::{
    Actions, BorderArray, Color, DictItem, Line, LineCapStyle, LinePoint, LinkAnnotation, Op,
    PdfFontHandle, Point, Pt as PdfPt, Rect, Rgb as PdfRgb, TextItem, TextMatrix,
    TextRenderingMode,
};

use super::fonts::{is_drawable, EmbeddedFont, FontSet};
use super::images::PdfImages;
use crate::layout::frame::{FrameItem, Page, TextRun};
use crate::style::Rgb;
use crate::units::Pt;

/// Kerns are written to 1/100 of a thousandth of an em (0.00016 pt at 16 pt).
const KERN_STEP: f64 = 100.0;

/// The operations that draw `page`.
pub(super) fn page_ops(page: &Page, fonts: &FontSet, images: &PdfImages) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut text = TextState::default();
    for item in &page.items {
        match item {
            FrameItem::Text(run) => handle_text(run, page.height, fonts, &mut text, &mut ops),
            FrameItem::Rule {
                from,
                to,
                width,
                color,
            } => {
                text.end(&mut ops);
                text.paint(*color, &mut ops);
                handle_rule(*from, *to, *width, page.height, &mut ops)
            }
            FrameItem::Link { rect, url } => handle_link(*rect, url, page.height, &mut ops),
            FrameItem::Image { rect, image } => {
                text.end(&mut ops);
                images.draw(image, *rect, page.height, &mut ops)
            }
        }
    }
    text.end(&mut ops);
    ops
}

/// What the content stream has set so far: runs share one text object until something
/// else is drawn, and font, size and character spacing are only written when they change.
#[derive(Default)]
struct TextState {
    open: bool,
    font: Option<(String, f32)>,
    spacing: f32,
    /// The fill and stroke colour set; `None` for black, the PDF's default.
    color: Option<Rgb>,
    /// The horizontal scaling set (`Tz`), in per cent; 0 before any is set (100).
    h_scale: f32,
}

impl TextState {
    /// Puts the pen at (`x`, `y`) in `font` at `size`, opening a text object if needed.
    fn move_to(&mut self, font: &EmbeddedFont, size: f64, x: f64, y: f64, ops: &mut Vec<Op>) {
        if !self.open {
            ops.push(Op::StartTextSection);
            self.open = true;
        }
        let wanted = (font.resource.0.clone(), size as f32);
        if self.font.as_ref() != Some(&wanted) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.resource.clone()),
                size: PdfPt(size as f32),
            });
            self.font = Some(wanted);
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(PdfPt(thousandths(x)), PdfPt(thousandths(y))),
        });
    }

    /// Sets the horizontal scaling (per cent) if it differs from the current one.
    fn set_h_scale(&mut self, percent: f32, ops: &mut Vec<Op>) {
        let current = if self.h_scale == 0.0 {
            100.0
        } else {
            self.h_scale
        };
        if percent != current {
            ops.push(Op::SetHorizontalScaling { percent });
        }
        self.h_scale = percent;
    }

    /// Sets the character spacing (points) if it differs from the current one.
    fn set_spacing(&mut self, spacing: f32, ops: &mut Vec<Op>) {
        if spacing != self.spacing {
            ops.push(Op::SetCharacterSpacing {
                multiplier: spacing,
            });
            self.spacing = spacing;
        }
    }

    /// Sets fill and stroke to `color` (`None`: black) if it differs from the current one.
    fn paint(&mut self, color: Option<Rgb>, ops: &mut Vec<Op>) {
        if color == self.color {
            return;
        }
        let Rgb(r, g, b) = color.unwrap_or(Rgb::BLACK);
        let col = Color::Rgb(PdfRgb {
            r: f32::from(r) / 255.0,
            g: f32::from(g) / 255.0,
            b: f32::from(b) / 255.0,
            icc_profile: None,
        });
        ops.push(Op::SetFillColor { col: col.clone() });
        ops.push(Op::SetOutlineColor { col });
        self.color = color;
    }

    /// Closes the open text object, if any.
    fn end(&mut self, ops: &mut Vec<Op>) {
        if self.open {
            ops.push(Op::EndTextSection);
            self.open = false;
        }
    }
}

/// `v` to the nearest thousandth of a point (0.00035 mm): shorter numbers, same page.
fn thousandths(v: f64) -> f32 {
    ((v * 1000.0).round() / 1000.0) as f32
}

/// A glyph the face can draw: character, x, advance in thousandths of an em.
type Drawn = (char, f64, i64);

/// A text run: the glyphs the face has, split around characters no font has (see
/// `show_missing`).
fn handle_text(
    run: &TextRun,
    page_height: Pt,
    fonts: &FontSet,
    state: &mut TextState,
    ops: &mut Vec<Op>,
) {
    let Some(font) = fonts.get(run.font) else {
        return;
    };
    let size = run.size.0;
    if !(size.is_finite() && size > 0.0) {
        return;
    }
    let y = (page_height - run.y).0;
    state.paint(run.color, ops);
    let scale = (run.h_scale * 100.0).round() as f32;
    state.set_h_scale(scale, ops);
    if scale != 100.0 {
        // Scaled glyphs (squeezed marks): each placed by its own position.
        for g in run
            .glyphs
            .iter()
            .filter(|g| is_drawable(g.ch) && g.x.0.is_finite())
        {
            if let Some(adv) = font.advance_milli(g.ch) {
                show_glyphs(&[(g.ch, g.x.0, adv)], font, size, y, state, ops);
            }
        }
        return;
    }
    let mut segment: Vec<Drawn> = Vec::new();
    for g in run
        .glyphs
        .iter()
        .filter(|g| is_drawable(g.ch) && g.x.0.is_finite())
    {
        if let Some(adv) = font.advance_milli(g.ch) {
            segment.push((g.ch, g.x.0, adv));
        } else if let Some(code) = font.missing_code(g.ch) {
            show_glyphs(&segment, font, size, y, state, ops);
            segment.clear();
            show_missing(code, g.x.0, font, size, y, state, ops);
        }
    }
    show_glyphs(&segment, font, size, y, state, ops);
}

/// Glyphs of one run: a text matrix at the first glyph, then either one string under a
/// uniform character spacing (a justified CJK line) or a `TJ` array whose kerning numbers
/// move the pen from where the font's own advance left it to the next glyph's x.
fn show_glyphs(
    glyphs: &[Drawn],
    font: &EmbeddedFont,
    size: f64,
    y: f64,
    state: &mut TextState,
    ops: &mut Vec<Op>,
) {
    let Some(&(_, first_x, _)) = glyphs.first() else {
        return;
    };
    // Glyph positions are measured from where the pen really starts.
    let first_x = f64::from(thousandths(first_x));
    state.move_to(font, size, first_x, y, ops);
    let uniform = uniform_spacing(glyphs, first_x, size);
    // Spacing acts after each glyph, so a lone glyph keeps whatever is set.
    if glyphs.len() > 1 {
        state.set_spacing(uniform.unwrap_or(0.0) as f32, ops);
    }
    let items = match uniform {
        Some(_) => vec![TextItem::Text(glyphs.iter().map(|g| g.0).collect())],
        None => kerned(glyphs, first_x, size),
    };
    ops.push(Op::ShowText { items });
}

/// The `TJ` items that put each glyph at its x. The pen is tracked as the reader will
/// compute it (advances from `/W`, kerns as written), so rounding never accumulates.
fn kerned(glyphs: &[Drawn], first_x: f64, size: f64) -> Vec<TextItem> {
    let (first_ch, _, first_adv) = glyphs[0];
    let mut items = Vec::new();
    let mut text = String::from(first_ch);
    // The pen, in thousandths of an em from the run's origin.
    let mut pen = first_adv as f64;
    for &(ch, x, adv) in &glyphs[1..] {
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
    items
}

/// The one character spacing (`Tc`, points, to 1/1000 pt) that puts every glyph within
/// 0.02 pt of its x, if there is one and it is not zero: a justified line of ideographs
/// is then one string instead of a kerning number per glyph.
fn uniform_spacing(glyphs: &[Drawn], first_x: f64, size: f64) -> Option<f64> {
    const TOLERANCE: f64 = 0.02;
    if glyphs.len() < 3 {
        return None;
    }
    let (_, last_x, _) = glyphs[glyphs.len() - 1];
    let advances: f64 = glyphs[..glyphs.len() - 1]
        .iter()
        .map(|g| g.2 as f64 * size / 1000.0)
        .sum();
    let spacing = (last_x - first_x - advances) / (glyphs.len() - 1) as f64;
    let spacing = (spacing * 1000.0).round() / 1000.0;
    if spacing == 0.0 {
        return None;
    }
    let mut pen = first_x;
    for pair in glyphs.windows(2) {
        pen += pair[0].2 as f64 * size / 1000.0 + f64::from(spacing as f32);
        if (pen - pair[1].1).abs() > TOLERANCE {
            return None;
        }
    }
    Some(spacing)
}

/// A character no font has: a stroked box in its cell (viewers do not draw a face's
/// `.notdef`), and over it the character's own code as invisible text, so copying and
/// extraction still return it.
fn show_missing(
    code: u16,
    x: f64,
    font: &EmbeddedFont,
    size: f64,
    y: f64,
    state: &mut TextState,
    ops: &mut Vec<Op>,
) {
    state.end(ops);
    // The box of the Fandol faces' .notdef: 0.06–0.94 em across, −0.09–0.82 em up.
    let (left, right) = (x + 0.06 * size, x + 0.94 * size);
    let (bottom, top) = (y - 0.09 * size, y + 0.82 * size);
    let corners = [(left, bottom), (right, bottom), (right, top), (left, top)];
    stroke(&corners, true, size * 0.04, ops);
    state.move_to(font, size, x, y, ops);
    ops.push(Op::SetTextRenderingMode {
        mode: TextRenderingMode::Invisible,
    });
    ops.push(Op::Unknown {
        key: "Tj".to_string(),
        value: vec![DictItem::String {
            data: code.to_be_bytes().to_vec(),
            literal: false,
        }],
    });
    ops.push(Op::SetTextRenderingMode {
        mode: TextRenderingMode::Fill,
    });
}

/// A straight rule, stroked with butt caps at `width`.
fn handle_rule(from: (Pt, Pt), to: (Pt, Pt), width: Pt, page_height: Pt, ops: &mut Vec<Op>) {
    let coords = [from.0, from.1, to.0, to.1, width];
    if coords.iter().any(|v| !v.0.is_finite()) || width.0 <= 0.0 {
        return;
    }
    let flip = |(x, y): (Pt, Pt)| (x.0, (page_height - y).0);
    stroke(&[flip(from), flip(to)], false, width.0, ops);
}

/// Strokes the line through `points` (PDF coordinates), closed into a polygon if `closed`.
fn stroke(points: &[(f64, f64)], closed: bool, width: f64, ops: &mut Vec<Op>) {
    let points = points
        .iter()
        .map(|&(x, y)| LinePoint {
            p: Point {
                x: PdfPt(x as f32),
                y: PdfPt(y as f32),
            },
            bezier: false,
        })
        .collect();
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::SetOutlineThickness {
        pt: PdfPt(width as f32),
    });
    ops.push(Op::SetLineCapStyle {
        cap: LineCapStyle::Butt,
    });
    ops.push(Op::DrawLine {
        line: Line {
            points,
            is_closed: closed,
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
