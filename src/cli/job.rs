//! One input through the pipeline: read it (regular files only, the size limit enforced
//! while reading), decode, read its structure, and write each requested format
//! atomically, skipping outputs whose input content and options are unchanged.

use crate::cli::args::{creation_time, read_limited, ReadSettings};
use crate::cli::inputs::{kind_name, Job, Source};
use crate::cli::manifest::Manifest;
use crate::cli::output::write_atomic;
use crate::cli::plan::{style_for, Plan};
use crate::cli::report::Entry;
use crate::cli::state::{options_hash, State};
use docpipe::export::{export, ExportOptions, Format};
use rayon::prelude::*;
use std::io::Write;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Converts one input into every format; never panics the batch, always returns an entry.
pub(super) fn convert_job(
    job: &Job,
    plan: &Plan,
    state: Option<&State>,
    manifest: Option<&Manifest>,
) -> Entry {
    let started = Instant::now();
    let mut entry = Entry::new(job.display.clone());
    entry.relative = Some(job.relative.to_string_lossy().into_owned());
    let outputs: Vec<(Format, Option<PathBuf>, String)> = plan
        .formats
        .iter()
        .map(|&f| {
            let (path, key) = plan.target(job, f);
            (f, path, key)
        })
        .collect();
    if let Source::File(path) = &job.source {
        let clash = outputs
            .iter()
            .filter_map(|(_, out, _)| out.as_ref())
            .find(|out| same_file(out, path));
        if let Some(clash) = clash {
            entry.error = Some(format!(
                "refusing to overwrite the input with its own output {}",
                clash.display()
            ));
            return entry.finish(started);
        }
    }
    let (bytes, source_path) = match read_source(job, &plan.settings) {
        Ok(read) => read,
        Err(e) => {
            entry.error = Some(e);
            return entry.finish(started);
        }
    };
    // Up to date means: every output exists and was written from these very bytes with
    // these options (modification times prove nothing: an edit may keep them).
    let content = content_hash(&bytes);
    entry.bytes = Some(bytes.len() as u64);
    entry.sha256 = Some(content.clone());
    let hash = |format: Format| {
        let mut parts: Vec<&str> = plan.fingerprint.iter().map(String::as_str).collect();
        parts.push(format.extension());
        parts.push(&content);
        options_hash(&parts)
    };
    let keys: Vec<String> = outputs.iter().map(|o| o.2.clone()).collect();
    let recorded = manifest
        .filter(|_| !plan.force)
        .and_then(|m| m.previous(entry.relative.as_deref().unwrap_or_default()))
        .is_some_and(|line| line.done_with(&content, &plan.options_key, &keys))
        && outputs
            .iter()
            .all(|(_, out, _)| out.as_ref().is_some_and(|out| out.is_file()));
    if recorded {
        entry.skipped = true;
        entry.outputs = keys;
        return entry.finish(started);
    }
    if let Some(state) = state.filter(|_| !plan.force) {
        let all_fresh = outputs.iter().all(|(format, out, key)| {
            out.as_ref()
                .is_some_and(|out| state.up_to_date(&[(out.clone(), key.clone())], &hash(*format)))
        });
        if all_fresh {
            entry.skipped = true;
            entry.outputs = outputs.iter().map(|o| o.2.clone()).collect();
            return entry.finish(started);
        }
    }
    let format_path = source_path
        .clone()
        .unwrap_or_else(|| PathBuf::from(&job.stem));
    let read = match plan.settings.read_bytes(&format_path, &bytes) {
        Ok(read) => read,
        Err(e) => {
            entry.error = Some(e.to_string());
            return entry.finish(started);
        }
    };
    drop(bytes);
    entry.encoding = Some(read.encoding.to_string());
    entry.style = Some(read.document.style.name().to_string());
    entry.warnings.extend(read.warnings.iter().cloned());
    let options = ExportOptions {
        source: job.display.clone(),
        stem: job.stem.to_string_lossy().into_owned(),
        encoding: read.encoding.to_string(),
        read_warnings: read.warnings.clone(),
        created_unix: creation_time(source_path.as_deref()),
        author: plan.author.clone(),
        style: style_for(plan, read.document.style),
    };
    let results: Vec<Result<(String, Vec<String>), String>> = outputs
        .par_iter()
        .map(|(format, path, key)| {
            let exported = export(&read.document, *format, &options, &plan.fonts)
                .map_err(|e| format!("{}: {e}", format.extension()))?;
            match path {
                Some(path) => write_atomic(path, &exported.bytes)
                    .map_err(|e| format!("writing {}: {e}", path.display()))?,
                None => {
                    // A reader that stops early (`| head`) is not a failure.
                    let mut out = std::io::stdout().lock();
                    match out.write_all(&exported.bytes).and_then(|()| out.flush()) {
                        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                            return Err(format!("writing standard output: {e}"));
                        }
                        _ => {}
                    }
                }
            }
            if let Some(state) = state {
                state.record(key.clone(), &hash(*format));
            }
            Ok((key.clone(), exported.warnings))
        })
        .collect();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok((key, warnings)) => {
                entry.outputs.push(key);
                for w in warnings {
                    if !entry.warnings.contains(&w) {
                        entry.warnings.push(w);
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        entry.error = Some(errors.join("; "));
    }
    for warning in &entry.warnings {
        if let Some(font) = docpipe::layout::system_font_of_warning(warning) {
            if !entry.system_fonts.iter().any(|f| f == font) {
                entry.system_fonts.push(font.to_string());
            }
        }
    }
    entry.finish(started)
}

/// SHA-256 of `bytes`, in hex.
fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The input's bytes and, for a file, its path. The size limit holds while reading: a
/// regular file over it is refused before it is read, and a stream (standard input, a
/// FIFO) is read up to one byte past it, never further.
fn read_source(job: &Job, settings: &ReadSettings) -> Result<(Vec<u8>, Option<PathBuf>), String> {
    let limit = settings.max_input_size;
    match &job.source {
        Source::Stdin => {
            let bytes = read_limited(std::io::stdin().lock(), limit, 0)
                .map_err(|e| format!("cannot read standard input: {e}"))?
                .ok_or_else(|| settings.over_limit().to_string())?;
            Ok((bytes, None))
        }
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
            let meta = file.metadata().map_err(|e| e.to_string())?;
            let kind = meta.file_type();
            if !(kind.is_file() || kind.is_fifo()) {
                return Err(format!("not a regular file ({})", kind_name(&kind)));
            }
            if meta.is_file() && meta.len() > limit {
                return Err(docpipe::Error::TooLarge {
                    size: meta.len(),
                    limit,
                }
                .to_string());
            }
            let bytes = read_limited(file, limit, meta.len())
                .map_err(|e| e.to_string())?
                .ok_or_else(|| settings.over_limit().to_string())?;
            Ok((bytes, Some(path.clone())))
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
