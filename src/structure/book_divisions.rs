//! The top divisions of an English book and what stands with them:
//!
//! - an old book's division named by an ordinal ("EPOCH THE FIRST.", "BOOK THE SECOND",
//!   "PART THE THIRD") is a part, one level over its chapters; a year alone under it and
//!   one line in capitals after that ("1703." / "JONATHAN WILD.") are its subtitles;
//! - a front section in capitals before the first part ("TRANSLATOR'S PREFACE",
//!   "INTRODUCTION") ranks with the parts, not with the chapters inside them;
//! - a chapter's title set alone under its number, blank lines round it, in title case
//!   and closed by a full stop ("CHAPTER I." / "The Widow and her Child."), is the
//!   heading's title as it is without the stop;
//! - the book's title set again over its first part or chapter (a half-title, "CRIME AND
//!   PUNISHMENT" over "PART I") is a title, not a heading.
//!   Where no title was found, the short capitals line right over the first division
//!   numbered one ("THE BETROTHED." / "CHAPTER I.") is that half-title.

use super::numbering::Family;
use super::text::char_len;
use crate::model::{Block, BlockKind};
use regex::Regex;
use std::sync::LazyLock;

/// True if `line` names a division by an ordinal: "EPOCH THE FIRST.", "BOOK THE SECOND".
pub(crate) fn is_ordinal_division(line: &str) -> bool {
    static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z]{3,12} THE (?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|LAST)\.?$")
            .expect("ordinal division pattern")
    });
    ORDINAL.is_match(line)
}

/// How many of the lines after an ordinal division (`after`, in order) are its
/// subtitles: a year alone, then one short line in capitals.
pub(crate) fn division_subtitles(after: &[&str]) -> usize {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^1[0-9]{3}\.?$").expect("year pattern"));
    let year = after.first().is_some_and(|l| YEAR.is_match(l));
    let name = after.get(year as usize).is_some_and(|l| {
        super::plain::is_all_caps(l)
            && !super::caps::names_a_part(l)
            && super::numbering::find_marker(l).is_none()
    });
    year as usize + (year && name) as usize
}

/// Gives the capitals headings before the first part (`families` by block index) the
/// part's level: front sections rank with the top division that follows them.
pub(crate) fn rank_front_sections(blocks: &mut [Block], families: &[(usize, Family)]) {
    let Some(&(first_part, _)) = families.iter().find(|(_, f)| *f == Family::EnglishPart) else {
        return;
    };
    let BlockKind::Heading(part) = &blocks[first_part].kind else {
        return;
    };
    let level = part.level;
    for &(index, family) in families {
        if index < first_part && family == Family::AllCaps {
            if let BlockKind::Heading(h) = &mut blocks[index].kind {
                h.level = level;
            }
        }
    }
}

/// Most words of a chapter title closed by a full stop.
const STOPPED_TITLE_MAX_WORDS: usize = 8;

