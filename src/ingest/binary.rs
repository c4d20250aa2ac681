//! The not-a-text-file policy: refuse binary input with a reason and the offset of the
//! first byte that gave it away, instead of typesetting garbage.
//!
//! Three tests, cheapest and surest first: (1) the magic number of a common binary format
//! (PDF, ZIP/DOCX, PNG, ELF, …) at the start; (2) a NUL byte — never part of text in a
//! byte-oriented encoding (UTF-16/32 are detected before this test runs); (3) mostly
//! control bytes: more than one byte in ten is a C0 control other than the whitespace ones
//! (tab, LF, VT, FF, CR), ESC (ISO-2022-JP shifts) and SUB (the DOS end-of-file mark).

use crate::error::Error;

/// Magic numbers: (offset, bytes, what the file is).
const MAGIC: &[(usize, &[u8], &str)] = &[
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/ODT/EPUB)"),
    (0, b"PK\x05\x06", "empty ZIP archive"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"\xFF\xD8\xFF", "JPEG image"),
    (0, b"\x1F\x8B", "gzip archive"),
    (0, b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (0, b"Rar!\x1A\x07", "RAR archive"),
    (
        0,
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "OLE2 document (DOC/XLS/PPT)",
    ),
    (0, b"\xFD7zXZ\x00", "xz archive"),
    (0, b"\x28\xB5\x2F\xFD", "zstd archive"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (
        0,
        b"\xCA\xFE\xBA\xBE",
        "Java class or Mach-O universal binary",
    ),
    (0, b"\xCF\xFA\xED\xFE", "Mach-O executable"),
    (0, b"OggS\x00", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (4, b"ftyp", "MP4/QuickTime media"),
    (8, b"WEBP", "WebP image"),
    (8, b"WAVE", "WAV audio"),
    (8, b"AVI ", "AVI video"),
];

/// The binary format `bytes` start with, as a refusal.
pub fn check_magic(bytes: &[u8]) -> Result<(), Error> {
    for &(offset, magic, what) in MAGIC {
        let riff = offset == 8 && !bytes.starts_with(b"RIFF");
        if !riff && bytes.get(offset..offset + magic.len()) == Some(magic) {
            return Err(Error::NotText {
                reason: what.to_string(),
                offset,
            });
        }
    }
    Ok(())
}

/// A refusal if `bytes` (in a byte-oriented encoding) hold a NUL byte.
pub fn check_nul(bytes: &[u8]) -> Result<(), Error> {
    match bytes.iter().position(|&b| b == 0) {
        Some(offset) => Err(Error::NotText {
            reason: "NUL byte".to_string(),
            offset,
        }),
        None => Ok(()),
    }
}

/// True if and only if `unit` (a byte or a UTF-16/32 code unit) is a control character
/// that text does not use.
pub fn is_binary_control(unit: u32) -> bool {
    unit < 0x20 && !matches!(unit, 0x09..=0x0D | 0x1A | 0x1B)
}

/// A refusal if more than one unit in ten is a control character text does not use.
/// `units` yields (byte offset, code unit).
pub fn check_controls(units: impl Iterator<Item = (usize, u32)>) -> Result<(), Error> {
    let mut total = 0usize;
    let mut controls = 0usize;
    let mut first = None;
    for (offset, unit) in units {
        total += 1;
        if is_binary_control(unit) {
            controls += 1;
            first.get_or_insert(offset);
        }
    }
    match first {
        Some(offset) if controls * 10 > total => Err(Error::NotText {
            reason: format!("{controls} control characters in {total}"),
            offset,
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(result: Result<(), Error>) -> Option<(String, usize)> {
        match result {
            Err(Error::NotText { reason, offset }) => Some((reason, offset)),
            _ => None,
        }
    }

    #[test]
    fn magic_numbers_are_refused_with_their_offset() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(refusal(check_magic(png)), Some(("PNG image".into(), 0)));
        assert!(refusal(check_magic(b"PK\x03\x04\x14\0")).is_some_and(|r| r.0.contains("ZIP")));
        assert_eq!(
            refusal(check_magic(b"%PDF-1.7\n%\xe2\xe3")),
            Some(("PDF document".into(), 0))
        );
        assert_eq!(
            refusal(check_magic(b"\x7fELF\x02\x01\x01")),
            Some(("ELF executable".into(), 0))
        );
        assert_eq!(
            refusal(check_magic(b"\0\0\0\x18ftypmp42")).map(|r| r.1),
            Some(4)
        );
        assert!(check_magic(b"RIFX\0\0\0\0WEBP").is_ok());
        assert!(check_magic(b"PDF is a format").is_ok());
        assert!(check_magic(b"").is_ok());
    }

    #[test]
    fn nul_byte_is_refused_at_its_offset() {
        assert_eq!(
            refusal(check_nul(b"abc\0def")),
            Some(("NUL byte".into(), 3))
        );
        assert!(check_nul(b"abc").is_ok());
    }

    #[test]
    fn mostly_control_bytes_are_refused_but_a_few_are_tolerated() {
        let noisy: Vec<(usize, u32)> = b"ab\x01\x02\x03cd"
            .iter()
            .enumerate()
            .map(|(i, &b)| (i, b as u32))
            .collect();
        assert_eq!(
            refusal(check_controls(noisy.into_iter())).map(|r| r.1),
            Some(2)
        );
        let text = b"one\x07 line of ordinary text\r\n\twith a tab\x0c";
        let units = text.iter().enumerate().map(|(i, &b)| (i, b as u32));
        assert!(check_controls(units).is_ok());
        let escapes = b"\x1b$B$3$s\x1b(B";
        let units = escapes.iter().enumerate().map(|(i, &b)| (i, b as u32));
        assert!(check_controls(units).is_ok());
    }
}
