//! The scorer behind `labelled`: hand labels against model blocks, aligned and counted.
//!
//! A label is `kind<TAB>level<TAB>first characters` (see tests/labelled/README.md). Expected
//! and actual blocks are aligned by a longest common subsequence over their first characters
//! (whitespace removed, at most 12), so one missed or split block costs one block and not the
//! rest of the document. The counts then give per-kind precision, recall and F1, heading-level
//! accuracy, block-by-block accuracy and "heads and closings right" per document. This module
//! knows nothing of docpipe, so its unit tests pin the arithmetic down on its own.

use std::collections::BTreeMap;

/// How many characters of a block's text (whitespace removed) a key keeps.
pub const KEY_CHARS: usize = 12;
/// Below this many characters two keys must be equal as a whole to match.
const MIN_PREFIX: usize = 4;

/// The kinds that make a document's head and closing: all must be right for the document to
/// count in "heads and closings right".
pub const HEAD_CLOSING_KINDS: &[&str] = &[
    "masthead",
    "document_number",
    "copy_number",
    "secrecy",
    "urgency",
    "signer",
    "title",
    "subtitle",
    "speaker",
    "dateline",
    "salutation",
    "signature",
    "date",
    "note",
    "copy_to",
    "imprint",
];

/// One block as a label: its kind, its heading level (headings only) and its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The kind name (`paragraph`, `heading`, `title`, …).
    pub kind: String,
    /// The heading level, for headings.
    pub level: Option<u8>,
    /// The first [`KEY_CHARS`] characters of the text with whitespace removed.
    pub key: String,
}

impl Label {
    /// A label for a block of `kind` whose text is `text`.
    pub fn new(kind: &str, level: Option<u8>, text: &str) -> Label {
        Label {
            kind: kind.to_string(),
            level,
            key: key_of(text),
        }
    }

    fn is_right_for(&self, expected: &Label) -> bool {
        self.kind == expected.kind && (self.kind != "heading" || self.level == expected.level)
    }
}

/// The key of a text: whitespace removed, first [`KEY_CHARS`] characters.
pub fn key_of(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .take(KEY_CHARS)
        .collect()
}

/// True if two keys name the same block: the shorter is a prefix of the longer and is at
/// least [`MIN_PREFIX`] characters long, or the two are equal.
pub fn keys_match(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let n = a.len().min(b.len());
    if n < MIN_PREFIX {
        return a == b;
    }
    a[..n] == b[..n]
}

/// Parses an `.expect` file: one label a line; blank lines and `//` comments are skipped.
pub fn parse_expect(text: &str) -> Result<Vec<Label>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with("//") {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let kind = parts.next().unwrap_or("").trim();
        let level = parts.next().unwrap_or("").trim();
        let key = parts.next().unwrap_or("");
        if kind.is_empty() {
            return Err(format!("line {}: no kind", n + 1));
        }
        let level = match level {
            "-" | "" => None,
            l => Some(
                l.parse::<u8>()
                    .map_err(|_| format!("line {}: bad level {l:?}", n + 1))?,
            ),
        };
        if kind == "heading" && level.is_none() {
            return Err(format!("line {}: a heading needs a level", n + 1));
        }
        out.push(Label::new(kind, level, key));
    }
    Ok(out)
}

/// Aligns expected and actual labels: the pairs `(expected index, actual index)` of a longest
/// common subsequence under [`keys_match`], in order.
pub fn align(expected: &[Label], actual: &[Label]) -> Vec<(usize, usize)> {
    let (n, m) = (expected.len(), actual.len());
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if keys_match(&expected[i].key, &actual[j].key) {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if keys_match(&expected[i].key, &actual[j].key) && table[i][j] == table[i + 1][j + 1] + 1 {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// Counts for one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCount {
    /// Expected blocks of this kind.
    pub expected: usize,
    /// Actual blocks of this kind.
    pub actual: usize,
    /// Aligned pairs where both are of this kind.
    pub true_pos: usize,
}

impl KindCount {
    /// TP / actual (1.0 when there is nothing to be wrong about).
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.actual)
    }
    /// TP / expected.
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.expected)
    }
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// What scoring one or more documents counted; adding two scores adds their counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    /// Counts by kind name.
    pub kinds: BTreeMap<String, KindCount>,
    /// Aligned heading pairs (both headings).
    pub headings_matched: usize,
    /// Of those, the ones with the right level.
    pub headings_level_right: usize,
    /// Expected blocks.
    pub blocks: usize,
    /// Expected blocks aligned with an actual block of the right kind (and level).
    pub blocks_right: usize,
    /// Documents scored.
    pub documents: usize,
    /// Documents whose head and closing blocks are all right.
    pub documents_heads_right: usize,
    /// Blocks read as another kind: (expected kind, kind read) → count; "(none)" stands
    /// for a block on one side only. Kind names only, never text, so a split that must
    /// stay unseen can still say what goes wrong in it.
    pub confusions: BTreeMap<(String, String), usize>,
}

