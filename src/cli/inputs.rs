//! Finding the inputs of a batch and where each one's outputs go.
//!
//! Files named on the command line are always taken; folders are walked recursively in a
//! stable (sorted) order, taking regular .txt, .text, .md and .markdown files and skipping
//! hidden files and folders, the output folder, FIFOs and devices, and links to folders
//! (unless `-L`; then link loops are walked once). Outputs mirror the input tree
//! under the output folder; a path can only ever land inside it, because it is built from
//! plain file-name components. Two inputs that would write the same outputs are refused.

use std::collections::{BTreeMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::os::unix::fs::FileTypeExt;
use std::path::{Component, Path, PathBuf};

/// Where an input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

/// One input to convert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Where to read it.
    pub source: Source,
    /// How to name it in messages and the report.
    pub display: String,
    /// Folders under the output folder (mirroring the input tree).
    pub out_dir: PathBuf,
    /// The output file stem; outputs are `<stem>.<ext>`.
    pub stem: OsString,
    /// Its path relative to the folder it was found in (its file name when named on the
    /// command line, its stem for standard input): what `--shard` hashes and what the
    /// manifest calls it. The same on every machine given the same command line.
    pub relative: PathBuf,
}

impl Job {
    /// The output path for extension `ext` under `root`.
    pub fn output(&self, root: &Path, ext: &str) -> PathBuf {
        let mut name = self.stem.clone();
        name.push(".");
        name.push(ext);
        root.join(&self.out_dir).join(name)
    }

    /// The output path relative to the output folder, for the report and state file.
    pub fn relative_output(&self, ext: &str) -> String {
        self.output(Path::new(""), ext)
            .to_string_lossy()
            .into_owned()
    }
}

/// An input that could not be taken, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The input as named.
    pub display: String,
    /// Why.
    pub reason: String,
}

/// True if and only if a file found in a folder walk is one docpipe converts.
pub fn is_convertible(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(OsStr::to_str)
        .map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("txt" | "text" | "md" | "markdown"))
}

/// What walking the inputs found.
#[derive(Debug, Default)]
pub struct Collected {
    /// The inputs to convert.
    pub jobs: Vec<Job>,
    /// Inputs that cannot be converted (failures: exit code 1).
    pub refused: Vec<Refused>,
    /// Things left out on purpose, for a note (FIFOs and devices in folders, folder
    /// links not followed, link loops).
    pub skipped: Vec<Refused>,
}

/// Collects the jobs for `inputs`. `out_root` (the output folder, if any) is skipped
/// inside folders; `follow` follows symbolic links to folders (`-L`); `stdin_name` is the
/// stem for `-`.
///
/// Only regular files are read from folders: FIFOs, sockets and devices (or links to
/// them) are skipped with a note, since reading one can block forever or never end. A
/// file named on the command line may also be a FIFO (`<(command)`), read up to the size
/// limit; a device or socket named there is refused. A folder or entry that cannot be
/// read is a failure naming it.
pub fn collect_jobs(
    inputs: &[PathBuf],
    out_root: Option<&Path>,
    follow: bool,
    stdin_name: Option<&str>,
) -> Collected {
    let out_canonical = out_root.and_then(|p| p.canonicalize().ok());
    let mut found = Collected::default();
    let mut visited = HashSet::new();
    for input in inputs {
        let display = input.display().to_string();
        if input.as_os_str() == "-" {
            let stem = safe_component(OsStr::new(stdin_name.unwrap_or("stdin")));
            found.jobs.push(Job {
                source: Source::Stdin,
                display: "-".to_string(),
                out_dir: PathBuf::new(),
                relative: PathBuf::from(&stem),
                stem,
            });
            continue;
        }
        match std::fs::metadata(input) {
            Err(e) => found.refused.push(Refused {
                display,
                reason: e.to_string(),
            }),
            Ok(meta) if meta.is_dir() => {
                let walk = Walk {
                    out_root: out_canonical.as_deref(),
                    follow,
                };
                walk.dir(input, Path::new(""), &mut visited, &mut found);
            }
            Ok(meta) if meta.is_file() || meta.file_type().is_fifo() => found.jobs.push(Job {
                source: Source::File(input.clone()),
                display,
                out_dir: PathBuf::new(),
                stem: stem_of(input),
                relative: PathBuf::from(input.file_name().unwrap_or(input.as_os_str())),
            }),
            Ok(meta) => found.refused.push(Refused {
                display,
                reason: format!("not a regular file ({})", kind_name(&meta.file_type())),
            }),
        }
    }
    let (jobs, collisions) = refuse_collisions(std::mem::take(&mut found.jobs));
    found.jobs = jobs;
    found.refused.extend(collisions);
    found
}

