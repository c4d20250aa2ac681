//! Styled text: inline content → one flat run of glyphs, each with its font, size and
//! advance, ready for line breaking.
//!
//! Each character gets the face of its role (CJK face for ideographs and full-width
//! marks, Latin face for letters and digits) with fallback (see `fallback`). On a CJK
//! grid every glyph advances as the DOCX sets it ([`GridGlyphs`]: a body ideograph just
//! under one grid cell, Latin letters at their proportional widths scaled alike), so
//! both formats break lines in the same places; justification then spreads a full
//! line to both edges, which puts its ideographs one cell apart. An ideograph and a
//! Latin letter or digit beside it get the Han–Western space between them.
//! Control and zero-width characters never become glyphs; white space becomes an
//! ordinary space (ideographic space becomes an undrawn space one cell wide).

use crate::error::Error;
use crate::fonts::FontId;
use crate::layout::fallback::{FontSet, RoleId};
use crate::model::Inline;
use crate::script::{is_cjk_ambiguous, is_han_western_boundary, is_wide, HAN_WESTERN_SPACE_EM};
use crate::style::grid_glyphs::GridGlyphs;
use crate::style::{Face, Style};

/// How a glyph behaves in line fitting and justification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A full-width character: ideograph, kana, full-width punctuation.
    Wide,
    /// A proportional character: Latin letters, digits, narrow punctuation.
    Narrow,
    /// A space between words; it stretches in justification and vanishes at line ends.
    Space,
    /// A fixed advance that never stretches (the gap after a list marker).
    Fixed,
    /// A forced line break (a line break in code or a hard break); zero width.
    Newline,
}

/// One character of styled text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Glyph {
    /// The character as written (line breaking reads it); drawn as ' ' for spaces.
    pub ch: char,
    /// The font that draws it.
    pub font: FontId,
    /// Type size in points.
    pub size: f64,
    /// Advance in points as set (one grid cell for full-width glyphs on a grid).
    pub advance: f64,
    /// The glyph's own box width (font advance × size): where its ink may end.
    pub box_width: f64,
    /// Behaviour in fitting and justification.
    pub class: Class,
    /// False for glyphs that only take room (ideographic space, spacers).
    pub draw: bool,
    /// 0 for none, else 1 + index into [`StyledText::decorations`].
    pub decoration: u16,
    /// How far the glyph sits above the baseline, in points: positive for superscript
    /// (and footnote marks), negative for subscript.
    pub rise: f64,
    /// True inside inline code off the grid: a space here never stretches in
    /// justification (on a grid, lines meet the edge at any cost).
    pub rigid: bool,
}

#[cfg(test)]
impl Glyph {
    /// True for the undrawn space set between an ideograph and a Latin letter or digit.
    pub(crate) fn is_han_western_space(&self) -> bool {
        self.ch == HAN_WESTERN_SPACE && !self.draw
    }
}

/// The character of the space between an ideograph and a Latin letter or digit: a
/// zero-width space, so that the line breaker sees a break opportunity there (after
/// it), as there already is between an ideograph and a Western letter.
const HAN_WESTERN_SPACE: char = '\u{200B}';

/// A decoration spanning glyphs: a link or a strike-through.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Decoration {
    /// A link to this URL.
    Link(String),
    /// A line through the text.
    Strike,
    /// A footnote mark: the note with this label goes to the foot of the page.
    Note(String),
}

/// Glyphs and the decorations they refer to.
#[derive(Debug, Default)]
pub(crate) struct StyledText {
    /// The glyphs in reading order.
    pub glyphs: Vec<Glyph>,
    /// Decorations referred to by [`Glyph::decoration`].
    pub decorations: Vec<Decoration>,
}

/// Builds [`StyledText`] from inline content.
pub(crate) struct TextBuilder<'a, 'b> {
    fonts: &'a mut FontSet<'b>,
    style: &'a Style,
    /// On a grid, how wide every glyph is set (as the DOCX sets it, so that both
    /// formats break lines alike); `None` off the grid: glyphs keep their own widths.
    grid: Option<GridGlyphs>,
    /// Keep line breaks and tabs (code).
    preformatted: bool,
    /// Characters since the last line break (for tab stops in code).
    column: usize,
    out: StyledText,
    /// The rise of glyphs pushed now (inside superscript or subscript).
    rise: f64,
    /// True while pushing inline code: its spaces are rigid, its words never hyphenated.
    in_code: bool,
    /// Where the text being pushed may be hyphenated (see `hyphen`).
    hyphens: Vec<bool>,
}

