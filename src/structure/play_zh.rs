//! Chinese plays (话剧) as e-texts set them: the title over the play's kind in brackets
//! and the author ("茶　馆" / "（三幕话剧）" / "老舍"), the persons under "人物" (one
//! "name　－－　description" entry each), act lines ("第一幕", "第二场", "序幕", "尾声"),
//! the act's setting lines under it ("人物　　…", "时间　　…", "地点　　…"), directions in
//! tortoise-shell brackets ("〔幕起：…"), and speeches with the speaker run in before two
//! ideographic spaces ("王利发　　唐先生，你外边遛遛吧！"); a speaker who shares the next
//! speaker's line stands alone over it.
//!
//! The English play rules find none of this (no capitals, no "Enter"), so these rules read
//! the Chinese layout on its own evidence: a text is a play only where two of its signs
//! agree — an act line, two bracketed directions, a kind line, a cast of three under its
//! head, or run-in speeches that come back to a name.

use super::PlayLine;
use crate::script::is_han;
use crate::structure::editor_notes::is_note_line;
use crate::structure::text::char_len;
use std::collections::HashMap;

/// Longest speaker's name, in characters ("茶客甲", "老陈太太").
const NAME_MAX: usize = 5;
/// Fewest run-in speeches that are a sign of a play, one name coming back among them.
const MIN_SPEECHES: usize = 3;
/// Fewest bracketed directions that are a sign.
const MIN_DIRECTIONS: usize = 2;
/// Fewest cast entries under "人物" that are a sign.
const MIN_CAST: usize = 3;
/// Longest cast entry, and longest line of a cast the text opens inside.
const CAST_MAX: usize = 100;
const OPENING_CAST_MAX: usize = 40;
/// Longest title line over the kind line, and longest author line under it.
const TITLE_MAX: usize = 20;
const AUTHOR_MAX: usize = 6;
/// Fewest signs that make a play.
const MIN_SIGNS: usize = 2;

/// The words an act's setting lines open with (the persons on stage, the time, the place,
/// the set): a direction, not a speech.
const SETTING_WORDS: [&str; 4] = ["人物", "时间", "地点", "布景"];
/// Heads of a play's cast list.
const CAST_TITLES: [&str; 4] = ["人物", "人物表", "剧中人物", "登场人物"];

/// The byte length of the speaker's name run in at the head of `line`: one to
/// [`NAME_MAX`] Han characters, then two ideographic spaces or more, then the speech.
pub(super) fn run_in_name(line: &str) -> Option<usize> {
    let name = line.find(|c: char| !is_han(c)).unwrap_or(line.len());
    let rest = &line[name..];
    let gap = rest.len() - rest.trim_start_matches('\u{3000}').len();
    let named = (1..=NAME_MAX).contains(&line[..name].chars().count());
    (named && gap >= 2 * '\u{3000}'.len_utf8() && !rest.trim().is_empty()).then_some(name)
}

/// The level of an act line ("第一幕", "第三场", "序幕", "尾声", a title may follow after a
/// space): 幕 heads level 1, 场 level 2 where the play also has acts, 1 otherwise.
fn act_level(line: &str, has_acts: bool) -> Option<u8> {
    let head = line.split_whitespace().next().unwrap_or(line);
    if matches!(head, "序幕" | "尾声") {
        return Some(1);
    }
    let number = head.strip_prefix('第')?;
    let counted = |count: &str| {
        !count.is_empty()
            && count
                .chars()
                .all(|c| crate::script::is_numeral(c) || c.is_ascii_digit())
    };
    if number.strip_suffix('幕').is_some_and(counted) {
        Some(1)
    } else if number.strip_suffix('场').is_some_and(counted) {
        Some(if has_acts { 2 } else { 1 })
    } else {
        None
    }
}

/// A direction in tortoise-shell brackets opening the line ("〔幕起：…"); an editor's
/// numbered note ("〔1〕……") is no direction.
fn is_direction(line: &str) -> bool {
    line.starts_with('〔') && !is_note_line(line)
}

/// The play's kind in brackets under its title: "（三幕话剧）", "（独幕剧）".
fn is_kind_line(line: &str) -> bool {
    line.strip_prefix('（')
        .and_then(|l| l.strip_suffix('）'))
        .is_some_and(|k| k.ends_with('剧') && char_len(k) <= 8)
}

/// A cast entry: a name, then a dash between ideographic spaces and the description.
fn is_cast_entry(line: &str) -> bool {
    line.split_once('－').is_some_and(|(name, _)| {
        let name = name.trim_end_matches('\u{3000}');
        (1..=NAME_MAX + 2).contains(&char_len(name))
            && name.chars().all(|c| is_han(c) || c == '\u{3000}')
    }) && char_len(line) <= CAST_MAX
}

