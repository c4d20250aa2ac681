//! Markdown → blocks, through pulldown-cmark's event stream (tables, strikethrough,
//! footnotes and task lists on).
//!
//! One pass over the events with explicit stacks, never recursion on input nesting, so
//! 20,000 nested quotes or lists cost memory, not stack. Decisions:
//! - A `#` heading is `Heading{level: #count, marker: "", None, run_in: false}`; an H1
//!   that is the document's first block and its only H1 becomes the Title. Other
//!   headings keep their `#` count (no shifting), so writing them back round-trips.
//! - A list item's first paragraph (or tight text) is the `ListItem`; its later
//!   paragraphs are plain paragraphs; an item that opens with something else (a nested
//!   list, code) gets an empty `ListItem` first so its number is not lost.
//! - Block quotes set `quote_depth` on the blocks inside (saturating at 255); list depth
//!   saturates likewise.
//! - A soft break is one space, or nothing when it falls between two wide (CJK)
//!   characters. Adjacent text events are merged.
//! - HTML (block or inline) is kept as text; an image is a link whose text is its alt
//!   text; a footnote reference is the text "[^label]" and a definition's first paragraph
//!   opens with "[^label]: ". Inline nesting deeper than `inlines::MAX_INLINE_DEPTH` is
//!   flattened into its parent (the text is kept, the extra emphasis dropped).

use crate::model::{Alignment, Block, BlockKind, Heading, Inline, ListItem, MarkerKind, Table};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

mod inlines;
use inlines::{Inlines, Wrap};

/// A container the parser is inside.
enum Container {
    Quote,
    List { ordered: bool, next: u64 },
    Item { item: ListItem, emitted: bool },
    Other,
}

/// The block being filled: inline content, or raw text for code and HTML.
struct Open {
    kind: BlockKind,
    inlines: Inlines,
    raw: Option<String>,
}

#[derive(Default)]
struct TableState {
    table: Table,
    cell: Option<Inlines>,
}

struct Reader {
    blocks: Vec<Block>,
    containers: Vec<Container>,
    quote_depth: usize,
    list_depth: usize,
    open: Option<Open>,
    table: Option<TableState>,
    footnote: Option<String>,
}

fn saturate(n: usize) -> u8 {
    n.min(u8::MAX as usize) as u8
}

impl Reader {
    fn emit(&mut self, kind: BlockKind, content: Vec<Inline>) {
        self.blocks.push(Block {
            kind,
            content,
            quote_depth: saturate(self.quote_depth),
            in_toc: false,
        });
    }

    /// Closes the open block, if any.
    fn flush(&mut self) {
        if let Some(open) = self.open.take() {
            let content = match open.raw {
                Some(mut raw) => {
                    if raw.ends_with('\n') {
                        raw.pop();
                    }
                    vec![Inline::Text(raw)]
                }
                None => open.inlines.finish(),
            };
            self.emit(open.kind, content);
        }
    }

    /// The innermost list item's attributes if its `ListItem` block is still unwritten;
    /// marks it written.
    fn claim_item(&mut self) -> Option<ListItem> {
        match self.containers.last_mut() {
            Some(Container::Item { item, emitted }) if !*emitted => {
                *emitted = true;
                Some(item.clone())
            }
            _ => None,
        }
    }

    /// Before a block that is not the item's text: write the item's empty `ListItem`.
    fn start_block(&mut self) {
        self.flush();
        if let Some(item) = self.claim_item() {
            self.emit(BlockKind::ListItem(item), Vec::new());
        }
    }

    fn begin(&mut self, kind: BlockKind, raw: bool) {
        let mut inlines = Inlines::new();
        if let Some(label) = self.footnote.take() {
            inlines.text(&format!("[^{label}]: "));
        }
        self.open = Some(Open {
            kind,
            inlines,
            raw: raw.then(String::new),
        });
    }

    /// The inline collector for content arriving now (a table cell or the open block,
    /// opening an implicit paragraph or tight list item if none is open).
    fn inlines(&mut self) -> &mut Inlines {
        let in_cell = self.table.as_ref().is_some_and(|t| t.cell.is_some());
        if !in_cell && self.open.is_none() {
            let kind = match self.claim_item() {
                Some(item) => BlockKind::ListItem(item),
                None => BlockKind::Paragraph { label: None },
            };
            self.begin(kind, false);
        }
        match (&mut self.table, &mut self.open) {
            (
                Some(TableState {
                    cell: Some(cell), ..
                }),
                _,
            ) => cell,
            (_, Some(open)) => &mut open.inlines,
            (_, open @ None) => {
                let paragraph = Open {
                    kind: BlockKind::Paragraph { label: None },
                    inlines: Inlines::new(),
                    raw: None,
                };
                &mut open.insert(paragraph).inlines
            }
        }
    }

