//! Plays: a speaker's name on a line of its own ("HAMLET", "SAMPSON."), stage directions
//! ("Enter Ghost", "[_Exit._]"), ACT and SCENE headings, a cast list under "Dramatis
//! Personae", and each speech read as verse (kept line by line) or prose.
//!
//! A text is read as a play only when the evidence recurs: several ALL-CAPS name lines
//! (or names with a colon, "First Citizen:") that each open a speech (a line follows with
//! no blank between), a name that comes back, and a stage direction or an ACT/SCENE line
//! — or, in a script with neither, a cast of three or more whose names come back. One ALL-CAPS line ("AMY." under a letter, "BOSTON") never makes a play, so the
//! rules here never fire on novels, letters or reports. Verse or prose is decided per
//! speech: a line that does not end a sentence followed by one that opens in capitals is
//! verse (prose would run on in lower case); a line longer than any verse line is prose;
//! a speech without either sign takes the reading of its nearest decided neighbour in
//! the same scene.

use super::text::char_len;
use crate::model::{Block, BlockKind, Heading, ListItem, MarkerKind};
use regex::Regex;
pub(crate) use run_in::run_in_name;
use run_in::{
    drop_mixed_case_run_ins, is_colon_name_line, is_mixed_case_name, mark_mixed_case_names,
    mark_names_over_a_blank, run_in_capitals, CAPITALS_MIN_SPEECHES,
};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Longest speaker-name line, in characters.
const NAME_MAX: usize = 40;
/// Fewest speaker-name lines that make a play.
const MIN_SPEECHES: usize = 4;
/// Fewest recurring names that make a play with no act, scene or direction.
const UNSTAGED_CAST: usize = 3;
/// Longest line that can be a line of verse; a longer one is prose.
pub(super) const VERSE_MAX: usize = 75;
/// Longest cast-list line.
const CAST_MAX: usize = 100;

/// What a play line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlayLine {
    /// ACT, PROLOGUE, EPILOGUE, "Dramatis Personae": level 1; SCENE: level 2.
    Heading(u8),
    /// A speaker's name.
    Speaker,
    /// A speaker's name run in at the head of the speech, as the Folio sets it ("Mur.
    /// Where is thy Leather Apron?"): the name's length in bytes (its stop included),
    /// and whether the speech after it is verse.
    RunInSpeaker {
        name: usize,
        verse: bool,
    },
    /// Enter, Exit, Exeunt, a bracketed direction.
    Direction,
    /// A line of verse in a speech.
    Verse,
    /// A prose speech (a paragraph).
    Prose,
    /// A line that goes on with the heading or direction before it (a scene's place, a
    /// wrapped entry): one block with it.
    Continuation,
    /// A line of the cast list.
    Cast,
    /// The "Contents" line or an entry under it.
    Contents,
    /// The play's title over its front or its first act, and the line naming its kind
    /// under it ("PLAY IN FOUR ACTS.").
    Title,
    Subtitle,
    /// The author's name under a Chinese play's title and kind ("老舍").
    Author,
}

