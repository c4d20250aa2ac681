//! The OPC package: the parts in a fixed order, deflate-compressed, every entry stamped
//! with the document's creation time (so one input always gives the same bytes).
//!
//! docx-rs's own packer stores entries uncompressed and stamps them with the clock; we
//! take its rendered parts (`XMLDocx`) and zip them ourselves.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::export::date::civil;

/// One part of the package: its name in the zip and its bytes.
pub(crate) type Part = (String, Vec<u8>);

/// The zip timestamp for `created_unix` (UTC), or 1980-01-01 when it falls outside
/// what a zip entry can hold (1980…2107).
fn timestamp(created_unix: i64) -> DateTime {
    let c = civil(created_unix);
    let (mo, d, h, mi, s) = (
        c.month as u8,
        c.day as u8,
        c.hour as u8,
        c.minute as u8,
        c.second as u8,
    );
    u16::try_from(c.year)
        .ok()
        .and_then(|y| DateTime::from_date_and_time(y, mo, d, h, mi, s).ok())
        .unwrap_or_default()
}

/// Zips `parts` in the order given.
pub(crate) fn zip_parts(parts: &[Part], created_unix: i64) -> Result<Vec<u8>, String> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(timestamp(created_unix))
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options)
            .map_err(|e| format!("zip entry {name}: {e}"))?;
        zip.write_all(bytes)
            .map_err(|e| format!("zip entry {name}: {e}"))?;
    }
    let cursor = zip.finish().map_err(|e| format!("zip: {e}"))?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_parts_give_the_same_bytes_and_entries_are_deflated() {
        let parts = vec![
            ("a.xml".to_string(), b"<a>".repeat(200)),
            ("b/c.xml".to_string(), b"<b/>".to_vec()),
        ];
        let one = zip_parts(&parts, 1_739_871_000).unwrap();
        let two = zip_parts(&parts, 1_739_871_000).unwrap();
        assert_eq!(one, two);
        let mut archive = zip::ZipArchive::new(Cursor::new(one)).unwrap();
        let entry = archive.by_index(0).unwrap();
        assert_eq!(entry.name(), "a.xml");
        assert_eq!(entry.compression(), CompressionMethod::Deflated);
        assert!(entry.compressed_size() < 600);
        let t = entry.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day()), (2025, 2, 18));
    }

    #[test]
    fn out_of_range_times_fall_back_to_1980() {
        let t = timestamp(0);
        assert_eq!((t.year(), t.month(), t.day()), (1980, 1, 1));
    }
}
