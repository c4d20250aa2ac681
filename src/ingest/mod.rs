//! Ingest: bytes in any encoding → clean Unicode text, and what encoding it was.
//!
//! The first stage of the pipeline. It detects the encoding (BOM, strict UTF-8, BOM-less
//! UTF-16, then chardetng), refuses what is not text, decodes with encoding_rs (U+FFFD for
//! malformed bytes, counted and reported), and normalises without changing characters:
//! newlines and control characters. It ends at clean text: indentation, wrapping and
//! blank lines are left for the structure stage, which reads them as evidence.

mod binary;
mod bom;
mod detect;
mod mixed;
mod normalize;
mod rtl;
mod transcode;

use crate::error::Error;
use bom::BomKind;
use detect::Guess;
use encoding_rs::Encoding;
use transcode::Lossy;

/// How to read the bytes.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Decode with this encoding instead of detecting one (`--encoding`).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Treat malformed bytes as an error instead of a warning (`--strict`).
    pub strict: bool,
}

/// Decoded, normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text: LF line ends, no invisible controls, every other character as decoded.
    pub text: String,
    /// encoding_rs's name of the encoding ("UTF-8", "GBK", "UTF-16LE"), or "UTF-32LE" /
    /// "UTF-32BE", which encoding_rs lacks.
    pub encoding: &'static str,
    /// Things the user should know (malformed bytes replaced, and where).
    pub warnings: Vec<String>,
}

/// The encoding a WHATWG label names, or an error listing a few valid labels.
pub fn encoding_for_label(label: &str) -> Result<&'static encoding_rs::Encoding, Error> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| Error::UnknownEncoding(label.to_string()))
}

/// Decodes and normalises `bytes`.
///
/// Refuses binary input ([`Error::NotText`]) and, with `strict`, malformed bytes
/// ([`Error::Malformed`]); otherwise never fails. Empty or blank input gives empty text
/// and a warning.
pub fn decode(bytes: &[u8], options: &IngestOptions) -> Result<Decoded, Error> {
    binary::check_magic(bytes)?;
    let (encoding, body_start, mut lossy) = read_text(bytes, options.encoding)?;
    let mut warnings = std::mem::take(&mut lossy.notes);
    if lossy.malformed > 0 {
        let offset = lossy.first_malformed.unwrap_or(0);
        if options.strict {
            return Err(Error::Malformed {
                encoding: encoding.to_string(),
                count: lossy.malformed,
                offset,
            });
        }
        let mut at: Vec<String> = lossy.offsets.iter().map(usize::to_string).collect();
        if lossy.malformed > lossy.offsets.len() {
            at.push("…".to_string());
        }
        warnings.push(format!(
            "{} malformed byte sequence(s) for {encoding} replaced with U+FFFD, at byte {}",
            lossy.malformed,
            at.join(", ")
        ));
    }
    if encoding.starts_with("UTF-16") && (bytes.len() - body_start) % 2 == 1 {
        warnings.push(format!(
            "odd number of bytes ({}) for {encoding}: the dangling last byte was replaced with U+FFFD",
            bytes.len()
        ));
    }
    let radicals = normalize::radicals_read_as_ideographs(&lossy.text);
    if radicals > 0 {
        warnings.push(format!(
            "{radicals} Kangxi radical character(s) (as PDF text extraction leaves them, e.g. ⼀ for 一) read as the ideographs they stand for"
        ));
    }
    let cleaned = normalize::clean(&lossy.text);
    drop(lossy);
    warnings.extend(rtl::warning(&cleaned));
    if cleaned.trim().is_empty() {
        warnings.push("empty file (no text)".to_string());
        return Ok(Decoded {
            text: String::new(),
            encoding,
            warnings,
        });
    }
    Ok(Decoded {
        text: cleaned,
        encoding,
        warnings,
    })
}

