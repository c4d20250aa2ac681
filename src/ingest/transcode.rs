//! Decoding with encoding_rs while counting what could not be decoded.
//!
//! encoding_rs's convenience decoders replace malformed bytes silently; we need to tell the
//! user how many sequences were replaced and where the first one is, and to refuse them
//! under `--strict`. So we drive the decoder "without replacement" and insert U+FFFD
//! ourselves, which also gives the exact byte offset of each malformed sequence.

use encoding_rs::{DecoderResult, Encoding};

/// Decoded text plus a tally of malformed input.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lossy {
    /// The decoded text, U+FFFD where input was malformed.
    pub text: String,
    /// How many malformed sequences were replaced.
    pub malformed: usize,
    /// Byte offset (in the whole file) of the first malformed sequence.
    pub first_malformed: Option<usize>,
    /// Byte offsets of the first [`KEPT_OFFSETS`] malformed sequences, for the warning.
    pub offsets: Vec<usize>,
    /// Other things the user should know about the decoding (lines in another encoding).
    pub notes: Vec<String>,
}

/// How many malformed-sequence offsets a warning lists.
pub const KEPT_OFFSETS: usize = 5;

impl Lossy {
    /// Appends one U+FFFD for a malformed sequence at file offset `offset`.
    pub fn replace(&mut self, text: &mut String, offset: usize) {
        text.push('\u{FFFD}');
        self.malformed += 1;
        self.first_malformed.get_or_insert(offset);
        if self.offsets.len() < KEPT_OFFSETS {
            self.offsets.push(offset);
        }
    }

    /// Appends `other`, decoded from the bytes after this one's.
    pub fn append(&mut self, other: Lossy) {
        self.text.push_str(&other.text);
        self.malformed += other.malformed;
        if self.first_malformed.is_none() {
            self.first_malformed = other.first_malformed;
        }
        let room = KEPT_OFFSETS.saturating_sub(self.offsets.len());
        self.offsets.extend(other.offsets.into_iter().take(room));
    }
}

/// Decodes `bytes` (no BOM handling: the caller has stripped it) with `encoding`. `base`
/// is the offset of `bytes` in the file, so reported offsets are file offsets.
pub fn decode_counting(encoding: &'static Encoding, bytes: &[u8], base: usize) -> Lossy {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut lossy = Lossy::default();
    let mut text = String::new();
    let mut read_total = 0;
    loop {
        let rest = &bytes[read_total..];
        let needed = decoder
            .max_utf8_buffer_length_without_replacement(rest.len())
            .unwrap_or(rest.len().saturating_mul(3))
            .max(16);
        text.reserve(needed);
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read_total += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => continue,
            DecoderResult::Malformed(bad, after) => {
                let start = read_total
                    .saturating_sub(after as usize)
                    .saturating_sub(bad as usize);
                lossy.replace(&mut text, base + start);
            }
        }
    }
    lossy.text = text;
    lossy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_input_has_no_malformed_sequences() {
        let out = decode_counting(encoding_rs::GBK, b"\xc4\xe3\xba\xc3", 0);
        assert_eq!(out.text, "你好");
        assert_eq!(out.malformed, 0);
        assert_eq!(out.first_malformed, None);
    }

    #[test]
    fn malformed_sequences_are_counted_with_file_offsets() {
        // "a", invalid UTF-8 byte, "b", a cut-off 3-byte sequence at the end.
        let out = decode_counting(encoding_rs::UTF_8, b"a\xffb\xe4\xb8", 3);
        assert_eq!(out.text, "a\u{FFFD}b\u{FFFD}");
        assert_eq!(out.malformed, 2);
        assert_eq!(out.first_malformed, Some(4));
        assert_eq!(out.offsets, vec![4, 6]);
    }

    #[test]
    fn odd_utf16_byte_is_replaced() {
        let out = decode_counting(encoding_rs::UTF_16LE, b"a\0b", 2);
        assert_eq!(out.text, "a\u{FFFD}");
        assert_eq!(out.malformed, 1);
        assert_eq!(out.first_malformed, Some(4));
    }

    #[test]
    fn large_input_decodes_in_one_pass() {
        let bytes = "中文".repeat(100_000).into_bytes();
        let out = decode_counting(encoding_rs::UTF_8, &bytes, 0);
        assert_eq!(out.text.len(), bytes.len());
    }
}
