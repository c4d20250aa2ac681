//! Speakers' names in the layouts other than a name in capitals alone on a line: a name
//! run in at the head of the speech, as the First Folio ("Mur. Where is thy Leather
//! Apron?"), Wilde's plays ("ALGERNON.  Did you hear…") and annotated editions in italics
//! ("_Sampson._ Gregory, …", "_First Citizen_. Clubs…") set it, and a name in mixed case
//! with a colon alone over the speech ("First Citizen:", "All:"), or in mixed case alone
//! ("Duke" / "If music be the food of love"), or in capitals alone with a blank line
//! between it and the speech ("MISS TESMAN." / "" / "Upon my word…"). The play reader
//! asks each line for one and reads the names only where they recur.

use super::{heading_level, is_direction, is_name_line, name_key, PlayLine, NAME_MAX};
use crate::structure::text::char_len;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Longest name line with its colon, in characters.
const COLON_NAME_MAX: usize = 30;

/// The byte length of a speaker's name run in at the head of `line` with its full stop
/// ("Flauius. Hence: home…", "Mur. Where is…", "Lord Ham. Go on", "MRS. ERLYNNE.  Lady…"):
/// one or two words, each opening in a capital (after a form of address), then a stop and
/// a speech opening in a capital. A form of address alone ("Mr. Smith"), a roman numeral
/// ("II. THE FALLING STAR."), headings and directions are no names. A name in italics ("_Sampson._ Gregory", "_Lady Capulet_. A
/// crutch") counts with its underscores. A direction in brackets may come between the name
/// and the speech ("Edm. [comes forward] No, my lord.").
pub(crate) fn run_in_name(line: &str) -> Option<usize> {
    static RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^((?:(?:MRS|MR|DR|ST|Mrs|Mr|Dr|St)\. )?(?:[A-Z][A-Za-z]{0,15} )?[A-Z][A-Za-z]{1,15}\.)\s+(?:\[[a-z][^\]]{0,60}\]\s+)?["'(\[]?[A-Z]"#)
            .expect("run-in name pattern")
    });
    // The speaker's action in parentheses between the name and its stop, as translations
    // set it ("Billing (as he eats). It is uncommonly good", "Mrs. Stockmann (coming
    // forward). Ah"): the action stays in the speech.
    static DIRECTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^((?:(?:MRS|MR|DR|ST|Mrs|Mr|Dr|St)\. )?(?:[A-Z][A-Za-z]{0,15} )?[A-Z][A-Za-z]{1,15}) \([a-z][^()]{0,120}\)\.\s+["'(\[]?[A-Z]"#)
            .expect("directed run-in name pattern")
    });
    const ADDRESS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Messrs", "Mme", "Mlle", "Jr", "Sr", "No", "Nos",
        "Gen", "Col", "Capt", "Lieut", "Sgt", "Rev", "Ven", "Prof", "Hon", "Gov", "Sen", "Rep",
        "Co", "Vol", "Ch", "Fig", "Ibid", "Op", "Cf", "Viz", "Esq", "Bros", "Ltd", "Inc", "Ave",
    ];
    if let Some(len) = italic_run_in_name(line).or_else(|| colon_run_in_name(line)) {
        return Some(len);
    }
    if !line.starts_with(|c: char| c.is_ascii_uppercase())
        || heading_level(line).is_some()
        || is_direction(line)
    {
        return None;
    }
    // The action first: "Mrs. Stockmann (coming forward)." would read as "Mrs." alone.
    let (name, stop) = match DIRECTED.captures(line).and_then(|c| c.get(1)) {
        Some(m) => (m.as_str(), 0),
        None => match RUN_IN.captures(line).and_then(|c| c.get(1)) {
            Some(m) => (m.as_str().trim_end_matches('.'), 1),
            None => capitals_run_in_name(line)?,
        },
    };
    let last_word = name.rsplit(' ').next().unwrap_or(name);
    let address = ADDRESS.iter().any(|a| a.eq_ignore_ascii_case(last_word));
    // "II. THE FALLING STAR.": a chapter's numeral, not a name.
    let numeral = name.chars().all(|c| "IVXLC".contains(c));
    (!address && !numeral).then_some(name.len() + stop)
}

/// A name in capitals run in at the head of `line` as Shaw sets it, and the length of the
/// stop that goes with it: one to three words with a full stop ("THE YOUNG LADY. Waiting
/// for somebody", stop 1), or the name, the speaker's action in brackets opening in lower
/// case, then the stop ("CATHERINE (entering hastily). Raina--", stop 0: the action stays
/// in the speech), or the action in square brackets and no stop at all ("THE GENTLEMAN
/// [taking off his hat] I beg your pardon.", stop 0), as Shaw's early editions set every
/// speech. A speech that takes up the one before it opens with a dash right after the
/// stop ("ENGSTRAND.--and temptations are manifold", stop 1). A chapter's heading
/// ("CHAPTER ONE. It was") is no name.
fn capitals_run_in_name(line: &str) -> Option<(&str, usize)> {
    static CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?:(\.)(?:\s+["'(\[]?[A-Z]|--)|\s\([a-z][^()]{0,120}\)\.\s+["'(\[]?[A-Z]|\s\[[a-z][^\[\]]{0,120}\]\s+["'(\[]?[A-Z])"#)
            .expect("capitals run-in name pattern")
    });
    let found = CAPITALS.captures(line)?;
    let structural =
        crate::structure::numbering::find_marker(line).is_some_and(|m| m.family.is_structural());
    let stop = usize::from(found.get(2).is_some());
    (!structural).then(|| (found.get(1).map_or("", |m| m.as_str()), stop))
}

