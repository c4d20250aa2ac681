//! Blocks → line units: one function per block kind, each deciding face, size, indents
//! and alignment from the [`Style`], then handing the text to the paragraph setter.
//!
//! GB/T 9704 rules live here: the title centred with space under it; paragraphs and
//! headings indented two characters; a run-in heading set in its own face and continued
//! by its paragraph on the same line; an article label ("第一条") in the strong face;
//! the issuing organ and date at the right (7.3.5.2); the attachment list aligned under
//! its first item. Markdown blocks (lists, quotes, code, rules) follow the same grid.

use crate::error::Error;
use crate::layout::frame::FrameItem;
use crate::layout::justify::Align;
use crate::layout::paginate::Unit;
use crate::layout::para::ParaSpec;
use crate::layout::table::layout_table;
use crate::layout::text::StyledText;
use crate::layout::Ctx;
use crate::model::{Block, BlockKind, Inline};
use crate::style::Face;
use crate::units::Pt;

mod closing;
mod headings;
use closing::{attachment, placed_line, signature_group};
pub(crate) use headings::run_in_text;
use headings::{heading, labelled, run_in_heading, speaker_run_in};

/// The text and box of body paragraph `block`: its label in the face of its marker
/// family, indented two characters unless it follows a heading in a style that does
/// not indent there.
pub(crate) fn body_paragraph(
    ctx: &mut Ctx,
    block: &Block,
    after_heading: bool,
) -> Result<(StyledText, ParaSpec), Error> {
    let label = match &block.kind {
        BlockKind::Paragraph { label } => label.as_ref(),
        _ => None,
    };
    let indent = if after_heading && !ctx.style.indent_after_heading {
        0.0
    } else {
        ctx.indent()
    };
    let spec = ctx.body_spec(block, indent);
    let text = labelled(ctx, &block.content, label)?;
    Ok((text, spec))
}

