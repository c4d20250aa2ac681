//! A speaker's name run in at the head of the speech, as the First Folio ("Mur. Where is
//! thy Leather Apron?") and Wilde's plays ("ALGERNON.  Did you hear…") set it: the play
//! reader asks each line for one and reads the names only where they recur.

use super::{heading_level, is_direction};
use regex::Regex;
use std::sync::LazyLock;

/// The byte length of a speaker's name run in at the head of `line` with its full stop
/// ("Flauius. Hence: home…", "Mur. Where is…", "Lord Ham. Go on", "MRS. ERLYNNE.  Lady…"):
/// one or two words, each opening in a capital (after a form of address), then a stop and
/// a speech opening in a capital. A form of address alone ("Mr. Smith"), headings and
/// directions are no names.
pub(crate) fn run_in_name(line: &str) -> Option<usize> {
    static RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^((?:(?:MRS|MR|DR|ST|Mrs|Mr|Dr|St)\. )?(?:[A-Z][A-Za-z]{0,15} )?[A-Z][A-Za-z]{1,15}\.)\s+["'(\[]?[A-Z]"#)
            .expect("run-in name pattern")
    });
    const ADDRESS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Messrs", "Mme", "Mlle", "Jr", "Sr", "No", "Nos",
        "Gen", "Col", "Capt", "Lieut", "Sgt", "Rev", "Prof", "Hon", "Gov", "Sen", "Rep", "Co",
        "Vol", "Ch", "Fig", "Ibid", "Op", "Cf", "Viz", "Esq", "Bros", "Ltd", "Inc", "Ave",
    ];
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
    (!address).then_some(name.len() + 1)
}
