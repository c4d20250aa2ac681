//! GB/T 9704 placement rules for DOCX paragraphs that the styles cannot carry: the right
//! indents of the signature and date, attachment item numbers, the marker family of a
//! paragraph label, and a rule under a paragraph (document number, thematic break).

use docx_rs::{BorderType, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders};

use super::inlines::width_in_chars;
use super::page::Metrics;
use crate::model::{Block, BlockKind};
use crate::style::lines::{LineAlign, LinePlacement};
use crate::style::Rgb;
use docx_rs::{AlignmentType, SpecialIndentType};

/// `p` aligned and indented as a line-like head or closing part is placed (the placement
/// comes from the style stage; this only translates it).
pub(super) fn place_line(p: Paragraph, place: &LinePlacement, m: &Metrics) -> Paragraph {
    let align = match place.align {
        LineAlign::Left => AlignmentType::Left,
        LineAlign::Center => AlignmentType::Center,
        LineAlign::Right => AlignmentType::Right,
    };
    p.align(align).indent(
        Some(m.chars(place.indent_chars)),
        Some(SpecialIndentType::FirstLine(0)),
        None,
        None,
    )
}

/// `p` with a rule under it and no other border: `eighths` of a point thick, `space`
/// points below the text, in `color` (`None`: the text colour, black).
pub(super) fn rule_under(
    mut p: Paragraph,
    eighths: usize,
    space: usize,
    color: Option<Rgb>,
) -> Paragraph {
    let bottom = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .val(BorderType::Single)
        .size(eighths)
        .space(space)
        .color(color.map_or("auto".to_string(), Rgb::hex));
    p.property = p
        .property
        .set_borders(ParagraphBorders::with_empty().set(bottom));
    p
}

/// `p`, part `k` of a closing record of `parts` (抄送, 印发; GB/T 9704 7.5), with the
/// rules [`crate::style::lines::RECORD_RULES`] gives, as wide as the type area: over the
/// first part and under every part. A paragraph's border spans its indents, so the part
/// is one character in by its first line alone. The record follows the text: LibreOffice
/// drops paragraph borders inside a `w:framePr` frame, the one way a paragraph can stand
/// at the page foot, so unlike the PDF the DOCX does not set it down to the last line.
pub(super) fn record_part(mut p: Paragraph, k: usize, parts: usize, m: &Metrics) -> Paragraph {
    use crate::style::lines::RECORD_RULES;
    // Eighths of a point.
    let eighths =
        |i: usize| (RECORD_RULES.stroke_mm(i, parts) * 72.0 / 25.4 * 8.0).round() as usize;
    let rule = |position, i: usize| {
        ParagraphBorder::new(position)
            .val(BorderType::Single)
            .size(eighths(i))
            .space(0)
            .color("auto")
    };
    let mut borders =
        ParagraphBorders::with_empty().set(rule(ParagraphBorderPosition::Bottom, k + 1));
    // LibreOffice adds a border's stroke to the line's height: the line gives it back, so
    // the part keeps to the grid (an eighth of a point is 2.5 twips).
    let mut strokes = eighths(k + 1);
    if k == 0 {
        borders = borders.set(rule(ParagraphBorderPosition::Top, 0));
        strokes += eighths(0);
    }
    p.property = p.property.set_borders(borders);
    let line = m.line_twips - (strokes as f64 * 2.5).round() as i32;
    let p = if m.grid {
        p.line_spacing(super::styles::body_spacing(m).line(line))
    } else {
        p
    };
    p.indent(
        Some(0),
        Some(SpecialIndentType::FirstLine(m.chars(1.0))),
        None,
        None,
    )
}

/// Right indents of the organ and the date, in characters (see the module doc).
pub(super) fn closing_indents(blocks: &[Block]) -> (f64, f64) {
    let widest = |kind: fn(&BlockKind) -> bool| {
        blocks
            .iter()
            .filter(|b| kind(&b.kind))
            .map(|b| width_in_chars(b.plain_text().trim()))
            .fold(None, |acc: Option<f64>, w| {
                Some(acc.map_or(w, |a| a.max(w)))
            })
    };
    let organ = widest(|k| matches!(k, BlockKind::Signature));
    let date = widest(|k| matches!(k, BlockKind::Date));
    match (organ, date) {
        (Some(organ), Some(date)) => {
            let date_right = (organ - date).max(2.0);
            (date_right + date + 2.0 - organ, date_right)
        }
        _ => (2.0, 2.0),
    }
}

/// The attachment number at the start of `text` ("1.", "2．", "3、"), if any.
pub(super) fn attachment_number(text: &str) -> &str {
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if digits == 0 {
        return "";
    }
    match text[digits..].chars().next() {
        Some(c @ ('.' | '．' | '、')) => &text[..digits + c.len_utf8()],
        _ => "",
    }
}
