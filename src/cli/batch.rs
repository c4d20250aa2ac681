//! `docpipe convert`: read every input, run the exporters, write the outputs.

use crate::cli::args::{creation_time, ReadSettings};
use crate::cli::flags::ConvertFlags;
use crate::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::export::{export, ExportOptions, Format};
use crate::style::Style;
use rayon::prelude::*;
use std::path::Path;

/// Runs `convert`; returns the exit code.
pub fn run(flags: &ConvertFlags) -> u8 {
    let settings = match ReadSettings::from_flags(&flags.read) {
        Ok(s) => s,
        Err(message) => {
            eprintln!("docpipe: {message}");
            return EXIT_USAGE;
        }
    };
    let mut formats = Vec::new();
    for name in flags.to.split(',').filter(|s| !s.trim().is_empty()) {
        match Format::from_name(name) {
            Some(f) if !formats.contains(&f) => formats.push(f),
            Some(_) => {}
            None => {
                eprintln!("docpipe: -t: unknown format {name:?} (use pdf, docx, md, json)");
                return EXIT_USAGE;
            }
        }
    }
    if let Err(e) = std::fs::create_dir_all(&flags.output) {
        eprintln!(
            "docpipe: {}: cannot create output folder: {e}",
            flags.output.display()
        );
        return EXIT_FAILED;
    }
    let failures: Vec<String> = flags
        .inputs
        .par_iter()
        .filter_map(|input| convert_one(input, &flags.output, &formats, &settings, flags).err())
        .collect();
    for f in &failures {
        eprintln!("docpipe: {f}");
    }
    if failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}

fn convert_one(
    input: &Path,
    out_dir: &Path,
    formats: &[Format],
    settings: &ReadSettings,
    flags: &ConvertFlags,
) -> Result<(), String> {
    let source = input.display().to_string();
    let read = settings
        .read_file(input)
        .map_err(|e| format!("{source}: {e}"))?;
    for w in &read.warnings {
        eprintln!("docpipe: warning: {source}: {w}");
    }
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".to_string());
    let options = ExportOptions {
        source: source.clone(),
        stem: stem.clone(),
        encoding: read.encoding.to_string(),
        read_warnings: read.warnings.clone(),
        created_unix: creation_time(Some(input)),
        author: flags.author.clone(),
        style: Style::builtin(read.document.style),
    };
    let results: Vec<Result<(), String>> = formats
        .par_iter()
        .map(|&format| {
            let exported =
                export(&read.document, format, &options).map_err(|e| format!("{source}: {e}"))?;
            for w in &exported.warnings {
                eprintln!("docpipe: warning: {source}: {w}");
            }
            let target = out_dir.join(format!("{stem}.{}", format.extension()));
            write_atomic(&target, &exported.bytes)
                .map_err(|e| format!("{source}: writing {}: {e}", target.display()))
        })
        .collect();
    results.into_iter().collect()
}

/// Writes `bytes` to a temporary file beside `target`, then renames it into place, so a
/// reader never sees a half-written output.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".docpipe-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_data()?;
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}
