//! `docpipe inspect`: what docpipe finds in each file (or standard input, `-`), for people
//! or (with `--json`) tools.

use crate::cli::args::ReadSettings;
use crate::cli::flags::InspectFlags;
use crate::cli::messages;
use crate::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use docpipe::export::json;
use docpipe::model::BlockKind;
use docpipe::ReadDocument;
use std::io::Write;

/// Runs `inspect`; returns the exit code.
pub fn run(flags: &InspectFlags) -> u8 {
    let settings = match ReadSettings::from_flags(&flags.read) {
        Ok(s) => s,
        Err(message) => {
            messages::error(&message);
            return EXIT_USAGE;
        }
    };
    let mut code = EXIT_OK;
    let mut values = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &flags.files {
        let source = path.display().to_string();
        let read = if path.as_os_str() == "-" {
            settings.read_stdin()
        } else {
            settings.read_file(path)
        };
        match read {
            Ok(read) => {
                for w in messages::group_warnings(&read.warnings) {
                    messages::file_warning(false, &source, &w);
                }
                if flags.json {
                    values.push(json::document_value(
                        &read.document,
                        &source,
                        read.encoding,
                        &read.warnings,
                    ));
                } else {
                    let _ = out.write_all(human(&source, &read).as_bytes());
                }
            }
            Err(e) => {
                messages::file_error(&source, &e.to_string());
                code = EXIT_FAILED;
            }
        }
    }
    if flags.json && !values.is_empty() {
        let value = if flags.files.len() == 1 && values.len() == 1 {
            values.remove(0)
        } else {
            serde_json::Value::Array(values)
        };
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    }
    code
}

/// The human-readable summary: encoding, style, warnings, then one line a block.
fn human(source: &str, read: &ReadDocument) -> String {
    let mut s = format!(
        "{source}\n  encoding: {}\n  style: {}\n",
        read.encoding,
        read.document.style.name()
    );
    for w in &read.warnings {
        s.push_str(&format!("  warning: {w}\n"));
    }
    for block in &read.document.blocks {
        let tag = match &block.kind {
            BlockKind::Heading(h) => format!("H{}", h.level),
            other => other.name().to_string(),
        };
        let text = block.plain_text();
        let mut short: String = text.chars().take(40).collect();
        if text.chars().count() > 40 {
            short.push('…');
        }
        let run_in = match block.heading() {
            Some(h) if h.run_in => " (run-in)",
            _ => "",
        };
        s.push_str(&format!("  {tag} {}{run_in}\n", short.replace('\n', "⏎")));
    }
    s
}