/// The play reading of `lines` (non-blank, trimmed; `separated[i]` when a blank line
/// comes before line `i`), one entry a line, or None when the text is not a play.
pub(crate) fn read_play(lines: &[&str], separated: &[bool]) -> Option<Vec<Option<PlayLine>>> {
    if let Some(kinds) = zh::read_zh_play(lines, separated) {
        return Some(kinds);
    }
    let n = lines.len();
    let mut kinds: Vec<Option<PlayLine>> = vec![None; n];
    let mut names: HashMap<String, usize> = HashMap::new();
    // The names set alone on their lines, apart from those run in.
    let mut alone: HashMap<String, usize> = HashMap::new();
    let mut speakers = 0;
    for i in 0..n {
        if let Some(level) = heading_level(lines[i]) {
            kinds[i] = Some(PlayLine::Heading(level));
        } else if is_direction(lines[i]) && !(i == 0 && super::front::is_catalogue_title(lines[i]))
        {
            // A corpus's catalogue line in brackets opening the text is its title.
            kinds[i] = Some(PlayLine::Direction);
        } else if let Some(name) = run_in_name(lines[i]) {
            kinds[i] = Some(PlayLine::RunInSpeaker { name, verse: true });
            speakers += 1;
            *names.entry(name_key(&lines[i][..name])).or_default() += 1;
        } else if (is_name_line(lines[i]) || is_colon_name_line(lines[i]))
            && i + 1 < n
            && !separated.get(i + 1).copied().unwrap_or(true)
            && !is_name_line(lines[i + 1])
            && heading_level(lines[i + 1]).is_none()
        {
            kinds[i] = Some(PlayLine::Speaker);
            speakers += 1;
            *names.entry(name_key(lines[i])).or_default() += 1;
            *alone.entry(name_key(lines[i])).or_default() += 1;
        }
    }
    // Names in capitals alone, a blank line between each and the speech, where the play
    // has acts and sets no name closer.
    if speakers < MIN_SPEECHES && is_acted(lines, &kinds) {
        for (_, name) in mark_names_over_a_blank(lines, separated, &mut kinds) {
            speakers += 1;
            *names.entry(name.clone()).or_default() += 1;
            *alone.entry(name).or_default() += 1;
        }
    }
    // Names in mixed case alone over their speeches, where a cast of them recurs.
    for (_, name) in mark_mixed_case_names(lines, separated, &mut kinds) {
        speakers += 1;
        *names.entry(name.clone()).or_default() += 1;
        *alone.entry(name).or_default() += 1;
    }
    // Names in italics alone over their speeches, a blank line between.
    for (_, name) in italic::mark_italic_names(lines, &mut kinds) {
        speakers += 1;
        *names.entry(name.clone()).or_default() += 1;
        *alone.entry(name).or_default() += 1;
    }
    let recurring = names.values().filter(|&&c| c >= 2).count();
    let staged = kinds
        .iter()
        .any(|k| matches!(k, Some(PlayLine::Heading(_) | PlayLine::Direction)));
    // Names run in at the head of a line are read only where two of them recur: a
    // paragraph may open "Yes. I know." or "Well. Then…" once or twice in any book.
    // Where names are run in in capitals, a word in mixed case opening a line and
    // stopped ("Night. A lady's bedchamber…" opening a setting) is no name.
    speakers -= drop_mixed_case_run_ins(lines, &mut kinds);
    let run_in = kinds
        .iter()
        .filter(|k| matches!(k, Some(PlayLine::RunInSpeaker { .. })))
        .count();
    // Under an act's heading, names in capitals run in (Shaw's "CATHERINE. Such news.")
    // need fewer speeches and one name that comes back: no book under "ACT I" opens its
    // paragraphs on the same name in capitals.
    let min_speeches = match is_acted(lines, &kinds) && run_in_capitals(lines, &kinds) {
        true => CAPITALS_MIN_SPEECHES,
        false => MIN_SPEECHES,
    };
    let run_in_recurring = if min_speeches < MIN_SPEECHES { 1 } else { 2 };
    if run_in > 0 && (run_in < min_speeches || recurring < run_in_recurring) {
        for kind in &mut kinds {
            if matches!(kind, Some(PlayLine::RunInSpeaker { .. })) {
                *kind = None;
            }
        }
        speakers -= run_in;
    }
    // A script with no act, scene or direction is a play where a cast of several, each
    // named alone on a line over the speech, recurs over many speeches (names run in at
    // the head of a line are no evidence of that).
    let alone_speeches: usize = alone.values().sum();
    let cast_recurs = alone.values().filter(|&&c| c >= 2).count() >= UNSTAGED_CAST
        && alone_speeches >= 2 * MIN_SPEECHES
        && alone_speeches == speakers
        || run_in::is_italic_dialogue(lines, &kinds);
    // A bracketed line alone ("[_All rights reserved._]" on a title page) is weak
    // staging: then two names must come back, not one (a book's title set twice).
    let staged_by_words = (0..n).any(|i| match kinds[i] {
        Some(PlayLine::Heading(_)) => true,
        Some(PlayLine::Direction) => is_worded_direction(lines[i]),
        _ => false,
    });
    let enough_recur = if staged_by_words { 1 } else { 2 };
    if speakers < min_speeches
        || recurring < enough_recur && !cast_recurs
        || !staged && !cast_recurs
    {
        return None;
    }
    // In a play whose speakers are named in capitals, a minor part named in mixed case
    // ("Sailor", "First Officer") over its speech is a speaker too.
    for i in 0..n.saturating_sub(1) {
        let speech_follows = !separated.get(i + 1).copied().unwrap_or(true)
            && kinds[i + 1].is_none()
            && !is_mixed_case_name(lines[i + 1]);
        if kinds[i].is_none() && is_mixed_case_name(lines[i]) && speech_follows {
            kinds[i] = Some(PlayLine::Speaker);
        }
    }
    // A known name on the last line, or before a blank, is a speaker too.
    for i in 0..n {
        if kinds[i].is_none() && is_name_line(lines[i]) && names.contains_key(&name_key(lines[i])) {
            kinds[i] = Some(PlayLine::Speaker);
        }
    }
    mark_contents(lines, &mut kinds);
    italic::mark_italic_directions(lines, separated, &mut kinds);
    mark_front(lines, &mut kinds);
    setting::mark_settings(lines, separated, &mut kinds);
    mark_title(lines, &mut kinds);
    mark_speeches(lines, &mut kinds);
    mark_speech_begun_before(lines, &mut kinds);
    Some(kinds)
}

