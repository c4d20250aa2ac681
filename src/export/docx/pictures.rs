//! Images → inline pictures: a local PNG or JPEG becomes a docx-rs `Pic` in its own
//! run, scaled (never enlarged) into the type area, with its alt text as the drawing's
//! description; an image that cannot be shown leaves its alt text and a warning.
//!
//! docx-rs numbers pictures from a process-wide counter and names every drawing
//! "Figure" with id 1; we give the ids ourselves (rIdImage1, 2, … in document order) so
//! two writes are identical, and `describe_pictures` writes each drawing's own id, name
//! and description afterwards. docx-rs stores every picture as `media/….png`; a JPEG
//! keeps its bytes under that name (Word and LibreOffice go by the data's signature).

use std::cell::{Cell, RefCell};
use std::path::PathBuf;

use docx_rs::{Pic, Run};

use crate::images::load_image;

/// EMUs (English Metric Units) in a point.
const EMU_PER_PT: f64 = 12_700.0;

/// What the writer knows about images while it walks the document.
#[derive(Debug)]
pub(crate) struct Media {
    /// Where relative image paths start: the input's directory.
    base: PathBuf,
    /// The largest picture, in points: the type area.
    max: (f64, f64),
    /// The number of the next picture.
    next: Cell<usize>,
    /// The pictures' alt texts, in document order.
    pub(crate) alts: RefCell<Vec<String>>,
    /// Why images were left out, for the user.
    pub(crate) warnings: RefCell<Vec<String>>,
}

impl Media {
    /// Media for a document read from beside `base`, in a type area `max` points large.
    pub(crate) fn new(base: PathBuf, max: (f64, f64)) -> Media {
        Media {
            base,
            max,
            next: Cell::new(1),
            alts: RefCell::new(Vec::new()),
            warnings: RefCell::new(Vec::new()),
        }
    }

    /// A run holding the picture `url` names, or `None` (with a warning) if it cannot be
    /// embedded.
    pub(crate) fn picture_run(&self, url: &str, alt: &str) -> Option<Run> {
        let image = match load_image(url, &self.base) {
            Ok(image) => image,
            Err(why) => {
                self.warnings.borrow_mut().push(why);
                return None;
            }
        };
        let (w, h) = image.fitted_size(self.max.0, self.max.1);
        let n = self.next.get();
        self.next.set(n + 1);
        self.alts.borrow_mut().push(alt.to_string());
        let pic = Pic::new_with_dimensions(image.bytes, image.width, image.height)
            .id(format!("rIdImage{n}"))
            .size(
                (w * EMU_PER_PT).round() as u32,
                (h * EMU_PER_PT).round() as u32,
            );
        Some(Run::new().add_image(pic))
    }
}

/// Gives each drawing in `document` (docx-rs writes `<wp:docPr id="1" name="Figure" />`
/// for all) its own id, a name and its alt text as description, in document order.
pub(crate) fn describe_pictures(document: &[u8], alts: &[String]) -> Vec<u8> {
    const DOC_PR: &str = "<wp:docPr id=\"1\" name=\"Figure\" />";
    let text = String::from_utf8_lossy(document);
    if alts.is_empty() || !text.contains(DOC_PR) {
        return document.to_vec();
    }
    let mut out = String::with_capacity(text.len() + alts.len() * 64);
    for (i, piece) in text.split(DOC_PR).enumerate() {
        if i > 0 {
            let alt = alts.get(i - 1).map(String::as_str).unwrap_or("");
            out.push_str(&format!(
                "<wp:docPr id=\"{i}\" name=\"Picture {i}\" descr=\"{}\" />",
                super::parts::escape(alt)
            ));
        }
        out.push_str(piece);
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawings_get_their_own_ids_and_alt_texts() {
        let xml = b"<a><wp:docPr id=\"1\" name=\"Figure\" /><b/><wp:docPr id=\"1\" name=\"Figure\" /></a>";
        let out = describe_pictures(xml, &["A \"box\"".into(), "B & C".into()]);
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("<wp:docPr id=\"1\" name=\"Picture 1\" descr=\"A &quot;box&quot;\" />")
        );
        assert!(out.contains("<wp:docPr id=\"2\" name=\"Picture 2\" descr=\"B &amp; C\" />"));
    }

    #[test]
    fn a_missing_image_is_a_warning() {
        let media = Media::new(PathBuf::from("/nonexistent"), (400.0, 600.0));
        assert!(media.picture_run("a.png", "alt").is_none());
        assert_eq!(media.warnings.borrow().len(), 1);
    }
}
