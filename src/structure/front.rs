//! The head of a document, or of one article in a collection: what comes before the
//! body, read the way a clerk reads it.
//!
//! In order, each part optional: a database's record lines ("【法宝引证码】……"); leading bracketed notes ("[Illustration]"); the
//! official head (份号, 密级, 紧急程度, the issuing organ's mark, the document number
//! with 签发人); a news dateline; the title block — up to three title lines, then up to
//! six lines of subtitle ("——在……上的讲话", a date line "（2025年1月8日）"), speaker
//! ("市长　***", a bare name under a subtitle) or photo caption, in any order real heads
//! use; a title, occasion and speaker run into one line are split; then the salutation
//! (同志们：, 主送机关), split off its paragraph when the speech runs on after it.

use super::numbering::prefixed_chapter;
use super::recover::{join_onto, ARTIFACT_MARK};
use super::shapes::{
    ends_with_document_kind, is_caption, is_classical_source, is_credited_byline, is_dash_line,
    is_dateline, is_decree_mark, is_document_number, is_effective_date_note, is_name,
    is_organ_name, is_speaker, is_title_line, is_transcribers_note_label, lists_organs,
    starts_or_ends_like_a_title,
};
use super::text::{char_len, date_prefix_len, has_sentence_end, is_bracketed};
use super::web_page::web_lines;
use crate::model::BlockKind;
use std::borrow::Cow;

/// Most title lines (a long title may be split over two or three lines).
const TITLE_MAX_LINES: usize = 3;
/// Most lines of subtitle, date, speaker and caption under a title.
const UNDER_TITLE_MAX_LINES: usize = 6;
/// Most lines a parenthesised note under a title may run over.
const NOTE_MAX_LINES: usize = 3;
/// Fewest characters on the first line of a note wrapped over several lines.
const NOTE_WRAPPED_MIN_CHARS: usize = 8;
/// Most lines of an issuing organ's mark (a joint document names several organs).
const MASTHEAD_MAX_LINES: usize = 3;
/// Most lines of 份号, 密级 and 紧急程度 above the mark.
const FURNITURE_MAX_LINES: usize = 4;

/// Blocks found in the head: a kind and its text (a line, a part of one, or lines
/// joined).
pub(crate) type Found<'a> = Vec<(BlockKind, Cow<'a, str>)>;

/// The blocks found before the body, and the index of the first body line.
#[derive(Debug, Default)]
pub(crate) struct Front<'a> {
    /// Head, title block and salutation (and leading paragraphs such as "[Illustration]").
    pub(crate) blocks: Found<'a>,
    /// The first line of the body.
    pub(crate) next: usize,
}

/// Finds the head, title block and salutation at the start of `lines`.
///
/// `separated[i]` is true when a blank line comes before line `i`: a title's later lines
/// follow it directly.
pub(crate) fn front_matter<'a>(lines: &[&'a str], separated: &[bool]) -> Front<'a> {
    let mut front = Front::default();
    let mut i = 0;
    // A piece of old prose named in black brackets over the classic it comes from
    // ("【蹇叔哭师】" / "（僖公三十二年《左传》）"): the brackets mark its title, no record key.
    let bracketed_name = |l: &&str| l.starts_with('【') && l.ends_with('】') && char_len(l) <= 30;
    if lines.first().is_some_and(bracketed_name) {
        if let Some(source) = lines.get(1).filter(|l| is_classical_source(l)) {
            front.blocks.push((BlockKind::Title, lines[0].into()));
            front.blocks.push((BlockKind::Subtitle, (*source).into()));
            front.next = 2;
            return front;
        }
    }
    // A database's or web page's record about the document, and the page's furniture,
    // come before all of it.
    i = web_head(lines, separated, i, &mut front.blocks);
    // A corpus's catalogue line naming the work stands for its title page: the body
    // (a part's heading, a poem's first title) follows it.
    if i == 0 && lines.first().is_some_and(|l| is_catalogue_title(l)) {
        front.blocks.push((BlockKind::Title, lines[0].into()));
        front.next = 1;
        return front;
    }
    // A transcriber's note opening the text: its label and its paragraphs, then the head.
    if lines.get(i).is_some_and(|l| is_transcribers_note_label(l)) {
        front.blocks.push((BlockKind::Note, lines[i].into()));
        i += 1;
        while i < lines.len() && front.blocks.len() <= NOTE_MAX_LINES && is_note_prose(lines[i]) {
            front.blocks.push((BlockKind::Note, lines[i].into()));
            i += 1;
        }
    }
    // Leading illustration marks and the like stay paragraphs before the title; a
    // speech's delivery note is part of its head.
    while i < lines.len().min(TITLE_MAX_LINES) && is_bracketed(lines[i]) {
        let kind = match super::speech::is_delivery_note(lines[i]) {
            true => BlockKind::Subtitle,
            false => BlockKind::Paragraph { label: None },
        };
        front.blocks.push((kind, lines[i].into()));
        i += 1;
    }
    // A page may set the decree's title over its head ("……办法" / "……人民政府令").
    let titled_decree = lines.get(i).is_some_and(|l| is_title_line(l))
        && lines.get(i + 1).is_some_and(|l| is_decree_mark(l));
    if titled_decree {
        front.blocks.push((BlockKind::Title, lines[i].into()));
        i += 1;
    }
    // A publisher's series line over a cover is its furniture (`cover`).
    if super::cover::is_series_line(lines, separated, i) {
        front.blocks.push((BlockKind::Artifact, lines[i].into()));
        i += 1;
    }
    i = official_head(lines, i, &mut front.blocks);
    if let Some(line) = lines.get(i).filter(|l| is_dateline(l)) {
        front.blocks.push((BlockKind::Dateline, (*line).into()));
        i += 1;
    }
    i = title_block(lines, separated, i, &mut front.blocks);
    i = salutation(lines, i, &mut front.blocks);
    front.next = i;
    if i == 0 {
        // Nothing heads the file: the head may stand under lines no rule knows.
        if let Some(late) = late::late_head(lines, separated) {
            return late;
        }
    }
    front
}