impl<'a, 'b> TextBuilder<'a, 'b> {
    /// A builder for text in `style`.
    pub(crate) fn new(fonts: &'a mut FontSet<'b>, style: &'a Style, preformatted: bool) -> Self {
        TextBuilder {
            fonts,
            style,
            grid: style.grid.map(|_| GridGlyphs::of(style)),
            preformatted,
            column: 0,
            out: StyledText::default(),
            rise: 0.0,
            in_code: false,
            hyphens: Vec::new(),
        }
    }

    /// The text built so far.
    pub(crate) fn finish(self) -> StyledText {
        self.out
    }

    /// Appends inline content in `face` at `size`.
    pub(crate) fn push_inlines(
        &mut self,
        inlines: &[Inline],
        face: &Face,
        size: f64,
    ) -> Result<(), Error> {
        self.push_inlines_decorated(inlines, face, size, 0)
    }

    fn push_inlines_decorated(
        &mut self,
        inlines: &[Inline],
        face: &Face,
        size: f64,
        decoration: u16,
    ) -> Result<(), Error> {
        let faces = &self.style.faces;
        for inline in inlines {
            match inline {
                Inline::Text(t) => self.push_str(t, face, size, decoration)?,
                Inline::Emphasis(c) => {
                    let f = faces.emphasis.clone();
                    self.push_inlines_decorated(c, &f, size, decoration)?
                }
                Inline::Strong(c) => {
                    let f = faces.strong.clone();
                    self.push_inlines_decorated(c, &f, size, decoration)?
                }
                Inline::Code(t) => {
                    let f = faces.code.clone();
                    self.in_code = true;
                    let scaled = size * self.style.code_in_text_scale;
                    let pushed = self.push_str(t, &f, scaled, decoration);
                    self.in_code = false;
                    pushed?
                }
                Inline::Strikethrough(c) => {
                    let d = self.decoration(Decoration::Strike);
                    self.push_inlines_decorated(c, face, size, d)?
                }
                Inline::Link { url, content } => {
                    let d = self.decoration(Decoration::Link(url.clone()));
                    self.push_inlines_decorated(content, face, size, d)?
                }
                Inline::LineBreak => self.push_newline(size),
                // An image in running text shows its alt text (a paragraph of images
                // alone is a figure, see `figure`).
                Inline::Image { alt, .. } => self.push_str(alt, face, size, decoration)?,
                // A footnote mark is its label in superscript; the note follows at the end.
                Inline::FootnoteRef(label) => {
                    let mark = [Inline::Text(label.clone())];
                    let d = self.decoration(Decoration::Note(label.clone()));
                    self.push_scripted(&mark, face, size, d, 0.38)?
                }
                Inline::Superscript(c) => self.push_scripted(c, face, size, decoration, 0.38)?,
                Inline::Subscript(c) => self.push_scripted(c, face, size, decoration, -0.14)?,
            }
        }
        Ok(())
    }

    /// Pushes `inlines` at 70% of `size`, raised by `rise` × `size` (lowered when
    /// negative): superscript, subscript and footnote marks.
    fn push_scripted(
        &mut self,
        inlines: &[Inline],
        face: &Face,
        size: f64,
        decoration: u16,
        rise: f64,
    ) -> Result<(), Error> {
        let outer = self.rise;
        self.rise = outer + rise * size;
        let result = self.push_inlines_decorated(inlines, face, size * 0.7, decoration);
        self.rise = outer;
        result
    }

    fn decoration(&mut self, d: Decoration) -> u16 {
        self.out.decorations.push(d);
        u16::try_from(self.out.decorations.len()).unwrap_or(0)
    }

