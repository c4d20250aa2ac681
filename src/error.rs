//! The library's error type. Every message says what went wrong in words a user can act on;
//! the caller (the CLI) puts the file name in front.

use std::fmt;

/// Why a document could not be read or written.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not text (binary magic, NUL bytes, mostly control bytes).
    NotText {
        /// What gave it away ("PNG image", "NUL bytes").
        reason: String,
        /// Offset of the first telling byte.
        offset: usize,
    },
    /// Malformed bytes for the encoding, with `--strict`.
    Malformed {
        /// The encoding decoded with.
        encoding: String,
        /// How many malformed sequences.
        count: usize,
        /// Byte offset of the first.
        offset: usize,
    },
    /// An `--encoding` label that names no encoding.
    UnknownEncoding(String),
    /// The input is larger than allowed.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A font could not be loaded.
    Font(crate::layout::fonts::FontError),
    /// The PDF writer failed.
    Pdf(String),
    /// The DOCX writer failed.
    Docx(String),
    /// Reading or writing a file failed.
    Io(std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotText { reason, offset } => {
                write!(f, "not a text file ({reason} at byte {offset})")
            }
            Error::Malformed {
                encoding,
                count,
                offset,
            } => write!(
                f,
                "{count} malformed byte sequence(s) for {encoding}, the first at byte {offset}"
            ),
            Error::UnknownEncoding(label) => write!(
                f,
                "unknown encoding {label:?} (use a WHATWG label such as utf-8, gbk, gb18030, \
                 big5, shift_jis, euc-kr, utf-16le, utf-16be, windows-1252)"
            ),
            Error::TooLarge { size, limit } => {
                write!(f, "input is {size} bytes, more than the limit of {limit}")
            }
            Error::Font(e) => write!(f, "{e}"),
            Error::Pdf(e) => write!(f, "PDF writer: {e}"),
            Error::Docx(e) => write!(f, "DOCX writer: {e}"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

impl From<crate::layout::fonts::FontError> for Error {
    fn from(e: crate::layout::fonts::FontError) -> Error {
        Error::Font(e)
    }
}
