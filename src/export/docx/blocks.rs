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
use crate::model::{Block, BlockKind, Document, Inline, Label};
use crate::style::attachment::attachment_number;
use crate::style::lines::{imprint_parts, number_shares_line};
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
}

/// Converts the document's blocks to body parts one at a time, handing each to `sink`
/// in order (so a long document never holds all its paragraphs at once); returns the
/// list numbering used.
pub(crate) fn each_body_part(
    doc: &Document,
    style: &Style,
    m: &Metrics,
    media: &super::pictures::Media,
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
                w.signed_number(block, signer, doc.blocks.get(i + 2))
            }
            _ => w.block_to_part(block, prev, next),
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
fn separator_under(p: Paragraph, m: &Metrics, color: Option<Rgb>) -> Paragraph {
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

    fn block_to_part(
        &mut self,
        block: &Block,
        prev: Option<&Block>,
        next: Option<&Block>,
    ) -> BodyPart {
        if speaker_runs_in(block, next) {
            return BodyPart::Skip; // written with its speech
        }
        let m = self.m;
        let (quotes, list_levels, _) = crate::style::nesting::block_levels(block);
        let quote_left = m.chars(2.0) * i32::from(quotes);
        let body = self.look("body");
        let p = Paragraph::new();
        // A play's speaker name runs in, in bold, before the first line of its speech.
        let p = match prev {
            Some(label) if speaker_runs_in(label, Some(block)) => self.speaker_run_in(p, label),
            _ => p,
        };
        let p = match &block.kind {
            BlockKind::Masthead => {
                let look = RunLook {
                    bold: self.style.bold_headings,
                    ..self.look("title")
                };
                let mut p = self.add_inlines(p.style(TITLE), &block.content, look);
                let half_points = (self.style.masthead_size().0 * 2.0).round() as usize;
                let color = self.style.mark_color();
                for child in &mut p.children {
                    if let ParagraphChild::Run(run) = child {
                        let mut look = run.run_property.clone().size(half_points);
                        if let Some(color) = color {
                            look = look.color(color.hex());
                        }
                        run.run_property = look;
                    }
                }
                // Two blank lines down to the document number.
                let last = next.is_none_or(|n| n.kind != BlockKind::Masthead);
                let after = if last { 2 * m.line_twips as u32 } else { 0 };
                p.line_spacing(LineSpacing::new().before(0).after(after))
            }
            BlockKind::DocumentNumber => {
                // Centred, the separator 4 mm under it, the title two lines below.
                let p = p.align(AlignmentType::Center).indent(
                    Some(0),
                    Some(SpecialIndentType::FirstLine(0)),
                    None,
                    None,
                );
                // (A 签发人 after it shares its line: `signed_number`.)
                let p = separator_under(p, m, self.style.mark_color());
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::Signer => {
                let p = super::placement::place_line(p, &signer_place(), m);
                let p = self.signer_runs(p, block);
                if next.is_some_and(|n| n.kind == BlockKind::Signer) {
                    p
                } else {
                    separator_under(p, m, self.style.mark_color())
                }
            }
            BlockKind::Title => {
                let look = RunLook {
                    bold: self.style.bold_headings,
                    ..self.look("title")
                };
                // A long title's lines are decided once, in the style stage.
                match broken_title(&block.content, self.style) {
                    Some(lines) => self.add_inlines(p.style(TITLE), &lines, look),
                    None => self.add_inlines(p.style(TITLE), &block.content, look),
                }
            }
            BlockKind::Subtitle | BlockKind::Speaker => {
                let look = match self
                    .subtitle_face
                    .filter(|_| block.kind == BlockKind::Subtitle)
                {
                    Some(face) => RunLook::plain(face, self.cjk),
                    None => self.look("subtitle"),
                };
                self.add_inlines(p.style(SUBTITLE), &block.content, look)
            }
            BlockKind::Salutation => self.add_inlines(p.style(SALUTATION), &block.content, body),
            BlockKind::Heading(h) => {
                let h = &h.ranked(self.heading_base);
                let look = RunLook {
                    bold: self.style.bold_headings,
                    ..RunLook::plain(self.style.heading_face(h), self.cjk)
                };
                let p = if block.in_toc {
                    p
                } else {
                    p.style(&heading_id(h.level))
                };
                // A chapter or an act opens a page, as in the PDF (the style decides).
                let p = if !block.in_toc && self.style.starts_page(h, &block.plain_text()) {
                    p.page_break_before(true)
                } else {
                    p
                };
                // A law's 编/章/节 stand centred, as in the PDF (the style decides), with
                // the blank lines of their level.
                let p = if !block.in_toc && self.style.centres_heading(h) {
                    let (above, below) = self.style.division_space(h);
                    let under_heading = crate::style::chapters::division_under_heading(prev);
                    let above = if under_heading { 0.0 } else { above };
                    let lines = |n: f64| (f64::from(m.line_twips) * n).round() as u32;
                    let p = p.align(AlignmentType::Center).indent(
                        None,
                        Some(SpecialIndentType::FirstLine(0)),
                        None,
                        None,
                    );
                    if above + below > 0.0 {
                        p.line_spacing(body_spacing(m).before(lines(above)).after(lines(below)))
                    } else {
                        p
                    }
                } else {
                    p
                };
                self.add_inlines(p, &block.content, look)
            }
            BlockKind::Paragraph { .. } => return self.paragraph(p, block, prev, None),
            BlockKind::ListItem(item) => {
                let num = self.lists.num_for(item);
                let mut p = if item.task.is_some() {
                    task_paragraph(p.style(LIST), list_levels, m, quote_left)
                } else {
                    number_paragraph(p.style(LIST), item, num, (m, list_levels, quote_left))
                };
                if let Some(done) = item.task {
                    if let Some(run) = text_run(if done { "☒ " } else { "☐ " }, body) {
                        p = p.add_run(run);
                    }
                }
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::Quote => {
                let p = p.style(QUOTE).indent(
                    Some(quote_left.max(m.chars(2.0))),
                    Some(SpecialIndentType::FirstLine(if self.cjk {
                        m.chars(self.style.indent_chars)
                    } else {
                        0
                    })),
                    None,
                    None,
                );
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::Code { .. } => {
                let look = RunLook::plain(&self.style.faces.code, false);
                let mut p = p.style(CODE);
                if quote_left > 0 {
                    p = p.indent(
                        Some(quote_left),
                        Some(SpecialIndentType::FirstLine(0)),
                        None,
                        None,
                    );
                }
                self.add_inlines(p, &block.content, look)
            }
            BlockKind::Table(table) => {
                return BodyPart::Table(Box::new(table_to_word(
                    table,
                    body,
                    &self.faces,
                    m,
                    &mut self.next_link,
                )))
            }
            BlockKind::Signature | BlockKind::Date => {
                let p = self.blank_line_before_closing(p);
                let (name, right) = if block.kind == BlockKind::Signature {
                    (SIGNATURE, self.signature_right)
                } else {
                    (DATE, self.date_right)
                };
                let p = p.style(name);
                // Without a grid (a letter, an English document) the closing is flush left.
                let p = if self.style.grid.is_some() {
                    p.indent(
                        Some(0),
                        Some(SpecialIndentType::FirstLine(0)),
                        Some(m.chars(right)),
                        None,
                    )
                } else {
                    p.align(AlignmentType::Left)
                };
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::Attachment => {
                let p = self.attachment(p.style(ATTACHMENT), block);
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::Imprint => match imprint_parts(&block.plain_text()) {
                // The organ, a right tab, the date; the record sets the indents.
                Some((organ, date)) => {
                    let mut p = super::placement::imprint_line(p, m);
                    for piece in [organ, "\t", date] {
                        if let Some(run) = text_run(piece, body) {
                            p = p.add_run(run);
                        }
                    }
                    p
                }
                None => self.placed_line(p, block),
            },
            BlockKind::CopyNumber
            | BlockKind::Secrecy
            | BlockKind::Urgency
            | BlockKind::Dateline
            | BlockKind::Caption
            | BlockKind::Note
            | BlockKind::CopyTo
            | BlockKind::SpeakerLabel
            | BlockKind::StageDirection
            | BlockKind::Verse
            | BlockKind::FrontMatter => self.placed_line(p, block),
            BlockKind::Artifact => return BodyPart::Skip,
            BlockKind::FootnoteDefinition { label } => {
                // Only reached when a caller bypasses `document_to_parts`' footnotes.
                let mut content = vec![Inline::Text(format!("[{label}] "))];
                content.extend(block.content.iter().cloned());
                self.add_inlines(p, &content, body)
            }
            BlockKind::Alert(_) | BlockKind::DefinitionTerm => {
                let p = p.indent(
                    Some(quote_left),
                    Some(SpecialIndentType::FirstLine(0)),
                    None,
                    None,
                );
                let strong = RunLook {
                    bold: true,
                    ..RunLook::plain(self.faces.strong, self.cjk)
                };
                self.add_inlines(p, &block.content, strong)
            }
            BlockKind::Definition => {
                let p = p.indent(
                    Some(quote_left + m.chars(2.0)),
                    Some(SpecialIndentType::FirstLine(0)),
                    None,
                    None,
                );
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::ThematicBreak => {
                let p = p.indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None);
                match self.style.break_marks(&block.plain_text()) {
                    // The marks it was written with, centred (the style's decision).
                    Some(marks) => {
                        let mut content = Vec::new();
                        for (k, line) in marks.split('\n').enumerate() {
                            if k > 0 {
                                content.push(Inline::LineBreak);
                            }
                            content.push(Inline::Text(line.to_string()));
                        }
                        self.add_inlines(p.align(AlignmentType::Center), &content, body)
                    }
                    None => rule_under(p, 6, 1, None)
                        .line_spacing(LineSpacing::new().after(m.line_twips as u32 / 2)),
                }
            }
        };
        BodyPart::Paragraph(Box::new(p))
    }

    /// The line an upward document's number shares with its first 签发人 (GB/T 9704
    /// 7.2.4, 7.2.6): the number one character in, the 签发人 against a right tab one
    /// character in from the right; the separator under it unless more 签发人 follow.
    fn signed_number(&mut self, number: &Block, signer: &Block, after: Option<&Block>) -> BodyPart {
        let body = self.look("body");
        let p = super::placement::shared_number_line(Paragraph::new(), self.m);
        let mut p = self.add_inlines(p, &number.content, body);
        if let Some(tab) = text_run("\t", body) {
            p = p.add_run(tab);
        }
        let p = self.signer_runs(p, signer);
        let p = if after.is_some_and(|n| n.kind == BlockKind::Signer) {
            p
        } else {
            separator_under(p, self.m, self.style.mark_color())
        };
        BodyPart::Paragraph(Box::new(p))
    }

    /// The runs of a 签发人 line: "签发人：" in the body face, the names in Kai (GB/T
    /// 9704 7.2.6), split where the style says.
    fn signer_runs(&mut self, mut p: Paragraph, signer: &Block) -> Paragraph {
        let body = self.look("body");
        let plain = signer.plain_text();
        match crate::style::lines::signer_parts(plain.trim()) {
            Some((label, names)) => {
                let kai = RunLook::plain(&self.style.faces.heading_kai, self.cjk);
                for (text, look) in [(label, body), (names, kai)] {
                    if let Some(run) = text_run(text, look) {
                        p = p.add_run(run);
                    }
                }
                p
            }
            None => self.add_inlines(p, &signer.content, body),
        }
    }

    /// `p` with the speaker's name `label` in bold and a space before its content.
    fn speaker_run_in(&mut self, mut p: Paragraph, label: &Block) -> Paragraph {
        let look = RunLook {
            bold: true,
            ..RunLook::plain(&self.style.faces.strong, self.cjk)
        };
        let named = self.add_inlines(Paragraph::new(), &label.content, look);
        let mut children = named.children;
        if let Some(space) = text_run(" ", self.look("body")) {
            children.push(ParagraphChild::Run(Box::new(space)));
        }
        children.append(&mut p.children);
        p.children = children;
        p
    }

    /// A body paragraph; with `head`, the run-in heading it opens with (module doc).
    fn paragraph(
        &mut self,
        p: Paragraph,
        block: &Block,
        prev: Option<&Block>,
        head: Option<&Block>,
    ) -> BodyPart {
        let m = self.m;
        let quotes = crate::style::nesting::block_levels(block).0;
        let quote_left = m.chars(2.0) * i32::from(quotes);
        let after_heading = head.is_none()
            && prev.is_some_and(|pr| pr.heading().is_some())
            && !self.style.indent_after_heading;
        let mut p = if block.quote_depth > 0 {
            p.style(QUOTE)
        } else {
            p
        };
        if after_heading || block.quote_depth > 0 {
            let first = if after_heading || !self.cjk {
                0
            } else {
                m.chars(self.style.indent_chars)
            };
            p = p.indent(
                Some(quote_left),
                Some(SpecialIndentType::FirstLine(first)),
                None,
                None,
            );
        }
        if let Some(head) = head {
            p = self.run_in_heading(p, head, block);
        }
        let label = match &block.kind {
            BlockKind::Paragraph { label } => label.as_ref(),
            _ => None,
        };
        let p = self.labelled(p, block, label);
        // A last line of one or two characters is squeezed away, as in the PDF.
        let p = match self.style.grid {
            Some(grid) if block.quote_depth == 0 && !after_heading => {
                let chars = f64::from(grid.chars);
                super::squeeze::squeeze_short_last_line(p, m, chars, self.style.indent_chars)
            }
            _ => p,
        };
        BodyPart::Paragraph(Box::new(p))
    }

    /// The heading sentence of a run-in heading at the start of `p`: its outline level
    /// on the paragraph, its runs in the heading face and size, and a space before the
    /// paragraph's text where two Latin characters would otherwise touch (as the PDF).
    fn run_in_heading(&mut self, p: Paragraph, head: &Block, para: &Block) -> Paragraph {
        let Some(h) = head.heading() else {
            return p;
        };
        let mut p = if head.in_toc {
            p
        } else {
            p.outline_lvl(usize::from(h.level.clamp(1, 4) - 1))
        };
        let look = RunLook {
            bold: self.style.bold_headings,
            ..RunLook::plain(self.style.heading_face(h), self.cjk)
        };
        let first = p.children.len();
        p = self.add_inlines(p, &head.content, look);
        let size = self.style.heading_size(h.level);
        if size != self.style.sizes.body {
            let half_points = super::styles::half_points(size);
            for child in &mut p.children[first..] {
                if let ParagraphChild::Run(run) = child {
                    run.run_property = run.run_property.clone().size(half_points);
                }
            }
        }
        let narrow = |c: Option<char>| {
            c.is_some_and(|c| {
                !c.is_whitespace() && width_in_chars(c.encode_utf8(&mut [0; 4])) < 1.0
            })
        };
        let head_text = head.plain_text();
        let para_text = para.plain_text();
        if narrow(head_text.chars().last()) && narrow(para_text.chars().next()) {
            if let Some(run) = text_run(" ", self.look("body")) {
                p = p.add_run(run);
            }
        }
        p
    }

    /// How a label looks. An article label ("第一条") is bold in the strong face; a label
    /// that is a heading marker keeps the face GB/T 9704 gives that marker (一、 Hei,
    /// （一） Kai, 1. and （1） the body face), unbolded.
    fn label_look(&self, label: &Label) -> RunLook<'a> {
        let (face, bold) = self.style.label_face(label.marker);
        RunLook {
            bold,
            ..RunLook::plain(face, self.cjk)
        }
    }

    /// A paragraph whose leading label ("第一条") is set apart (see `label_look`).
    /// A one-line head or closing part (份号, 密级, 附注, 抄送…).
    fn placed_line(&mut self, p: Paragraph, block: &Block) -> Paragraph {
        let Some(mut place) = crate::style::lines::line_placement(&block.kind) else {
            return p;
        };
        if block.kind == BlockKind::CopyTo {
            let plain = block.plain_text();
            if let Some(label) = crate::style::lines::copy_to_label(&plain) {
                place = place.hanging(width_in_chars(label));
            }
        }
        let p = super::placement::place_line(p, &place, self.m);
        use crate::style::lines::LineFace;
        let look = RunLook {
            bold: place.face == LineFace::Strong,
            italic: place.face == LineFace::Emphasis,
            ..RunLook::plain(self.style.line_face(place.face), self.cjk)
        };
        self.add_inlines(p, &block.content, look)
    }

    fn labelled(&mut self, p: Paragraph, block: &Block, label: Option<&Label>) -> Paragraph {
        let body = self.look("body");
        let (label, first, rest) = match (label, block.content.first()) {
            (Some(label), Some(Inline::Text(text)))
                if !label.text.is_empty() && text.starts_with(&label.text) =>
            {
                (label, &text[label.text.len()..], &block.content[1..])
            }
            _ => return self.add_inlines(p, &block.content, body),
        };
        let look = self.label_look(label);
        let mut p = p;
        if let Some(run) = text_run(&label.text, look) {
            p = p.add_run(run);
        }
        if let Some(run) = text_run(first, body) {
            p = p.add_run(run);
        }
        self.add_inlines(p, rest, body)
    }

    /// Indents of an attachment line (see the module doc).
    /// GB/T 9704 7.3.5: the closing stands one blank line under the body (or the
    /// attachment note); only its first line gets the space.
    fn blank_line_before_closing(&mut self, p: Paragraph) -> Paragraph {
        if std::mem::replace(&mut self.in_closing, true) {
            return p;
        }
        p.line_spacing(body_spacing(self.m).before(self.m.line_twips as u32))
    }

    fn attachment(&mut self, p: Paragraph, block: &Block) -> Paragraph {
        use crate::style::attachment::{attachment_indents, attachment_label, DEFAULT_LABEL_CHARS};
        let m = self.m;
        let text = block.plain_text();
        let text = text.trim_start();
        let label = attachment_label(text);
        if let Some(label) = label {
            self.attachment_prefix = Some(width_in_chars(label));
        }
        let name = text[label.map_or(0, str::len)..].trim_start();
        let at = attachment_indents(
            self.style.indent_chars,
            self.attachment_prefix.unwrap_or(DEFAULT_LABEL_CHARS),
            label.is_some(),
            width_in_chars(attachment_number(name)),
        );
        let hanging = at.rest - at.first;
        let special = if hanging >= 0.0 {
            SpecialIndentType::Hanging(m.chars(hanging))
        } else {
            SpecialIndentType::FirstLine(m.chars(-hanging))
        };
        let p = p.indent(Some(m.chars(at.rest)), Some(special), None, None);
        let label_end = label;
        // GB/T 9704 7.3.4: the attachment note stands one blank line under the body.
        if label_end.is_some() {
            p.line_spacing(body_spacing(m).before(m.line_twips as u32))
        } else {
            p
        }
    }
}

#[cfg(test)]
#[path = "blocks_tests.rs"]
mod tests;
