//! The fonts installed on this machine, as a last resort for characters no bundled face
//! has: enumerated with `fontdb` and indexed by code point once per
//! [`FontBook`](super::FontBook), on first need, so a book never asked never scans the disk.
//! Each face's cmap is read once; a lookup is then a binary search per face, and every
//! answer is remembered per character.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use super::FontId;

/// Installed fonts, indexed on first need, and the answers given so far.
#[derive(Default)]
pub(super) struct SystemFonts {
    index: OnceLock<Index>,
    found: Mutex<HashMap<char, Option<FontId>>>,
}

/// Installed faces and the code points each covers.
struct Index {
    db: fontdb::Database,
    /// Per face: its id and the code-point ranges (inclusive) its cmap maps.
    coverage: Vec<(fontdb::ID, Vec<(u32, u32)>)>,
}

/// An installed face that has a character.
pub(super) struct SystemFace {
    /// Its id in the database, to read it by.
    pub id: fontdb::ID,
    /// Its PostScript name.
    pub post_script_name: String,
    /// Its index within its file.
    pub index: u32,
}

impl SystemFonts {
    /// The answer already given for `ch`, if any.
    pub fn known(&self, ch: char) -> Option<Option<FontId>> {
        self.found.lock().ok().and_then(|m| m.get(&ch).copied())
    }

    /// Remembers the answer for `ch`.
    pub fn remember(&self, ch: char, found: Option<FontId>) {
        if let Ok(mut map) = self.found.lock() {
            map.insert(ch, found);
        }
    }

    /// The first installed face (in the database's order) whose cmap has `ch`.
    pub fn face_with(&self, ch: char) -> Option<SystemFace> {
        let index = self.index.get_or_init(Index::load);
        let cp = u32::from(ch);
        index
            .coverage
            .iter()
            .find(|(_, ranges)| {
                let i = ranges.partition_point(|&(_, hi)| hi < cp);
                ranges.get(i).is_some_and(|&(lo, _)| lo <= cp)
            })
            .and_then(|(id, _)| index.db.face(*id))
            .map(|info| SystemFace {
                id: info.id,
                post_script_name: info.post_script_name.clone(),
                index: info.index,
            })
    }

    /// The bytes of the file that holds face `id`.
    pub fn read(&self, id: fontdb::ID) -> Option<Vec<u8>> {
        let index = self.index.get()?;
        index.db.with_face_data(id, |data, _| data.to_vec())
    }
}

impl Index {
    fn load() -> Index {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let coverage = db
            .faces()
            .filter_map(|info| {
                let ranges = db.with_face_data(info.id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .map(|face| cmap_ranges(&face))
                        .unwrap_or_default()
                })?;
                (!ranges.is_empty()).then_some((info.id, ranges))
            })
            .collect();
        Index { db, coverage }
    }
}

/// The code points a face's Unicode cmap subtables map to a glyph, as sorted ranges.
fn cmap_ranges(face: &ttf_parser::Face) -> Vec<(u32, u32)> {
    let mut points = Vec::new();
    if let Some(cmap) = face.tables().cmap {
        for sub in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
            sub.codepoints(|cp| {
                if sub.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                    points.push(cp);
                }
            });
        }
    }
    points.sort_unstable();
    points.dedup();
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for cp in points {
        match ranges.last_mut() {
            Some(last) if last.1 + 1 == cp => last.1 = cp,
            _ => ranges.push((cp, cp)),
        }
    }
    ranges
}
