//! Paragraph recovery, the structure stage's first pass over plain text: from clean text
//! (as ingest hands it on, indentation and all) to one paragraph per line.
//!
//! Hard-wrapped lines are rejoined (`rewrap`), breaks lost inside very long lines are
//! restored before heading markers and full-width indentation (`breaks`), and every line
//! loses its indentation once it has served as evidence (`lines`). What comes out is the
//! text the block rules in `plain` read: paragraphs one per line, a single blank line
//! where the source separated blocks, no indentation.

mod breaks;
mod lines;
mod rewrap;

/// `text` (clean, from ingest) with its paragraphs recovered, one per line.
pub fn recover_paragraphs(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    let (body, lines) = lines::plain_lines(text);
    let lines = breaks::recover(&body, lines);
    rewrap::rewrap(&body, &lines)
}

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod tests;
