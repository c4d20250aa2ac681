//! Transcripts of remarks and conversations, as the White House and parliaments publish
//! them: each turn opens with its speaker's tag in capitals run in at the head of the
//! paragraph ("THE PRESIDENT:  Thank you.", "MS. ESTEFAN:  It's great…", "THE VICE
//! PRESIDENT:  (Laughs.)"), the audience's reactions in parentheses stay inside the turn,
//! and the place and the clock time of the remarks stand over the first turn.
//!
//! A tag is read only where the transcript shows itself: two or more speakers' tags, or one
//! tag naming an office ("PRESIDENT BIDEN:"), so that a README's "NOTE: …" or a line that
//! happens to open in capitals is left alone. The tag becomes a speaker label and the rest
//! of the paragraph the turn; a turn that is only a reaction ("(Laughs.)") is a stage
//! direction. Runs on the blocks of both readers, after them.

use crate::model::{Block, BlockKind, Inline};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Words that name an office: a tag holding one is a speaker's even when it stands alone.
const OFFICES: &[&str] = &[
    "PRESIDENT",
    "SPEAKER",
    "SECRETARY",
    "SENATOR",
    "GOVERNOR",
    "MODERATOR",
    "CHAIRMAN",
    "CHAIR",
    "AMBASSADOR",
    "MINISTER",
    "MAYOR",
    "JUSTICE",
];

/// Labels that open a paragraph the way a tag does but name no speaker (a document's
/// notes and callouts, a FAQ's question and answer).
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "NOTES",
    "WARNING",
    "TIP",
    "IMPORTANT",
    "CAUTION",
    "DANGER",
    "INFO",
    "HINT",
    "TODO",
    "FIXME",
    "EXAMPLE",
    "USAGE",
    "OUTPUT",
    "INPUT",
    "RESULT",
    "ERROR",
    "SUMMARY",
    "UPDATE",
    "EDIT",
    "Q",
    "A",
    "QUESTION",
    "ANSWER",
    "PS",
    "P.S",
    "NB",
    "N.B",
];

/// The speaker's tag opening `text` with its colon ("THE VICE PRESIDENT:"), if any, and
/// where the turn after it starts (past the spaces).
fn tag_of(text: &str) -> Option<(&str, usize)> {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:[A-Z][A-Z'’.\-]*[ \t]+){0,4}[A-Z][A-Z'’.\-]*):[ \t\u{a0}]+\S")
            .expect("transcript tag pattern")
    });
    let caps = TAG.captures(text)?;
    let name = caps.get(1)?.as_str();
    let bare = name.trim_end_matches('.');
    if NOT_SPEAKERS.contains(&bare) || bare.chars().filter(char::is_ascii_uppercase).count() < 2 {
        return None;
    }
    let tag = &text[..name.len() + 1];
    let rest = text[tag.len()..].len() - text[tag.len()..].trim_start().len();
    Some((tag, tag.len() + rest))
}

fn names_office(tag: &str) -> bool {
    tag.split(|c: char| !c.is_ascii_uppercase())
        .any(|w| OFFICES.contains(&w))
}

fn is_plain_paragraph(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Paragraph { label: None })
        && block.quote_depth == 0
        && !block.in_toc
}

/// Reads the turns of a transcript in `blocks` (see the module doc); other documents are
/// left as they are.
pub(crate) fn read_turns(blocks: &mut Vec<Block>) {
    split_turns_after_line_breaks(blocks);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for block in blocks.iter().filter(|b| is_plain_paragraph(b)) {
        if let Some((tag, _)) = tag_of(&block.plain_text()) {
            *counts.entry(tag.to_string()).or_default() += 1;
        }
    }
    let speakers: HashSet<&String> = if counts.len() >= 2 {
        counts.keys().collect()
    } else {
        counts.keys().filter(|t| names_office(t)).collect()
    };
    if speakers.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(blocks.len() + counts.len());
    let mut first_turn = None;
    for block in blocks.drain(..) {
        let text = block.plain_text();
        let found = tag_of(&text).filter(|(t, _)| speakers.contains(&t.to_string()));
        match found.filter(|_| is_plain_paragraph(&block)) {
            Some((tag, start)) => match split_content(&block.content, start) {
                Some((_, turn)) => {
                    first_turn.get_or_insert(out.len());
                    out.push(Block::text(BlockKind::SpeakerLabel, tag));
                    let kind = match is_reaction(text[start..].trim()) {
                        true => BlockKind::StageDirection,
                        false => BlockKind::Paragraph { label: None },
                    };
                    out.push(Block {
                        kind,
                        content: turn,
                        ..block
                    });
                }
                None => out.push(block),
            },
            None => out.push(block),
        }
    }
    *blocks = out;
    if let Some(first) = first_turn {
        read_place_and_time(&mut blocks[..first]);
    }
}

