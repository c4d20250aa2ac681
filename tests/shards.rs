//! Cluster runs: `--shard` splits a batch so that N processes write exactly the files of
//! one run, `--manifest` lets a rerun skip what is done, and `--no-system-fonts` keeps
//! the machine's fonts out of the PDFs.

use crate::util::{docpipe, files_below, sample, stderr};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The environment variables `--shard env/N` reads.
pub(crate) const INDEX_VARIABLES: [&str; 5] = [
    "JOB_COMPLETION_INDEX",
    "SLURM_ARRAY_TASK_ID",
    "SLURM_ARRAY_TASK_MIN",
    "SLURM_ARRAY_TASK_STEP",
    "AWS_BATCH_JOB_ARRAY_INDEX",
];

/// The binary in `cwd` with `args`, `env` set and the job-array variables otherwise unset.
fn command(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_docpipe"));
    cmd.args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", "1700000000");
    for var in INDEX_VARIABLES {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn run(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    command(cwd, args, env).output().expect("docpipe runs")
}

/// A small corpus in `dir/in`: plain text in three encodings, Markdown, English, in
/// nested folders, each file a few times under different names.
fn corpus(dir: &Path) {
    let input = dir.join("in");
    for (i, sub) in ["", "a", "a/b", "中文"].iter().enumerate() {
        let folder = input.join(sub);
        std::fs::create_dir_all(&folder).unwrap();
        for name in [
            "speech.txt",
            "speech-gbk.txt",
            "speech-utf16.txt",
            "notice.txt",
            "english.txt",
            "guide.md",
        ] {
            std::fs::copy(sample(name), folder.join(format!("{i}-{name}"))).unwrap();
        }
    }
    std::fs::copy(sample("notice.txt"), input.join("中文/通知.txt")).unwrap();
}

/// Every file under `out` (state files left out) → its bytes, by relative path.
pub(crate) fn tree(out: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files_below(out)
        .into_iter()
        .filter(|p| {
            !p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".docpipe-state")
        })
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p.strip_prefix(out).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

/// The manifest's lines as JSON values.
pub(crate) fn manifest(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("a manifest line is JSON"))
        .collect()
}

/// Runs shards 0..4 at once, all into `out`, each with its own manifest.
fn four_shards(dir: &Path, out: &str) -> Vec<Output> {
    let children: Vec<_> = (0..4)
        .map(|i| {
            let shard = format!("{i}/4");
            let manifest = format!("m-{i}.jsonl");
            command(
                dir,
                &[
                    "convert",
                    "in",
                    "-o",
                    out,
                    "--no-system-fonts",
                    "--shard",
                    &shard,
                    "--manifest",
                    &manifest,
                    "-j",
                    "1",
                ],
                &[],
            )
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect()
}

#[test]
fn four_shards_write_exactly_the_files_of_one_run() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let one = run(
        dir.path(),
        &[
            "convert",
            "in",
            "-o",
            "out1",
            "--no-system-fonts",
            "--manifest",
            "m.jsonl",
        ],
        &[],
    );
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let single = tree(&dir.path().join("out1"));
    assert_eq!(single.len(), 25 * 3, "{:?}", single.keys());

    // Four processes at once, sharing one output folder.
    for out in four_shards(dir.path(), "out2") {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let sharded = tree(&dir.path().join("out2"));
    assert_eq!(
        single.keys().collect::<Vec<_>>(),
        sharded.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &single {
        assert!(sharded[path] == *bytes, "{} differs", path.display());
    }

    // No input done twice, none left out: the shards' manifests split the single run's.
    let mut seen = BTreeMap::new();
    for i in 0..4 {
        let lines = manifest(&dir.path().join(format!("m-{i}.jsonl")));
        assert!(!lines.is_empty(), "shard {i} had nothing to do");
        for line in lines {
            assert_eq!(line["status"], "converted", "{line}");
            let path = line["path"].as_str().unwrap().to_string();
            assert!(seen.insert(path, line).is_none(), "an input done twice");
        }
    }
    let whole: BTreeMap<String, Value> = manifest(&dir.path().join("m.jsonl"))
        .into_iter()
        .map(|l| (l["path"].as_str().unwrap().to_string(), l))
        .collect();
    assert_eq!(
        whole.keys().collect::<Vec<_>>(),
        seen.keys().collect::<Vec<_>>()
    );
    for (path, line) in &whole {
        for key in ["bytes", "sha256", "options", "outputs"] {
            assert_eq!(line[key], seen[path][key], "{path}: {key}");
        }
    }

    // A rerun of every shard skips everything; an edited input is the only one redone.
    for out in four_shards(dir.path(), "out2") {
        let err = stderr(&out);
        assert!(err.contains("docpipe: 0 converted, 0 failed,"), "{err}");
    }
    std::fs::write(dir.path().join("in/a/1-english.txt"), "Edited.\n\nNow.\n").unwrap();
    let converted: usize = four_shards(dir.path(), "out2")
        .iter()
        .map(|out| usize::from(stderr(out).contains("docpipe: 1 converted, 0 failed")))
        .sum();
    assert_eq!(converted, 1);
}

#[test]
fn shard_env_takes_the_index_from_the_job_array() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let list = |args: &[&str], env: &[(&str, &str)]| -> Vec<String> {
        let mut all = vec!["convert", "in", "-o", "out", "--list"];
        all.extend_from_slice(args);
        let out = run(dir.path(), &all, env);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    };
    let everything = list(&[], &[]);
    assert_eq!(everything.len(), 25);
    let mut union = Vec::new();
    for i in 0..4 {
        let index = i.to_string();
        let by_env = list(&["--shard", "env/4"], &[("JOB_COMPLETION_INDEX", &index)]);
        assert_eq!(by_env, list(&["--shard", &format!("{i}/4")], &[]));
        union.extend(by_env);
    }
    union.sort();
    let mut sorted = everything.clone();
    sorted.sort();
    assert_eq!(union, sorted);
    // Slurm counts from the array's first task id; AWS Batch from 0.
    let slurm = list(
        &["--shard", "env/4"],
        &[("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "1")],
    );
    assert_eq!(slurm, list(&["--shard", "2/4"], &[]));
    let aws = list(&["--shard", "env/4"], &[("AWS_BATCH_JOB_ARRAY_INDEX", "3")]);
    assert_eq!(aws, list(&["--shard", "3/4"], &[]));
    // --list converts nothing.
    assert!(!dir.path().join("out").exists());
}

#[test]
fn bad_shards_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("speech.txt"), dir.path().join("s.txt")).unwrap();
    for (spec, env, says) in [
        ("0/0", &[][..], "N must be at least 1"),
        ("4/4", &[][..], "0 ≤ I < N"),
        ("x/4", &[][..], "whole number"),
        ("env/4", &[][..], "JOB_COMPLETION_INDEX"),
        ("env/4", &[("JOB_COMPLETION_INDEX", "7")][..], "0 ≤ I < N"),
    ] {
        let out = run(
            dir.path(),
            &["convert", "s.txt", "-o", "out", "--shard", spec],
            env,
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{spec}: {err}");
        assert!(err.contains(says), "{spec}: {err}");
        assert!(!dir.path().join("out").exists());
    }
}

#[test]
fn a_manifest_with_a_torn_last_line_is_trusted_up_to_it_and_failures_are_redone() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for name in ["a", "b", "c", "d"] {
        std::fs::copy(sample("notice.txt"), input.join(format!("{name}.txt"))).unwrap();
    }
    // d's PDF cannot be written: a folder stands where it goes.
    std::fs::create_dir_all(dir.path().join("out/d.pdf")).unwrap();
    let convert = || {
        let out = run(
            dir.path(),
            &["convert", "in", "-o", "out", "--manifest", "m.jsonl"],
            &[],
        );
        (out.status.code(), stderr(&out))
    };
    let (code, err) = convert();
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("3 converted, 1 failed"), "{err}");
    let lines = manifest(&dir.path().join("m.jsonl"));
    let statuses: Vec<&str> = lines
        .iter()
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["converted", "converted", "converted", "failed"]);
    assert_eq!(lines[0]["path"], "a.txt");
    assert_eq!(
        lines[0]["outputs"],
        serde_json::json!(["a.pdf", "a.docx", "a.md"])
    );
    assert_eq!(
        lines[0]["bytes"],
        std::fs::metadata(input.join("a.txt")).unwrap().len()
    );
    assert_eq!(lines[0]["sha256"].as_str().unwrap().len(), 64);
    assert!(lines[3]["error"].as_str().unwrap().contains("d.pdf"));

    // The folder is gone; the run is "killed" while writing c's line: torn mid-line.
    std::fs::remove_dir(dir.path().join("out/d.pdf")).unwrap();
    // Only the manifest is to vouch for what was done: the up-to-date state goes.
    std::fs::remove_file(dir.path().join("out/.docpipe-state.json")).unwrap();
    let text = std::fs::read_to_string(dir.path().join("m.jsonl")).unwrap();
    let keep: Vec<&str> = text.lines().take(3).collect();
    let torn = format!(
        "{}\n{}",
        keep[..2].join("\n"),
        &keep[2][..keep[2].len() / 2]
    );
    std::fs::write(dir.path().join("m.jsonl"), torn).unwrap();

    // a and b are trusted; c (torn) and d (failed) are done again.
    let (code, err) = convert();
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("ignored 1 unreadable line"), "{err}");
    assert!(err.contains("2 converted, 0 failed, 2 up to date"), "{err}");
    let lines = manifest(&dir.path().join("m.jsonl"));
    let statuses: Vec<&str> = lines
        .iter()
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["up to date", "up to date", "converted", "converted"]
    );
    // Other options are not the same options.
    let out = run(
        dir.path(),
        &[
            "convert",
            "in",
            "-o",
            "out",
            "--manifest",
            "m.jsonl",
            "-t",
            "md",
            "--style",
            "plain",
        ],
        &[],
    );
    assert!(stderr(&out).contains("4 converted"), "{}", stderr(&out));
}