/// What a file that is neither a regular file nor a folder is, in words.
pub fn kind_name(kind: &std::fs::FileType) -> &'static str {
    if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        "not a file"
    }
}

/// One folder walk's settings.
struct Walk<'a> {
    out_root: Option<&'a Path>,
    follow: bool,
}

impl Walk<'_> {
    fn dir(
        &self,
        dir: &Path,
        relative: &Path,
        visited: &mut HashSet<PathBuf>,
        found: &mut Collected,
    ) {
        let display = dir.display().to_string();
        let canonical = match dir.canonicalize() {
            Ok(c) => c,
            Err(e) => {
                found.refused.push(Refused {
                    display,
                    reason: format!("cannot read folder: {e}"),
                });
                return;
            }
        };
        if Some(canonical.as_path()) == self.out_root {
            return;
        }
        // A folder reached twice (a link loop, or two links to one place) is walked once.
        if !visited.insert(canonical) {
            if self.follow {
                found.skipped.push(Refused {
                    display,
                    reason: "folder already walked (a link loop or a second link to it)"
                        .to_string(),
                });
            }
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                found.refused.push(Refused {
                    display,
                    reason: format!("cannot read folder: {e}"),
                });
                return;
            }
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => found.refused.push(Refused {
                    display: display.clone(),
                    reason: format!("cannot read folder: {e}"),
                }),
            }
        }
        paths.sort();
        for path in paths {
            let Some(name) = path.file_name() else {
                continue;
            };
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let display = path.display().to_string();
            let link = std::fs::symlink_metadata(&path)
                .map(|m| m.file_type().is_symlink())
                .unwrap_or(false);
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => {
                    // A broken link, or an entry gone or locked since the folder was read.
                    if link || is_convertible(&path) {
                        let what = if link { "broken symbolic link: " } else { "" };
                        found.refused.push(Refused {
                            display,
                            reason: format!("{what}{e}"),
                        });
                    }
                    continue;
                }
            };
            if meta.is_dir() {
                if link && !self.follow {
                    found.skipped.push(Refused {
                        display,
                        reason: "link to a folder, not followed (-L follows it)".to_string(),
                    });
                    continue;
                }
                self.dir(&path, &relative.join(safe_component(name)), visited, found);
            } else if !is_convertible(&path) {
                continue;
            } else if meta.is_file() {
                found.jobs.push(Job {
                    display,
                    out_dir: relative.to_path_buf(),
                    stem: stem_of(&path),
                    relative: relative.join(name),
                    source: Source::File(path),
                });
            } else {
                found.skipped.push(Refused {
                    display,
                    reason: format!("not a regular file ({})", kind_name(&meta.file_type())),
                });
            }
        }
    }
}

/// The file stem, made safe as a single path component.
fn stem_of(path: &Path) -> OsString {
    safe_component(path.file_stem().unwrap_or(OsStr::new("document")))
}