impl Score {
    /// Adds another score's counts to this one.
    pub fn add(&mut self, other: &Score) {
        for (kind, c) in &other.kinds {
            let mine = self.kinds.entry(kind.clone()).or_default();
            mine.expected += c.expected;
            mine.actual += c.actual;
            mine.true_pos += c.true_pos;
        }
        self.headings_matched += other.headings_matched;
        self.headings_level_right += other.headings_level_right;
        self.blocks += other.blocks;
        self.blocks_right += other.blocks_right;
        self.documents += other.documents;
        self.documents_heads_right += other.documents_heads_right;
        for (pair, n) in &other.confusions {
            *self.confusions.entry(pair.clone()).or_default() += n;
        }
    }

    /// Expected blocks right / expected blocks.
    pub fn block_accuracy(&self) -> f64 {
        ratio(self.blocks_right, self.blocks)
    }

    /// Right heading levels / matched headings.
    pub fn level_accuracy(&self) -> f64 {
        ratio(self.headings_level_right, self.headings_matched)
    }

    /// Share of documents with head and closing all right.
    pub fn heads_right(&self) -> f64 {
        ratio(self.documents_heads_right, self.documents)
    }

    /// The counts for `kind` (zero when it never occurred).
    pub fn kind(&self, kind: &str) -> KindCount {
        self.kinds.get(kind).copied().unwrap_or_default()
    }
}

/// Scores one document.
pub fn score_document(expected: &[Label], actual: &[Label]) -> Score {
    let pairs = align(expected, actual);
    let mut score = Score {
        blocks: expected.len(),
        documents: 1,
        ..Score::default()
    };
    for label in expected {
        score.kinds.entry(label.kind.clone()).or_default().expected += 1;
    }
    for label in actual {
        score.kinds.entry(label.kind.clone()).or_default().actual += 1;
    }
    let is_head = |kind: &str| HEAD_CLOSING_KINDS.contains(&kind);
    let mut head_ok = true;
    let (mut exp_done, mut act_done) = (vec![false; expected.len()], vec![false; actual.len()]);
    for &(i, j) in &pairs {
        let (e, a) = (&expected[i], &actual[j]);
        if e.kind == a.kind {
            score.kinds.get_mut(&e.kind).expect("counted").true_pos += 1;
            if is_head(&e.kind) {
                exp_done[i] = true;
                act_done[j] = true;
            }
        }
        if e.kind == "heading" && a.kind == "heading" {
            score.headings_matched += 1;
            score.headings_level_right += usize::from(e.level == a.level);
        }
        score.blocks_right += usize::from(a.is_right_for(e));
    }
    let none = || "(none)".to_string();
    let mut confuse = |e: String, a: String| *score.confusions.entry((e, a)).or_default() += 1;
    let (mut exp_aligned, mut act_aligned) =
        (vec![false; expected.len()], vec![false; actual.len()]);
    for &(i, j) in &pairs {
        (exp_aligned[i], act_aligned[j]) = (true, true);
        if expected[i].kind != actual[j].kind {
            confuse(expected[i].kind.clone(), actual[j].kind.clone());
        }
    }
    for (i, e) in expected.iter().enumerate() {
        if !exp_aligned[i] {
            confuse(e.kind.clone(), none());
        }
    }
    for (j, a) in actual.iter().enumerate() {
        if !act_aligned[j] {
            confuse(none(), a.kind.clone());
        }
    }
    for (i, e) in expected.iter().enumerate() {
        head_ok &= !is_head(&e.kind) || exp_done[i];
    }
    for (j, a) in actual.iter().enumerate() {
        head_ok &= !is_head(&a.kind) || act_done[j];
    }
    score.documents_heads_right = usize::from(head_ok);
    score
}

