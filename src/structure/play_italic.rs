//! Plays set in italics, as many Gutenberg texts set them: the speaker's name in italics
//! alone on its line over the speech, a blank line between ("_Kari._", "_Ogre_",
//! "_Halla (rising)._"), and stage directions as whole paragraphs in italics ("_The farm.
//! Five white gables…_", "_Enter Bjørg and Rannveig…_") or opening an italic bracket that
//! Gutenberg often never closes ("[_Halla goes to the door… carried by the storm._").
//!
//! The evidence is recurrence, not words: a short italic line of one to four capitalised
//! words (a direction in parentheses may follow the name) is a speaker only where such
//! lines come back, several names more than once, each with text after it. The italic
//! paragraphs are directions only in a text read as a play; a bracket opened at a
//! paragraph's head and closed before its end is a direction inside a speech, not one.

use super::{name_key, PlayLine};
use crate::structure::text::char_len;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Fewest italic name lines, and fewest names among them that recur, to read them as
/// speakers.
const ITALIC_SPEECHES_MIN: usize = 4;
const ITALIC_RECURRING_MIN: usize = 2;

/// The name in an italic speaker line, without its direction: "_Kari._" → "Kari",
/// "_Jakobina (talking half to herself)._" → "Jakobina", "_The Shepherd Boy._", "_Ogre_".
pub(super) fn italic_name(line: &str) -> Option<String> {
    static NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^_((?:[A-Z][\p{L}'’-]* ){0,3}[A-Z][\p{L}'’-]*)(?: \([^()_]{1,60}\))?\.?_\.?$")
            .expect("italic name pattern")
    });
    if char_len(line) > 80 {
        return None;
    }
    let name = NAME.captures(line)?.get(1)?.as_str();
    // "_Enter …_" or "_Exit._" alone is a direction, not a name.
    (!super::is_direction(line)).then(|| name_key(name))
}

/// Marks the italic names alone on their lines with a speech after them, where they recur
/// (see the module doc): the indices and name keys marked.
pub(super) fn mark_italic_names(
    lines: &[&str],
    kinds: &mut [Option<PlayLine>],
) -> Vec<(usize, String)> {
    let found: Vec<(usize, String)> = (0..lines.len().saturating_sub(1))
        .filter(|&i| kinds[i].is_none() && italic_name(lines[i + 1]).is_none())
        .filter_map(|i| italic_name(lines[i]).map(|name| (i, name)))
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, name) in &found {
        *counts.entry(name).or_default() += 1;
    }
    let recurring = counts.values().filter(|&&c| c >= 2).count();
    if found.len() < ITALIC_SPEECHES_MIN || recurring < ITALIC_RECURRING_MIN {
        return Vec::new();
    }
    for (i, _) in &found {
        kinds[*i] = Some(PlayLine::Speaker);
    }
    found
}

/// Marks the stage directions set as italic paragraphs in a play (`separated[i]`: a blank
/// line comes before line `i`): the paragraph's first line a direction, the rest going on
/// with it.
pub(super) fn mark_italic_directions(
    lines: &[&str],
    separated: &[bool],
    kinds: &mut [Option<PlayLine>],
) {
    let mut start = 0;
    while start < lines.len() {
        let mut end = start + 1;
        while end < lines.len() && !separated[end] {
            end += 1;
        }
        let free = kinds[start..end]
            .iter()
            .all(|k| k.is_none() || *k == Some(PlayLine::Direction));
        // An italic paragraph right under a name is that speaker's speech.
        let spoken = start > 0 && kinds[start - 1] == Some(PlayLine::Speaker);
        if free && !spoken && is_italic_direction(&lines[start..end]) {
            kinds[start] = Some(PlayLine::Direction);
            for kind in &mut kinds[start + 1..end] {
                *kind = Some(PlayLine::Continuation);
            }
        }
        start = end;
    }
}

/// True if and only if the paragraph `para` is a direction in italics: wholly in `_…_`,
/// or opening an italic bracket (`[_`, `(_`) not closed before the paragraph's end.
fn is_italic_direction(para: &[&str]) -> bool {
    let (Some(first), Some(last)) = (para.first(), para.last()) else {
        return false;
    };
    let closing = last.trim_end_matches(['.', ']', ')']);
    if let Some(rest) = first
        .strip_prefix("[_")
        .or_else(|| first.strip_prefix("(_"))
    {
        let close = if first.starts_with('[') { "_]" } else { "_)" };
        let text = std::iter::once(rest)
            .chain(para[1..].iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        // Closed at the very end, or never.
        return match text.find(close) {
            None => true,
            Some(at) => text[at + close.len()..].trim().is_empty(),
        };
    }
    // Wholly in italics: opening on an underscore, closing on one, none between.
    first.starts_with('_')
        && closing.ends_with('_')
        && para.iter().map(|l| l.matches('_').count()).sum::<usize>() == 2
}

#[cfg(test)]
#[path = "play_italic_tests.rs"]
mod tests;
