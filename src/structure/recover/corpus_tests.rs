//! Tests against the shared corpus (../shared beside the clone). Each test skips, with the
//! reason printed, when the corpus is absent.

use super::recover_paragraphs;
use crate::ingest::{decode, IngestOptions};

/// The recovered text of `bytes`.
struct Recovered {
    text: String,
}

fn decode_plain(bytes: &[u8]) -> Recovered {
    match decode(bytes, &IngestOptions::default()) {
        Ok(d) => Recovered {
            text: recover_paragraphs(&d.text),
        },
        Err(e) => panic!("decode failed: {e}"),
    }
}

/// A shared corpus file, or None (the caller skips) when ../shared is absent.
fn shared(relative: &str) -> Option<Vec<u8>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(relative);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            eprintln!("skipping: {} not readable ({e})", path.display());
            None
        }
    }
}

#[test]
fn corpus_one_paragraph_per_line_files_keep_their_lines() {
    for (file, encoding) in [
        (
            "corpus/zh/gwr_2022年政府工作报告_utf8_crlf.txt",
            encoding_rs::UTF_8,
        ),
        (
            "corpus/zh/law_中华人民共和国宪法_utf8_crlf.txt",
            encoding_rs::UTF_8,
        ),
        (
            "corpus/zh/official_中共中央国务院关于实施乡村振兴战略的意见_utf8_crlf.txt",
            encoding_rs::UTF_8,
        ),
        (
            "corpus/zh/novel_三国演义_gb18030_crlf.txt",
            encoding_rs::GB18030,
        ),
    ] {
        let Some(bytes) = shared(file) else { return };
        let expected: Vec<String> = encoding
            .decode(&bytes)
            .0
            .lines()
            .map(|l| l.trim_matches(|c: char| c.is_whitespace()).to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let d = decode_plain(&bytes);
        let got: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got.len(), expected.len(), "{file}");
        assert!(got.iter().zip(&expected).all(|(g, e)| g == e), "{file}");
    }
}

#[test]
fn corpus_articles_run_into_one_line_get_their_paragraphs_back() {
    // Each line of this collection is a whole article whose paragraphs were pasted with
    // their "　　" indentation but without their line breaks.
    let file = "corpus/zh/speech_习近平讲话汇编_gbk_crlf.txt";
    let Some(bytes) = shared(file) else { return };
    let source_lines = encoding_rs::GB18030.decode(&bytes).0.lines().count();
    let d = decode_plain(&bytes);
    let paragraphs = d.text.lines().filter(|l| !l.is_empty()).count();
    assert!(
        paragraphs > 10 * source_lines,
        "{paragraphs} from {source_lines} lines"
    );
    assert!(d.text.lines().all(|l| !l.starts_with('\u{3000}')));
}

#[test]
fn corpus_hard_wrapped_files_are_rejoined() {
    for (file, max_lines) in [
        ("corpus/zh/essay_共产党宣言_hardwrapped_utf8_crlf.txt", 330),
        ("corpus/en/pg1342_pride_and_prejudice_cp1252_crlf.txt", 3000),
        ("corpus/en/gutenberg_11-0_alice_utf8_lf.txt", 1000),
    ] {
        let Some(bytes) = shared(file) else { return };
        let d = decode_plain(&bytes);
        let count = d.text.lines().filter(|l| !l.is_empty()).count();
        assert!(count < max_lines, "{file}: {count} paragraphs");
    }
}

#[test]
fn corpus_single_line_report_is_split() {
    let Some(bytes) = shared("corpus/zh/report_二十大报告_utf8_singleline.txt") else {
        return;
    };
    let d = decode_plain(&bytes);
    let lines: Vec<&str> = d.text.lines().collect();
    assert!(lines.len() > 30, "{} lines", lines.len());
    assert!(lines.iter().any(|l| l.starts_with("（一）")));
}
