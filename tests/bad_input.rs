//! The bad-input suite: whatever people drop into a folder, docpipe never panics, never
//! half-writes, names the file and the reason, and converts the rest of the batch.
//!
//! Each case is one input beside a good file; the case says the exit code it expects and
//! what the message must contain; every case also checks that the good file converted.

use crate::util::{docpipe, sample, stderr};
use std::path::Path;

/// What a case expects.
struct Expect {
    /// The exit code of the batch (0 or 1).
    code: i32,
    /// Text the messages on stderr must contain ("" for none in particular).
    says: &'static str,
}

/// Runs `convert` on a folder holding `good.txt` (the seed) and the case's file, into
/// `formats`, and checks the expectation. Returns stderr.
fn case(name: &str, bytes: &[u8], formats: &str, expect: Expect) -> String {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::copy(sample("speech.txt"), input.join("good.txt")).unwrap();
    std::fs::write(input.join(name), bytes).unwrap();
    let out = docpipe(dir.path(), &["convert", "in", "-o", "out", "-t", formats]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{name}: panicked: {err}");
    assert_eq!(out.status.code(), Some(expect.code), "{name}: {err}");
    assert!(
        err.contains(expect.says),
        "{name}: want {:?} in: {err}",
        expect.says
    );
    if expect.code == 1 {
        assert!(
            err.contains(name),
            "{name}: the message must name the file: {err}"
        );
    }
    for ext in formats.split(',') {
        let good = dir.path().join("out").join(format!("good.{ext}"));
        assert!(
            good.is_file(),
            "{name}: the good file was not converted to {ext}"
        );
    }
    assert_no_temporaries(&dir.path().join("out"));
    err
}

fn assert_no_temporaries(dir: &Path) {
    for f in crate::util::files_below(dir) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            !name.ends_with(".tmp"),
            "temporary file left: {}",
            f.display()
        );
    }
}

const OK: Expect = Expect { code: 0, says: "" };

#[test]
fn empty_blank_and_bom_only_files_convert_with_a_warning() {
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("blank.txt", &b"  \n\t\r\n \xe3\x80\x80\n"[..]),
        ("bom.txt", &b"\xef\xbb\xbf"[..]),
    ] {
        case(
            name,
            bytes,
            "pdf,docx,md",
            Expect {
                code: 0,
                says: "empty",
            },
        );
    }
}

#[test]
fn binary_files_named_txt_are_refused_as_not_text() {
    let cases: [(&str, &[u8]); 4] = [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        ("document.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("program.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"),
    ];
    for (name, bytes) in cases {
        case(
            name,
            bytes,
            "md",
            Expect {
                code: 1,
                says: "not a text file",
            },
        );
    }
}

#[test]
fn nul_bytes_inside_utf8_never_panic() {
    let mut bytes = "正文第一段。\n".repeat(50).into_bytes();
    bytes.extend_from_slice(b"\x00\x00\x00\x00binary\x00tail\n");
    let dir_err = case_any("nul.txt", &bytes);
    assert!(dir_err.is_empty() || dir_err.contains("nul.txt"));
}

/// A case whose outcome (converted or refused) is a policy, not a crash: returns the
/// failure message or "".
fn case_any(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    let out = docpipe(
        dir.path(),
        &["convert", name, "-o", "out", "-t", "pdf,docx,md"],
    );
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{name}: {err}");
    match out.status.code() {
        Some(0) => String::new(),
        Some(1) => err,
        other => panic!("{name}: exit {other:?}: {err}"),
    }
}

#[test]
fn invalid_bytes_are_replaced_and_reported_or_refused_with_strict() {
    // Detection finds some encoding for any bytes; forcing one makes these malformed.
    let bytes = b"valid text, then \xff\xfe\xfa bad bytes, then more text.\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.txt"), bytes).unwrap();
    let run = |strict: &[&str]| {
        let mut args = vec![
            "convert",
            "bad.txt",
            "--encoding",
            "utf-8",
            "-o",
            "out",
            "-t",
            "md",
        ];
        args.extend_from_slice(strict);
        docpipe(dir.path(), &args)
    };
    let lossy = run(&[]);
    let err = stderr(&lossy);
    assert_eq!(lossy.status.code(), Some(0), "{err}");
    assert!(
        err.contains("bad.txt") && err.contains("malformed") && err.contains("byte 17"),
        "{err}"
    );
    let strict = run(&["--strict", "--force"]);
    let err = stderr(&strict);
    assert_eq!(strict.status.code(), Some(1), "{err}");
    assert!(err.contains("bad.txt") && err.contains("byte 17"), "{err}");
}

