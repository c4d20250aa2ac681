//! Files that are not valid UTF-8 as a whole but are UTF-8 in part: decoded line by line.
//!
//! Two everyday accidents make a UTF-8 file invalid: a few stray bytes (a truncated copy,
//! a byte flipped on the way), and lines pasted in from a file in a legacy encoding (GBK
//! lines inside a UTF-8 document). Handing such a file to chardetng as a whole decodes
//! every line in a legacy encoding and garbles all of it. Instead each line is classified
//! on its own: a line that is valid UTF-8 with non-ASCII characters, or mostly so with a
//! few invalid bytes, is read as UTF-8 (U+FFFD for the invalid bytes, reported); the other
//! lines are read in the legacy encoding chardetng finds for them, and named in a warning.
//! A file with no UTF-8 line at all is left to the ordinary detection.

use super::detect::guess_legacy;
use super::transcode::{decode_counting, Lossy};
use encoding_rs::Encoding;

/// How one line reads as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// ASCII only: the same in every encoding this module handles.
    Ascii,
    /// Valid UTF-8 with non-ASCII characters; `wide` if one of them takes 3 or 4 bytes
    /// (every CJK character does; pairs of legacy double-byte codes rarely make one).
    Utf8 { wide: bool },
    /// UTF-8 with a few invalid bytes: at least two valid non-ASCII characters for each
    /// invalid sequence; `clear` if at least four (a short legacy line can make two
    /// valid sequences by chance beside one invalid one: 应天长 in GBK reads "Ӧ?쳤").
    Stray { clear: bool },
    /// Not UTF-8: a line in some legacy encoding.
    Foreign,
}

/// Valid characters for each invalid sequence above which a line is UTF-8 with stray
/// bytes whatever else it might be.
const STRAY_CLEAR: usize = 4;

/// Counts the valid non-ASCII characters and invalid sequences of `line` read as UTF-8.
fn classify(line: &[u8]) -> LineKind {
    let (mut valid, mut invalid, mut wide) = (0usize, 0usize, false);
    let mut rest = line;
    loop {
        let (good, error) = match std::str::from_utf8(rest) {
            Ok(s) => (s, None),
            Err(e) => (
                // The prefix up to valid_up_to is valid UTF-8 by definition.
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                Some((
                    e.valid_up_to(),
                    e.error_len().unwrap_or(rest.len() - e.valid_up_to()),
                )),
            ),
        };
        for ch in good.chars().filter(|c| !c.is_ascii()) {
            valid += 1;
            wide |= ch.len_utf8() >= 3;
        }
        match error {
            None => break,
            Some((at, len)) => {
                invalid += 1;
                rest = &rest[at + len.max(1)..];
            }
        }
    }
    match (valid, invalid) {
        (0, 0) => LineKind::Ascii,
        (_, 0) => LineKind::Utf8 { wide },
        (v, i) if v >= 2 && v >= 2 * i => LineKind::Stray {
            clear: v >= STRAY_CLEAR * i,
        },
        _ => LineKind::Foreign,
    }
}

/// `bytes` split after each LF, as (offset, line with its LF).
fn lines(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut offset = 0;
    bytes.split_inclusive(|&b| b == b'\n').map(move |line| {
        let start = offset;
        offset += line.len();
        (start, line)
    })
}

/// A file read partly as UTF-8 and partly in a legacy encoding.
#[derive(Debug)]
pub struct Mixed {
    /// The text, with malformed sequences counted.
    pub lossy: Lossy,
    /// The encoding most of the non-ASCII lines are in: the file's encoding for reports.
    pub main: &'static Encoding,
    /// What the user should know: which lines were read in which encoding.
    pub note: Option<String>,
}

