//! Where a scene plays and what the stage shows before anyone speaks: the place set on the
//! line under a scene's heading ("ACT I. SCENE I." / "Alexandria. CLEOPATRA'S palace"),
//! the play's setting ("SCENE: The Roman Empire", on one line or two), an entry wrapped
//! over lines ("Flourish. Enter ANTONY, CLEOPATRA, her LADIES, the train," / "with eunuchs
//! fanning her"), and the prose that describes the stage between a heading and the first
//! speech (Shaw's "A jungle path. A lion's roar…"). A line that goes on with the one
//! before it is read as part of it: one heading, one direction.

use super::{PlayLine, VERSE_MAX};
use crate::structure::text::char_len;

/// Longest place line under a scene's heading, in characters.
const PLACE_MAX: usize = 60;

/// Marks the settings, places and wrapped directions of a play read into `kinds`
/// (`separated[i]`: a blank line comes before line `i`).
pub(super) fn mark_settings(lines: &[&str], separated: &[bool], kinds: &mut [Option<PlayLine>]) {
    for i in 0..lines.len() {
        if is_setting(lines[i]) {
            kinds[i] = Some(PlayLine::Direction);
        }
        let Some(next) = (i + 1 < lines.len() && !separated[i + 1]).then_some(i + 1) else {
            continue;
        };
        let goes_on = match kinds[i] {
            // The place under a scene's number, plain or in brackets.
            Some(PlayLine::Heading(_)) => {
                is_scene_number(lines[i]) && is_place(lines[next], kinds[next])
            }
            // "SCENE:" alone over the setting, an entry broken before its end.
            Some(PlayLine::Direction) | Some(PlayLine::Continuation) => {
                kinds[next].is_none() && direction_goes_on(lines[i], lines[next])
            }
            _ => false,
        };
        if goes_on {
            kinds[next] = Some(PlayLine::Continuation);
        }
    }
    mark_described_stage(lines, kinds);
}

/// True if and only if `line` is a play's or a scene's setting introduced by "SCENE:"
/// ("SCENE: _Verona_; _Mantua_.", "SCENE:" alone).
fn is_setting(line: &str) -> bool {
    line.strip_prefix("SCENE:")
        .or_else(|| line.strip_prefix("Scene:"))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// True if and only if the heading `line` numbers an act or a scene (not a prologue or
/// a cast list's title), so that a place may follow it.
fn is_scene_number(line: &str) -> bool {
    let upper = line.to_uppercase();
    // "SCENE" alone heads Wilde's setting, which is a direction of its own.
    (upper.starts_with("ACT") || upper.starts_with("SCENE")) && line.contains(' ')
}

/// True if and only if `line` (read as `kind` so far) can be the place under a scene's
/// heading: short, not an entry or a speech, plain or wholly in brackets.
fn is_place(line: &str, kind: Option<PlayLine>) -> bool {
    let bracketed = line.starts_with('[') && line.ends_with(']');
    let entry = super::is_direction(line) && !bracketed;
    let free = match kind {
        None | Some(PlayLine::RunInSpeaker { .. }) => true,
        Some(PlayLine::Direction) => bracketed,
        _ => false,
    };
    free && !entry && char_len(line) <= PLACE_MAX && !line.ends_with([',', ';', ':'])
}

/// True if and only if the direction `line` goes on in `next`: "SCENE:" alone over the
/// setting, or a direction broken on a comma, on a joining word ("…the Dukes of"), or
/// before a line that opens in lower case.
fn direction_goes_on(line: &str, next: &str) -> bool {
    let stopped = line
        .trim_end_matches('_')
        .ends_with(['.', '!', '?', ']', ')']);
    let lower = next.chars().next().is_some_and(char::is_lowercase);
    matches!(line, "SCENE:" | "Scene:")
        || line.ends_with([',', ';'])
        || ends_on_a_joining_word(line)
        || !stopped && lower
}

/// True if and only if `line` stops on a word no direction ends on ("…then the Dukes
/// of", "…Cordelia, with").
fn ends_on_a_joining_word(line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "of" | "and" | "with" | "the" | "a" | "an" | "to" | "from" | "at" | "in" | "on" | "by"
    )
}

/// The lines between a heading and the first speech after it, where any of them is
/// prose longer than a verse line or the heading is "SCENE" alone: a description of the
/// stage, each line a direction (a prologue spoken in verse stays verse).
fn mark_described_stage(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    let mut i = 0;
    while i < lines.len() {
        if !matches!(kinds[i], Some(PlayLine::Heading(_))) {
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = (start..lines.len())
            .find(|&j| {
                matches!(
                    kinds[j],
                    Some(PlayLine::Speaker | PlayLine::RunInSpeaker { .. } | PlayLine::Heading(_))
                )
            })
            .unwrap_or(lines.len());
        let stage = start..end;
        // Under "SCENE" alone (Wilde's layout) the lines are the setting, however short.
        let bare_scene = matches!(lines[i], "SCENE" | "SCENE." | "Scene" | "Scene.");
        let described = bare_scene
            || stage
                .clone()
                .any(|j| kinds[j].is_none() && char_len(lines[j]) > VERSE_MAX);
        let speaks = end < lines.len() && !matches!(kinds[end], Some(PlayLine::Heading(_)));
        if described && speaks {
            for j in stage {
                if kinds[j].is_none() {
                    kinds[j] = Some(PlayLine::Direction);
                }
            }
        }
        i = end.max(start);
    }
}
