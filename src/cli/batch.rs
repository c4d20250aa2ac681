//! `docpipe convert`: a batch of inputs → every requested format, in parallel.
//!
//! Inputs are found first (`inputs`), then converted with rayon across files and formats:
//! each file is read, converted and written, then dropped, so memory stays flat however
//! many files there are. A bad file never stops the batch; at the end comes a summary
//! ("998 converted, 2 failed"), one line per failure and per warning, and the exit code
//! (0 all converted, 1 some failed, 2 usage error).

use crate::cli::args::{creation_time, font_book, read_limited, ReadSettings};
use crate::cli::flags::ConvertFlags;
use crate::cli::inputs::{collect_jobs, kind_name, Job, Source};
use crate::cli::manifest::{self, Manifest};
use crate::cli::messages;
use crate::cli::output::{remove_stale_temporaries, write_atomic};
use crate::cli::report::{Entry, Report};
use crate::cli::shard::Shard;
use crate::cli::state::{options_hash, shard_state_file, State, STATE_FILE};
use crate::cli::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use docpipe::export::{export, ExportOptions, Format};
use docpipe::fonts::FontBook;
use docpipe::style::house::HouseStyle;
use docpipe::style::Style;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::{Component, Path, PathBuf};
use std::time::Instant;

/// Where the outputs go.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Destination {
    /// A folder mirroring the input tree (`-o DIR`, the default).
    Folder(PathBuf),
    /// One file (`-o name.pdf`): one input, the format from the extension.
    File(PathBuf),
    /// Standard output (`-o -`): one input, one format.
    Stdout,
}

/// Everything a conversion needs, checked once for the whole batch.
struct Plan {
    settings: ReadSettings,
    formats: Vec<Format>,
    house: Option<HouseStyle>,
    letter: bool,
    author: Option<String>,
    destination: Destination,
    force: bool,
    /// The options every output's up-to-date hash covers (format and content added per
    /// output).
    fingerprint: Vec<String>,
    /// The hash of `fingerprint`: the manifest's options hash.
    options_key: String,
    /// `--no-system-fonts`.
    no_system_fonts: bool,
    /// `--mono`.
    mono: bool,
    /// The fonts every PDF is laid out with, shared by the workers.
    fonts: FontBook,
    /// `--shard`.
    shard: Option<Shard>,
    /// The up-to-date state file's name in the output folder.
    state_file: String,
}

impl Plan {
    /// The output folder, when outputs go to one.
    fn out_root(&self) -> Option<&Path> {
        match &self.destination {
            Destination::Folder(root) => Some(root),
            _ => None,
        }
    }

    /// Where `job`'s output in `format` goes (`None`: standard output), and its key in the
    /// report and the state file.
    fn target(&self, job: &Job, format: Format) -> (Option<PathBuf>, String) {
        match &self.destination {
            Destination::Folder(root) => (
                Some(job.output(root, format.extension())),
                job.relative_output(format.extension()),
            ),
            Destination::File(path) => (Some(path.clone()), path.display().to_string()),
            Destination::Stdout => (None, "-".to_string()),
        }
    }
}

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

/// Most threads per core `-j` may ask for: more only adds switching.
const THREADS_PER_CORE: usize = 4;

/// The thread pool for `-j N` (`None`: rayon's default, one thread a core). `N` above
/// four times the cores is capped, with a note.
fn jobs(asked: Option<usize>, quiet: bool) -> Result<Option<rayon::ThreadPool>, String> {
    let Some(asked) = asked else {
        return Ok(None);
    };
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let cap = cores * THREADS_PER_CORE;
    let n = if asked > cap {
        messages::note(
            quiet,
            &format!("-j {asked}: using {cap} threads ({THREADS_PER_CORE} × {cores} cores)"),
        );
        cap
    } else {
        asked.max(1)
    };
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map(Some)
        .map_err(|e| format!("-j {asked}: {e}"))
}

/// Refuses an output folder that is an input folder: its outputs would be written among
/// the inputs. (An output folder inside an input folder is fine: the walk leaves it out.)
fn check_output_outside_inputs(
    inputs: &[PathBuf],
    destination: &Destination,
) -> Result<(), String> {
    let Destination::Folder(root) = destination else {
        return Ok(());
    };
    let Ok(out) = root.canonicalize() else {
        return Ok(());
    };
    for input in inputs.iter().filter(|i| i.is_dir()) {
        if input.canonicalize().is_ok_and(|i| i == out) {
            return Err(format!(
                "-o {}: is the input folder {}; choose an output folder elsewhere \
                 (one inside the input folder is left out of the walk)",
                root.display(),
                input.display()
            ));
        }
    }
    Ok(())
}

/// Refuses a report (or manifest, as `flag` says) path that is an input, an output of
/// this run or the state file.
fn check_report_path(flag: &str, report: &Path, jobs: &[Job], plan: &Plan) -> Result<(), String> {
    let report_at = resolved(report);
    let clash = |other: &Path| resolved(other) == report_at;
    for job in jobs {
        if let Source::File(input) = &job.source {
            if clash(input) {
                return Err(format!(
                    "{flag} {}: is the input {}; it would be overwritten",
                    report.display(),
                    job.display
                ));
            }
        }
        for &format in &plan.formats {
            if let (Some(out), _) = plan.target(job, format) {
                if clash(&out) {
                    return Err(format!(
                        "{flag} {}: is the output {} of {}",
                        report.display(),
                        out.display(),
                        job.display
                    ));
                }
            }
        }
    }
    if let Some(root) = plan.out_root() {
        if clash(&root.join(&plan.state_file)) {
            return Err(format!(
                "{flag} {}: is docpipe's up-to-date state file",
                report.display()
            ));
        }
    }
    Ok(())
}

