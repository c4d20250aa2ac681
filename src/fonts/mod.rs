//! Fonts: a font book the caller builds once and passes in; the library keeps none of its own.
//!
//! A [`FontBook`] maps font files (bundled in `fonts/` and compiled in, found in the folders
//! the book was given, or paths from a house style) to [`FontId`]s, reading and parsing
//! each at most once for the life of the book; installed fonts are indexed on first need
//! (`system`). The layout asks it for advances and glyph coverage; the PDF writer asks it
//! for the font's bytes to subset. A book is `Sync`: a program builds one and shares it by
//! reference across its threads, so a batch parses each font once however many documents
//! and workers there are.

mod bundled;
mod system;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use owned_ttf_parser::AsFaceRef;

/// Identifies a loaded font within the [`FontBook`] that loaded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontId(pub u16);

/// A font file read into memory and parsed.
pub struct LoadedFont {
    /// The name it was asked for (a bundled file name or a path).
    pub file: String,
    /// The face index within a collection (0 for single fonts).
    pub face_index: u32,
    /// Design units per em.
    pub units_per_em: f64,
    /// The face's PostScript or family name, for messages and PDF metadata.
    pub name: String,
    program: Program,
    /// Glyph programs as a writer embeds them (for the PDF writer, a CFF charstring
    /// without its hints), by glyph id: made once per book, however many documents draw
    /// the glyph.
    prepared_glyphs: Mutex<rustc_hash::FxHashMap<u16, Arc<[u8]>>>,
}

/// A font's bytes with the face parsed from them.
enum Program {
    /// Compiled into the binary: borrowed, never copied.
    Bundled(Box<ttf_parser::Face<'static>>, &'static [u8]),
    /// Read from a file or an installed font: owned, freed with the book.
    Read(owned_ttf_parser::OwnedFace),
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
    /// The font file's bytes (a whole TTC for collections).
    pub fn data(&self) -> &[u8] {
        match &self.program {
            Program::Bundled(_, data) => data,
            Program::Read(owned) => owned.as_slice(),
        }
    }

    /// The parsed face.
    pub fn face(&self) -> &ttf_parser::Face<'_> {
        match &self.program {
            Program::Bundled(face, _) => face,
            Program::Read(owned) => owned.as_face_ref(),
        }
    }

    /// True if and only if the face has a glyph for `ch`.
    pub fn has_glyph(&self, ch: char) -> bool {
        self.face().glyph_index(ch).is_some()
    }

    /// The horizontal advance of `ch` in ems, if the face has it.
    pub fn advance_em(&self, ch: char) -> Option<f64> {
        let face = self.face();
        let gid = face.glyph_index(ch)?;
        let adv = face.glyph_hor_advance(gid)?;
        Some(f64::from(adv) / self.units_per_em)
    }

    /// Ascender in ems (positive, above the baseline).
    pub fn ascender_em(&self) -> f64 {
        f64::from(self.face().ascender()) / self.units_per_em
    }

    /// Descender in ems (negative, below the baseline).
    pub fn descender_em(&self) -> f64 {
        f64::from(self.face().descender()) / self.units_per_em
    }

    /// The programs of `gids`, each as made by `prepare` the first time this book was
    /// asked for that glyph; `None` (and nothing new kept) when `prepare` gives none for
    /// one of them. The lock is taken twice a call, not twice a glyph, and `prepare` runs
    /// without it, so threads preparing different documents do not wait for each other.
    pub fn prepared_glyphs(
        &self,
        gids: &[u16],
        mut prepare: impl FnMut(u16) -> Option<Vec<u8>>,
    ) -> Option<Vec<Arc<[u8]>>> {
        let lock = || {
            self.prepared_glyphs
                .lock()
                .unwrap_or_else(|e| e.into_inner())
        };
        let mut programs: Vec<Option<Arc<[u8]>>> = {
            let known = lock();
            gids.iter().map(|gid| known.get(gid).cloned()).collect()
        };
        let mut made = Vec::new();
        for (program, &gid) in programs.iter_mut().zip(gids) {
            if program.is_none() {
                let new: Arc<[u8]> = prepare(gid)?.into();
                made.push((gid, new.clone()));
                *program = Some(new);
            }
        }
        if !made.is_empty() {
            let mut known = lock();
            for (gid, program) in made {
                known.entry(gid).or_insert(program);
            }
        }
        programs.into_iter().collect()
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

/// Every font a program has loaded, and where it looks for more.
pub struct FontBook {
    /// Folders searched, in order, for a font named without a folder.
    dirs: Vec<PathBuf>,
    fonts: RwLock<Vec<Arc<LoadedFont>>>,
    by_file: RwLock<HashMap<String, FontId>>,
    system: system::SystemFonts,
}

impl Default for FontBook {
    /// A book of the bundled fonts (and paths named in full), searching no folders.
    fn default() -> FontBook {
        FontBook::new(Vec::new())
    }
}

impl std::fmt::Debug for FontBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fonts = self.fonts.read().unwrap_or_else(|e| e.into_inner());
        f.debug_struct("FontBook")
            .field("dirs", &self.dirs)
            .field("loaded", &fonts.iter().map(|f| &f.file).collect::<Vec<_>>())
            .finish()
    }
}

