//! Exporters: the document model → bytes of one output format.
//!
//! Every writer is pure (model and options in, bytes out), so the CLI can run them in
//! parallel and write files itself. Writers are looked up by [`Format`].

mod date;
pub mod docx;
pub mod json;
pub mod markdown;
pub mod pdf;

use crate::error::Error;
use crate::fonts::FontBook;
use crate::model::Document;
use crate::style::Style;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Print-ready PDF.
    Pdf,
    /// Word document.
    Docx,
    /// CommonMark.
    Markdown,
    /// The inspect JSON.
    Json,
}

impl Format {
    /// Every format, in the order outputs are listed.
    pub const ALL: [Format; 4] = [Format::Pdf, Format::Docx, Format::Markdown, Format::Json];

    /// The file extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// The format for a `-t` name: pdf, docx, md/markdown, json.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// What a writer needs besides the model.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The input as the user named it (shown in JSON `source`).
    pub source: String,
    /// The input's file stem: the title when the document has none.
    pub stem: String,
    /// The encoding ingest detected (for JSON).
    pub encoding: String,
    /// Warnings from reading (for JSON).
    pub read_warnings: Vec<String>,
    /// Creation time in seconds since the Unix epoch (SOURCE_DATE_EPOCH, or the input's
    /// modification time): never the wall clock, so output is reproducible.
    pub created_unix: i64,
    /// Author for document metadata (`--author`); empty when not given.
    pub author: Option<String>,
    /// The page and type profile.
    pub style: Style,
}

impl ExportOptions {
    /// Options for a document read from `source` (a path or name; its file stem is the
    /// fallback title) in `style`: UTF-8, no warnings, no author, created at the epoch.
    /// Set the other fields with struct update syntax where they matter.
    pub fn new(source: &str, style: Style) -> ExportOptions {
        let stem = std::path::Path::new(source)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        ExportOptions {
            source: source.to_string(),
            stem,
            encoding: "UTF-8".to_string(),
            read_warnings: Vec::new(),
            created_unix: 0,
            author: None,
            style,
        }
    }
}

/// A writer's output: the file's bytes and anything the user should be told.
#[derive(Debug, Clone, Default)]
pub struct Exported {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Warnings (missing glyphs, …), without the file name.
    pub warnings: Vec<String>,
}

/// Writes `doc` in `format`; a PDF is laid out with the fonts of `fonts` (one book for
/// every document a program writes: each font is then read and parsed once).
pub fn export(
    doc: &Document,
    format: Format,
    options: &ExportOptions,
    fonts: &FontBook,
) -> Result<Exported, Error> {
    match format {
        Format::Pdf => pdf::write_pdf(doc, options, fonts),
        Format::Docx => docx::write_docx(doc, options, fonts),
        Format::Markdown => Ok(Exported {
            bytes: markdown::write_markdown(doc).into_bytes(),
            warnings: Vec::new(),
        }),
        Format::Json => Ok(Exported {
            bytes: json::write_json(doc, options).into_bytes(),
            warnings: Vec::new(),
        }),
    }
}
