//! `docpipe convert`: a batch of inputs → every requested format, in parallel.
//!
//! Inputs are found first (`inputs`), then converted with rayon across files and formats:
//! each file is read, converted and written, then dropped, so memory stays flat however
//! many files there are. A bad file never stops the batch; at the end comes a summary
//! ("998 converted, 2 failed"), one line per failure and per warning, and the exit code
//! (0 all converted, 1 some failed, 2 usage error).

use crate::cli::args::{creation_time, ReadSettings};
use crate::cli::flags::ConvertFlags;
use crate::cli::inputs::{collect_jobs, Job, Source};
use crate::cli::output::{remove_stale_temporaries, write_atomic};
use crate::cli::report::{Entry, Report};
use crate::cli::state::{options_hash, State};
use crate::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::export::{export, ExportOptions, Format};
use crate::style::house::HouseStyle;
use crate::style::Style;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Everything a conversion needs, checked once for the whole batch.
struct Plan {
    settings: ReadSettings,
    formats: Vec<Format>,
    house: Option<HouseStyle>,
    letter: bool,
    author: Option<String>,
    out_root: PathBuf,
    force: bool,
    /// The options every output's up-to-date hash covers (format added per output).
    fingerprint: Vec<String>,
}

/// Runs `convert`; returns the exit code.
pub fn run(flags: &ConvertFlags) -> u8 {
    let plan = match plan(flags) {
        Ok(plan) => plan,
        Err(message) => {
            eprintln!("docpipe: {message}");
            return EXIT_USAGE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&plan.out_root) {
        eprintln!(
            "docpipe: {}: cannot create the output folder: {e}",
            plan.out_root.display()
        );
        return EXIT_FAILED;
    }
    remove_stale_temporaries(&plan.out_root);
    let (jobs, refused) = collect_jobs(&flags.inputs, &plan.out_root, flags.name.as_deref());
    let state = State::load(&plan.out_root);
    let bar = progress_bar(jobs.len(), flags.quiet);
    let work = || {
        jobs.par_iter()
            .map(|job| {
                if let Some(bar) = &bar {
                    bar.set_message(job.display.clone());
                }
                // A panic is a bug, but one bad file must not take the batch down with it.
                let entry = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    convert_job(job, &plan, &state)
                }))
                .unwrap_or_else(|panic| {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    Entry::failed(job.display.clone(), format!("internal error: {what}"))
                });
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
                entry
            })
            .collect::<Vec<Entry>>()
    };
    let mut entries = match flags.jobs {
        Some(n) => match rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
        {
            Ok(pool) => pool.install(work),
            Err(e) => {
                eprintln!("docpipe: -j {n}: {e}");
                return EXIT_USAGE;
            }
        },
        None => work(),
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    entries.extend(
        refused
            .into_iter()
            .map(|r| Entry::failed(r.display, r.reason)),
    );
    if let Err(e) = state.save() {
        eprintln!("docpipe: warning: could not save the up-to-date state: {e}");
    }
    let report = Report { entries };
    if let Some(path) = &flags.report {
        if let Err(e) = write_atomic(path, report.to_json().as_bytes()) {
            eprintln!("docpipe: {}: cannot write the report: {e}", path.display());
        }
    }
    report.print_summary(flags.quiet);
    if report.failed() == 0 {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}

fn plan(flags: &ConvertFlags) -> Result<Plan, String> {
    let settings = ReadSettings::from_flags(&flags.read)?;
    let mut formats = Vec::new();
    for name in flags.to.split(',').filter(|s| !s.trim().is_empty()) {
        let format = Format::from_name(name)
            .ok_or_else(|| format!("-t: unknown format {name:?} (use pdf, docx, md, json)"))?;
        if !formats.contains(&format) {
            formats.push(format);
        }
    }
    if formats.is_empty() {
        return Err("-t: no output format given (use pdf, docx, md, json)".to_string());
    }
    let (house, house_text) = match &flags.style_file {
        Some(path) => {
            let house = HouseStyle::from_file(path)?;
            (
                Some(house),
                std::fs::read_to_string(path).unwrap_or_default(),
            )
        }
        None => (None, String::new()),
    };
    let letter = match flags.paper.as_deref() {
        None | Some("a4") | Some("A4") => false,
        Some("letter") | Some("Letter") => true,
        Some(other) => {
            return Err(format!(
                "--paper: unknown paper {other:?} (use a4 or letter)"
            ))
        }
    };
    let r = &flags.read;
    let fingerprint = vec![
        env!("CARGO_PKG_VERSION").to_string(),
        r.encoding.clone().unwrap_or_default(),
        r.strict.to_string(),
        r.from.clone().unwrap_or_default(),
        r.style.clone().unwrap_or_default(),
        house_text,
        letter.to_string(),
        flags.author.clone().unwrap_or_default(),
        std::env::var("SOURCE_DATE_EPOCH").unwrap_or_default(),
    ];
    Ok(Plan {
        settings,
        formats,
        house,
        letter,
        author: flags.author.clone(),
        out_root: flags.output.clone(),
        force: flags.force,
        fingerprint,
    })
}

fn progress_bar(total: usize, quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(total as u64);
    let style = ProgressStyle::with_template(
        "{bar:30} {pos}/{len} files  {per_sec}  ETA {eta}  {wide_msg}",
    )
    .ok()?;
    bar.set_style(style);
    Some(bar)
}

/// Converts one input into every format; never panics the batch, always returns an entry.
fn convert_job(job: &Job, plan: &Plan, state: &State) -> Entry {
    let started = Instant::now();
    let mut entry = Entry::new(job.display.clone());
    let outputs: Vec<(Format, PathBuf, String)> = plan
        .formats
        .iter()
        .map(|&f| {
            (
                f,
                job.output(&plan.out_root, f.extension()),
                job.relative_output(f.extension()),
            )
        })
        .collect();
    let hash = |format: Format| {
        let mut parts: Vec<&str> = plan.fingerprint.iter().map(String::as_str).collect();
        parts.push(format.extension());
        options_hash(&parts)
    };
    if let Source::File(path) = &job.source {
        if let Some(clash) = outputs.iter().find(|(_, out, _)| same_file(out, path)) {
            entry.error = Some(format!(
                "refusing to overwrite the input with its own output {}",
                clash.1.display()
            ));
            return entry.finish(started);
        }
        let all_fresh = !plan.force
            && outputs.iter().all(|(format, out, key)| {
                state.up_to_date(path, &[(out.clone(), key.clone())], &hash(*format))
            });
        if all_fresh {
            entry.skipped = true;
            entry.outputs = outputs.iter().map(|o| o.2.clone()).collect();
            return entry.finish(started);
        }
    }
    let (bytes, source_path) = match read_source(job, plan.settings.max_input_size) {
        Ok(read) => read,
        Err(e) => {
            entry.error = Some(e);
            return entry.finish(started);
        }
    };
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
            let exported = export(&read.document, *format, &options)
                .map_err(|e| format!("{}: {e}", format.extension()))?;
            write_atomic(path, &exported.bytes)
                .map_err(|e| format!("writing {}: {e}", path.display()))?;
            state.record(key.clone(), &hash(*format));
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
    entry.finish(started)
}

/// The style for a document: the built-in profile, letter paper if asked, house overrides.
fn style_for(plan: &Plan, kind: crate::model::StyleKind) -> Style {
    let mut style = Style::builtin(kind);
    if plan.letter {
        style = style.with_letter_paper();
    }
    match &plan.house {
        Some(house) => house.apply(style),
        None => style,
    }
}

/// The input's bytes and, for a file, its path. A file over `limit` bytes is refused
/// before it is read.
fn read_source(job: &Job, limit: u64) -> Result<(Vec<u8>, Option<PathBuf>), String> {
    match &job.source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok((bytes, None))
        }
        Source::File(path) => {
            let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
            if size > limit {
                return Err(crate::Error::TooLarge { size, limit }.to_string());
            }
            let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
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