/// The byte length of a name in italics run in at the head of `line`, its stop inside or
/// after the closing underscore ("_Sampson._ Gregory…", "_First Citizen_. Clubs…"): one to
/// three words, each opening in a capital; then the speech, after a space.
fn italic_run_in_name(line: &str) -> Option<usize> {
    static ITALIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^_(?:[A-Z][A-Za-z'’]{0,15} ){0,2}[A-Z][A-Za-z'’]{1,15}(?:\._|_\.)\s+\S")
            .expect("italic run-in name pattern")
    });
    let found = ITALIC.find(line)?;
    // The name ends at its last underscore or stop, before the space.
    let name = found
        .as_str()
        .trim_end_matches(|c: char| !c.is_whitespace());
    Some(name.trim_end().len())
}

/// Fewest speeches under names in italics run in at their heads that make a dialogue
/// with no act, scene or direction.
const ITALIC_DIALOGUE_MIN: usize = 8;

/// True if `lines` (with `kinds` as read so far) are a dialogue of speakers named in
/// italics at the head of each speech, as a prose dialogue sets them ("_Piscator_. You
/// are well overtaken", "_Viat_. Sir, …"), with no act, scene or direction: eight such
/// speeches or more, under two or more names that come back. A book's paragraph opens in
/// a word in italics now and then, not speech after speech under the same few names.
pub(super) fn is_italic_dialogue(lines: &[&str], kinds: &[Option<PlayLine>]) -> bool {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (line, kind) in lines.iter().zip(kinds) {
        if let Some(PlayLine::RunInSpeaker { name, .. }) = kind {
            if line.starts_with('_') {
                *counts.entry(name_key(&line[..*name])).or_default() += 1;
            }
        }
    }
    counts.values().sum::<usize>() >= ITALIC_DIALOGUE_MIN
        && counts.values().filter(|&&c| c >= 2).count() >= 2
}

/// The byte length of a name with a colon run in at the head of `line`, as scripts set
/// it ("HAMLET: To be, or not to be", "First Citizen: Before we proceed"): one to three
/// words, each opening in a capital, then the speech opening in a capital. A document's
/// labels ("Note: …", "Example: …") are no names.
fn colon_run_in_name(line: &str) -> Option<usize> {
    static COLON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^((?:[A-Z][A-Za-z'’]{0,15} ){0,2}[A-Z][A-Za-z'’]{1,15}):\s+["'(\[]?[A-Z]"#)
            .expect("colon run-in name pattern")
    });
    const LABELS: &[&str] = &[
        "Note",
        "Notes",
        "Warning",
        "Tip",
        "Important",
        "Caution",
        "Example",
        "Examples",
        "Usage",
        "Output",
        "Input",
        "Result",
        "Error",
        "Summary",
        "Update",
        "Edit",
        "Question",
        "Answer",
        "Source",
        "Sources",
        "Title",
        "Author",
        "Date",
        "Subject",
        "From",
        "To",
        "Re",
        "Cc",
        "See",
        "Step",
        "Chapter",
        "Part",
        "Section",
        "Volume",
        "Book",
        "Language",
        "Release",
        "Credits",
        "Translator",
        "Illustrator",
        "Contents",
        "Index",
        "Scene",
        "Act",
    ];
    let name = COLON.captures(line)?.get(1)?.as_str();
    let first = name.split(' ').next().unwrap_or(name);
    let label = LABELS.iter().any(|l| l.eq_ignore_ascii_case(first));
    (!label).then_some(name.len() + 1)
}

/// True if and only if `line` is a speaker's name with a colon, alone on its line, as a
/// script sets it over the speech ("First Citizen:", "All:", "MENENIUS:", "LADY
/// CAPULET:"): one to three words, each opening in a capital, no figures; a heading or a
/// line of prose ending in a colon ("Note:", "The steps are as follows:") is read by the
/// play reader only where such names recur.
pub(crate) fn is_colon_name_line(line: &str) -> bool {
    let Some(body) = line.strip_suffix(':') else {
        return false;
    };
    let words: Vec<&str> = body.split(' ').collect();
    (1..=3).contains(&words.len())
        && char_len(line) <= COLON_NAME_MAX
        && heading_level(body).is_none()
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        })
}

/// A minor part's name in mixed case: one to three words, each a capital and lower-case
/// letters ("Sailor", "First Officer"), nothing else; a verse line of one word keeps its
/// punctuation ("Farewell!").
pub(super) fn is_mixed_case_name(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    (1..=3).contains(&words.len())
        && char_len(line) <= NAME_MAX
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && w.chars().count() >= 2
                && chars.all(|c| c.is_ascii_lowercase())
        })
}

