//! Fonts: found, read and parsed once per process, then shared by every thread.
//!
//! A [`FontBook`] maps font files (bundled in `fonts/`, or paths from a house style) to
//! [`FontId`]s. The layout asks it for advances and glyph coverage; the PDF writer asks
//! it for the font's bytes to subset. Font data is read once and kept for the life of
//! the process (it is leaked on purpose, so parsed faces can borrow it for `'static`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, RwLock};

/// Identifies a loaded font within the process's [`FontBook`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontId(pub u16);

/// A font file read into memory and parsed.
pub struct LoadedFont {
    /// The name it was asked for (a bundled file name or a path).
    pub file: String,
    /// The font file's bytes (a whole TTC for collections).
    pub data: &'static [u8],
    /// The face index within a collection (0 for single fonts).
    pub face_index: u32,
    /// The parsed face.
    pub face: ttf_parser::Face<'static>,
    /// Design units per em.
    pub units_per_em: f64,
    /// The face's PostScript or family name, for messages and PDF metadata.
    pub name: String,
}

impl std::fmt::Debug for LoadedFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedFont")
            .field("file", &self.file)
            .field("face_index", &self.face_index)
            .finish()
    }
}

impl LoadedFont {
    /// True if and only if the face has a glyph for `ch`.
    pub fn has_glyph(&self, ch: char) -> bool {
        self.face.glyph_index(ch).is_some()
    }

    /// The horizontal advance of `ch` in ems, if the face has it.
    pub fn advance_em(&self, ch: char) -> Option<f64> {
        let gid = self.face.glyph_index(ch)?;
        let adv = self.face.glyph_hor_advance(gid)?;
        Some(f64::from(adv) / self.units_per_em)
    }

    /// Ascender in ems (positive, above the baseline).
    pub fn ascender_em(&self) -> f64 {
        f64::from(self.face.ascender()) / self.units_per_em
    }

    /// Descender in ems (negative, below the baseline).
    pub fn descender_em(&self) -> f64 {
        f64::from(self.face.descender()) / self.units_per_em
    }
}

/// Why a font could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontError {
    /// The file asked for.
    pub file: String,
    /// What went wrong.
    pub reason: String,
}

impl std::fmt::Display for FontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "font {}: {}", self.file, self.reason)
    }
}

impl std::error::Error for FontError {}

/// Every font this process has loaded.
#[derive(Default)]
pub struct FontBook {
    fonts: RwLock<Vec<Arc<LoadedFont>>>,
    by_file: RwLock<HashMap<String, FontId>>,
}

