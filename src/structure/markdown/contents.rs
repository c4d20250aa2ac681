//! A table of contents written in Markdown: a run of paragraphs or list items that are
//! each nothing but one link into the document itself ("[第一章 总则](#第一章-总则)",
//! "* [Overview](#overview)"), with the "目录"/"Contents" line right above it. Its
//! blocks are marked `in_toc`, as the plain-text reader marks a contents list, so head
//! and closing readers pass over them and `inspect` reports them as contents. A list
//! indented under its title, which Markdown reads as code, is contents too.

use crate::model::{Block, BlockKind, Inline};
use crate::structure::toc::{is_entry_like, is_toc_title};

/// Fewest entries for a run of in-document links to be a table of contents.
const MIN_ENTRIES: usize = 2;

/// A contents list indented under its "目录" title, which Markdown reads as a code
/// block (an author's tabs before "第一章 总则", "第一节 立法权限"): the entries, one
/// paragraph a line, marked as contents, and the title with them. Only an unlabelled code
/// block right under a contents title whose every line is an entry is read so.
pub(crate) fn indented_contents(blocks: &mut Vec<Block>) {
    let mut i = 1;
    while i < blocks.len() {
        let code = matches!(&blocks[i].kind, BlockKind::Code { language: None });
        let titled = is_toc_title(&blocks[i - 1].plain_text());
        let text = blocks[i].plain_text();
        let entries: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let all_entries = entries.len() >= MIN_ENTRIES && entries.iter().all(|l| is_entry_like(l));
        if !(code && titled && all_entries) {
            i += 1;
            continue;
        }
        let quote_depth = blocks[i].quote_depth;
        let replaced: Vec<Block> = entries
            .iter()
            .map(|entry| {
                let mut block = Block::text(BlockKind::Paragraph { label: None }, *entry);
                block.in_toc = true;
                block.quote_depth = quote_depth;
                block
            })
            .collect();
        let count = replaced.len();
        blocks[i - 1].in_toc = true;
        if blocks[i - 1].heading().is_some() {
            blocks[i - 1].kind = BlockKind::Paragraph { label: None };
        }
        blocks.splice(i..=i, replaced);
        i += count;
    }
}

/// Marks the table-of-contents blocks of `blocks`.
pub(crate) fn mark_contents(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| is_entry(b)).count();
        if run >= MIN_ENTRIES {
            let titled = i > 0 && is_toc_title(&blocks[i - 1].plain_text());
            let first = if titled { i - 1 } else { i };
            for block in &mut blocks[first..i + run] {
                block.in_toc = true;
            }
        }
        i += run.max(1);
    }
}

/// A paragraph or list item holding only a link to an anchor in this document.
fn is_entry(block: &Block) -> bool {
    let container = matches!(
        block.kind,
        BlockKind::Paragraph { label: None } | BlockKind::ListItem(_)
    );
    let meaningful: Vec<&Inline> = block
        .content
        .iter()
        .filter(|inline| !matches!(inline, Inline::Text(t) if t.trim().is_empty()))
        .collect();
    container
        && matches!(meaningful.as_slice(), [Inline::Link { url, .. }] if url.starts_with('#') && url.len() > 1)
}

#[cfg(test)]
mod tests {
    use crate::structure::markdown::parse_markdown;

    fn contents(text: &str) -> Vec<bool> {
        parse_markdown(text)
            .blocks
            .iter()
            .map(|b| b.in_toc)
            .collect()
    }

    #[test]
    fn links_into_the_document_under_a_contents_line_are_its_contents() {
        let text = "# 某某法\n\n***目录***\n\n[第一章 总则](#第一章-总则)\n\n[第二章 附则](#第二章-附则)\n\n## 第一章 总则\n\n第一条 正文。\n";
        assert_eq!(contents(text), [false, true, true, true, false, false]);
    }

    #[test]
    fn a_nested_list_of_anchor_links_is_contents() {
        let text = "# Syntax\n\n* [Overview](#overview)\n    * [Philosophy](#philosophy)\n* [Blocks](#block)\n\nText.\n";
        assert_eq!(contents(text), [false, true, true, true, false]);
    }

    #[test]
    fn links_elsewhere_or_one_alone_are_not() {
        let text =
            "[Home](https://example.org)\n\n[Docs](https://example.org/docs)\n\n[Top](#top)\n";
        assert!(contents(text).iter().all(|c| !c));
    }
}
