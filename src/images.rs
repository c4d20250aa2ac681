//! Local images for the outputs that embed them (the PDF layout, DOCX): found beside
//! the input, read, recognised (PNG or JPEG, by their signature) and sized.
//!
//! Nothing is fetched from the network: a URL with a scheme is "not a local file", and
//! the writer shows the alt text and warns, as it does for a missing or unreadable file.

use std::path::{Path, PathBuf};

/// The encodings we embed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// PNG; `color_type`, `bit_depth` and `interlaced` come from its header.
    Png {
        /// PNG colour type (0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA).
        color_type: u8,
        /// Bits per sample.
        bit_depth: u8,
        /// True for Adam7 interlacing.
        interlaced: bool,
    },
    /// JPEG (baseline or progressive); `components` is 1 (grey), 3 (YCbCr) or 4 (CMYK).
    Jpeg {
        /// Colour components.
        components: u8,
    },
}

/// An image read from disk.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedImage {
    /// The file's bytes, unchanged.
    pub bytes: Vec<u8>,
    /// What they are.
    pub format: ImageFormat,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl LoadedImage {
    /// Returns true if and only if the PDF writer embeds this image: a JPEG of 1, 3 or
    /// 4 components, or a PNG that is not interlaced and, when it has alpha, has 8-bit
    /// samples.
    pub(crate) fn embeddable(&self) -> bool {
        match self.format {
            ImageFormat::Jpeg { components } => matches!(components, 1 | 3 | 4),
            ImageFormat::Png {
                color_type,
                bit_depth,
                interlaced,
            } => {
                !interlaced
                    && match color_type {
                        0 => matches!(bit_depth, 1 | 2 | 4 | 8 | 16),
                        2 => matches!(bit_depth, 8 | 16),
                        3 => matches!(bit_depth, 1 | 2 | 4 | 8),
                        4 | 6 => bit_depth == 8,
                        _ => false,
                    }
            }
        }
    }

    /// The image's size in points, at 96 pixels to the inch, scaled down (never up) to
    /// fit `max_width` × `max_height`.
    pub(crate) fn fitted_size(&self, max_width: f64, max_height: f64) -> (f64, f64) {
        let (w, h) = (f64::from(self.width) * 0.75, f64::from(self.height) * 0.75);
        let scale = (max_width / w).min(max_height / h).min(1.0);
        (w * scale, h * scale)
    }
}

/// The directory relative image paths are resolved against: the input's own.
pub(crate) fn base_dir(source: &str) -> PathBuf {
    Path::new(source)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Reads the image `url` names, relative to `base`. The error says why it cannot be
/// shown, for a warning.
pub(crate) fn load_image(url: &str, base: &Path) -> Result<LoadedImage, String> {
    let has_scheme = url.split_once(':').is_some_and(|(scheme, _)| {
        scheme.len() > 1
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme || url.starts_with("//") {
        return Err(format!(
            "image {url} is not a local file; its alt text is shown"
        ));
    }
    let path = base.join(percent_decode(url.split(['#', '?']).next().unwrap_or(url)));
    let bytes = std::fs::read(&path).map_err(|e| {
        format!(
            "image {} cannot be read ({e}); its alt text is shown",
            path.display()
        )
    })?;
    let (format, width, height) = sniff(&bytes).ok_or_else(|| {
        format!(
            "image {} is not a PNG or JPEG file; its alt text is shown",
            path.display()
        )
    })?;
    if width == 0 || height == 0 {
        return Err(format!(
            "image {} has no size; its alt text is shown",
            path.display()
        ));
    }
    Ok(LoadedImage {
        bytes,
        format,
        width,
        height,
    })
}

/// `%20` and the like decoded (Markdown paths often escape spaces).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The format and pixel size of PNG or JPEG bytes.
fn sniff(bytes: &[u8]) -> Option<(ImageFormat, u32, u32)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.get(12..16) == Some(b"IHDR") {
        let be = |at: usize| -> Option<u32> {
            Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
        };
        let format = ImageFormat::Png {
            bit_depth: *bytes.get(24)?,
            color_type: *bytes.get(25)?,
            interlaced: *bytes.get(28)? != 0,
        };
        return Some((format, be(16)?, be(20)?));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        let mut at = 2;
        while at + 4 <= bytes.len() {
            if bytes[at] != 0xFF {
                return None;
            }
            let marker = bytes[at + 1];
            if marker == 0xFF {
                at += 1;
                continue;
            }
            let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
            let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
            if is_frame {
                let seg = bytes.get(at + 4..at + 2 + len)?;
                let height = u32::from(u16::from_be_bytes([*seg.get(1)?, *seg.get(2)?]));
                let width = u32::from(u16::from_be_bytes([*seg.get(3)?, *seg.get(4)?]));
                let components = *seg.get(5)?;
                return Some((ImageFormat::Jpeg { components }, width, height));
            }
            at += 2 + len;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/markdown")
    }

    #[test]
    fn a_local_png_is_read_and_sized() {
        let image = load_image("box.png", &fixtures()).unwrap();
        assert_eq!((image.width, image.height), (40, 20));
        assert!(matches!(
            image.format,
            ImageFormat::Png { color_type: 2, .. }
        ));
        assert_eq!(image.fitted_size(1000.0, 1000.0), (30.0, 15.0));
        assert_eq!(image.fitted_size(15.0, 1000.0), (15.0, 7.5));
    }

    #[test]
    fn missing_remote_and_foreign_files_say_why() {
        let missing = load_image("nothere.png", &fixtures()).unwrap_err();
        assert!(missing.contains("cannot be read"), "{missing}");
        let remote = load_image("https://example.com/a.png", &fixtures()).unwrap_err();
        assert!(remote.contains("not a local file"), "{remote}");
        let text = load_image("everything.md", &fixtures()).unwrap_err();
        assert!(text.contains("not a PNG or JPEG"), "{text}");
    }

    #[test]
    fn jpeg_size_comes_from_its_frame_header() {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        jpeg.extend([
            0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x10, 0x00, 0x20, 0x03, 0, 0, 0,
        ]);
        assert_eq!(
            sniff(&jpeg),
            Some((ImageFormat::Jpeg { components: 3 }, 32, 16))
        );
        assert_eq!(percent_decode("my%20file.png"), "my file.png");
    }
}
