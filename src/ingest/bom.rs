//! Byte-order marks: which Unicode encoding a BOM announces, and a hand-written UTF-32
//! decoder, because encoding_rs (following WHATWG) has no UTF-32 at all.
//!
//! A BOM is the strongest evidence of an encoding a plain-text file can carry, so it is
//! checked before anything else. `FF FE 00 00` is both the UTF-32LE BOM and a UTF-16LE BOM
//! followed by U+0000; we read it as UTF-32LE when the length is a multiple of four (a
//! UTF-16 text starting with a NUL character is not a text we could use anyway).

use super::transcode::Lossy;

/// The Unicode encodings a BOM can announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BomKind {
    /// `EF BB BF`.
    Utf8,
    /// `FF FE`.
    Utf16Le,
    /// `FE FF`.
    Utf16Be,
    /// `FF FE 00 00`.
    Utf32Le,
    /// `00 00 FE FF`.
    Utf32Be,
}

impl BomKind {
    /// The BOM's length in bytes.
    pub fn len(self) -> usize {
        match self {
            BomKind::Utf8 => 3,
            BomKind::Utf16Le | BomKind::Utf16Be => 2,
            BomKind::Utf32Le | BomKind::Utf32Be => 4,
        }
    }

    /// The encoding's name as reported in [`super::Decoded::encoding`].
    pub fn name(self) -> &'static str {
        match self {
            BomKind::Utf8 => "UTF-8",
            BomKind::Utf16Le => "UTF-16LE",
            BomKind::Utf16Be => "UTF-16BE",
            BomKind::Utf32Le => "UTF-32LE",
            BomKind::Utf32Be => "UTF-32BE",
        }
    }
}

/// The BOM `bytes` start with, if any.
pub fn sniff(bytes: &[u8]) -> Option<BomKind> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] if bytes.len().is_multiple_of(4) => Some(BomKind::Utf32Le),
        [0, 0, 0xFE, 0xFF, ..] => Some(BomKind::Utf32Be),
        [0xEF, 0xBB, 0xBF, ..] => Some(BomKind::Utf8),
        [0xFF, 0xFE, ..] => Some(BomKind::Utf16Le),
        [0xFE, 0xFF, ..] => Some(BomKind::Utf16Be),
        _ => None,
    }
}

/// Decodes UTF-32 (without its BOM) starting at byte `base` of the file. Code units that
/// are no scalar value (surrogates, above U+10FFFF) and a dangling tail of 1–3 bytes each
/// become one U+FFFD and are counted.
pub fn decode_utf32(bytes: &[u8], big_endian: bool, base: usize) -> Lossy {
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut lossy = Lossy::default();
    let mut chunks = bytes.chunks_exact(4);
    for (index, chunk) in chunks.by_ref().enumerate() {
        let unit = [chunk[0], chunk[1], chunk[2], chunk[3]];
        let value = if big_endian {
            u32::from_be_bytes(unit)
        } else {
            u32::from_le_bytes(unit)
        };
        match char::from_u32(value) {
            Some(c) => text.push(c),
            None => lossy.replace(&mut text, base + index * 4),
        }
    }
    if !chunks.remainder().is_empty() {
        lossy.replace(&mut text, base + bytes.len() - chunks.remainder().len());
    }
    lossy.text = text;
    lossy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_every_bom_and_prefers_utf32le_over_utf16le() {
        assert_eq!(sniff(b"\xEF\xBB\xBFa"), Some(BomKind::Utf8));
        assert_eq!(sniff(b"\xFF\xFEa\0"), Some(BomKind::Utf16Le));
        assert_eq!(sniff(b"\xFE\xFF\0a"), Some(BomKind::Utf16Be));
        assert_eq!(sniff(b"\xFF\xFE\0\0a\0\0\0"), Some(BomKind::Utf32Le));
        assert_eq!(sniff(b"\0\0\xFE\xFF\0\0\0a"), Some(BomKind::Utf32Be));
        // Not a multiple of four: a UTF-16LE BOM followed by U+0000 and more.
        assert_eq!(sniff(b"\xFF\xFE\0\0a\0"), Some(BomKind::Utf16Le));
        assert_eq!(sniff(b"abc"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn decodes_utf32_both_endians() {
        let le: Vec<u8> = "中a😀"
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        let be: Vec<u8> = "中a😀"
            .chars()
            .flat_map(|c| (c as u32).to_be_bytes())
            .collect();
        assert_eq!(decode_utf32(&le, false, 0).text, "中a😀");
        assert_eq!(decode_utf32(&be, true, 0).text, "中a😀");
    }

    #[test]
    fn utf32_bad_units_and_tail_are_replaced_and_counted() {
        let mut bytes = 0xD800u32.to_le_bytes().to_vec();
        bytes.extend_from_slice(&('x' as u32).to_le_bytes());
        bytes.extend_from_slice(&[1, 2]);
        let out = decode_utf32(&bytes, false, 4);
        assert_eq!(out.text, "\u{FFFD}x\u{FFFD}");
        assert_eq!(out.malformed, 2);
        assert_eq!(out.first_malformed, Some(4));
    }
}
