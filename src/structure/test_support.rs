//! What the structure stage's spec-style tests share: text in, the kinds of its blocks out.

use crate::structure::{parse, InputFormat};

/// The kind names of the blocks `text` reads as, in `format`.
pub(crate) fn kind_names(text: &str, format: InputFormat) -> Vec<&'static str> {
    parse(text, format, None)
        .blocks
        .iter()
        .map(|b| b.kind.name())
        .collect()
}

/// The kind names of the blocks plain `text` reads as.
pub(crate) fn plain_kinds(text: &str) -> Vec<&'static str> {
    kind_names(text, InputFormat::Plain)
}

/// The kind names of the blocks Markdown `text` reads as.
pub(crate) fn markdown_kinds(text: &str) -> Vec<&'static str> {
    kind_names(text, InputFormat::Markdown)
}
