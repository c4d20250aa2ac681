//! The sorted word list: well formed, found by bisection, and a segmenter built from a
//! text's words cuts it as jieba with its whole dictionary does.

use std::path::Path;

use super::*;

#[test]
fn the_list_is_sorted_and_its_total_is_the_sum_of_its_frequencies() {
    let (total, body) = split_header(JIEBA_WORDS);
    let mut sum = 0;
    let mut previous = "";
    for line in body.lines() {
        let (word, freq) = line.split_once(' ').expect("a `word freq` line");
        assert!(
            previous.as_bytes() < word.as_bytes(),
            "{previous} before {word}"
        );
        assert!(word.chars().count() <= LONGEST_WORD, "{word}");
        sum += freq.parse::<usize>().expect("a frequency");
        previous = word;
    }
    assert!(total > 0);
    assert_eq!(sum, total);
}

#[test]
fn every_word_is_found_with_its_frequency() {
    let (_, body) = split_header(JIEBA_WORDS);
    for line in body.lines() {
        let (word, freq) = line.split_once(' ').unwrap();
        assert_eq!(
            lookup(body, word),
            Lookup::Word(freq.parse().unwrap()),
            "{word}"
        );
    }
}

#[test]
fn a_prefix_and_a_non_word_are_told_apart() {
    let (_, body) = split_header(JIEBA_WORDS);
    // "供水管" is a word, "供水管网" is not; "供水管理" or the like starts with "供水".
    assert!(matches!(lookup(body, "供水"), Lookup::Word(_)));
    assert_eq!(lookup(body, "资金的"), Lookup::Nothing);
    assert_eq!(lookup(body, "中华人民共"), Lookup::Prefix);
    assert_eq!(lookup(body, "\u{10FFFF}"), Lookup::Nothing);
    assert_eq!(lookup(body, "\u{0}"), Lookup::Nothing);
}

/// Every line of the UTF-8 texts under `dir` (not below it).
fn lines_of(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let text = path.extension().is_some_and(|e| e == "txt" || e == "md");
        if let (true, Ok(content)) = (text, std::fs::read_to_string(&path)) {
            out.extend(content.lines().map(str::to_string));
        }
    }
    out
}

#[test]
fn a_segmenter_of_a_texts_words_cuts_it_as_the_whole_dictionary_does() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lines = lines_of(&root.join("samples"));
    for set in ["dev", "fresh", "shared"] {
        lines.extend(lines_of(&root.join("tests/labelled").join(set)));
    }
    let chinese: Vec<&String> = lines
        .iter()
        .filter(|l| l.chars().any(crate::script::is_cjk))
        .collect();
    assert!(
        chinese.len() > 500,
        "too few Chinese lines: {}",
        chinese.len()
    );
    // The shared corpus too, when it is there (its UTF-8 files).
    let shared = lines_of(&root.join("../shared/corpus/zh"));
    let chinese = chinese.into_iter().chain(&shared);
    let whole = Jieba::new();
    for line in chinese {
        let expected: Vec<_> = whole.cut(line, true).iter().map(|t| t.byte_start).collect();
        let got: Vec<_> = segmenter_for(line)
            .cut(line, true)
            .iter()
            .map(|t| t.byte_start)
            .collect();
        assert_eq!(got, expected, "{line}");
    }
}
