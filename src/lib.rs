//! docpipe turns plain-text documents in any encoding (and Markdown) into print-ready PDF,
//! office-ready DOCX and clean Markdown, laid out to GB/T 9704-2012 for Chinese official
//! documents and as a plain book page for everything else.
//!
//! The pipeline, one module a stage, each depending only on those before it:
//! [`ingest`] (bytes → clean text) → [`structure`] (text → [`model::Document`]) →
//! [`layout`] (PDF only: document → positioned pages) → [`export`] (→ bytes). Layout and
//! the PDF writer measure and embed fonts from a [`fonts::FontBook`] the caller builds once
//! and passes in.
//!
//! ```
//! let read = docpipe::read_document("*书记，各位代表、同志们：\n今天开会。\n".as_bytes(),
//!     &docpipe::ReadOptions::default()).unwrap();
//! assert_eq!(read.encoding, "UTF-8");
//! assert_eq!(read.document.blocks[0].kind.name(), "salutation");
//! let md = docpipe::export::markdown::write_markdown(&read.document);
//! assert!(md.starts_with("\\*书记"));
//! ```
#![deny(missing_docs)]

pub mod error;
pub mod export;
pub mod fonts;
pub mod images;
pub mod ingest;
pub mod layout;
pub mod model;
pub mod script;
pub mod structure;
pub mod style;
pub mod units;

pub use error::Error;
pub use model::{Block, BlockKind, Document, Inline, StyleKind};
pub use structure::InputFormat;

/// How to read an input.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Malformed bytes are an error rather than a warning.
    pub strict: bool,
    /// The input's syntax; plain text when not given.
    pub format: Option<InputFormat>,
    /// Force this style instead of detecting it.
    pub style: Option<StyleKind>,
}

/// A document read from bytes, with what reading it found out.
#[derive(Debug, Clone)]
pub struct ReadDocument {
    /// The document.
    pub document: Document,
    /// The encoding it was decoded from.
    pub encoding: &'static str,
    /// Warnings from reading (lossy decoding, markup taken out, breaks recovered).
    pub warnings: Vec<String>,
}

/// Reads `bytes` into a document: ingest, then structure.
pub fn read_document(bytes: &[u8], options: &ReadOptions) -> Result<ReadDocument, Error> {
    let format = options.format.unwrap_or(InputFormat::Plain);
    let decoded = ingest::decode(
        bytes,
        &ingest::IngestOptions {
            encoding: options.encoding,
            strict: options.strict,
        },
    )?;
    let document = structure::parse(&decoded.text, format, options.style);
    let mut warnings = decoded.warnings;
    warnings.extend(document.warnings.iter().cloned());
    Ok(ReadDocument {
        document,
        encoding: decoded.encoding,
        warnings,
    })
}
