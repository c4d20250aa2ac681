//! Spec tests for the Markdown reader, generated from `specs.txt`: each example's
//! Markdown must read as exactly the blocks listed under it (comments start with `//`).

use super::parse_markdown;
use crate::model::{Block, BlockKind, Inline};

/// One line per block: kind, attributes, quote depth as ">", then the inline dump.
fn dump_block(block: &Block) -> String {
    let attrs = match &block.kind {
        BlockKind::Heading(h) => format!("({})", h.level),
        BlockKind::ListItem(item) => {
            let marker = if item.ordered {
                item.number.to_string()
            } else {
                "-".to_string()
            };
            match item.task {
                Some(done) => format!("({marker},{},{})", item.depth, if done { 'x' } else { ' ' }),
                None => format!("({marker},{})", item.depth),
            }
        }
        BlockKind::FootnoteDefinition { label } => format!("({label})"),
        BlockKind::Alert(kind) => format!("({})", kind.marker()),
        BlockKind::Code {
            language: Some(lang),
        } => format!("({lang})"),
        _ => String::new(),
    };
    let quotes = ">".repeat(usize::from(block.quote_depth));
    let text = match &block.kind {
        BlockKind::Table(_) => block.plain_text().replace('\n', "/"),
        _ => dump_inlines(&block.content),
    };
    format!("{}{attrs}{quotes}: {text}", block.kind.name())
}

/// Inline content with its markup in braces.
fn dump_inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        let piece = match inline {
            Inline::Text(t) => t.replace('\n', "\\n"),
            Inline::Emphasis(c) => format!("{{em:{}}}", dump_inlines(c)),
            Inline::Strong(c) => format!("{{strong:{}}}", dump_inlines(c)),
            Inline::Strikethrough(c) => format!("{{del:{}}}", dump_inlines(c)),
            Inline::Superscript(c) => format!("{{sup:{}}}", dump_inlines(c)),
            Inline::Subscript(c) => format!("{{sub:{}}}", dump_inlines(c)),
            Inline::Code(t) => format!("{{code:{t}}}"),
            Inline::Link { url, content } => format!("{{link:{url}|{}}}", dump_inlines(content)),
            Inline::Image { url, alt, title } => format!("{{img:{url}|{alt}|{title}}}"),
            Inline::FootnoteRef(label) => format!("{{fn:{label}}}"),
            Inline::LineBreak => "{br}".to_string(),
        };
        out.push_str(&piece);
    }
    out
}

/// The blocks (and metadata and warnings) of `markdown`, dumped.
fn dump(markdown: &str) -> String {
    let parsed = parse_markdown(markdown);
    let mut lines = Vec::new();
    let m = &parsed.metadata;
    let fields = [
        ("title", &m.title),
        ("author", &m.author),
        ("date", &m.date),
        ("subject", &m.subject),
    ];
    let meta: Vec<String> = fields
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
        .collect();
    if !meta.is_empty() {
        lines.push(format!("meta: {}", meta.join(" ")));
    }
    for w in &parsed.warnings {
        lines.push(format!("warning: {w}"));
    }
    lines.extend(parsed.blocks.iter().map(dump_block));
    lines.join("\n")
}

/// The examples of `specs.txt`: (first line number, Markdown, expected dump).
fn examples() -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut markdown = String::new();
    let mut expected: Option<String> = None;
    let mut start = 0;
    let mut in_example = false;
    for (n, line) in include_str!("specs.txt").lines().enumerate() {
        if !in_example && (line.starts_with("//") || line.is_empty()) {
            continue;
        }
        if !in_example {
            in_example = true;
            start = n + 1;
        }
        match (&mut expected, line) {
            (_, "====") => {
                out.push((
                    start,
                    std::mem::take(&mut markdown),
                    expected.take().unwrap_or_default(),
                ));
                in_example = false;
            }
            (None, ".") => expected = Some(String::new()),
            (None, _) => {
                markdown.push_str(line);
                markdown.push('\n');
            }
            (Some(e), _) => {
                if !e.is_empty() {
                    e.push('\n');
                }
                e.push_str(line);
            }
        }
    }
    out
}

#[test]
fn markdown_specs() {
    let examples = examples();
    assert!(
        examples.len() >= 10,
        "specs.txt has {} examples",
        examples.len()
    );
    let mut failures = Vec::new();
    for (line, markdown, expected) in examples {
        let got = dump(&markdown);
        if got != expected {
            failures.push(format!(
                "specs.txt:{line}\n--- markdown\n{markdown}--- expected\n{expected}\n--- got\n{got}\n"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
