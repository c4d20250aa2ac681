//! Plays set with each speaker's name flush left and the speech indented under it, a
//! blank line between (the layout of the MIT Shakespeare's text and of many plays typed
//! from it):
//!
//! ```text
//! First Witch
//!
//!     When shall we three meet again
//!     In thunder, lightning, or in rain?
//! ```
//!
//! The play rules read a name as a speaker only when its speech follows with no blank
//! between (a blank after a short line is how a heading or a signature stands). Here the
//! indentation says what the blank does not: the name hangs over the indented speech. Where
//! that shape recurs — four names or more over indented speeches, two of them coming back —
//! the blank under each name is taken out, and the play rules see each name over its
//! speech. A novel's chapter line or a letter's signature stands over indented text once,
//! never with a cast that comes back.

use super::lines::split_indent;
use crate::structure::text::char_len;
use std::borrow::Cow;
use std::collections::HashMap;

/// Longest name line, in characters.
const NAME_MAX: usize = 40;
/// Most words in a name line ("Lady Macbeth", "First Lord", "DUKE OF ALBANY").
const NAME_WORDS: usize = 4;
/// Fewest names over indented speeches that make the layout.
const MIN_SPEECHES: usize = 4;
/// Fewest names that must come back.
const MIN_RECURRING: usize = 2;

/// True if `text` has the shape of a speaker's name: a few words, each opening in a
/// capital, no sentence punctuation but a closing stop.
fn is_name_shaped(text: &str) -> bool {
    let body = text.strip_suffix('.').unwrap_or(text);
    let words: Vec<&str> = body.split_whitespace().collect();
    (1..=NAME_WORDS).contains(&words.len())
        && char_len(text) <= NAME_MAX
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        })
}

/// `text` with the blank line under each hanging speaker's name taken out, where the
/// layout recurs (see the module doc); unchanged otherwise.
pub(super) fn close_hanging_speeches(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split('\n').collect();
    let shaped: Vec<(usize, &str)> = lines
        .iter()
        .map(|l| {
            let (indent, text) = split_indent(l);
            (indent, text.trim_end())
        })
        .collect();
    // (the name's line, the first blank under it, the speech's first line)
    let mut hanging: Vec<(usize, usize, usize)> = Vec::new();
    for i in 0..lines.len() {
        let (indent, name) = shaped[i];
        if indent > 0 || name.is_empty() || !is_name_shaped(name) {
            continue;
        }
        let below = (i + 1..lines.len()).find(|&k| !shaped[k].1.is_empty());
        let Some(speech) = below else { continue };
        if speech > i + 1 && shaped[speech].0 > 0 {
            hanging.push((i, i + 1, speech));
        }
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for &(i, _, _) in &hanging {
        *counts.entry(shaped[i].1.trim_end_matches('.')).or_default() += 1;
    }
    let recurring = counts.values().filter(|&&c| c >= 2).count();
    if hanging.len() < MIN_SPEECHES || recurring < MIN_RECURRING {
        return Cow::Borrowed(text);
    }
    let mut drop = vec![false; lines.len()];
    for &(_, blank, speech) in &hanging {
        drop[blank..speech].iter_mut().for_each(|d| *d = true);
    }
    let kept: Vec<&str> = lines
        .iter()
        .zip(&drop)
        .filter(|(_, d)| !**d)
        .map(|(l, _)| *l)
        .collect();
    Cow::Owned(kept.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::close_hanging_speeches;

    const MACBETH: &str = "ACT I\nSCENE I. A desert place.\n\n    Thunder and lightning. Enter three Witches\n\nFirst Witch\n\n    When shall we three meet again\n    In thunder, lightning, or in rain?\n\nSecond Witch\n\n    When the hurlyburly's done,\n\nFirst Witch\n\n    Where the place?\n\nSecond Witch\n\n    Upon the heath.\n";

    #[test]
    fn names_hanging_over_indented_speeches_lose_the_blank_under_them() {
        let out = close_hanging_speeches(MACBETH);
        assert!(out.contains("First Witch\n    When shall"), "{out}");
        assert!(out.contains("Second Witch\n    Upon the heath."), "{out}");
        // The blank between a speech and the next name stays.
        assert!(out.contains("rain?\n\nSecond Witch"), "{out}");
        // So does the one under the scene heading.
        assert!(out.contains("place.\n\n    Thunder"), "{out}");
    }

    #[test]
    fn a_name_that_does_not_come_back_changes_nothing() {
        let text = "CHAPTER I\n\n    It was a dark night.\n\nThe Storm\n\n    Rain fell.\n\nAmy\n\n    Dear Jo.\n\nBeth\n\n    Dear Amy.\n";
        assert_eq!(close_hanging_speeches(text), text);
    }

    #[test]
    fn names_over_unindented_speeches_change_nothing() {
        let text = MACBETH.replace("\n    ", "\n");
        assert_eq!(close_hanging_speeches(&text), text);
    }
}
