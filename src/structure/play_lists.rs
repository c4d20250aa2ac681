//! The lists a play opens with: its contents (the acts and scenes listed under
//! "Contents"), and its front as the editions of Wilde, Ibsen and Shakespeare set it: the
//! persons under "Dramatis Personae" ("THE PERSONS OF THE PLAY", "CHARACTERS."), the scenes
//! under "THE SCENES OF THE PLAY" ("ACT I.  Morning-room…", an entry, not an act), the
//! time and place ("TIME: The Present"), and the first performance (the theatre in
//! capitals, its manager and date, then the cast "Lord Windermere, Mr. George Alexander.")
//! — lines of the play's front, not its speeches.

use super::{heading_level, is_name_line, PlayLine, CAST_MAX};
use crate::structure::scene_break::is_scene_break;
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
    Regex::new(r"^(?:(?i:dramatis\s+person|persons\s+represented|characters\s+in\s+the\s+play|(?:the\s+)?persons\s+(?:of|in)\s+the\s+play)|(?:CHARACTERS|Characters)\.?(?:$|\s{2,}[A-Z][A-Za-z ]{2,30}$))")
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

/// True if and only if `line` titles the list of each act's setting ("THE SCENES OF THE
/// PLAY").
pub(super) fn is_scenes_title(line: &str) -> bool {
    static SCENES_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:(?:the\s+)?scenes\s+(?:of|in)\s+the\s+play)\.?$")
            .expect("scenes title pattern")
    });
    SCENES_TITLE.is_match(line.trim())
}

/// True if and only if `line` says when or where the play happens: "TIME: The Present",
/// "PLACE: London.", "SCENE: Verona", or a sentence saying where or when the action takes
/// place ("The action of the play takes place within twenty-four hours", "The scene of
/// the action is Tesman's villa").
fn is_time_or_place(line: &str) -> bool {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:TIME|PLACE|SCENE|Time|Place|Scene):(?:\s|$)|The (?:action|scene)\b)")
            .expect("time and place pattern")
    });
    LABELLED.is_match(line)
}

/// True if and only if `line` titles a prologue or an epilogue in capitals, with the
/// poet who wrote it or the actor who speaks it ("PROLOGUE WRITTEN BY MR. GARRICK",
/// "EPILOGUE. SPOKEN BY MRS. ABINGTON"), as the comedies of the eighteenth century print
/// them after the persons: the end of the list, not an entry in it.
fn is_prologue_title(line: &str) -> bool {
    static PROLOGUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:PROLOGUE|EPILOGUE)\b[^a-z]{0,60}$").expect("prologue title pattern")
    });
    PROLOGUE.is_match(line)
}

/// True if and only if `line` names the theatre of the first performance, in capitals
/// ("LONDON:  ST. JAMES'S THEATRE", "HAYMARKET THEATRE").
fn is_theatre_line(line: &str) -> bool {
    char_len(line) <= THEATRE_MAX
        && !line.chars().any(char::is_lowercase)
        && line
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "THEATRE" | "THEATER"))
}

/// Longest line naming a theatre, in characters.
const THEATRE_MAX: usize = 60;

/// True if and only if `line` ends in a year, as the date of a first performance does
/// ("February 22nd, 1892.", "April 19th, 1893").
fn ends_in_year(line: &str) -> bool {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b1[5-9][0-9]{2}\.?$").expect("year pattern"));
    YEAR.is_match(line)
}

/// The part of a play's front being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// The persons under their title.
    Persons,
    /// The scenes of the play, an act's setting a line.
    Scenes,
    /// The first performance under its theatre: manager and date (paragraphs), then
    /// the cast (`dated` once the date has been read).
    Performance { dated: bool },
}

