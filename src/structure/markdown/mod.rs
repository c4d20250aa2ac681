//! Markdown → blocks, through pulldown-cmark's event stream (CommonMark with GFM:
//! tables, strikethrough, footnotes, task lists and alerts; front matter, definition
//! lists and math on).
//!
//! One pass over the events (handled in `events`) with explicit stacks, never recursion
//! on input nesting, so 20,000 nested quotes or lists cost memory, not stack. Decisions:
//! - A `#` heading is `Heading{marker: "", None, run_in: false}`; the H1s that open the
//!   document's headings (with no other H1 later) are its Title, and so is a lone heading
//!   of the shallowest depth opening a document without H1s; every other heading
//!   keeps its `#` count as its level (1–6), so that writing the model back gives the
//!   same levels (see `settle_title`). Layout and styles rank headings from the
//!   shallowest level (`Heading::ranked`).
//! - A list item's first paragraph (or tight text) is the `ListItem`; its later
//!   paragraphs are plain paragraphs; an item that opens with something else (a nested
//!   list, code) gets an empty `ListItem` first so its number is not lost.
//! - Block quotes set `quote_depth` on the blocks inside (saturating at 255); list depth
//!   saturates likewise.
//! - A soft break is one space, or nothing when it falls between two wide (CJK)
//!   characters. Adjacent text events are merged.
//! - YAML front matter (`---` … `---` at the very start) is the document's metadata,
//!   never text (see `front_matter`); a database's bold field lines under the title
//!   ("**分类**：司法解释") are its record, a `FrontMatter` block a line (see
//!   `record_fields`); the quote between that record and the rule is the document's own
//!   text, and its head under the rule is read with it (see `under_record`).
//! - Raw HTML: comments are dropped, tags stripped to their text, except `<br>`,
//!   `<img>`, `<sup>`, `<sub>`, `<a href>` and the emphasis tags (see `html`). An HTML
//!   block's block-level tags end paragraphs, and so do its `<br>`s in mostly-Chinese
//!   text (see `html_lines`).
//! - Images are `Inline::Image` (alt text as plain text); footnote references are
//!   `Inline::FootnoteRef`, and a definition is one `FootnoteDefinition` block whose
//!   paragraphs are joined by line breaks.
//! - GitHub alerts (`> [!NOTE]`) open with an `Alert` block holding their label, then
//!   their text as quoted blocks. Definition lists are `DefinitionTerm` and `Definition`
//!   blocks. Math is kept as code, with a warning: `$…$` as inline code, a paragraph
//!   of `$$…$$` alone as a `math` code block (which GitHub renders as math).
//! - A run of links into the document itself, under "目录"/"Contents", is its table of
//!   contents (see `contents`).
//! - In a mostly-Chinese document a short plain "第一节　……" line is the heading its
//!   converter left unmarked (see `unmarked_headings`).
//! - In a mostly-Chinese document with no marked heading below its title, numbered plain
//!   paragraphs are read as plain-text lines are: titles and run-in headings are
//!   headings (see `numbered_paragraphs`).
//! - A mostly-Chinese document's head and closing, left as plain paragraphs by its
//!   converter, are read as in plain text (see `document_parts`).
//! - A paragraph whose writer typed a notice's parts one a line (title, number, date, a
//!   list of articles cited) is a paragraph a line (see `soft_lines`).
//! - Lines opening with "　　" and ending in hard or soft breaks are one paragraph each
//!   (see `indented_lines`).
//! - A speech's part name with its date on the next line is a heading over a subtitle
//!   (see `dated_parts`).
//! - A mostly-Chinese collection's pieces, each under a heading, get their titles,
//!   closing dates, subtitles and verse as in plain text (see `pieces`).
//! - Inline nesting deeper than `inlines::MAX_INLINE_DEPTH` is flattened into its parent
//!   (the text is kept, the extra emphasis dropped).

use crate::model::{Block, BlockKind, Inline, ListItem, Metadata, Table};
use pulldown_cmark::{Options, Parser};

mod contents;
mod dated_parts;
mod document_parts;
mod events;
mod front_matter;
mod html;
mod html_lines;
mod html_table;
mod indented_lines;
mod inlines;
mod numbered_paragraphs;
mod pieces;
mod record_fields;
mod soft_lines;
mod under_record;
mod unmarked_headings;
mod verse_lines;
use inlines::Inlines;

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
    /// True for an HTML block: its raw text becomes paragraphs when it closes.
    html: bool,
    /// True once display math (`$$…$$`) went into it: a paragraph of nothing else is
    /// a `math` code block.
    display_math: bool,
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
    /// The front matter's text while inside it.
    front_matter: Option<String>,
    metadata: Metadata,
    /// How many math spans were kept as code.
    math: usize,
    /// True while inside an inline HTML comment that spans lines.
    in_comment: bool,
}