/// `path` made absolute with links resolved as far as it exists, and the rest (which
/// cannot hold links) with `.` and `..` applied, so that two spellings of one file
/// compare equal whether it exists yet or not.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let mut base = loop {
        if let Ok(p) = existing.canonicalize() {
            break p;
        }
        match existing.parent() {
            Some(parent) => {
                rest.push(existing.components().next_back());
                existing = parent;
            }
            None => return absolute,
        }
    };
    for component in rest.into_iter().rev().flatten() {
        match component {
            Component::ParentDir => {
                base.pop();
            }
            Component::CurDir => {}
            other => base.push(other),
        }
    }
    base
}

/// The output formats: `-t` if given, else the destination's default (pdf, docx, md for
/// a folder; md for standard output; the extension's for a file).
fn formats(
    to: Option<&str>,
    destination: &Destination,
    output: &Path,
) -> Result<Vec<Format>, String> {
    let mut formats = Vec::new();
    for name in to.unwrap_or("").split(',').filter(|s| !s.trim().is_empty()) {
        let format = Format::from_name(name.trim())
            .ok_or_else(|| format!("-t: unknown format {name:?} (use pdf, docx, md, json)"))?;
        if !formats.contains(&format) {
            formats.push(format);
        }
    }
    if to.is_some() && formats.is_empty() {
        return Err("-t: no output format given (use pdf, docx, md, json)".to_string());
    }
    match destination {
        Destination::Folder(_) if formats.is_empty() => {
            Ok(vec![Format::Pdf, Format::Docx, Format::Markdown])
        }
        Destination::Folder(_) => Ok(formats),
        Destination::Stdout => match formats.len() {
            0 => Ok(vec![Format::Markdown]),
            1 => Ok(formats),
            _ => Err("-o -: standard output takes one format; name it with -t".to_string()),
        },
        Destination::File(_) => {
            let from_extension = file_format(output).into_iter().collect::<Vec<_>>();
            if formats.is_empty() || formats == from_extension {
                Ok(from_extension)
            } else {
                Err(format!(
                    "-o {}: the extension says {}, but -t asks for {}",
                    output.display(),
                    from_extension.first().map_or("nothing", |f| f.extension()),
                    to.unwrap_or_default()
                ))
            }
        }
    }
}

/// The format a file name's extension names (.pdf, .docx, .md, .json).
fn file_format(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Some(Format::Pdf),
        "docx" => Some(Format::Docx),
        "md" => Some(Format::Markdown),
        "json" => Some(Format::Json),
        _ => None,
    }
}

fn plan(flags: &ConvertFlags) -> Result<Plan, String> {
    let settings = ReadSettings::from_flags(&flags.read)?;
    let destination = if flags.output.as_os_str() == "-" {
        Destination::Stdout
    } else if file_format(&flags.output).is_some() && !flags.output.is_dir() {
        Destination::File(flags.output.clone())
    } else {
        Destination::Folder(flags.output.clone())
    };
    let formats = formats(flags.to.as_deref(), &destination, &flags.output)?;
    let (house, house_text) = match &flags.style_file {
        Some(path) => {
            let house = HouseStyle::from_file(path).map_err(|e| e.to_string())?;
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
    let shard = match &flags.shard {
        Some(spec) => Some(Shard::parse(spec, |name| std::env::var(name).ok())?),
        None => None,
    };
    let r = &flags.read;
    let mut fingerprint = vec![
        env!("CARGO_PKG_VERSION").to_string(),
        r.encoding.clone().unwrap_or_default(),
        r.strict.to_string(),
        r.from.clone().unwrap_or_default(),
        r.style.clone().unwrap_or_default(),
        house_text,
        letter.to_string(),
        flags.author.clone().unwrap_or_default(),
        std::env::var("SOURCE_DATE_EPOCH").unwrap_or_default(),
        format!("system fonts: {}", !flags.no_system_fonts),
    ];
    // Only when given, so the hashes of earlier runs stay valid.
    if flags.mono {
        fingerprint.push("mono".to_string());
    }
    let options_key = {
        let parts: Vec<&str> = fingerprint.iter().map(String::as_str).collect();
        options_hash(&parts)
    };
    Ok(Plan {
        settings,
        formats,
        house,
        letter,
        author: flags.author.clone(),
        destination,
        force: flags.force,
        fingerprint,
        options_key,
        no_system_fonts: flags.no_system_fonts,
        mono: flags.mono,
        fonts: font_book(),
        state_file: shard.map_or(STATE_FILE.to_string(), |s| {
            shard_state_file(s.index, s.count)
        }),
        shard,
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
fn convert_job(
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

/// The style for a document: the built-in profile, letter paper if asked, house overrides.
fn style_for(plan: &Plan, kind: docpipe::model::StyleKind) -> Style {
    let mut style = Style::builtin(kind);
    if plan.letter {
        style = style.with_letter_paper();
    }
    if let Some(house) = &plan.house {
        style = house.apply(style);
    }
    if plan.no_system_fonts {
        style.system_fonts = false;
    }
    if plan.mono {
        style.colors.mono = true;
    }
    style
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