/// True if `line` is a chapter title closed by a full stop: a few words, half of them or
/// more capitalised (two at least), no other stop or comma in it.
pub(crate) fn is_stopped_title(line: &str) -> bool {
    let Some(words) = line.strip_suffix('.') else {
        return false;
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    (2..=STOPPED_TITLE_MAX_WORDS).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && capitalised >= 2
        && capitalised * 2 >= words.len()
        && !line[..line.len() - 1].contains(['.', ',', ';', ':', '!', '?', '"', '“'])
}

/// The letters and figures of `text`, lowercased: the key titles are compared by.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Marks the half-title among `blocks`: a heading or paragraph right over a heading whose
/// words are the book's title (the first title block), or its first two words or more.
pub(crate) fn mark_half_title(blocks: &mut [Block]) {
    let Some(title) = blocks.iter().position(|b| b.kind == BlockKind::Title) else {
        mark_untitled_half_title(blocks);
        return;
    };
    let words: Vec<String> = blocks[title]
        .plain_text()
        .split_whitespace()
        .map(key)
        .collect();
    for k in title + 1..blocks.len().saturating_sub(1) {
        let candidate = &blocks[k];
        let plain = matches!(
            &candidate.kind,
            BlockKind::Heading(h) if h.marker.is_empty()
        ) || matches!(candidate.kind, BlockKind::Paragraph { label: None });
        if !plain || candidate.in_toc || !matches!(blocks[k + 1].kind, BlockKind::Heading(_)) {
            continue;
        }
        let own: Vec<String> = candidate.plain_text().split_whitespace().map(key).collect();
        let repeats = own.len() >= 2 && own.len() <= words.len() && own[..] == words[..own.len()];
        if repeats {
            blocks[k].kind = BlockKind::Title;
            return;
        }
    }
}

/// Longest half-title.
const HALF_TITLE_MAX: usize = 60;

/// With no title to compare, the half-title is a paragraph in capitals right over the
/// book's first numbered division, numbered one ("THE BETROTHED." / "CHAPTER I.",
/// "CRITICAL AND HISTORICAL ESSAYS" / "I" "THE ORIGIN OF MUSIC").
fn mark_untitled_half_title(blocks: &mut [Block]) {
    let first = blocks.iter().position(
        |b| matches!(&b.kind, BlockKind::Heading(h) if !h.marker.is_empty() && !h.run_in),
    );
    let Some(first) = first.filter(|&k| k > 0) else {
        return;
    };
    let BlockKind::Heading(h) = &blocks[first].kind else {
        return;
    };
    let numeral = h
        .marker
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let above = &blocks[first - 1];
    let text = above.plain_text();
    let half_title = matches!(above.kind, BlockKind::Paragraph { label: None })
        && !above.in_toc
        && matches!(numeral, "I" | "1" | "ONE" | "One")
        && char_len(&text) <= HALF_TITLE_MAX
        && super::plain::is_all_caps(&text)
        && text.split_whitespace().count() >= 2;
    if half_title {
        blocks[first - 1].kind = BlockKind::Title;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Heading;

    fn heading(text: &str, level: u8) -> Block {
        Block::text(
            BlockKind::Heading(Heading {
                level,
                marker: String::new(),
                marker_kind: Family::AllCaps.marker_kind(),
                run_in: false,
            }),
            text,
        )
    }

    #[test]
    fn an_ordinal_division_is_a_part_with_its_year_and_name_under_it() {
        assert!(is_ordinal_division("EPOCH THE FIRST."));
        assert!(is_ordinal_division("BOOK THE SECOND"));
        assert!(!is_ordinal_division("ON THE FIRST DAY"));
        assert_eq!(
            division_subtitles(&["1703.", "JONATHAN WILD.", "JACK SHEPPARD."]),
            2
        );
        assert_eq!(division_subtitles(&["JACK SHEPPARD.", "CHAPTER I."]), 0);
        assert_eq!(division_subtitles(&["1703.", "CHAPTER I."]), 1);
        assert!(is_stopped_title("The Widow and her Child."));
        assert!(!is_stopped_title("It was a dark night."));
        assert!(!is_stopped_title("Mr. Kneebone came in."));
    }

    #[test]
    fn a_preface_ranks_with_the_parts_and_the_repeated_title_is_a_half_title() {
        let mut blocks = vec![
            Block::text(BlockKind::Title, "CRIME AND PUNISHMENT"),
            heading("TRANSLATOR'S PREFACE", 2),
            Block::text(BlockKind::Paragraph { label: None }, "A few words."),
            heading("CRIME AND PUNISHMENT", 2),
            heading("PART I", 1),
            heading("CHAPTER I", 2),
        ];
        let families = [
            (1, Family::AllCaps),
            (3, Family::AllCaps),
            (4, Family::EnglishPart),
            (5, Family::EnglishChapter),
        ];
        rank_front_sections(&mut blocks, &families);
        mark_half_title(&mut blocks);
        let levels: Vec<String> = blocks
            .iter()
            .map(|b| match &b.kind {
                BlockKind::Heading(h) => format!("h{}", h.level),
                kind => kind.name().to_string(),
            })
            .collect();
        assert_eq!(levels, ["title", "h1", "paragraph", "title", "h1", "h2"]);
        // Without a title: the capitals line right over the first chapter, numbered one.
        let mut chapter = heading("CHAPTER I.", 1);
        if let BlockKind::Heading(h) = &mut chapter.kind {
            h.marker = "CHAPTER I.".into();
        }
        let mut blocks = vec![
            Block::text(BlockKind::Paragraph { label: None }, "What a lesson."),
            Block::text(BlockKind::Paragraph { label: None }, "THE BETROTHED."),
            chapter,
        ];
        mark_half_title(&mut blocks);
        assert_eq!(blocks[1].kind, BlockKind::Title);
        assert_ne!(blocks[0].kind, BlockKind::Title);
    }
}
