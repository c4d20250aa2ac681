//! Tests of the whole ingest stage: `decode` from bytes to clean text.

use super::*;

fn plain() -> IngestOptions {
    IngestOptions::default()
}

fn decode_plain(bytes: &[u8]) -> Decoded {
    match decode(bytes, &plain()) {
        Ok(d) => d,
        Err(e) => panic!("decode failed: {e}"),
    }
}

fn not_text(bytes: &[u8]) -> Option<(String, usize)> {
    match decode(bytes, &plain()) {
        Err(Error::NotText { reason, offset }) => Some((reason, offset)),
        _ => None,
    }
}

/// `text` as UTF-16 bytes in the given byte order, with or without a byte-order mark.
pub(super) fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut units: Vec<u16> = text.encode_utf16().collect();
    if bom {
        units.insert(0, 0xFEFF);
    }
    units
        .iter()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
    std::iter::once('\u{FEFF}')
        .chain(text.chars())
        .flat_map(|c| {
            if big_endian {
                (c as u32).to_be_bytes()
            } else {
                (c as u32).to_le_bytes()
            }
        })
        .collect()
}

/// The seed sample, read from the repository, as decode gives it back: the same lines,
/// without the trailing blank line.
fn seed() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/speech.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    format!("{}\n", text.trim_end())
}

#[test]
fn utf32_with_bom_both_endians() {
    for big_endian in [false, true] {
        let d = decode_plain(&utf32("各位代表：\n今天开会。\n", big_endian));
        assert_eq!(d.text, "各位代表：\n今天开会。\n");
        assert_eq!(d.encoding, if big_endian { "UTF-32BE" } else { "UTF-32LE" });
    }
}

#[test]
fn utf16_with_and_without_bom() {
    let text = "各位代表：\r\n今天开会。Today we meet.\r\n";
    for big_endian in [false, true] {
        let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
        for bom in [true, false] {
            let d = decode_plain(&utf16(text, big_endian, bom));
            assert_eq!(d.text, "各位代表：\n今天开会。Today we meet.\n");
            assert_eq!(d.encoding, name);
            assert!(d.warnings.is_empty());
        }
    }
}

#[test]
fn utf16_with_odd_byte_count_warns() {
    let mut bytes = utf16("你好\n", false, true);
    bytes.push(b'x');
    let d = decode_plain(&bytes);
    assert_eq!(d.text, "你好\n\u{FFFD}");
    assert!(d.warnings.iter().any(|w| w.contains("odd number of bytes")));
}

#[test]
fn utf8_with_bom_and_truncated_utf8() {
    let d = decode_plain("\u{FEFF}café\n".as_bytes());
    assert_eq!((d.text.as_str(), d.encoding), ("café\n", "UTF-8"));
    let cut = &"今天开会".as_bytes()[..11];
    let d = decode_plain(cut);
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.text, "今天开\u{FFFD}");
    assert_eq!(
        d.warnings,
        ["1 malformed byte sequence(s) for UTF-8 replaced with U+FFFD, at byte 9"]
    );
}