/// Marks the play's front, from its first persons or scenes title (see the module doc):
/// each title a heading, each person, scene or member of the cast a list entry, the time
/// and place directions, the theatre a heading and its manager and date paragraphs. The
/// front ends at the first line that neither goes on with the part being read nor opens
/// another (a footnote or a rule between parts is left as it is).
pub(super) fn mark_front(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    let opens = |l: &str| is_cast_title(l) || is_scenes_title(l);
    let Some(start) = (0..lines.len()).find(|&i| opens(lines[i])) else {
        return;
    };
    let mut part = None;
    for i in start..lines.len() {
        let line = lines[i];
        if is_cast_title(line) {
            // The cast's own title line is a heading (one closing the play's title is
            // read with it).
            let free = matches!(kinds[i], None | Some(PlayLine::Speaker));
            if free && CAST_TITLE.is_match(line.trim()) {
                kinds[i] = Some(PlayLine::Heading(1));
            }
            part = Some(Part::Persons);
            continue;
        }
        let (kind, opened) = if is_scenes_title(line) {
            (Some(PlayLine::Heading(1)), Some(Part::Scenes))
        } else if is_time_or_place(line) {
            (Some(PlayLine::Direction), None)
        } else if is_prologue_title(line) {
            (Some(PlayLine::Heading(1)), None)
        } else if is_theatre_line(line) {
            (
                Some(PlayLine::Heading(1)),
                Some(Part::Performance { dated: false }),
            )
        } else {
            (None, part)
        };
        if kind.is_some() {
            kinds[i] = kind;
            part = opened;
            continue;
        }
        let entry = match part {
            Some(Part::Persons) => is_person(line, kinds[i]).then_some(PlayLine::Cast),
            Some(Part::Scenes) => heading_level(line).is_some().then_some(PlayLine::Cast),
            Some(Part::Performance { dated }) if is_listed(line, kinds[i]) => {
                part = Some(Part::Performance {
                    dated: dated || ends_in_year(line),
                });
                Some(if dated {
                    PlayLine::Cast
                } else {
                    PlayLine::Prose
                })
            }
            _ => None,
        };
        if let Some(entry) = entry {
            kinds[i] = Some(entry);
            continue;
        }
        if !matches!(part, Some(Part::Performance { .. })) {
            part = None;
        }
        // A footnote to the list, or a rule between its parts, is no end of it.
        if !(is_scene_break(line) || is_footnote(line)) {
            break;
        }
    }
}

/// True if and only if `line` (read as `kind` so far) can be a person in the list: no
/// long line, no line in italics (the play's setting, its title repeated), no scene, no
/// play line but a name, no footnote.
fn is_person(line: &str, kind: Option<PlayLine>) -> bool {
    let run_in = matches!(kind, Some(PlayLine::RunInSpeaker { .. }));
    let listed = is_listed(line, kind) || is_described_person(line, kind);
    listed && !run_in && !line.to_ascii_uppercase().starts_with("SCENE")
}

/// Longest person's entry wrapped over lines and rejoined, in characters.
const PERSON_MAX: usize = 240;

/// True if and only if `line` (read as `kind` so far) is a person described at length, an
/// entry the source wrapped over two lines or more ("Peter Stockmann (the Doctor's elder
/// brother), Mayor of the Town and Chief Constable, Chairman of the Baths' Committee,
/// etc.", "Men of various conditions and occupations, some few women, and a troop of
/// schoolboys--the audience at a meeting."): one sentence opening in a capital, its
/// description set off by a comma or in parentheses (a form of address's stop is no
/// sentence's end).
fn is_described_person(line: &str, kind: Option<PlayLine>) -> bool {
    static SENTENCE_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^A-Za-z])(?:[A-Za-z]{4,}|[a-z]{1,3})[.?!] ")
            .expect("sentence end pattern")
    });
    let free = matches!(kind, None | Some(PlayLine::Speaker));
    free && char_len(line) <= PERSON_MAX
        && line.starts_with(|c: char| c.is_uppercase())
        && (line.contains(", ") || line.contains(" ("))
        && !SENTENCE_END.is_match(line)
}