/// Decodes `bytes` (no BOM, not valid UTF-8 as a whole) line by line if some lines are
/// UTF-8; `None` if none is, so that the ordinary detection applies.
pub fn decode_by_line(bytes: &[u8]) -> Option<Mixed> {
    let kinds: Vec<(usize, &[u8], LineKind)> = lines(bytes)
        .map(|(at, line)| (at, line, classify(line)))
        .collect();
    if !kinds
        .iter()
        .any(|k| matches!(k.2, LineKind::Utf8 { .. } | LineKind::Stray { .. }))
    {
        return None;
    }
    let foreign: Vec<u8> = kinds
        .iter()
        .filter(|k| k.2 == LineKind::Foreign)
        .flat_map(|k| k.1.iter().copied())
        .collect();
    let legacy = (!foreign.is_empty()).then(|| guess_legacy(&foreign));
    // A short valid-UTF-8 line of two-byte characters inside a legacy double-byte file is
    // more likely legacy text that happens to be valid UTF-8 (一 in GBK is "һ" in UTF-8);
    // so is a line with stray bytes that reads cleanly in the legacy encoding, unless its
    // valid characters clearly outnumber the stray bytes.
    let is_utf8 = |line: &[u8], kind: LineKind| match (kind, legacy) {
        (LineKind::Utf8 { wide: false } | LineKind::Stray { clear: false }, Some(enc))
            if !enc.is_single_byte() =>
        {
            enc.decode_without_bom_handling_and_without_replacement(line)
                .is_none()
        }
        (LineKind::Foreign, _) => false,
        _ => true,
    };
    let mut lossy = Lossy::default();
    let (mut utf8_lines, mut legacy_lines) = (Vec::new(), Vec::new());
    for (number, &(at, line, kind)) in kinds.iter().enumerate() {
        let encoding = match legacy {
            Some(enc) if !is_utf8(line, kind) => {
                legacy_lines.push(number + 1);
                enc
            }
            _ => {
                if kind != LineKind::Ascii {
                    utf8_lines.push(number + 1);
                }
                encoding_rs::UTF_8
            }
        };
        lossy.append(decode_counting(encoding, line, at));
    }
    if utf8_lines.is_empty() {
        // Every line with anything but ASCII is in the legacy encoding: not mixed at all.
        return None;
    }
    let (main, note) = match legacy {
        Some(enc) if !legacy_lines.is_empty() => {
            if legacy_lines.len() > utf8_lines.len() {
                let note = format!(
                    "mixed encodings: {} read as UTF-8, the rest as {}",
                    line_list(&utf8_lines),
                    enc.name()
                );
                (enc, Some(note))
            } else {
                let note = format!(
                    "mixed encodings: {} not UTF-8, read as {}",
                    line_list(&legacy_lines),
                    enc.name()
                );
                (encoding_rs::UTF_8, Some(note))
            }
        }
        _ => (encoding_rs::UTF_8, None),
    };
    Some(Mixed { lossy, main, note })
}

