//! Validated arguments: flags turned into library options, with usage errors worded for
//! the user. Also reading one input file, shared by both subcommands.

use crate::cli::flags::ReadFlags;
use crate::error::Error;
use crate::model::StyleKind;
use crate::structure::InputFormat;
use crate::{ReadDocument, ReadOptions};
use std::path::Path;

/// Read settings checked once for the whole run.
#[derive(Debug, Clone)]
pub struct ReadSettings {
    /// Forced encoding.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// `--strict`.
    pub strict: bool,
    /// Forced input syntax.
    pub format: Option<InputFormat>,
    /// Forced style.
    pub style: Option<StyleKind>,
    /// Largest input accepted, in bytes.
    pub max_input_size: u64,
}

impl ReadSettings {
    /// Checks the read flags; the error is a usage message.
    pub fn from_flags(flags: &ReadFlags) -> Result<ReadSettings, String> {
        let encoding = match &flags.encoding {
            Some(label) => Some(
                crate::ingest::encoding_for_label(label).map_err(|e| format!("--encoding: {e}"))?,
            ),
            None => None,
        };
        let format = match &flags.from {
            Some(name) => Some(InputFormat::from_name(name).ok_or_else(|| {
                format!("--from: unknown input format {name:?} (use plain or markdown)")
            })?),
            None => None,
        };
        let style = match &flags.style {
            Some(name) => Some(StyleKind::from_name(name).ok_or_else(|| {
                format!("--style: unknown style {name:?} (use speech, gongwen or plain)")
            })?),
            None => None,
        };
        Ok(ReadSettings {
            encoding,
            strict: flags.strict,
            format,
            style,
            max_input_size: flags.max_input_size,
        })
    }

    /// The library's read options for one input at `path`.
    pub fn options_for(&self, path: &Path) -> ReadOptions {
        ReadOptions {
            encoding: self.encoding,
            strict: self.strict,
            format: Some(self.format.unwrap_or_else(|| InputFormat::from_path(path))),
            style: self.style,
        }
    }

    /// Reads and parses bytes already read from `path`.
    pub fn read_bytes(&self, path: &Path, bytes: &[u8]) -> Result<ReadDocument, Error> {
        if bytes.len() as u64 > self.max_input_size {
            return Err(Error::TooLarge {
                size: bytes.len() as u64,
                limit: self.max_input_size,
            });
        }
        crate::read_document(bytes, &self.options_for(path))
    }

    /// Reads and parses the file at `path`, refusing one over the size limit before
    /// reading it.
    pub fn read_file(&self, path: &Path) -> Result<ReadDocument, Error> {
        let size = std::fs::metadata(path)?.len();
        if size > self.max_input_size {
            return Err(Error::TooLarge {
                size,
                limit: self.max_input_size,
            });
        }
        let bytes = std::fs::read(path)?;
        self.read_bytes(path, &bytes)
    }
}

/// The creation time written into outputs: SOURCE_DATE_EPOCH when set, else the input's
/// modification time, else 0 — never the wall clock.
pub fn creation_time(input: Option<&Path>) -> i64 {
    if let Some(epoch) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
    {
        return epoch;
    }
    input
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
