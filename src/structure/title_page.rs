//! An English title page: the lines between a book's title and its by-line say what
//! the work is ("A CHRISTMAS CAROL" / "IN PROSE" / "BEING" / "A Ghost Story of
//! Christmas" / "by Charles Dickens"). Set together, with no blank line between them,
//! they are one subtitle; the by-line under them is what vouches for them.

use super::text::char_len;

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

/// "by Charles Dickens", "By the Author of …": the author's line.
fn is_by_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("by ") && char_len(line) <= LINE_MAX
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
    }
}
