//! Writing outputs safely: whole files or nothing.
//!
//! Each output is written to a temporary file in its target folder and renamed into place,
//! so a reader (or a crash, Ctrl-C, SIGKILL) never leaves a half-written output. Temporary
//! files are named `.docpipe-*.tmp`; any left behind by a killed run are removed at the
//! start of the next one.

use std::io::Write;
use std::path::Path;

/// Prefix of the temporary files docpipe writes.
const TEMP_PREFIX: &str = ".docpipe-";
/// Suffix of the temporary files docpipe writes.
const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `target` atomically (temporary file, then rename).
pub fn write_atomic(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    // Temporary files are private (0600); an output is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    // No fsync: the rename is what makes the write atomic for readers and for a killed
    // run; forcing every output to disk would cost a millisecond a file and only guards
    // against power loss.
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Removes temporary files that a killed run left under `root`, if they are at least
/// `min_age` old (shards sharing an output folder must not take each other's files in
/// the middle of a write); returns how many.
pub fn remove_stale_temporaries(root: &Path, min_age: std::time::Duration) -> usize {
    let mut removed = 0;
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file()
                && name.starts_with(TEMP_PREFIX)
                && name.ends_with(TEMP_SUFFIX)
                && old_enough(&entry, min_age)
                && std::fs::remove_file(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
    }
    removed
}

fn old_enough(entry: &std::fs::DirEntry, min_age: std::time::Duration) -> bool {
    min_age.is_zero()
        || entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age >= min_age))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_cleans_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("sub/a.md");
        write_atomic(&target, b"hello").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"hello");
        std::fs::write(dir.path().join("sub/.docpipe-x1.tmp"), b"half").unwrap();
        std::fs::write(dir.path().join("sub/keep.tmp"), b"mine").unwrap();
        let hour = std::time::Duration::from_secs(3600);
        assert_eq!(remove_stale_temporaries(dir.path(), hour), 0);
        assert_eq!(
            remove_stale_temporaries(dir.path(), std::time::Duration::ZERO),
            1
        );
        assert!(dir.path().join("sub/keep.tmp").exists());
        let left: Vec<_> = std::fs::read_dir(dir.path().join("sub")).unwrap().collect();
        assert_eq!(left.len(), 2);
    }
}
