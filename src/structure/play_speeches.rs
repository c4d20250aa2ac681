//! Verse or prose, speech by speech: a line that does not end a sentence followed by
//! one that opens in capitals is verse (prose would run on in lower case); a line longer
//! than any verse line is prose; a speech without either sign takes the reading of its
//! nearest decided neighbour in the same scene. An excerpt that opens in the middle of a
//! speech keeps its opening lines as the end of that speech.

use super::{PlayLine, VERSE_MAX};
use crate::structure::text::char_len;

/// A text that opens in the middle of a speech (an excerpt, a page torn from a play):
/// the lines before the first speaker's name are the end of a speech begun before, verse
/// when they show it (a line that does not end its sentence, the next opening in
/// capitals) — not a title, which is set in capitals or stands alone.
pub(super) fn mark_speech_begun_before(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    let first = kinds
        .iter()
        .position(Option::is_some)
        .unwrap_or(lines.len());
    let opening = &lines[..first];
    let mixed_case = |l: &&str| l.chars().any(char::is_lowercase);
    if opening.len() >= 2
        && kinds.get(first) == Some(&Some(PlayLine::Speaker))
        && opening.iter().all(mixed_case)
        && verse_evidence(opening) == Some(true)
    {
        for kind in &mut kinds[..first] {
            *kind = Some(PlayLine::Verse);
        }
    }
}

/// True if and only if `line` ends a sentence (or a speech's dash or colon).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '_'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// True if and only if `line` opens in capitals (after quotes or brackets).
fn opens_capital(line: &str) -> bool {
    line.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '_'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Marks each speech's lines verse or prose (see the module doc).
pub(super) fn mark_speeches(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    // Speeches: runs of unmarked lines after a speaker (or a direction within a speech).
    let mut speeches: Vec<(usize, usize, usize)> = Vec::new(); // (scene, start, end)
    let mut scene = 0;
    let mut in_speech = false;
    let mut i = 0;
    while i < lines.len() {
        match kinds[i] {
            Some(PlayLine::Heading(_)) => {
                scene += 1;
                in_speech = false;
            }
            Some(PlayLine::Speaker) => in_speech = true,
            Some(PlayLine::Cast | PlayLine::Contents) => in_speech = false,
            Some(PlayLine::RunInSpeaker { .. }) => {
                in_speech = true;
                let start = i;
                while i + 1 < lines.len() && kinds[i + 1].is_none() {
                    i += 1;
                }
                speeches.push((scene, start, i + 1));
            }
            Some(_) => {}
            None if in_speech => {
                let start = i;
                while i + 1 < lines.len() && kinds[i + 1].is_none() {
                    i += 1;
                }
                speeches.push((scene, start, i + 1));
            }
            None => {}
        }
        i += 1;
    }
    // A speech's own words: a name run in at its head is no part of them.
    let words: Vec<&str> = lines
        .iter()
        .zip(kinds.iter())
        .map(|(line, kind)| match kind {
            Some(PlayLine::RunInSpeaker { name, .. }) => line[*name..].trim_start(),
            _ => line,
        })
        .collect();
    let decided: Vec<Option<bool>> = speeches
        .iter()
        .map(|&(_, s, e)| verse_evidence(&words[s..e]))
        .collect();
    // The nearest decided speech before and after each one in its scene, in two passes.
    let mut before = vec![None; speeches.len()];
    let mut after = vec![None; speeches.len()];
    for k in 1..speeches.len() {
        if speeches[k].0 == speeches[k - 1].0 {
            before[k] = decided[k - 1].or(before[k - 1]);
        }
    }
    for k in (0..speeches.len().saturating_sub(1)).rev() {
        if speeches[k].0 == speeches[k + 1].0 {
            after[k] = decided[k + 1].or(after[k + 1]);
        }
    }
    for (k, &(_, start, end)) in speeches.iter().enumerate() {
        let verse = decided[k].or(before[k]).or(after[k]).unwrap_or(true);
        for i in start..end {
            let short = char_len(words[i]) <= VERSE_MAX;
            kinds[i] = Some(match kinds[i] {
                Some(PlayLine::RunInSpeaker { name, .. }) => PlayLine::RunInSpeaker {
                    name,
                    verse: verse && short,
                },
                _ if verse && short => PlayLine::Verse,
                _ => PlayLine::Prose,
            });
        }
    }
}

/// Some(true) if a speech's lines show verse, Some(false) if they show prose, None if
/// they do not tell.
pub(super) fn verse_evidence(speech: &[&str]) -> Option<bool> {
    if speech.iter().any(|l| char_len(l) > VERSE_MAX) {
        return Some(false);
    }
    let enjambed = speech
        .windows(2)
        .any(|w| !ends_sentence(w[0]) && opens_capital(w[1]));
    if enjambed {
        return Some(true);
    }
    // A sentence run on into a line opening in lower case is prose.
    let runs_on = speech.windows(2).any(|w| {
        !ends_sentence(w[0])
            && w[1]
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase)
    });
    runs_on.then_some(false)
}
