//! Encoding detection for input without a BOM: strict UTF-8, then UTF-16 recognised by its
//! NUL-byte pattern, then chardetng for the legacy encodings.
//!
//! Order matters. Valid UTF-8 is almost never accidental in a legacy-encoded file, so it
//! wins outright (a multi-byte sequence cut off at the very end still counts: files get
//! truncated). BOM-less UTF-16 is recognised only by NUL bytes: ASCII characters in UTF-16
//! have a zero high byte, so NULs sit at odd offsets (LE) or even ones (BE). Without that
//! pattern we never guess UTF-16 — pairs of ASCII letters decode to plausible CJK
//! ideographs, so "it decodes" proves nothing. Anything else goes to chardetng, without a
//! TLD hint (a ".cn" hint turns Big5 and Shift_JIS into GBK).

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;

/// What the bytes look like, before any decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// UTF-8 (possibly cut off mid-character at the end).
    Utf8,
    /// BOM-less UTF-16, by the NUL pattern.
    Utf16(&'static Encoding),
    /// NUL bytes that are not UTF-16: not text. Holds the offset of the first NUL.
    Nul(usize),
    /// ISO-2022-JP: 7-bit, hence valid UTF-8, but given away by its escape sequences.
    Iso2022Jp,
    /// Not UTF-8 and no NUL: a legacy encoding, or UTF-8 with stray bytes or pasted-in
    /// legacy lines. Which legacy encoding is left to [`guess_legacy`], called only when
    /// the caller needs it: chardetng reads every byte for each of its candidates, the
    /// costliest step of ingest, and a file read line by line as UTF-8 needs no guess
    /// for the whole.
    NotUtf8,
}

/// Guesses the encoding of `bytes`, which start with no BOM.
pub fn guess(bytes: &[u8]) -> Guess {
    let utf8 = match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    let first_nul = bytes.iter().position(|&b| b == 0);
    match first_nul {
        // ISO-2022-JP is 7-bit, hence valid UTF-8: its escape sequences give it away.
        None if utf8
            && bytes.contains(&0x1B)
            && guess_legacy(bytes) == encoding_rs::ISO_2022_JP =>
        {
            Guess::Iso2022Jp
        }
        None if utf8 => Guess::Utf8,
        None => Guess::NotUtf8,
        Some(offset) => match utf16_by_nul_pattern(bytes, utf8) {
            Some(encoding) => Guess::Utf16(encoding),
            None => Guess::Nul(offset),
        },
    }
}

/// chardetng's guess, with one prior for input too short for its statistics. ISO-2022-JP
/// detection is on: the encoding is pure 7-bit, so without it chardetng calls such a file
/// windows-1252 and the escapes end up in the text.
pub fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Allow);
    if guess != encoding_rs::GBK && looks_like_short_chinese(bytes) {
        encoding_rs::GBK
    } else if guess == encoding_rs::WINDOWS_1252 && looks_like_latin9(bytes) {
        encoding_rs::ISO_8859_15
    } else {
        guess
    }
}

/// True if and only if windows-1252 text would show a sign where ISO-8859-15 has a letter
/// or the euro: chardetng never proposes ISO-8859-15, which differs from windows-1252 in
/// eight bytes. There must be no byte 80–9F (printable in windows-1252, C1 controls in
/// ISO-8859-15), and either ¤ (A4, the euro in ISO-8859-15; the bare currency sign is
/// practically never written) or one of ¦ ¨ ¸ ¼ ½ ¾ (A6 A8 B8 BC BD BE: Š š ž Œ œ Ÿ)
/// between a letter or apostrophe and a letter, as in "l'œuf" or "cœur", where no
/// fraction or diacritic sign can stand.
fn looks_like_latin9(bytes: &[u8]) -> bool {
    if bytes.iter().any(|b| (0x80..0xA0).contains(b)) {
        return false;
    }
    let letter =
        |b: u8| b.is_ascii_alphabetic() || (0xC0..=0xFF).contains(&b) && b != 0xD7 && b != 0xF7;
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0xA4 => true,
        0xA6 | 0xA8 | 0xB8 | 0xBC..=0xBE => {
            let before = i.checked_sub(1).and_then(|j| bytes.get(j)).copied();
            let after = bytes.get(i + 1).copied();
            before.is_some_and(|c| letter(c) || c == b'\'') && after.is_some_and(letter)
        }
        _ => false,
    })
}

/// Most non-ASCII bytes chardetng needs before its guess beats our prior.
const SHORT_INPUT: usize = 24;