/// The lines of a diff for one document: `-` expected only, `+` actual only, `~` aligned but
/// of another kind or level. Empty when the document is all right.
pub fn diff_lines(expected: &[Label], actual: &[Label]) -> Vec<String> {
    let pairs = align(expected, actual);
    let show = |l: &Label| {
        let level = l.level.map_or("-".to_string(), |v| v.to_string());
        format!("{}\t{}\t{}", l.kind, level, l.key)
    };
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for &(pi, pj) in pairs
        .iter()
        .chain(std::iter::once(&(expected.len(), actual.len())))
    {
        while i < pi {
            out.push(format!("- {}", show(&expected[i])));
            i += 1;
        }
        while j < pj {
            out.push(format!("+ {}", show(&actual[j])));
            j += 1;
        }
        if pi < expected.len() && pj < actual.len() {
            if !actual[pj].is_right_for(&expected[pi]) {
                out.push(format!(
                    "~ {}  =>  {}",
                    show(&expected[pi]),
                    show(&actual[pj])
                ));
            }
            i += 1;
            j += 1;
        }
    }
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(kind: &str, level: Option<u8>, text: &str) -> Label {
        Label::new(kind, level, text)
    }

    fn doc() -> Vec<Label> {
        vec![
            l("title", None, "关于做好某项工作的通知"),
            l("salutation", None, "各区人民政府："),
            l("heading", Some(1), "一、总体要求"),
            l("paragraph", None, "为了进一步做好这项工作，现通知如下。"),
            l("heading", Some(2), "（一）明确责任"),
            l("signature", None, "某市人民政府"),
            l("date", None, "2025年1月8日"),
        ]
    }

    #[test]
    fn keys_keep_twelve_characters_without_whitespace() {
        assert_eq!(
            key_of("  一、 总体 要求\t和原则以及其他的内容"),
            "一、总体要求和原则以及其"
        );
        assert!(keys_match("第一条为了", "第一条为了规范"));
        assert!(!keys_match("第一", "第一条"));
        assert!(keys_match("附件", "附件"));
        assert!(keys_match("", ""));
    }

    #[test]
    fn a_perfect_match_scores_one() {
        let s = score_document(&doc(), &doc());
        assert_eq!(s.block_accuracy(), 1.0);
        assert_eq!(s.level_accuracy(), 1.0);
        assert_eq!(s.heads_right(), 1.0);
        for c in s.kinds.values() {
            assert_eq!((c.precision(), c.recall(), c.f1()), (1.0, 1.0, 1.0));
        }
        assert!(diff_lines(&doc(), &doc()).is_empty());
    }

    #[test]
    fn a_heading_read_as_a_paragraph_lowers_heading_recall_and_paragraph_precision() {
        let mut actual = doc();
        actual[4] = l("paragraph", None, "（一）明确责任");
        let s = score_document(&doc(), &actual);
        assert_eq!(s.kind("heading").recall(), 0.5);
        assert_eq!(s.kind("heading").precision(), 1.0);
        assert_eq!(s.kind("paragraph").precision(), 0.5);
        assert_eq!(s.blocks_right, 6);
        assert_eq!(diff_lines(&doc(), &actual).len(), 1);
    }

    #[test]
    fn a_missing_block_costs_one_block_not_the_rest() {
        let mut actual = doc();
        actual.remove(2);
        let s = score_document(&doc(), &actual);
        assert_eq!(s.blocks_right, 6);
        assert_eq!(s.kind("heading").recall(), 0.5);
        assert_eq!(
            diff_lines(&doc(), &actual),
            vec!["- heading\t1\t一、总体要求"]
        );
    }

    #[test]
    fn a_wrong_level_counts_against_level_and_block_accuracy_only() {
        let mut actual = doc();
        actual[4].level = Some(3);
        let s = score_document(&doc(), &actual);
        assert_eq!(s.kind("heading").f1(), 1.0);
        assert_eq!(s.level_accuracy(), 0.5);
        assert_eq!(s.blocks_right, 6);
    }

    #[test]
    fn an_extra_or_missing_closing_block_fails_heads_and_closings() {
        let mut extra = doc();
        extra.insert(4, l("date", None, "2024年全年"));
        assert_eq!(score_document(&doc(), &extra).heads_right(), 0.0);
        let mut missing = doc();
        missing[5] = l("paragraph", None, "某市人民政府");
        assert_eq!(score_document(&doc(), &missing).heads_right(), 0.0);
    }

    #[test]
    fn scores_add_up() {
        let mut total = score_document(&doc(), &doc());
        total.add(&score_document(&doc(), &doc()[..3]));
        assert_eq!(total.documents, 2);
        assert_eq!(total.blocks, 14);
        assert_eq!(total.blocks_right, 10);
        assert_eq!(total.heads_right(), 0.5);
    }

    #[test]
    fn expect_files_parse_and_reject_nonsense() {
        let text = "// a comment\ntitle\t-\t关于做好\n\nheading\t2\t（一）明确\r\n";
        let labels = parse_expect(text).unwrap();
        assert_eq!(labels.len(), 2);
        assert_eq!(labels[1].level, Some(2));
        assert!(parse_expect("heading\t-\t一、").is_err());
        assert!(parse_expect("heading\tx\t一、").is_err());
    }
}
