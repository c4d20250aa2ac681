//! What a `convert` run is asked to do, checked once before any file is read: the
//! formats, where outputs go (a folder mirroring the inputs, one named file, or standard
//! output), the thread pool (`-j`, capped), the house style and fonts, and the refusals
//! that keep inputs safe (an output folder inside the inputs, a report over an input or
//! an output).

use crate::cli::args::{font_book, ReadSettings};
use crate::cli::flags::ConvertFlags;
use crate::cli::inputs::{Job, Source};
use crate::cli::messages;
use crate::cli::shard::Shard;
use crate::cli::state::{options_hash, shard_state_file, STATE_FILE};
use docpipe::export::Format;
use docpipe::fonts::FontBook;
use docpipe::style::house::HouseStyle;
use docpipe::style::Style;
use std::path::{Component, Path, PathBuf};

/// Where the outputs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Destination {
    /// A folder mirroring the input tree (`-o DIR`, the default).
    Folder(PathBuf),
    /// One file (`-o name.pdf`): one input, the format from the extension.
    File(PathBuf),
    /// Standard output (`-o -`): one input, one format.
    Stdout,
}

/// Everything a conversion needs, checked once for the whole batch.
pub(super) struct Plan {
    pub(super) settings: ReadSettings,
    pub(super) formats: Vec<Format>,
    pub(super) house: Option<HouseStyle>,
    pub(super) letter: bool,
    pub(super) author: Option<String>,
    pub(super) destination: Destination,
    pub(super) force: bool,
    /// The options every output's up-to-date hash covers (format and content added per
    /// output).
    pub(super) fingerprint: Vec<String>,
    /// The hash of `fingerprint`: the manifest's options hash.
    pub(super) options_key: String,
    /// `--no-system-fonts`.
    pub(super) no_system_fonts: bool,
    /// `--mono`.
    pub(super) mono: bool,
    /// The fonts every PDF is laid out with, shared by the workers.
    pub(super) fonts: FontBook,
    /// `--shard`.
    pub(super) shard: Option<Shard>,
    /// The up-to-date state file's name in the output folder.
    pub(super) state_file: String,
}

impl Plan {
    /// The output folder, when outputs go to one.
    pub(super) fn out_root(&self) -> Option<&Path> {
        match &self.destination {
            Destination::Folder(root) => Some(root),
            _ => None,
        }
    }

    /// Where `job`'s output in `format` goes (`None`: standard output), and its key in the
    /// report and the state file.
    pub(super) fn target(&self, job: &Job, format: Format) -> (Option<PathBuf>, String) {
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

/// Most threads per core `-j` may ask for: more only adds switching.
const THREADS_PER_CORE: usize = 4;

/// The thread pool for `-j N` (`None`: rayon's default, one thread a core). `N` above
/// four times the cores is capped, with a note.
pub(super) fn jobs(asked: Option<usize>, quiet: bool) -> Result<Option<rayon::ThreadPool>, String> {
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
pub(super) fn check_output_outside_inputs(
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
pub(super) fn check_report_path(
    flag: &str,
    report: &Path,
    jobs: &[Job],
    plan: &Plan,
) -> Result<(), String> {
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

pub(super) fn plan(flags: &ConvertFlags) -> Result<Plan, String> {
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

/// The style for a document: the built-in profile, letter paper if asked, house overrides.
pub(super) fn style_for(plan: &Plan, kind: docpipe::model::StyleKind) -> Style {
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