impl FontBook {
    /// A book that looks for a font named without a folder in `dirs`, in order, and then
    /// among the bundled fonts compiled into the library. Nothing is read until asked for.
    pub fn new(dirs: Vec<PathBuf>) -> FontBook {
        FontBook {
            dirs,
            fonts: RwLock::default(),
            by_file: RwLock::default(),
            system: system::SystemFonts::default(),
        }
    }

    /// The folders searched for fonts named without a folder, in order.
    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }

    /// Loads `file` (a bundled font's file name, or a path) once; later calls return the
    /// same id. A file name without a folder is looked up in the book's folders first.
    pub fn load(&self, file: &str) -> Result<FontId, FontError> {
        self.load_with(file, || match self.resolve(file) {
            Some(path) => {
                let bytes = std::fs::read(&path).map_err(|e| FontError {
                    file: file.to_string(),
                    reason: e.to_string(),
                })?;
                read_program(file, bytes, 0)
            }
            // Compiled in: a copied or installed binary needs no fonts/ folder.
            None => match bundled::bundled_font(file) {
                Some(data) => bundled_program(file, data),
                None => Err(FontError {
                    file: file.to_string(),
                    reason: format!(
                        "not found (looked in {}, and it is not a bundled font)",
                        self.dirs
                            .iter()
                            .map(|d| d.display().to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                }),
            },
        })
    }

    /// An installed font that has `ch`, loaded into this book; `None` if none has it.
    /// Installed fonts are enumerated and indexed once per book, on first need, and each
    /// face used is read once.
    pub fn system_font_for(&self, ch: char) -> Option<FontId> {
        if let Some(known) = self.system.known(ch) {
            return known;
        }
        let found = self.system.face_with(ch).and_then(|face| {
            let key = format!("system:{}#{}", face.post_script_name, face.index);
            self.load_with(&key, || {
                let bytes = self.system.read(face.id).ok_or_else(|| FontError {
                    file: key.clone(),
                    reason: "could not be read".to_string(),
                })?;
                read_program(&key, bytes, face.index)
            })
            .ok()
        });
        self.system.remember(ch, found);
        found
    }

    /// The loaded font with this id.
    ///
    /// # Panics
    /// Only if `id` did not come from this book.
    pub fn font(&self, id: FontId) -> Arc<LoadedFont> {
        let fonts = self.fonts.read().unwrap_or_else(|e| e.into_inner());
        Arc::clone(&fonts[usize::from(id.0)])
    }

    /// The id of the font loaded under `key`, reading it with `read` the first time.
    fn load_with(
        &self,
        key: &str,
        read: impl FnOnce() -> Result<LoadedFont, FontError>,
    ) -> Result<FontId, FontError> {
        if let Some(id) = self.by_file.read().ok().and_then(|m| m.get(key).copied()) {
            return Ok(id);
        }
        let mut by_file = self.by_file.write().map_err(|_| poisoned(key))?;
        if let Some(id) = by_file.get(key) {
            return Ok(*id);
        }
        let font = read()?;
        let mut fonts = self.fonts.write().map_err(|_| poisoned(key))?;
        let id = FontId(u16::try_from(fonts.len()).map_err(|_| FontError {
            file: key.to_string(),
            reason: "too many fonts".to_string(),
        })?);
        fonts.push(Arc::new(font));
        by_file.insert(key.to_string(), id);
        Ok(id)
    }

    /// The file a font name stands for: a path as given, or the first of the book's
    /// folders that has a file of that name.
    fn resolve(&self, file: &str) -> Option<PathBuf> {
        let path = Path::new(file);
        if path.components().count() > 1 || path.is_absolute() {
            return path.is_file().then(|| path.to_path_buf());
        }
        self.dirs.iter().map(|d| d.join(file)).find(|p| p.is_file())
    }
}

fn poisoned(file: &str) -> FontError {
    FontError {
        file: file.to_string(),
        reason: "font table poisoned by an earlier panic".to_string(),
    }
}

fn unusable(file: &str, e: ttf_parser::FaceParsingError) -> FontError {
    FontError {
        file: file.to_string(),
        reason: format!("not a usable font: {e}"),
    }
}

fn bundled_program(file: &str, data: &'static [u8]) -> Result<LoadedFont, FontError> {
    let face = ttf_parser::Face::parse(data, 0).map_err(|e| unusable(file, e))?;
    Ok(described(file, 0, Program::Bundled(Box::new(face), data)))
}

fn read_program(file: &str, bytes: Vec<u8>, index: u32) -> Result<LoadedFont, FontError> {
    let owned =
        owned_ttf_parser::OwnedFace::from_vec(bytes, index).map_err(|e| unusable(file, e))?;
    Ok(described(file, index, Program::Read(owned)))
}

/// A loaded font around `program`, with its metrics and name read once.
fn described(file: &str, face_index: u32, program: Program) -> LoadedFont {
    let mut font = LoadedFont {
        file: file.to_string(),
        face_index,
        units_per_em: 0.0,
        name: String::new(),
        program,
        prepared_glyphs: Mutex::default(),
    };
    let face = font.face();
    let units_per_em = f64::from(face.units_per_em());
    let name = face
        .names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())
        .unwrap_or_else(|| file.to_string());
    font.units_per_em = units_per_em;
    font.name = name;
    font
}

