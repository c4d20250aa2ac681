//! An English title page: the lines between a book's title and its by-line say what
//! the work is ("A CHRISTMAS CAROL" / "IN PROSE" / "BEING" / "A Ghost Story of
//! Christmas" / "by Charles Dickens"). Set together, with no blank line between them,
//! they are one subtitle; the by-line under them is what vouches for them.

use super::text::char_len;
use regex::Regex;
use std::sync::LazyLock;

/// Most lines a subtitle over a by-line runs to.
const SUBTITLE_MAX_LINES: usize = 4;
/// Longest subtitle line.
const LINE_MAX: usize = 60;

/// The number of lines from `start` that form a subtitle over a by-line, or 0.
/// `separated[i]` is true when a blank line comes before line `i`.
pub(crate) fn lines_over_byline(lines: &[&str], separated: &[bool], start: usize) -> usize {
    let mut end = start;
    while end < lines.len()
        && end - start < SUBTITLE_MAX_LINES
        && (end == start || !separated.get(end).copied().unwrap_or(true))
        && is_subtitle_line(lines[end])
    {
        end += 1;
    }
    let by_line = lines.get(end).is_some_and(|l| is_by_line(l));
    if end > start && by_line {
        end - start
    } else {
        0
    }
}

/// A line saying what kind of work the book is, set under its title or its author:
/// "An Episode of the American Civil War", "PLAY IN FOUR ACTS.", "A Trivial Comedy for
/// Serious People" — a few words ending on the name of a genre (or opening with it).
pub(crate) fn is_work_description(line: &str) -> bool {
    static GENRE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:an?\s+)?(?:[a-z'-]+\s+){0,3}(?:play|comedy|tragedy|drama|farce|novel|romance|tale|story|episode|poem|sketch|melodrama)s?\b")
            .expect("genre pattern")
    });
    // Or its edition, as a technical document's cover sets it under the title ("1.6 版",
    // "V1.0", "第二版").
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[Vv]\s?\d+(?:\.\d+){1,2}|\d+(?:\.\d+){1,2}\s*版|第[一二三四五六七八九十\d]{1,3}版)$")
            .expect("edition pattern")
    });
    if EDITION.is_match(line.trim()) {
        return true;
    }
    char_len(line) <= LINE_MAX
        && GENRE.is_match(line)
        && !line.contains([',', ';', ':', '?', '!'])
        && line.trim_end_matches('.').split_whitespace().count() <= 8
}

/// "by Charles Dickens", "By the Author of …": the author's line, or the word "by" alone
/// over the author's name.
fn is_by_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("by ") && char_len(line) <= LINE_MAX || lower.trim() == "by"
}

/// A short Latin line that is no sentence and no by-line.
fn is_subtitle_line(line: &str) -> bool {
    char_len(line) <= LINE_MAX
        && line.chars().any(|c| c.is_ascii_alphabetic())
        && !line.ends_with(['.', ';', ':', ','])
        && !is_by_line(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lines_over_a_by_line_are_a_subtitle() {
        let lines = [
            "A CHRISTMAS CAROL",
            "IN PROSE",
            "BEING",
            "A Ghost Story of Christmas",
            "by Charles Dickens",
            "PREFACE",
        ];
        let separated = [false, true, false, false, true, true];
        assert_eq!(lines_over_byline(&lines, &separated, 1), 3);
        // Without a by-line under them, or split by blank lines, they are not.
        assert_eq!(lines_over_byline(&lines[..4], &separated[..4], 1), 0);
        let apart = [false, true, true, true, true, true];
        assert_eq!(lines_over_byline(&lines, &apart, 1), 0);
        assert_eq!(lines_over_byline(&lines, &separated, 4), 0);
        // Over "by" set alone above the author's name.
        let lines = [
            "Idylls of the King",
            "IN TWELVE BOOKS",
            "by",
            "Alfred, Lord Tennyson",
        ];
        assert_eq!(lines_over_byline(&lines, &[false, true, true, true], 1), 1);
    }

    #[test]
    fn a_line_naming_the_genre_describes_the_work() {
        assert!(is_work_description("An Episode of the American Civil War"));
        assert!(is_work_description("PLAY IN FOUR ACTS."));
        assert!(is_work_description("A Trivial Comedy for Serious People"));
        assert!(!is_work_description(
            "The episode of the war was over, and we went home."
        ));
        assert!(!is_work_description("CHAPTER I"));
        // A cover's edition line.
        for edition in ["1.6 版", "2.0版", "V1.0", "第二版"] {
            assert!(is_work_description(edition), "{edition}");
        }
        assert!(!is_work_description("1.2 概要"));
    }
}
