//! The PDF's decisions about a body paragraph, asked by writers that do not break lines
//! themselves.
//!
//! A paragraph whose last line would hold one or two characters is set with its marks
//! squeezed, a line shorter ([`crate::style::widows`]). Whether that saves the line
//! depends on where the lines break, which only the PDF's line breaker knows; the DOCX
//! used to guess it on the grid, guessed otherwise on lines with digits, Latin words or
//! labels, and Word and LibreOffice then broke its lines differently from the PDF's. So
//! the DOCX asks here, and both formats squeeze the same paragraphs.

use crate::fonts::FontBook;
use crate::layout::blocks::{body_paragraph, run_in_text};
use crate::layout::Ctx;
use crate::model::Block;
use crate::style::Style;

/// Sets paragraphs as the PDF does, only to answer questions about them.
pub(crate) struct ParagraphProbe<'a> {
    ctx: Ctx<'a>,
}

impl<'a> ParagraphProbe<'a> {
    /// A probe for documents in `style` with the faces of `fonts`.
    pub(crate) fn new(style: &'a Style, fonts: &'a FontBook) -> ParagraphProbe<'a> {
        ParagraphProbe {
            ctx: Ctx::new(style, fonts),
        }
    }

    /// True if and only if the PDF sets body paragraph `para` with its marks squeezed:
    /// `para` after the run-in heading `head` (its level ranked from `base`, the
    /// shallowest heading level), else indented unless it follows a heading
    /// (`after_heading`) in a style that does not indent there. A paragraph that cannot
    /// be set (no font) is not squeezed.
    pub(crate) fn squeezes_marks(
        &mut self,
        para: &Block,
        head: Option<&Block>,
        base: u8,
        after_heading: bool,
    ) -> bool {
        let ctx = &mut self.ctx;
        let set = match head.and_then(|b| b.heading().map(|h| (b, h.ranked(base)))) {
            Some((block, h)) => run_in_text(ctx, block, &h, para),
            None => body_paragraph(ctx, para, after_heading),
        };
        ctx.warnings.clear();
        set.is_ok_and(|(text, spec)| ctx.setter.squeezes_marks(&text, &spec))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockKind, StyleKind};

    fn para(text: &str) -> Block {
        Block::text(BlockKind::Paragraph { label: None }, text)
    }

    #[test]
    fn a_paragraph_ending_in_two_characters_is_squeezed_and_a_fuller_one_is_not() {
        let style = Style::builtin(StyleKind::Gongwen);
        let book = FontBook::default();
        let mut probe = ParagraphProbe::new(&style, &book);
        // 26 + 28 cells, then "通。": six commas at half width save the last line.
        let short = "各地区各部门，".repeat(6) + "要求坚持做好工作确保路畅通。";
        assert!(probe.squeezes_marks(&para(&short), None, 1, false));
        // A last line of three characters stays; with nothing to squeeze, nothing is.
        let longer = "各地区各部门，".repeat(6) + "要求坚持做好工作确保道路畅通。";
        assert!(!probe.squeezes_marks(&para(&longer), None, 1, false));
        let plain = "各地区各部门落实".repeat(6) + "要求坚持做好畅通";
        assert!(!probe.squeezes_marks(&para(&plain), None, 1, false));
    }
}