/// `name` as one plain path component: never empty, ".", ".." or containing a separator.
fn safe_component(name: &OsStr) -> OsString {
    let plain = Path::new(name)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
        && Path::new(name).components().count() == 1;
    if plain {
        name.to_os_string()
    } else {
        let cleaned: String = name
            .to_string_lossy()
            .chars()
            .map(|c| if c == '/' || c == '\\' { '_' } else { c })
            .collect();
        let cleaned = cleaned.trim_matches('.');
        OsString::from(if cleaned.is_empty() {
            "_".to_string()
        } else {
            format!("_{cleaned}")
        })
    }
}

/// Refuses every job whose outputs another job would also write, naming both.
fn refuse_collisions(jobs: Vec<Job>) -> (Vec<Job>, Vec<Refused>) {
    let mut by_target: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for (i, job) in jobs.iter().enumerate() {
        let key = job.out_dir.join(&job.stem);
        by_target.entry(key).or_default().push(i);
    }
    let mut clash: Vec<Option<String>> = vec![None; jobs.len()];
    for members in by_target.values().filter(|m| m.len() > 1) {
        // The same file named twice is one job, not a collision.
        let first = &jobs[members[0]];
        let same_file = members
            .iter()
            .all(|&i| same_source(&jobs[i].source, &first.source));
        for (k, &i) in members.iter().enumerate() {
            if same_file {
                if k > 0 {
                    clash[i] = Some(String::new());
                }
                continue;
            }
            let others: Vec<&str> = members
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| jobs[j].display.as_str())
                .collect();
            clash[i] = Some(format!(
                "would write the same outputs ({}) as {}",
                jobs[i].relative_output("*"),
                others.join(", ")
            ));
        }
    }
    let mut kept = Vec::new();
    let mut refused = Vec::new();
    for (job, clash) in jobs.into_iter().zip(clash) {
        match clash {
            None => kept.push(job),
            Some(reason) if reason.is_empty() => {}
            Some(reason) => refused.push(Refused {
                display: job.display,
                reason,
            }),
        }
    }
    (kept, refused)
}

fn same_source(a: &Source, b: &Source) -> bool {
    match (a, b) {
        (Source::File(a), Source::File(b)) => {
            a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
        }
        (Source::Stdin, Source::Stdin) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_names_stay_single_components() {
        assert_eq!(safe_component(OsStr::new("-x")), "-x");
        assert_eq!(safe_component(OsStr::new("有 空格")), "有 空格");
        assert_eq!(safe_component(OsStr::new("..")), "_");
        assert_eq!(safe_component(OsStr::new("../etc")), "__etc");
        assert_eq!(safe_component(OsStr::new("")), "_");
    }

    #[test]
    fn folders_mirror_and_collisions_name_both() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("in/a")).unwrap();
        std::fs::create_dir_all(root.join("in/.hidden")).unwrap();
        std::fs::write(root.join("in/a/b.txt"), "x").unwrap();
        std::fs::write(root.join("in/a/c.txt"), "x").unwrap();
        std::fs::write(root.join("in/a/c.md"), "x").unwrap();
        std::fs::write(root.join("in/a/skip.pdf"), "x").unwrap();
        std::fs::write(root.join("in/.hidden/h.txt"), "x").unwrap();
        let out = root.join("in/out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("old.md"), "x").unwrap();
        let found = collect_jobs(&[root.join("in")], Some(&out), false, None);
        let outputs: Vec<String> = found
            .jobs
            .iter()
            .map(|j| j.relative_output("pdf"))
            .collect();
        assert_eq!(outputs, vec!["a/b.pdf"]);
        assert_eq!(found.refused.len(), 2);
        let reason = &found.refused[0].reason;
        assert!(reason.contains("c.md") || reason.contains("c.txt"));
    }

    #[test]
    fn the_same_file_twice_is_one_job() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.txt");
        std::fs::write(&f, "x").unwrap();
        let found = collect_jobs(&[f.clone(), f], Some(dir.path()), false, None);
        assert_eq!((found.jobs.len(), found.refused.len()), (1, 0));
    }
}
