//! Blocks → paragraphs and tables: one function per model level (`block_to_part`,
//! then `inlines_to_runs` in `inlines`), placing each block as GB/T 9704 does.
//!
//! Placement decided here, beyond what the paragraph styles carry:
//! * **Run-in headings** (`Heading{run_in}` followed by its paragraph) are one
//!   paragraph, as the PDF prints them: the heading sentence in the heading face, then
//!   the paragraph in the body face, indented like body text, with the heading's outline
//!   level on the paragraph (`w:outlineLvl`), so the navigation pane and a TOC still
//!   find it (showing the whole paragraph). Word's *style separator* (the heading
//!   paragraph's mark hidden with `w:specVanish`) would list the heading sentence alone,
//!   but no LibreOffice prints it as one paragraph: 7.4 sets two paragraphs (a line more
//!   per heading, other page breaks than the PDF), and 25.2 turns the heading into an
//!   inline frame that overlaps the paragraph's next line and leaves the line grid.
//! * **Signature and date**: the right indents the style's rule gives
//!   ([`crate::style::closing`]), on widths counted in grid cells (CJK characters 1,
//!   digits and Latin ½).
//! * **The closing's page** carries body text: the body's last paragraph and the
//!   attachment note keep with the signature (`w:keepNext`, the style's
//!   [`crate::style::closing::keeps_with_closing`]).
//! * **Attachments** ("附件：1.名称" and the numbered lines under it): the indents the
//!   style's rule gives ([`crate::style::attachment`]), on widths in grid cells, as a
//!   left indent with a hanging first line.
//! * **Labels**: an article label (第一条) is a bold run in the strong face (黑体); a
//!   label that is a heading marker (a long "（一）…" line read as a paragraph) keeps
//!   the face GB/T 9704 gives that marker.
//! * **Speaker names** in a play run in, in bold, before the first paragraph or verse
//!   line of their speech (one paragraph, as printed plays set them).
//! * **Titles**: the last title/subtitle line before the body keeps
//!   `title_space_after` blank lines below it.

use docx_rs::{AlignmentType, LineSpacing, Paragraph, ParagraphChild, SpecialIndentType, Table};

use super::inlines::{inlines_to_runs, text_run, width_in_chars, InlineFaces, Piece, RunLook};
use super::lists::{number_paragraph, table_to_word, task_paragraph, Lists};
use super::page::Metrics;
use super::placement::{
    closing_indents, record_inner_rule, record_part, record_part_lines, rule_under,
};
use super::styles::{
    body_spacing, heading_id, ATTACHMENT, CODE, DATE, LIST, QUOTE, SALUTATION, SIGNATURE, SUBTITLE,
    TITLE,
};
use crate::fonts::FontBook;
use crate::layout::ParagraphProbe;
use crate::model::{Block, BlockKind, Document, Inline, Label};
use crate::style::attachment::attachment_number;
use crate::style::lines::{imprint_parts, number_shares_line, separator_under};
use crate::style::title_breaks::broken_title;
use crate::style::{Rgb, Style};

/// A body element.
#[derive(Debug)]
pub(crate) enum BodyPart {
    /// A paragraph.
    Paragraph(Box<Paragraph>),
    /// A table.
    Table(Box<Table>),
    /// Nothing: a block that no output shows (page furniture).
    Skip,
}

/// What the walk over the blocks carries from one block to the next.
struct Writer<'a> {
    style: &'a Style,
    m: &'a Metrics,
    cjk: bool,
    faces: InlineFaces<'a>,
    next_link: usize,
    lists: Lists,
    /// Right indents (in characters) of signature and date lines.
    signature_right: f64,
    date_right: f64,
    /// Width of "附件：" once the first attachment line was seen.
    attachment_prefix: Option<f64>,
    /// True once the closing (signature or date) has begun.
    in_closing: bool,
    /// The face of the subtitle being written (a law's adoption note is in Kai).
    subtitle_face: Option<&'a crate::style::Face>,
    /// The shallowest heading level: headings are styled by rank from it.
    heading_base: u8,
    /// The PDF's paragraph setter, asked which paragraphs it squeezes (on a grid).
    probe: Option<ParagraphProbe<'a>>,
}

