//! The binary on the samples: what it writes, what it says, and its exit codes.

use crate::util::{docpipe, python_has, root, sample, shared, squash, stderr};
use serde_json::Value;
use std::path::Path;

fn inspect_json(file: &Path) -> Value {
    let out = docpipe(&root(), &["inspect", "--json", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("inspect prints JSON")
}

/// The blocks as "kind" or "kind:level:run_in" strings.
fn shape(doc: &Value) -> Vec<String> {
    doc["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| match b["kind"].as_str().unwrap() {
            "heading" => format!("heading:{}:{}", b["level"], b["run_in"]),
            kind => kind.to_string(),
        })
        .collect()
}

#[test]
fn the_seed_speech_has_its_structure() {
    let doc = inspect_json(&sample("speech.txt"));
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["style"], "speech");
    assert_eq!(doc["warnings"], Value::Array(vec![]));
    let mut want = vec!["salutation".to_string()];
    want.extend(["paragraph"; 3].map(String::from));
    for _ in 0..4 {
        want.push("heading:1:true".into());
        want.push("paragraph".into());
    }
    want.extend(["paragraph"; 2].map(String::from));
    assert_eq!(shape(&doc), want);
    let blocks = doc["blocks"].as_array().unwrap();
    assert_eq!(blocks[0]["text"], "*书记，各位代表、同志们：");
    assert_eq!(blocks[4]["marker"], "一、");
    assert_eq!(
        blocks[4]["text"],
        "一、牢牢把握工会工作正确方向，持续掀起学习宣传贯彻习近平新时代中国特色社会主义思想和党的二十大精神新高潮。"
    );
    assert!(blocks[5]["text"]
        .as_str()
        .unwrap()
        .starts_with("要紧紧围绕学习宣传贯彻党的二十大精神这条主线"));
    // Nothing lost: every character, every redaction mark.
    let source = std::fs::read_to_string(sample("speech.txt")).unwrap();
    let text: String = blocks.iter().map(|b| b["text"].as_str().unwrap()).collect();
    assert_eq!(squash(&text), squash(&source));
}

#[test]
fn the_gb18030_and_utf16_copies_read_the_same() {
    let utf8 = inspect_json(&sample("speech.txt"));
    for (file, encodings) in [
        ("speech-gbk.txt", &["GBK", "gb18030"][..]),
        ("speech-utf16.txt", &["UTF-16LE"][..]),
    ] {
        let doc = inspect_json(&sample(file));
        let enc = doc["encoding"].as_str().unwrap();
        assert!(encodings.contains(&enc), "{file}: {enc}");
        assert_eq!(doc["blocks"], utf8["blocks"], "{file}");
    }
}

