//! The closing's lines and the page furniture around them: the number line an upward
//! document shares with its 签发人, the 签发人's names in Kai, signature and date lines
//! placed by the style's rule (right indents in grid cells), the blank line before the
//! closing, and attachment notes as a left indent with a hanging first line.

use super::*;

impl<'a> Writer<'a> {
    /// The line an upward document's number shares with its first 签发人 (GB/T 9704
    /// 7.2.4, 7.2.6): the number one character in, the 签发人 against a right tab one
    /// character in from the right; the separator under it where the style puts it
    /// ([`crate::style::lines::separator_under`]: not when more 签发人 follow).
    pub(super) fn signed_number(
        &mut self,
        number: &Block,
        signer: &Block,
        rule_under: bool,
    ) -> BodyPart {
        let body = self.look("body");
        let p = super::super::placement::shared_number_line(Paragraph::new(), self.m);
        let mut p = self.add_inlines(p, &number.content, body);
        if let Some(tab) = text_run("\t", body) {
            p = p.add_run(tab);
        }
        let p = self.signer_runs(p, signer);
        let p = if rule_under {
            with_separator(p, self.m, self.style.mark_color())
        } else {
            p
        };
        BodyPart::Paragraph(Box::new(p))
    }

    /// The runs of a 签发人 line: "签发人：" in the body face, the names in Kai (GB/T
    /// 9704 7.2.6), split where the style says.
    pub(super) fn signer_runs(&mut self, mut p: Paragraph, signer: &Block) -> Paragraph {
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

    /// A paragraph whose leading label ("第一条") is set apart (see `label_look`).
    /// A one-line head or closing part (份号, 密级, 附注, 抄送…).
    pub(super) fn placed_line(&mut self, p: Paragraph, block: &Block) -> Paragraph {
        let Some(mut place) = crate::style::lines::line_placement(&block.kind) else {
            return p;
        };
        if block.kind == BlockKind::CopyTo {
            let plain = block.plain_text();
            if let Some(label) = crate::style::lines::copy_to_label(&plain) {
                place = place.hanging(width_in_chars(label));
            }
        }
        let p = super::super::placement::place_line(p, &place, self.m);
        use crate::style::lines::LineFace;
        let look = RunLook {
            bold: place.face == LineFace::Strong,
            italic: place.face == LineFace::Emphasis,
            ..RunLook::plain(self.style.line_face(place.face), self.cjk)
        };
        self.add_inlines(p, &block.content, look)
    }

    /// Indents of an attachment line (see the module doc).
    /// GB/T 9704 7.3.5: the closing stands one blank line under the body (or the
    /// attachment note); only its first line gets the space.
    pub(super) fn blank_line_before_closing(&mut self, p: Paragraph) -> Paragraph {
        if std::mem::replace(&mut self.in_closing, true) {
            return p;
        }
        p.line_spacing(body_spacing(self.m).before(self.m.line_twips as u32))
    }

    pub(super) fn attachment(&mut self, p: Paragraph, block: &Block) -> Paragraph {
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
