//! Project Gutenberg's frame: the licence header before "*** START OF THE PROJECT
//! GUTENBERG EBOOK … ***" and the footer from "*** END OF …" on are the publisher's, not
//! the work's. They are set apart as front and back matter (never dropped: the blocks
//! keep every word), so the work's own title, by-line and chapters are read from what
//! lies between, and the header's "Title: …" line is no longer taken for the title.
//!
//! In the header, lines the source runs together ("Release Date: …" and the
//! "[Most recently updated: …]" under it) make one block, and the "Author: …" line is the
//! speaker line it is.

use super::scene_break::is_scene_break;
use super::shapes::is_name_with_life_dates;
use crate::model::{Block, BlockKind};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// How far into a text the START line may come (a long header with a table of credits).
const START_WITHIN_LINES: usize = 300;

/// The frame of a text: header blocks, the range of the work's lines, footer blocks.
pub(crate) struct Frame {
    /// The licence header, START line included.
    pub(crate) head: Vec<Block>,
    /// The work's lines.
    pub(crate) body: Range<usize>,
    /// The footer, END line included.
    pub(crate) tail: Vec<Block>,
}

fn start_line(line: &str) -> bool {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG").expect("start pattern")
    });
    // The same in capitals with the asterisks lost (copies that strip punctuation).
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK").expect("bare start")
    });
    line.starts_with("***") && START.is_match(line) || BARE.is_match(line)
}

fn end_line(line: &str) -> bool {
    static END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG").expect("end pattern")
    });
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK").expect("bare end")
    });
    // The old Etexts' closing line ("End of Project Gutenberg Etext Sonnets from …").
    static OLD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\**\s*End of (?:the )?Project Gutenberg(?:'s)? E-?(?:text|book)")
            .expect("old end")
    });
    line.starts_with("***") && END.is_match(line) || BARE.is_match(line) || OLD.is_match(line)
}

/// Splits `lines` (non-blank, trimmed; `blank_before[i]` when a blank line precedes line
/// `i`) into the Gutenberg frame, or None when the text has no Gutenberg header or footer.
pub(crate) fn frame(lines: &[&str], blank_before: &[bool]) -> Option<Frame> {
    let opening = header_end(lines);
    let from = match opening {
        Some(Opening::Marker(start)) => start + 1,
        Some(Opening::Unmarked(end)) => end,
        None => 0,
    };
    let end = (from..lines.len()).find(|&i| end_line(lines[i]));
    if opening.is_none() && end.is_none() {
        return None;
    }
    let end = end.unwrap_or(lines.len());
    let header_lines = match opening {
        Some(Opening::Marker(start)) => start,
        _ => from,
    };
    let mut head = header_blocks(&lines[..header_lines], &blank_before[..header_lines]);
    let mut body_start = from;
    if let Some(Opening::Marker(start)) = opening {
        head.push(Block::text(BlockKind::FrontMatter, lines[start]));
        // The transcribers' credit right under the START line ("Produced by …", "E-text
        // prepared by …") is the publisher's too, and so is an Etext's own catalogue
        // line repeated there: their groups join the header.
        while body_start < end {
            let mut j = body_start + 1;
            while j < end && !blank_before[j] {
                j += 1;
            }
            let group = &lines[body_start..j];
            if !group.iter().any(|l| is_credit(l) || names_the_publisher(l)) {
                break;
            }
            head.push(Block::text(BlockKind::FrontMatter, group.join(" ")));
            body_start = j;
        }
    }
    let tail = lines[end..]
        .iter()
        .map(|l| Block::text(BlockKind::FrontMatter, *l))
        .collect();
    Some(Frame {
        head,
        body: body_start..end.max(body_start),
        tail,
    })
}

/// Where a text's Gutenberg header ends.
#[derive(Clone, Copy)]
enum Opening {
    /// At this line: the START line, or the old Small Print's closing line.
    Marker(usize),
    /// Before this line: an old Etext header cut off before its Small Print ends.
    Unmarked(usize),
}

