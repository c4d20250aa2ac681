//! The official head of a 公文 (GB/T 9704 7.2): 份号, 密级和保密期限 and 紧急程度 at the
//! top left, the issuing organ's mark (发文机关标志), the document number (发文字号) with
//! 签发人 beside or under it — and a decree's or a numbered announcement's mark over its
//! number ("中华人民共和国国务院令" / "第693号").

use super::{Found, FURNITURE_MAX_LINES, MASTHEAD_MAX_LINES};
use crate::model::BlockKind;
use crate::structure::shapes::{
    is_announcement_mark, is_copy_number, is_decree_mark, is_decree_number, is_document_number,
    is_masthead_line, is_secrecy, is_signer, is_urgency,
};

/// 份号, 密级, 紧急程度 (any order, on lines of their own or sharing one), the issuing
/// organ's mark and the document number, with 签发人 beside or under it.
pub(super) fn official_head<'a>(lines: &[&'a str], start: usize, out: &mut Found<'a>) -> usize {
    let mut i = start;
    let mut furniture = Vec::new();
    while i < lines.len() && i - start < FURNITURE_MAX_LINES {
        let parts: Vec<&str> = lines[i].split_whitespace().collect();
        let kinds: Option<Vec<BlockKind>> = parts.iter().map(|p| furniture_kind(p)).collect();
        match kinds {
            Some(kinds) => furniture.extend(kinds.into_iter().zip(parts)),
            None => break,
        }
        i += 1;
    }
    if let Some(next) = decree_head(lines, i, out) {
        return next;
    }
    let number = (i..lines.len().min(i + 1 + MASTHEAD_MAX_LINES))
        .find(|&k| number_part(lines[k]).is_some())
        .filter(|&k| lines[i..k].iter().all(|l| is_masthead_line(l)));
    let marked_alone = number.is_none()
        && lines
            .get(i)
            .is_some_and(|l| is_masthead_line(l) && l.ends_with("文件"));
    if number.is_none() && !marked_alone && furniture.is_empty() {
        return start;
    }
    out.extend(furniture.into_iter().map(|(k, t)| (k, t.into())));
    if marked_alone {
        out.push((BlockKind::Masthead, lines[i].into()));
        return i + 1;
    }
    let Some(number) = number else {
        return i;
    };
    for line in &lines[i..number] {
        out.push((BlockKind::Masthead, (*line).into()));
    }
    let (number_text, signer) = number_part(lines[number]).unwrap_or((lines[number], None));
    out.push((BlockKind::DocumentNumber, number_text.into()));
    if let Some(signer) = signer {
        out.push((BlockKind::Signer, signer.into()));
    }
    let mut i = number + 1;
    while lines.get(i).is_some_and(|l| is_signer(l)) {
        out.push((BlockKind::Signer, lines[i].into()));
        i += 1;
    }
    i
}

/// A decree's mark and its number ("中华人民共和国国务院令" / "第693号"), on two lines or
/// run into one, or a numbered announcement's ("……常务委员会公告" / "（第38号）"); the
/// line after the head that comes next.
fn decree_head<'a>(lines: &[&'a str], i: usize, out: &mut Found<'a>) -> Option<usize> {
    let line = *lines.get(i)?;
    if let Some(at) = line.find("令第").map(|at| at + '令'.len_utf8()) {
        let (mark, number) = (&line[..at], &line[at..]);
        if is_decree_mark(mark) && is_decree_number(number) {
            out.push((BlockKind::Masthead, mark.into()));
            out.push((BlockKind::DocumentNumber, number.into()));
            return Some(i + 1);
        }
    }
    // A decree's number opening the text whose mark the source lost ("第232号").
    if i == 0 && is_decree_number(line) && lines.len() > 1 {
        out.push((BlockKind::DocumentNumber, line.into()));
        return Some(i + 1);
    }
    let numbered = lines.get(i + 1).is_some_and(|l| is_decree_number(l));
    if !((is_decree_mark(line) || is_announcement_mark(line)) && numbered) {
        return None;
    }
    out.push((BlockKind::Masthead, line.into()));
    out.push((BlockKind::DocumentNumber, lines[i + 1].into()));
    Some(i + 2)
}

fn furniture_kind(part: &str) -> Option<BlockKind> {
    if is_copy_number(part) {
        Some(BlockKind::CopyNumber)
    } else if is_secrecy(part) {
        Some(BlockKind::Secrecy)
    } else if is_urgency(part) {
        Some(BlockKind::Urgency)
    } else {
        None
    }
}

/// The document number of `line` and the 签发人 that shares its line, if the line is one.
fn number_part(line: &str) -> Option<(&str, Option<&str>)> {
    if is_document_number(line) {
        return Some((line, None));
    }
    let at = line.find("签发人")?;
    let (number, signer) = (line[..at].trim_end(), &line[at..]);
    (is_document_number(number) && is_signer(signer)).then_some((number, Some(signer)))
}

#[cfg(test)]
#[path = "front_official_tests.rs"]
mod tests;
