//! Markdown writer: the model → CommonMark that re-parses to exactly the model's text.

use crate::model::Document;

/// The Markdown text of `doc`.
pub fn write_markdown(doc: &Document) -> String {
    let _ = doc;
    todo!()
}
