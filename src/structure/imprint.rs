//! An English book's title page, read once its blocks are made: what stands between the
//! top of the work and its first division (a contents list, a chapter, a preface) besides
//! the title, the by-line and an epigraph is the publisher's — the imprint (publisher,
//! city, year), the series and volume, the impression or edition, the rights and the
//! printing history ("_Reprinted April_, _June_ 1891"). A typesetter sets these as front
//! matter, not as paragraphs or headings.
//!
//! The title is the line right over the by-line ("JACK SHEPPARD A Romance" / "BY W.
//! Harrison Ainsworth"): a line taken for the title higher up ("English Library") is the
//! series over it.

use super::text::char_len;
use crate::model::{Block, BlockKind};
use regex::Regex;
use std::sync::LazyLock;

/// Longest imprint line.
const IMPRINT_MAX: usize = 80;
/// Longest paragraph still on a title page (an epigraph is longer than an imprint line).
const TITLE_PAGE_TEXT_MAX: usize = 400;
/// Most blocks a title page runs to.
const TITLE_PAGE_MAX_BLOCKS: usize = 40;
/// Longest title read off the line over a by-line.
const TITLE_MAX: usize = 80;
/// Longest by-line.
const BY_LINE_MAX: usize = 60;

/// `line` without the emphasis marks and brackets a plain text keeps around it.
fn bare(line: &str) -> String {
    line.trim_matches(['[', ']', ' '])
        .replace(['_', '*'], "")
        .trim()
        .to_string()
}

/// True if `line` reads as the publisher's: rights, impression or edition, printing
/// history, a publisher's name, a volume, a year alone.
pub(crate) fn is_imprint_line(line: &str) -> bool {
    static RIGHTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)all rights reserved|^copyright\b|^entered,? according to (?:the )?act of congress|^printed (?:in|by|at|for|and)\b|\bimpression\.?$|\bedition\b|^published (?:by|in)\b|^publishers?\.?$")
            .expect("rights pattern")
    });
    static PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:&|\band) co\b\.?|(?:&|\band) company,?$|\bco\.,? ?(?:ltd\.?|limited|inc\.?)?$|\b(?:ltd|limited|inc)\.?$|\bg ?m ?b ?h\b|\bpress\.?$|\bpublishers?\.?$|\bpublishing (?:co|company|house)\b")
            .expect("publisher pattern")
    });
    static YEAR_OR_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:1[4-9]\d\d|20\d\d|M[DCLXVI]{3,}|M(?: [DCLXVI]+){1,3})\.?$|^(?i:vol(?:ume)?)\.? [IVXLC\d]+\.?$")
            .expect("year pattern")
    });
    // A printing history names its years: "_Thence reprinted at Boston_, _Mass._, 1890."
    static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:printed|reprinted|published)\b.*\b1[5-9]\d\d\b")
            .expect("history pattern")
    });
    let line = bare(line);
    !line.is_empty()
        && char_len(&line) <= IMPRINT_MAX
        && (RIGHTS.is_match(&line)
            || PUBLISHER.is_match(&line)
            || YEAR_OR_VOLUME.is_match(&line)
            || HISTORY.is_match(&line))
}

/// True if `line` is a by-line: "By Thomas Paine", "BY W. Harrison Ainsworth".
fn is_by_line(line: &str) -> bool {
    let line = bare(line);
    line.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        && char_len(&line) <= BY_LINE_MAX
        && line[3..].starts_with(|c: char| c.is_uppercase())
}

/// True if `block` opens the work proper: a contents list, a heading naming a part of
/// the book or numbered, or a paragraph too long for a title page.
fn opens_the_work(block: &Block) -> bool {
    let text = block.plain_text();
    block.in_toc
        || matches!(&block.kind, BlockKind::Heading(h) if !h.marker.is_empty() || super::caps::names_a_part(&text))
        || matches!(block.kind, BlockKind::Paragraph { .. })
            && char_len(&text) > TITLE_PAGE_TEXT_MAX
}