/// True if and only if `line` (read as `kind` so far) can be an entry in one of the
/// front's lists (a member of the cast may read as a name run in, "Lane: Mr. F. Kinsey
/// Peile.").
fn is_listed(line: &str, kind: Option<PlayLine>) -> bool {
    // A name in the list ("CHORUS.") is no speaker yet.
    let free = matches!(
        kind,
        None | Some(PlayLine::Speaker | PlayLine::RunInSpeaker { .. })
    );
    free && char_len(line) <= CAST_MAX
        && !line.trim_start_matches(['"', '“']).starts_with('_')
        && !is_footnote(line)
        && !is_scene_break(line)
}

/// True if and only if `line` is a footnote under a list, led by its asterisks
/// ("*Tesman, whose Christian name…", "**In the original").
fn is_footnote(line: &str) -> bool {
    let rest = line.trim_start_matches('*');
    rest.len() < line.len() && rest.starts_with(|c: char| c.is_alphabetic())
}

/// Marks the play's title standing alone over its front or its first act, after the
/// matter before it (an introduction and its sign-off, a preface and its date): the
/// short line right over the first heading, with no speaker before it; a line naming the
/// play's kind under the title ("PLAY IN FOUR ACTS.") is its subtitle. (Blank lines do
/// not tell: a text whose every line stands apart reads none as a separation.)
pub(super) fn mark_title(lines: &[&str], kinds: &mut [Option<PlayLine>]) {
    let Some(first) = kinds
        .iter()
        .position(|k| matches!(k, Some(PlayLine::Heading(_))))
    else {
        return;
    };
    // A line naming the play's kind is no speaker, whatever its capitals made of it.
    let speaks = kinds[..first].iter().zip(lines).any(|(k, l)| {
        matches!(k, Some(PlayLine::Speaker | PlayLine::RunInSpeaker { .. })) && !is_kind_line(l)
    });
    if speaks || first == 0 {
        return;
    }
    let mut above = first - 1;
    // The year of the play under its kind line ("(1881)", "1912").
    let kind_over_year = above > 1 && is_year_line(lines[above]) && is_kind_line(lines[above - 1]);
    if kind_over_year {
        kinds[above] = Some(PlayLine::Subtitle);
        above -= 1;
    }
    let free = |k: &Option<PlayLine>| {
        k.is_none() || kind_over_year && matches!(k, Some(PlayLine::Speaker | PlayLine::Direction))
    };
    if free(&kinds[above]) && is_kind_line(lines[above]) && above > 0 {
        kinds[above] = Some(PlayLine::Subtitle);
        above -= 1;
    }
    if kinds[above].is_none() && is_title_line(lines[above]) {
        kinds[above] = Some(PlayLine::Title);
    }
}

/// True if and only if `line` names a play's kind and its acts ("PLAY IN FOUR ACTS.", "A
/// Comedy in Three Acts").
fn is_kind_line(line: &str) -> bool {
    static KIND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:(?:an?\s+)?(?:[a-z]+[\s-]+)?(?:play|comedy|drama|tragedy|farce)\s+in\s+(?:one|two|three|four|five|[1-5])\s+acts?)\.?$")
            .expect("play kind pattern")
    });
    KIND.is_match(line)
}

/// True if and only if `line` is a year alone, bare or in brackets ("1912", "(1881)").
fn is_year_line(line: &str) -> bool {
    let year = line
        .trim_end_matches('.')
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    year.len() == 4 && year.starts_with('1') && year.chars().all(|c| c.is_ascii_digit())
}

/// Longest title line over a play, in characters.
const TITLE_MAX: usize = 60;

/// True if and only if `line` can be a play's title: short, opening in a capital, three
/// letters or more, and either unstopped ("A Woman of No Importance") or in capitals with
/// a full stop ("HEDDA GABLER."), not a sentence ("Thank you.") or a date.
fn is_title_line(line: &str) -> bool {
    let unstopped = line.ends_with(|c: char| c.is_alphanumeric());
    let capitals_stopped = line.ends_with('.')
        && !line.chars().any(char::is_lowercase)
        && !line.trim_end_matches('.').contains(". ");
    char_len(line) <= TITLE_MAX
        && line.starts_with(|c: char| c.is_uppercase())
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && (unstopped || capitals_stopped)
        && !crate::structure::text::is_date(line)
}