impl FontBook {
    /// The process-wide font book.
    pub fn shared() -> &'static FontBook {
        static BOOK: OnceLock<FontBook> = OnceLock::new();
        BOOK.get_or_init(FontBook::default)
    }

    /// Loads `file` (a bundled font's file name, or a path) once; later calls return the
    /// same id. A file name without a folder is looked up in the font folders.
    pub fn load(&self, file: &str) -> Result<FontId, FontError> {
        if let Some(id) = self.by_file.read().ok().and_then(|m| m.get(file).copied()) {
            return Ok(id);
        }
        let mut by_file = self.by_file.write().map_err(|_| poisoned(file))?;
        if let Some(id) = by_file.get(file) {
            return Ok(*id);
        }
        let data: &'static [u8] = match resolve(file) {
            Some(path) => {
                let bytes = std::fs::read(&path).map_err(|e| FontError {
                    file: file.to_string(),
                    reason: e.to_string(),
                })?;
                Box::leak(bytes.into_boxed_slice())
            }
            // Compiled in: a copied or installed binary needs no fonts/ folder.
            None => crate::bundled_fonts::bundled_font(file).ok_or_else(|| FontError {
                file: file.to_string(),
                reason: format!(
                    "not found (looked in {}, and it is not a bundled font)",
                    font_dirs()
                        .iter()
                        .map(|d| d.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })?,
        };
        let font = parse(file, data, 0)?;
        let mut fonts = self.fonts.write().map_err(|_| poisoned(file))?;
        let id = FontId(u16::try_from(fonts.len()).map_err(|_| FontError {
            file: file.to_string(),
            reason: "too many fonts".to_string(),
        })?);
        fonts.push(Arc::new(font));
        by_file.insert(file.to_string(), id);
        Ok(id)
    }

    /// Registers an already-read font (a system font found for fallback) under `key`.
    pub fn load_bytes(
        &self,
        key: &str,
        data: &'static [u8],
        face_index: u32,
    ) -> Result<FontId, FontError> {
        let mut by_file = self.by_file.write().map_err(|_| poisoned(key))?;
        if let Some(id) = by_file.get(key) {
            return Ok(*id);
        }
        let font = parse(key, data, face_index)?;
        let mut fonts = self.fonts.write().map_err(|_| poisoned(key))?;
        let id = FontId(fonts.len() as u16);
        fonts.push(Arc::new(font));
        by_file.insert(key.to_string(), id);
        Ok(id)
    }

    /// The loaded font with this id.
    ///
    /// # Panics
    /// Only if `id` did not come from this book.
    pub fn font(&self, id: FontId) -> Arc<LoadedFont> {
        let fonts = self.fonts.read().unwrap_or_else(|e| e.into_inner());
        Arc::clone(&fonts[usize::from(id.0)])
    }
}

fn poisoned(file: &str) -> FontError {
    FontError {
        file: file.to_string(),
        reason: "font table poisoned by an earlier panic".to_string(),
    }
}

fn parse(file: &str, data: &'static [u8], index: u32) -> Result<LoadedFont, FontError> {
    let face = ttf_parser::Face::parse(data, index).map_err(|e| FontError {
        file: file.to_string(),
        reason: format!("not a usable font: {e}"),
    })?;
    let units_per_em = f64::from(face.units_per_em());
    let name = face
        .names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())
        .unwrap_or_else(|| file.to_string());
    Ok(LoadedFont {
        file: file.to_string(),
        data,
        face_index: index,
        face,
        units_per_em,
        name,
    })
}

/// The folders searched for bundled fonts, in order: `$DOCPIPE_FONT_DIR`, `fonts/` beside
/// the executable and two levels up (a cargo build in a clone). Where none has the file,
/// the copy compiled into the binary is used (never the build tree, which may be gone).
pub fn font_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os("DOCPIPE_FONT_DIR") {
        dirs.push(PathBuf::from(dir));
    }
    if let Ok(exe) = std::env::current_exe() {
        if let Some(bin) = exe.parent() {
            dirs.push(bin.join("fonts"));
            if let Some(top) = bin.parent().and_then(Path::parent) {
                dirs.push(top.join("fonts"));
            }
        }
    }
    dirs
}

fn resolve(file: &str) -> Option<PathBuf> {
    let path = Path::new(file);
    if path.components().count() > 1 || path.is_absolute() {
        return path.is_file().then(|| path.to_path_buf());
    }
    font_dirs()
        .into_iter()
        .map(|d| d.join(file))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_load_once_and_measure() {
        let book = FontBook::shared();
        let fang = book.load("FandolFang-Regular.otf").unwrap();
        assert_eq!(book.load("FandolFang-Regular.otf").unwrap(), fang);
        let font = book.font(fang);
        assert!(font.has_glyph('书'));
        assert!((font.advance_em('书').unwrap() - 1.0).abs() < 1e-6);
        let serif = book.load("LiberationSerif-Regular.ttf").unwrap();
        assert!(book.font(serif).advance_em('a').unwrap() < 0.6);
    }

    #[test]
    fn a_missing_font_is_an_error_naming_it() {
        let err = FontBook::shared().load("NoSuchFont.ttf").unwrap_err();
        assert!(err.to_string().contains("NoSuchFont.ttf"));
    }
}
