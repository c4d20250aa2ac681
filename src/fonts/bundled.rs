//! The bundled fonts, compiled into the binary, so that a copied or `cargo install`ed
//! docpipe writes PDFs with no `fonts/` folder anywhere: the clone may be gone.
//!
//! A folder still wins when it has the file (the folders the caller gave the
//! [`FontBook`](super::FontBook): the CLI's are `$DOCPIPE_FONT_DIR` and `fonts/` beside the
//! executable), and a house style may name any font file by path; these bytes are the
//! last resort. They cost the binary about 32 MB, the size of the font files.

/// `(file name, bytes)` of a font in the repository's `fonts/` folder.
macro_rules! bundled {
    ($file:literal) => {
        (
            $file,
            include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts/", $file)),
        )
    };
}

/// The bundled fonts by file name.
const BUNDLED: &[(&str, &[u8])] = &[
    bundled!("FandolFang-Regular.otf"),
    bundled!("FandolHei-Regular.otf"),
    bundled!("FandolKai-Regular.otf"),
    bundled!("FandolSong-Bold.otf"),
    bundled!("FandolSong-Regular.otf"),
    bundled!("LiberationMono-Regular.ttf"),
    bundled!("LiberationSerif-Bold.ttf"),
    bundled!("LiberationSerif-BoldItalic.ttf"),
    bundled!("LiberationSerif-Italic.ttf"),
    bundled!("LiberationSerif-Regular.ttf"),
];

/// The bytes of the bundled font named `file`, if there is one.
pub fn bundled_font(file: &str) -> Option<&'static [u8]> {
    BUNDLED
        .iter()
        .find(|(name, _)| *name == file)
        .map(|&(_, bytes)| bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_is_there_and_parses() {
        for (name, bytes) in BUNDLED {
            assert!(ttf_parser::Face::parse(bytes, 0).is_ok(), "{name}");
        }
        assert!(bundled_font("FandolFang-Regular.otf").is_some());
        assert!(bundled_font("NoSuchFont.ttf").is_none());
    }
}
