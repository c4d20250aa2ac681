//! Document-level parts printpdf cannot write the way we need, added to its object tree
//! before saving: the information dictionary (title, author, dates from the input, never
//! the clock), a nested outline (bookmarks in reading order with real levels and
//! destinations), and a trailer `/ID` derived from the file's own bytes, so the same
//! input always gives a byte-identical file.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use crate::error::Error;
use crate::layout::frame::OutlineEntry;

/// What the information dictionary says.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Metadata {
    /// The document title.
    pub title: String,
    /// The author, if known.
    pub author: Option<String>,
    /// What the document is about (Markdown front matter's `subject`), if known.
    pub subject: Option<String>,
    /// Creation (and modification) time, seconds since the Unix epoch.
    pub created_unix: i64,
}

/// Replaces printpdf's information dictionary with ours.
pub(super) fn set_info(doc: &mut Document, meta: &Metadata) {
    let date = text_string(&pdf_date(meta.created_unix));
    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    if let Some(author) = meta.author.as_deref().filter(|a| !a.trim().is_empty()) {
        info.set("Author", text_string(author));
    }
    if let Some(subject) = meta.subject.as_deref().filter(|s| !s.trim().is_empty()) {
        info.set("Subject", text_string(subject));
    }
    info.set("Creator", text_string("docpipe"));
    info.set("Producer", text_string("docpipe"));
    info.set("CreationDate", date.clone());
    info.set("ModDate", date);
    match doc.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            doc.objects.insert(id, Object::Dictionary(info));
        }
        Err(_) => {
            let id = doc.add_object(info);
            doc.trailer.set("Info", id);
        }
    }
}

/// Adds the outline: entries nest under the nearest earlier entry of a lower level, each
/// pointing at its page and top (`/XYZ left top null`). `page_heights` are the pages'
/// heights in order, to flip the frame's top-down y.
pub(super) fn add_outline(
    doc: &mut Document,
    outline: &[OutlineEntry],
    page_heights: &[f64],
) -> Result<(), Error> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let entries: Vec<&OutlineEntry> = outline
        .iter()
        .filter(|e| e.page < pages.len().min(page_heights.len()))
        .collect();
    if entries.is_empty() {
        return Ok(());
    }
    let parents = parent_indices(&entries);
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..entries.len())
            .filter(|&i| parents[i] == parent)
            .collect()
    };
    let descendants = |i: usize| -> i64 {
        let mut count = 0;
        let mut j = i + 1;
        while j < entries.len() && is_under(&parents, j, i) {
            count += 1;
            j += 1;
        }
        count
    };

    for (i, entry) in entries.iter().enumerate() {
        let top = page_heights[entry.page] - entry.y.0;
        let mut item = Dictionary::new();
        item.set("Title", text_string(&entry.title));
        item.set("Parent", parents[i].map_or(root, |p| ids[p]));
        item.set(
            "Dest",
            vec![
                Object::Reference(pages[entry.page]),
                Object::Name(b"XYZ".to_vec()),
                Object::Integer(0),
                Object::Real(top.max(0.0) as f32),
                Object::Null,
            ],
        );
        let siblings = children(parents[i]);
        let at = siblings.iter().position(|&s| s == i).unwrap_or(0);
        if at > 0 {
            item.set("Prev", ids[siblings[at - 1]]);
        }
        if let Some(&next) = siblings.get(at + 1) {
            item.set("Next", ids[next]);
        }
        let kids = children(Some(i));
        if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
            item.set("First", ids[first]);
            item.set("Last", ids[last]);
            item.set("Count", descendants(i));
        }
        doc.objects.insert(ids[i], Object::Dictionary(item));
    }

    let top_level = children(None);
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(&first), Some(&last)) = (top_level.first(), top_level.last()) {
        outlines.set("First", ids[first]);
        outlines.set("Last", ids[last]);
    }
    outlines.set("Count", entries.len() as i64);
    doc.objects.insert(root, Object::Dictionary(outlines));

    let catalog = doc
        .catalog_mut()
        .map_err(|e| Error::Pdf(format!("no document catalog: {e}")))?;
    catalog.set("Outlines", root);
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    Ok(())
}

/// For each entry, the index of its parent: the nearest earlier entry of a lower level.
fn parent_indices(entries: &[&OutlineEntry]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            while stack
                .last()
                .is_some_and(|&s| entries[s].level >= entry.level)
            {
                stack.pop();
            }
            let parent = stack.last().copied();
            stack.push(i);
            parent
        })
        .collect()
}

/// True if and only if entry `j` lies (at any depth) under entry `i`.
fn is_under(parents: &[Option<usize>], j: usize, i: usize) -> bool {
    let mut at = parents[j];
    while let Some(p) = at {
        if p == i {
            return true;
        }
        at = parents[p];
    }
    false
}

/// The placeholder written as the trailer `/ID` before the file's hash is known.
const ID_PLACEHOLDER: [u8; 16] = [0; 16];

