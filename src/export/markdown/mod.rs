//! Markdown writer: the model → CommonMark that re-parses to exactly the model's text.
//!
//! One block, one Markdown block, separated by blank lines; one paragraph is one line
//! (CJK is never wrapped). Front matter is written back as it was read. The title is
//! `#`, a heading of level n gets n `#`s, or n+1 when level-1 headings would otherwise
//! be read back as the title (plain-text documents number their headings from 1 under
//! the title); a run-in heading becomes its own heading line followed by its paragraph.
//! Lists, quotes, code, tables, footnotes, alerts and definition lists from Markdown
//! input stay what they were; a list that restarts its numbers is written as a new list
//! (the other delimiter), and blocks between two items of one list (a loose item's later
//! paragraphs, a heading opening an item) are indented into it, as are the blocks the
//! reader found inside a definition (a heading, code) when another definition follows.
//! All text is escaped (see `escape`), so a plain source's `*` and `1.` stay literal;
//! emphasis is only written where the model has it.

mod escape;
mod inline;
mod lists;

use crate::model::{Alignment, Block, BlockKind, Document, Inline, Metadata, Table};
use escape::protect_trailing_spaces;
use inline::{inlines_to_markdown, inlines_to_one_line};
use lists::Lists;

/// Rows of a table: cells of inline content.
type Rows = [Vec<Vec<Inline>>];

/// The Markdown text of `doc`.
pub fn write_markdown(doc: &Document) -> String {
    let mut out = front_matter(&doc.metadata);
    let mut lists = Lists::new(heading_shift(&doc.blocks, &doc.metadata));
    let in_definitions = inside_definitions(&doc.blocks);
    let mut previous: Option<&Block> = None;
    for (i, block) in doc.blocks.iter().enumerate() {
        // Page furniture (running page numbers copied with the text) is never written.
        if block.kind == BlockKind::Artifact {
            continue;
        }
        let restarts = lists.restarts(block);
        let inside = lists.holds(&doc.blocks[i..]);
        // The open lists around the block: an item's parents, or the items holding it.
        let levels = match &block.kind {
            BlockKind::ListItem(item) => usize::from(item.depth),
            _ => inside.unwrap_or(0),
        };
        if inside.is_none() && !matches!(block.kind, BlockKind::ListItem(_)) {
            lists.close();
        }
        // Quote marks that open outside the lists start each line; those of a quote
        // inside an item go after its indent (in the item's body).
        let quote = lists.outer_quote(levels, block.quote_depth);
        let mut body = block_to_markdown(block, &mut lists);
        if let Some(levels) = inside {
            body = lists.held(&body, levels, block.quote_depth);
        }
        let held = in_definitions[i];
        let in_definition = held.is_some();
        if let Some(prev) = previous {
            // An item (or definition) that opens with another block has it on its next
            // line: after a blank line the item would be empty and the block outside.
            // So does an item whose first block is a quote holding a sublist.
            let opens_item = match (&prev.kind, &block.kind) {
                (BlockKind::ListItem(_), _) if inside.is_some() => true,
                (BlockKind::ListItem(outer), BlockKind::ListItem(inner)) => {
                    inner.depth > outer.depth
                }
                (BlockKind::Definition, _) => in_definition,
                _ => false,
            } && prev.content.is_empty();
            if !opens_item {
                let between = separator(prev, block, restarts);
                match held.filter(|_| i > 0 && in_definitions[i - 1] == held) {
                    // A blank line between two blocks of one definition: its quote marks
                    // past the definition's own are indented with them.
                    Some(depth) => {
                        let marks = between.trim_end().len();
                        let line = ">".repeat(marks.saturating_sub(usize::from(depth)));
                        out.push_str(&in_a_definition(&line, depth, depth));
                        out.push('\n');
                    }
                    None => {
                        let in_list = prev.quote_depth.min(block.quote_depth);
                        match lists.blank_line(levels, in_list) {
                            Some(line) if !between.is_empty() => {
                                out.push_str(quoted(&line, quote).trim_end());
                                out.push('\n');
                            }
                            _ => out.push_str(&between),
                        }
                    }
                }
            }
        }
        match held {
            Some(depth) => out.push_str(&in_a_definition(&body, quote, depth)),
            None => out.push_str(&quoted(&body, quote)),
        }
        out.push('\n');
        previous = Some(block);
    }
    out
}

/// The front matter block, with its blank line: the text as read when there was one,
/// else the fields the model has, quoted.
fn front_matter(meta: &Metadata) -> String {
    if let Some(text) = &meta.front_matter {
        let fence = if meta.front_matter_toml { "+++" } else { "---" };
        return format!("{fence}\n{text}\n{fence}\n\n");
    }
    let fields = [
        ("title", &meta.title),
        ("author", &meta.author),
        ("date", &meta.date),
        ("subject", &meta.subject),
    ];
    let mut out = String::new();
    for (key, value) in fields {
        if let Some(value) = value {
            let value = value
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', " ");
            out.push_str(&format!("{key}: \"{value}\"\n"));
        }
    }
    if out.is_empty() {
        out
    } else {
        format!("---\n{out}---\n\n")
    }
}

