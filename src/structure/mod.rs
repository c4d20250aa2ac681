//! Structure: normalised text → the document model.
//!
//! Plain text (one paragraph per line, from ingest) goes through `plain`, which finds the
//! title, salutation, numbered headings (run-in or standalone), signature, date and
//! attachments; Markdown goes through pulldown-cmark in `markdown`. Both produce the same
//! [`Document`]. Parsing never fails: anything unrecognised is a paragraph.

use crate::model::{BlockKind, Document, StyleKind};

mod announced;
mod anthology;
mod bare_numerals;
mod book_divisions;
mod bylined_verse;
mod caps;
mod classical_verse;
mod clauses;
mod closing;
mod collection;
mod couplet;
mod cover;
#[cfg(test)]
mod document_tests;
mod editor_notes;
mod escaped_space;
mod essay_notes;
mod front;
mod glossary;
mod grid_table;
mod gutenberg;
mod imprint;
mod lead_in_lists;
mod lead_lines;
mod letters;
mod letters_zh;
mod markdown;
mod missing_numeral;
mod numbered_line;
mod numbering;
mod plain;
mod play;
mod poem;
mod reading_notes;
mod recover;
mod scene_break;
mod shapes;
mod sign_offs;
mod site_menu;
mod speech;
mod speech_parts;
mod stray_first;
#[cfg(test)]
mod test_support;
mod text;
mod title_credits;
mod title_page;
mod toc;
mod transcript;
mod web_page;

#[cfg(test)]
mod english_tests;
#[cfg(test)]
mod verse_tests;

/// What syntax the input text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text.
    Plain,
    /// CommonMark with tables, strikethrough, footnotes and task lists.
    Markdown,
}

impl InputFormat {
    /// Markdown for `.md` and `.markdown` files, plain text otherwise.
    pub fn from_path(path: &std::path::Path) -> InputFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md") | Some("markdown") => InputFormat::Markdown,
            _ => InputFormat::Plain,
        }
    }

    /// The format named `plain`/`text`/`txt` or `markdown`/`md`.
    pub fn from_name(name: &str) -> Option<InputFormat> {
        match name {
            "plain" | "text" | "txt" => Some(InputFormat::Plain),
            "markdown" | "md" => Some(InputFormat::Markdown),
            _ => None,
        }
    }
}

pub use recover::recover_paragraphs;

/// Parses normalised text into a document. `style` overrides the detected style.
///
/// Never fails and never panics; anything unrecognised becomes a paragraph.
pub fn parse(text: &str, format: InputFormat, style: Option<StyleKind>) -> Document {
    let (blocks, metadata, warnings) = match format {
        InputFormat::Plain => {
            let (text, mut warnings) = recover::recover_reporting(text);
            let blocks = plain::parse_plain(&text);
            warnings.extend(web_page::furniture_warning(&blocks, &text));
            (blocks, Default::default(), warnings)
        }
        InputFormat::Markdown => {
            let parsed = markdown::parse_markdown(text);
            (parsed.blocks, parsed.metadata, parsed.warnings)
        }
    };
    let mut blocks = blocks;
    transcript::read_turns(&mut blocks);
    editor_notes::read_editor_notes(&mut blocks);
    glossary::read_glossaries(&mut blocks);
    let style = style.unwrap_or_else(|| detect_style(&blocks));
    Document {
        blocks,
        style,
        metadata,
        warnings,
    }
}

/// The blocks of parts a reader found as (kind, text): the head's, the closing's.
fn to_blocks<S: AsRef<str>>(parts: &[(BlockKind, S)]) -> Vec<crate::model::Block> {
    parts
        .iter()
        .map(|(kind, text)| crate::model::Block::text(kind.clone(), text.as_ref()))
        .collect()
}

/// The layout family a document belongs to: for mostly-Chinese text (code blocks not
/// counted), `Speech` when a salutation addresses an audience (同志们, 各位代表,
/// 女士们、先生们, …) or a title names a speech's occasion ("在……上的讲话"), else
/// `Gongwen`; `Plain` for the rest, an English speech included (the GB/T 9704 page is
/// for Chinese text).
fn detect_style(blocks: &[crate::model::Block]) -> StyleKind {
    if !mostly_cjk_prose(blocks) {
        return StyleKind::Plain;
    }
    let speech = blocks.iter().any(|b| match b.kind {
        BlockKind::Salutation => shapes::addresses_audience(&b.plain_text()),
        BlockKind::Title | BlockKind::Subtitle => shapes::names_an_occasion(&b.plain_text()),
        _ => false,
    });
    if speech {
        StyleKind::Speech
    } else {
        StyleKind::Gongwen
    }
}

/// Returns true if and only if the document's prose (not its code) is mostly CJK.
fn mostly_cjk_prose(blocks: &[crate::model::Block]) -> bool {
    let (mut cjk, mut other) = (0, 0);
    for block in blocks {
        if !matches!(block.kind, BlockKind::Code { .. }) {
            let (c, o) = text::script_counts(&block.plain_text());
            cjk += c;
            other += o;
        }
    }
    cjk > 0 && cjk >= other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_follows_the_salutation_then_the_script() {
        let speech = parse("同志们：\n今天开会。\n", InputFormat::Plain, None);
        assert_eq!(speech.style, StyleKind::Speech);
        let notice = parse(
            "关于开会的通知\n各部门：\n定于明日开会。\n",
            InputFormat::Plain,
            None,
        );
        assert_eq!(notice.style, StyleKind::Gongwen);
        let english = parse("Dear friends,\nWe met today.\n", InputFormat::Plain, None);
        assert_eq!(english.style, StyleKind::Plain);
        let plain = parse("Hello there.\n", InputFormat::Plain, None);
        assert_eq!(plain.style, StyleKind::Plain);
        let occasion = parse(
            "在全国科技大会上的讲话\n（2016年5月30日）\n我们召开大会。\n",
            InputFormat::Plain,
            None,
        );
        assert_eq!(occasion.style, StyleKind::Speech);
        let forced = parse("同志们：\n", InputFormat::Plain, Some(StyleKind::Plain));
        assert_eq!(forced.style, StyleKind::Plain);
        let md = parse("# 标题\n\n正文。\n", InputFormat::Markdown, None);
        assert_eq!(md.style, StyleKind::Gongwen);
        let with_code = parse(
            "说明文字。\n\n```\nfn main() { println!(\"hello world\"); }\n```\n",
            InputFormat::Markdown,
            None,
        );
        assert_eq!(with_code.style, StyleKind::Gongwen);
    }
}