/// True if and only if `bytes` are too short for chardetng to be reliable (at most
/// [`SHORT_INPUT`] non-ASCII bytes; with 2 Chinese characters it is right only about
/// two times in three, taking EUC-KR or a Cyrillic code page instead) and read as
/// everyday GB2312 text: every non-ASCII byte pairs into a level-1 hanzi (lead byte
/// B0–D7) or full-width punctuation (A1–A3), with no space between two such characters —
/// Korean, the usual rival, separates its words by spaces; Chinese never does. Our users
/// are Chinese offices first, so that is the better bet for a 2-character file.
fn looks_like_short_chinese(bytes: &[u8]) -> bool {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    if non_ascii == 0 || non_ascii > SHORT_INPUT {
        return false;
    }
    let mut i = 0;
    let mut space_after_hanzi = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b == b' ' && i > 0 && !bytes[i - 1].is_ascii() {
                space_after_hanzi = true;
            }
            i += 1;
            continue;
        }
        let Some(&trail) = bytes.get(i + 1) else {
            return false;
        };
        let lead_ok = matches!(b, 0xA1..=0xA3 | 0xB0..=0xD7);
        if !lead_ok || !(0xA1..=0xFE).contains(&trail) {
            return false;
        }
        if space_after_hanzi {
            return false;
        }
        i += 2;
    }
    true
}

/// UTF-16LE or UTF-16BE if the NUL bytes follow UTF-16's pattern. Each byte order is
/// tried; one is taken when, read that way, the units decode (surrogates paired, no control
/// character text does not use), at least nine in ten are common in text (ASCII, Latin,
/// Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, general punctuation, CJK, Hangul,
/// full-width forms, astral pairs), and the NULs make ASCII characters (zero high byte, a
/// printable low byte) — at least one, and one in two hundred units. Valid UTF-8 must have
/// a quarter of ASCII units, so UTF-8 text with a stray NUL is refused as binary rather than
/// read as CJK.
pub fn utf16_by_nul_pattern(bytes: &[u8], valid_utf8: bool) -> Option<&'static Encoding> {
    let little = Reading::of(bytes, false);
    let big = Reading::of(bytes, true);
    let (reading, encoding) = if little.common >= big.common {
        (little, encoding_rs::UTF_16LE)
    } else {
        (big, encoding_rs::UTF_16BE)
    };
    let plausible = reading.valid
        && reading.ascii > 0
        && reading.ascii * 200 >= reading.units
        && reading.common * 10 >= reading.units * 9
        && (!valid_utf8 || reading.ascii * 4 >= reading.units);
    plausible.then_some(encoding)
}

/// What the bytes look like read as UTF-16 in one byte order.
#[derive(Debug, Clone, Copy)]
struct Reading {
    /// Code units read.
    units: usize,
    /// Units that are ASCII text (tab, LF, CR, printable).
    ascii: usize,
    /// Units in the ranges common in text.
    common: usize,
    /// Surrogates paired and no control character text does not use.
    valid: bool,
}

impl Reading {
    /// Reads `bytes` as UTF-16 (a dangling last byte is ignored).
    fn of(bytes: &[u8], big_endian: bool) -> Reading {
        let mut reading = Reading {
            units: 0,
            ascii: 0,
            common: 0,
            valid: true,
        };
        let mut expect_low = false;
        for pair in bytes.chunks_exact(2) {
            let unit = if big_endian {
                u16::from_be_bytes([pair[0], pair[1]])
            } else {
                u16::from_le_bytes([pair[0], pair[1]])
            };
            reading.units += 1;
            let is_low = (0xDC00..0xE000).contains(&unit);
            let control = (unit < 0x20 && !matches!(unit, 0x09 | 0x0A | 0x0C | 0x0D))
                || (0x7F..0xA0).contains(&unit)
                || unit >= 0xFFFE;
            if expect_low != is_low || control {
                reading.valid = false;
                break;
            }
            expect_low = (0xD800..0xDC00).contains(&unit);
            let ascii = matches!(unit, 0x09 | 0x0A | 0x0D | 0x20..=0x7E);
            reading.ascii += usize::from(ascii);
            reading.common += usize::from(ascii || is_common(unit));
        }
        reading.valid &= !expect_low;
        reading
    }
}

