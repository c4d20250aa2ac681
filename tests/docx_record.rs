//! A report to a higher organ (请示) laid out by LibreOffice: the document number and the
//! 签发人 on one line, and the closing record (版记) at the foot of the last page between
//! its three rules, on as many pages as docpipe's PDF. Skipped, with the reason printed,
//! where soffice or pdfplumber is missing.

use std::path::PathBuf;
use std::process::Command;

use crate::office::{fontconfig_for_repo_fonts, python_check_output};
use crate::util::{docpipe, root};

#[test]
fn libreoffice_sets_the_record_at_the_foot_of_the_last_page_and_the_signer_beside_the_number() {
    if Command::new("soffice").arg("--version").output().is_err() {
        println!("SKIPPED: soffice (LibreOffice) not installed; .ci/run installs it");
        return;
    }
    let work = std::env::temp_dir().join(format!("docpipe-record-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let source = root().join("tests/fixtures/qingshi.txt");
    let out = docpipe(
        &work,
        &[
            "convert",
            "-q",
            "-t",
            "pdf,docx",
            "-o",
            ".",
            source.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    let (pdf, docx): (PathBuf, PathBuf) = (work.join("qingshi.pdf"), work.join("qingshi.docx"));
    let conf = fontconfig_for_repo_fonts(&work);
    let script = r#"
import os, subprocess, sys, tempfile
docx, pdf = sys.argv[1:3]
try:
    import pdfplumber
except ImportError as e:
    print("SKIP", e); sys.exit(0)
MM = 72 / 25.4
foot, left, right = (297 - 35) * MM, 28 * MM, (210 - 26) * MM
bad = []
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, docx], check=True, capture_output=True, timeout=300)
    lo = pdfplumber.open(os.path.join(tmp, os.path.basename(docx)[:-5] + ".pdf"))
    ours = len(pdfplumber.open(pdf).pages)
    if len(lo.pages) != ours:
        bad.append(f"LibreOffice lays out {len(lo.pages)} pages, the PDF has {ours}")
    last = lo.pages[-1]
    rules = sorted(l["top"] for l in last.lines + last.rects
                   if l["width"] > 0.95 * (right - left) and l["top"] > foot - 4 * 29)
    if len(rules) != 3 or abs(rules[-1] - foot) > 1.5:
        bad.append(f"record rules at {rules}, want three, the last on the foot {foot:.1f}")
    lines = {l["text"].replace(" ", ""): l for l in last.extract_text_lines()}
    imprint = next((l for t, l in lines.items() if t.endswith("印发")), None)
    copy = next((l for t, l in lines.items() if t.startswith("抄送")), None)
    if imprint is None or copy is None:
        bad.append(f"抄送/印发 not on the last page: {list(lines)}")
    elif not (rules and rules[0] < copy["top"] < rules[1] < imprint["top"] < rules[2]):
        bad.append(f"parts not between the rules: {copy['top']:.1f} {imprint['top']:.1f} {rules}")
    head = [l["text"].replace(" ", "") for l in lo.pages[0].extract_text_lines()]
    if not any(t.startswith("某水字") and t.endswith("签发人：王某某") for t in head):
        bad.append(f"number and signer not on one line: {head[:4]}")
print("FAIL", bad) if bad else print("OK", len(lo.pages), "pages, record between", [round(r, 1) for r in rules])
sys.exit(1 if bad else 0)
"#;
    let args = [docx.as_path(), &pdf];
    if let Some(stdout) = python_check_output(script, &args, "LibreOffice rendering", Some(&conf)) {
        println!("{stdout}");
    }
}
