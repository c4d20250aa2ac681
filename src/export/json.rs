//! The inspect JSON: source, encoding, style, warnings and one object per block.
//!
//! Other tools read this shape, so it is fixed: `kind` and `text` on every block;
//! `level`, `marker` and `run_in` only on headings; a few kind-specific extras (a
//! paragraph's `label`, a list item's numbering, a code block's `language`, `toc`).

use crate::export::ExportOptions;
use crate::model::{BlockKind, Document};
use serde_json::{json, Map, Value};

/// The JSON text for `doc`, as `convert -t json` writes it.
pub fn write_json(doc: &Document, options: &ExportOptions) -> String {
    let value = document_value(
        doc,
        &options.source,
        &options.encoding,
        &options.read_warnings,
    );
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON value for one document.
pub fn document_value(doc: &Document, source: &str, encoding: &str, warnings: &[String]) -> Value {
    let blocks: Vec<Value> = doc
        .blocks
        .iter()
        .map(|block| {
            let mut o = Map::new();
            o.insert("kind".into(), json!(block.kind.name()));
            o.insert("text".into(), json!(block.plain_text()));
            match &block.kind {
                BlockKind::Heading(h) => {
                    o.insert("level".into(), json!(h.level));
                    o.insert("marker".into(), json!(h.marker));
                    o.insert("run_in".into(), json!(h.run_in));
                }
                BlockKind::Paragraph { label: Some(label) } => {
                    o.insert("label".into(), json!(label.text));
                }
                BlockKind::ListItem(item) => {
                    o.insert("ordered".into(), json!(item.ordered));
                    if item.ordered {
                        o.insert("number".into(), json!(item.number));
                    }
                    o.insert("depth".into(), json!(item.depth));
                    if let Some(done) = item.task {
                        o.insert("checked".into(), json!(done));
                    }
                }
                BlockKind::Code {
                    language: Some(lang),
                } => {
                    o.insert("language".into(), json!(lang));
                }
                BlockKind::FootnoteDefinition { label } => {
                    o.insert("label".into(), json!(label));
                }
                BlockKind::Alert(kind) => {
                    o.insert("alert".into(), json!(kind.marker().to_ascii_lowercase()));
                }
                _ => {}
            }
            if block.quote_depth > 0 {
                o.insert("quote_depth".into(), json!(block.quote_depth));
            }
            if block.in_toc {
                o.insert("toc".into(), json!(true));
            }
            Value::Object(o)
        })
        .collect();
    let mut value = json!({
        "source": source,
        "encoding": encoding,
        "style": doc.style.name(),
        "warnings": warnings,
        "blocks": blocks,
    });
    if !doc.metadata.is_empty() {
        let m = &doc.metadata;
        let mut meta = Map::new();
        for (key, field) in [
            ("title", &m.title),
            ("author", &m.author),
            ("date", &m.date),
            ("subject", &m.subject),
        ] {
            if let Some(v) = field {
                meta.insert(key.into(), json!(v));
            }
        }
        if let Value::Object(o) = &mut value {
            o.insert("metadata".into(), Value::Object(meta));
        }
    }
    value
}
