//! The labelled structure corpus: real documents read by docpipe, scored against hand labels.
//!
//! tests/labelled/{dev,holdout,fresh,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7}/NAME.{txt,md} sit next to NAME.expect, and
//! tests/labelled/shared/DIR__FILE.expect label ../shared/corpus/DIR/FILE (skipped, with a
//! printed reason, where that folder is absent). dev is for the rule-writer to look at;
//! holdout and the fresh splits measure the rules on documents they were not tuned on (fresh,
//! fresh2, fresh3, fresh4, fresh5, fresh6, fresh7: documents of sources the rule-writers had never seen when each was
//! added).
//! The test prints one table
//! (also written to target/labelled-scores.txt) and fails if a score falls under its floor.
//! `LABELLED_DIFF=1` prints each document's mismatched lines; `bench/score_structure.sh`
//! runs it. The arithmetic lives in `labelled_score`, which has its own unit tests.

use crate::labelled_groups::ADDED_GROUPS;
use crate::labelled_score::{diff_lines, parse_expect, score_document, KindCount, Label, Score};
use crate::util::root;
use docpipe::model::{BlockKind, Document};
use docpipe::structure::InputFormat;
use docpipe::{read_document, ReadOptions};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

// Floors: the values measured on 2026-11-30 (release build of commit 7d18b3f's rules) less
// about 0.02. They only ratchet up: when the rules improve, raise each to the new measurement
// less the same margin; never lower one to make a change pass. Measured then: dev blocks
// 0.523, holdout blocks 0.628, shared blocks 0.910, heading F1 0.760, paragraph F1 0.830,
// heads and closings right 0.429. Raised the same day after the head, closing and
// collection rules: dev 0.735, holdout 0.742, shared 0.908, heading F1 0.885, paragraph F1
// 0.868, heads and closings right 0.643. Raised again after the English rules (plays,
// Gutenberg frame, verse-aware rewrapping, letters, poems) merged with those: dev 0.943,
// holdout 0.952, shared 0.925, heading F1 0.991, paragraph F1 0.939, heads and closings
// right 0.696. Raised on 2026-11-30 (second session) after the Markdown head and closing,
// adoption notes, clauses, long titles and the scorer reading quotes and front matter as
// labelled: dev 0.987, holdout 0.958, shared 0.981, heading F1 0.994, paragraph F1 0.983,
// heads and closings right 0.821 (dev, holdout, shared). Block floors raised on 2026-11-30
// (third session) after the decree, attached-document, record-line and Markdown contents
// rules and the English rules: dev 0.983 (with the added documents), holdout 0.978,
// shared 0.997, fresh 0.935, fresh2 0.970, dev-added 0.969; each floor about 0.01–0.02
// below.
const FLOOR_DEV_BLOCKS: f64 = 0.97;
const FLOOR_HOLDOUT_BLOCKS: f64 = 0.96;
const FLOOR_SHARED_BLOCKS: f64 = 0.98;
const FLOOR_ALL_HEADING_F1: f64 = 0.97;
const FLOOR_ALL_PARAGRAPH_F1: f64 = 0.96;
const FLOOR_ALL_HEADS_RIGHT: f64 = 0.80;
// The fresh split's floor: its block accuracy measured on 2026-11-30 when the split was added
// (release build of commit 4321107's rules: 0.855, 25 documents) less 0.02, rounded down to
// 0.01; raised the same day to 0.932 (the rules of this session) less 0.02, and in the fourth
// session to 0.966 less 0.02, and by helper play18 to 0.973 (its Wilde play read whole after
// the scene-setting rules) less 0.02.
const FLOOR_FRESH_BLOCKS: f64 = 0.95;
// The fresh2 split's floor (Chinese official documents, reports and Markdown laws from sources
// new on 2026-11-30, third session): its block accuracy measured when the split was added
// (release build of commit e193e75's rules: 0.878, 12 documents) less about 0.02, rounded
// down to 0.01.
const FLOOR_FRESH2_BLOCKS: f64 = 0.95;
// The fresh3 split's floor (Chinese notices, 意见, 条例 and law excerpts, Markdown selected
// works, novels and a web-novel collection; English play, speech, novel and README, from
// sources new on 2026-11-30, added after fresh2): its block accuracy measured when the split was
// added (release build of commit 42178a3's rules: 0.748, 22 documents) less about 0.02,
// rounded down to 0.01. Its documents were labelled by a helper the rule-writer only hears
// aggregate figures from; keep it that way. Raised the same day (fourth session) to 0.897,
// measured after the clause-family, Markdown indented-line, editor's-note, Markdown
// numbered-paragraph, classical-verse, salutation and play-speaker rules, less about 0.02.
// Raised the same day (helper coll18) to 0.885: measured 0.909 after the collection rules
// (navigation lines and piece numbers over titles, pieces after rules, endnotes per piece).
const FLOOR_FRESH3_BLOCKS: f64 = 0.885;
// The fresh4 split's floor (issue 11, helper "corpus4": a work report copied from a news page,
// a joint 通知 with its issuer mark and closing, texts copied from PDFs with page numbers and contents lines, Markdown speeches, README, 办法
// and law from site generators, two novels; English play, address, Gutenberg chapter and
// Markdown notes, from repositories no earlier split used): its block accuracy when added
// less about 0.02 (release build of commit 06c87ac's rules: 0.595, 16 documents). Labelled by a
// helper; the rule-writer hears only aggregate figures. Raised the same day (fifth session) to
// 0.68: measured 0.704 after the web-page, lead-line, contents-leader and English play rules.
// Raised the same day (helpers zhmd18 and toc18) to 0.75: measured 0.775 after the Chinese
// Markdown head, outline and HTML-paragraph rules and the novel rules, and 0.771 after the
// contents-list rules for text copied from PDFs (tuned on the dev-added-pdf documents only).
// Raised in the tenth session to 0.87: measured 0.897 after the hanging-speaker play rule.
const FLOOR_FRESH4_BLOCKS: f64 = 0.87;
// The fresh5 split's floor (issue 11/12, helper "fresh5": local 通知 and a 公告 from a law
// database, a law scraped from a wiki, Lu Xun's collections, stories and a speech, a Markdown
// novel and tale collection; Milton's speech, masque, title page and poems, Markdown READMEs
// and a Jekyll page, from repositories no earlier split used): its block accuracy when added
// less about 0.03 (release build of commit 37a01a3's rules: 0.839, 24 documents). Labelled
// by a helper before docpipe was run on them; the rule-writer hears only aggregate figures.
// Raised in the tenth session to 0.83 (measured 0.850).
const FLOOR_FRESH5_BLOCKS: f64 = 0.86;
// The fresh6 split's floor (tenth session, helper "fresh6": a 意见 head, work report heads, a
// party-congress report from a news page, a law copied from a PDF, a classical prose collection
// boundary, ci and Tang poem anthologies, two novel excerpts; a Gutenberg title page, letters, a
// story collection's title page, a play scene, chapter boundaries, sonnets, an inaugural
// address; Markdown docs pages and READMEs in English and Chinese, from repositories no earlier
// split or trial used): its block accuracy when added less about 0.03 (the binary of commit
// fb28f5a, this session's start: 0.802, 24 documents, 575 blocks). Labelled by a helper before
// docpipe was run on them; the rule-writer hears only aggregate figures.
// Raised in the eleventh session to 0.83 (measured 0.854).
const FLOOR_FRESH6_BLOCKS: f64 = 0.86;
// The fresh7 split's floor (eleventh session, helper "fresh7": a 通知 and a 办法 copied from
// PDFs, a court 批复, two law heads with their contents, two 章回 novel excerpts, two story
// collection boundaries, a classical prose collection head, a Tang poem anthology; Gutenberg
// heads, a title page with contents, a book boundary, two play openings; Markdown docs pages and
// RFCs in English and Chinese, from repositories no earlier split or trial used): its block
// accuracy when added less about 0.03 (the binary of commit 33ef5d2, this session's start:
// 0.795, 24 documents, 624 blocks).
// Labelled by a helper before docpipe was run on them; the rule-writer hears only aggregate
// figures. Raised on 2026-12-02 to 0.79 (0.817 measured then, after the old Etext header rule).
const FLOOR_FRESH7_BLOCKS: f64 = 0.81;
/// The splits the all-corpus floors (heading F1, paragraph F1, heads and closings right) were
/// measured on; fresh, fresh2, fresh3 and fresh4 came later and have their own floors, so adding unseen
/// documents to them cannot fail a floor that was never measured with them.
const FLOORED_SPLITS: &[&str] = &["dev", "holdout", "shared"];
/// The group of later dev additions a dev document belongs to, if any: its report name.
fn added_group(split: &str, name: &str) -> Option<&'static str> {
    ADDED_GROUPS
        .iter()
        .find(|g| split == "dev" && g.documents.contains(&name))
        .map(|g| g.name)
}
/// At least this many labelled documents must be found (a lost folder must not pass): 96
/// documents in dev, holdout, fresh and fresh2 when fresh2 was added, shared not counted.
const MIN_DOCUMENTS: usize = 90;

