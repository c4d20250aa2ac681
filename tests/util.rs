//! Test helpers: where the shared corpus is, running the binary, temporary folders.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The font book the library calls in these tests share, built once as a program builds
/// one: the bundled fonts, and the installed ones indexed once for the whole test binary.
pub fn fonts() -> &'static docpipe::fonts::FontBook {
    static BOOK: std::sync::OnceLock<docpipe::fonts::FontBook> = std::sync::OnceLock::new();
    BOOK.get_or_init(docpipe::fonts::FontBook::default)
}

/// A file under `samples/`.
pub fn sample(name: &str) -> PathBuf {
    root().join("samples").join(name)
}

/// `../shared`, or `None` (after printing why the test is skipped) where it is absent.
pub fn shared(test: &str) -> Option<PathBuf> {
    let dir = root().join("..").join("shared");
    if dir.join("corpus").is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping {test}: ../shared (the shared corpus) is not beside the repository");
        None
    }
}

/// Every regular file below `dir`, sorted (MANIFEST and README files left out).
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                if !name.starts_with("MANIFEST") && !name.starts_with("README") {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out
}

/// Runs the `docpipe` binary with `args` in `cwd`.
pub fn docpipe(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_docpipe"))
        .args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("the docpipe binary runs")
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// True if and only if `python3` can import every module in `modules`; prints why not.
pub fn python_has(test: &str, modules: &[&str]) -> bool {
    let code = modules
        .iter()
        .map(|m| format!("import {m}"))
        .collect::<Vec<_>>()
        .join("; ");
    let ok = Command::new("python3")
        .args(["-c", &code])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        eprintln!(
            "skipping {test}: python3 with {} is not available",
            modules.join(", ")
        );
    }
    ok
}

/// Text with all whitespace removed.
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What a test feeds the binary on standard input.
pub enum Feed {
    /// Nothing (standard input is /dev/null).
    Nothing,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// This file (`/dev/zero`: a stream that never ends).
    File(PathBuf),
}

/// Runs the `docpipe` binary with `args` in `cwd`, `feed` on its standard input, and
/// kills it after `limit` (a hang is a failure, not a stuck test run). Bytes are written
/// from a thread, so that a binary that stops reading early does not block the test.
pub fn docpipe_with(cwd: &Path, args: &[&str], feed: Feed, limit: std::time::Duration) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_docpipe"))
        .args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .stdin(match &feed {
            Feed::Nothing => Stdio::null(),
            Feed::Bytes(_) => Stdio::piped(),
            Feed::File(path) => Stdio::from(std::fs::File::open(path).unwrap()),
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the docpipe binary runs");
    if let (Feed::Bytes(bytes), Some(mut stdin)) = (feed, child.stdin.take()) {
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let id = child.id();
    let (done, waited) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if waited.recv_timeout(limit).is_err() {
            let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
        }
    });
    let out = child.wait_with_output().expect("docpipe ran");
    let _ = done.send(());
    let _ = watchdog.join();
    assert!(
        out.status.code().is_some(),
        "docpipe {args:?} was killed after {limit:?}: a hang"
    );
    out
}

/// The DOCX's document.xml.
pub fn document_xml(docx: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}