/// A web page's furniture and record before the document (`web_page`), and a page title
/// set among them ("2026年……政府工作报告" between the breadcrumb and "发表时间："): a
/// title block counts as the page's only where more of the page follows it.
fn web_head<'a>(lines: &[&'a str], separated: &[bool], start: usize, out: &mut Found<'a>) -> usize {
    let mut i = start;
    loop {
        // Furniture of the page among its record (an empty row) stays furniture.
        if let Some(furniture) = lines.get(i).and_then(|l| l.strip_prefix(ARTIFACT_MARK)) {
            out.push((BlockKind::Artifact, furniture.into()));
            i += 1;
            continue;
        }
        if let Some((kind, n)) = web_lines(lines, i) {
            out.extend(lines[i..i + n].iter().map(|l| (kind.clone(), (*l).into())));
            i += n;
            continue;
        }
        if let Some(n) = super::web_page::top_bar_len(lines, i) {
            out.extend(
                lines[i..i + n]
                    .iter()
                    .map(|l| (BlockKind::Artifact, (*l).into())),
            );
            i += n;
            continue;
        }
        if lines
            .get(i)
            .is_some_and(|l| super::web_page::is_page_title(l))
        {
            out.push((BlockKind::Title, lines[i].into()));
            i += 1;
            continue;
        }
        let mut titled = Found::new();
        let after = title_block(lines, separated, i, &mut titled);
        let of_the_page = |k: &BlockKind| matches!(k, BlockKind::FrontMatter | BlockKind::Artifact);
        let page_follows =
            web_lines(lines, after).is_some() || titled.iter().any(|(k, _)| of_the_page(k));
        if after == i || !page_follows {
            return i;
        }
        out.extend(titled);
        i = after;
    }
}

/// A paragraph of a transcriber's note: prose, a sentence or more, longer than a title.
fn is_note_prose(line: &str) -> bool {
    char_len(line) > 80 && (has_sentence_end(line) || line.contains(". "))
}

/// A catalogue line naming a work, its author and its year, all in square brackets
/// ("[Paradise Lost by John Milton 1667]"), as text corpora open each book.
pub(crate) fn is_catalogue_title(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else {
        return false;
    };
    let Some((work, rest)) = inner.trim().split_once(" by ") else {
        return false;
    };
    let year = rest.rsplit(' ').next().unwrap_or("");
    !work.trim().is_empty()
        && year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && char_len(line) <= 120
}

/// The title lines, then what stands under them: subtitles, date lines, speakers,
/// captions, and the document number where no head gave it. A line holding title, occasion and speaker together is split.
/// An essay's title that ends in a colon over its byline ("CRITICAL REMARKS on …:" /
/// "BY THE COUNT …"): a title, not a salutation, since no address is signed "By".
fn over_a_byline(lines: &[&str], i: usize) -> bool {
    let line = lines[i];
    line.ends_with(':')
        && char_len(line) <= 80
        && line.starts_with(|c: char| c.is_ascii_uppercase())
        && lines.get(i + 1).is_some_and(|next| {
            let lower = next.to_lowercase();
            lower.starts_with("by ") && is_speaker(next)
        })
}