/// How many `#`s to add to a heading's level: 1 when the document has level-1 headings
/// (outside quotes) that are numbered (plain text: "一、" sits under the title, whether
/// or not there is one), sit beside a title, or would read back as the title (the rule
/// of `structure::markdown`'s `settle_title`, front matter's title included); else 0
/// (Markdown input keeps its own `#` counts).
fn heading_shift(blocks: &[Block], metadata: &Metadata) -> usize {
    let is_h1 = |b: &Block| b.quote_depth == 0 && b.heading().is_some_and(|h| h.level == 1);
    if !blocks.iter().any(is_h1) {
        return 0;
    }
    let numbered = blocks
        .iter()
        .any(|b| b.heading().is_some_and(|h| !h.marker.is_empty()));
    if numbered || blocks.iter().any(|b| b.kind == BlockKind::Title) {
        return 1;
    }
    // The reader makes the opening run of H1s the title when no other H1 follows.
    let Some(first) = blocks.iter().position(|b| b.heading().is_some()) else {
        return 0;
    };
    let run = blocks[first..].iter().take_while(|b| is_h1(b)).count();
    let later = blocks[first + run..].iter().any(is_h1);
    // …unless the front matter titles the page and text comes before that run.
    usize::from(run > 0 && !later && !metadata.titles_page_over(&blocks[..first]))
}

/// How far a definition's later blocks are indented: past its `: ` marker.
const DEFINITION_INDENT: usize = 2;

/// For each block: the quote depth of the definition it sits in, if it is one the reader
/// found inside a definition (a heading, code, a list, a quote: the definition's own
/// block ends where it starts), known by a definition coming after it, in the same
/// quote, with only such blocks between (a definition needs a term or a definition
/// before it). Such blocks are indented into the definition, or the one after would
/// read back as a paragraph starting with `:`.
fn inside_definitions(blocks: &[Block]) -> Vec<Option<u8>> {
    let mut inside = vec![None; blocks.len()];
    // Where the blocks after the latest definition start, and its quote depth.
    let mut open: Option<(usize, u8)> = None;
    for (i, block) in blocks.iter().enumerate() {
        match block.kind {
            BlockKind::Definition | BlockKind::DefinitionTerm => {
                if let Some((start, depth)) = open {
                    if block.kind == BlockKind::Definition && block.quote_depth == depth {
                        inside[start..i].fill(Some(depth));
                    }
                }
                open = (block.kind == BlockKind::Definition).then_some((i + 1, block.quote_depth));
            }
            // A quote inside the definition is deeper; a shallower block has left it.
            _ if open.is_some_and(|(_, depth)| block.quote_depth < depth) => open = None,
            _ => {}
        }
    }
    inside
}

/// `body`, at quote depth `quote_depth`, inside a definition at `definition_depth`: its
/// own quote marks past the definition's, indented past the definition's `: `, then the
/// definition's quote marks.
fn in_a_definition(body: &str, quote_depth: u8, definition_depth: u8) -> String {
    let inner = quoted(body, quote_depth.saturating_sub(definition_depth));
    quoted(&indented(&inner, DEFINITION_INDENT), definition_depth)
}