/// One labelled document: which split and language it counts in, its source and labels.
struct Case {
    split: &'static str,
    lang: String,
    name: String,
    path: PathBuf,
    expected: Vec<Label>,
}

/// The model's blocks as labels, in the labels' vocabulary (tests/labelled/README.md):
/// `in_toc` blocks count as `toc`; a paragraph inside a Markdown block quote (the model
/// keeps it a paragraph with its `quote_depth`) is a `quote`; a YAML front matter (kept
/// in the model's metadata, not as a block) is one `front_matter` label first; heading
/// levels are ranked among the depths the document uses (Markdown keeps its `#` count in
/// the model; the labels, like the writers, go by rank: `##`..`####` are levels 1..3).
fn actual_labels(doc: &Document) -> Vec<Label> {
    let mut depths: Vec<u8> = doc
        .blocks
        .iter()
        .filter_map(|b| b.heading().map(|h| h.level))
        .collect();
    depths.sort_unstable();
    depths.dedup();
    let rank = |level: u8| depths.partition_point(|&d| d < level) as u8 + 1;
    let front_matter = doc
        .metadata
        .front_matter
        .as_deref()
        .map(|text| Label::new("front_matter", None, text));
    let blocks = doc.blocks.iter().map(|b| {
        let (kind, level) = match &b.kind {
            _ if b.in_toc => ("toc", None),
            BlockKind::Heading(h) => ("heading", Some(rank(h.level))),
            BlockKind::Paragraph { .. } if b.quote_depth > 0 => ("quote", None),
            k => (k.name(), None),
        };
        Label::new(kind, level, &b.plain_text())
    });
    front_matter.into_iter().chain(blocks).collect()
}