/// True if and only if an act's or a scene's heading is among the `kinds` of `lines`.
fn is_acted(lines: &[&str], kinds: &[Option<PlayLine>]) -> bool {
    lines.iter().zip(kinds).any(|(line, kind)| {
        matches!(kind, Some(PlayLine::Heading(_)))
            && line.split_whitespace().any(|w| {
                matches!(
                    w.trim_end_matches(['.', ',']),
                    "ACT" | "Act" | "SCENE" | "Scene"
                )
            })
    })
}

/// The key a speaker's name is counted under: "SAMPSON." and "SAMPSON" are one.
fn name_key(line: &str) -> String {
    line.trim_end_matches('.').trim().to_string()
}

/// The level of an ACT/SCENE/PROLOGUE heading line, if `line` is one.
pub(crate) fn heading_level(line: &str) -> Option<u8> {
    static ACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:ACT|Act)\s+(?:[IVXL]+|[0-9]{1,2}|(?i:one|two|three|four|five|first|second|third|fourth|fifth))\b\.?(?:\s*[.:,]?\s*(?:SCENE|Scene)\s+[IVXL0-9]+\.?)?")
            .expect("act pattern")
    });
    static SCENE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:SCENE|Scene)\s+(?:[IVXL]+|[0-9]{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|last))\b\.?")
            .expect("scene pattern")
    });
    // Acts counted in ordinals: "FIRST ACT", "Act the Second".
    static ORDINAL_ACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:(?:the\s+)?(?:first|second|third|fourth|fifth|last)\s+act|act\s+the\s+(?:first|second|third|fourth|fifth|last))\.?$")
            .expect("ordinal act pattern")
    });
    // The Folio's Latin: "Actus Primus. Scoena Prima.", "Scena Secunda."
    static LATIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(Actus)|Sc(?:oe|ae|æ|e)na)\s+(?:Primus|Secundus|Tertius|Quartus|Quintus|Prima|Secunda|Tertia|Quarta|Quinta|Sexta|Septima|Octava|Nona|Decima|Vndecima|Undecima|Duodecima)\b")
            .expect("latin act pattern")
    });
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:(?:the\s+)?(?:prologue|epilogue|induction)\.?|dramatis\s+person(?:ae|æ|\u{00E6})\.?|persons\s+represented\.?|characters\s+in\s+the\s+play\.?)$")
            .expect("part pattern")
    });
    if char_len(line) > 120 {
        return None;
    }
    // Each pattern is asked only of lines opening as its matches open (the
    // case-insensitive words fold to no letter beyond ASCII).
    let act = line.starts_with("ACT") || line.starts_with("Act");
    if let Some(m) = act.then(|| ACT.find(line)).flatten() {
        // "ACT I" alone, or with its first scene or a place: not a sentence about an act.
        let rest = &line[m.end()..];
        return (rest.is_empty() || rest.starts_with([' ', '.', ':'])).then_some(1);
    }
    if (line.starts_with("SCENE") || line.starts_with("Scene")) && SCENE.is_match(line) {
        return Some(2);
    }
    // "SCENE" alone over the setting of an act's one scene (Wilde's layout).
    if matches!(line, "SCENE" | "SCENE." | "Scene" | "Scene.") {
        return Some(2);
    }
    if line.starts_with(|c: char| c.is_ascii_uppercase()) && ORDINAL_ACT.is_match(line) {
        return Some(1);
    }
    if line.starts_with("Actus") || line.starts_with("Sc") {
        if let Some(c) = LATIN.captures(line) {
            return Some(if c.get(1).is_some() { 1 } else { 2 });
        }
    }
    let line = line.trim();
    (line.starts_with(|c: char| c.is_ascii_alphabetic()) && PART.is_match(line)).then_some(1)
}

/// A stage direction: "Enter Ghost", "Exeunt", "Re-enter HORATIO", "[_Exit._]",
/// "_Enter_ SAMPSON _and_ GREGORY", "Flourish. Enter …", or a whole line in brackets.
pub(crate) fn is_direction(line: &str) -> bool {
    let bracketed = (line.starts_with('[') && line.ends_with(']'))
        || (line.starts_with('(') && line.ends_with(')'));
    // An illustration's placeholder is the book's, not the stage's.
    let illustration = line.starts_with("[Illustration");
    let capital = line
        .trim_start_matches(['[', '(', '_'])
        .starts_with(|c: char| c.is_ascii_uppercase());
    capital && is_worded_direction(line) || bracketed && !illustration && char_len(line) <= 200
}

