//! Skipping work that is already done.
//!
//! An output is up to date when it exists and was written from the same input content with
//! the same options: modification times are not trusted (an edit can keep them, a copy
//! can change them). A hash per output is recorded in `DIR/.docpipe-state.json`; `--force`
//! ignores it. The hash is FNV-1a over the option values, docpipe's version and the
//! input's SHA-256, so it is the same on every machine and every run.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// File name of the state file in the output folder.
pub const STATE_FILE: &str = ".docpipe-state.json";

/// The state file of shard `index` of `count`: shards sharing an output folder each keep
/// their own, since each saves its file whole at its end.
pub fn shard_state_file(index: u64, count: u64) -> String {
    format!(".docpipe-state-{index}-of-{count}.json")
}

/// What each output was written with.
#[derive(Debug, Default, Serialize, Deserialize)]
struct StateFile {
    /// Output path (relative to the output folder) → options hash (hex).
    outputs: BTreeMap<String, String>,
}

/// The state of an output folder, shared by the batch's threads.
#[derive(Debug)]
pub struct State {
    path: PathBuf,
    file: Mutex<StateFile>,
}

impl State {
    /// Loads the state of `out_root` from its file `name` (empty if there is none or it
    /// is unreadable).
    pub fn load(out_root: &Path, name: &str) -> State {
        let path = out_root.join(name);
        let file = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        State {
            path,
            file: Mutex::new(file),
        }
    }

    /// True if and only if every output exists and was written with `hash` (which covers
    /// the input's content and the options).
    pub fn up_to_date(&self, outputs: &[(PathBuf, String)], hash: &str) -> bool {
        let file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        outputs.iter().all(|(path, key)| {
            file.outputs.get(key).map(String::as_str) == Some(hash) && path.is_file()
        })
    }

    /// Records that `key` was written with `hash`.
    pub fn record(&self, key: String, hash: &str) {
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.outputs.insert(key, hash.to_string());
    }

    /// Writes the state file (atomically).
    pub fn save(&self) -> std::io::Result<()> {
        let file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let json = serde_json::to_vec_pretty(&*file).map_err(std::io::Error::other)?;
        crate::cli::output::write_atomic(&self.path, &json)
    }
}

/// FNV-1a hash of `parts` (with separators), as 16 hex digits.
pub fn options_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_separates_parts() {
        assert_eq!(options_hash(&["a", "b"]), options_hash(&["a", "b"]));
        assert_ne!(options_hash(&["ab", ""]), options_hash(&["a", "b"]));
    }

    #[test]
    fn existing_outputs_with_the_same_hash_are_up_to_date() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a.md");
        std::fs::write(&out, "x").unwrap();
        let state = State::load(dir.path(), STATE_FILE);
        let outputs = vec![(out, "a.md".to_string())];
        assert!(!state.up_to_date(&outputs, "h1"));
        state.record("a.md".into(), "h1");
        assert!(state.up_to_date(&outputs, "h1"));
        assert!(!state.up_to_date(&outputs, "h2"));
        state.save().unwrap();
        assert!(State::load(dir.path(), STATE_FILE).up_to_date(&outputs, "h1"));
        std::fs::remove_file(&outputs[0].0).unwrap();
        assert!(!state.up_to_date(&outputs, "h1"));
    }
}
