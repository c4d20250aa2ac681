//! The batch's account of itself: one entry per input, the summary printed at the end,
//! and the `--report` JSON (path, encoding, style, outputs, warnings, error, milliseconds).

use crate::cli::messages;
use serde::Serialize;
use std::time::Instant;

/// What happened to one input.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The input as named.
    pub path: String,
    /// The encoding it was read as.
    pub encoding: Option<String>,
    /// The style it was laid out in.
    pub style: Option<String>,
    /// Outputs written (relative to the output folder).
    pub outputs: Vec<String>,
    /// Warnings (lossy decoding, missing glyphs).
    pub warnings: Vec<String>,
    /// Fonts installed on this machine that drew characters no bundled font has (the PDF
    /// then depends on the machine; `--no-system-fonts` prevents it).
    pub system_fonts: Vec<String>,
    /// Why it failed, if it did.
    pub error: Option<String>,
    /// True when its outputs were up to date and nothing was written.
    pub skipped: bool,
    /// Time spent on it.
    pub milliseconds: u64,
    /// Its path relative to its input folder (the manifest's key).
    #[serde(skip)]
    pub relative: Option<String>,
    /// Its size, when it was read.
    #[serde(skip)]
    pub bytes: Option<u64>,
    /// SHA-256 of its content, when it was read.
    #[serde(skip)]
    pub sha256: Option<String>,
}

impl Entry {
    /// A fresh entry for `path`.
    pub fn new(path: String) -> Entry {
        Entry {
            path,
            encoding: None,
            style: None,
            outputs: Vec::new(),
            warnings: Vec::new(),
            system_fonts: Vec::new(),
            error: None,
            skipped: false,
            milliseconds: 0,
            relative: None,
            bytes: None,
            sha256: None,
        }
    }

    /// An entry for an input refused before conversion.
    pub fn failed(path: String, reason: String) -> Entry {
        let mut e = Entry::new(path);
        e.error = Some(reason);
        e
    }

    /// Stamps the time spent since `started`.
    pub fn finish(mut self, started: Instant) -> Entry {
        self.milliseconds = started.elapsed().as_millis() as u64;
        self
    }
}

/// All entries of a batch.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// One entry per input, in input order (refused inputs last).
    pub entries: Vec<Entry>,
}

impl Report {
    /// How many inputs failed.
    pub fn failed(&self) -> usize {
        self.entries.iter().filter(|e| e.error.is_some()).count()
    }

    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Prints "N converted, M failed" (and up-to-date skips), then one line per failure and
    /// per kind of warning, on stderr. `quiet` keeps only the failures (and the summary
    /// when something failed).
    pub fn print_summary(&self, quiet: bool) {
        let failed = self.failed();
        let skipped = self.entries.iter().filter(|e| e.skipped).count();
        let converted = self.entries.len() - failed - skipped;
        if !quiet || failed > 0 {
            let mut line = format!("{converted} converted, {failed} failed");
            if skipped > 0 {
                line.push_str(&format!(", {skipped} up to date"));
            }
            eprintln!("docpipe: {line}");
        }
        for e in &self.entries {
            if let Some(error) = &e.error {
                messages::file_error(&e.path, error);
            }
        }
        for e in &self.entries {
            for w in messages::group_warnings(&e.warnings) {
                messages::file_warning(quiet, &e.path, &w);
            }
        }
    }
}