#[test]
fn the_report_names_system_fonts_and_no_system_fonts_keeps_them_out() {
    let dir = tempfile::tempdir().unwrap();
    // A chess king: no bundled face has it; DejaVu Sans, where installed, does.
    std::fs::write(dir.path().join("k.txt"), "The king \u{2654} moves.\n").unwrap();
    std::fs::write(
        dir.path().join("house.toml"),
        "[faces]\nsystem_fonts = false\n",
    )
    .unwrap();
    let report = |extra: &[&str]| -> Value {
        let mut args = vec![
            "convert", "k.txt", "-o", "out", "-t", "pdf", "--report", "r.json",
        ];
        args.extend_from_slice(extra);
        let out = docpipe(dir.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let r: Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("r.json")).unwrap()).unwrap();
        r["entries"][0].clone()
    };
    let with = report(&[]);
    let fonts = with["system_fonts"].as_array().unwrap();
    if fonts.is_empty() {
        eprintln!("skipping: no installed font has U+2654");
        return;
    }
    let warnings = with["warnings"].to_string();
    assert!(warnings.contains("drew \u{2654} (U+2654)"), "{warnings}");
    for extra in [
        &["--no-system-fonts"][..],
        &["--style-file", "house.toml"][..],
    ] {
        let without = report(extra);
        assert_eq!(without["system_fonts"], serde_json::json!([]), "{extra:?}");
        assert_eq!(
            without["skipped"], false,
            "{extra:?}: other options, so redone"
        );
        let warnings = without["warnings"].to_string();
        assert!(
            warnings.contains("no font has \u{2654}"),
            "{extra:?}: {warnings}"
        );
    }
}

