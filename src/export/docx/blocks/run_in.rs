//! Paragraphs and what runs into them: a play's speaker name in bold before the
//! speech, a run-in heading's sentence in the heading face before its paragraph (one
//! paragraph, with the heading's outline level), and labels (第一条 in the strong face,
//! a heading marker in the face GB/T 9704 gives its level).

use super::*;

impl<'a> Writer<'a> {
    /// `p` with the speaker's name `label` in bold and a space before its content.
    pub(super) fn speaker_run_in(&mut self, mut p: Paragraph, label: &Block) -> Paragraph {
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
    pub(super) fn paragraph(
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
        // A last line of one or two characters is squeezed away where the PDF does so.
        let base = self.heading_base;
        let squeezed = self
            .probe
            .as_mut()
            .is_some_and(|probe| probe.squeezes_marks(block, head, base, after_heading));
        let p = if squeezed {
            super::super::squeeze::squeeze_marks(p, m)
        } else {
            p
        };
        BodyPart::Paragraph(Box::new(p))
    }

    /// The heading sentence of a run-in heading at the start of `p`: its outline level
    /// on the paragraph, its runs in the heading face and size, and a space before the
    /// paragraph's text where two Latin characters would otherwise touch (as the PDF).
    pub(super) fn run_in_heading(&mut self, p: Paragraph, head: &Block, para: &Block) -> Paragraph {
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
            let half_points = super::super::styles::half_points(size);
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
    pub(super) fn label_look(&self, label: &Label) -> RunLook<'a> {
        let (face, bold) = self.style.label_face(label.marker);
        RunLook {
            bold,
            ..RunLook::plain(face, self.cjk)
        }
    }

    pub(super) fn labelled(
        &mut self,
        p: Paragraph,
        block: &Block,
        label: Option<&Label>,
    ) -> Paragraph {
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
        let (gap, first) = self.style.after_label(label, first);
        for text in gap.into_iter().chain([first]) {
            if let Some(run) = text_run(text, body) {
                p = p.add_run(run);
            }
        }
        self.add_inlines(p, rest, body)
    }
}
