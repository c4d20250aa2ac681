//! Paragraph, character and table styles, built from the [`Style`] profile.
//!
//! Every role of the model gets a real Word style, so the navigation pane, a TOC and
//! "select all text with this style" work in Word and WPS: `Normal` (body), `Title`,
//! `Subtitle`, `Salutation`, `Heading1`…`Heading4` (names "heading 1"…, outline levels
//! 0…3), `Signature`, `Date`, `Attachment`, `Quote`, `Code`, `ListParagraph`,
//! `TableText`, `Footer`, the `Hyperlink` character style and the `TableGrid` table style.
//! Each style names its East-Asian face and its Latin face separately (`w:rFonts`
//! eastAsia vs ascii/hAnsi); sizes are in half-points from `Style::sizes`. Indents are
//! given in twips here and get their character-unit twins (`w:firstLineChars`) in the
//! fix-up pass, because docx-rs never writes those.

use docx_rs::{
    AlignmentType, LineSpacing, LineSpacingType, RunFonts, SpecialIndentType, Style as WStyle,
    StyleType, Styles,
};

use super::page::Metrics;
use crate::model::{Heading, MarkerKind};
use crate::style::{Face, Style};
use crate::units::Pt;

/// Style id of body text (the default paragraph style).
pub(crate) const NORMAL: &str = "Normal";
/// Style id of the title.
pub(crate) const TITLE: &str = "Title";
/// Style id of the subtitle / speaker / date line under the title.
pub(crate) const SUBTITLE: &str = "Subtitle";
/// Style id of the salutation.
pub(crate) const SALUTATION: &str = "Salutation";
/// Style id of the issuing organ.
pub(crate) const SIGNATURE: &str = "Signature";
/// Style id of the closing date.
pub(crate) const DATE: &str = "Date";
/// Style id of attachment lines.
pub(crate) const ATTACHMENT: &str = "Attachment";
/// Style id of quotations.
pub(crate) const QUOTE: &str = "Quote";
/// Style id of code blocks.
pub(crate) const CODE: &str = "Code";
/// Style id of list items.
pub(crate) const LIST: &str = "ListParagraph";
/// Style id of paragraphs in table cells.
pub(crate) const TABLE_TEXT: &str = "TableText";
/// Style id of footer paragraphs.
pub(crate) const FOOTER: &str = "Footer";
/// Character style id of hyperlinks.
pub(crate) const HYPERLINK: &str = "Hyperlink";
/// Table style id.
pub(crate) const TABLE: &str = "TableGrid";

/// The style id of a heading of `level` (levels past 6, which Markdown cannot write,
/// share Heading6).
pub(crate) fn heading_id(level: u8) -> String {
    format!("Heading{}", level.clamp(1, 6))
}

/// A size in half-points, as `w:sz` wants it.
pub(crate) fn half_points(size: Pt) -> usize {
    (size.0 * 2.0).round().max(2.0) as usize
}

/// `w:rFonts` for a face: East-Asian name apart from the Latin one. `cjk` adds
/// `w:hint="eastAsia"`, so characters Unicode leaves ambiguous (“ ” — …) take the
/// Chinese face as a Chinese typist expects.
pub(crate) fn run_fonts(face: &Face, cjk: bool) -> RunFonts {
    let fonts = RunFonts::new()
        .east_asia(face.cjk.name.clone())
        .ascii(face.latin.name.clone())
        .hi_ansi(face.latin.name.clone())
        .cs(face.latin.name.clone());
    if cjk {
        fonts.hint("eastAsia")
    } else {
        fonts
    }
}

/// Body line spacing: exact on the grid for CJK profiles, at least the leading otherwise.
pub(crate) fn body_spacing(m: &Metrics) -> LineSpacing {
    let rule = if m.grid {
        LineSpacingType::Exact
    } else {
        LineSpacingType::AtLeast
    };
    LineSpacing::new()
        .line_rule(rule)
        .line(m.line_twips)
        .before(0)
        .after(0)
}

fn paragraph_style(id: &str, name: &str) -> WStyle {
    WStyle::new(id, StyleType::Paragraph)
        .name(name)
        .based_on(NORMAL)
        .next(NORMAL)
}

fn no_indent(s: WStyle) -> WStyle {
    s.indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None)
}

fn with_face(s: WStyle, face: &Face, size: Pt, cjk: bool) -> WStyle {
    s.fonts(run_fonts(face, cjk)).size(half_points(size))
}

/// A representative heading of `level`, for the style's own face: 一、 / （一） / 1.
fn typical_heading(level: u8) -> Heading {
    Heading {
        level,
        marker: String::new(),
        marker_kind: MarkerKind::None,
        run_in: false,
    }
}

