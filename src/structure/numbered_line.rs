//! A line that opens with a numbering marker ("一、", "（一）", "1.", "Section 1."):
//! heading, run-in heading, or numbered paragraph.
//!
//! A standalone title ("一、总体要求") is a heading; a sentence with text run on after
//! it on the same line ("（一）深化改革。……") is a run-in heading, split at 。！？ only;
//! a sentence that states a rule ("……应当……。", "……是指……。") is a clause; a lead-in or list item ("（一）修改宪法；") and anything too long for a heading is a
//! paragraph, numbered ones keeping their marker as label. After a lead-in ("……如下：")
//! the lines are its list's items unless their family serves as headings elsewhere.

use super::numbering::{Family, Marker};
use super::shapes::states_a_rule;
use super::text::{char_len, ends_with_punct, run_in_end};
use crate::model::Label;
use crate::script::is_cjk;

/// Longest heading in characters (a standalone line, or a run-in heading's sentence);
/// a longer numbered line is a paragraph.
pub(crate) const HEADING_MAX: usize = 80;

/// What a numbered line turned out to be.
pub(crate) enum Numbered {
    /// A heading: the first `len` bytes are the heading; the rest (if any) is a run-in
    /// paragraph.
    Heading { len: usize },
    /// A paragraph, with a leading label ("Section. 1.") if the marker is kept as one.
    Paragraph { label: Option<Label> },
}

/// How a numbered line right after a lead-in ("…下列职权：", "…通知如下：") is read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum AfterLeadIn {
    /// Not after a lead-in.
    No,
    /// An item of the list the lead-in opens: a paragraph.
    Item,
    /// Its family is a heading elsewhere in the document, so it is one here too if it
    /// looks like one (a title without closing punctuation, or a sentence with text
    /// running on).
    HeadingFamily,
}

/// True if and only if `text` is set in capitals: three letters or more, none lower-case.
fn is_capitals(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !text.chars().any(char::is_lowercase)
}

/// Most words in a chapter's title that closes with a full stop ("Loomings.").
const STOPPED_TITLE_WORDS: usize = 8;

/// True if and only if `text` is a short title closed by a full stop, as e-texts set a
/// chapter's title after its number ("CHAPTER 1. Loomings.", "Chapter IV. The Carpenter."):
/// it opens in a capital, has at most `STOPPED_TITLE_WORDS` words and no other stop.
fn is_stopped_title(text: &str) -> bool {
    let Some(body) = text.strip_suffix('.') else {
        return false;
    };
    body.chars().next().is_some_and(char::is_uppercase)
        && body.split_whitespace().count() <= STOPPED_TITLE_WORDS
        && !body.contains(['.', '!', '?', ';', ':'])
}

/// Longest title sentence (in characters) of a run-in heading that stands under a
/// lead-in: an item of a list states something at length ("一、本市寺庙、道观不论……").
const LEAD_IN_RUN_IN_MAX: usize = 20;

/// True if and only if `rest` (after its marker) opens with a short sentence in Chinese,
/// not a rule, and text runs on after it: "总体要求。坚持……", "聚焦扩大内需，确保经济平稳运行。紧抓……".
/// The first line after a lead-in ("通知如下：") shaped so opens sections, not a list.
pub(crate) fn is_short_run_in(rest: &str) -> bool {
    run_in_end(rest).is_some_and(|end| {
        let title = &rest[..end];
        char_len(title) <= LEAD_IN_RUN_IN_MAX && title.chars().any(is_cjk) && !states_a_rule(title)
    })
}

/// Decides whether `line`, which opens with `marker`, is a heading.
pub(crate) fn classify_numbered(line: &str, marker: &Marker<'_>, after: AfterLeadIn) -> Numbered {
    let paragraph = Numbered::Paragraph { label: None };
    let structural = marker.family.is_structural();
    if !structural {
        match after {
            AfterLeadIn::Item => return paragraph,
            AfterLeadIn::HeadingFamily => {
                // A title ("一、提高认识，落实责任") or a run-in heading, not an item that
                // ends like a sentence or a clause ("（一）修改宪法；").
                let titled = !ends_with_punct(marker.rest);
                let runs_on = run_in_end(marker.rest).is_some();
                if marker.rest.is_empty() || !(titled || runs_on) {
                    return paragraph;
                }
            }
            AfterLeadIn::No => {}
        }
    }
    // A lone item or lead-in ("（一）修改宪法；"), unless a run-in paragraph follows.
    let lead_in = !structural && line.ends_with(['；', ';', '，', ',', '：', ':']);
    if marker.rest.is_empty() && !lead_in {
        return Numbered::Heading { len: line.len() };
    }
    if marker.family.is_latin() || !marker.rest.chars().any(is_cjk) {
        // A Latin title has no closing full stop ("1. Introduction"); a question is fine,
        // and so is the full stop after a book's part or chapter title set in capitals
        // ("PART I. A VOYAGE TO LILLIPUT.") or after a short one ("CHAPTER 1. Loomings.").
        let capitals = structural
            && marker.rest.ends_with('.')
            && (is_capitals(marker.rest) || is_stopped_title(marker.rest));
        let titled =
            !lead_in && (!ends_with_punct(marker.rest) || marker.rest.ends_with('?') || capitals);
        return if titled && char_len(line) <= HEADING_MAX {
            Numbered::Heading { len: line.len() }
        } else if marker.family == Family::EnglishSection {
            Numbered::Paragraph {
                label: Some(Label::new(marker.text, marker.family.marker_kind())),
            }
        } else {
            paragraph
        };
    }
    let marker_len = line.len() - marker.rest.len();
    let heading_len = match run_in_end(marker.rest) {
        Some(end) => marker_len + end,
        _ if lead_in => return paragraph,
        _ => line.len(),
    };
    if states_a_rule(&line[marker_len..heading_len]) {
        // "一、人民法院……应当估价。案件移送时……": a clause of a rule, not a heading.
        return Numbered::Paragraph {
            label: Some(Label::new(marker.text, marker.family.marker_kind())),
        };
    }
    if char_len(&line[..heading_len]) <= HEADING_MAX {
        Numbered::Heading { len: heading_len }
    } else {
        // Too long to be a heading (a long sentence, or text stripped of punctuation):
        // a numbered, list-like paragraph with its number as label.
        Numbered::Paragraph {
            label: Some(Label::new(marker.text, marker.family.marker_kind())),
        }
    }
}