/// What the Markdown reader found: blocks, metadata and warnings.
pub(crate) struct Parsed {
    pub(crate) blocks: Vec<Block>,
    pub(crate) metadata: Metadata,
    pub(crate) warnings: Vec<String>,
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
            if open.html {
                let raw = open.raw.unwrap_or_default();
                let blocks = html_lines::one_paragraph_a_line(html::block_to_blocks(&raw));
                for (kind, content) in blocks {
                    self.emit(kind, content);
                }
                return;
            }
            // A paragraph typed one part a line is a block a line (see `soft_lines`).
            let plain = matches!(open.kind, BlockKind::Paragraph { label: None });
            if let Some(lines) = open
                .inlines
                .soft_lines()
                .filter(|_| plain && open.raw.is_none())
            {
                if soft_lines::parts_a_line(lines) {
                    for line in soft_lines::part_lines(lines) {
                        let text = vec![Inline::Text(line)];
                        self.emit(BlockKind::Paragraph { label: None }, text);
                    }
                    return;
                }
            }
            let content = match open.raw {
                Some(mut raw) => {
                    if raw.ends_with('\n') {
                        raw.pop();
                    }
                    vec![Inline::Text(raw)]
                }
                None => open.inlines.finish(),
            };
            if open.display_math && matches!(open.kind, BlockKind::Paragraph { .. }) {
                if let [Inline::Code(math)] = content.as_slice() {
                    let kind = BlockKind::Code {
                        language: Some("math".into()),
                    };
                    let text = vec![Inline::Text(math.clone())];
                    self.emit(kind, text);
                    return;
                }
            }
            // A paragraph of markup alone (an anchor "<a id=…></a>") shows nothing.
            if matches!(open.kind, BlockKind::Paragraph { .. }) && shows_nothing(&content) {
                return;
            }
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
        self.open = Some(Open {
            kind,
            inlines: Inlines::new(),
            raw: raw.then(String::new),
            html: false,
            display_math: false,
        });
    }

    /// At a paragraph's start or end: true if the open block takes paragraphs in (a
    /// footnote or a definition), so that it must not be closed or replaced. A second
    /// paragraph starts on a new line.
    fn holds_paragraphs(&mut self, starting: bool) -> bool {
        match &mut self.open {
            Some(open)
                if open.raw.is_none()
                    && matches!(
                        open.kind,
                        BlockKind::FootnoteDefinition { .. }
                            | BlockKind::Definition
                            | BlockKind::DefinitionTerm
                    ) =>
            {
                if starting && !open.inlines.is_empty() {
                    open.inlines.push(Inline::LineBreak);
                }
                true
            }
            _ => false,
        }
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
                    html: false,
                    display_math: false,
                };
                &mut open.insert(paragraph).inlines
            }
        }
    }

    fn raw(&mut self) -> Option<&mut String> {
        self.open.as_mut().and_then(|o| o.raw.as_mut())
    }
}

/// True if and only if `inlines` show nothing: white space, line breaks, and links or
/// emphasis around nothing (no text, no image, no footnote mark).
fn shows_nothing(inlines: &[Inline]) -> bool {
    inlines.iter().all(|inline| match inline {
        Inline::Text(t) | Inline::Code(t) => t.trim().is_empty(),
        Inline::LineBreak => true,
        Inline::Emphasis(c)
        | Inline::Strong(c)
        | Inline::Strikethrough(c)
        | Inline::Superscript(c)
        | Inline::Subscript(c)
        | Inline::Link { content: c, .. } => shows_nothing(c),
        Inline::Image { .. } | Inline::FootnoteRef(_) => false,
    })
}

/// Parses Markdown into blocks, metadata and warnings.
pub(crate) fn parse_markdown(text: &str) -> Parsed {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_MATH;
    let mut reader = Reader {
        blocks: Vec::new(),
        containers: Vec::new(),
        quote_depth: 0,
        list_depth: 0,
        open: None,
        table: None,
        front_matter: None,
        metadata: Metadata::default(),
        math: 0,
        in_comment: false,
    };
    for event in Parser::new_ext(text, options) {
        reader.event(event);
    }
    reader.flush();
    indented_lines::split_indented_lines(&mut reader.blocks);
    indented_lines::drop_first_line_indents(&mut reader.blocks);
    settle_title(&mut reader.blocks, &reader.metadata);
    record_fields::read_record_fields(&mut reader.blocks);
    under_record::read_under_record(&mut reader.blocks);
    body_title_as_in_metadata(&mut reader.blocks, &reader.metadata);
    subtitle_under_metadata_title(&mut reader.blocks, &reader.metadata);
    verse_lines::split_verse_lines(&mut reader.blocks);
    dated_parts::read_dated_parts(&mut reader.blocks);
    contents::indented_contents(&mut reader.blocks);
    contents::mark_contents(&mut reader.blocks);
    unmarked_headings::read_unmarked_headings(&mut reader.blocks);
    numbered_paragraphs::read_numbered_paragraphs(&mut reader.blocks);
    document_parts::read_head_and_closing(&mut reader.blocks);
    pieces::read_pieces(&mut reader.blocks);
    let mut warnings = Vec::new();
    if reader.math > 0 {
        warnings.push(format!(
            "math is not typeset: {} formula(s) kept as code",
            reader.math
        ));
    }
    Parsed {
        blocks: reader.blocks,
        metadata: reader.metadata,
        warnings,
    }
}

