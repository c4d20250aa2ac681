//! The lists a play opens with: its contents (the acts and scenes listed under
//! "Contents") and its cast under "Dramatis Personae" — lines of the play's front, not
//! its speeches.

use super::{heading_level, is_name_line, PlayLine, CAST_MAX};
use crate::structure::text::char_len;
use regex::Regex;
use std::sync::LazyLock;

/// A "Contents" line and the ACT/SCENE/PROLOGUE lines (and speaker names, "CHORUS.")
/// listed under it, up to the first line that is none of these, repeats an entry, or
/// opens the cast list: there the play begins.
pub(super) fn mark_contents(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    let Some(title) = lines
        .iter()
        .position(|l| crate::structure::toc::is_toc_title(l))
    else {
        return;
    };
    let key = |l: &str| l.trim_end_matches('.').to_lowercase();
    let mut seen = std::collections::HashSet::new();
    kinds[title] = Some(PlayLine::Contents);
    for i in title + 1..lines.len() {
        let line = lines[i];
        let level = heading_level(line);
        let entry = level.is_some() || is_name_line(line);
        // Scenes repeat from act to act; an act or a name repeated is the text itself.
        let repeated = level != Some(2) && !seen.insert(key(line));
        if !entry || is_cast_title(line) || repeated {
            break;
        }
        kinds[i] = Some(PlayLine::Contents);
    }
}

static CAST_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:dramatis\s+person|persons\s+represented|characters\s+in\s+the\s+play|persons\s+of\s+the\s+play)|(?:CHARACTERS|Characters)\.?(?:$|\s{2,}[A-Z][A-Za-z ]{2,30}$))")
            .expect("cast title pattern")
});

pub(super) fn is_cast_title(line: &str) -> bool {
    // Or the play's title and the cast's on one line ("ROMEO AND JULIET _DRAMATIS
    // PERSONÆ_"): the list's title closes the line.
    static CLOSING_CAST_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:\s_?dramatis\s+person(?:ae|æ)_?\.?)$").expect("cast title pattern")
    });
    let line = line.trim();
    line.starts_with(|c: char| c.is_ascii_alphabetic())
        && (CAST_TITLE.is_match(line) || CLOSING_CAST_TITLE.is_match(line))
}

/// Lines under a "Dramatis Personae" (or "CHARACTERS", perhaps over a second column,
/// "ORIGINAL CAST") heading, up to the next play line, a long line or a line in italics
/// (the play's setting, its title repeated), are the cast list.
pub(super) fn mark_cast(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    let Some(start) = (0..lines.len()).find(|&i| is_cast_title(lines[i])) else {
        return;
    };
    // The cast's own title line is a heading (one closing the play's title is read with it).
    if kinds[start].is_none() && CAST_TITLE.is_match(lines[start].trim()) {
        kinds[start] = Some(PlayLine::Heading(1));
    }
    for i in start + 1..lines.len() {
        let line = lines[i];
        if line.trim_start_matches(['"', '“']).starts_with('_') {
            break;
        }
        let opens_scene = line.to_ascii_uppercase().starts_with("SCENE");
        // A name in the list ("CHORUS.") is no speaker yet.
        let play_line = kinds[i].is_some_and(|k| k != PlayLine::Speaker);
        if play_line || opens_scene || char_len(line) > CAST_MAX {
            break;
        }
        kinds[i] = Some(PlayLine::Cast);
    }
}