/// Puts a placeholder `/ID` in the trailer; [`fill_document_id`] replaces it after saving.
pub(super) fn set_placeholder_id(doc: &mut Document) {
    let id = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", vec![id.clone(), id]);
}

/// Replaces the placeholder `/ID` in the saved file by a hash of the file itself. Both
/// halves are equal (a file that was never updated). The replacement has the same length,
/// and the trailer follows the cross-reference table, so no offset moves.
pub(super) fn fill_document_id(bytes: &mut [u8]) -> Result<(), Error> {
    let placeholder = format!("<{}>", hex(&ID_PLACEHOLDER));
    let digest = fingerprint(bytes);
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&digest[0].to_be_bytes());
    id[8..].copy_from_slice(&digest[1].to_be_bytes());
    let value = format!("<{}>", hex(&id));
    let tail = bytes.len().saturating_sub(4096);
    let mut replaced = 0;
    while let Some(at) = super::find_bytes(&bytes[tail..], placeholder.as_bytes()) {
        bytes[tail + at..tail + at + value.len()].copy_from_slice(value.as_bytes());
        replaced += 1;
    }
    if replaced == 0 {
        return Err(Error::Pdf("trailer /ID not found after saving".to_string()));
    }
    Ok(())
}

/// Two 64-bit FNV-1a style hashes of `bytes`, taken a 64-bit word at a time in one pass
/// (a byte at a time was 4% of a batch's PDF time). Stable across Rust releases, unlike
/// std's hasher; the `/ID` only has to follow the content, not resist attack.
fn fingerprint(bytes: &[u8]) -> [u64; 2] {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut lanes = [
        0xcbf2_9ce4_8422_2325 ^ 0x6470_6970_6531,
        0x8422_2325_cbf2_9ce4,
    ];
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        lanes[0] = (lanes[0] ^ word).wrapping_mul(PRIME);
        lanes[1] = (lanes[1] ^ word.rotate_left(29))
            .wrapping_mul(PRIME)
            .rotate_left(31);
    }
    for &b in words.remainder() {
        lanes[0] = (lanes[0] ^ u64::from(b)).wrapping_mul(PRIME);
        lanes[1] = (lanes[1] ^ u64::from(b)).wrapping_mul(PRIME);
    }
    // Fold in the length so inputs that differ only by trailing zero bytes differ.
    lanes.map(|lane| (lane ^ bytes.len() as u64).wrapping_mul(PRIME))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// A PDF text string: literal for printable ASCII, otherwise UTF-16BE with a byte-order mark.
fn text_string(text: &str) -> Object {
    if text.chars().all(|c| c == ' ' || c.is_ascii_graphic()) {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A PDF date ("D:20250301083000Z") for seconds since the Unix epoch, in UTC.
fn pdf_date(unix: i64) -> String {
    let c = crate::export::date::civil(unix);
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::Pt;

    #[test]
    fn the_fingerprint_follows_every_byte_and_the_length() {
        let base: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(fingerprint(&base), fingerprint(&base.clone()));
        for at in [0, 7, 8, 500, 999] {
            for bit in [0, 7] {
                let mut changed = base.clone();
                changed[at] ^= 1 << bit;
                assert_ne!(
                    fingerprint(&base),
                    fingerprint(&changed),
                    "byte {at} bit {bit}"
                );
            }
        }
        let mut longer = base.clone();
        longer.push(0);
        assert_ne!(fingerprint(&base), fingerprint(&longer));
    }

    #[test]
    fn dates_are_utc_calendar_dates() {
        assert_eq!(pdf_date(0), "D:19700101000000Z");
        assert_eq!(pdf_date(951_782_400), "D:20000229000000Z");
        assert_eq!(pdf_date(1_740_818_096), "D:20250301083456Z");
        assert_eq!(pdf_date(-1), "D:19691231235959Z");
    }

    #[test]
    fn text_strings_use_utf16_only_when_needed() {
        assert_eq!(
            text_string("Speech"),
            Object::String(b"Speech".to_vec(), StringFormat::Literal)
        );
        let Object::String(bytes, _) = text_string("讲话") else {
            panic!("not a string")
        };
        assert_eq!(bytes, vec![0xFE, 0xFF, 0x8B, 0xB2, 0x8B, 0xDD]);
    }

    fn entry(level: u8) -> OutlineEntry {
        OutlineEntry {
            title: format!("level {level}"),
            level,
            page: 0,
            y: Pt(100.0),
        }
    }

    #[test]
    fn outline_levels_nest_under_the_nearest_lower_level() {
        let entries = [entry(1), entry(2), entry(3), entry(2), entry(1), entry(3)];
        let refs: Vec<&OutlineEntry> = entries.iter().collect();
        let parents = parent_indices(&refs);
        assert_eq!(
            parents,
            vec![None, Some(0), Some(1), Some(0), None, Some(4)]
        );
        assert!(is_under(&parents, 2, 0));
        assert!(!is_under(&parents, 5, 0));
    }
}
