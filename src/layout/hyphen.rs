//! English hyphenation: where a word may break at a line end, by TeX's US English
//! patterns (the `hypher` crate compiles them in). Only plain pages hyphenate (the
//! style says so); CJK text never does.
//!
//! A word is a run of Latin letters at least [`MIN_WORD`] long, not all capitals (an
//! acronym or a shouted heading stays whole); at least two letters stay before a break
//! and three after it, as TeX does for English. The points become soft-hyphen glyphs
//! (see `text`): invisible, no width, a break opportunity after them; set at a line's
//! end they draw a hyphen.

/// The shortest word hyphenated.
const MIN_WORD: usize = 6;
/// The longest word hyphenated, in bytes (the patterns' own limit); longer "words"
/// (runs of letters in identifiers, base64) are left whole.
const MAX_WORD_BYTES: usize = 45;
/// Letters kept before the first break and after the last.
const LEFT_MIN: usize = 2;
const RIGHT_MIN: usize = 3;

/// The soft hyphen: a break point drawn as "-" only at a line's end.
pub(crate) const SOFT_HYPHEN: char = '\u{00AD}';

/// `out[i]` is true if and only if the text may be hyphenated before its char `i`.
pub(crate) fn hyphen_points(text: &str, out: &mut Vec<bool>) {
    out.clear();
    out.resize(text.chars().count(), false);
    let mut word_start: Option<(usize, usize)> = None; // (byte, char)
    let chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (index, (byte, ch)) in chars.enumerate() {
        let letter = ch.is_alphabetic() && is_latin(ch);
        match (letter, word_start) {
            (true, None) => word_start = Some((byte, index)),
            (false, Some((from, first))) => {
                mark_word(&text[from..byte], first, out);
                word_start = None;
            }
            _ => {}
        }
    }
}

fn mark_word(word: &str, first: usize, out: &mut [bool]) {
    let letters = word.chars().count();
    if letters < MIN_WORD || word.len() > MAX_WORD_BYTES || word.chars().all(char::is_uppercase) {
        return;
    }
    let mut at = first;
    let syllables = hypher::hyphenate_bounded(word, hypher::Lang::English, LEFT_MIN, RIGHT_MIN);
    let mut syllables = syllables.peekable();
    while let Some(syllable) = syllables.next() {
        at += syllable.chars().count();
        if syllables.peek().is_some() {
            if let Some(slot) = out.get_mut(at) {
                *slot = true;
            }
        }
    }
}

/// Latin letters (Basic Latin to Latin Extended Additional): the patterns are English.
fn is_latin(ch: char) -> bool {
    matches!(u32::from(ch), 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyphenated(text: &str) -> String {
        let mut points = Vec::new();
        hyphen_points(text, &mut points);
        text.chars()
            .zip(points)
            .flat_map(|(c, p)| if p { vec!['-', c] } else { vec![c] })
            .collect()
    }

    #[test]
    fn words_break_at_the_patterns_points_only() {
        assert_eq!(hyphenated("hyphenation"), "hy-phen-ation");
        assert_eq!(
            hyphenated("an extraordinary committee"),
            "an ex-tra-or-di-nary com-mit-tee"
        );
        // Short words, capitals and non-Latin words stay whole; at least three letters
        // follow the last break.
        assert_eq!(hyphenated("the cat NATO UNESCO"), "the cat NATO UNESCO");
        assert_eq!(hyphenated("中华人民共和国"), "中华人民共和国");
        assert!(!hyphenated("lighthouse").ends_with("-se"));
        // Punctuation ends a word; the word inside it still hyphenates.
        assert_eq!(hyphenated("(lighthouse)"), "(light-house)");
        let long = "a".repeat(200);
        assert_eq!(hyphenated(&long), long);
    }
}