/// One book for the crate's unit tests, as a program has one: the bundled fonts, and the
/// installed ones indexed once for the whole test run.
#[cfg(test)]
pub(crate) fn test_book() -> &'static FontBook {
    static BOOK: std::sync::OnceLock<FontBook> = std::sync::OnceLock::new();
    BOOK.get_or_init(FontBook::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prepared_glyph_is_made_once_and_a_failure_is_not_kept() {
        let book = FontBook::default();
        let font = book.font(book.load("FandolFang-Regular.otf").unwrap());
        let made = std::cell::RefCell::new(Vec::new());
        let prepare = |gid: u16| {
            made.borrow_mut().push(gid);
            Some(vec![1, 2, gid as u8])
        };
        let bytes = |programs: Option<Vec<Arc<[u8]>>>| {
            programs.map(|p| p.iter().map(|p| p.to_vec()).collect::<Vec<_>>())
        };
        let want = Some(vec![vec![1, 2, 7], vec![1, 2, 9]]);
        assert_eq!(bytes(font.prepared_glyphs(&[7, 9], prepare)), want);
        assert_eq!(bytes(font.prepared_glyphs(&[7, 9], prepare)), want);
        assert_eq!(*made.borrow(), [7, 9]);
        assert!(font
            .prepared_glyphs(&[7, 8], |gid| (gid != 8).then(Vec::new))
            .is_none());
        assert_eq!(
            bytes(font.prepared_glyphs(&[8], prepare)),
            Some(vec![vec![1, 2, 8]])
        );
        assert_eq!(*made.borrow(), [7, 9, 8]);
    }

    #[test]
    fn bundled_fonts_load_once_and_measure() {
        let book = FontBook::default();
        let fang = book.load("FandolFang-Regular.otf").unwrap();
        assert_eq!(book.load("FandolFang-Regular.otf").unwrap(), fang);
        let font = book.font(fang);
        assert!(font.has_glyph('书'));
        assert!((font.advance_em('书').unwrap() - 1.0).abs() < 1e-6);
        let serif = book.load("LiberationSerif-Regular.ttf").unwrap();
        assert!(book.font(serif).advance_em('a').unwrap() < 0.6);
    }

    #[test]
    fn one_book_serves_many_threads_and_reads_each_font_once() {
        let book = FontBook::default();
        let ids: Vec<FontId> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| book.load("FandolSong-Regular.otf").unwrap()))
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).collect()
        });
        assert!(ids.iter().all(|&id| id == ids[0]), "{ids:?}");
        let shown = format!("{book:?}");
        assert_eq!(shown.matches("FandolSong").count(), 1, "{shown}");
    }

    #[test]
    fn a_missing_font_is_an_error_naming_it_and_the_folders() {
        let book = FontBook::new(vec![PathBuf::from("/no/such/folder")]);
        let err = book.load("NoSuchFont.ttf").unwrap_err().to_string();
        assert!(err.contains("NoSuchFont.ttf"), "{err}");
        assert!(err.contains("/no/such/folder"), "{err}");
    }

    #[test]
    fn a_folder_given_to_the_book_wins_over_the_bundled_copy() {
        let dir = tempfile::tempdir().unwrap();
        // Another font under a bundled font's name: the folder's file is the one read.
        let serif = bundled::bundled_font("LiberationSerif-Regular.ttf").unwrap();
        std::fs::write(dir.path().join("FandolFang-Regular.otf"), serif).unwrap();
        let from_folder = FontBook::new(vec![dir.path().to_path_buf()]);
        let font = from_folder.font(from_folder.load("FandolFang-Regular.otf").unwrap());
        assert!(font.name.contains("Liberation"), "{}", font.name);
        assert_eq!(font.data(), serif);
        let bundled = FontBook::default();
        let font = bundled.font(bundled.load("FandolFang-Regular.otf").unwrap());
        assert!(font.name.contains("Fang"), "{}", font.name);
    }

    #[test]
    fn a_file_that_is_not_a_font_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ttf");
        std::fs::write(&path, b"not a font").unwrap();
        let err = FontBook::default()
            .load(path.to_str().unwrap())
            .unwrap_err();
        assert!(err.reason.contains("not a usable font"), "{err}");
    }
}
