//! How the tests reach the office world: a fontconfig file that shows LibreOffice the
//! repository's fonts under the names the DOCX asks for, Python checkers run with a
//! printed reason where they cannot run, and LibreOffice laying out the seed.

use crate::docx_output::{options, out_dir, speech, write};
use docpipe::model::StyleKind;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs a Python check `script` with `args`; skips (with the reason printed) where
/// python3 is missing or the script prints "SKIP", and fails with `what` and its output
/// where the script exits non-zero.
pub(crate) fn run_python_check(script: &str, args: &[&Path], what: &str) {
    python_check_output(script, args, what, None);
}

/// As [`run_python_check`], with LibreOffice's fonts set by the fontconfig file `conf`
/// (if any); the script's output when it passed, to be printed.
pub(crate) fn python_check_output(
    script: &str,
    args: &[&Path],
    what: &str,
    conf: Option<&Path>,
) -> Option<String> {
    let mut command = Command::new("python3");
    if let Some(conf) = conf {
        command.env("FONTCONFIG_FILE", conf);
    }
    match command.arg("-c").arg(script).args(args).output() {
        Err(e) => {
            println!("SKIPPED: python3 not runnable ({e})");
            None
        }
        Ok(out) => {
            let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
            if stdout.starts_with("SKIP") {
                println!("SKIPPED: {stdout}");
                return None;
            }
            assert!(
                out.status.success(),
                "{what}: {stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(stdout)
        }
    }
}

/// A fontconfig file that shows LibreOffice the repository's free fonts under the names
/// the DOCX asks for (仿宋_GB2312 → FandolFang, 黑体 → FandolHei, 楷体_GB2312 → FandolKai,
/// 方正小标宋简体 → FandolSong, Times New Roman → Liberation Serif), so the rendering does
/// not depend on what the machine has installed.
pub(crate) fn fontconfig_for_repo_fonts(dir: &Path) -> PathBuf {
    let fonts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fonts");
    let alias = |from: &str, to: &str| {
        format!("<alias binding=\"same\"><family>{from}</family><prefer><family>{to}</family></prefer></alias>")
    };
    let aliases: String = [
        ("仿宋_GB2312", "FandolFang"),
        ("仿宋", "FandolFang"),
        ("黑体", "FandolHei"),
        ("楷体_GB2312", "FandolKai"),
        ("楷体", "FandolKai"),
        ("方正小标宋简体", "FandolSong"),
        ("宋体", "FandolSong"),
        ("Times New Roman", "Liberation Serif"),
    ]
    .iter()
    .map(|(f, t)| alias(f, t))
    .collect();
    let conf = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>\
         <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include><dir>{}</dir>\
         <cachedir>{}</cachedir>{aliases}</fontconfig>",
        fonts.display(),
        dir.join("fc-cache").display()
    );
    let path = dir.join("fonts.conf");
    std::fs::write(&path, conf).unwrap();
    path
}

/// The seed speech laid out by LibreOffice (the current one, 25.2; see .ci/run): the
/// shared checker's `--render` must pass in full (every character on the page, 22 lines
/// of 28 characters in the type area), and LibreOffice's page count must be the PDF's.
/// Skipped, with the reason printed, where soffice, the shared tools or pdfplumber are
/// missing.
#[test]
fn libreoffice_lays_the_seed_out_on_the_grid_with_the_pdfs_page_count() {
    let tools = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/tools");
    if !tools.join("check_docx.py").exists() {
        println!("SKIPPED: {} not found", tools.display());
        return;
    }
    if Command::new("soffice").arg("--version").output().is_err() {
        println!("SKIPPED: soffice (LibreOffice) not installed; .ci/run installs it");
        return;
    }
    let (doc, _) = speech();
    let (_, docx) = write(&doc, StyleKind::Speech, "speech-render.docx");
    let pdf = out_dir().join("speech-render.pdf");
    let bytes =
        docpipe::export::pdf::write_pdf(&doc, &options(StyleKind::Speech), crate::util::fonts())
            .unwrap()
            .bytes;
    std::fs::write(&pdf, bytes).unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/speech.txt");
    let work = out_dir().join("render");
    std::fs::create_dir_all(&work).unwrap();
    let conf = fontconfig_for_repo_fonts(&work);
    let script = r#"
import os, subprocess, sys, tempfile
tools, docx, source, pdf = sys.argv[1:5]
sys.path.insert(0, tools)
try:
    import check_docx, pdfplumber
except ImportError as e:
    print("SKIP", e); sys.exit(0)
results = check_docx.check(docx, source, True)
bad = [r["check"] + ": " + r["detail"] for r in results if not r["ok"]]
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, docx], check=True, capture_output=True, timeout=300)
    lo = len(pdfplumber.open(os.path.join(tmp, os.path.basename(docx)[:-5] + ".pdf")).pages)