/// True if and only if the UTF-16 code unit `unit` lies in a block common in text.
fn is_common(unit: u16) -> bool {
    matches!(unit,
        0x00A0..=0x024F | 0x0370..=0x052F | 0x0590..=0x06FF | 0x0900..=0x0E7F
        | 0x2000..=0x206F | 0x20A0..=0x20CF | 0x2100..=0x218F | 0x2460..=0x25FF
        | 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3
        | 0xD800..=0xDFFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` as UTF-16 without a byte-order mark.
    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        crate::ingest::tests::utf16(text, big_endian, false)
    }

    /// The legacy encoding `bytes` are read in, as ingest reads a file that is not UTF-8
    /// (`None` if they are UTF-8, UTF-16 or binary).
    fn legacy(bytes: &[u8]) -> Option<&'static Encoding> {
        match guess(bytes) {
            Guess::Iso2022Jp => Some(encoding_rs::ISO_2022_JP),
            Guess::NotUtf8 => Some(guess_legacy(bytes)),
            _ => None,
        }
    }

    #[test]
    fn utf8_wins_even_when_cut_off_mid_character() {
        assert_eq!(guess("中文 text".as_bytes()), Guess::Utf8);
        let cut = &"今天开会".as_bytes()[..11];
        assert_eq!(guess(cut), Guess::Utf8);
        assert_eq!(guess(b"plain ascii"), Guess::Utf8);
    }

    #[test]
    fn bomless_utf16_is_found_by_its_nul_pattern() {
        let text = "各位代表：\n今天开会。Meeting today.\n";
        assert_eq!(
            guess(&utf16(text, false)),
            Guess::Utf16(encoding_rs::UTF_16LE)
        );
        assert_eq!(
            guess(&utf16(text, true)),
            Guess::Utf16(encoding_rs::UTF_16BE)
        );
        assert_eq!(
            guess(&utf16("Hello", false)),
            Guess::Utf16(encoding_rs::UTF_16LE)
        );
    }

    #[test]
    fn ascii_pairs_without_nuls_are_not_utf16() {
        // "café" pairs look like CJK in UTF-16 but there is no NUL pattern.
        assert_ne!(
            guess(b"cafe au lait, naive\xe9"),
            Guess::Utf16(encoding_rs::UTF_16LE)
        );
    }

    #[test]
    fn stray_nul_in_utf8_is_not_utf16() {
        assert_eq!(
            guess(b"hello\0world and more ordinary text\n"),
            Guess::Nul(5)
        );
        assert_eq!(guess("中文\0文字".as_bytes()), Guess::Nul(6));
    }

    #[test]
    fn binary_and_legacy_text_with_nuls_are_not_utf16() {
        let bytes = [1u8, 0, 2, 0, 3, 0, 4, 0];
        assert_eq!(guess(&bytes), Guess::Nul(1));
        let (gbk, _, _) = encoding_rs::GBK.encode("这是一段普通的中文文本，里面有一个");
        let mut with_nul = gbk.into_owned();
        with_nul.extend_from_slice(b"\0\xc4\xe3");
        assert!(matches!(guess(&with_nul), Guess::Nul(_)));
    }

    #[test]
    fn mostly_cjk_utf16_with_few_ascii_units_is_found() {
        // Many characters with a zero low byte (一 is U+4E00) beside few ASCII ones.
        let text = "一二三，一致，统一，一流，一起\n".repeat(3);
        assert_eq!(
            guess(&utf16(&text, false)),
            Guess::Utf16(encoding_rs::UTF_16LE)
        );
        assert_eq!(
            guess(&utf16(&text, true)),
            Guess::Utf16(encoding_rs::UTF_16BE)
        );
    }

    #[test]
    fn legacy_cjk_and_latin_encodings() {
        for two in ["你好", "报告", "讲话", "中文"] {
            let (gbk, _, _) = encoding_rs::GBK.encode(two);
            assert_eq!(legacy(&gbk), Some(encoding_rs::GBK), "{two}");
        }
        let (korean, _, _) = encoding_rs::EUC_KR.encode("대한민국의 수도는 서울");
        assert_eq!(legacy(&korean), Some(encoding_rs::EUC_KR));
        let (big5, _, _) = encoding_rs::BIG5.encode("中華民國的歷史與文化");
        assert_eq!(legacy(&big5), Some(encoding_rs::BIG5));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("日本語のテキストです。東京は晴れ。");
        assert_eq!(legacy(&sjis), Some(encoding_rs::SHIFT_JIS));
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("café naïve");
        assert_eq!(legacy(&latin), Some(encoding_rs::WINDOWS_1252));
        let (half, _, _) = encoding_rs::WINDOWS_1252.encode("une recette: ½ litre de crème");
        assert_eq!(legacy(&half), Some(encoding_rs::WINDOWS_1252));
        let (latin9, _, _) = encoding_rs::ISO_8859_15.encode(
            "Les œufs de poule sont utilisés dans la cuisine française; l'œuf est très \
             apprécié, et la sœur du chef prépare une crème brûlée au cœur de l'été.",
        );
        assert_eq!(legacy(&latin9), Some(encoding_rs::ISO_8859_15));
        let (jis, _, _) = encoding_rs::ISO_2022_JP.encode("日本語のテキストです。東京は晴れ。");
        assert_eq!(legacy(&jis), Some(encoding_rs::ISO_2022_JP));
    }
}