fn header_end(lines: &[&str]) -> Option<Opening> {
    let marker = lines
        .iter()
        .take(START_WITHIN_LINES)
        .position(|l| start_line(l) || small_print_end(l));
    if let Some(start) = marker {
        // The START line opening the text names the publisher itself (an excerpt that
        // begins there); further down, the header before it must name it. The Small
        // Print's closing line names it itself.
        let named = start == 0
            || small_print_end(lines[start])
            || lines[..start].iter().any(|l| names_the_publisher(l));
        return named.then_some(Opening::Marker(start));
    }
    // An old Etext header with no closing line in the text: it runs to its last line
    // that names the publisher.
    let opens = lines.iter().take(3).any(|l| opens_an_etext(l));
    if !opens {
        return None;
    }
    let last = lines
        .iter()
        .take(START_WITHIN_LINES)
        .rposition(|l| names_the_publisher(l))?;
    Some(Opening::Unmarked(last + 1))
}

/// The blocks of a header: each group of lines with no blank between them one front
/// matter block, the "Author: …" line a speaker, a row of asterisks a break.
fn header_blocks(lines: &[&str], blank_before: &[bool]) -> Vec<Block> {
    let mut head = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if is_scene_break(lines[i]) {
            head.push(Block::text(BlockKind::ThematicBreak, lines[i]));
            i += 1;
            continue;
        }
        // A group: lines with no blank line between them.
        let mut j = i + 1;
        while j < lines.len() && !blank_before[j] && !is_scene_break(lines[j]) {
            j += 1;
        }
        let one = j == i + 1;
        // A one-line group right under a one-line group (the title) may be its author.
        let under_title = i > 0 && blank_before[i] && (i == 1 || blank_before[i - 1]);
        let kind = if one && is_author_line(lines[i])
            || one && under_title && is_name_with_life_dates(lines[i])
        {
            BlockKind::Speaker
        } else {
            BlockKind::FrontMatter
        };
        head.push(Block::text(kind, lines[i..j].join(" ")));
        i = j;
    }
    head
}

/// The header's "Author: …" line (its colon lost in some copies: "Author Bram Stoker").
fn is_author_line(line: &str) -> bool {
    line.get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("author:"))
        || line.strip_prefix("Author ").is_some_and(|name| {
            name.starts_with(|c: char| c.is_uppercase()) && name.split_whitespace().count() <= 5
        })
}

/// True if and only if `line` credits the people who made the e-text ("Produced by …",
/// "This etext was prepared by …", "Etext prepared by …", "Scanned and proofed by …").
pub(crate) fn is_credit(line: &str) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:this\s+e-?(?:text|book)\s+was\s+|e-?text\s+)?(?:produced|prepared|transcribed|typed|scanned|proofread|proofed|digitized)(?:\s+and\s+(?:produced|prepared|transcribed|scanned|proofread|proofed|digitized))?\s+(?:by|from)\b")
            .expect("credit pattern")
    });
    CREDIT.is_match(line)
}

/// The old Small Print's closing line, which the book follows
/// ("*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*").
pub(crate) fn small_print_end(line: &str) -> bool {
    static END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\*+\s*END\s*\*?\s*THE SMALL PRINT").expect("small print end")
    });
    line.starts_with('*') && END.is_match(line)
}

/// True if `line` names Project Gutenberg or its Etexts (its address included).
fn names_the_publisher(line: &str) -> bool {
    static NAMES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)project gutenberg|gutenberg\.(?:net|org)|\be-?texts?\b")
            .expect("publisher pattern")
    });
    NAMES.is_match(line)
}

/// The line an old Etext opens with: "The Project Gutenberg Etext of Candida, by …",
/// "****The Project Gutenberg Etext of The Red Badge of Courage****".
fn opens_an_etext(line: &str) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\**\s*(?:The\s+)?Project Gutenberg(?:'s)? E-?(?:text|book) of\b")
            .expect("etext opening")
    });
    OPENS.is_match(line)
}

#[cfg(test)]
#[path = "gutenberg_tests.rs"]
mod tests;
