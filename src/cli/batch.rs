//! `docpipe convert`: a batch of inputs → every requested format, in parallel.
//!
//! Inputs are found first (`inputs`), then converted with rayon across files and formats:
//! each file is read, converted and written, then dropped, so memory stays flat however
//! many files there are. A bad file never stops the batch; at the end comes a summary
//! ("998 converted, 2 failed"), one line per failure and per warning, and the exit code
//! (0 all converted, 1 some failed, 2 usage error).

use crate::cli::flags::ConvertFlags;
use crate::cli::inputs::collect_jobs;
use crate::cli::job::convert_job;
use crate::cli::manifest::{self, Manifest};
use crate::cli::messages;
use crate::cli::output::{remove_stale_temporaries, write_atomic};
use crate::cli::plan::{
    check_output_outside_inputs, check_report_path, jobs, plan, Destination, Plan,
};
use crate::cli::report::{Entry, Report};
use crate::cli::state::State;
use crate::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::Path;

/// Runs `convert`; returns the exit code.
pub fn run(flags: &ConvertFlags) -> u8 {
    let plan = match plan(flags) {
        Ok(plan) => plan,
        Err(message) => {
            messages::error(&message);
            return EXIT_USAGE;
        }
    };
    let threads = match jobs(flags.jobs, flags.quiet) {
        Ok(pool) => pool,
        Err(message) => {
            messages::error(&message);
            return EXIT_USAGE;
        }
    };
    if let Err(message) = check_output_outside_inputs(&flags.inputs, &plan.destination) {
        messages::error(&message);
        return EXIT_USAGE;
    }
    let found = collect_jobs(
        &flags.inputs,
        plan.out_root(),
        flags.follow,
        flags.name.as_deref(),
    );
    let (mut jobs, mut refused, mut skipped) = (found.jobs, found.refused, found.skipped);
    if let Some(shard) = plan.shard {
        jobs.retain(|job| shard.takes(&job.relative));
        // Inputs refused or skipped while walking have no relative path; their names
        // decide, so each is reported by one shard only.
        refused.retain(|r| shard.takes(Path::new(&r.display)));
        skipped.retain(|r| shard.takes(Path::new(&r.display)));
    }
    for skipped in &skipped {
        messages::note(
            flags.quiet,
            &format!("{}: skipped: {}", skipped.display, skipped.reason),
        );
    }
    if flags.list {
        let mut out = std::io::stdout().lock();
        for job in &jobs {
            if writeln!(out, "{}", job.display).is_err() {
                break;
            }
        }
        for r in &refused {
            messages::file_error(&r.display, &r.reason);
        }
        return if refused.is_empty() {
            EXIT_OK
        } else {
            EXIT_FAILED
        };
    }
    if plan.out_root().is_none() && jobs.len() > 1 {
        messages::error(&format!(
            "-o {}: writes one input's output, and there are {} inputs; give -o a folder",
            flags.output.display(),
            jobs.len()
        ));
        return EXIT_USAGE;
    }
    for (flag, path) in [("--report", &flags.report), ("--manifest", &flags.manifest)] {
        if let Some(path) = path {
            if let Err(message) = check_report_path(flag, path, &jobs, &plan) {
                messages::error(&message);
                return EXIT_USAGE;
            }
        }
    }
    if let Some(root) = plan.out_root() {
        if let Err(e) = std::fs::create_dir_all(root) {
            messages::file_error(
                &root.display().to_string(),
                &format!("cannot create the output folder: {e}"),
            );
            return EXIT_FAILED;
        }
        // A shard may share its output folder with shards still writing.
        let min_age = match plan.shard {
            Some(_) => SHARD_TEMPORARY_AGE,
            None => std::time::Duration::ZERO,
        };
        remove_stale_temporaries(root, min_age);
    }
    let manifest = match &flags.manifest {
        Some(path) => match Manifest::open(path) {
            Ok((manifest, ignored)) => {
                if ignored > 0 {
                    messages::note(
                        flags.quiet,
                        &format!(
                            "--manifest {}: ignored {ignored} unreadable line(s) (a run \
                             killed while writing); their inputs are done again",
                            path.display()
                        ),
                    );
                }
                Some(manifest)
            }
            Err(e) => {
                messages::file_error(
                    &path.display().to_string(),
                    &format!("cannot open the manifest: {e}"),
                );
                return EXIT_USAGE;
            }
        },
        None => None,
    };
    let state = plan
        .out_root()
        .map(|root| State::load(root, &plan.state_file));
    let bar = progress_bar(
        jobs.len(),
        flags.quiet || plan.destination == Destination::Stdout,
    );
    let work = || {
        jobs.par_iter()
            .map(|job| {
                if let Some(bar) = &bar {
                    bar.set_message(job.display.clone());
                }
                // A panic is a bug, but one bad file must not take the batch down with it.
                let entry = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    convert_job(job, &plan, state.as_ref(), manifest.as_ref())
                }))
                .unwrap_or_else(|panic| {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let mut entry =
                        Entry::failed(job.display.clone(), format!("internal error: {what}"));
                    entry.relative = Some(job.relative.to_string_lossy().into_owned());
                    entry
                });
                if let Some(manifest) = &manifest {
                    record(manifest, &entry, &plan, flags.quiet);
                }
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
                entry
            })
            .collect::<Vec<Entry>>()
    };
    let mut entries = match threads {
        Some(pool) => pool.install(work),
        None => work(),
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let refused: Vec<Entry> = refused
        .into_iter()
        .map(|r| Entry::failed(r.display, r.reason))
        .collect();
    if let Some(manifest) = &manifest {
        for entry in &refused {
            record(manifest, entry, &plan, flags.quiet);
        }
        if let Err(e) = manifest.finish() {
            messages::note(flags.quiet, &format!("could not rewrite the manifest: {e}"));
        }
    }
    entries.extend(refused);
    if let Some(Err(e)) = state.as_ref().map(State::save) {
        messages::note(
            flags.quiet,
            &format!("could not save the up-to-date state: {e}"),
        );
    }
    let report = Report { entries };
    let mut code = if report.failed() == 0 {
        EXIT_OK
    } else {
        EXIT_FAILED
    };
    if let Some(path) = &flags.report {
        if let Err(e) = write_atomic(path, report.to_json().as_bytes()) {
            messages::file_error(
                &path.display().to_string(),
                &format!("cannot write the report: {e}"),
            );
            code = EXIT_FAILED;
        }
    }
    report.print_summary(flags.quiet);
    code
}

/// How old a leftover temporary file must be before a shard removes it: younger ones may
/// belong to another shard writing into the same output folder.
const SHARD_TEMPORARY_AGE: std::time::Duration = std::time::Duration::from_secs(600);

/// Appends `entry`'s line to the manifest; a failed write is a note (the outputs stand;
/// the input will just be done again by a rerun).
fn record(manifest: &Manifest, entry: &Entry, plan: &Plan, quiet: bool) {
    let status = if entry.error.is_some() {
        manifest::FAILED
    } else if entry.skipped {
        manifest::UP_TO_DATE
    } else {
        manifest::CONVERTED
    };
    let line = manifest::Line {
        path: entry.relative.clone().unwrap_or_else(|| entry.path.clone()),
        bytes: entry.bytes,
        sha256: entry.sha256.clone(),
        options: plan.options_key.clone(),
        outputs: entry.outputs.clone(),
        status: status.to_string(),
        error: entry.error.clone(),
        milliseconds: entry.milliseconds,
    };
    if let Err(e) = manifest.record(&line) {
        messages::note(quiet, &format!("could not append to the manifest: {e}"));
    }
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