/// The Chinese play reading of `lines` (non-blank, trimmed; `separated[i]` when a blank
/// line comes before line `i`), one entry a line, or None when the text does not show the
/// layout (see the module doc).
pub(super) fn read_zh_play(lines: &[&str], separated: &[bool]) -> Option<Vec<Option<PlayLine>>> {
    let n = lines.len();
    let mut kinds: Vec<Option<PlayLine>> = vec![None; n];
    let has_acts = lines.iter().any(|l| act_level(l, false) == Some(1));
    let mut names: HashMap<&str, usize> = HashMap::new();
    let (mut acts, mut directions, mut kind_lines, mut speeches) = (0, 0, 0, 0);
    for (i, line) in lines.iter().enumerate() {
        if let Some(level) = act_level(line, has_acts) {
            kinds[i] = Some(PlayLine::Heading(level));
            acts += 1;
        } else if is_direction(line) {
            kinds[i] = Some(PlayLine::Direction);
            directions += 1;
        } else if is_kind_line(line) {
            kinds[i] = Some(PlayLine::Subtitle);
            kind_lines += 1;
        } else if let Some(name) = run_in_name(line).filter(|_| !is_note_line(line)) {
            if SETTING_WORDS.contains(&&line[..name]) {
                kinds[i] = Some(PlayLine::Direction);
            } else {
                kinds[i] = Some(PlayLine::RunInSpeaker { name, verse: false });
                *names.entry(&line[..name]).or_default() += 1;
                speeches += 1;
            }
        }
    }
    let cast = mark_cast(lines, &mut kinds);
    // A dialogue: two names at least, one coming back ("注　　释" over each piece's notes
    // recurs alone).
    let recurring = names.len() >= 2 && names.values().any(|&c| c >= 2);
    let signs = [
        acts > 0,
        directions >= MIN_DIRECTIONS,
        kind_lines > 0,
        cast >= MIN_CAST,
        speeches >= MIN_SPEECHES && recurring,
    ];
    if signs.iter().filter(|&&s| s).count() < MIN_SIGNS {
        return None;
    }
    for (i, line) in lines.iter().enumerate() {
        // A speaker alone over the next speaker's line, no blank between: two of them
        // speak it.
        let over_speech = matches!(kinds.get(i + 1), Some(Some(PlayLine::RunInSpeaker { .. })))
            && !separated.get(i + 1).copied().unwrap_or(true);
        let name_alone = (1..=NAME_MAX).contains(&char_len(line)) && line.chars().all(is_han);
        if kinds[i].is_none() && (names.contains_key(line) || name_alone && over_speech) {
            kinds[i] = Some(PlayLine::Speaker);
        }
        // The title over the kind line, the author under it.
        if kinds[i] == Some(PlayLine::Subtitle) {
            if i > 0 && kinds[i - 1].is_none() && char_len(lines[i - 1]) <= TITLE_MAX {
                kinds[i - 1] = Some(PlayLine::Title);
            }
            let author = lines.get(i + 1).filter(|l| {
                char_len(l) <= AUTHOR_MAX && l.chars().all(|c| is_han(c) || c == '\u{3000}')
            });
            if author.is_some() && kinds[i + 1].is_none() {
                kinds[i + 1] = Some(PlayLine::Author);
            }
        }
    }
    Some(kinds)
}

/// Marks the cast: the entries under a cast title up to the first act, or, where the text
/// opens inside the cast, its short lines up to the first act. Returns the entries under a
/// cast title (a cast the text opens inside is no sign of a play by itself).
fn mark_cast(lines: &[&str], kinds: &mut [Option<PlayLine>]) -> usize {
    let first_act = (0..lines.len())
        .find(|&i| matches!(kinds[i], Some(PlayLine::Heading(_))))
        .unwrap_or(lines.len());
    let titled = (0..first_act).find(|&i| CAST_TITLES.contains(&lines[i]));
    let entries = match titled {
        Some(t) => {
            let entries = (t + 1..first_act)
                .filter(|&i| is_cast_entry(lines[i]))
                .count();
            if entries < MIN_CAST {
                return 0;
            }
            kinds[t] = Some(PlayLine::Heading(1));
            t + 1..first_act
        }
        None => {
            // The text opens on the cast's last lines, short and each a sentence.
            let opening = first_act < lines.len()
                && (0..first_act).all(|i| {
                    kinds[i].is_none()
                        && char_len(lines[i]) <= OPENING_CAST_MAX
                        && lines[i].ends_with('。')
                });
            if !opening {
                return 0;
            }
            0..first_act
        }
    };
    let count = if titled.is_some() { entries.len() } else { 0 };
    for i in entries {
        if kinds[i].is_none() {
            kinds[i] = Some(PlayLine::Cast);
        }
    }
    count
}