/// True if and only if `text` is only an audience's or a speaker's reaction in
/// parentheses: "(Laughs.)", "(Applause.)", "(Laughter and applause.)".
fn is_reaction(text: &str) -> bool {
    text.starts_with('(')
        && text.ends_with(')')
        && text.matches('(').count() == 1
        && text.chars().count() <= 40
}

/// The clock time over a transcript ("2:52 P.M. EDT") and the place set right above it
/// ("House of Commons of Canada / Ottawa, Canada") are its datelines.
fn read_place_and_time(head: &mut [Block]) {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[0-9]{1,2}:[0-9]{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?$")
            .expect("clock time pattern")
    });
    let Some(time) = head
        .iter()
        .rposition(|b| is_plain_paragraph(b) && TIME.is_match(b.plain_text().trim()))
    else {
        return;
    };
    head[time].kind = BlockKind::Dateline;
    if let Some(place) = time.checked_sub(1).map(|p| &mut head[p]) {
        let text = place.plain_text();
        let short = text.chars().count() <= 80 && text.lines().count() <= 3;
        if is_plain_paragraph(place) && short && !text.trim_end().ends_with(['.', '!', '?']) {
            place.kind = BlockKind::Dateline;
        }
    }
}

/// Splits a paragraph whose later line (after a hard line break) opens a turn: the lines
/// before it stay one paragraph, each turn starts its own; lines holding only spaces go.
fn split_turns_after_line_breaks(blocks: &mut Vec<Block>) {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        if !is_plain_paragraph(&block) || !block.content.contains(&Inline::LineBreak) {
            out.push(block);
            continue;
        }
        let lines: Vec<&[Inline]> = block.content.split(|i| *i == Inline::LineBreak).collect();
        let opens_turn = |line: &[Inline]| {
            let mut text = String::new();
            crate::model::push_plain(line, &mut text);
            tag_of(text.trim_start()).is_some()
        };
        if !lines.iter().skip(1).any(|l| opens_turn(l)) {
            out.push(block);
            continue;
        }
        let mut current: Vec<Inline> = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            let mut text = String::new();
            crate::model::push_plain(line, &mut text);
            if text.trim().is_empty() {
                continue;
            }
            if n > 0 && opens_turn(line) && !current.is_empty() {
                out.push(Block {
                    content: std::mem::take(&mut current),
                    ..block.clone()
                });
            } else if !current.is_empty() {
                current.push(Inline::LineBreak);
            }
            current.extend(trim_leading_space(line));
        }
        if !current.is_empty() {
            out.push(Block {
                content: current,
                ..block
            });
        }
    }
    *blocks = out;
}

/// `line` without the spaces that open it (a Markdown hard break leaves none, a line of
/// no-break spaces may).
fn trim_leading_space(line: &[Inline]) -> Vec<Inline> {
    let mut out = line.to_vec();
    if let Some(Inline::Text(t)) = out.first_mut() {
        *t = t.trim_start().to_string();
    }
    out
}

/// The inlines of `content` split at plain-text byte offset `at`: what comes before and
/// what comes after, or None where `at` falls inside markup other than text.
fn split_content(content: &[Inline], at: usize) -> Option<(Vec<Inline>, Vec<Inline>)> {
    let mut before = Vec::new();
    let mut seen = 0;
    for (n, inline) in content.iter().enumerate() {
        let mut text = String::new();
        crate::model::push_plain(std::slice::from_ref(inline), &mut text);
        let end = seen + text.len();
        if end <= at {
            before.push(inline.clone());
            seen = end;
            if end == at {
                return Some((before, content[n + 1..].to_vec()));
            }
            continue;
        }
        let Inline::Text(t) = inline else {
            return None;
        };
        let cut = at - seen;
        before.push(Inline::Text(t[..cut].to_string()));
        let mut after = vec![Inline::Text(t[cut..].to_string())];
        after.extend_from_slice(&content[n + 1..]);
        return Some((before, after));
    }
    None
}

#[cfg(test)]
#[path = "transcript_tests.rs"]
mod tests;
