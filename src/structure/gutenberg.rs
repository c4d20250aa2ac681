//! Project Gutenberg's frame: the licence header before "*** START OF THE PROJECT
//! GUTENBERG EBOOK … ***" and the footer from "*** END OF …" on are the publisher's, not
//! the work's. They are set apart as front and back matter (never dropped: the blocks
//! keep every word), so the work's own title, by-line and chapters are read from what
//! lies between, and the header's "Title: …" line is no longer taken for the title.
//!
//! In the header, lines the source runs together ("Release Date: …" and the
//! "[Most recently updated: …]" under it) make one block, and the "Author: …" line is the
//! speaker line it is.

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
    line.starts_with("***") && END.is_match(line) || BARE.is_match(line)
}

/// Splits `lines` (non-blank, trimmed; `blank_before[i]` when a blank line precedes line
/// `i`) into the Gutenberg frame, or None when the text has no Gutenberg header.
pub(crate) fn frame(lines: &[&str], blank_before: &[bool]) -> Option<Frame> {
    let start = lines
        .iter()
        .take(START_WITHIN_LINES)
        .position(|l| start_line(l))?;
    // The START line opening the text names the publisher itself (an excerpt that
    // begins there); further down, the header before it must name it.
    let named = start == 0
        || lines[..start]
            .iter()
            .any(|l| l.to_ascii_lowercase().contains("project gutenberg"));
    if !named {
        return None;
    }
    let end = (start + 1..lines.len())
        .find(|&i| end_line(lines[i]))
        .unwrap_or(lines.len());
    let mut head = Vec::new();
    let mut i = 0;
    while i < start {
        // A group: lines with no blank line between them.
        let mut j = i + 1;
        while j < start && !blank_before[j] {
            j += 1;
        }
        let text = lines[i..j].join(" ");
        let kind = if j == i + 1 && is_author_line(lines[i]) {
            BlockKind::Speaker
        } else {
            BlockKind::FrontMatter
        };
        head.push(Block::text(kind, text));
        i = j;
    }
    head.push(Block::text(BlockKind::FrontMatter, lines[start]));
    // The transcribers' credit right under the START line ("Produced by …", "E-text
    // prepared by …") is the publisher's too: its group joins the header.
    let mut body_start = start + 1;
    if lines.get(body_start).is_some_and(|l| is_credit(l)) {
        let mut j = body_start + 1;
        while j < end && !blank_before[j] {
            j += 1;
        }
        head.push(Block::text(
            BlockKind::FrontMatter,
            lines[body_start..j].join(" "),
        ));
        body_start = j;
    }
    let tail = lines[end..]
        .iter()
        .map(|l| Block::text(BlockKind::FrontMatter, *l))
        .collect();
    Some(Frame {
        head,
        body: body_start..end,
        tail,
    })
}

/// The header's "Author: …" line (its colon lost in some copies: "Author Bram Stoker").
fn is_author_line(line: &str) -> bool {
    line.get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("author:"))
        || line.strip_prefix("Author ").is_some_and(|name| {
            name.starts_with(|c: char| c.is_uppercase()) && name.split_whitespace().count() <= 5
        })
}

/// True if and only if `line` credits the people who made the e-text.
fn is_credit(line: &str) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:this\s+e-?text\s+was\s+)?(?:produced|prepared|transcribed|scanned|proofread|digitized|e-?text\s+prepared)\s+(?:by|from)\b")
            .expect("credit pattern")
    });
    CREDIT.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(blocks: &[Block]) -> Vec<&'static str> {
        blocks.iter().map(|b| b.kind.name()).collect()
    }

    #[test]
    fn the_licence_header_and_footer_frame_the_work() {
        let lines = [
            "The Project Gutenberg eBook of Romeo and Juliet, by William Shakespeare",
            "This eBook is for the use of anyone anywhere.",
            "Title: Romeo and Juliet",
            "Author: William Shakespeare",
            "Release Date: November, 1998 [eBook #1513]",
            "[Most recently updated: October 23, 2021]",
            "*** START OF THE PROJECT GUTENBERG EBOOK ROMEO AND JULIET ***",
            "THE TRAGEDY OF ROMEO AND JULIET",
            "by William Shakespeare",
            "*** END OF THE PROJECT GUTENBERG EBOOK ROMEO AND JULIET ***",
            "Updated editions will replace the previous one.",
        ];
        let blank = [
            false, true, true, true, true, false, true, true, true, true, true,
        ];
        let f = frame(&lines, &blank).expect("a Gutenberg text");
        assert_eq!(
            kinds(&f.head),
            [
                "front_matter",
                "front_matter",
                "front_matter",
                "speaker",
                "front_matter",
                "front_matter"
            ]
        );
        assert!(f.head[4].plain_text().ends_with("2021]"));
        assert_eq!(f.body, 7..9);
        assert_eq!(kinds(&f.tail), ["front_matter", "front_matter"]);
    }

    #[test]
    fn no_header_no_frame() {
        let lines = ["Alice’s Adventures in Wonderland", "by Lewis Carroll"];
        assert!(frame(&lines, &[false, true]).is_none());
        // A START line opening the text frames it, with no header before it.
        let lines = [
            "*** START OF THE PROJECT GUTENBERG EBOOK X ***",
            "X",
            "by Y",
        ];
        let f = frame(&lines, &[false, true, true]).expect("framed");
        assert_eq!(kinds(&f.head), ["front_matter"]);
        assert_eq!(f.body, 1..3);
        // The transcribers' credit under the START line belongs to the header.
        let lines = [
            "*** START OF THIS PROJECT GUTENBERG EBOOK X ***",
            "Produced by Anonymous Volunteers",
            "PRIDE AND PREJUDICE",
        ];
        let f = frame(&lines, &[false, true, true]).expect("framed");
        assert_eq!(kinds(&f.head), ["front_matter", "front_matter"]);
        assert_eq!(f.body, 2..3);
        // A copy that lost its punctuation keeps the frame in its capitals.
        let lines = [
            "The Project Gutenberg EBook of Dracula, by Bram Stoker",
            "Title Dracula",
            "Author Bram Stoker",
            "START OF THIS PROJECT GUTENBERG EBOOK DRACULA",
            "DRACULA",
            "END OF THIS PROJECT GUTENBERG EBOOK DRACULA",
        ];
        let f = frame(&lines, &[false, true, true, true, true, true]).expect("framed");
        assert_eq!(
            kinds(&f.head),
            ["front_matter", "front_matter", "speaker", "front_matter"]
        );
        assert_eq!(f.body, 4..5);
        // In running text the words are no frame.
        assert!(!start_line("Start of the Project Gutenberg talk"));
        // A START line without the publisher named before it is someone's own text.
        let lines = [
            "Notes",
            "*** START OF THE PROJECT GUTENBERG EBOOK X ***",
            "x",
        ];
        assert!(frame(&lines, &[false, true, true]).is_none());
    }
}
