//! `--manifest FILE.jsonl`: a record of a run that a rerun can trust, one JSON line per
//! input.
//!
//! Each line holds the input's relative path, its size, its SHA-256, the hash of the
//! options it was converted with, its outputs, its status (`converted`, `up to date` or
//! `failed`), the error and the milliseconds spent. A rerun with the same manifest skips
//! an input whose content and options are unchanged and whose outputs are all there, and
//! redoes a failed one.
//!
//! Crash safety: a line is appended (one write) and flushed as each input finishes, so a
//! killed process leaves every finished input recorded and at most its last line torn.
//! Reading tolerates that: a line that does not parse is ignored (its input is simply
//! done again). When a run ends, and when a run starts over a manifest, the file is
//! rewritten atomically (temporary file, then rename) with one line per input, the
//! latest; lines for inputs this run did not see (another shard's, a deleted file's)
//! are kept.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Status of an input converted by this run.
pub const CONVERTED: &str = "converted";
/// Status of an input whose outputs were already up to date.
pub const UP_TO_DATE: &str = "up to date";
/// Status of an input that failed.
pub const FAILED: &str = "failed";

/// One line of the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// The input's path relative to its input folder (its name, if named directly).
    pub path: String,
    /// Its size in bytes (`None` when it could not be read).
    pub bytes: Option<u64>,
    /// SHA-256 of its content, hex (`None` when it could not be read).
    pub sha256: Option<String>,
    /// Hash of the options it was converted with.
    pub options: String,
    /// Outputs, relative to the output folder.
    pub outputs: Vec<String>,
    /// `converted`, `up to date` or `failed`.
    pub status: String,
    /// Why it failed.
    pub error: Option<String>,
    /// Time spent on it.
    pub milliseconds: u64,
}

impl Line {
    /// True if and only if this line says the input was done (not failed) from
    /// `sha256` with `options`, into exactly `outputs`.
    pub fn done_with(&self, sha256: &str, options: &str, outputs: &[String]) -> bool {
        self.status != FAILED
            && self.sha256.as_deref() == Some(sha256)
            && self.options == options
            && self.outputs == outputs
    }
}

/// An open manifest: what earlier runs recorded, and the file this run appends to.
#[derive(Debug)]
pub struct Manifest {
    path: PathBuf,
    /// Earlier runs' lines, for the skip decision (never changed during the run). This
    /// run's lines are only in the file: memory holds one line per input, not two.
    before: BTreeMap<String, Line>,
    file: Mutex<std::fs::File>,
}

impl Manifest {
    /// Opens (or creates) the manifest at `path`: reads what it records, ignoring lines
    /// that do not parse (a torn last line), rewrites it atomically without them, and
    /// opens it for appending. Returns it and how many lines were ignored.
    pub fn open(path: &Path) -> std::io::Result<(Manifest, usize)> {
        let (before, ignored) = match std::fs::read(path) {
            Ok(bytes) => parse(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (BTreeMap::new(), 0),
            Err(e) => return Err(e),
        };
        crate::cli::output::write_atomic(path, &render(&before))?;
        let file = std::fs::OpenOptions::new().append(true).open(path)?;
        Ok((
            Manifest {
                path: path.to_path_buf(),
                before,
                file: Mutex::new(file),
            },
            ignored,
        ))
    }

    /// What an earlier run recorded for `path`.
    pub fn previous(&self, path: &str) -> Option<&Line> {
        self.before.get(path)
    }

    /// Appends `line` (one write, flushed).
    pub fn record(&self, line: &Line) -> std::io::Result<()> {
        let mut text = serde_json::to_string(line).map_err(std::io::Error::other)?;
        text.push('\n');
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.write_all(text.as_bytes())?;
        file.flush()
    }

    /// Rewrites the manifest atomically, one line per input (the latest), sorted by path.
    pub fn finish(&self) -> std::io::Result<()> {
        let _appends = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let (lines, _) = parse(&std::fs::read(&self.path)?);
        crate::cli::output::write_atomic(&self.path, &render(&lines))
    }
}

/// The lines of a manifest, the latest per path, and how many lines did not parse.
fn parse(bytes: &[u8]) -> (BTreeMap<String, Line>, usize) {
    let mut lines = BTreeMap::new();
    let mut ignored = 0;
    for raw in bytes.split(|&b| b == b'\n') {
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Line>(raw) {
            Ok(line) => {
                lines.insert(line.path.clone(), line);
            }
            Err(_) => ignored += 1,
        }
    }
    (lines, ignored)
}

fn render(lines: &BTreeMap<String, Line>) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines.values() {
        if let Ok(text) = serde_json::to_string(line) {
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(path: &str, status: &str) -> Line {
        Line {
            path: path.to_string(),
            bytes: Some(3),
            sha256: Some("abc".to_string()),
            options: "opt".to_string(),
            outputs: vec![format!("{path}.md")],
            status: status.to_string(),
            error: None,
            milliseconds: 1,
        }
    }

    #[test]
    fn a_torn_last_line_is_ignored_and_the_rest_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.jsonl");
        let (m, ignored) = Manifest::open(&path).unwrap();
        assert_eq!(ignored, 0);
        m.record(&line("a", CONVERTED)).unwrap();
        m.record(&line("b", FAILED)).unwrap();
        m.record(&line("c", CONVERTED)).unwrap();
        drop(m);
        // Kill mid-write: the last line loses its end.
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, &text[..text.len() - 20]).unwrap();
        let (m, ignored) = Manifest::open(&path).unwrap();
        assert_eq!(ignored, 1);
        assert!(m
            .previous("a")
            .unwrap()
            .done_with("abc", "opt", &["a.md".into()]));
        assert!(!m
            .previous("b")
            .unwrap()
            .done_with("abc", "opt", &["b.md".into()]));
        assert!(m.previous("c").is_none());
        // The torn line is gone from the file, so appends start on a line of their own.
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 2);
        m.record(&line("c", CONVERTED)).unwrap();
        m.record(&line("b", CONVERTED)).unwrap();
        m.finish().unwrap();
        let (m, ignored) = Manifest::open(&path).unwrap();
        assert_eq!(ignored, 0);
        assert_eq!(m.previous("b").unwrap().status, CONVERTED);
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 3);
    }

    #[test]
    fn changed_content_options_or_outputs_are_not_done() {
        let l = line("a", CONVERTED);
        assert!(l.done_with("abc", "opt", &["a.md".into()]));
        assert!(!l.done_with("abd", "opt", &["a.md".into()]));
        assert!(!l.done_with("abc", "opt2", &["a.md".into()]));
        assert!(!l.done_with("abc", "opt", &["a.md".into(), "a.pdf".into()]));
        assert!(line("a", UP_TO_DATE).done_with("abc", "opt", &["a.md".into()]));
    }
}
