//! A contents list in Markdown: a list whose every item is just a link to a place in the
//! same document ("* [Lists](#lists)"), as READMEs and FAQs open with. A typesetter sets
//! it as the document's contents, not as a list of points, so its items are marked
//! `in_toc` (they stay list items; the writers keep them as written).

use crate::model::{Block, BlockKind, Inline};

/// Fewest items that make a contents list (one link alone is just a link).
const MIN_ENTRIES: usize = 2;

/// Marks every run of list items that are each one in-page link as contents.
pub(super) fn mark_contents_lists(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| is_entry(b)).count();
        if run >= MIN_ENTRIES {
            for block in &mut blocks[i..i + run] {
                block.in_toc = true;
            }
        }
        i += run.max(1);
    }
}

/// True if and only if `block` is a list item holding one link to an anchor ("#…").
fn is_entry(block: &Block) -> bool {
    if !matches!(block.kind, BlockKind::ListItem(_)) {
        return false;
    }
    let mut parts = block.content.iter().filter(|inline| match inline {
        Inline::Text(text) => !text.trim().is_empty(),
        _ => true,
    });
    let link = parts.next();
    parts.next().is_none()
        && matches!(link, Some(Inline::Link { url, .. }) if url.starts_with('#') && url.len() > 1)
}

#[cfg(test)]
mod tests {
    use super::super::parse_markdown;

    fn in_toc(md: &str) -> Vec<bool> {
        parse_markdown(md).blocks.iter().map(|b| b.in_toc).collect()
    }

    #[test]
    fn a_list_of_in_page_links_is_the_contents() {
        let md = "## FAQ\n\n* [Does it support configuration?](#config)\n\
                  * [What changed recently?](#changelog)\n  * [Nested entry](#nested)\n\n\
                  Some text.\n";
        assert_eq!(in_toc(md), [false, true, true, true, false]);
    }

    #[test]
    fn links_elsewhere_or_with_text_are_a_plain_list() {
        let outside = "* [Home](https://example.com)\n* [Docs](https://example.com/docs)\n";
        assert_eq!(in_toc(outside), [false, false]);
        let with_text = "* [Config](#config): how to set it\n* [Colors](#colors): how\n";
        assert_eq!(in_toc(with_text), [false, false]);
        let alone = "* [Config](#config)\n\nText.\n";
        assert_eq!(in_toc(alone), [false, false]);
    }
}
