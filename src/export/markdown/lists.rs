//! Lists in the Markdown writer: what it remembers of the open lists between blocks. A
//! nested item is indented under its parent's marker; a list that restarts its numbers is
//! written as a new list; a block between two items stays in the item it belongs to; and
//! a quote that opens inside an item has its marks after that item's indent (`  > - x`),
//! where the reader put it. The model keeps a block's list depth and quote depth apart,
//! so the order of the two comes from the items before: the quote depth of the latest
//! item at each depth.

use super::inline::inlines_to_markdown;
use crate::model::{Block, BlockKind, ListItem};

/// What the writer remembers about lists between blocks.
pub(super) struct Lists {
    /// Width of the marker of the latest list item at each depth, to indent nested items.
    widths: Vec<usize>,
    /// The latest item at each depth: ordered, its number, and its delimiter (`.`/`)`,
    /// `-`/`*`), which alternates when a list restarts right after another.
    last: Vec<(bool, u64, char)>,
    /// The quote depth of the latest item at each depth.
    quotes: Vec<u8>,
    /// `#`s added to every heading (see `heading_shift` in the writer).
    pub(super) heading_shift: usize,
}

impl Lists {
    pub(super) fn new(heading_shift: usize) -> Self {
        Lists {
            widths: Vec::new(),
            last: Vec::new(),
            quotes: Vec::new(),
            heading_shift,
        }
    }

    /// Forgets the open lists: a block outside them came.
    pub(super) fn close(&mut self) {
        self.widths.clear();
        self.last.clear();
        self.quotes.clear();
    }

    /// For a block that is not a list item (`rest[0]`): how many open list levels hold
    /// it, when the next list item, with only other such blocks between, continues that
    /// list (its number follows on), as a list item's later paragraphs do, or opens a
    /// list nested in the latest item (one level deeper: the block sits in that item,
    /// before its sublist); `None` when the list ends before it.
    pub(super) fn holds(&self, rest: &[Block]) -> Option<usize> {
        let block = rest.first()?;
        if matches!(block.kind, BlockKind::ListItem(_)) || self.last.is_empty() {
            return None;
        }
        let next = rest
            .iter()
            .skip(1)
            .find(|b| matches!(b.kind, BlockKind::ListItem(_)))?;
        let BlockKind::ListItem(item) = &next.kind else {
            return None;
        };
        let depth = usize::from(item.depth);
        let latest_quote = self.quotes.last().copied();
        let same_quote =
            latest_quote == Some(block.quote_depth) && next.quote_depth == block.quote_depth;
        let continues = self.last.get(depth).is_some_and(|&(ordered, number, _)| {
            ordered == item.ordered && number.checked_add(1) == Some(item.number)
        });
        let nested = depth == self.last.len();
        (same_quote && (continues || nested)).then(|| (depth + 1).min(self.widths.len()))
    }

    /// Returns true if and only if `block` is a list item that must start a new list
    /// right after the items of another (its kind or numbering does not continue them).
    pub(super) fn restarts(&self, block: &Block) -> bool {
        let BlockKind::ListItem(item) = &block.kind else {
            return false;
        };
        match self.last.get(usize::from(item.depth)) {
            // Items count from their list's start, bullets too: a number that does not
            // follow on is a new list.
            Some(&(ordered, number, _)) => {
                ordered != item.ordered || number.checked_add(1) != Some(item.number)
            }
            None => false,
        }
    }

    /// The quotes around the first `levels` open lists and a block at `quote` inside
    /// them: the quote marks every line of it starts with (the rest go after the
    /// indents, see `prefix`).
    pub(super) fn outer_quote(&self, levels: usize, quote: u8) -> u8 {
        self.quotes
            .iter()
            .take(levels)
            .fold(quote, |a, &q| a.min(q))
    }

    /// What starts each line of a block at `quote` inside the first `levels` open lists,
    /// after its `outer_quote` marks: each list's indent, with the quote marks of a
    /// quote opened inside an item after that item's indent.
    fn prefix(&self, levels: usize, quote: u8) -> String {
        let mut at = self.outer_quote(levels, quote);
        let mut out = String::new();
        for (&width, &q) in self.widths.iter().zip(&self.quotes).take(levels) {
            out.push_str(&"> ".repeat(usize::from(q.saturating_sub(at))));
            at = at.max(q);
            out.push_str(&" ".repeat(width));
        }
        out.push_str(&"> ".repeat(usize::from(quote.saturating_sub(at))));
        out
    }

    /// `body`, a block at `quote` held by the first `levels` open lists, with each line's
    /// prefix (an empty line gets its quote marks only).
    pub(super) fn held(&self, body: &str, levels: usize, quote: u8) -> String {
        let prefix = self.prefix(levels, quote);
        body.split('\n')
            .map(|line| {
                if line.is_empty() {
                    prefix.trim_end().to_string()
                } else {
                    format!("{prefix}{line}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The blank line before a block at `quote` inside the first `levels` open lists,
    /// when it must carry quote marks after a list's indent (a quote inside an item);
    /// `None` when the plain separator does.
    pub(super) fn blank_line(&self, levels: usize, quote: u8) -> Option<String> {
        let prefix = self.prefix(levels, quote);
        prefix.contains('>').then(|| prefix.trim_end().to_string())
    }

    /// A list item as Markdown, after its `outer_quote` marks; remembers it as the
    /// latest item at its depth.
    pub(super) fn item_to_markdown(&mut self, block: &Block, item: &ListItem) -> String {
        let depth = usize::from(item.depth);
        let restarts = self.restarts(block);
        self.widths.truncate(depth);
        self.widths.resize(depth, 2);
        self.quotes.truncate(depth);
        self.quotes.resize(depth, block.quote_depth);
        let indent = self.prefix(depth, block.quote_depth);
        let previous = self.last.get(depth).map(|&(_, _, d)| d);
        let delimiter = match (item.ordered, previous, restarts) {
            (true, Some('.'), true) => ')',
            (true, Some(')'), false) => ')',
            (true, _, _) => '.',
            (false, Some('-'), true) => '*',
            (false, Some('*'), false) => '*',
            (false, _, _) => '-',
        };
        self.last.truncate(depth);
        self.last.resize(depth, (false, 0, '-'));
        self.last.push((item.ordered, item.number, delimiter));
        let mut marker = if item.ordered {
            format!("{}{delimiter} ", item.number)
        } else {
            format!("{delimiter} ")
        };
        self.widths.push(marker.len());
        self.quotes.push(block.quote_depth);
        if let Some(done) = item.task {
            marker.push_str(if done { "[x] " } else { "[ ] " });
        }
        // The text after the marker starts the item's first line: "--" there, as at
        // the margin, would make "- --" a rule.
        let text = inlines_to_markdown(&block.content, true);
        // Continuation lines (after hard breaks) belong to the item: indent them too.
        let continuation = format!("\n{}", self.prefix(depth + 1, block.quote_depth));
        format!("{indent}{marker}{}", text.replace('\n', &continuation))
    }
}