/// True if `line` opens with a direction's own word ("Enter Ghost", "[_Exit._]",
/// "Flourish"), not only brackets.
fn is_worded_direction(line: &str) -> bool {
    static DIRECTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\[(_]*(?:Enter|Exit|Exeunt|Re-enter|Reenter|Manet|Flourish|Alarum|Alarums|Sennet)(?:_|\b)")
            .expect("direction pattern")
    });
    // The effects first, in a word or two, then the entry: "Thunder and lightning. Enter
    // three Witches", "Alarum within. Enter DUNCAN".
    static AFTER_EFFECTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][a-z]+(?: and [a-z]+| [a-z]+)?\. (?:Enter|Exit|Exeunt|Re-enter)\b")
            .expect("effects pattern")
    });
    DIRECTION.is_match(line)
        || char_len(line) <= DIRECTION_AFTER_EFFECTS_MAX && AFTER_EFFECTS.is_match(line)
}

/// Longest line read as effects followed by an entry.
const DIRECTION_AFTER_EFFECTS_MAX: usize = 80;

/// A speaker's name line: short, in capitals, a full stop at most at its end.
pub(crate) fn is_name_line(line: &str) -> bool {
    let body = line.strip_suffix('.').unwrap_or(line);
    let letters = body.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && char_len(line) <= NAME_MAX
        && body.chars().next().is_some_and(char::is_alphabetic)
        && body
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '\'' || c == '’' || c == '-' || c == '&')
        && heading_level(line).is_none()
        && !super::numbering::find_marker(line).is_some_and(|m| m.family.is_structural())
}

/// Adds the blocks for a play line `text` of kind `line` to `out`: a line that goes on
/// with the block before it joins that block on a new line.
pub(crate) fn push_line(out: &mut Vec<Block>, line: PlayLine, text: &str) {
    // A prose line opening in lower case runs on from the prose line before it.
    let runs_on = line == PlayLine::Prose
        && text
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
        && out
            .last()
            .is_some_and(|b| matches!(b.kind, BlockKind::Paragraph { label: None }));
    if runs_on {
        if let Some(crate::model::Inline::Text(last)) =
            out.last_mut().and_then(|b| b.content.last_mut())
        {
            crate::structure::recover::join_onto(last, text);
            return;
        }
    }
    if line == PlayLine::Continuation {
        if let Some(crate::model::Inline::Text(last)) =
            out.last_mut().and_then(|b| b.content.last_mut())
        {
            last.push('\n');
            last.push_str(text);
            return;
        }
    }
    out.extend(blocks(line, text));
}

/// The blocks for a play line `text` of kind `line`: one, or the name and the speech
/// where the name is run in.
fn blocks(line: PlayLine, text: &str) -> Vec<Block> {
    match line {
        PlayLine::RunInSpeaker { name, verse } => {
            let speech = if verse {
                PlayLine::Verse
            } else {
                PlayLine::Prose
            };
            vec![
                block(PlayLine::Speaker, &text[..name]),
                block(speech, text[name..].trim_start()),
            ]
        }
        line => vec![block(line, text)],
    }
}

/// The block for a play line `text` of kind `line` (a run-in name is read as a name).
fn block(line: PlayLine, text: &str) -> Block {
    let kind = match line {
        PlayLine::Heading(level) => BlockKind::Heading(Heading {
            level,
            marker: String::new(),
            marker_kind: MarkerKind::None,
            run_in: false,
        }),
        PlayLine::Speaker | PlayLine::RunInSpeaker { .. } => BlockKind::SpeakerLabel,
        PlayLine::Direction | PlayLine::Continuation => BlockKind::StageDirection,
        PlayLine::Verse => BlockKind::Verse,
        PlayLine::Prose | PlayLine::Contents => BlockKind::Paragraph { label: None },
        PlayLine::Title => BlockKind::Title,
        PlayLine::Subtitle => BlockKind::Subtitle,
        PlayLine::Author => BlockKind::Speaker,
        PlayLine::Cast => BlockKind::ListItem(ListItem {
            ordered: false,
            number: 0,
            depth: 0,
            task: None,
        }),
    };
    let mut block = Block::text(kind, text);
    block.in_toc = matches!(line, PlayLine::Contents);
    block
}

#[path = "play_lists.rs"]
mod lists;
#[cfg(test)]
#[path = "play_lists_tests.rs"]
mod lists_tests;
#[cfg(test)]
use lists::is_cast_title;
use lists::{mark_contents, mark_front, mark_title};

#[path = "play_run_in.rs"]
mod run_in;
#[cfg(test)]
#[path = "play_run_in_tests.rs"]
mod run_in_tests;

#[path = "play_italic.rs"]
mod italic;
#[path = "play_zh.rs"]
mod zh;
#[cfg(test)]
#[path = "play_zh_tests.rs"]
mod zh_tests;

#[path = "play_setting.rs"]
mod setting;

#[path = "play_speeches.rs"]
mod speeches;
use speeches::{mark_speech_begun_before, mark_speeches};

#[cfg(test)]
#[path = "play_tests.rs"]
mod tests;
