//! The event half of the reader: each pulldown-cmark event (tag start, tag end, text,
//! inline HTML, math, footnote reference, task marker) applied to the `Reader`'s stacks.

use super::front_matter;
use super::inlines::{Inlines, Wrap};
use super::{saturate, Container, Open, Reader, TableState};
use crate::model::{AlertKind, Alignment, BlockKind, Heading, Inline, ListItem, MarkerKind, Table};
use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Event, MetadataBlockKind, Tag, TagEnd};

impl Reader {
    pub(super) fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                if self.holds_paragraphs(true) {
                    return;
                }
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
            Tag::BlockQuote(kind) => {
                self.start_block();
                self.containers.push(Container::Quote);
                self.quote_depth += 1;
                if let Some(kind) = kind {
                    let kind = alert_kind(kind);
                    let label = vec![Inline::Strong(vec![Inline::Text(kind.label().into())])];
                    self.emit(BlockKind::Alert(kind), label);
                }
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
                if let Some(open) = &mut self.open {
                    open.html = true;
                }
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
                let label = label.to_string();
                self.begin(BlockKind::FootnoteDefinition { label }, false);
            }
            Tag::DefinitionListTitle => {
                self.start_block();
                self.begin(BlockKind::DefinitionTerm, false);
            }
            Tag::DefinitionListDefinition => {
                self.start_block();
                self.begin(BlockKind::Definition, false);
            }
            Tag::MetadataBlock(_) => {
                self.start_block();
                self.front_matter = Some(String::new());
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
            Tag::Link { dest_url, .. } => self.inlines().open(Wrap::Link(dest_url.to_string())),
            Tag::Image {
                dest_url, title, ..
            } => self.inlines().open(Wrap::Image {
                url: dest_url.to_string(),
                title: title.to_string(),
            }),
            Tag::Superscript => self.inlines().open(Wrap::Superscript),
            Tag::Subscript => self.inlines().open(Wrap::Subscript),
            _ => {
                self.start_block();
                self.containers.push(Container::Other);
            }
        }
    }

    pub(super) fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                if !self.holds_paragraphs(false) {
                    self.flush()
                }
            }
            TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            TagEnd::MetadataBlock(kind) => {
                if let Some(text) = self.front_matter.take() {
                    self.metadata = match kind {
                        MetadataBlockKind::YamlStyle => front_matter::parse_front_matter(&text),
                        MetadataBlockKind::PlusesStyle => {
                            front_matter::parse_toml_front_matter(&text)
                        }
                    };
                }
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

    pub(super) fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.front_matter.is_some() => {
                if let Some(front) = &mut self.front_matter {
                    front.push_str(&text);
                }
            }
            Event::Text(text) | Event::Html(text) => match self.raw() {
                Some(raw) => raw.push_str(&text),
                None => self.inlines().text(&text),
            },
            Event::InlineHtml(text) => self.inline_html(&text),
            Event::InlineMath(text) => {
                self.math += 1;
                self.inlines().push(Inline::Code(text.to_string()));
            }
            Event::DisplayMath(text) => {
                self.math += 1;
                self.inlines().push(Inline::Code(text.to_string()));
                if let Some(open) = &mut self.open {
                    open.display_math = true;
                }
            }
            Event::Code(code) => self.inlines().push(Inline::Code(code.to_string())),
            Event::FootnoteReference(label) => {
                self.inlines().push(Inline::FootnoteRef(label.to_string()))
            }
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

    /// Inline HTML: a comment may open in one event and close lines later; all of it is
    /// dropped.
    fn inline_html(&mut self, text: &str) {
        let mut text = text;
        if self.in_comment {
            match text.find("-->") {
                Some(end) => {
                    self.in_comment = false;
                    text = &text[end + 3..];
                }
                None => return,
            }
        }
        if let Some(start) = text.rfind("<!--") {
            if !text[start..].contains("-->") {
                self.in_comment = true;
                text = &text[..start];
            }
        }
        self.inlines().html(text);
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

fn alert_kind(kind: BlockQuoteKind) -> AlertKind {
    match kind {
        BlockQuoteKind::Note => AlertKind::Note,
        BlockQuoteKind::Tip => AlertKind::Tip,
        BlockQuoteKind::Important => AlertKind::Important,
        BlockQuoteKind::Warning => AlertKind::Warning,
        BlockQuoteKind::Caution => AlertKind::Caution,
    }
}
