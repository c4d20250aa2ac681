//! Numbered contents entries: the number a chapter entry opens with (a marker, a roman
//! numeral set before a column of spaces), runs of entries numbered one after another,
//! and the line that heads such a run where no "Contents" word does.

use super::{char_len, is_entry_like, BARE_RUN_MIN, ENTRY_LIKE_MAX_CHARS};
use crate::structure::numbering::{find_marker, Family};

/// The number of the marker or the numeral opening `line` ("I  THERE IS…" → 1,
/// "◆卷二 周文" → 2), if it opens with one.
pub(super) fn leading_number(line: &str) -> Option<u32> {
    match find_marker(line) {
        Some(marker) => numeral_value(marker.text),
        None => numeral_value(line.split_whitespace().next()?),
    }
}

/// The value of the numeral that ends a marker's text ("CHAPTER XII." → 12, "第三章" → 3,
/// "◆卷二" → 2, "4." → 4): ASCII digits, capital roman numerals or Chinese numerals.
pub(super) fn numeral_value(marker: &str) -> Option<u32> {
    let marker = marker.trim_end_matches(|c: char| !c.is_alphanumeric());
    let marker = marker.trim_end_matches(['章', '节', '编', '篇', '回', '卷', '部', '条', '款']);
    let tail = |keep: fn(char) -> bool| -> &str {
        let start = marker
            .char_indices()
            .rev()
            .take_while(|&(_, c)| keep(c))
            .last()
            .map_or(marker.len(), |(i, _)| i);
        &marker[start..]
    };
    let digits = tail(|c| c.is_ascii_digit());
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let roman = tail(|c| "IVXLCDM".contains(c));
    if !roman.is_empty() {
        return roman_value(roman);
    }
    crate::structure::numbering::cn_value(tail(|c| {
        crate::structure::numbering::CN_DIGITS.contains(c)
    }))
}

/// The number of a book's part or chapter entry ("Chapter XII. THE CHILDREN…" → 12,
/// "IV. THE CYLINDER OPENS." → 4, "第十一回　疫鼠传殃成害马" → 11), with its family, if
/// `line` opens with such a marker and names something after it.
pub(super) fn numbered_entry(line: &str) -> Option<(Family, u32)> {
    let Some(marker) = find_marker(line) else {
        return spaced_numeral_entry(line).map(|n| (Family::Roman, n));
    };
    let chinese = matches!(
        marker.family,
        Family::ChinesePart | Family::ChineseChapter | Family::ChineseSection
    );
    let book = matches!(
        marker.family,
        Family::EnglishPart | Family::EnglishChapter | Family::Roman
    );
    if !(book || chinese) || marker.rest.trim().is_empty() {
        return None;
    }
    if chinese {
        // "第十一回　疫鼠传殃成害马　痴犬流灾化毒龙" → 11.
        return numeral_value(marker.text).map(|n| (marker.family, n));
    }
    let numeral = marker
        .text
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()?;
    numeral
        .parse()
        .ok()
        .or_else(|| roman_value(numeral))
        .map(|n| (marker.family, n))
}

/// The number of an entry set as a bare roman numeral, then a column of spaces, then its
/// words, as an index of first lines sets it ("XLIII   How do I love thee?"), if it is one.
pub(super) fn spaced_numeral_entry(line: &str) -> Option<u32> {
    let (numeral, rest) = line.split_once(char::is_whitespace)?;
    let words = rest.trim_start();
    let spaced = rest.len() - words.len() + 1 >= 2 || rest.starts_with('\t');
    (spaced && words.starts_with(|c: char| c.is_alphabetic() || c == '"'))
        .then(|| roman_value(numeral))
        .flatten()
}

/// The value of a roman numeral in capitals ("XIV" → 14).
pub(crate) fn roman_value(numeral: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Vec<u32> = numeral.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, &v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|&next| next > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    u32::try_from(total).ok().filter(|&t| t > 0)
}

/// The length of the run of numbered entries starting at `start` whose numbers go up by
/// one in one family ("Chapter XI. …", "Chapter XII. …", "Chapter XIII. …"): chapters
/// never follow each other without text between, so such a run lists them.
pub(super) fn numbered_run(lines: &[&str], start: usize) -> usize {
    let Some((family, mut number)) = lines.get(start).and_then(|l| numbered_entry(l)) else {
        return 0;
    };
    let mut end = start + 1;
    while let Some((f, n)) = lines.get(end).and_then(|l| numbered_entry(l)) {
        if f != family || n != number + 1 {
            break;
        }
        number = n;
        end += 1;
    }
    end - start
}

/// True if `lines[i]` heads a list of chapters numbered one after another with no word
/// "Contents" ("Herein Is Written" / "The Forethought" / "I.  Of Our Spiritual
/// Strivings" / "II.  …"): a short line naming nothing found later, the run starting
/// on the next line or after one unnumbered entry.
pub(super) fn heads_a_numbered_list(
    lines: &[&str],
    i: usize,
    target: &dyn Fn(usize) -> Option<usize>,
) -> bool {
    let head = lines[i];
    char_len(head) <= ENTRY_LIKE_MAX_CHARS
        && is_entry_like(head)
        && numbered_entry(head).is_none()
        && target(i).is_none()
        && (numbered_run(lines, i + 1) >= BARE_RUN_MIN
            || target(i + 1).is_some() && numbered_run(lines, i + 2) >= BARE_RUN_MIN)
}