#[test]
fn a_multibyte_sequence_cut_at_the_end_is_still_utf8() {
    let mut bytes = "一、总体要求。\n全文".as_bytes().to_vec();
    bytes.extend_from_slice(&"完".as_bytes()[..2]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cut.txt"), &bytes).unwrap();
    let out = docpipe(dir.path(), &["inspect", "--json", "cut.txt"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["encoding"], "UTF-8");
}

#[test]
fn utf16_with_an_odd_byte_count_and_mixed_encodings_convert() {
    let mut utf16: Vec<u8> = vec![0xff, 0xfe];
    for unit in "各位代表：\n大家好。\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    utf16.push(0x41);
    case("odd16.txt", &utf16, "pdf,docx,md", OK);
    let mut mixed = "第一段是UTF-8。\n".as_bytes().to_vec();
    mixed.extend_from_slice(b"\xb5\xda\xb6\xfe\xb6\xce\xca\xc7GBK\xa1\xa3\n");
    case("mixed.txt", &mixed, "pdf,docx,md", OK);
}

#[test]
fn control_characters_never_reach_the_docx_xml() {
    let text: String = (1u8..0x20)
        .map(|b| format!("控制{}字符\n", b as char))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ctl.txt"), text).unwrap();
    let out = docpipe(
        dir.path(),
        &["convert", "ctl.txt", "-o", "out", "-t", "docx,pdf,md"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    crate::docx_xml::assert_every_part_well_formed(&dir.path().join("out/ctl.docx"));
}

/// The time `convert` takes on one file of `bytes`, into Markdown (the least work past
/// ingest and structure), after the conversion succeeded; the best of two runs.
fn convert_time(name: &str, bytes: &[u8]) -> std::time::Duration {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    (0..2)
        .map(|_| {
            let started = std::time::Instant::now();
            let out = docpipe(
                dir.path(),
                &["convert", name, "-o", "out", "-t", "md", "--force"],
            );
            let took = started.elapsed();
            assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
            took
        })
        .min()
        .unwrap()
}

/// True if and only if this is an optimised build: the stress tests measure time, which
/// means nothing in a debug build (and takes minutes there).
fn release_only(test: &str) -> bool {
    if cfg!(debug_assertions) {
        eprintln!("skipping {test}: run it with cargo test --release -- --ignored stress_");
    }
    !cfg!(debug_assertions)
}

/// Ten times the input must take about ten times as long, not a hundred: checked with a
/// generous factor of 25 (the small run also pays the process start).
fn assert_linear(name: &str, small: &[u8], big: &[u8]) {
    assert_eq!(big.len(), small.len() * 10);
    let (t1, t10) = (convert_time(name, small), convert_time(name, big));
    eprintln!(
        "{name}: {} bytes {t1:?}, {} bytes {t10:?}",
        small.len(),
        big.len()
    );
    assert!(
        t10 < t1 * 25,
        "{name}: 10x the input took {:.1}x the time ({t1:?} → {t10:?}): not linear",
        t10.as_secs_f64() / t1.as_secs_f64()
    );
}

#[test]
#[ignore = "stress: cargo test --release -- --ignored stress_"]
fn stress_huge_single_lines_and_a_million_short_lines_stay_linear() {
    if !release_only("stress_huge_single_lines_and_a_million_short_lines_stay_linear") {
        return;
    }
    // One 100 MB line against a tenth of it, then a million short lines against a tenth.
    let unit = "很长的一行没有换行";
    let count = 100 * 1024 * 1024 / unit.len() / 10 * 10;
    assert_linear(
        "long.txt",
        unit.repeat(count / 10).as_bytes(),
        unit.repeat(count).as_bytes(),
    );
    assert_linear(
        "many.txt",
        "字\n".repeat(100_000).as_bytes(),
        "字\n".repeat(1_000_000).as_bytes(),
    );
    // And in a batch beside a good file: converted, nothing left half-written.
    case("many.txt", "字\n".repeat(1_000_000).as_bytes(), "md", OK);
}

#[test]
#[ignore = "stress: cargo test --release -- --ignored stress_"]
fn stress_deep_markdown_nesting_and_wide_tables_do_not_overflow() {
    if !release_only("stress_deep_markdown_nesting_and_wide_tables_do_not_overflow") {
        return;
    }
    let quotes = ">".repeat(20_000) + " 深\n";
    case("quotes.md", quotes.as_bytes(), "pdf,docx,md", OK);
    // Each "- " opens a list inside the item before it: 20,000 levels on one line.
    let lists = "- ".repeat(20_000) + "项\n";
    case("lists.md", lists.as_bytes(), "pdf,docx,md", OK);
    let header: String = (0..10_000).map(|i| format!("| c{i} ")).collect::<String>() + "|\n";
    let rule = "| --- ".repeat(10_000) + "|\n";
    let row = "| x ".repeat(10_000) + "|\n";
    case(
        "wide.md",
        format!("{header}{rule}{row}").as_bytes(),
        "pdf,docx,md",
        OK,
    );
}

#[test]
fn characters_in_no_font_are_reported_with_their_code_points() {
    // A private-use character is in no font; 😀 and U+2A6A5 are in none of the bundled
    // ones, so they are either found among the system's fonts or reported too.
    let text = "表情😀，生僻字\u{2A6A5}，私用区\u{E000}。\n";
    let err = case("glyphs.txt", text.as_bytes(), "pdf", OK);
    assert!(
        err.contains("no font has") && err.contains("\u{E000} (U+E000)"),
        "U+E000 not reported: {err}"
    );
}

#[test]
fn odd_file_names_convert() {
    for name in ["with space.txt", "-dash.txt", "中文名.txt", "new\nline.txt"] {
        case(name, "一、标题\n正文。\n".as_bytes(), "md", OK);
    }
}

#[test]
fn unreadable_files_and_outputs_fail_with_the_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "正文。").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!(
            "skipping the unreadable-file case: running as root, chmod 000 does not stop reads"
        );
    } else {
        let out = docpipe(
            dir.path(),
            &["convert", "locked.txt", "-o", "out", "-t", "md"],
        );
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("locked.txt") && stderr(&out).contains("ermission"));
    }
    // An output folder that is a file cannot be written into.
    std::fs::write(dir.path().join("ok.txt"), "正文。").unwrap();
    std::fs::write(dir.path().join("blocker"), "a file").unwrap();
    let out = docpipe(
        dir.path(),
        &["convert", "ok.txt", "-o", "blocker/sub", "-t", "md"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("blocker"), "{}", stderr(&out));
}

#[test]
fn the_same_file_twice_converts_once_and_outputs_inside_inputs_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("a.txt")).unwrap();
    let out = docpipe(
        dir.path(),
        &["convert", "a.txt", "a.txt", "-o", "out", "-t", "md"],
    );
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("1 converted, 0 failed"),
        "{}",
        stderr(&out)
    );
    for _ in 0..2 {
        let out = docpipe(
            dir.path(),
            &["convert", ".", "-o", "out", "-t", "md,json", "--force"],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("1 converted, 0 failed"),
            "{}",
            stderr(&out)
        );
    }
    assert!(!dir.path().join("out/out").exists());
}

#[test]
fn inputs_over_the_size_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.txt"), "字".repeat(1000)).unwrap();
    let out = docpipe(
        dir.path(),
        &[
            "convert",
            "big.txt",
            "--max-input-size",
            "1000",
            "-o",
            "out",
            "-t",
            "md",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("big.txt") && err.contains("limit"), "{err}");
}

#[test]
fn right_to_left_lines_are_named_in_a_warning() {
    let err = case(
        "rtl.txt",
        "An English line.\nمرحبا بالعالم\nשלום עולם\n".as_bytes(),
        "pdf",
        OK,
    );
    assert!(
        err.contains("rtl.txt") && err.contains("right-to-left text on lines 2–3"),
        "{err}"
    );
}