ours = len(pdfplumber.open(pdf).pages)
if lo != ours:
    bad.append(f"LibreOffice lays out {lo} pages, the PDF has {ours}")
print("FAIL", bad) if bad else print("OK", len(results), "checks,", lo, "pages")
sys.exit(1 if bad else 0)
"#;
    let args = [tools.as_path(), &docx, &source, &pdf];
    if let Some(stdout) = python_check_output(script, &args, "LibreOffice rendering", Some(&conf)) {
        println!("{stdout}");
    }
}

/// The sample notice (digits, Latin letters, numbered items, squeezed paragraphs) as the
/// binary writes it: LibreOffice breaks every line of the DOCX where the PDF breaks it,
/// because the PDF measures glyphs as the DOCX sets them, hangs only the marks
/// LibreOffice hangs, puts LibreOffice's space between Chinese and Latin text, and the
/// DOCX squeezes the paragraphs the PDF squeezes. Skipped as the test above.
#[test]
fn libreoffice_breaks_the_notices_lines_where_the_pdf_does() {
    if Command::new("soffice").arg("--version").output().is_err() {
        println!("SKIPPED: soffice (LibreOffice) not installed; .ci/run installs it");
        return;
    }
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/notice.txt");
    let work = out_dir().join("notice-lines");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_docpipe"))
        .arg("convert")
        .arg(&source)
        .arg("-o")
        .arg(&work)
        .args(["-t", "pdf,docx", "-q"])
        .status()
        .unwrap();
    assert!(status.success());
    let conf = fontconfig_for_repo_fonts(&work);
    let script = r#"
import os, subprocess, sys, tempfile
work = sys.argv[1]
try:
    import pdfplumber
except ImportError as e:
    print("SKIP", e); sys.exit(0)
def lines(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rows = []
            for c in sorted(page.chars, key=lambda c: c["bottom"]):
                if rows and c["bottom"] - rows[-1][-1]["bottom"] < 6:
                    rows[-1].append(c)
                else:
                    rows.append([c])
            for row in rows:
                text = "".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
                text = "".join(ch for ch in text if not ch.isspace())
                if text.strip("—0123456789"):
                    out.append(text)
    return out
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, os.path.join(work, "notice.docx")],
                   check=True, capture_output=True, timeout=300)
    lo = lines(os.path.join(tmp, "notice.pdf"))
ours = lines(os.path.join(work, "notice.pdf"))
bad = [f"PDF {a!r} / LibreOffice {b!r}" for a, b in zip(ours, lo) if a != b][:3]
if len(lo) != len(ours):
    bad.append(f"LibreOffice has {len(lo)} lines, the PDF {len(ours)}")
print("FAIL", bad) if bad else print("OK", len(ours), "lines alike")
sys.exit(1 if bad else 0)
"#;
    let args = [work.as_path()];
    if let Some(stdout) = python_check_output(script, &args, "line breaks", Some(&conf)) {
        println!("{stdout}");
    }
}
