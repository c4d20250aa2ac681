//! Which ALL-CAPS lines are headings. Capitals alone say little: a letter's signature
//! ("AMY."), a place heading a letter ("BOSTON"), a chorus's name ("CHORUS."), an
//! inscription or a shout are set in capitals too. An ALL-CAPS line is a heading when it
//! names a part of a book (CHAPTER, ACT, SCENE, PART, BOOK, PREFACE, a LETTER in an
//! epistolary book, …), or when the
//! shape recurs the way chapter titles do: three or more different ALL-CAPS lines, each
//! set apart by blank lines and each opening text of its own, spread through the text (a
//! line that comes back word for word, "CHORUS.", is a refrain or a name, not a title; a
//! stack of capitals with nothing between, a title page, counts once). In a text that
//! sets every paragraph on one line with no blank lines at all (a speech as one line a
//! paragraph), every line is set apart.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Fewest characters of a line that opens text under a heading without ending a
/// sentence (a verse line, a hard-wrapped paragraph's first line).
const TEXT_MIN_CHARS: usize = 20;

/// Fewest set-apart ALL-CAPS lines that make a recurring pattern of headings.
const RECUR_MIN: usize = 3;

/// Fewest set-apart ALL-CAPS lines that recur when every one is shaped as a title.
const TITLED_RECUR_MIN: usize = 2;

/// Words that leave a phrase open at the end of a line: the next line carries it on.
const PHRASE_WORDS: [&str; 16] = [
    "the", "a", "an", "of", "to", "and", "or", "by", "for", "with", "in", "on", "at", "from", "is",
    "was",
];

/// True if and only if `line` is shaped as a title: two words or more, ending in a letter
/// or a figure (a name signing a letter, "AMY.", or a shout, "HELP!", ends otherwise).
fn is_titled(line: &str) -> bool {
    line.split_whitespace().count() >= 2
        && line.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// True if and only if `line` names a part of a book or a play.
pub(crate) fn names_a_part(line: &str) -> bool {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:CHAPTER|ACT|SCENE|PART|BOOK|VOLUME|STAVE|CANTO|LETTER|PROLOGUE|EPILOGUE|PREFACE|INTRODUCTION|CONTENTS|APPENDIX|CONCLUSION|FOREWORD|AFTERWORD|INDEX|GLOSSARY|NOTES|POSTSCRIPT|DEDICATION|ACKNOWLEDGMENTS?|ACKNOWLEDGEMENTS?|BIBLIOGRAPHY|ARTICLE|SECTION|SCHEDULE|AMENDMENT|PREAMBLE|ABSTRACT|SUMMARY)\b")
            .expect("part pattern")
    });
    static NUMERAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[IVXLC]{1,7}\.?(?:\s|$)").expect("numeral pattern"));
    PART.is_match(line) || NUMERAL.is_match(line)
}

