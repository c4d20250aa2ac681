//! Kill safety: a batch SIGKILLed at any moment leaves only whole outputs behind, and the
//! next run removes its temporary files.

use crate::util::{docpipe, files_below, sample};
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn a_killed_batch_leaves_only_complete_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..24 {
        for name in ["speech.txt", "notice.txt", "english.txt"] {
            std::fs::copy(sample(name), input.join(format!("{i:02}-{name}"))).unwrap();
        }
    }
    let out = dir.path().join("out");
    let mut rounds = 0;
    for delay_ms in [50u64, 200, 500, 900, 1500] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_docpipe"))
            .args([
                "convert",
                "in",
                "-o",
                "out",
                "-t",
                "pdf,docx,md",
                "--force",
                "-q",
            ])
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        rounds += 1;
        for file in files_below(&out) {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with(".docpipe-") {
                continue; // a temporary of the killed run: never under an output's name
            }
            let bytes = std::fs::read(&file).unwrap();
            if name.ends_with(".pdf") {
                lopdf::Document::load_mem(&bytes)
                    .unwrap_or_else(|e| panic!("{name} after a kill at {delay_ms} ms: {e}"));
            } else if name.ends_with(".docx") {
                zip::ZipArchive::new(std::io::Cursor::new(bytes))
                    .unwrap_or_else(|e| panic!("{name} after a kill at {delay_ms} ms: {e}"));
            }
        }
    }
    assert_eq!(rounds, 5);
    // The next run finishes the job and sweeps up what the killed ones left.
    let done = docpipe(
        dir.path(),
        &["convert", "in", "-o", "out", "-t", "pdf,docx,md", "-q"],
    );
    assert!(done.status.success());
    let leftovers: Vec<_> = files_below(&out)
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(
        files_below(&out)
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
            .count(),
        72
    );
}