/// Where the front matter gives the title and the body opens with a plain paragraph
/// saying the same, its footnote marks aside ("红烛`[^1]`" under `title: "红烛"`), that
/// paragraph is the title as printed.
fn body_title_as_in_metadata(blocks: &mut [Block], metadata: &crate::model::Metadata) {
    let Some(title) = metadata.title.as_deref().map(str::trim) else {
        return;
    };
    let Some(first) = blocks.iter_mut().find(|b| b.kind != BlockKind::FrontMatter) else {
        return;
    };
    let plain =
        matches!(first.kind, BlockKind::Paragraph { label: None }) && first.quote_depth == 0;
    let unmarked = Block {
        content: first
            .content
            .iter()
            .filter(|i| !matches!(i, Inline::FootnoteRef(_)))
            .cloned()
            .collect(),
        ..first.clone()
    };
    if plain && !title.is_empty() && unmarked.plain_text().trim() == title {
        first.kind = BlockKind::Title;
    }
}

/// Where the front matter gives the title and the body has none, a "——……" line opening
/// the body (a speech's occasion, a sub-title) is the title's subtitle, as it would be
/// under a `#` title.
fn subtitle_under_metadata_title(blocks: &mut [Block], metadata: &crate::model::Metadata) {
    let titled = metadata
        .title
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty());
    let body_titled = blocks
        .iter()
        .any(|b| b.kind == BlockKind::Title || b.heading().is_some_and(|h| h.level == 1));
    if !titled || body_titled {
        return;
    }
    if let Some(first) = blocks.first_mut() {
        let plain =
            matches!(first.kind, BlockKind::Paragraph { label: None }) && first.quote_depth == 0;
        if plain && crate::structure::shapes::is_dash_line(&first.plain_text()) {
            first.kind = BlockKind::Subtitle;
        }
    }
}

/// Settles the title: the run of H1s that opens the document's headings (when no other
/// H1 follows) is its Title. Where a mostly-Chinese document has no H1, a lone heading of
/// its shallowest depth that opens the document (a selected work's "### 题目" over "####"
/// sections) is its Title too, unless it is numbered (an excerpt's "## 第一章　总则").
/// Other headings keep their `#` count as their level, so that writing the model back
/// gives the same levels. Where the front matter gives the title and text comes before
/// the first H1, no heading is the title.
fn settle_title(blocks: &mut [Block], metadata: &Metadata) {
    let depth_of = |b: &Block| {
        (b.quote_depth == 0)
            .then(|| b.heading().map(|h| h.level))
            .flatten()
    };
    let Some(shallowest) = blocks.iter().filter_map(depth_of).min() else {
        return;
    };
    let is_top = |b: &Block| depth_of(b) == Some(shallowest);
    let Some(first) = blocks.iter().position(|b| b.heading().is_some()) else {
        return;
    };
    let run = blocks[first..].iter().take_while(|b| is_top(b)).count();
    let later = blocks[first + run..].iter().any(is_top);
    let opens = shallowest == 1
        || first == 0
            && run == 1
            && !crate::structure::numbering::is_numbered(&blocks[0].plain_text())
            && crate::structure::mostly_cjk_prose(blocks);
    // Where the front matter titles the page and the text opens before the first H1,
    // that H1 heads a section, not the page.
    let titled_above = metadata.titles_page_over(&blocks[..first]);
    if run > 0 && !later && opens && !titled_above {
        for block in &mut blocks[first..first + run] {
            block.kind = BlockKind::Title;
        }
        return;
    }
    // A law's or a document's name heading the page above its chapters, whatever its
    // `#` count ("中华人民共和国立法法" set with `---` over "第一章 总则" set with `===`):
    // the first heading, unnumbered, naming its kind of document, with no prose above.
    let named = blocks[first].quote_depth == 0 && {
        let text = blocks[first].plain_text();
        crate::structure::shapes::ends_with_document_kind(&text)
            && crate::structure::numbering::find_marker(&text).is_none()
    };
    let no_prose_above = blocks[..first].iter().all(|b| {
        crate::structure::text::char_len(&b.plain_text()) <= 60 && !b.plain_text().contains('。')
    });
    if named && no_prose_above && crate::structure::mostly_cjk_prose(blocks) {
        blocks[first].kind = BlockKind::Title;
    }
}

#[cfg(test)]
mod spec_tests;
#[cfg(test)]
mod tests;