/// Joins the lines of an imprint group on the title page that were read one a block
/// ("BOSTON & CAMBRIDGE:" / "JAMES MUNROE AND COMPANY" / "M DCCC XLIX."): lines set
/// together with no blank between them, one of them the publisher's, are one block of
/// front matter. `texts` and `separated` are the lines the blocks were read from.
pub(crate) fn join_imprint_groups(blocks: &mut Vec<Block>, texts: &[&str], separated: &[bool]) {
    let page = blocks
        .iter()
        .position(opens_the_work)
        .unwrap_or(blocks.len())
        .min(TITLE_PAGE_MAX_BLOCKS);
    // An English title page only: no ideograph on it.
    if blocks[..page]
        .iter()
        .any(|b| b.plain_text().chars().any(crate::script::is_cjk))
    {
        return;
    }
    // The line each one-line block was read from.
    let mut cursor = 0;
    let mut line_of = vec![None; page];
    for (k, block) in blocks[..page].iter().enumerate() {
        let text = block.plain_text();
        if let Some(j) = (cursor..texts.len()).find(|&j| texts[j].trim() == text.trim()) {
            line_of[k] = Some(j);
            cursor = j + 1;
        }
    }
    let joinable = |b: &Block| {
        matches!(
            b.kind,
            BlockKind::Paragraph { label: None } | BlockKind::FrontMatter | BlockKind::Signature
        ) && !b.in_toc
            && char_len(&b.plain_text()) <= IMPRINT_MAX
    };
    let mut k = page;
    while k > 0 {
        let end = k;
        k -= 1;
        let mut start = k;
        while start > 0
            && joinable(&blocks[start - 1])
            && joinable(&blocks[start])
            && matches!((line_of[start - 1], line_of[start]), (Some(a), Some(b)) if b == a + 1 && !separated[b])
        {
            start -= 1;
        }
        let group = &blocks[start..end];
        if group.len() > 1 && group.iter().any(|b| is_imprint_line(&b.plain_text())) {
            let joined: Vec<String> = group.iter().map(Block::plain_text).collect();
            let block = Block::text(BlockKind::FrontMatter, joined.join(" "));
            blocks.splice(start..end, [block]);
        }
        k = start;
    }
}