#[test]
fn a_killed_shard_leaves_a_manifest_a_rerun_can_trust() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..16 {
        for name in ["speech.txt", "notice.txt", "english.txt"] {
            std::fs::copy(sample(name), input.join(format!("{i:02}-{name}"))).unwrap();
        }
    }
    let reference = run(dir.path(), &["convert", "in", "-o", "ref", "-q"], &[]);
    assert_eq!(reference.status.code(), Some(0), "{}", stderr(&reference));
    let reference = tree(&dir.path().join("ref"));
    let shard = [
        "convert",
        "in",
        "-o",
        "out",
        "--shard",
        "1/2",
        "--manifest",
        "m.jsonl",
    ];
    let listed = run(dir.path(), &[&shard[..], &["--list"]].concat(), &[]);
    let total = String::from_utf8(listed.stdout).unwrap().lines().count();
    assert!(total > 10, "{total}");
    let mut trusted = 0;
    let mut paths = std::collections::BTreeSet::new();
    let mut seen = Vec::new();
    for delay_ms in [60u64, 150, 300] {
        let mut child = command(dir.path(), &shard, &[])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Every line that reads says what is true: its outputs are whole and right.
        let text = std::fs::read_to_string(dir.path().join("m.jsonl")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        paths.clear();
        for (n, line) in lines.iter().enumerate() {
            let Ok(line) = serde_json::from_str::<Value>(line) else {
                assert_eq!(n + 1, lines.len(), "only the last line may be torn");
                continue;
            };
            assert_ne!(line["status"], "failed", "{line}");
            for output in line["outputs"].as_array().unwrap() {
                let output = output.as_str().unwrap();
                let bytes = std::fs::read(dir.path().join("out").join(output)).unwrap();
                assert!(
                    bytes == reference[Path::new(output)],
                    "{output} after a kill"
                );
            }
            // A rerun records again what it skipped: count each input once.
            paths.insert(line["path"].as_str().unwrap().to_string());
        }
        trusted = paths.len();
        seen.push(trusted);
    }
    eprintln!("after each kill, the manifest vouched for {seen:?} of {total} inputs");
    // The rerun trusts those lines and does the rest.
    let out = run(dir.path(), &shard, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let summary = if trusted > 0 {
        format!(
            "{} converted, 0 failed, {trusted} up to date",
            total - trusted
        )
    } else {
        format!("{total} converted, 0 failed")
    };
    assert!(err.contains(&summary), "{summary}: {err}");
    let lines = manifest(&dir.path().join("m.jsonl"));
    assert_eq!(lines.len(), total);
    for (path, bytes) in tree(&dir.path().join("out")) {
        let name = path.file_name().unwrap().to_string_lossy();
        if !name.starts_with(".docpipe-") && !name.ends_with(".jsonl") {
            assert!(bytes == reference[&path], "{}", path.display());
        }
    }
}