#[test]
fn legacy_encodings_are_detected() {
    let cases: [(&'static Encoding, &str); 5] = [
        (encoding_rs::GBK, "你好"),
        (encoding_rs::BIG5, "中華民國的歷史與文化"),
        (encoding_rs::SHIFT_JIS, "日本語のテキストです。東京は晴れ。"),
        (encoding_rs::WINDOWS_1252, "café naïve"),
        (encoding_rs::EUC_KR, "대한민국의 수도는 서울입니다."),
    ];
    for (encoding, text) in cases {
        let (bytes, _, _) = encoding.encode(text);
        let d = decode_plain(&bytes);
        assert_eq!((d.text.trim_end(), d.encoding), (text, encoding.name()));
    }
}

#[test]
fn forced_encoding_wins() {
    let (bytes, _, _) = encoding_rs::GBK.encode("你好");
    let forced = IngestOptions {
        encoding: Some(encoding_rs::BIG5),
        ..plain()
    };
    let d = decode(&bytes, &forced).map(|d| d.encoding).ok();
    assert_eq!(d, Some("Big5"));
    let forced = IngestOptions {
        encoding: encoding_for_label("utf-16le").ok(),
        ..plain()
    };
    let d = decode(&utf16("ab\n", false, true), &forced)
        .map(|d| d.text)
        .ok();
    assert_eq!(d.as_deref(), Some("ab\n"));
}

#[test]
fn malformed_bytes_warn_or_fail_under_strict() {
    // GBK text with a lone lead byte in the middle.
    let mut bytes = encoding_rs::GBK
        .encode("你好，世界，今天的会议很重要")
        .0
        .into_owned();
    bytes.insert(4, 0x81);
    bytes.insert(5, b'\n');
    let lenient = IngestOptions {
        encoding: Some(encoding_rs::GBK),
        ..plain()
    };
    let d = decode(&bytes, &lenient).ok();
    let warnings = d.map(|d| d.warnings).unwrap_or_default();
    assert_eq!(
        warnings,
        ["1 malformed byte sequence(s) for GBK replaced with U+FFFD, at byte 4"]
    );
    let strict = IngestOptions {
        strict: true,
        ..lenient
    };
    match decode(&bytes, &strict) {
        Err(Error::Malformed {
            encoding,
            count,
            offset,
        }) => {
            assert_eq!((encoding.as_str(), count, offset), ("GBK", 1, 4))
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn binary_input_is_refused_with_an_offset() {
    assert_eq!(
        not_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        Some(("PNG image".into(), 0))
    );
    assert!(not_text(b"PK\x03\x04\x14\0\x06\0").is_some_and(|(r, o)| r.contains("ZIP") && o == 0));
    assert_eq!(not_text(b"%PDF-1.4\n"), Some(("PDF document".into(), 0)));
    assert_eq!(
        not_text(b"\x7fELF\x02\x01\x01\0"),
        Some(("ELF executable".into(), 0))
    );
    assert_eq!(
        not_text("正文\0正文".as_bytes()),
        Some(("NUL byte".into(), 6))
    );
    assert_eq!(not_text(b"\xEF\xBB\xBFab\0c"), Some(("NUL byte".into(), 5)));
    assert_eq!(not_text(b"\x01\x02\x03\x04abc").map(|r| r.1), Some(0));
}

#[test]
fn empty_blank_and_bom_only_inputs_are_empty_with_a_warning() {
    for bytes in [
        &b""[..],
        b" \r\n\t\n",
        b"\xEF\xBB\xBF",
        b"\xFF\xFE",
        "\u{3000}\n".as_bytes(),
    ] {
        let d = decode_plain(bytes);
        assert_eq!(d.text, "");
        assert_eq!(d.warnings, ["empty file (no text)"]);
    }
}

#[test]
fn markdown_keeps_its_line_structure() {
    let md = IngestOptions::default();
    let d = decode(
        "# Title\r\n\r\n    code\tblock  \r\n- item\r\n\r\n\r\nend  \r\n".as_bytes(),
        &md,
    )
    .ok();
    assert_eq!(
        d.map(|d| d.text).as_deref(),
        Some("# Title\n\n    code\tblock  \n- item\n\n\nend  \n")
    );
}

#[test]
fn seed_is_kept_line_for_line() {
    let seed = seed();
    assert_eq!(seed.lines().count(), 10, "samples/speech.txt has 10 lines");
    let d = decode_plain(seed.as_bytes());
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.text, seed);
    for (encoding, name) in [
        (encoding_rs::GB18030, "GBK"),
        (encoding_rs::UTF_16LE, "UTF-16LE"),
    ] {
        let bytes = if encoding == encoding_rs::UTF_16LE {
            utf16(&seed, false, false)
        } else {
            encoding.encode(&seed).0.into_owned()
        };
        let d = decode_plain(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (seed.as_str(), name));
    }
}

#[test]
fn seed_copies_in_other_encodings_decode_to_the_seed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    for (file, name) in [("speech-gbk.txt", "GBK"), ("speech-utf16.txt", "UTF-16LE")] {
        let bytes = std::fs::read(root.join(file)).unwrap_or_default();
        let d = decode_plain(&bytes);
        assert_eq!(
            (d.text.trim_end(), d.encoding),
            (seed().trim_end(), name),
            "{file}"
        );
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: [&[u8]; 12] = [
        b"\0",
        b"\xFF\xFE",
        b"\xFE\xFF",
        b"\xEF\xBB\xBF",
        b"\r\n",
        b"\n\n",
        "中文。".as_bytes(),
        b"\xc4\xe3",
        b"  ",
        "\u{3000}".as_bytes(),
        b"-\n",
        b"a",
    ];
    for round in 0..3000 {
        let mut bytes = Vec::new();
        let len = (next() % 64) as usize;
        for _ in 0..len {
            let r = next();
            if r % 3 == 0 {
                bytes.extend_from_slice(pieces[(r as usize / 3) % pieces.len()]);
            } else {
                bytes.push((r >> 8) as u8);
            }
        }
        for options in [
            plain(),
            IngestOptions::default(),
            IngestOptions {
                strict: true,
                ..plain()
            },
        ] {
            let _ = decode(&bytes, &options);
        }
        let _ = round;
    }
}

#[test]
fn a_stray_byte_in_utf8_keeps_the_text_and_strict_refuses_it() {
    let bytes = b"\xe5\x90\x84\xe4\xbd\x8d\xe4\xbb\xa3\xe8\xa1\xa8\xe3\x80\x81\xe5\x90\x8c\xe5\xbf\x97\xe4\xbb\xac\xef\xbc\x9a\n\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xa4\xa7\xe4\xbc\x9a\xe9\x9a\x86\xe9\x87\x8d\xe5\x8f\xac\xe5\xbc\x80\xe3\x80\x82\xff\n";
    let d = decode_plain(bytes);
    assert_eq!(d.encoding, "UTF-8");
    assert!(d.text.starts_with("各位代表、同志们："), "{}", d.text);
    assert!(d.text.contains("今天大会隆重召开。\u{FFFD}"), "{}", d.text);
    assert_eq!(
        d.warnings,
        ["1 malformed byte sequence(s) for UTF-8 replaced with U+FFFD, at byte 55"]
    );
    let strict = IngestOptions {
        strict: true,
        ..plain()
    };
    assert!(matches!(
        decode(bytes, &strict),
        Err(Error::Malformed { offset: 55, .. })
    ));
}