/// Indents every non-empty line of `body` by `indent` spaces.
fn indented(body: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    body.split('\n')
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("{pad}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What goes between two blocks: a blank line, quoted if both sit in the same quote (so
/// the quote is not split in two); nothing extra between items of one list, between an
/// alert's marker and its text, or between a term and its definitions. `restarts` says
/// the next block starts a new list after the items of another.
fn separator(prev: &Block, next: &Block, restarts: bool) -> String {
    let same_depth = prev.quote_depth == next.quote_depth;
    let joined = match (&prev.kind, &next.kind) {
        (BlockKind::ListItem(_), BlockKind::ListItem(_)) => !restarts,
        (BlockKind::Alert(_), _) => true,
        (BlockKind::DefinitionTerm | BlockKind::Definition, BlockKind::Definition) => true,
        _ => false,
    };
    if joined && same_depth {
        return String::new();
    }
    let mut depth = prev.quote_depth.min(next.quote_depth);
    if matches!(next.kind, BlockKind::Alert(_)) {
        // An alert opens its own quote: the one before ends here.
        depth = depth.min(next.quote_depth.saturating_sub(1));
    }
    if depth == 0 {
        "\n".to_string()
    } else {
        format!("{}\n", ">".repeat(usize::from(depth)))
    }
}

/// Prefixes every line of `body` with `depth` quote markers.
fn quoted(body: &str, depth: u8) -> String {
    if depth == 0 {
        return body.to_string();
    }
    let prefix = "> ".repeat(usize::from(depth));
    body.split('\n')
        .map(|line| format!("{prefix}{line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One block as Markdown, without its quote prefix or trailing newline.
fn block_to_markdown(block: &Block, lists: &mut Lists) -> String {
    match &block.kind {
        BlockKind::Title => heading_line(1, &block.content),
        BlockKind::Heading(h) => {
            heading_line(usize::from(h.level) + lists.heading_shift, &block.content)
        }
        BlockKind::ListItem(item) => lists.item_to_markdown(block, item),
        BlockKind::Code { language } => code_block(block, language.as_deref()),
        BlockKind::Table(table) => table_to_markdown(table),
        // A plain-text scene break ("* * *") is written as it stands: it is a rule. One
        // set over several lines keeps every mark, on one rule line (a rule cannot span
        // lines), so no "*" of the source is lost.
        BlockKind::ThematicBreak => {
            let text = block.plain_text();
            let marks: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
            let is_rule = marks.len() >= 3
                && matches!(marks[0], '*' | '-' | '_')
                && marks.iter().all(|&c| c == marks[0]);
            match (is_rule, text.contains('\n')) {
                (true, false) => text.trim().to_string(),
                (true, true) => marks
                    .iter()
                    .map(char::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
                (false, _) => "---".to_string(),
            }
        }
        // A speaker's name in bold, a stage direction in italics; each verse line and
        // each front-matter paragraph its own paragraph.
        BlockKind::SpeakerLabel => {
            inlines_to_markdown(&[Inline::Strong(block.content.clone())], true)
        }
        BlockKind::StageDirection => {
            inlines_to_markdown(&[Inline::Emphasis(block.content.clone())], true)
        }
        BlockKind::FootnoteDefinition { label } => {
            let text = inlines_to_markdown(&block.content, true);
            // Later paragraphs (after line breaks) are indented into the footnote.
            format!("[^{label}]: {}", text.replace('\n', "\n    "))
        }
        BlockKind::Alert(kind) => format!("[!{}]", kind.marker()),
        BlockKind::DefinitionTerm => {
            let term = protect_trailing_spaces(inlines_to_one_line(&block.content, true));
            // A blank line is no term: its definitions would read back as text.
            if term.is_empty() {
                "&#32;".to_string()
            } else {
                term
            }
        }
        BlockKind::Definition => {
            let text = inlines_to_markdown(&block.content, true);
            format!(": {}", text.replace('\n', "\n  "))
        }
        BlockKind::Masthead
        | BlockKind::DocumentNumber
        | BlockKind::CopyNumber
        | BlockKind::Secrecy
        | BlockKind::Urgency
        | BlockKind::Signer
        | BlockKind::Subtitle
        | BlockKind::Speaker
        | BlockKind::Dateline
        | BlockKind::Caption
        | BlockKind::Note
        | BlockKind::CopyTo
        | BlockKind::Imprint
        | BlockKind::Artifact
        | BlockKind::Salutation
        | BlockKind::Paragraph { .. }
        | BlockKind::Quote
        | BlockKind::Signature
        | BlockKind::Date
        | BlockKind::Attachment
        | BlockKind::Verse
        | BlockKind::FrontMatter => {
            protect_trailing_spaces(inlines_to_markdown(&block.content, true))
        }
    }
}

fn heading_line(level: usize, content: &[Inline]) -> String {
    let hashes = "#".repeat(level.clamp(1, 6));
    let text = protect_trailing_spaces(inlines_to_one_line(content, false));
    if text.is_empty() {
        hashes
    } else {
        format!("{hashes} {text}")
    }
}

/// A fenced code block with a fence longer than any backtick run inside.
fn code_block(block: &Block, language: Option<&str>) -> String {
    let code = block.plain_text();
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let info = language.unwrap_or("").replace(['`', '\n'], "");
    format!("{fence}{info}\n{code}\n{fence}")
}

fn table_to_markdown(table: &Table) -> String {
    let columns = table
        .rows
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .max(table.alignments.len())
        .max(1);
    let row_line = |cells: &[Vec<Inline>]| {
        let mut line = String::from("|");
        for c in 0..columns {
            let cell = cells
                .get(c)
                .map(|cell| inlines_to_one_line(cell, false))
                .unwrap_or_default();
            line.push(' ');
            line.push_str(&cell);
            line.push_str(" |");
        }
        line
    };
    let mut lines = Vec::with_capacity(table.rows.len() + 2);
    let (header, body): (&Rows, &Rows) = if table.header_rows > 0 && !table.rows.is_empty() {
        (&table.rows[..1], &table.rows[1..])
    } else {
        (&[], &table.rows[..])
    };
    lines.push(row_line(header.first().map(Vec::as_slice).unwrap_or(&[])));
    let mut rule = String::from("|");
    for c in 0..columns {
        rule.push_str(match table.alignments.get(c).copied().unwrap_or_default() {
            Alignment::None => " --- |",
            Alignment::Left => " :-- |",
            Alignment::Center => " :-: |",
            Alignment::Right => " --: |",
        });
    }
    lines.push(rule);
    for row in body {
        lines.push(row_line(row));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests;
