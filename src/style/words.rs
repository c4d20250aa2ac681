//! The dictionary words inside a title, for jieba's segmenter, without loading jieba's
//! whole dictionary.
//!
//! jieba cuts a sentence along the most probable path through the dictionary words it
//! contains, each word weighing `ln(freq) - ln(total)`. So a segmenter that knows only the
//! words found inside a title, with their frequencies, and the dictionary's total
//! frequency, cuts that title exactly as one loaded with all 349,045 words, and is built
//! from a few dozen words instead of the whole dictionary: converting a one-title
//! document took 0.11 s CPU and 50 MB peak with the whole one, 0.01 s and 22 MB with this.
//!
//! The words are jieba's own dictionary (jieba-rs 0.11, `src/data/dict.txt`), as
//! `jieba_words.txt`: a first line `total N` (the sum of all frequencies), then one
//! `word freq` line per word, sorted by the word's UTF-8 bytes, so a word is found by
//! bisecting the text in place with no index to build. Made with
//! `python3 src/style/jieba_words.py DICT.txt > src/style/jieba_words.txt`.

use jieba_rs::Jieba;

/// jieba's dictionary: `total N`, then `word freq` lines sorted by the word's bytes.
const JIEBA_WORDS: &str = include_str!("jieba_words.txt");

/// The longest dictionary word, in characters: no longer run of a title is looked up.
const LONGEST_WORD: usize = 64;

/// A jieba segmenter that cuts `text` as one with jieba's whole dictionary would: it
/// knows every dictionary word inside `text`, and one word no text can hold (a space:
/// jieba never looks a space up) that carries the rest of the dictionary's frequency.
pub fn segmenter_for(text: &str) -> Jieba {
    let (total, body) = split_header(JIEBA_WORDS);
    let mut jieba = Jieba::empty();
    let mut known = 0;
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    for (n, &start) in starts.iter().enumerate() {
        let ends = starts[n + 1..]
            .iter()
            .copied()
            .chain([text.len()])
            .take(LONGEST_WORD);
        for end in ends {
            let candidate = &text[start..end];
            match lookup(body, candidate) {
                Lookup::Word(freq) if !jieba.has_word(candidate) => {
                    jieba.add_word(candidate, Some(freq), None);
                    known += freq;
                }
                Lookup::Word(_) | Lookup::Prefix => {}
                Lookup::Nothing => break,
            }
        }
    }
    jieba.add_word(" ", Some(total.saturating_sub(known)), None);
    jieba
}

/// What the dictionary holds for a run of text.
#[derive(Debug, PartialEq)]
enum Lookup {
    /// The run is a word, with this frequency.
    Word(usize),
    /// The run is not a word but some longer word starts with it.
    Prefix,
    /// No word starts with the run.
    Nothing,
}

/// The total frequency from the first line of `words`, and the sorted lines after it.
fn split_header(words: &str) -> (usize, &str) {
    let (header, body) = words.split_once('\n').unwrap_or((words, ""));
    let total = header
        .strip_prefix("total ")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    (total, body)
}

/// Looks `key` up in `body`, `word freq` lines sorted by word.
fn lookup(body: &str, key: &str) -> Lookup {
    let at = first_not_below(body, key.as_bytes());
    let (word, freq) = line_at(body, at);
    if word == key {
        Lookup::Word(freq)
    } else if word.starts_with(key) {
        Lookup::Prefix
    } else {
        Lookup::Nothing
    }
}

/// The byte offset of the first line of `body` whose word is not below `key` (the end of
/// `body` if there is none), by bisecting the bytes: a probe backs up to the start of its
/// line, so both ends of the range stay line starts.
fn first_not_below(body: &str, key: &[u8]) -> usize {
    let bytes = body.as_bytes();
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let line = bytes[low..middle]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(low, |i| low + i + 1);
        let (word, _) = line_at(body, line);
        if word.as_bytes() < key {
            low = bytes[line..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| line + i + 1);
        } else {
            high = line;
        }
    }
    low
}

/// The word and frequency of the line starting at byte `at` of `body` (empty past the end).
fn line_at(body: &str, at: usize) -> (&str, usize) {
    let line = body[at..].split('\n').next().unwrap_or("");
    let (word, freq) = line.split_once(' ').unwrap_or((line, ""));
    (word, freq.parse().unwrap_or(0))
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