fn read_labels(path: &Path) -> Vec<Label> {
    let text = std::fs::read_to_string(path).unwrap();
    parse_expect(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The language group of a file name: the part before the first `_` (zh, en, md).
fn lang_of(name: &str) -> String {
    name.split('_').next().unwrap_or("").to_string()
}

fn collect_cases() -> Vec<Case> {
    let dir = root().join("tests").join("labelled");
    let mut cases = Vec::new();
    for split in [
        "dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(split))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            // A split may keep its own MANIFEST.tsv (fresh5 does): sources, not documents.
            .filter(|p| p.extension().is_some_and(|e| e != "expect" && e != "tsv"))
            .collect();
        files.sort();
        for path in files {
            let expect = path.with_extension("expect");
            assert!(expect.is_file(), "{} has no .expect", path.display());
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            cases.push(Case {
                split,
                lang: lang_of(&name),
                expected: read_labels(&expect),
                name,
                path,
            });
        }
    }
    let corpus = root().join("..").join("shared").join("corpus");
    let mut shared: Vec<PathBuf> = std::fs::read_dir(dir.join("shared"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    shared.sort();
    for expect in shared {
        let stem = expect.file_stem().unwrap().to_string_lossy().to_string();
        let Some((sub, file)) = stem.split_once("__") else {
            panic!("{}: not named DIR__FILE.expect", expect.display());
        };
        let path = corpus.join(sub).join(file);
        if !path.is_file() {
            eprintln!("labelled: skipping {stem}: {} is absent", path.display());
            continue;
        }
        cases.push(Case {
            split: "shared",
            lang: sub.to_string(),
            name: stem.clone(),
            expected: read_labels(&expect),
            path,
        });
    }
    cases
}

fn pct(x: f64) -> String {
    format!("{:5.1}", x * 100.0)
}

fn kind_row(out: &mut String, kind: &str, c: KindCount) {
    let _ = writeln!(
        out,
        "  {kind:<16} {:>5} {:>5} {:>5}   P {}  R {}  F1 {}",
        c.expected,
        c.actual,
        c.true_pos,
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1())
    );
}

fn report_split(out: &mut String, title: &str, s: &Score) {
    let _ = writeln!(
        out,
        "== {title}: {} documents, {} expected blocks\n  block accuracy {}%   heading level accuracy {}% ({} matched)   heads and closings right {}% of documents",
        s.documents,
        s.blocks,
        pct(s.block_accuracy()),
        pct(s.level_accuracy()),
        s.headings_matched,
        pct(s.heads_right())
    );
    let _ = writeln!(
        out,
        "  {:<16} {:>5} {:>5} {:>5}",
        "kind", "exp", "act", "tp"
    );
    for (kind, c) in &s.kinds {
        kind_row(out, kind, *c);
    }
    let mut confusions: Vec<_> = s.confusions.iter().collect();
    confusions.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = confusions
        .iter()
        .map(|((e, a), n)| format!("{e} -> {a} {n}"))
        .collect();
    if !shown.is_empty() {
        let _ = writeln!(out, "  read as another kind: {}", shown.join(", "));
    }
}

#[test]
fn labelled_corpus_scores_at_least_the_floors() {
    let cases = collect_cases();
    let diff = std::env::var("LABELLED_DIFF").is_ok_and(|v| v == "1");
    let mut by_split: BTreeMap<&str, Score> = BTreeMap::new();
    let mut by_lang: BTreeMap<(String, &str), Score> = BTreeMap::new();
    let mut all = Score::default();
    let mut floored = Score::default();
    let mut dev_floored = Score::default();
    let mut per_doc = String::new();
    for case in &cases {
        let bytes = std::fs::read(&case.path).unwrap();
        let options = ReadOptions {
            format: Some(InputFormat::from_path(&case.path)),
            ..ReadOptions::default()
        };
        let read = read_document(&bytes, &options)
            .unwrap_or_else(|e| panic!("{}: {e}", case.path.display()));
        let actual = actual_labels(&read.document);
        let s = score_document(&case.expected, &actual);
        let _ = writeln!(
            per_doc,
            "  {:<8} {:<58} blocks {}%  heads {}",
            case.split,
            case.name,
            pct(s.block_accuracy()),
            if s.documents_heads_right == 1 {
                "ok"
            } else {
                "--"
            }
        );
        // Unseen documents (holdout, fresh, fresh2, ..., fresh7) are never printed: rules
        // must not be tuned on them.
        if diff
            && !matches!(
                case.split,
                "holdout"
                    | "fresh"
                    | "fresh2"
                    | "fresh3"
                    | "fresh4"
                    | "fresh5"
                    | "fresh6"
                    | "fresh7"
            )
        {
            let lines = diff_lines(&case.expected, &actual);
            if !lines.is_empty() {
                eprintln!("--- {} ({}):\n{}", case.name, case.split, lines.join("\n"));
            }
        }
        by_split.entry(case.split).or_default().add(&s);
        let added = added_group(case.split, &case.name);
        if let Some(group) = added {
            by_split.entry(group).or_default().add(&s);
            by_lang
                .entry((case.lang.clone(), group))
                .or_default()
                .add(&s);
        } else if case.split == "dev" {
            dev_floored.add(&s);
        }
        by_lang
            .entry((case.lang.clone(), case.split))
            .or_default()
            .add(&s);
        all.add(&s);
        if FLOORED_SPLITS.contains(&case.split) && added.is_none() {
            floored.add(&s);
        }
    }

    let mut out = String::from("Labelled structure corpus (tests/labelled)\n\n");
    for (split, s) in &by_split {
        report_split(&mut out, split, s);
        out.push('\n');
    }
    report_split(&mut out, "all", &all);
    out.push_str("\n== headings by language (expected / actual / tp, F1, level accuracy)\n");
    for ((lang, split), s) in &by_lang {
        let h = s.kind("heading");
        let _ = writeln!(
            out,
            "  {lang:<3} {split:<12} {:>5} {:>5} {:>5}   F1 {}  level {}%   blocks {}%",
            h.expected,
            h.actual,
            h.true_pos,
            pct(h.f1()),
            pct(s.level_accuracy()),
            pct(s.block_accuracy())
        );
    }
    out.push_str("\n== per document\n");
    out.push_str(&per_doc);
    eprintln!("{out}");
    let target = root().join("target");
    if target.is_dir() {
        let _ = std::fs::write(target.join("labelled-scores.txt"), &out);
    }

    assert!(
        all.documents >= MIN_DOCUMENTS,
        "only {} labelled documents found",
        all.documents
    );
    let split = |name: &str| by_split.get(name).cloned().unwrap_or_default();
    for group in ADDED_GROUPS {
        assert_eq!(
            split(group.name).documents,
            group.documents.len(),
            "a dev document listed in {} is missing",
            group.list
        );
    }
    let mut checks = vec![
        (
            "dev block accuracy (documents before the later additions)".to_string(),
            dev_floored.block_accuracy(),
            FLOOR_DEV_BLOCKS,
        ),
        (
            "holdout block accuracy".to_string(),
            split("holdout").block_accuracy(),
            FLOOR_HOLDOUT_BLOCKS,
        ),
        (
            "fresh block accuracy".to_string(),
            split("fresh").block_accuracy(),
            FLOOR_FRESH_BLOCKS,
        ),
        (
            "fresh2 block accuracy".to_string(),
            split("fresh2").block_accuracy(),
            FLOOR_FRESH2_BLOCKS,
        ),
        (
            "fresh3 block accuracy".to_string(),
            split("fresh3").block_accuracy(),
            FLOOR_FRESH3_BLOCKS,
        ),
        (
            "fresh4 block accuracy".to_string(),
            split("fresh4").block_accuracy(),
            FLOOR_FRESH4_BLOCKS,
        ),
        (
            "fresh5 block accuracy".to_string(),
            split("fresh5").block_accuracy(),
            FLOOR_FRESH5_BLOCKS,
        ),
        (
            "fresh6 block accuracy".to_string(),
            split("fresh6").block_accuracy(),
            FLOOR_FRESH6_BLOCKS,
        ),
        (
            "fresh7 block accuracy".to_string(),
            split("fresh7").block_accuracy(),
            FLOOR_FRESH7_BLOCKS,
        ),
        (
            "shared block accuracy".to_string(),
            split("shared").block_accuracy(),
            FLOOR_SHARED_BLOCKS,
        ),
        (
            "heading F1 (dev, holdout, shared)".to_string(),
            floored.kind("heading").f1(),
            FLOOR_ALL_HEADING_F1,
        ),
        (
            "paragraph F1 (dev, holdout, shared)".to_string(),
            floored.kind("paragraph").f1(),
            FLOOR_ALL_PARAGRAPH_F1,
        ),
        (
            "heads and closings right (dev, holdout, shared)".to_string(),
            floored.heads_right(),
            FLOOR_ALL_HEADS_RIGHT,
        ),
    ];
    checks.extend(ADDED_GROUPS.iter().map(|g| {
        let label = format!("{} block accuracy", g.name);
        (label, split(g.name).block_accuracy(), g.floor)
    }));
    let low: Vec<String> = checks
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(what, got, floor)| format!("{what} {got:.3} < floor {floor:.3}"))
        .collect();
    assert!(low.is_empty(), "scores fell under their floors: {low:?}");
}