    fn raw(&mut self) -> Option<&mut String> {
        self.open.as_mut().and_then(|o| o.raw.as_mut())
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.flush();
                let kind = match self.claim_item() {
                    Some(item) => BlockKind::ListItem(item),
                    None => BlockKind::Paragraph { label: None },
                };
                self.begin(kind, false);
            }
            Tag::Heading { level, .. } => {
                self.start_block();
                let heading = Heading {
                    level: level as u8,
                    marker: String::new(),
                    marker_kind: MarkerKind::None,
                    run_in: false,
                };
                self.begin(BlockKind::Heading(heading), false);
            }
            Tag::BlockQuote(_) => {
                self.start_block();
                self.containers.push(Container::Quote);
                self.quote_depth += 1;
            }
            Tag::CodeBlock(kind) => {
                self.start_block();
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().map(str::to_string)
                    }
                    CodeBlockKind::Indented => None,
                };
                self.begin(BlockKind::Code { language }, true);
            }
            Tag::HtmlBlock => {
                self.start_block();
                self.begin(BlockKind::Paragraph { label: None }, true);
            }
            Tag::List(start) => {
                self.start_block();
                self.containers.push(Container::List {
                    ordered: start.is_some(),
                    next: start.unwrap_or(1),
                });
                self.list_depth += 1;
            }
            Tag::Item => {
                self.flush();
                let (ordered, number) = match self.containers.last_mut() {
                    Some(Container::List { ordered, next }) => {
                        let number = *next;
                        *next = next.saturating_add(1);
                        (*ordered, number)
                    }
                    _ => (false, 1),
                };
                let item = ListItem {
                    ordered,
                    number,
                    depth: saturate(self.list_depth.saturating_sub(1)),
                    task: None,
                };
                self.containers.push(Container::Item {
                    item,
                    emitted: false,
                });
            }
            Tag::FootnoteDefinition(label) => {
                self.start_block();
                self.containers.push(Container::Other);
                self.footnote = Some(label.to_string());
            }
            Tag::Table(alignments) => {
                self.start_block();
                let alignments = alignments.iter().map(|a| alignment(*a)).collect();
                self.table = Some(TableState {
                    table: Table {
                        alignments,
                        ..Table::default()
                    },
                    cell: None,
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(state) = &mut self.table {
                    state.table.rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(state) = &mut self.table {
                    state.cell = Some(Inlines::new());
                }
            }
            Tag::Emphasis => self.inlines().open(Wrap::Emphasis),
            Tag::Strong => self.inlines().open(Wrap::Strong),
            Tag::Strikethrough => self.inlines().open(Wrap::Strikethrough),
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.inlines().open(Wrap::Link(dest_url.to_string()))
            }
            Tag::Superscript | Tag::Subscript => self.inlines().open(Wrap::Flat),
            _ => {
                self.start_block();
                self.containers.push(Container::Other);
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                self.flush()
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.containers.pop();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.containers.pop();
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            TagEnd::Item => {
                self.start_block();
                self.containers.pop();
            }
            TagEnd::FootnoteDefinition => {
                self.flush();
                self.containers.pop();
                self.footnote = None;
            }
            TagEnd::TableHead => {
                if let Some(state) = &mut self.table {
                    state.table.header_rows += 1;
                }
            }
            TagEnd::TableCell => {
                if let Some(state) = &mut self.table {
                    let cell = state.cell.take().map(Inlines::finish).unwrap_or_default();
                    if let Some(row) = state.table.rows.last_mut() {
                        row.push(cell);
                    }
                }
            }
            TagEnd::Table => {
                if let Some(state) = self.table.take() {
                    self.emit(BlockKind::Table(state.table), Vec::new());
                }
            }
            TagEnd::TableRow => {}
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript => self.inlines().close(),
            _ => {
                self.flush();
                self.containers.pop();
            }
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Html(text) => match self.raw() {
                Some(raw) => raw.push_str(&text),
                None => self.inlines().text(&text),
            },
            Event::InlineHtml(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                self.inlines().text(&text)
            }
            Event::Code(code) => self.inlines().push(Inline::Code(code.to_string())),
            Event::FootnoteReference(label) => self.inlines().text(&format!("[^{label}]")),
            Event::SoftBreak => match self.raw() {
                Some(raw) => raw.push('\n'),
                None => self.inlines().soft_break(),
            },
            Event::HardBreak => self.inlines().push(Inline::LineBreak),
            Event::Rule => {
                self.start_block();
                self.emit(BlockKind::ThematicBreak, Vec::new());
            }
            Event::TaskListMarker(checked) => self.mark_task(checked),
        }
    }

    /// Records a task-list checkbox on the innermost item (and its open block).
    fn mark_task(&mut self, checked: bool) {
        if let Some(Container::Item { item, .. }) = self.containers.last_mut() {
            item.task = Some(checked);
        }
        if let Some(Open {
            kind: BlockKind::ListItem(item),
            ..
        }) = &mut self.open
        {
            item.task = Some(checked);
        }
    }
}

fn alignment(a: pulldown_cmark::Alignment) -> Alignment {
    match a {
        pulldown_cmark::Alignment::None => Alignment::None,
        pulldown_cmark::Alignment::Left => Alignment::Left,
        pulldown_cmark::Alignment::Center => Alignment::Center,
        pulldown_cmark::Alignment::Right => Alignment::Right,
    }
}

/// Parses Markdown into blocks.
pub(crate) fn parse_markdown(text: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut reader = Reader {
        blocks: Vec::new(),
        containers: Vec::new(),
        quote_depth: 0,
        list_depth: 0,
        open: None,
        table: None,
        footnote: None,
    };
    for event in Parser::new_ext(text, options) {
        reader.event(event);
    }
    reader.flush();
    promote_title(&mut reader.blocks);
    reader.blocks
}

/// Makes the first block the Title if it is the document's only H1.
fn promote_title(blocks: &mut [Block]) {
    let is_h1 = |b: &Block| b.quote_depth == 0 && b.heading().is_some_and(|h| h.level == 1);
    let h1_count = blocks.iter().filter(|b| is_h1(b)).count();
    if let Some(first) = blocks.first_mut() {
        if h1_count == 1 && is_h1(first) {
            first.kind = BlockKind::Title;
        }
    }
}

#[cfg(test)]
mod tests;
