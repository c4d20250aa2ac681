//! One block → one body part: the paragraph style, face, alignment and spacing each
//! kind of block takes (titles broken where the style breaks them, headings by rank,
//! list items, tables, quotes, code, the closing record's parts), placed as the style
//! decided; what runs into a paragraph and the closing's lines have modules of their own.

use super::*;

impl<'a> Writer<'a> {
    pub(super) fn block_to_part(
        &mut self,
        block: &Block,
        prev: Option<&Block>,
        next: Option<&Block>,
        separated: bool,
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
                let p = if separated {
                    with_separator(p, m, self.style.mark_color())
                } else {
                    p
                };
                self.add_inlines(p, &block.content, body)
            }
            BlockKind::Signer => {
                let p = super::super::placement::place_line(p, &signer_place(), m);
                let p = self.signer_runs(p, block);
                if separated {
                    with_separator(p, m, self.style.mark_color())
                } else {
                    p
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
                    let mut p = super::super::placement::imprint_line(p, m);
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
}