/// Reads the title page at the top of `blocks` (the work's blocks, a Gutenberg header
/// left out): imprint lines become front matter, and the line over the by-line the title.
pub(crate) fn settle_title_page(blocks: &mut [Block]) {
    let page = blocks
        .iter()
        .position(opens_the_work)
        .unwrap_or(blocks.len())
        .min(TITLE_PAGE_MAX_BLOCKS);
    // An English title page: no ideograph on it.
    let latin = blocks[..page]
        .iter()
        .all(|b| !b.plain_text().chars().any(crate::script::is_cjk));
    if !latin {
        return;
    }
    let plain = |b: &Block| {
        matches!(
            b.kind,
            BlockKind::Paragraph { label: None } | BlockKind::Heading(_)
        ) && !b.in_toc
    };
    // The transcribers' credit opening an excerpt ("Produced by …") is the publisher's.
    if blocks
        .first()
        .is_some_and(|b| plain(b) && super::gutenberg::is_credit(&b.plain_text()))
    {
        blocks[0].kind = BlockKind::FrontMatter;
    }
    // The title over its by-line, where a title was found higher up.
    let by_line = (1..page).find(|&k| plain(&blocks[k]) && is_by_line(&blocks[k].plain_text()));
    let mut title = (0..page).find(|&k| blocks[k].kind == BlockKind::Title);
    // Where none was, the short line right over the by-line ("On Liberty." / "By John
    // Stuart Mill.").
    if let (Some(by), None) = (by_line, title) {
        let above = &blocks[by - 1];
        let text = above.plain_text();
        if plain(above) && char_len(&text) <= TITLE_MAX && !is_imprint_line(&text) {
            blocks[by - 1].kind = BlockKind::Title;
            blocks[by].kind = BlockKind::Speaker;
            title = Some(by - 1);
        }
    }
    // Or the line over one saying what the work is, at the top of the work ("THE RAPE OF
    // THE LOCK" / "AN HEROI-COMICAL POEM"), however both were read.
    let top = blocks[..page]
        .iter()
        .position(|b| !matches!(b.kind, BlockKind::ThematicBreak | BlockKind::FrontMatter));
    if let (None, Some(top)) = (title, top) {
        let described = blocks
            .get(top + 1)
            .is_some_and(|b| plain(b) && super::title_page::is_work_description(&b.plain_text()));
        let text = blocks[top].plain_text();
        if top + 1 < page && described && plain(&blocks[top]) && char_len(&text) <= TITLE_MAX {
            blocks[top].kind = BlockKind::Title;
            blocks[top + 1].kind = BlockKind::Subtitle;
            title = Some(top);
        }
    }
    super::title_credits::settle_credits(&mut blocks[..page]);
    // A title page has its title or its by-line; without either, these are the text's.
    if title.is_none() && by_line.is_none() {
        return;
    }
    if let (Some(by), Some(title)) = (by_line, title) {
        let above = by - 1;
        let titled = plain(&blocks[above]) && !is_imprint_line(&blocks[above].plain_text());
        if title < above && titled {
            blocks[title].kind = BlockKind::FrontMatter;
            blocks[above].kind = BlockKind::Title;
            blocks[by].kind = BlockKind::Speaker;
        }
    }
    for block in &mut blocks[..page] {
        if plain(block) && is_imprint_line(&block.plain_text()) {
            block.kind = BlockKind::FrontMatter;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(blocks: &[Block]) -> Vec<&'static str> {
        blocks.iter().map(|b| b.kind.name()).collect()
    }

    fn paragraph(text: &str) -> Block {
        Block::text(BlockKind::Paragraph { label: None }, text)
    }

    #[test]
    fn a_title_pages_imprint_and_printing_history_are_front_matter() {
        let mut blocks = vec![
            Block::text(BlockKind::Title, "English Library"),
            paragraph("_VOL. XII_"),
            paragraph("JACK SHEPPARD A Romance"),
            paragraph("BY W. Harrison Ainsworth"),
            paragraph("Internationale Bibliothek G M B H Berlin"),
            paragraph("1922"),
            paragraph("_TENTH IMPRESSION_"),
            paragraph("LONGMANS, GREEN, AND CO."),
            paragraph("_All rights reserved_"),
            paragraph("_Reprinted April_, _June_ 1891; _March_ 1892."),
            paragraph("_Kelmscott Press Edition_, 1892."),
            paragraph("Printed In Germany"),
            paragraph("The lines of a title page, and not one of a publisher's."),
        ];
        settle_title_page(&mut blocks);
        assert_eq!(
            kinds(&blocks),
            [
                "front_matter",
                "front_matter",
                "title",
                "speaker",
                "front_matter",
                "front_matter",
                "front_matter",
                "front_matter",
                "front_matter",
                "front_matter",
                "front_matter",
                "front_matter",
                "paragraph"
            ]
        );
    }

    #[test]
    fn an_imprint_groups_lines_set_together_are_one_block() {
        let texts = [
            "NATURE",
            "NEW EDITION",
            "BOSTON & CAMBRIDGE:",
            "JAMES MUNROE AND COMPANY",
            "M DCCC XLIX.",
            "The lines of the text, set apart from the page.",
        ];
        let separated = [false, true, true, false, false, true];
        let mut blocks: Vec<Block> = texts.iter().map(|t| paragraph(t)).collect();
        blocks[0].kind = BlockKind::Title;
        join_imprint_groups(&mut blocks, &texts, &separated);
        assert_eq!(
            kinds(&blocks),
            ["title", "paragraph", "front_matter", "paragraph"]
        );
        assert_eq!(
            blocks[2].plain_text(),
            "BOSTON & CAMBRIDGE: JAMES MUNROE AND COMPANY M DCCC XLIX."
        );
    }

    #[test]
    fn the_line_over_what_the_work_is_at_the_top_is_the_title() {
        let heading = |text| {
            let h = crate::model::Heading {
                level: 1,
                marker: String::new(),
                marker_kind: super::super::numbering::Family::AllCaps.marker_kind(),
                run_in: false,
            };
            Block::text(BlockKind::Heading(h), text)
        };
        let mut blocks = vec![
            Block::text(BlockKind::ThematicBreak, ""),
            heading("THE RAPE OF THE LOCK"),
            heading("AN HEROI-COMICAL POEM"),
            paragraph("Nolueram, Belinda, tuos violare capillos;"),
        ];
        settle_title_page(&mut blocks);
        let expected = ["thematic_break", "title", "subtitle", "paragraph"];
        assert_eq!(kinds(&blocks), expected);
    }

    #[test]
    fn past_the_first_division_the_same_lines_are_the_texts() {
        let mut heading = Block::text(BlockKind::Paragraph { label: None }, "CONTENTS");
        heading.in_toc = true;
        let mut blocks = vec![
            Block::text(BlockKind::Title, "THE PRESS"),
            heading,
            paragraph("1922"),
            paragraph("Printed in Germany"),
        ];
        settle_title_page(&mut blocks);
        assert_eq!(
            kinds(&blocks),
            ["title", "paragraph", "paragraph", "paragraph"]
        );
        assert!(!is_imprint_line(
            "He reprinted the whole of it in his paper the next day."
        ));
        assert!(is_imprint_line(
            "_Thence reprinted at Boston_, _Mass._, 1890."
        ));
    }
}
