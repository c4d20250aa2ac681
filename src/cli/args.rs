//! Validated arguments: flags turned into library options, with usage errors worded for
//! the user. Also reading one input file, shared by both subcommands, and the run's font
//! book (where the program looks for font files is the program's business, not the
//! library's).

use crate::cli::flags::ReadFlags;
use docpipe::error::Error;
use docpipe::fonts::FontBook;
use docpipe::model::StyleKind;
use docpipe::structure::InputFormat;
use docpipe::{ReadDocument, ReadOptions};
use std::path::{Path, PathBuf};

/// The font book of a run, built once and shared by every worker, so each font is read
/// and parsed once per process: see [`font_dirs`] for where font files are looked for.
pub fn font_book() -> FontBook {
    FontBook::new(font_dirs())
}

/// The folders searched for a font named without a folder, in order: `$DOCPIPE_FONT_DIR`
/// and `fonts/` beside the executable. Where neither has the file, the copy compiled into
/// the binary is used. A cargo build in a clone does not look in the clone's `fonts/`:
/// those are the files compiled in (cargo rebuilds when one changes), and reading them
/// cost every run ~18 MB of reads and ~15% of a 20-document batch's CPU.
pub fn font_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os("DOCPIPE_FONT_DIR") {
        dirs.push(PathBuf::from(dir));
    }
    if let Some(bin) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
    {
        dirs.push(bin.join("fonts"));
    }
    dirs
}

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
                docpipe::ingest::encoding_for_label(label)
                    .map_err(|e| format!("--encoding: {e}"))?,
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
        docpipe::read_document(bytes, &self.options_for(path))
    }

    /// Reads and parses the file at `path`, refusing one over the size limit before
    /// reading it, and anything but a regular file or a FIFO.
    pub fn read_file(&self, path: &Path) -> Result<ReadDocument, Error> {
        use std::os::unix::fs::FileTypeExt;
        let file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        let kind = meta.file_type();
        if !(kind.is_file() || kind.is_fifo()) {
            return Err(Error::Io(std::io::Error::other(format!(
                "not a regular file ({})",
                crate::cli::inputs::kind_name(&kind)
            ))));
        }
        if meta.is_file() && meta.len() > self.max_input_size {
            return Err(Error::TooLarge {
                size: meta.len(),
                limit: self.max_input_size,
            });
        }
        let bytes = read_limited(file, self.max_input_size, meta.len())?
            .ok_or_else(|| self.over_limit())?;
        self.read_bytes(path, &bytes)
    }

    /// Reads and parses standard input (Markdown only with `--from markdown`).
    pub fn read_stdin(&self) -> Result<ReadDocument, Error> {
        let bytes = read_limited(std::io::stdin().lock(), self.max_input_size, 0)?
            .ok_or_else(|| self.over_limit())?;
        self.read_bytes(Path::new("stdin"), &bytes)
    }

    /// The error for a stream found to be over the size limit.
    pub fn over_limit(&self) -> Error {
        Error::Io(std::io::Error::other(format!(
            "input is more than the limit of {} bytes (reading stopped there)",
            self.max_input_size
        )))
    }
}

/// Reads `reader` to its end, but never more than `limit` bytes: `None` if there is more.
/// `size_hint` (a regular file's size, 0 for a stream) sizes the buffer.
pub fn read_limited(
    reader: impl std::io::Read,
    limit: u64,
    size_hint: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(usize::try_from(size_hint.min(limit)).unwrap_or(0));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

impl ReadSettings {}

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