/// Converts the document's blocks to body parts one at a time, handing each to `sink`
/// in order (so a long document never holds all its paragraphs at once); returns the
/// list numbering used.
pub(crate) fn each_body_part(
    doc: &Document,
    style: &Style,
    m: &Metrics,
    media: &super::pictures::Media,
    fonts: &FontBook,
    sink: &mut dyn FnMut(BodyPart),
) -> Lists {
    let (signature_right, date_right) = closing_indents(&doc.blocks);
    // Footnote texts go into real footnotes at their references, not into the body.
    let footnotes: Vec<(String, Vec<Inline>)> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::FootnoteDefinition { label } => Some((label.clone(), b.content.clone())),
            _ => None,
        })
        .collect();
    let next_footnote = std::cell::Cell::new(1);
    let base = crate::model::shallowest_heading_level(&doc.blocks);
    let mut w = Writer {
        style,
        m,
        cjk: style.is_cjk(),
        faces: InlineFaces {
            strong: &style.faces.strong,
            emphasis: &style.faces.emphasis,
            code: &style.faces.code,
            code_half_points: (style.code_in_text_scale < 1.0)
                .then(|| (style.sizes.body.0 * style.code_in_text_scale * 2.0).round() as usize),
            footnotes: &footnotes,
            next_footnote: &next_footnote,
            media,
        },
        heading_base: base,
        next_link: 1,
        lists: Lists::default(),
        signature_right,
        date_right,
        attachment_prefix: None,
        in_closing: false,
        subtitle_face: None,
        probe: style.is_cjk().then(|| ParagraphProbe::new(style, fonts)),
    };
    let head_end = doc.blocks.iter().take_while(|b| b.kind.is_head()).count();
    let title_end = doc.blocks[head_end..]
        .iter()
        .position(|b| !b.kind.is_title_block())
        .map_or(doc.blocks.len(), |k| head_end + k);
    let mut merged = false;
    // The closing record being written: its first block, its parts, and whether it
    // stands at the foot of the last page.
    let mut record: Option<(usize, usize, bool)> = None;
    for (i, block) in doc.blocks.iter().enumerate() {
        if std::mem::take(&mut merged) {
            continue; // the paragraph a run-in heading already holds
        }
        if !matches!(block.kind, BlockKind::ListItem(_)) {
            w.lists.close();
        }
        if matches!(block.kind, BlockKind::FootnoteDefinition { .. }) {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| doc.blocks.get(p));
        let next = doc.blocks.get(i + 1);
        // The title-group blocks right before this one.
        let group = doc.blocks[..i]
            .iter()
            .rev()
            .take_while(|b| b.kind.is_title_block())
            .count();
        if block.kind == BlockKind::Subtitle {
            w.subtitle_face = Some(style.subtitle_face(&doc.blocks[i - group..], group));
        }
        let mut part = match next {
            Some(para) if runs_in(block, next) => {
                merged = true;
                w.paragraph(Paragraph::new(), para, prev, Some(block))
            }
            Some(signer) if number_shares_line(block, next) => {
                merged = true;
                w.signed_number(block, signer, separator_under(&doc.blocks, i + 1))
            }
            _ => w.block_to_part(block, prev, next, separator_under(&doc.blocks, i)),
        };
        if crate::style::lines::is_record(&block.kind) {
            if record.is_none() {
                let (parts, at_foot) = crate::style::lines::record_group(&doc.blocks[i..]);
                record = Some((i, parts, at_foot));
                if at_foot {
                    // The light rules between parts, as frames of their own (placement).
                    let group = &doc.blocks[i..i + parts];
                    for k in 1..parts {
                        let below = group[k..].iter().map(|b| record_part_lines(b, m)).sum();
                        sink(BodyPart::Paragraph(Box::new(record_inner_rule(
                            k, parts, below, m,
                        ))));
                    }
                }
            }
            if let (Some((start, parts, at_foot)), BodyPart::Paragraph(p)) = (record, &mut part) {
                **p = record_part(p.as_ref().clone(), i - start, parts, at_foot, m);
            }
        } else {
            record = None;
        }
        // The body's end and an attachment note come along to the closing's page.
        let last = if merged { i + 1 } else { i };
        if crate::style::closing::keeps_with_closing(&doc.blocks, last) {
            if let BodyPart::Paragraph(p) = &mut part {
                **p = p.as_ref().clone().keep_next(true);
            }
        }
        // An attached or issued document opens a page, as in the PDF (the style decides).
        if crate::style::pages::opens_page(&doc.blocks, i) {
            if let BodyPart::Paragraph(p) = &mut part {
                **p = p.as_ref().clone().page_break_before(true);
            }
        }
        // The title's space under every title group, as the PDF's title group has it.
        let ends_title_group = block.kind.is_title_block()
            && !next.is_some_and(|n| n.kind.is_title_block())
            && doc.blocks[i - group].kind == BlockKind::Title;
        if i + 1 == title_end || ends_title_group {
            if let BodyPart::Paragraph(p) = &mut part {
                let after = (f64::from(m.line_twips) * style.title_space_after).round() as u32;
                **p = p
                    .as_ref()
                    .clone()
                    .line_spacing(body_spacing(m).after(after));
            }
        }
        sink(part);
        // Word runs two tables with nothing between them into one: an empty paragraph
        // keeps them apart, as the PDF's space does.
        let tables = |b: Option<&Block>| b.is_some_and(|b| matches!(b.kind, BlockKind::Table(_)));
        if style.space_around_tables && tables(Some(block)) && tables(next) {
            sink(BodyPart::Paragraph(Box::new(Paragraph::new())));
        }
    }
    w.lists
}