    /// Appends `text` in `face` at `size`.
    pub(crate) fn push_str(
        &mut self,
        text: &str,
        face: &Face,
        size: f64,
        decoration: u16,
    ) -> Result<(), Error> {
        let role = self.fonts.role(face)?;
        self.out.glyphs.reserve(text.len() / 2);
        let hyphenate = self.style.hyphenate && !self.preformatted && !self.in_code;
        let mut hyphens = std::mem::take(&mut self.hyphens);
        if hyphenate {
            super::hyphen::hyphen_points(text, &mut hyphens);
        }
        let mut chars = text.chars().peekable();
        let mut index = 0;
        while let Some(ch) = chars.next() {
            if hyphenate && hyphens.get(index).copied().unwrap_or(false) {
                self.push_soft_hyphen(role, size, decoration);
            }
            index += 1;
            match ch {
                '\r' => {}
                '\n' | '\u{2028}' | '\u{2029}' if self.preformatted => self.push_newline(size),
                '\n' | '\u{2028}' | '\u{2029}' => {
                    // A soft break: nothing between CJK characters, a space elsewhere.
                    let prev_wide = self
                        .out
                        .glyphs
                        .last()
                        .is_some_and(|g| g.class == Class::Wide);
                    let next_wide = chars.peek().is_some_and(|&c| is_wide(c));
                    if !(prev_wide || next_wide) {
                        self.push_space(' ', role, size, decoration);
                    }
                }
                '\t' if self.preformatted => {
                    let spaces = 4 - self.column % 4;
                    for _ in 0..spaces {
                        self.push_space(' ', role, size, decoration);
                    }
                }
                '\u{3000}' => self.push_blank_cell(role, size),
                c if is_invisible(c) => {}
                c if c.is_whitespace() => self.push_space(c, role, size, decoration),
                c => self.push_char(c, role, size, decoration),
            }
        }
        self.hyphens = hyphens;
        Ok(())
    }

    /// A hyphenation point: an undrawn glyph of no advance whose box is a hyphen's width,
    /// so a line ending at it makes room for the hyphen drawn there (see `para`).
    fn push_soft_hyphen(&mut self, role: RoleId, size: f64, decoration: u16) {
        let Some((font, em)) = self.fonts.glyph(role, '-') else {
            return;
        };
        self.out.glyphs.push(Glyph {
            ch: super::hyphen::SOFT_HYPHEN,
            font,
            size,
            advance: 0.0,
            box_width: em * size,
            class: Class::Narrow,
            draw: false,
            decoration,
            rise: self.rise,
            rigid: false,
        });
    }

    /// The advance of a glyph `natural` points wide: on a grid as the DOCX sets it
    /// ([`GridGlyphs`]), else its own width.
    fn advance(&self, natural: f64) -> f64 {
        self.grid.map_or(natural, |g| g.advance(natural))
    }

    /// The space between an ideograph and a Latin letter or digit beside it
    /// ([`HAN_WESTERN_SPACE_EM`]): an undrawn space that vanishes at a line end like any
    /// space ([`HAN_WESTERN_SPACE`]).
    fn push_han_western_space(&mut self, after: &Glyph, size: f64) {
        let width = HAN_WESTERN_SPACE_EM * size;
        self.out.glyphs.push(Glyph {
            ch: HAN_WESTERN_SPACE,
            font: after.font,
            size,
            advance: width,
            box_width: width,
            class: Class::Space,
            draw: false,
            decoration: 0,
            rise: 0.0,
            rigid: false,
        });
    }

    /// Appends a fixed, undrawn advance of `width` points (the gap after a list marker).
    pub(crate) fn push_spacer(&mut self, width: f64, size: f64) {
        let font = self.out.glyphs.last().map_or(FontId(0), |g| g.font);
        self.out.glyphs.push(Glyph {
            ch: '\u{00A0}',
            font,
            size,
            advance: width,
            box_width: width,
            class: Class::Fixed,
            draw: false,
            decoration: 0,
            rise: 0.0,
            rigid: false,
        });
    }

    fn push_newline(&mut self, size: f64) {
        let font = self.out.glyphs.last().map_or(FontId(0), |g| g.font);
        self.column = 0;
        self.out.glyphs.push(Glyph {
            ch: '\n',
            font,
            size,
            advance: 0.0,
            box_width: 0.0,
            class: Class::Newline,
            draw: false,
            decoration: 0,
            rise: 0.0,
            rigid: false,
        });
    }

    fn push_space(&mut self, ch: char, role: RoleId, size: f64, decoration: u16) {
        let (font, em) = self
            .fonts
            .glyph(role, ' ')
            .unwrap_or((self.fonts.primary(role, ' '), 0.25));
        self.column += 1;
        self.out.glyphs.push(Glyph {
            ch,
            font,
            size,
            advance: self.advance(em * size),
            box_width: em * size,
            class: Class::Space,
            draw: true,
            decoration,
            rise: self.rise,
            rigid: self.in_code && self.style.grid.is_none(),
        });
    }

    fn push_blank_cell(&mut self, role: RoleId, size: f64) {
        let font = self.fonts.primary(role, '\u{3000}');
        self.column += 2;
        self.out.glyphs.push(Glyph {
            ch: '\u{3000}',
            font,
            size,
            advance: self.advance(size),
            box_width: size,
            // A space a cell wide: it vanishes at line ends like any space.
            class: Class::Space,
            draw: false,
            decoration: 0,
            rise: self.rise,
            rigid: false,
        });
    }

