//! Story and essay collections published as Markdown: the book's title, then each piece
//! under a heading of its own, as in a printed collection where every story opens on its
//! title. A piece closes on its writer's date ("（一九二四年二月一六日。）",
//! "一九三五年十二月二十六日。鲁迅。"), which the plain-text closing reader finds in the
//! paragraphs before the next heading; the headings of the level that follows such a
//! date are the pieces' titles, as `collection` makes every article's title a title in
//! plain text. So are the headings of a book whose first heading stands over nothing but
//! an epigraph (its title page) and those at its level. Under a piece's title, a "——……"
//! line is its subtitle and a numeral alone ("一") heads its first section. Verse set a
//! line to a paragraph is read as the plain-text reader reads verse lines.

use super::document_parts::is_plain;
use crate::model::{Block, BlockKind, Heading};
use crate::structure::classical_verse::classical_verse_lines;
use crate::structure::closing::closing;
use crate::structure::numbering::{cn_value, Family};
use crate::structure::shapes::is_dash_line;
use crate::structure::text::char_len;
use crate::structure::to_blocks;

/// Most plain paragraphs before a heading read as the closing of the piece it ends.
const CLOSING_MAX: usize = 3;
/// Longest line naming an epigraph's source ("屈原《离骚》。"), in characters.
const SOURCE_MAX: usize = 30;

/// Reads the pieces of a mostly-Chinese collection in `blocks`.
pub(super) fn read_pieces(blocks: &mut Vec<Block>) {
    if !crate::structure::mostly_cjk_prose(blocks) {
        return;
    }
    read_verse(blocks);
    read_piece_closings(blocks);
    settle_piece_titles(blocks);
    read_under_titles(blocks);
}

/// The heading level of `block` outside quotes, if it is a heading.
fn level(block: &Block) -> Option<u8> {
    (block.quote_depth == 0)
        .then(|| block.heading().map(|h| h.level))
        .flatten()
}

/// The level of `block` if it can title a piece: a heading, not numbered ("一、涉疫情类"
/// heads a part of one document).
fn title_level(block: &Block) -> Option<u8> {
    level(block).filter(|_| !crate::structure::numbering::is_numbered(&block.plain_text()))
}

/// True if `block` heads a piece: a heading or a title, outside quotes.
fn heads(block: &Block) -> bool {
    level(block).is_some() || block.kind == BlockKind::Title && block.quote_depth == 0
}

/// Runs of plain paragraphs read as lines: those the verse rules call verse are verse.
fn read_verse(blocks: &mut [Block]) {
    let mut start = 0;
    while start < blocks.len() {
        let end = (start..blocks.len())
            .find(|&k| !is_plain(&blocks[k]))
            .unwrap_or(blocks.len());
        let texts: Vec<String> = blocks[start..end].iter().map(Block::plain_text).collect();
        let lines: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
        for (block, verse) in blocks[start..end]
            .iter_mut()
            .zip(classical_verse_lines(&lines))
        {
            if verse {
                block.kind = BlockKind::Verse;
            }
        }
        start = end + 1;
    }
}

/// The closing (date, signature) of each piece that ends before a heading.
fn read_piece_closings(blocks: &mut Vec<Block>) {
    let starts: Vec<usize> = (1..blocks.len()).filter(|&h| heads(&blocks[h])).collect();
    for &h in starts.iter().rev() {
        let plain = blocks[..h]
            .iter()
            .rev()
            .take_while(|b| is_plain(b))
            .take(CLOSING_MAX)
            .count();
        if plain == 0 {
            continue;
        }
        let first = h - plain;
        let texts: Vec<String> = blocks[first..h].iter().map(Block::plain_text).collect();
        let lines: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
        let close = closing(&lines, 0);
        let dated = close.signed.iter().any(|(k, _)| *k == BlockKind::Date);
        if dated && close.record.is_empty() && close.appendix.is_empty() {
            let found = to_blocks(&close.signed);
            blocks.splice(first + close.body_end..h, found);
        }
    }
}

/// True if the blocks from `start` to the next heading are an epigraph alone: verse, and
/// at most one short line naming its source.
fn epigraph_only(blocks: &[Block], start: usize) -> bool {
    let section: Vec<&Block> = blocks[start..].iter().take_while(|b| !heads(b)).collect();
    let verse = section
        .iter()
        .filter(|b| b.kind == BlockKind::Verse)
        .count();
    let other: Vec<&&Block> = section
        .iter()
        .filter(|b| b.kind != BlockKind::Verse)
        .collect();
    verse >= 2
        && other.len() <= 1
        && other
            .iter()
            .all(|b| is_plain(b) && char_len(&b.plain_text()) <= SOURCE_MAX)
}

/// The headings of a level that follows a piece's dated closing, or that of a first
/// heading over an epigraph alone, are the pieces' titles.
fn settle_piece_titles(blocks: &mut [Block]) {
    // A piece closed by its date opened under a heading of the same level: a notice whose
    // plain-text head closes with a date over "# 指导案例65号" issues documents, it is no
    // piece of a collection.
    let opened_at = |h: usize| {
        let opening = blocks[..h].iter().rposition(heads)?;
        level(&blocks[opening])
    };
    let mut levels: Vec<u8> = (1..blocks.len())
        .filter(|&h| matches!(blocks[h - 1].kind, BlockKind::Date | BlockKind::Signature))
        .filter_map(|h| title_level(&blocks[h]).filter(|&l| opened_at(h) == Some(l)))
        .collect();
    if let Some(first) = blocks.iter().position(|b| level(b).is_some()) {
        let others = blocks[first + 1..]
            .iter()
            .any(|b| level(b) == level(&blocks[first]));
        if others && epigraph_only(blocks, first + 1) {
            levels.extend(title_level(&blocks[first]));
        }
    }
    for block in blocks.iter_mut() {
        if title_level(block).is_some_and(|l| levels.contains(&l)) {
            block.kind = BlockKind::Title;
        }
    }
}

/// Under a title further down: a "——……" line is its subtitle, a Chinese numeral alone
/// heads its first section.
fn read_under_titles(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        if blocks[i - 1].kind != BlockKind::Title || !is_plain(&blocks[i]) {
            continue;
        }
        let text = blocks[i].plain_text();
        let text = text.trim();
        if is_dash_line(text) {
            blocks[i].kind = BlockKind::Subtitle;
        } else if cn_value(text) == Some(1) {
            blocks[i].kind = BlockKind::Heading(Heading {
                level: 1,
                marker: text.to_string(),
                marker_kind: Family::ChineseNumeral.marker_kind(),
                run_in: false,
            });
        }
    }
}

#[cfg(test)]
#[path = "pieces_tests.rs"]
mod tests;
