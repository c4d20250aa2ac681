//! Font choice per character, with fallback, and cached advances.
//!
//! A role (body, title, a heading…) names two faces: one for CJK text, one for Latin
//! letters and digits. [`FontSet::glyph`] picks the face a character belongs to, and when
//! that face lacks it, tries the role's other face, then every bundled face, then the
//! fonts installed on the system (the font book's, indexed once per book; never when the
//! style's `system_fonts` is off, and each one used is named in a warning). A character
//! no font has is recorded once so the PDF writer can warn about it. Every answer is cached
//! per (role, character), so per-character work is one hash lookup.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::error::Error;
use crate::fonts::{FontBook, FontId, LoadedFont};
use crate::layout::text::prefers_cjk_face;
use crate::style::Face;

/// Bundled faces tried, in this order, when a role's own faces lack a character.
const BUNDLED_FALLBACKS: [&str; 7] = [
    "FandolSong-Regular.otf",
    "FandolFang-Regular.otf",
    "FandolHei-Regular.otf",
    "FandolKai-Regular.otf",
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationMono-Regular.ttf",
];

/// An interned role: index into [`FontSet`]'s table of (CJK face, Latin face) pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct RoleId(u16);

/// Fonts of one layout run: roles, the per-character choice cache and missing characters.
pub(crate) struct FontSet<'b> {
    book: &'b FontBook,
    /// True for CJK (grid) profiles: ambiguous-width marks such as “ ” … — are set in the
    /// CJK face, full width.
    cjk_punctuation: bool,
    roles: Vec<(FontId, FontId)>,
    role_by_files: HashMap<(String, String), RoleId>,
    chosen: FxHashMap<(RoleId, char), Option<(FontId, f64)>>,
    fonts: HashMap<FontId, Arc<LoadedFont>>,
    bundled: Option<Vec<FontId>>,
    missing: Vec<char>,
    missing_seen: HashSet<char>,
    /// False: installed fonts are never asked (the output depends on the binary alone).
    system_fonts: bool,
    /// Installed faces that drew characters, with those characters, in first-use order.
    system_used: Vec<(FontId, Vec<char>)>,
}

impl<'b> FontSet<'b> {
    /// A font set over `book`.
    pub(crate) fn new(book: &'b FontBook, cjk_punctuation: bool) -> FontSet<'b> {
        FontSet {
            book,
            cjk_punctuation,
            roles: Vec::new(),
            role_by_files: HashMap::new(),
            chosen: FxHashMap::default(),
            fonts: HashMap::new(),
            bundled: None,
            missing: Vec::new(),
            missing_seen: HashSet::new(),
            system_fonts: true,
            system_used: Vec::new(),
        }
    }

    /// The same set, asking installed fonts for missing characters only if `allowed`.
    pub(crate) fn with_system_fonts(mut self, allowed: bool) -> FontSet<'b> {
        self.system_fonts = allowed;
        self
    }

    /// One warning per installed font that drew characters, naming it and them:
    /// "system font NAME drew ♔ (U+2654)" (see [`system_font_of_warning`]).
    pub(crate) fn take_system_used(&mut self) -> Vec<String> {
        let used = std::mem::take(&mut self.system_used);
        used.into_iter()
            .map(|(id, chars)| {
                let shown: Vec<String> = chars
                    .iter()
                    .map(|&ch| format!("{ch} (U+{:04X})", u32::from(ch)))
                    .collect();
                format!(
                    "{SYSTEM_FONT_WARNING}{}{SYSTEM_FONT_DREW}{}",
                    self.font(id).name,
                    shown.join(", ")
                )
            })
            .collect()
    }

    /// True if and only if ambiguous-width marks are set full width in the CJK face.
    pub(crate) fn cjk_punctuation(&self) -> bool {
        self.cjk_punctuation
    }

    /// The role for `face`, loading its two fonts on first use.
    pub(crate) fn role(&mut self, face: &Face) -> Result<RoleId, Error> {
        let key = (face.cjk.file.clone(), face.latin.file.clone());
        if let Some(id) = self.role_by_files.get(&key) {
            return Ok(*id);
        }
        let cjk = self.book.load(&face.cjk.file)?;
        let latin = self.book.load(&face.latin.file)?;
        let id = RoleId(self.roles.len() as u16);
        self.roles.push((cjk, latin));
        self.role_by_files.insert(key, id);
        Ok(id)
    }

    /// The font that sets `ch` in `role` and the character's advance in ems; `None` (and
    /// `ch` recorded as missing) if no font has it.
    pub(crate) fn glyph(&mut self, role: RoleId, ch: char) -> Option<(FontId, f64)> {
        if let Some(hit) = self.chosen.get(&(role, ch)) {
            return *hit;
        }
        let found = self.choose(role, ch);
        if found.is_none() && self.missing_seen.insert(ch) {
            self.missing.push(ch);
        }
        self.chosen.insert((role, ch), found);
        found
    }

    /// The primary font of `role` for `ch`.
    pub(crate) fn primary(&self, role: RoleId, ch: char) -> FontId {
        let (cjk, latin) = self.roles[usize::from(role.0)];
        if prefers_cjk_face(ch, self.cjk_punctuation) {
            cjk
        } else {
            latin
        }
    }

    /// The face that stands in for characters no font has: the role's CJK face, whose
    /// em is the one-em cell the missing character's box takes.
    pub(crate) fn missing_face(&self, role: RoleId) -> FontId {
        self.roles[usize::from(role.0)].0
    }

    /// The loaded font behind `id`.
    pub(crate) fn font(&mut self, id: FontId) -> Arc<LoadedFont> {
        let book = self.book;
        Arc::clone(self.fonts.entry(id).or_insert_with(|| book.font(id)))
    }