/// A title in capitals closed by a full stop, as old title pages print it, over the line
/// saying what the work is ("HEDDA GABLER." / "PLAY IN FOUR ACTS.").
fn over_a_description(lines: &[&str], i: usize) -> bool {
    let line = lines[i];
    line.strip_suffix('.').is_some_and(|title| {
        super::plain::is_all_caps(title)
            && !title.contains(['.', ',', ';', ':'])
            && lines
                .get(i + 1)
                .is_some_and(|next| super::title_page::is_work_description(next))
    })
}

fn title_block<'a>(
    lines: &[&'a str],
    separated: &[bool],
    start: usize,
    out: &mut Found<'a>,
) -> usize {
    let mut i = start;
    if let Some(parts) = lines.get(i).and_then(|l| run_together_head(l)) {
        out.extend(parts.into_iter().map(|(k, t)| (k, t.into())));
        i += 1;
    } else {
        // The issuing organ on a line of its own over "关于……" heads the title
        // (发文机关 + 事由 + 文种): the subject may still take three lines under it.
        let most = match lines.get(start..start + 2) {
            Some([organ, about]) if is_organ_name(organ) && about.starts_with("关于") => {
                TITLE_MAX_LINES + 1
            }
            _ => TITLE_MAX_LINES,
        };
        while i < lines.len()
            && i - start < most
            && (is_title_line(lines[i])
                || i == start
                    && (over_a_byline(lines, i)
                        || is_stopped_document_title(lines[i])
                        || over_a_description(lines, i)))
            && !is_document_number(lines[i])
            // A web page's record under the title ("来源：北京日报") is no line of it.
            && web_lines(lines, i).is_none()
            && prefixed_chapter(lines[i]).is_none()
            // A bare numeral under the title ("一") numbers the text's first section.
            && !(i > start && super::numbering::cn_value(lines[i].trim()).is_some())
            && !(i > start && (is_speaker(lines[i]) || is_name(lines[i]) || is_credited_byline(lines[i])))
            // A title ends with its kind of document ("……的通知"): the addressees
            // after it, their colon lost, are no line of it.
            && !(i > start
                && ends_with_document_kind(lines[i - 1])
                && (lists_organs(lines[i]) || is_issuer(lines, i)))
            && (i == start
                || (!separated.get(i).copied().unwrap_or(true)
                    || starts_or_ends_like_a_title(lines[i]))
                    && under_title_len(lines, i) == 0)
        {
            out.push((BlockKind::Title, lines[i].into()));
            i += 1;
        }
    }
    if i == start {
        return start;
    }
    let mut taken = 0;
    let mut after_subtitle = false;
    while taken < UNDER_TITLE_MAX_LINES {
        let line = lines.get(i).copied().unwrap_or("");
        // Page furniture among the head's lines stays furniture (a running line under
        // the title is no subtitle).
        if let Some(furniture) = line.strip_prefix(ARTIFACT_MARK) {
            out.push((BlockKind::Artifact, furniture.into()));
            i += 1;
            continue;
        }
        // A web page may set its record and furniture among the head's lines.
        if let Some((kind, n)) = web_lines(lines, i) {
            out.extend(lines[i..i + n].iter().map(|l| (kind.clone(), (*l).into())));
            i += n;
            continue;
        }
        // Published replies and interpretations give their number under the title and
        // its adoption note ("高检发释字〔1997〕5号"), not above it; web pages in brackets.
        let unnumbered = !out.iter().any(|(k, _)| *k == BlockKind::DocumentNumber);
        let numbered = is_document_number(line) && unnumbered;
        let dated = unnumbered && dates_the_number(lines, i);
        let len = match under_title_len(lines, i) {
            _ if numbered || dated => 1,
            0 => super::title_page::lines_over_byline(lines, separated, i),
            len => len,
        };
        let kind = if numbered {
            BlockKind::DocumentNumber
        } else if dated {
            BlockKind::Date
        } else if len > 0 {
            BlockKind::Subtitle
        } else if is_dateline(line) {
            // Before the speaker: a dateline's reporter credit ends in names.
            BlockKind::Dateline
        } else if is_speaker(line)
            || (after_subtitle || taken == 0) && (is_name(line) || is_credited_byline(line))
            || taken == 0 && is_issuer(lines, i) && titled_as_a_document(out)
        {
            // A name, or the organ that issues a report or communiqué under its title
            // ("宜春市统计局　国家统计局宜春调查队").
            BlockKind::Speaker
        } else if is_caption(line) {
            BlockKind::Caption
        } else if super::title_page::is_work_description(line) {
            // What the work is, under its title or its author ("PLAY IN FOUR ACTS.").
            BlockKind::Subtitle
        } else {
            break;
        };
        let len = len.max(1);
        let wrapped = (i + 1..i + len).all(|k| !separated.get(k).copied().unwrap_or(false));
        if len > 1 && wrapped {
            // A note wrapped over lines with no blank between is one note, except where a
            // line opens an entry of its own (a constitution's "根据1988年……修正案" under
            // its adoption): each entry is a line of the note's block.
            let mut note = String::new();
            for line in &lines[i..i + len] {
                if !note.is_empty() && opens_a_note_entry(line) {
                    out.push((kind.clone(), std::mem::take(&mut note).into()));
                }
                join_onto(&mut note, line);
            }
            out.push((kind.clone(), note.into()));
        } else if let Some((occasion, speaker)) =
            occasion_and_speaker(line).filter(|_| len == 1 && kind == BlockKind::Subtitle)
        {
            out.push((BlockKind::Subtitle, occasion.into()));
            out.push((BlockKind::Speaker, speaker.into()));
        } else {
            for line in &lines[i..i + len] {
                out.push((kind.clone(), (*line).into()));
            }
        }
        after_subtitle = kind == BlockKind::Subtitle;
        i += len;
        taken += len;
        // A news page's headline over the dateline, then the document's own head as the
        // agency sent it ("……政府工作报告" / "新华社北京……电" / "政府工作报告" / "——……").
        if kind == BlockKind::Dateline {
            let mut own = Found::new();
            let after = title_block(lines, separated, i, &mut own);
            if after > i {
                out.extend(own);
                return after;
            }
        }
    }
    i
}