/// Fewest speeches under names in mixed case alone, and fewest such names that recur,
/// before they are read as a play's speakers.
const MIXED_SPEECHES_MIN: usize = 4;
const MIXED_RECURRING_MIN: usize = 2;

/// Marks the names in mixed case set alone over their speeches ("Duke", "Curio.",
/// "First Officer"), where at least two of them recur over four speeches or more: the
/// indices and name keys marked. A line like "Yes." alone now and then is no cast.
pub(super) fn mark_mixed_case_names(
    lines: &[&str],
    separated: &[bool],
    kinds: &mut [Option<PlayLine>],
) -> Vec<(usize, String)> {
    let bare = |l: &str| -> bool { is_mixed_case_name(l.strip_suffix('.').unwrap_or(l)) };
    let found: Vec<(usize, String)> = (0..lines.len().saturating_sub(1))
        .filter(|&i| {
            kinds[i].is_none()
                && bare(lines[i])
                && !separated[i + 1]
                && kinds[i + 1].is_none()
                && !bare(lines[i + 1])
        })
        .map(|i| (i, name_key(lines[i])))
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, name) in &found {
        *counts.entry(name).or_default() += 1;
    }
    let recurring = counts.values().filter(|&&c| c >= 2).count();
    if found.len() < MIXED_SPEECHES_MIN || recurring < MIXED_RECURRING_MIN {
        return Vec::new();
    }
    for (i, _) in &found {
        kinds[*i] = Some(PlayLine::Speaker);
    }
    found
}

/// Fewest speeches under names in capitals run in that make a play under an act's
/// heading.
pub(super) const CAPITALS_MIN_SPEECHES: usize = 3;

/// Where three in four names run in at the head of a line or more are in capitals, and
/// three or more are, drops those in mixed case from `kinds`: how many were dropped.
pub(super) fn drop_mixed_case_run_ins(lines: &[&str], kinds: &mut [Option<PlayLine>]) -> usize {
    let capitals = |i: usize| match kinds[i] {
        Some(PlayLine::RunInSpeaker { name, .. }) => {
            Some(!lines[i][..name].chars().any(char::is_lowercase))
        }
        _ => None,
    };
    let read: Vec<bool> = (0..lines.len()).filter_map(capitals).collect();
    let upper = read.iter().filter(|&&c| c).count();
    if upper < CAPITALS_MIN_SPEECHES || upper * 4 < read.len() * 3 || upper == read.len() {
        return 0;
    }
    let mixed: Vec<usize> = (0..lines.len())
        .filter(|&i| capitals(i) == Some(false))
        .collect();
    for &i in &mixed {
        kinds[i] = None;
    }
    mixed.len()
}

/// True if and only if every name run in at the head of a line is in capitals (and one is).
pub(super) fn run_in_capitals(lines: &[&str], kinds: &[Option<PlayLine>]) -> bool {
    let mut names = lines
        .iter()
        .zip(kinds)
        .filter_map(|(line, kind)| match kind {
            Some(PlayLine::RunInSpeaker { name, .. }) => Some(&line[..*name]),
            _ => None,
        });
    let capitals = |name: &str| !name.chars().any(char::is_lowercase);
    names.clone().next().is_some() && names.all(capitals)
}

/// Fewest speeches under names alone over a blank line that make a play's speakers, and
/// fewest such names that recur.
const OVER_BLANK_SPEECHES_MIN: usize = 4;
const OVER_BLANK_RECURRING_MIN: usize = 2;

/// Marks the names in capitals set alone with a blank line between each and its speech
/// (Ibsen in translation: "MISS TESMAN." / blank / "[Stops close to the door…] Upon my
/// word…"), where at least two of them recur over four speeches or more: the indices and
/// name keys marked. The play reader asks for them only in a play with acts whose names
/// are not set closer; a title or a cast's heading stands so once.
pub(super) fn mark_names_over_a_blank(
    lines: &[&str],
    separated: &[bool],
    kinds: &mut [Option<PlayLine>],
) -> Vec<(usize, String)> {
    let found: Vec<(usize, String)> = (0..lines.len().saturating_sub(1))
        .filter(|&i| {
            kinds[i].is_none()
                && is_name_line(lines[i])
                && separated[i + 1]
                && kinds[i + 1].is_none()
                && !is_name_line(lines[i + 1])
        })
        .map(|i| (i, name_key(lines[i])))
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (_, name) in &found {
        *counts.entry(name.clone()).or_default() += 1;
    }
    let recurring = counts.values().filter(|&&c| c >= 2).count();
    let speeches: usize = counts.values().filter(|&&c| c >= 2).sum();
    if speeches < OVER_BLANK_SPEECHES_MIN || recurring < OVER_BLANK_RECURRING_MIN {
        return Vec::new();
    }
    // Only the names that come back: a title over a blank stands once.
    let found: Vec<(usize, String)> = found
        .into_iter()
        .filter(|(_, name)| counts.get(name).is_some_and(|&c| c >= 2))
        .collect();
    for (i, _) in &found {
        kinds[*i] = Some(PlayLine::Speaker);
    }
    found
}