/// "line 3" or "lines 3, 5–7, 9" (the first ten runs, then "…").
pub(super) fn line_list(numbers: &[usize]) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &n in numbers {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == n => *end = n,
            _ => runs.push((n, n)),
        }
    }
    let mut parts: Vec<String> = runs
        .iter()
        .take(10)
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    if runs.len() > 10 {
        parts.push("…".to_string());
    }
    let word = if numbers.len() == 1 { "line" } else { "lines" };
    format!("{word} {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(text: &str) -> Vec<u8> {
        encoding_rs::GBK.encode(text).0.into_owned()
    }

    #[test]
    fn lines_are_classified_by_how_they_read_as_utf8() {
        assert_eq!(classify(b"plain\n"), LineKind::Ascii);
        assert_eq!(
            classify("今天开会。\n".as_bytes()),
            LineKind::Utf8 { wide: true }
        );
        let mut stray = "今天大会隆重召开。".as_bytes().to_vec();
        stray.extend_from_slice(b"\xff\n");
        assert_eq!(classify(&stray), LineKind::Stray { clear: true });
        assert_eq!(classify(&gbk("第二段是GBK。\n")), LineKind::Foreign);
        assert_eq!(classify(b"\xff\n"), LineKind::Foreign);
    }

    #[test]
    fn a_legacy_file_whose_lines_only_look_like_utf8_is_not_mixed() {
        // "一" in GBK is the valid UTF-8 "һ": a GBK file may hold lines that decode as
        // UTF-8 by chance; with no line needing UTF-8 it is simply GBK.
        let text = "目  录\n· 动员新兵及新兵政治工作\n一\n";
        let bytes = encoding_rs::GBK.encode(text).0.into_owned();
        assert!(decode_by_line(&bytes).is_none());
    }

    #[test]
    fn a_short_gbk_line_that_half_reads_as_utf8_stays_gbk() {
        // 应天长 in GBK is D3 A6 CC EC B3 A4: "Ӧ", a bad byte and "쳤" as UTF-8.
        let mut bytes = "南唐二主词，中主李璟作。\n".as_bytes().to_vec();
        bytes.extend(gbk("应天长\n一钩初月临妆镜，蝉鬓凤钗慵不整。\n"));
        let mixed = decode_by_line(&bytes).unwrap();
        assert!(
            mixed.lossy.text.contains("\n应天长\n一钩初月"),
            "{}",
            mixed.lossy.text
        );
        assert_eq!(mixed.lossy.malformed, 0);
    }

    #[test]
    fn a_stray_byte_keeps_the_file_utf8_with_its_offset() {
        let mut bytes = "各位代表、同志们：\n今天大会隆重召开。".as_bytes().to_vec();
        let at = bytes.len();
        bytes.extend_from_slice(b"\xff\n");
        let mixed = decode_by_line(&bytes).unwrap();
        assert_eq!(mixed.main, encoding_rs::UTF_8);
        assert_eq!(mixed.note, None);
        assert_eq!(
            mixed.lossy.text,
            "各位代表、同志们：\n今天大会隆重召开。\u{FFFD}\n"
        );
        assert_eq!(mixed.lossy.offsets, vec![at]);
    }

    #[test]
    fn gbk_lines_in_a_utf8_file_are_read_as_gbk_and_named() {
        let mut bytes = "第一段是UTF-8。\n".as_bytes().to_vec();
        bytes.extend(gbk("第二段是GBK，这一行是用国标编码写成的。\n"));
        bytes.extend("第三段又是UTF-8。\n".as_bytes());
        let mixed = decode_by_line(&bytes).unwrap();
        assert_eq!(
            mixed.lossy.text,
            "第一段是UTF-8。\n第二段是GBK，这一行是用国标编码写成的。\n第三段又是UTF-8。\n"
        );
        assert_eq!(mixed.lossy.malformed, 0);
        assert_eq!(mixed.main, encoding_rs::UTF_8);
        assert_eq!(
            mixed.note.as_deref(),
            Some("mixed encodings: line 2 not UTF-8, read as GBK")
        );
    }

    #[test]
    fn a_multibyte_character_never_straddles_two_lines() {
        // Pieces are lines: LF (0x0A) is never inside a UTF-8 or GBK character, so a
        // character split at a piece boundary cannot happen; a cut one is malformed.
        let mut bytes = "一行".as_bytes().to_vec();
        bytes.extend_from_slice(&"完".as_bytes()[..2]);
        bytes.extend_from_slice(b"\n");
        bytes.extend(gbk("国标编码的一行文字，足够长。\n"));
        let mixed = decode_by_line(&bytes).unwrap();
        assert!(mixed.lossy.text.starts_with("一行\u{FFFD}\n国标编码"));
    }

    #[test]
    fn a_legacy_file_is_left_to_detection() {
        assert!(decode_by_line(&gbk("这是一段普通的中文文本。\n第二行。\n")).is_none());
        assert!(decode_by_line(b"caf\xe9 au lait\n").is_none());
    }

    #[test]
    fn line_lists_join_runs() {
        assert_eq!(line_list(&[3]), "line 3");
        assert_eq!(line_list(&[3, 5, 6, 7, 9]), "lines 3, 5–7, 9");
    }
}