/// The head's separator (GB/T 9704 7.2.5) under `p` in `color` (red, or black for black
/// print), about 4 mm under the number's baseline, the title two lines below it. A
/// border's gap and stroke add to the paragraph's height, so the space after gives them
/// back and the title starts three lines under the number, on the grid, as in the PDF.
fn with_separator(p: Paragraph, m: &Metrics, color: Option<Rgb>) -> Paragraph {
    const GAP_PT: usize = 6;
    const STROKE_EIGHTHS: usize = 8;
    let taken = (GAP_PT * 20 + STROKE_EIGHTHS * 20 / 8) as u32;
    let after = (2 * m.line_twips as u32).saturating_sub(taken);
    rule_under(p, STROKE_EIGHTHS, GAP_PT, color).line_spacing(body_spacing(m).after(after))
}

/// Where a 签发人 line of its own stands (the style's placement).
fn signer_place() -> crate::style::lines::LinePlacement {
    crate::style::lines::line_placement(&BlockKind::Signer).unwrap_or(
        crate::style::lines::LinePlacement {
            align: crate::style::lines::LineAlign::Right,
            indent_chars: 0.0,
            right_chars: 0.0,
            first_line_chars: 0.0,
            face: crate::style::lines::LineFace::Body,
        },
    )
}

/// True if and only if `block` is a run-in heading whose paragraph is `next`.
fn runs_in(block: &Block, next: Option<&Block>) -> bool {
    matches!(block.heading(), Some(h) if h.run_in)
        && matches!(next, Some(n) if matches!(n.kind, BlockKind::Paragraph { .. }) && n.quote_depth == block.quote_depth)
}

/// True if and only if `block` is a play's speaker name that runs in before `next`, a
/// speech in prose or verse.
fn speaker_runs_in(block: &Block, next: Option<&Block>) -> bool {
    block.kind == BlockKind::SpeakerLabel
        && next.is_some_and(|n| {
            matches!(n.kind, BlockKind::Paragraph { .. } | BlockKind::Verse)
                && n.quote_depth == block.quote_depth
        })
}

impl<'a> Writer<'a> {
    fn look(&self, face: &'static str) -> RunLook<'a> {
        let faces = &self.style.faces;
        let f = match face {
            "title" => &faces.title,
            "subtitle" => &faces.subtitle,
            _ => &faces.body,
        };
        RunLook::plain(f, self.cjk)
    }

    fn add_inlines(
        &mut self,
        mut p: Paragraph,
        inlines: &[Inline],
        look: RunLook<'_>,
    ) -> Paragraph {
        for piece in inlines_to_runs(inlines, look, &self.faces, &mut self.next_link) {
            p = match piece {
                Piece::Run(run) => p.add_run(*run),
                Piece::Link(link) => p.add_hyperlink(link),
            };
        }
        p
    }
}

mod block;
mod closing;
mod run_in;
#[cfg(test)]
mod tests;