/// All styles of the document.
pub(crate) fn build_styles(style: &Style, m: &Metrics) -> Styles {
    let cjk = style.is_cjk();
    let body_indent = m.chars(style.indent_chars);
    let mut normal = WStyle::new(NORMAL, StyleType::Paragraph)
        .name("Normal")
        .align(AlignmentType::Both)
        .line_spacing(body_spacing(m))
        .indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(body_indent)),
            None,
            None,
        );
    normal = with_face(normal, &style.faces.body, style.sizes.body, cjk);
    // Pages break where the PDF's do: no widow/orphan rule (the PDF has none; a heading
    // is kept with its next line by `keepNext`), and on a grid the paragraphs keep the
    // grid by exact spacing and 98 % glyphs rather than by snapping (`page` module doc).
    normal.paragraph_property = normal.paragraph_property.widow_control(false);
    if m.grid {
        normal = normal.snap_to_grid(false);
    }

    let title = no_indent(with_face(
        paragraph_style(TITLE, "Title"),
        &style.faces.title,
        style.sizes.title,
        cjk,
    ))
    .align(AlignmentType::Center);
    let subtitle = no_indent(with_face(
        paragraph_style(SUBTITLE, "Subtitle"),
        &style.faces.subtitle,
        style.sizes.subtitle,
        cjk,
    ))
    .align(AlignmentType::Center);
    let salutation =
        no_indent(paragraph_style(SALUTATION, "Salutation")).align(AlignmentType::Left);
    let signature = no_indent(paragraph_style(SIGNATURE, "Signature")).align(AlignmentType::Right);
    let date = no_indent(paragraph_style(DATE, "Date")).align(AlignmentType::Right);
    let attachment = paragraph_style(ATTACHMENT, "Attachment").align(AlignmentType::Left);
    let mut quote = paragraph_style(QUOTE, "Quote").indent(
        Some(m.chars(2.0)),
        Some(SpecialIndentType::FirstLine(if cjk {
            body_indent
        } else {
            0
        })),
        None,
        None,
    );
    if style.quote_rule {
        // The rule down the quote's left side, a character left of its text, as in the PDF.
        let rule = docx_rs::ParagraphBorder::new(docx_rs::ParagraphBorderPosition::Left)
            .val(docx_rs::BorderType::Single)
            .size(8)
            .space(6)
            .color("auto");
        quote.paragraph_property = quote
            .paragraph_property
            .set_borders(docx_rs::ParagraphBorders::with_empty().set(rule));
    }
    let code = no_indent(with_face(
        paragraph_style(CODE, "Code"),
        &style.faces.code,
        style.sizes.code,
        false,
    ))
    .align(AlignmentType::Left)
    .snap_to_grid(false)
    .line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(240)
            .before(0)
            .after(0),
    );
    let list = no_indent(paragraph_style(LIST, "List Paragraph"));
    let table_text =
        no_indent(paragraph_style(TABLE_TEXT, "Table Text")).align(AlignmentType::Left);
    let footer = no_indent(with_face(
        paragraph_style(FOOTER, "footer"),
        &style.faces.page_number,
        style.sizes.page_number,
        cjk,
    ))
    .snap_to_grid(false)
    .line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(240)
            .before(0)
            .after(0),
    );
    let hyperlink = WStyle::new(HYPERLINK, StyleType::Character)
        .name("Hyperlink")
        .color("0563C1")
        .underline("single");
    let table = WStyle::new(TABLE, StyleType::Table).name("Table Grid");

    let mut styles = Styles::new()
        .default_fonts(run_fonts(&style.faces.body, cjk))
        .default_size(half_points(style.sizes.body))
        .add_style(normal)
        .add_style(title)
        .add_style(subtitle)
        .add_style(salutation);
    // Six levels, as Markdown has: H5 and H6 keep their own outline levels.
    for level in 1..=6u8 {
        styles = styles.add_style(heading_style(style, m, level));
    }
    styles
        .add_style(signature)
        .add_style(date)
        .add_style(attachment)
        .add_style(quote)
        .add_style(code)
        .add_style(list)
        .add_style(table_text)
        .add_style(footer)
        .add_style(hyperlink)
        .add_style(table)
}

/// Heading `level`: its outline level, its face and size, kept with the next paragraph.
fn heading_style(style: &Style, m: &Metrics, level: u8) -> WStyle {
    let cjk = style.is_cjk();
    let id = heading_id(level);
    let face = style.heading_face(&typical_heading(level));
    let size = style.heading_size(level);
    let mut s = with_face(
        paragraph_style(&id, &format!("heading {level}")),
        face,
        size,
        cjk,
    )
    .outline_lvl(usize::from(level - 1));
    if style.bold_headings {
        s = s.bold();
    }
    if cjk {
        // GB/T 9704 sets headings like body lines: same grid line, same indent.
        s = s.indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(m.chars(style.indent_chars))),
            None,
            None,
        );
    } else {
        let before = (m.line_twips as u32) * if level == 1 { 2 } else { 1 };
        s = no_indent(s).align(AlignmentType::Left).line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(240)
                .before(before)
                .after(m.line_twips as u32 / 2),
        );
    }
    s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_ids_clamp_to_six_levels() {
        assert_eq!(heading_id(1), "Heading1");
        assert_eq!(heading_id(5), "Heading5");
        assert_eq!(heading_id(7), "Heading6");
        assert_eq!(heading_id(0), "Heading1");
    }

    #[test]
    fn sizes_are_half_points() {
        assert_eq!(half_points(Pt(16.0)), 32);
        assert_eq!(half_points(Pt(22.0)), 44);
        assert_eq!(half_points(Pt(14.0)), 28);
    }
}