    /// Characters no font had, each once, in order of first appearance.
    pub(crate) fn take_missing(&mut self) -> Vec<char> {
        std::mem::take(&mut self.missing)
    }

    fn choose(&mut self, role: RoleId, ch: char) -> Option<(FontId, f64)> {
        let (cjk, latin) = self.roles[usize::from(role.0)];
        let own = if prefers_cjk_face(ch, self.cjk_punctuation) {
            [cjk, latin]
        } else {
            [latin, cjk]
        };
        for id in own {
            if let Some(adv) = self.font(id).advance_em(ch) {
                return Some((id, adv));
            }
        }
        for id in self.bundled() {
            if let Some(adv) = self.font(id).advance_em(ch) {
                return Some((id, adv));
            }
        }
        if is_private_use(ch) || !self.system_fonts {
            return None;
        }
        let id = self.book.system_font_for(ch)?;
        let adv = self.font(id).advance_em(ch)?;
        match self.system_used.iter_mut().find(|(used, _)| *used == id) {
            Some((_, chars)) if !chars.contains(&ch) => chars.push(ch),
            Some(_) => {}
            None => self.system_used.push((id, vec![ch])),
        }
        Some((id, adv))
    }

    fn bundled(&mut self) -> Vec<FontId> {
        let book = self.book;
        self.bundled
            .get_or_insert_with(|| {
                BUNDLED_FALLBACKS
                    .iter()
                    .filter_map(|file| book.load(file).ok())
                    .collect()
            })
            .clone()
    }
}

/// How a warning about an installed font begins.
const SYSTEM_FONT_WARNING: &str = "system font ";
/// What separates the font's name from the characters it drew.
const SYSTEM_FONT_DREW: &str = " drew ";

/// The installed font a layout warning names, if it is one saying that a system font
/// drew characters (so the output depends on the machine's fonts).
pub fn system_font_of_warning(warning: &str) -> Option<&str> {
    let rest = warning.strip_prefix(SYSTEM_FONT_WARNING)?;
    rest.split_once(SYSTEM_FONT_DREW).map(|(name, _)| name)
}

/// True for private-use code points. Their meaning is whatever a font or an encoding
/// agrees on: GB 18030's user-defined areas decode to them, and a GB-oriented bundled
/// face may draw them, but an installed font's private-use glyphs are its own icons
/// (OpenSymbol draws arrows there), so system fallback never answers for them.
fn is_private_use(ch: char) -> bool {
    matches!(u32::from(ch), 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StyleKind;
    use crate::style::Style;

    #[test]
    fn latin_goes_to_the_latin_face_and_cjk_to_the_cjk_face() {
        let style = Style::builtin(StyleKind::Speech);
        let book = FontBook::default();
        let mut set = FontSet::new(&book, true);
        let body = set.role(&style.faces.body).unwrap();
        let (han, adv) = set.glyph(body, '书').unwrap();
        assert!(set.font(han).name.contains("Fang"));
        assert!((adv - 1.0).abs() < 1e-9);
        let (digit, adv) = set.glyph(body, '2').unwrap();
        assert!(set.font(digit).name.contains("Liberation"));
        assert!((adv - 0.5).abs() < 1e-9);
        // Chinese quotation marks are full width in a CJK profile.
        let (quote, _) = set.glyph(body, '“').unwrap();
        assert!(set.font(quote).name.contains("Fang"));
    }

    #[test]
    fn a_character_no_font_has_is_recorded_once() {
        let style = Style::builtin(StyleKind::Speech);
        let book = FontBook::default();
        let mut set = FontSet::new(&book, true);
        let body = set.role(&style.faces.body).unwrap();
        // A supplementary private-use code point: no font is expected to have it.
        assert!(set.glyph(body, '\u{10FFFD}').is_none());
        assert!(set.glyph(body, '\u{10FFFD}').is_none());
        assert_eq!(set.take_missing(), vec!['\u{10FFFD}']);
    }

    #[test]
    fn private_use_characters_never_come_from_system_fonts() {
        assert!(is_private_use('\u{E25E}'));
        assert!(is_private_use('\u{10FFFD}'));
        assert!(!is_private_use('书'));
        assert!(!is_private_use('\u{FF01}'));
        let style = Style::builtin(StyleKind::Speech);
        let book = FontBook::default();
        let mut set = FontSet::new(&book, true);
        let body = set.role(&style.faces.body).unwrap();
        // OpenSymbol (installed with LibreOffice) maps U+E25E; no bundled face does.
        assert!(set.glyph(body, '\u{E25E}').is_none());
    }

    #[test]
    fn system_fonts_can_be_turned_off_and_are_named_when_used() {
        let style = Style::builtin(StyleKind::Speech);
        let book = FontBook::default();
        // A chess king: DejaVu Sans has it, no bundled face does.
        let ch = '\u{2654}';
        let mut on = FontSet::new(&book, true);
        let body = on.role(&style.faces.body).unwrap();
        let Some((id, _)) = on.glyph(body, ch) else {
            eprintln!("skipping: no installed font has U+2654");
            return;
        };
        let font = on.font(id);
        assert!(font.file.starts_with("system:"), "{}", font.file);
        let warnings = on.take_system_used();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            system_font_of_warning(&warnings[0]),
            Some(font.name.as_str())
        );
        assert!(
            warnings[0].ends_with("drew \u{2654} (U+2654)"),
            "{warnings:?}"
        );
        let mut off = FontSet::new(&book, true).with_system_fonts(false);
        let body = off.role(&style.faces.body).unwrap();
        assert!(off.glyph(body, ch).is_none());
        assert!(off.take_system_used().is_empty());
        assert_eq!(off.take_missing(), vec![ch]);
        assert_eq!(system_font_of_warning("no font has x (U+0078)"), None);
    }
}