/// For each of `lines` that `is_caps` accepts, whether it is a heading; `separated[i]`
/// is true when a blank line comes before line `i`.
pub(crate) fn caps_headings(
    lines: &[&str],
    separated: &[bool],
    is_caps: impl Fn(&str) -> bool,
) -> Vec<bool> {
    let n = lines.len();
    let caps: Vec<bool> = lines.iter().map(|l| is_caps(l)).collect();
    // One line a paragraph, no blank line anywhere: every line stands apart.
    let unbroken = separated.iter().skip(1).all(|&s| !s);
    let set_apart = |i: usize| unbroken || separated.get(i).copied().unwrap_or(true);
    let apart: Vec<bool> = (0..n)
        .map(|i| caps[i] && (i == 0 || set_apart(i)) && (i + 1 == n || set_apart(i + 1)))
        .collect();
    // Chapter titles differ; a line that comes back ("CHORUS.") is a refrain or a name.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for i in (0..n).filter(|&i| apart[i] && !names_a_part(lines[i])) {
        *seen.entry(lines[i]).or_default() += 1;
    }
    // Spread: each counted line opens text of its own (the line after it is not in
    // capitals); of a stack of capitals only the last line does, so the stack counts once.
    // A part's name ("INTRODUCTION") counts with the titles it stands among.
    // Text, not a title page's next line ("_Publishers_", "By Thomas Paine"): a line of
    // some length, or one that ends a sentence.
    let opens_text = |i: usize| {
        i + 1 < n && !caps[i + 1] && {
            let next = lines[i + 1].trim();
            next.chars().count() >= TEXT_MIN_CHARS || next.ends_with(['.', '!', '?', ':', ','])
        }
    };
    // A line that carries on a phrase of a title page ("addressed to the" / "INHABITANTS" /
    // "of" / "AMERICA") or of a sentence ("… the Author of this Production is the" /
    // "AUTHOR") is a word of that phrase, not a title.
    let continues_phrase = |i: usize| {
        let next_lower = lines
            .get(i + 1)
            .and_then(|l| l.trim().chars().find(|c| c.is_alphabetic()))
            .is_some_and(char::is_lowercase);
        let prev_open = i > 0 && {
            let prev = lines[i - 1].trim();
            let ends_lower = prev.chars().next_back().is_some_and(char::is_lowercase);
            let one_line_block = set_apart(i - 1) && set_apart(i);
            let last_word = prev.rsplit(' ').next().unwrap_or("");
            ends_lower && (one_line_block || PHRASE_WORDS.contains(&last_word))
        };
        next_lower || prev_open
    };
    let counted: Vec<usize> = (0..n)
        .filter(|&i| apart[i] && opens_text(i) && !continues_phrase(i))
        .filter(|&i| names_a_part(lines[i]) || seen.get(lines[i]) == Some(&1))
        .collect();
    // Titles of several words with no stop, a story's or an essay's, recur from two on.
    let titled = counted.len() >= TITLED_RECUR_MIN && counted.iter().all(|&i| is_titled(lines[i]));
    let recurring = counted.len() >= RECUR_MIN || titled;
    // A title of the pattern opens text, or heads a stack over one that does ("SONGS OF
    // INNOCENCE" over "INTRODUCTION" or "THE LAMB"); an imprint's or a dedication's capitals over short lines
    // ("NEW YORK" / "GROSSET & DUNLAP" / "_Publishers_") open none.
    let titles_text = |i: usize| opens_text(i) || i + 1 < n && caps[i + 1] && opens_text(i + 1);
    (0..n)
        .map(|i| {
            caps[i]
                && (names_a_part(lines[i])
                    || recurring
                        && apart[i]
                        && seen.get(lines[i]) == Some(&1)
                        && titles_text(i)
                        && !continues_phrase(i))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps(line: &str) -> bool {
        line.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !line.chars().any(char::is_lowercase)
    }

    #[test]
    fn capitals_need_a_part_name_or_a_recurring_pattern() {
        let letter = ["BOSTON", "Dear Mother,", "We are well.", "AMY."];
        let blank = [false, true, true, true];
        assert_eq!(caps_headings(&letter, &blank, caps), [false; 4]);
        let book = ["PREFACE.", "Some text.", "CHAPTER I.", "More."];
        let letter_heading = ["LETTER FROM WENDELL PHILLIPS, ESQ.", "Dear Sir,"];
        assert_eq!(
            caps_headings(&letter_heading, &[false, true], caps),
            [true, false]
        );
        assert_eq!(
            caps_headings(&book, &blank, caps),
            [true, false, true, false]
        );
        let titled = [
            "PLAYING PILGRIMS",
            "Text.",
            "A MERRY CHRISTMAS",
            "Text.",
            "THE LAURENCE BOY",
            "Text.",
        ];
        let all_apart = [false, true, true, true, true, true];
        assert_eq!(
            caps_headings(&titled, &all_apart, caps),
            [true, false, true, false, true, false]
        );
        let refrain = [
            "CHORUS.",
            "Wow!",
            "A TITLE HERE",
            "Text.",
            "CHORUS.",
            "Wow!",
        ];
        assert_eq!(caps_headings(&refrain, &all_apart, caps), [false; 6]);
    }

    #[test]
    fn a_title_pages_stack_of_capitals_opens_no_text() {
        // Imprint lines over short lines of a title page are no recurring headings.
        let page = [
            "NEW YORK",
            "_Publishers_",
            "PRINTED IN THE UNITED STATES",
            "_Copyright_",
            "MY DEAR FRIEND",
            "Hommy-Beg",
        ];
        let apart = [true; 6];
        assert_eq!(caps_headings(&page, &apart, caps), [false; 6]);
    }

    #[test]
    fn two_titles_of_several_words_recur_but_two_names_do_not() {
        let stories = [
            "TWO LITTLE RIDDLES IN RHYME",
            "There's a garden that I ken,",
            "THE LITTLE YELLOW TULIP",
            "Once there was a little yellow Tulip.",
        ];
        let apart = [true; 4];
        assert_eq!(
            caps_headings(&stories, &apart, caps),
            [true, false, true, false]
        );
        let names = ["BOSTON", "Dear Mother,", "AMY.", "Dear Father,"];
        assert_eq!(caps_headings(&names, &apart, caps), [false; 4]);
        let shouts = ["STOP THAT NOW!", "He ran.", "COME BACK HERE!", "She ran."];
        assert_eq!(caps_headings(&shouts, &apart, caps), [false; 4]);
    }

    #[test]
    fn a_section_line_over_recurring_titles_is_a_heading_too() {
        let songs = [
            "SONGS OF INNOCENCE",
            "THE LAMB",
            "Little Lamb, who made thee?",
            "THE SHEPHERD",
            "How sweet is the Shepherd's sweet lot!",
            "THE ECHOING GREEN",
            "The sun does arise,",
        ];
        let all_apart = [true; 7];
        assert_eq!(
            caps_headings(&songs, &all_apart, caps),
            [true, true, false, true, false, true, false]
        );
    }

    #[test]
    fn capitals_carrying_on_a_phrase_or_opening_no_text_are_no_titles() {
        // A title page's phrase set a line at a time, an imprint, a signature finishing a
        // sentence, among chapter titles that recur.
        let book = [
            "addressed to the",
            "INHABITANTS",
            "of",
            "On the following interesting",
            "SUBJECTS",
            "Of the Origin and Design of Government in general",
            "NEW YORK",
            "GROSSET & DUNLAP",
            "_Publishers_",
            "The author of this production is the",
            "AUTHOR",
            "P.S. The publication of this new edition was delayed.",
            "A DARK NIGHT",
            "It was a dark night in the valley below.",
            "THE MORNING AFTER",
            "Morning came late to the valley below.",
            "THE YEAR GOES ROUND",
            "And so the year went round the valley.",
        ];
        let got = caps_headings(&book, &[true; 18], caps);
        let heads: Vec<&str> = (0..book.len())
            .filter(|&i| got[i])
            .map(|i| book[i])
            .collect();
        assert_eq!(
            heads,
            ["A DARK NIGHT", "THE MORNING AFTER", "THE YEAR GOES ROUND"]
        );
    }

    #[test]
    fn a_stack_of_capitals_counts_once() {
        let title_page = ["SONGS OF THEL", "WILLIAM BLAKE", "LONDON", "Text."];
        assert_eq!(caps_headings(&title_page, &[true; 4], caps), [false; 4]);
    }

    #[test]
    fn one_line_a_paragraph_sets_every_line_apart() {
        let speech = [
            "My countrymen:",
            "OUR PROGRESS",
            "If we survey the situation we find much.",
            "EDUCATION",
            "Education is a responsibility of the States.",
            "WORLD PEACE",
            "We have no desire for territorial expansion.",
        ];
        let unbroken = [false; 7];
        assert_eq!(
            caps_headings(&speech, &unbroken, caps),
            [false, true, false, true, false, true, false]
        );
        // With blank lines elsewhere, lines run together are not set apart.
        let mut broken = unbroken;
        broken[2] = true;
        assert_eq!(caps_headings(&speech, &broken, caps), [false; 7]);
    }
}
