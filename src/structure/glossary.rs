//! A report's glossary: the numbered explanations of its terms that close it.
//!
//! Work reports end with their terms explained, under a line "名词解释" or without one:
//! "1.六大优势产业：省委十二届三次全会提出……", "2.国家先进制造业集群：……", each a number,
//! the term, a colon and what it means. They are notes on the text, not its paragraphs.
//! A typesetter knows them by their run: three or more such definitions numbered one
//! after another, standing under the glossary's own heading or closing the body (after
//! them only the attachments, the closing or page furniture). Numbered definitions in
//! the body ("1.生产经营单位：是指……" in a 办法's terms) stay the text's own.

use super::text::{char_len, has_sentence_end};
use crate::model::{Block, BlockKind, Heading, MarkerKind};
use regex::Regex;
use std::sync::LazyLock;

/// Lines that head a glossary, white space removed.
const GLOSSARY_HEADINGS: [&str; 4] = ["名词解释", "名词注释", "名词释义", "术语解释"];
/// Fewest definitions in a run without a heading over it.
const RUN_MIN: usize = 3;
/// Longest term before the colon, in characters.
const TERM_MAX: usize = 30;

/// The number of a definition ("12.“两重”：是指……" → 12), if `text` is one.
fn definition_number(text: &str) -> Option<u32> {
    static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*([0-9]{1,3})\s*[.．、]\s*([^：:]+)[：:]\s*\S").expect("definition pattern")
    });
    let caps = DEFINITION.captures(text)?;
    let term = caps.get(2)?.as_str();
    (char_len(term) <= TERM_MAX && !has_sentence_end(term) && !term.contains(['，', '；']))
        .then(|| caps.get(1)?.as_str().parse().ok())
        .flatten()
}

/// A block a glossary entry may have been read as: a paragraph or a short heading.
fn entry_number(block: &Block) -> Option<u32> {
    let open = matches!(
        block.kind,
        BlockKind::Paragraph { .. } | BlockKind::Heading(_)
    );
    (open && !block.in_toc && block.quote_depth == 0)
        .then(|| definition_number(&block.plain_text()))
        .flatten()
}

/// True if `block` is the glossary's heading ("名词解释").
fn is_glossary_heading(block: &Block) -> bool {
    let squeezed: String = block.plain_text().split_whitespace().collect();
    GLOSSARY_HEADINGS.contains(&squeezed.as_str())
}

/// True if nothing of the body follows `blocks[end..]`: only attachments, the closing
/// and page furniture.
fn closes_the_body(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .take_while(|b| b.kind != BlockKind::Attachment)
        .all(|b| {
            matches!(
                b.kind,
                BlockKind::Artifact
                    | BlockKind::Signature
                    | BlockKind::Date
                    | BlockKind::Note
                    | BlockKind::CopyTo
                    | BlockKind::Imprint
                    | BlockKind::ThematicBreak
            )
        })
}

/// Marks the glossaries of `blocks` as notes, and their heading as a heading.
pub(crate) fn read_glossaries(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let Some(first) = entry_number(&blocks[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while blocks.get(end).and_then(entry_number) == Some(first + (end - i) as u32) {
            end += 1;
        }
        let headed = i > 0 && is_glossary_heading(&blocks[i - 1]);
        if headed || end - i >= RUN_MIN && closes_the_body(&blocks[end..]) {
            for entry in &mut blocks[i..end] {
                entry.kind = BlockKind::Note;
            }
            let heading = &mut blocks[i - usize::from(headed)];
            if headed && matches!(heading.kind, BlockKind::Paragraph { .. }) {
                heading.kind = BlockKind::Heading(Heading {
                    level: 1,
                    marker: String::new(),
                    marker_kind: MarkerKind::None,
                    run_in: false,
                });
            }
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds as read;

    #[test]
    fn definitions_that_close_a_report_are_its_glossary() {
        let text = "各位代表！\n让我们团结奋斗，再创新的辉煌！\n\n\
            33．赋予所有改革发展以“三个意义”：赋予改革以意义。\n\
            34.“十县百乡千村万户”示范引领工程：建设一批示范县。\n\
            35．固体废物处置六大行动：工业固体废物、建筑垃圾处置。\n";
        assert_eq!(&read(text)[2..], ["note", "note", "note"]);
    }

    #[test]
    fn a_glossary_heading_heads_its_definitions() {
        let text = "正文结束了。\n\n名词解释\n\n1.六大优势产业：省委全会提出的产业。\n\n\
            2.国家先进制造业集群：工信部评定的集群。\n";
        let kinds = read(text);
        assert_eq!(kinds[1], "heading");
        assert_eq!(&kinds[2..], ["note", "note"]);
    }

    #[test]
    fn numbered_definitions_in_the_body_stay_its_text() {
        let text = "第二条　本办法下列用语的含义：\n1.生产经营单位：是指从事生产活动的单位。\n\
            2.重大隐患：是指危害大的隐患。\n3.主要负责人：是指单位的法定代表人。\n\
            第三条　本办法自发布之日起施行。\n";
        assert!(!read(text).contains(&"note"), "{:?}", read(text));
        // Out of count, they are a list, not a glossary.
        let text = "正文。\n1.甲：一。\n3.乙：二。\n5.丙：三。\n";
        assert!(!read(text).contains(&"note"));
    }
}
