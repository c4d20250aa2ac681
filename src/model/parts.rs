//! The attributes blocks carry: a heading's level and marker, a paragraph's label with its
//! marker family, a list item's number or task state, a table's rows and alignments, an
//! alert's kind. Typed, so no writer reads a block's text again to find them.

use super::Inline;

/// The kind of a GitHub alert (`> [!NOTE]`, `> [!TIP]`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertKind {
    /// `[!NOTE]`: useful information.
    Note,
    /// `[!TIP]`: advice.
    Tip,
    /// `[!IMPORTANT]`: key information.
    Important,
    /// `[!WARNING]`: urgent information.
    Warning,
    /// `[!CAUTION]`: risks.
    Caution,
}

impl AlertKind {
    /// The marker's word as GitHub writes it: `NOTE`, `TIP`, …
    pub fn marker(self) -> &'static str {
        match self {
            AlertKind::Note => "NOTE",
            AlertKind::Tip => "TIP",
            AlertKind::Important => "IMPORTANT",
            AlertKind::Warning => "WARNING",
            AlertKind::Caution => "CAUTION",
        }
    }

    /// The label set above the alert's text: `Note`, `Tip`, …
    pub fn label(self) -> &'static str {
        match self {
            AlertKind::Note => "Note",
            AlertKind::Tip => "Tip",
            AlertKind::Important => "Important",
            AlertKind::Warning => "Warning",
            AlertKind::Caution => "Caution",
        }
    }
}

/// A paragraph's leading label: its text as written ("第一条", "（一）") and the marker
/// family it belongs to, so that writers set it in the face GB/T 9704 gives that family
/// without reading the text again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The label as written, the start of the paragraph's text.
    pub text: String,
    /// Its marker family; [`MarkerKind::None`] for an article label (第X条).
    pub marker: MarkerKind,
}

impl Label {
    /// A label of the given marker family.
    pub fn new(text: impl Into<String>, marker: MarkerKind) -> Label {
        Label {
            text: text.into(),
            marker,
        }
    }

    /// An article label, "第一条", set in the strong face.
    pub fn article(text: impl Into<String>) -> Label {
        Label::new(text, MarkerKind::None)
    }
}

/// A heading's attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Outline depth among the markers the document uses, from 1 (plain text); the
    /// `#` count, 1–6 (Markdown). Layout and styles go by [`Heading::ranked`].
    pub level: u8,
    /// The marker as written ("一、", "（一）", "1.", "（1）", "第一章", "CHAPTER I.");
    /// empty for headings without one (ALL-CAPS lines, Markdown `#` headings).
    pub marker: String,
    /// What family the marker belongs to; GB/T 9704 picks the face by it.
    pub marker_kind: MarkerKind,
    /// True if and only if the source ran the paragraph on after this heading's
    /// sentence on the same line; the next block is that paragraph.
    pub run_in: bool,
}

impl Heading {
    /// This heading with its level counted from `base` (the shallowest level in its
    /// document): the rank layout and styles go by.
    pub fn ranked(&self, base: u8) -> Heading {
        Heading {
            level: self.level.saturating_sub(base.saturating_sub(1)).max(1),
            ..self.clone()
        }
    }
}

/// The family of a heading marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    /// 一、 二、 …
    ChineseNumeral,
    /// （一） （二） …
    ParenChineseNumeral,
    /// 1. 1． 1、
    ArabicNumeral,
    /// （1） (1)
    ParenArabicNumeral,
    /// 第X编 第X章 第X节 (parts, chapters, sections of laws and books).
    ChineseChapter,
    /// "CHAPTER I.", "Chapter 1", "PART II", a lone roman numeral.
    EnglishChapter,
    /// "1. Introduction", "1.2 Scope".
    Decimal,
    /// No marker: ALL-CAPS lines, Markdown `#` headings.
    None,
}

/// A list item's attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem {
    /// True for a numbered list.
    pub ordered: bool,
    /// The item's number in an ordered list (the first item's start plus its index).
    pub number: u64,
    /// Nesting depth, from 0 for a top-level list.
    pub depth: u8,
    /// `Some(checked)` for a task-list item.
    pub task: Option<bool>,
}

/// A table: rows of cells, the first `header_rows` of them the header.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Column alignments, one per column.
    pub alignments: Vec<Alignment>,
    /// How many of the first rows form the header.
    pub header_rows: usize,
    /// The rows; each cell is inline content.
    pub rows: Vec<Vec<Vec<Inline>>>,
}

/// A table column's alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Alignment {
    /// Not said.
    #[default]
    None,
    /// Left.
    Left,
    /// Centre.
    Center,
    /// Right.
    Right,
}
