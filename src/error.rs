//! The library's error type. Every message says what went wrong in words a user can act on;
//! the caller (the CLI) puts the file name in front. Errors that wrap another keep it as
//! their [`source`](std::error::Error::source).

/// Why a document could not be read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not text (binary magic, NUL bytes, mostly control bytes).
    #[error("not a text file ({reason} at byte {offset})")]
    NotText {
        /// What gave it away ("PNG image", "NUL bytes").
        reason: String,
        /// Offset of the first telling byte.
        offset: usize,
    },
    /// Malformed bytes for the encoding, with `--strict`.
    #[error("{count} malformed byte sequence(s) for {encoding}, the first at byte {offset}")]
    Malformed {
        /// The encoding decoded with.
        encoding: String,
        /// How many malformed sequences.
        count: usize,
        /// Byte offset of the first.
        offset: usize,
    },
    /// An `--encoding` label that names no encoding.
    #[error(
        "unknown encoding {0:?} (use a WHATWG label such as utf-8, gbk, gb18030, big5, \
         shift_jis, euc-kr, utf-16le, utf-16be, windows-1252)"
    )]
    UnknownEncoding(String),
    /// The input is larger than allowed.
    #[error("input is {size} bytes, more than the limit of {limit}")]
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A font could not be loaded.
    #[error("{0}")]
    Font(#[source] crate::fonts::FontError),
    /// The PDF writer failed.
    #[error("PDF writer: {0}")]
    Pdf(String),
    /// The DOCX writer failed.
    #[error("DOCX writer: {0}")]
    Docx(String),
    /// Reading or writing a file failed.
    #[error("{0}")]
    Io(#[source] std::io::Error),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

impl From<crate::fonts::FontError> for Error {
    fn from(e: crate::fonts::FontError) -> Error {
        Error::Font(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn wrapped_errors_keep_their_source() {
        let io = Error::from(std::io::Error::other("disk on fire"));
        assert_eq!(io.to_string(), "disk on fire");
        assert_eq!(io.source().unwrap().to_string(), "disk on fire");
        let not_text = Error::NotText {
            reason: "PNG image".into(),
            offset: 0,
        };
        assert_eq!(
            not_text.to_string(),
            "not a text file (PNG image at byte 0)"
        );
        assert!(not_text.source().is_none());
    }
}