#[test]
fn inspect_prints_one_object_for_one_file_and_an_array_for_several() {
    let one = inspect_json(&sample("notice.txt"));
    assert!(one.is_object());
    let out = docpipe(
        &root(),
        &[
            "inspect",
            "--json",
            "samples/notice.txt",
            "samples/english.txt",
        ],
    );
    let many: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(many.as_array().map(Vec::len), Some(2));
    let human = docpipe(&root(), &["inspect", "samples/speech.txt"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("encoding: UTF-8"), "{text}");
    assert!(text.contains("H1 一、牢牢把握"), "{text}");
    assert!(text.contains("(run-in)"), "{text}");
}

#[test]
fn markdown_of_the_speech_keeps_every_mark_and_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().to_str().unwrap();
    let seed = sample("speech.txt");
    let out = docpipe(
        &root(),
        &[
            "convert",
            seed.to_str().unwrap(),
            "-o",
            out_dir,
            "-t",
            "md,json",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(dir.path().join("speech.md")).unwrap();
    assert!(md.starts_with("\\*书记，各位代表、同志们："), "{md}");
    assert!(md.contains("“\\*\\*”战略定位"));
    assert_eq!(
        md.matches("\n## 一、").count() + md.matches("\n## 二、").count(),
        2
    );
    assert!(dir.path().join("speech.json").is_file());
    if python_has("check_md", &["markdown_it"]) {
        if let Some(shared) = shared("check_md") {
            let check = std::process::Command::new("python3")
                .arg(shared.join("tools/check_md.py"))
                .arg(dir.path().join("speech.md"))
                .arg("--source")
                .arg(&seed)
                .output()
                .unwrap();
            let report = String::from_utf8_lossy(&check.stdout);
            assert!(report.contains("score: 4/4"), "{report}");
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    let out = docpipe(&root(), &["convert", "samples/speech.txt", "-t", "rtf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("rtf"));
    let out = docpipe(
        &root(),
        &["inspect", "--encoding", "klingon", "samples/speech.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("klingon"));
    let out = docpipe(&root(), &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_file_fails_alone_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::copy(sample("speech.txt"), input.join("good.txt")).unwrap();
    std::fs::write(input.join("broken.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out_dir = dir.path().join("out");
    let out = docpipe(
        dir.path(),
        &[
            "convert",
            "in",
            "-o",
            out_dir.to_str().unwrap(),
            "-t",
            "md",
            "--report",
            "r.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("1 converted, 1 failed"), "{err}");
    assert!(
        err.contains("broken.txt") && err.contains("not a text file"),
        "{err}"
    );
    assert!(out_dir.join("good.md").is_file());
    assert!(!out_dir.join("broken.md").exists());
    let report: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("r.json")).unwrap()).unwrap();
    let entries = report["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let good = entries
        .iter()
        .find(|e| e["path"].as_str().unwrap().ends_with("good.txt"))
        .unwrap();
    assert_eq!(good["encoding"], "UTF-8");
    assert_eq!(good["style"], "speech");
    assert_eq!(good["outputs"], serde_json::json!(["good.md"]));
    assert!(good["error"].is_null());
    assert!(good["milliseconds"].is_u64());
    let bad = entries
        .iter()
        .find(|e| e["path"].as_str().unwrap().ends_with("broken.txt"))
        .unwrap();
    assert!(bad["error"].as_str().unwrap().contains("not a text file"));
}

#[test]
fn outputs_mirror_the_input_tree_and_odd_names_survive() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    for rel in [
        "a/b.txt",
        "a/有 空格.txt",
        "-x.txt",
        "c/d.md",
        ".hidden/e.txt",
    ] {
        let p = input.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, "一、标题\n正文。\n").unwrap();
    }
    let out = docpipe(
        dir.path(),
        &["convert", "in", "-o", "out", "-t", "md", "-q"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for rel in ["a/b.md", "a/有 空格.md", "-x.md", "c/d.md"] {
        assert!(dir.path().join("out").join(rel).is_file(), "{rel}");
    }
    assert!(!dir.path().join("out/.hidden").exists());
    // A file named like a flag, given after `--`.
    let out = docpipe(
        &input,
        &["convert", "-o", "../out2", "-t", "md", "--", "-x.txt"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("out2/-x.md").is_file());
}

#[test]
fn colliding_outputs_are_refused_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "甲").unwrap();
    std::fs::write(dir.path().join("a.md"), "乙").unwrap();
    let out = docpipe(
        dir.path(),
        &["convert", "a.txt", "a.md", "-o", "out", "-t", "md"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("a.txt") && err.contains("a.md") && err.contains("same outputs"),
        "{err}"
    );
    assert!(!dir.path().join("out/a.md").exists());
    // An output that would overwrite its own input is refused too.
    let out = docpipe(dir.path(), &["convert", "a.md", "-o", ".", "-t", "md"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.md")).unwrap(),
        "乙"
    );
}

#[test]
fn up_to_date_outputs_are_skipped_unless_forced_or_options_change() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("s.txt")).unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["convert", "s.txt", "-o", "out", "-t", "md"];
        args.extend_from_slice(extra);
        let out = docpipe(dir.path(), &args);
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    assert!(run(&[]).contains("1 converted"));
    assert!(run(&[]).contains("0 converted, 0 failed, 1 up to date"));
    assert!(run(&["--force"]).contains("1 converted"));
    assert!(run(&["--style", "gongwen"]).contains("1 converted"));
}

#[test]
fn style_file_errors_name_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("house.toml"),
        "[page]\nmargin_top = 30\nmargin_tpo = 2\n",
    )
    .unwrap();
    let out = docpipe(
        dir.path(),
        &[
            "convert",
            sample("speech.txt").to_str().unwrap(),
            "--style-file",
            "house.toml",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("house.toml") && err.contains("line 3") && err.contains("margin_tpo"),
        "{err}"
    );
}

#[test]
fn standard_input_takes_its_name_from_name() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_docpipe"))
        .args(["convert", "-", "--name", "memo", "-o", "out", "-t", "md"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("同志们：\n*书记讲话。\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(dir.path().join("out/memo.md")).unwrap();
    assert!(md.contains("\\*书记讲话。"), "{md}");
}

#[test]
fn the_same_input_gives_byte_identical_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let run = |sub: &str, jobs: &str| {
        let out = docpipe(
            &root(),
            &[
                "convert",
                "samples",
                "-o",
                dir.path().join(sub).to_str().unwrap(),
                "-t",
                "pdf,docx,md,json",
                "-j",
                jobs,
                "-q",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    };
    run("one", "1");
    run("two", "2");
    let one = crate::util::files_below(&dir.path().join("one"));
    assert!(one.len() >= 20, "{one:?}");
    for a in one {
        let name = a.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with(".docpipe") {
            continue;
        }
        let b = dir
            .path()
            .join("two")
            .join(a.strip_prefix(dir.path().join("one")).unwrap());
        assert!(
            std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
            "{name} differs"
        );
    }
}

#[test]
fn dash_o_dash_writes_one_format_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("a.txt")).unwrap();
    std::fs::copy(sample("notice.txt"), dir.path().join("b.txt")).unwrap();
    let out = docpipe(dir.path(), &["convert", "a.txt", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("\\*书记"), "{md}");
    assert!(!dir.path().join("-").exists(), "no folder named -");
    let out = docpipe(dir.path(), &["convert", "a.txt", "-o", "-", "-t", "pdf"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"%PDF-"));
    for args in [
        &["convert", "a.txt", "-o", "-", "-t", "pdf,md"][..],
        &["convert", "a.txt", "b.txt", "-o", "-"][..],
    ] {
        let out = docpipe(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn dash_o_with_a_file_name_writes_that_file_in_its_format() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("a.txt")).unwrap();
    std::fs::copy(sample("notice.txt"), dir.path().join("b.txt")).unwrap();
    for (name, magic) in [
        ("x.pdf", &b"%PDF-"[..]),
        ("y.docx", b"PK"),
        ("z.md", b"\\*"),
    ] {
        let out = docpipe(dir.path(), &["convert", "a.txt", "-o", name]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        let path = dir.path().join(name);
        assert!(path.is_file(), "{name} is not a file");
        assert!(std::fs::read(&path).unwrap().starts_with(magic), "{name}");
    }
    let out = docpipe(dir.path(), &["convert", "a.txt", "b.txt", "-o", "two.pdf"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 inputs"), "{}", stderr(&out));
    let out = docpipe(
        dir.path(),
        &["convert", "a.txt", "-o", "x.pdf", "-t", "docx"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!dir.path().join("two.pdf").exists());
}

#[test]
fn inspect_reads_standard_input() {
    let text = std::fs::read(sample("speech.txt")).unwrap();
    let out = crate::util::docpipe_with(
        &root(),
        &["inspect", "--json", "-"],
        crate::util::Feed::Bytes(text),
        std::time::Duration::from_secs(30),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["style"], "speech");
    assert_eq!(doc["blocks"], inspect_json(&sample("speech.txt"))["blocks"]);
}

#[test]
fn a_copied_binary_writes_pdfs_with_the_build_tree_fonts_gone() {
    // Copy the binary away from the clone, then hide the clone's fonts/ in a private
    // mount namespace (root only; skipped elsewhere): it must still write a PDF.
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("docpipe");
    std::fs::copy(env!("CARGO_BIN_EXE_docpipe"), &binary).unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("a.txt")).unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let fonts = root().join("fonts");
    let script = format!(
        "mount --bind '{}' '{}' && ls '{}' | wc -l && '{}' convert a.txt -o out -t pdf",
        empty.display(),
        fonts.display(),
        fonts.display(),
        binary.display()
    );
    let out = std::process::Command::new("unshare")
        .args(["-m", "sh", "-c", &script])
        .current_dir(dir.path())
        .env_remove("DOCPIPE_FONT_DIR")
        .output();
    let out = match out {
        Ok(out) if String::from_utf8_lossy(&out.stdout).trim() == "0" => out,
        _ => {
            eprintln!("skipping: cannot hide fonts/ in a mount namespace (needs root and unshare)");
            return;
        }
    };
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pdf = std::fs::read(dir.path().join("out/a.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn docpipe_font_dir_still_overrides_the_bundled_fonts() {
    // A folder holding a different font under a bundled font's name is used instead.
    let dir = tempfile::tempdir().unwrap();
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    std::fs::write(fonts.join("FandolFang-Regular.otf"), b"not a font").unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("a.txt")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_docpipe"))
        .args(["convert", "a.txt", "-o", "out", "-t", "pdf"])
        .current_dir(dir.path())
        .env("DOCPIPE_FONT_DIR", &fonts)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("FandolFang-Regular.otf"), "{err}");
}

/// `--mono` prints the red mark and separator in black; without it they are red.
#[test]
fn mono_prints_the_mark_in_black() {
    let dir = tempfile::tempdir().unwrap();
    let head = "某某市人民政府文件\n某政发〔2026〕12号\n关于某事的通知\n各区县人民政府：\n现将有关事项通知如下。\n";
    std::fs::write(dir.path().join("head.txt"), head).unwrap();
    let red = |flags: &[&str]| {
        let mut args = vec!["convert", "head.txt", "-t", "docx", "-o", "out", "--force"];
        args.extend_from_slice(flags);
        let out = docpipe(dir.path(), &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let docx = std::fs::read(dir.path().join("out/head.docx")).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        xml.matches("FF0000").count()
    };
    assert_eq!(red(&[]), 2);
    assert_eq!(red(&["--mono"]), 0);
}