/// Picks the encoding (forced, BOM, or detected), refuses binary input and decodes.
/// Returns the encoding's name, where the text starts (after a BOM) and the text.
fn read_text(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<(&'static str, usize, Lossy), Error> {
    let bom = bom::sniff(bytes);
    if let Some(encoding) = forced {
        let skip = match bom {
            Some(BomKind::Utf8) if encoding == encoding_rs::UTF_8 => 3,
            Some(BomKind::Utf16Le) if encoding == encoding_rs::UTF_16LE => 2,
            Some(BomKind::Utf16Be) if encoding == encoding_rs::UTF_16BE => 2,
            _ => 0,
        };
        return read_with(encoding, bytes, skip).map(|l| (encoding.name(), skip, l));
    }
    match bom {
        Some(kind @ (BomKind::Utf32Le | BomKind::Utf32Be)) => {
            let big_endian = kind == BomKind::Utf32Be;
            let body = &bytes[4..];
            let units = body.chunks_exact(4).enumerate().map(|(i, u)| {
                let unit = [u[0], u[1], u[2], u[3]];
                let value = if big_endian {
                    u32::from_be_bytes(unit)
                } else {
                    u32::from_le_bytes(unit)
                };
                (4 + i * 4, value)
            });
            binary::check_controls(units)?;
            Ok((kind.name(), 4, bom::decode_utf32(body, big_endian, 4)))
        }
        Some(kind) => {
            let encoding = match kind {
                BomKind::Utf16Le => encoding_rs::UTF_16LE,
                BomKind::Utf16Be => encoding_rs::UTF_16BE,
                _ => encoding_rs::UTF_8,
            };
            read_with(encoding, bytes, kind.len()).map(|l| (kind.name(), kind.len(), l))
        }
        None => {
            let encoding = match detect::guess(bytes) {
                Guess::Utf8 => encoding_rs::UTF_8,
                Guess::Iso2022Jp => encoding_rs::ISO_2022_JP,
                Guess::NotUtf8 => {
                    // Not UTF-8 as a whole, but perhaps UTF-8 with a few stray bytes or
                    // with lines in a legacy encoding pasted in: decode it by line. Only
                    // a file with no UTF-8 line needs chardetng's guess for the whole.
                    refuse_binary_bytes(bytes, 0)?;
                    if let Some(mixed) = mixed::decode_by_line(bytes) {
                        let mut lossy = mixed.lossy;
                        lossy.notes.extend(mixed.note);
                        return Ok((mixed.main.name(), 0, lossy));
                    }
                    let encoding = detect::guess_legacy(bytes);
                    return Ok((
                        encoding.name(),
                        0,
                        transcode::decode_counting(encoding, bytes, 0),
                    ));
                }
                Guess::Utf16(encoding) => encoding,
                Guess::Nul(offset) => {
                    return Err(Error::NotText {
                        reason: "NUL byte".to_string(),
                        offset,
                    })
                }
            };
            read_with(encoding, bytes, 0).map(|l| (encoding.name(), 0, l))
        }
    }
}

/// Refuses binary input for `encoding`, then decodes `bytes[skip..]`.
fn read_with(encoding: &'static Encoding, bytes: &[u8], skip: usize) -> Result<Lossy, Error> {
    refuse_binary(encoding, bytes, skip)?;
    let body = bytes.get(skip..).unwrap_or_default();
    Ok(transcode::decode_counting(encoding, body, skip))
}

/// Refuses `bytes[skip..]` as binary for `encoding`: control characters text does not
/// use, or (in a byte-oriented encoding) a NUL byte.
fn refuse_binary(encoding: &'static Encoding, bytes: &[u8], skip: usize) -> Result<(), Error> {
    let body = bytes.get(skip..).unwrap_or_default();
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        let big_endian = encoding == encoding_rs::UTF_16BE;
        let units = body.chunks_exact(2).enumerate().map(|(i, u)| {
            let unit = if big_endian {
                u16::from_be_bytes([u[0], u[1]])
            } else {
                u16::from_le_bytes([u[0], u[1]])
            };
            (skip + i * 2, u32::from(unit))
        });
        binary::check_controls(units)
    } else {
        refuse_binary_bytes(bytes, skip)
    }
}

/// Refuses `bytes[skip..]` as binary in a byte-oriented encoding (any but UTF-16): a NUL
/// byte, or control characters text does not use.
fn refuse_binary_bytes(bytes: &[u8], skip: usize) -> Result<(), Error> {
    let body = bytes.get(skip..).unwrap_or_default();
    binary::check_nul(body).map_err(|e| match e {
        Error::NotText { reason, offset } => Error::NotText {
            reason,
            offset: offset + skip,
        },
        other => other,
    })?;
    binary::check_controls(
        body.iter()
            .enumerate()
            .map(|(i, &b)| (skip + i, u32::from(b))),
    )
}

#[cfg(test)]
mod tests;
