//! Lines the style places one by one: the closing's signature and date (right indents
//! from [`crate::style::closing`]), attachment notes with their hanging indent, and other
//! placed lines (front matter, 签发人, the record's parts).

use crate::error::Error;
use crate::layout::justify::{natural_width, Align};
use crate::layout::paginate::Unit;
use crate::layout::Ctx;
use crate::model::{Block, BlockKind};

/// A one-line head or closing part (份号, 密级, 附注, 抄送…), placed as
/// [`crate::style::lines::line_placement`] says.
pub(super) fn placed_line(
    ctx: &mut Ctx,
    block: &Block,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    use crate::style::lines::{line_placement, LineAlign};
    let Some(mut place) = line_placement(&block.kind) else {
        return Ok(());
    };
    if block.kind == BlockKind::CopyTo {
        let plain = block.plain_text();
        if let Some(label) = crate::style::lines::copy_to_label(&plain) {
            // The label measured by its glyphs, in cells.
            let face = ctx.style.faces.body.clone();
            let size = ctx.body;
            let mut b = ctx.builder(false);
            b.push_str(label, &face, size, 0)?;
            let width: f64 = b.finish().glyphs.iter().map(|g| g.advance).sum();
            place = place.hanging(width / ctx.cell);
        }
    }
    let mut spec = ctx.body_spec(block, 0.0);
    let indent = place.indent_chars * ctx.cell;
    spec.left += indent;
    spec.width -= indent + place.right_chars * ctx.cell;
    spec.first_indent = place.first_line_chars.max(0.0) * ctx.cell;
    if place.first_line_chars < 0.0 {
        // A hanging first line: the box starts at the first line, the rest further in.
        let hang = -place.first_line_chars * ctx.cell;
        spec.left -= hang;
        spec.width += hang;
        spec.rest_indent = hang;
    }
    spec.align = match place.align {
        LineAlign::Left => Align::Left,
        LineAlign::Center => Align::Center,
        LineAlign::Right => Align::Right,
    };
    let face = ctx.style.line_face(place.face).clone();
    let text = ctx.styled(&block.content, &face, ctx.body)?;
    ctx.setter.set(&text, &spec, units);
    Ok(())
}

/// An attachment line, where the style's rule puts it ([`crate::style::attachment`]):
/// "附件：" two characters in, later items under the first item's number, a long name
/// wrapping under its own first character. Label and number are measured by their glyphs.
pub(super) fn attachment(ctx: &mut Ctx, block: &Block, units: &mut Vec<Unit>) -> Result<(), Error> {
    use crate::style::attachment::{attachment_indents, attachment_label, attachment_number};
    let style = ctx.style;
    let size = ctx.body;
    let cell = ctx.cell;
    let plain = block.plain_text();
    let text = plain.trim_start();
    let label = attachment_label(text);
    let name = text[label.map_or(0, str::len)..].trim_start();
    let mut measure = |s: &str| -> Result<f64, Error> {
        let mut b = ctx.builder(false);
        b.push_str(s, &style.faces.body, size, 0)?;
        Ok(b.finish().glyphs.iter().map(|g| g.advance).sum::<f64>() / cell)
    };
    let label_chars = measure(label.unwrap_or("附件："))?;
    let number_chars = measure(attachment_number(name))?;
    let at = attachment_indents(
        style.indent_chars,
        label_chars,
        label.is_some(),
        number_chars,
    );
    // GB/T 9704 7.3.4: the attachment note stands one blank line under the body.
    if label.is_some() && !units.is_empty() {
        units.push(Unit::space(ctx.pitch));
    }
    let mut spec = ctx.body_spec(block, at.first * cell);
    spec.rest_indent = at.rest * cell;
    let text = ctx.styled(&block.content, &style.faces.body, size)?;
    ctx.setter.set(&text, &spec, units);
    Ok(())
}

/// The issuing organ(s) and date (GB/T 9704 7.3.5.2, no seal): one blank line under the
/// body, whose last line they keep on their page; each organ ends two characters from the
/// right; the date starts two characters
/// right of the organ, unless it is longer: then it ends two characters from the right
/// and the organ moves left with it. Pages without a grid (letters, English documents)
/// set the closing flush left.
pub(super) fn signature_group(
    ctx: &mut Ctx,
    blocks: &[Block],
    units: &mut Vec<Unit>,
) -> Result<usize, Error> {
    let style = ctx.style;
    let count = blocks
        .iter()
        .take_while(|b| matches!(b.kind, BlockKind::Signature | BlockKind::Date))
        .count();
    let mut lines = Vec::with_capacity(count);
    for block in &blocks[..count] {
        let text = ctx.styled(&block.content, &style.faces.body, ctx.body)?;
        let width = natural_width(&text.glyphs);
        lines.push((block, text, width));
    }
    let spec = ctx.body_spec(&blocks[0], 0.0);
    let edge = spec.left + spec.width;
    let widest = |kind: BlockKind| {
        lines
            .iter()
            .filter(|l| l.0.kind == kind)
            .map(|l| l.2 / ctx.cell)
            .reduce(f64::max)
    };
    // The style's rule, on the widths the glyphs measure.
    let at = crate::style::closing::closing_indents(
        widest(BlockKind::Signature),
        widest(BlockKind::Date),
    );
    if !units.is_empty() {
        // (What stands above keeps with it: `keeps_with_closing`.)
        let mut blank = Unit::space(ctx.pitch);
        blank.keep_with_next = true;
        units.push(blank);
    }
    for (k, (block, text, width)) in lines.iter().enumerate() {
        let end = match block.kind {
            BlockKind::Signature => edge - at.organ * ctx.cell,
            _ => edge - at.date * ctx.cell,
        };
        let mut spec = ctx.body_spec(block, 0.0);
        if ctx.grid {
            spec.align = Align::Right;
            spec.width = (end - spec.left).max(*width).min(spec.width);
        } else {
            // A letter's closing ("Sincerely," / name / title / date): flush left.
            spec.align = Align::Left;
        }
        spec.keep_with_next = k + 1 < lines.len();
        ctx.setter.set(text, &spec, units);
    }
    Ok(count)
}
