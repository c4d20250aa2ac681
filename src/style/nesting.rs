//! How deep nesting indents: block quotes and lists step in by two characters a level,
//! up to [`MAX_INDENT_LEVELS`] levels together; deeper levels stay at the last indent,
//! so a 30-deep list keeps a readable measure instead of running off the page. A rule
//! of placement, so it lives here once: the PDF layout and the DOCX writer both ask
//! [`indent_levels`], and both report the same [`nesting_warning`].

use crate::model::{Block, BlockKind};

/// Nesting levels (block quotes and lists together) that indent further.
pub const MAX_INDENT_LEVELS: u8 = 6;

/// The nesting levels that indent, of `quote_depth` quotes around a list item of
/// `list_depth` (0 outside lists, the item's own level): at most [`MAX_INDENT_LEVELS`]
/// together, quotes first. The third value is true when some level was dropped.
pub fn indent_levels(quote_depth: u8, list_depth: u8) -> (u8, u8, bool) {
    let quotes = quote_depth.min(MAX_INDENT_LEVELS);
    let lists = list_depth.min(MAX_INDENT_LEVELS - quotes);
    (quotes, lists, quotes < quote_depth || lists < list_depth)
}

/// The levels `block` indents by: its quotes and, for a list item, its list level.
pub fn block_levels(block: &Block) -> (u8, u8, bool) {
    let list = match &block.kind {
        BlockKind::ListItem(item) => item.depth,
        _ => 0,
    };
    indent_levels(block.quote_depth, list)
}

/// A warning for the user when some block nests deeper than indents go.
pub fn nesting_warning(blocks: &[Block]) -> Option<String> {
    let deepest = blocks
        .iter()
        .filter(|b| block_levels(b).2)
        .map(|b| {
            let list = match &b.kind {
                BlockKind::ListItem(item) => item.depth,
                _ => 0,
            };
            u32::from(b.quote_depth) + u32::from(list)
        })
        .max()?;
    Some(format!(
        "quotes and lists nested {deepest} levels deep: indented only {MAX_INDENT_LEVELS} \
         levels, deeper ones set at that indent"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_stop_at_the_cap_quotes_first() {
        assert_eq!(indent_levels(2, 3), (2, 3, false));
        assert_eq!(indent_levels(0, 30), (0, MAX_INDENT_LEVELS, true));
        assert_eq!(indent_levels(4, 4), (4, MAX_INDENT_LEVELS - 4, true));
        assert_eq!(indent_levels(9, 0), (MAX_INDENT_LEVELS, 0, true));
    }
}
