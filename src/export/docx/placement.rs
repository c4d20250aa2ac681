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
    let special = if place.first_line_chars < 0.0 {
        SpecialIndentType::Hanging(m.chars(-place.first_line_chars))
    } else {
        SpecialIndentType::FirstLine(m.chars(place.first_line_chars))
    };
    p.align(align).indent(
        Some(m.chars(place.indent_chars)),
        Some(special),
        Some(m.chars(place.right_chars)),
        None,
    )
}

/// True if `p` has a hanging first line (a 抄送 line placed by `place_line`).
fn hangs(p: &Paragraph) -> bool {
    p.property
        .indent
        .as_ref()
        .is_some_and(|i| matches!(i.special_indent, Some(SpecialIndentType::Hanging(_))))
}

/// `p` set as the line an upward document's number shares with its 签发人 (the style
/// decides, [`crate::style::lines::number_shares_line`]): flush left one character in,
/// a right tab one character short of the right edge for the 签发人.
pub(super) fn shared_number_line(p: Paragraph, m: &Metrics) -> Paragraph {
    use crate::style::lines::SIGNED_HEAD_INDENT_CHARS;
    let inset = m.chars(SIGNED_HEAD_INDENT_CHARS);
    let stop = usize::try_from(m.text_width - inset).unwrap_or(0);
    p.align(AlignmentType::Left)
        .indent(
            Some(inset),
            Some(SpecialIndentType::FirstLine(0)),
            Some(inset),
            None,
        )
        .add_tab(
            docx_rs::Tab::new()
                .val(docx_rs::TabValueType::Right)
                .pos(stop),
        )
}

/// `p` set as a 印发 line split in two (the style decides,
/// [`crate::style::lines::imprint_parts`]): the organ where the line starts, the date
/// against a right tab one character short of the right edge (GB/T 9704 7.5.3).
pub(super) fn imprint_line(p: Paragraph, m: &Metrics) -> Paragraph {
    use crate::style::lines::RECORD_INSET_CHARS;
    let stop = usize::try_from(m.text_width - m.chars(RECORD_INSET_CHARS)).unwrap_or(0);
    p.add_tab(
        docx_rs::Tab::new()
            .val(docx_rs::TabValueType::Right)
            .pos(stop),
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
/// is one character in by its first line alone (a 抄送 line that wraps keeps its hanging
/// indent only at the foot, where the rules are the frame's).
///
/// Where the style stage puts the record at the foot of the last page
/// ([`crate::style::lines::record_group`]), every part goes into one frame (`w:framePr`)
/// standing on the type area's lower edge, the one way a paragraph can stand at the page
/// foot in both Word and LibreOffice. LibreOffice moves the borders of a frame's
/// paragraphs to the frame and keeps them only if every paragraph has the same, so each
/// part carries the heavy outer rules alone (Word draws a run of paragraphs with the same
/// borders as one box); the light rules between parts are frames of their own, empty and
/// as tall as the parts under them ([`record_inner_rule`]).
pub(super) fn record_part(
    mut p: Paragraph,
    k: usize,
    parts: usize,
    at_foot: bool,
    m: &Metrics,
) -> Paragraph {
    let rule = |position, i: usize| {
        ParagraphBorder::new(position)
            .val(BorderType::Single)
            .size(record_eighths(i, parts))
            .space(0)
            .color("auto")
    };
    if at_foot {
        p.property = p.property.set_borders(
            ParagraphBorders::with_empty()
                .set(rule(ParagraphBorderPosition::Top, 0))
                .set(rule(ParagraphBorderPosition::Bottom, parts)),
        );
        // LibreOffice draws a frame's rules across the frame, whatever the paragraph's
        // indents: a 抄送 line keeps its hanging indent there.
        let hanging = hangs(&p);
        let p = foot_frame(p, m).line_spacing(super::styles::body_spacing(m));
        if hanging {
            return p;
        }
        return p.indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(m.chars(1.0))),
            None,
            None,
        );
    }
    let mut borders =
        ParagraphBorders::with_empty().set(rule(ParagraphBorderPosition::Bottom, k + 1));
    // LibreOffice adds a border's stroke to the line's height: the line gives it back, so
    // the part keeps to the grid (an eighth of a point is 2.5 twips).
    let mut strokes = record_eighths(k + 1, parts);
    if k == 0 {
        borders = borders.set(rule(ParagraphBorderPosition::Top, 0));
        strokes += record_eighths(0, parts);
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

/// The light rule `i` (1 ≤ i < parts) of a closing record at the page foot: an empty
/// frame on the type area's lower edge, `lines_below` lines tall (the parts under the
/// rule), whose top border is the rule. Written before the record's own frame.
pub(super) fn record_inner_rule(
    i: usize,
    parts: usize,
    lines_below: usize,
    m: &Metrics,
) -> Paragraph {
    let height = u32::try_from(m.line_twips.max(0)).unwrap_or(0) * lines_below as u32;
    let mut p = foot_frame(Paragraph::new(), m)
        .frame_height(height)
        .h_rule("exact")
        .line_spacing(super::styles::body_spacing(m));
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Top)
                .val(BorderType::Single)
                .size(record_eighths(i, parts))
                .space(0)
                .color("auto"),
        ),
    );
    p
}

/// How many lines the record part `block` takes, one character in: the light rule over
/// it stands that many lines above the foot. Counted on the grid (a CJK character one
/// cell, digits and Latin letters half), as the lines of a short 印发 part are.
pub(super) fn record_part_lines(block: &Block, m: &Metrics) -> usize {
    let per_line = (m.text_width / m.char_twips.max(1)).max(1) as f64;
    let text = block.plain_text();
    let text = text.trim();
    let label = (block.kind == BlockKind::CopyTo)
        .then(|| crate::style::lines::copy_to_label(text))
        .flatten();
    let Some(label) = label else {
        let width = 1.0 + width_in_chars(text);
        return (width / per_line).ceil().max(1.0) as usize;
    };
    // A 抄送 line: one character in from either edge, wrapped lines under the names.
    let inset = crate::style::lines::RECORD_INSET_CHARS;
    let first = per_line - 2.0 * inset;
    let rest = first - width_in_chars(label);
    let widths = text
        .chars()
        .map(|c| (width_in_chars(c.encode_utf8(&mut [0; 4])), false));
    crate::style::widows::estimate_lines(widths, first, rest).0
}

/// The stroke of record rule `i` of `parts`, in eighths of a point.
fn record_eighths(i: usize, parts: usize) -> usize {
    (crate::style::lines::RECORD_RULES.stroke_mm(i, parts) * 72.0 / 25.4 * 8.0).round() as usize
}

/// `p` in a frame as wide as the type area, its foot on the type area's lower edge.
fn foot_frame(p: Paragraph, m: &Metrics) -> Paragraph {
    p.frame_width(u32::try_from(m.text_width.max(0)).unwrap_or(0))
        .wrap("around")
        .h_anchor("margin")
        .v_anchor("margin")
        .x_align("center")
        .y_align("bottom")
}

/// Right indents of the organ and the date, in characters: the style's rule
/// ([`crate::style::closing::closing_indents`]) on the widths in grid cells.
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
    let at = crate::style::closing::closing_indents(organ, date);
    (at.organ, at.date)
}