/// A document's title a drafter closed with a full stop by mistake ("示例市卫生健康委员会
/// 关于申请……的报告。"): the organ (if named) and "关于", and the kind of document right
/// before the stop.
fn is_stopped_document_title(line: &str) -> bool {
    line.strip_suffix('。').is_some_and(|title| {
        // The issuing organ, if any, names itself before "关于".
        let issuer = title.split_once("关于").map(|(issuer, _)| issuer);
        issuer.is_some_and(|o| o.is_empty() || is_organ_name(o))
            && ends_with_document_kind(title)
            && !has_sentence_end(title)
            && !title.contains(['，', ','])
            && char_len(title) <= 60
    })
}

/// A title, occasion and speaker written on one line ("政府工作报告——2024年12月20日在
/// *县第十八届人民代表大会第三次会议上县长 ***"), split into their parts.
fn run_together_head(line: &str) -> Option<Vec<(BlockKind, &str)>> {
    // "——" (two em dashes), or "――" (two horizontal bars, as GBK texts often write it).
    let dash = ["——", "――"]
        .iter()
        .filter_map(|d| line.find(d))
        .min()
        .filter(|&at| at > 0)?;
    let (title, rest) = (line[..dash].trim_end(), &line[dash..]);
    if !is_title_line(title) || has_sentence_end(rest) || char_len(line) > 120 {
        return None;
    }
    let mut parts = vec![(BlockKind::Title, title)];
    // The occasion ends at its last "上" (或 "上的讲话"…); a speaker may follow.
    let occasion_end = ["上的讲话", "上的报告", "上的致辞", "上的发言", "上"]
        .iter()
        .filter_map(|w| rest.rfind(w).map(|at| at + w.len()))
        .max();
    match occasion_end {
        Some(end) if end < rest.len() && is_speaker(rest[end..].trim()) => {
            parts.push((BlockKind::Subtitle, &rest[..end]));
            parts.push((BlockKind::Speaker, rest[end..].trim()));
        }
        _ if is_dash_line(rest) => parts.push((BlockKind::Subtitle, rest)),
        _ => return None,
    }
    Some(parts)
}

#[path = "front_late.rs"]
mod late;
#[path = "front_under_title.rs"]
mod under_title;
use under_title::{
    dates_the_number, is_issuer, occasion_and_speaker, opens_a_note_entry, titled_as_a_document,
    under_title_len,
};
#[path = "front_official.rs"]
mod official;
use official::official_head;
#[path = "front_salutation.rs"]
mod salutation;
use salutation::salutation;

#[cfg(test)]
#[path = "front_book_tests.rs"]
mod book_tests;
#[cfg(test)]
#[path = "front_salutation_tests.rs"]
mod salutation_tests;
#[cfg(test)]
#[path = "front_tests.rs"]
mod tests;
