//! Speakers' names in the layouts other than a name in capitals alone on a line: a name
//! run in at the head of the speech, as the First Folio ("Mur. Where is thy Leather
//! Apron?"), Wilde's plays ("ALGERNON.  Did you hear…") and annotated editions in italics
//! ("_Sampson._ Gregory, …", "_First Citizen_. Clubs…") set it, and a name in mixed case
//! with a colon alone over the speech ("First Citizen:", "All:"). The play reader asks each
//! line for one and reads the names only where they recur.

use super::{heading_level, is_direction};
use crate::structure::text::char_len;
use regex::Regex;
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
    const ADDRESS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Messrs", "Mme", "Mlle", "Jr", "Sr", "No", "Nos",
        "Gen", "Col", "Capt", "Lieut", "Sgt", "Rev", "Prof", "Hon", "Gov", "Sen", "Rep", "Co",
        "Vol", "Ch", "Fig", "Ibid", "Op", "Cf", "Viz", "Esq", "Bros", "Ltd", "Inc", "Ave",
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
    let name = RUN_IN
        .captures(line)?
        .get(1)?
        .as_str()
        .trim_end_matches('.');
    let last_word = name.rsplit(' ').next().unwrap_or(name);
    let address = ADDRESS.iter().any(|a| a.eq_ignore_ascii_case(last_word));
    // "II. THE FALLING STAR.": a chapter's numeral, not a name.
    let numeral = name.chars().all(|c| "IVXLC".contains(c));
    (!address && !numeral).then_some(name.len() + 1)
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
        "Note", "Notes", "Warning", "Tip", "Important", "Caution", "Example", "Examples",
        "Usage", "Output", "Input", "Result", "Error", "Summary", "Update", "Edit", "Question",
        "Answer", "Source", "Sources", "Title", "Author", "Date", "Subject", "From", "To",
        "Re", "Cc", "See", "Step", "Chapter", "Part", "Section", "Volume", "Book", "Language",
        "Release", "Credits", "Translator", "Illustrator", "Contents", "Index", "Scene", "Act",
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
