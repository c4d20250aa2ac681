//! Ingest: bytes in any encoding → clean Unicode text, and what encoding it was.
//!
//! The first stage of the pipeline. It detects the encoding (BOM, strict UTF-8, BOM-less
//! UTF-16, then chardetng), refuses what is not text, decodes with encoding_rs (U+FFFD for
//! malformed bytes, counted and reported), and normalises without changing characters:
//! newlines, control characters, tabs, trailing blanks. For plain text it also recovers
//! paragraphs: hard-wrapped lines are joined and lost line breaks before headings restored,
//! so that the text it hands on has one paragraph per line.

use crate::error::Error;

/// How to read the bytes.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Decode with this encoding instead of detecting one (`--encoding`).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Treat malformed bytes as an error instead of a warning (`--strict`).
    pub strict: bool,
    /// True for plain text: recover paragraphs (one per line on output). False for
    /// Markdown, whose line structure is syntax and is kept as it is.
    pub plain_text: bool,
}

/// Decoded, normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text. For plain text: one paragraph per line, blank lines (at most one in a row)
    /// where the source separated blocks by blank lines, no indentation.
    pub text: String,
    /// encoding_rs's name of the encoding ("UTF-8", "GBK", "UTF-16LE"), or "UTF-32LE" /
    /// "UTF-32BE", which encoding_rs lacks.
    pub encoding: &'static str,
    /// Things the user should know (malformed bytes replaced, and where).
    pub warnings: Vec<String>,
}

/// The encoding a WHATWG label names, or an error listing a few valid labels.
pub fn encoding_for_label(label: &str) -> Result<&'static encoding_rs::Encoding, Error> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| Error::UnknownEncoding(label.to_string()))
}

/// Decodes and normalises `bytes`.
pub fn decode(bytes: &[u8], options: &IngestOptions) -> Result<Decoded, Error> {
    let _ = (bytes, options);
    todo!("ingest helper")
}
