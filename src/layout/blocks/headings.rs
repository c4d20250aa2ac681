//! Headings and what runs into a paragraph: a heading's lines (kept with what follows),
//! a run-in heading's sentence in the heading face before its paragraph, a play's speaker
//! name in bold before the speech, and a paragraph's label in the face its marker family
//! takes (第一条 in the strong face).

use crate::error::Error;
use crate::layout::justify::Align;
use crate::layout::paginate::Unit;
use crate::layout::para::ParaSpec;
use crate::layout::text::StyledText;
use crate::layout::Ctx;
use crate::model::{Block, Heading, Inline, Label};
use crate::script::is_wide;

/// A heading on its own lines, kept with what follows.
pub(super) fn heading(
    ctx: &mut Ctx,
    block: &Block,
    h: &Heading,
    outline: Option<(String, u8)>,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let style = ctx.style;
    let size = style.heading_size(h.level).0;
    let mut spec = ctx.spec_for(block, size);
    spec.keep_with_next = true;
    spec.outline = outline;
    let first = units.len();
    if style.centres_heading(h) {
        spec.align = Align::Center;
        spec.first_indent = 0.0;
    } else if ctx.grid {
        spec.first_indent = ctx.indent();
    } else {
        spec.align = Align::Left;
        units.push(Unit::space(ctx.pitch * 0.5));
    }
    let text = ctx.styled(&block.content, style.heading_face(h), size)?;
    ctx.setter.set(&text, &spec, units);
    if style.starts_page(h, &block.plain_text()) {
        units[first].page_break = true;
    }
    Ok(())
}

/// A run-in heading: its sentence in the heading face, then its paragraph in the body
/// face on the same line, as one printed paragraph.
pub(super) fn run_in_heading(
    ctx: &mut Ctx,
    block: &Block,
    h: &Heading,
    para: &Block,
    outline: Option<(String, u8)>,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let (text, mut spec) = run_in_text(ctx, block, h, para)?;
    spec.outline = outline;
    ctx.setter.set(&text, &spec, units);
    Ok(())
}

/// The text and box of a run-in heading `block` (heading `h`) and its paragraph `para`.
pub(crate) fn run_in_text(
    ctx: &mut Ctx,
    block: &Block,
    h: &Heading,
    para: &Block,
) -> Result<(StyledText, ParaSpec), Error> {
    let style = ctx.style;
    let spec = ctx.body_spec(para, ctx.indent());
    let body = ctx.body;
    let head_text = block.plain_text();
    let para_text = para.plain_text();
    let needs_space = head_text
        .chars()
        .last()
        .is_some_and(|c| !is_wide(c) && !c.is_whitespace())
        && para_text
            .chars()
            .next()
            .is_some_and(|c| !is_wide(c) && !c.is_whitespace());
    let mut b = ctx.builder(false);
    b.push_inlines(
        &block.content,
        style.heading_face(h),
        style.heading_size(h.level).0,
    )?;
    if needs_space {
        b.push_str(" ", &style.faces.body, body, 0)?;
    }
    b.push_inlines(&para.content, &style.faces.body, body)?;
    Ok((b.finish(), spec))
}

/// A play's speaker name in the strong face, then the first paragraph or verse line of
/// the speech in the body face, on one line with no first-line indent.
pub(super) fn speaker_run_in(
    ctx: &mut Ctx,
    label: &Block,
    speech: &Block,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let style = ctx.style;
    let spec = ctx.body_spec(speech, 0.0);
    let body = ctx.body;
    let mut b = ctx.builder(false);
    b.push_inlines(&label.content, &style.faces.strong, body)?;
    b.push_str(" ", &style.faces.body, body, 0)?;
    b.push_inlines(&speech.content, &style.faces.body, body)?;
    let text = b.finish();
    ctx.setter.set(&text, &spec, units);
    Ok(())
}

/// Body text whose leading label is set apart, in the face the style gives its marker
/// family (`Style::label_face`: 第一条 strong, （一） Kai, 一、 Hei).
pub(super) fn labelled(
    ctx: &mut Ctx,
    content: &[Inline],
    label: Option<&Label>,
) -> Result<StyledText, Error> {
    let style = ctx.style;
    let size = ctx.body;
    let mut b = ctx.builder(false);
    match (label, content.split_first()) {
        (Some(label), Some((Inline::Text(first), rest))) if first.starts_with(&label.text) => {
            b.push_str(&label.text, style.label_face(label.marker).0, size, 0)?;
            let (gap, text) = style.after_label(label, &first[label.text.len()..]);
            if let Some(gap) = gap {
                b.push_str(gap, &style.faces.body, size, 0)?;
            }
            b.push_str(text, &style.faces.body, size, 0)?;
            b.push_inlines(rest, &style.faces.body, size)?;
        }
        _ => b.push_inlines(content, &style.faces.body, size)?,
    }
    Ok(b.finish())
}