/// Lays out `blocks` into units, in order.
pub(crate) fn layout_blocks(ctx: &mut Ctx, blocks: &[Block]) -> Result<Vec<Unit>, Error> {
    let mut units = Vec::new();
    let has_title = blocks.iter().any(|b| b.kind == BlockKind::Title);
    let heading_shift = u8::from(has_title);
    // Markdown keeps its `#` counts; headings are set by rank from the shallowest.
    let base = crate::model::shallowest_heading_level(blocks);
    let mut after_heading = false;
    ctx.warnings
        .extend(crate::style::nesting::nesting_warning(blocks));
    let mut i = 0;
    while i < blocks.len() {
        let block = &blocks[i];
        let mut consumed = 1;
        let mut heading_like = false;
        let first_unit = units.len();
        match &block.kind {
            BlockKind::Masthead | BlockKind::DocumentNumber => {
                // (with the 签发人 lines that follow the number)
                consumed = super::head::head_group(ctx, blocks, i, &mut units)?;
                heading_like = true;
            }
            BlockKind::Title | BlockKind::Subtitle | BlockKind::Speaker => {
                consumed = title_group(ctx, &blocks[i..], &mut units)?;
                heading_like = true;
            }
            BlockKind::CopyNumber
            | BlockKind::Secrecy
            | BlockKind::Urgency
            | BlockKind::Signer
            | BlockKind::Dateline
            | BlockKind::Caption
            | BlockKind::Note
            | BlockKind::StageDirection
            | BlockKind::Verse
            | BlockKind::FrontMatter => placed_line(ctx, block, &mut units)?,
            BlockKind::CopyTo | BlockKind::Imprint => {
                consumed = super::record::record(ctx, &blocks[i..], &mut units, placed_line)?;
            }
            BlockKind::Artifact => {}
            // A play's speaker name runs in, in bold, before the first line of its speech.
            BlockKind::SpeakerLabel => match blocks.get(i + 1) {
                Some(speech)
                    if matches!(speech.kind, BlockKind::Paragraph { .. } | BlockKind::Verse) =>
                {
                    speaker_run_in(ctx, block, speech, &mut units)?;
                    consumed = 2;
                }
                _ => placed_line(ctx, block, &mut units)?,
            },
            BlockKind::Salutation => {
                let spec = ctx.body_spec(block, 0.0);
                let text = ctx.styled(&block.content, &ctx.style.faces.body.clone(), ctx.body)?;
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::Heading(_) if block.in_toc => {
                let spec = ParaSpec {
                    align: Align::Left,
                    ..ctx.body_spec(block, 0.0)
                };
                let text = ctx.styled(&block.content, &ctx.style.faces.body.clone(), ctx.body)?;
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::Heading(h) => {
                let h = &h.ranked(base);
                let next = blocks.get(i + 1);
                let run_in =
                    h.run_in && next.is_some_and(|b| matches!(b.kind, BlockKind::Paragraph { .. }));
                let level = h.level.saturating_add(heading_shift).max(1);
                let outline = Some((block.plain_text().trim().to_string(), level));
                match next {
                    Some(para) if run_in => {
                        run_in_heading(ctx, block, h, para, outline, &mut units)?;
                        consumed = 2;
                    }
                    _ => {
                        let (above, below) = ctx.style.division_space(h);
                        let prev = i.checked_sub(1).map(|p| &blocks[p]);
                        if above > 0.0 && !crate::style::chapters::division_under_heading(prev) {
                            units.push(Unit::space(above * ctx.pitch));
                        }
                        heading(ctx, block, h, outline, &mut units)?;
                        if below > 0.0 {
                            let mut space = Unit::space(below * ctx.pitch);
                            space.keep_with_next = true;
                            units.push(space);
                        }
                        heading_like = true;
                    }
                }
            }
            BlockKind::Paragraph { .. } if super::figure::is_figure(block) => {
                super::figure::figure(ctx, block, &mut units)?
            }
            BlockKind::Paragraph { .. } => {
                let (text, spec) = body_paragraph(ctx, block, after_heading)?;
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::Quote => {
                let mut spec = ctx.body_spec(block, ctx.indent());
                spec.left += 2.0 * ctx.cell;
                spec.width -= 4.0 * ctx.cell;
                let text = ctx.styled(&block.content, &ctx.style.faces.body.clone(), ctx.body)?;
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::ListItem(item) => {
                let marker = match (item.task, item.ordered) {
                    (Some(true), _) => "☑".to_string(),
                    (Some(false), _) => "☐".to_string(),
                    (None, true) => format!("{}.", item.number),
                    (None, false) => "•".to_string(),
                };
                let hang = 2.0 * ctx.cell;
                let mut spec = ctx.body_spec(block, 0.0);
                let levels = f64::from(crate::style::nesting::block_levels(block).1);
                spec.left += levels * hang;
                spec.width -= levels * hang;
                spec.rest_indent = hang;
                let body = ctx.style.faces.body.clone();
                let size = ctx.body;
                let mut b = ctx.builder(false);
                b.push_str(&marker, &body, size, 0)?;
                let marker_width: f64 = b.finish().glyphs.iter().map(|g| g.advance).sum();
                let mut b = ctx.builder(false);
                b.push_str(&marker, &body, size, 0)?;
                b.push_spacer((hang - marker_width).max(size * 0.25), size);
                b.push_inlines(&block.content, &body, size)?;
                let text = b.finish();
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::Code { .. } => code(ctx, block, &mut units)?,
            BlockKind::Table(table) => layout_table(ctx, table, block, &mut units)?,
            BlockKind::Signature | BlockKind::Date => {
                consumed = signature_group(ctx, &blocks[i..], &mut units)?;
            }
            BlockKind::Attachment => attachment(ctx, block, &mut units)?,
            BlockKind::FootnoteDefinition { label } => {
                // Set aside: pagination puts it at the foot of the page of its mark.
                // Notes are set a size smaller than the text.
                let size = ctx.body * 0.85;
                let spec = ctx.spec_for(block, size);
                let number = Inline::Superscript(vec![Inline::Text(label.clone())]);
                let mut content = vec![number, Inline::Text(" ".into())];
                content.extend(block.content.iter().cloned());
                let text = ctx.styled(&content, &ctx.style.faces.body.clone(), size)?;
                let mut note = Vec::new();
                ctx.setter.set(&text, &spec, &mut note);
                ctx.notes.push((label.clone(), note));
            }
            BlockKind::Alert(_) | BlockKind::DefinitionTerm => {
                let spec = ctx.body_spec(block, 0.0);
                let face = ctx.style.faces.strong.clone();
                let text = ctx.styled(&block.content, &face, ctx.body)?;
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::Definition => {
                let mut spec = ctx.body_spec(block, 0.0);
                spec.left += 2.0 * ctx.cell;
                spec.width -= 2.0 * ctx.cell;
                let text = ctx.styled(&block.content, &ctx.style.faces.body.clone(), ctx.body)?;
                ctx.setter.set(&text, &spec, &mut units);
            }
            BlockKind::ThematicBreak => match ctx.style.break_marks(&block.plain_text()) {
                Some(marks) => {
                    let mut spec = ctx.body_spec(block, 0.0);
                    spec.align = Align::Center;
                    let mut content = Vec::new();
                    for (k, line) in marks.split('\n').enumerate() {
                        if k > 0 {
                            content.push(Inline::LineBreak);
                        }
                        content.push(Inline::Text(line.to_string()));
                    }
                    let text = ctx.styled(&content, &ctx.style.faces.body.clone(), ctx.body)?;
                    ctx.setter.set(&text, &spec, &mut units);
                }
                None => {
                    let spec = ctx.body_spec(block, 0.0);
                    let y = Pt(spec.line_height / 2.0);
                    units.push(Unit {
                        height: spec.line_height,
                        items: vec![FrameItem::Rule {
                            from: (Pt(spec.left), y),
                            to: (Pt(spec.left + spec.width), y),
                            width: Pt(0.5),
                            color: None,
                        }],
                        ..Unit::default()
                    });
                }
            },
        }
        // The body's end and an attachment note come along to the closing's page.
        if crate::style::closing::keeps_with_closing(blocks, i + consumed - 1) {
            let all = block.kind == BlockKind::Attachment;
            let from = if all {
                first_unit
            } else {
                units.len().max(1) - 1
            };
            for unit in units.iter_mut().skip(from) {
                unit.keep_with_next = true;
            }
        }
        if crate::style::pages::opens_page(blocks, i) {
            if let Some(first) = units.get_mut(first_unit) {
                first.page_break = true;
            }
        }
        if ctx.style.quote_rule {
            quote_rule(ctx, block, &mut units[first_unit..]);
        }
        after_heading = heading_like;
        i += consumed;
    }
    Ok(units)
}

/// A rule down the left of a block quote's lines, a character left of its text, so
/// the quote stands apart from the text around it.
fn quote_rule(ctx: &Ctx, block: &Block, units: &mut [Unit]) {
    let quotes = f64::from(crate::style::nesting::block_levels(block).0);
    let x = match block.kind {
        BlockKind::Quote => ctx.left + (2.0 * quotes + 1.0) * ctx.cell,
        BlockKind::Table(_) => return,
        _ if quotes > 0.0 => ctx.left + (2.0 * quotes - 1.0) * ctx.cell,
        _ => return,
    };
    for unit in units.iter_mut().filter(|u| !u.space) {
        unit.items.push(FrameItem::Rule {
            from: (Pt(x), Pt(0.0)),
            to: (Pt(x), Pt(unit.height)),
            width: Pt(1.0),
            color: None,
        });
    }
}

/// Title and subtitle lines, centred, with the title's space under the group.
fn title_group(ctx: &mut Ctx, blocks: &[Block], units: &mut Vec<Unit>) -> Result<usize, Error> {
    let style = ctx.style;
    let count = blocks
        .iter()
        .take_while(|b| b.kind.is_title_block())
        .count();
    let title: String = blocks[..count]
        .iter()
        .filter(|b| b.kind == BlockKind::Title)
        .map(|b| b.plain_text().trim().to_string())
        .collect();
    let mut outline = (!title.is_empty()).then_some((title, 1u8));
    for (k, block) in blocks[..count].iter().enumerate() {
        let (face, size) = match block.kind {
            BlockKind::Title => (&style.faces.title, style.sizes.title.0),
            _ => (
                style.subtitle_face(&blocks[..count], k),
                style.sizes.subtitle.0,
            ),
        };
        let mut spec = ctx.spec_for(block, size);
        spec.align = Align::Center;
        if block.kind == BlockKind::Title {
            spec.outline = outline.take();
        }
        // A long title's lines are decided once, in the style stage.
        let broken = (block.kind == BlockKind::Title)
            .then(|| crate::style::title_breaks::broken_title(&block.content, style))
            .flatten();
        let text = ctx.styled(broken.as_deref().unwrap_or(&block.content), face, size)?;
        ctx.setter.set(&text, &spec, units);
    }
    if blocks[0].kind == BlockKind::Title {
        units.push(Unit::space(style.title_space_after * ctx.pitch));
    }
    Ok(count)
}

/// Code: monospace, unjustified, its own line breaks kept, long lines wrapped at the edge.
fn code(ctx: &mut Ctx, block: &Block, units: &mut Vec<Unit>) -> Result<(), Error> {
    let style = ctx.style;
    let size = style.sizes.code.0;
    let mut spec = ctx.spec_for(block, size);
    spec.align = Align::Left;
    spec.preformatted = true;
    let inset = if ctx.grid { ctx.indent() } else { ctx.body };
    spec.left += inset;
    spec.width -= inset;
    let mut b = ctx.builder(true);
    let text = block.plain_text();
    b.push_str(text.trim_end_matches('\n'), &style.faces.code, size, 0)?;
    let text = b.finish();
    if !ctx.grid {
        units.push(Unit::space(ctx.pitch * 0.5));
    }
    ctx.setter.set(&text, &spec, units);
    if !ctx.grid {
        units.push(Unit::space(ctx.pitch * 0.5));
    }
    Ok(())
}

impl Ctx<'_> {
    /// Styled text of `content` in `face` at `size`.
    pub(crate) fn styled(
        &mut self,
        content: &[Inline],
        face: &Face,
        size: f64,
    ) -> Result<StyledText, Error> {
        let mut b = self.builder(false);
        b.push_inlines(content, face, size)?;
        Ok(b.finish())
    }

    /// A justified body paragraph box for `block` with a first-line indent.
    pub(crate) fn body_spec(&self, block: &Block, first_indent: f64) -> ParaSpec {
        let mut spec = self.spec_for(block, self.body);
        spec.first_indent = first_indent;
        spec
    }
}