    fn push_char(&mut self, ch: char, role: RoleId, size: f64, decoration: u16) {
        if !self.preformatted && self.rise == 0.0 {
            let boundary = self
                .out
                .glyphs
                .last()
                .filter(|g| g.draw && g.rise == 0.0 && is_han_western_boundary(g.ch, ch));
            if let Some(&last) = boundary {
                self.push_han_western_space(&last, size.max(last.size));
            }
        }
        let cjk_punct = self.fonts.cjk_punctuation();
        let mut wide = prefers_cjk_face(ch, cjk_punct);
        let (font, em) = match self.fonts.glyph(role, ch) {
            Some(found) => found,
            // Missing everywhere (recorded by the font set): a one-em cell in the role's
            // CJK face, where the PDF writer draws a box, the compositor's mark for a
            // missing character, and keeps the character for text extraction.
            None => {
                wide = true;
                (self.fonts.missing_face(role), 1.0)
            }
        };
        let box_width = em * size;
        let advance = self.advance(box_width);
        self.column += if wide { 2 } else { 1 };
        self.out.glyphs.push(Glyph {
            ch,
            font,
            size,
            advance,
            box_width,
            class: if wide { Class::Wide } else { Class::Narrow },
            draw: true,
            decoration,
            rise: self.rise,
            rigid: self.in_code && self.style.grid.is_none(),
        });
    }
}

/// True if and only if `ch` is set in a role's CJK face first.
pub(crate) fn prefers_cjk_face(ch: char, cjk_punctuation: bool) -> bool {
    is_wide(ch) || (cjk_punctuation && is_cjk_ambiguous(ch))
}

/// True for control, format and zero-width characters, which never become glyphs.
fn is_invisible(ch: char) -> bool {
    ch.is_control()
        || matches!(u32::from(ch),
            0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
            | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F
            | 0xFEFF | 0xFFF0..=0xFFF8 | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StyleKind;

    fn build(text: &str) -> StyledText {
        let style = Style::builtin(StyleKind::Speech);
        let book = crate::fonts::FontBook::default();
        let mut fonts = FontSet::new(&book, true);
        let mut b = TextBuilder::new(&mut fonts, &style, false);
        b.push_str(text, &style.faces.body, 16.0, 0).unwrap();
        b.finish()
    }

    #[test]
    fn glyphs_advance_as_the_docx_sets_them_with_a_space_between_han_and_digits() {
        let t = build("书2023年");
        let style = Style::builtin(StyleKind::Speech);
        let cell = style.char_pitch().0;
        let glyphs = crate::style::grid_glyphs::GridGlyphs::of(&style);
        // An ideograph just under one cell, 16 pt at 98 % plus 0.1 pt.
        assert!((t.glyphs[0].advance - glyphs.advance(16.0)).abs() < 1e-9);
        assert!(t.glyphs[0].advance < cell && cell - t.glyphs[0].advance < 0.05);
        assert_eq!(t.glyphs[0].class, Class::Wide);
        assert!((t.glyphs[0].box_width - 16.0).abs() < 1e-9);
        // Then a fifth of an em, undrawn, before the digits and after them.
        let chars: String = t.glyphs.iter().map(|g| g.ch).collect();
        assert_eq!(chars, "书\u{200B}2023\u{200B}年");
        assert!(t.glyphs[1].is_han_western_space() && t.glyphs[6].is_han_western_space());
        assert!((t.glyphs[1].advance - 3.2).abs() < 1e-9);
        assert!((t.glyphs[2].advance - glyphs.advance(8.0)).abs() < 1e-9);
        assert_eq!(t.glyphs[2].class, Class::Narrow);
    }

    #[test]
    fn controls_and_zero_width_characters_never_become_glyphs() {
        let t = build("a\u{200B}\u{0007}b\u{FEFF}\u{3000}c");
        let chars: String = t.glyphs.iter().map(|g| g.ch).collect();
        assert_eq!(chars, "ab\u{3000}c");
        assert!(!t.glyphs[2].draw);
    }

    #[test]
    fn a_soft_break_between_ideographs_vanishes_but_separates_words() {
        let chars: String = build("中\n文").glyphs.iter().map(|g| g.ch).collect();
        assert_eq!(chars, "中文");
        let chars: String = build("two\nwords").glyphs.iter().map(|g| g.ch).collect();
        assert_eq!(chars, "two words");
    }
}
