//! Splitting one batch across the processes of a cluster job array: `--shard I/N`.
//!
//! Every input belongs to exactly one of N shards, decided by its path relative to the
//! input folder (or its file name, for a file named on the command line): the first 8
//! bytes of the SHA-256 of that path's bytes, read big-endian, modulo N. The hash depends
//! on nothing but the path, so N processes on N machines, each given the same command
//! line and its own I, convert every input exactly once and write exactly the files of
//! one run. `--shard env/N` takes I from the job array's environment.

use sha2::Digest;
use std::path::Path;

/// The environment variables `--shard env/N` reads I from, in order. Slurm's task id is
/// counted from `SLURM_ARRAY_TASK_MIN` (0 when unset) in steps of `SLURM_ARRAY_TASK_STEP`
/// (1 when unset), so `--array=1-8` and `--array=0-14:2` work as well as `--array=0-7`.
pub const INDEX_VARIABLES: [&str; 3] = [
    "JOB_COMPLETION_INDEX",
    "SLURM_ARRAY_TASK_ID",
    "AWS_BATCH_JOB_ARRAY_INDEX",
];

/// One shard of N.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This process's shard, 0 ≤ index < count.
    pub index: u64,
    /// How many shards there are.
    pub count: u64,
}

impl Shard {
    /// Parses `I/N` or `env/N`, reading the environment through `env`. The error is a
    /// usage message.
    pub fn parse(spec: &str, env: impl Fn(&str) -> Option<String>) -> Result<Shard, String> {
        let usage = |why: String| format!("--shard {spec}: {why}");
        let (index, count) = spec
            .split_once('/')
            .ok_or_else(|| usage("expected I/N or env/N, as in 0/4".to_string()))?;
        let count: u64 = count
            .trim()
            .parse()
            .map_err(|_| usage(format!("N must be a whole number, not {count:?}")))?;
        if count == 0 {
            return Err(usage("N must be at least 1".to_string()));
        }
        let index = if index.trim() == "env" {
            index_from_env(&env).map_err(usage)?
        } else {
            index
                .trim()
                .parse()
                .map_err(|_| usage(format!("I must be a whole number or env, not {index:?}")))?
        };
        if index >= count {
            return Err(usage(format!(
                "I is {index}, and shards are numbered 0 to {} (0 ≤ I < N)",
                count - 1
            )));
        }
        Ok(Shard { index, count })
    }

    /// True if and only if the input at `relative` belongs to this shard.
    pub fn takes(&self, relative: &Path) -> bool {
        shard_of(relative, self.count) == self.index
    }
}

/// The shard (of `count`) that `relative` belongs to.
pub fn shard_of(relative: &Path, count: u64) -> u64 {
    use std::os::unix::ffi::OsStrExt;
    let digest = sha2::Sha256::digest(relative.as_os_str().as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first) % count
}

/// I from the job array's environment (see [`INDEX_VARIABLES`]).
fn index_from_env(env: &impl Fn(&str) -> Option<String>) -> Result<u64, String> {
    let number = |name: &str, value: String| -> Result<u64, String> {
        value
            .trim()
            .parse::<u64>()
            .map_err(|_| format!("{name}={value:?} is not a whole number"))
    };
    if let Some(value) = env("JOB_COMPLETION_INDEX") {
        return number("JOB_COMPLETION_INDEX", value);
    }
    if let Some(value) = env("SLURM_ARRAY_TASK_ID") {
        let id = number("SLURM_ARRAY_TASK_ID", value)?;
        let min = match env("SLURM_ARRAY_TASK_MIN") {
            Some(min) => number("SLURM_ARRAY_TASK_MIN", min)?,
            None => 0,
        };
        let step = match env("SLURM_ARRAY_TASK_STEP") {
            Some(step) => number("SLURM_ARRAY_TASK_STEP", step)?.max(1),
            None => 1,
        };
        let offset = id.checked_sub(min).ok_or_else(|| {
            format!("SLURM_ARRAY_TASK_ID ({id}) is below SLURM_ARRAY_TASK_MIN ({min})")
        })?;
        if offset % step != 0 {
            return Err(format!(
                "SLURM_ARRAY_TASK_ID ({id}) is not SLURM_ARRAY_TASK_MIN ({min}) plus a \
                 multiple of SLURM_ARRAY_TASK_STEP ({step}); use a range such as --array=0-15"
            ));
        }
        return Ok(offset / step);
    }
    if let Some(value) = env("AWS_BATCH_JOB_ARRAY_INDEX") {
        return number("AWS_BATCH_JOB_ARRAY_INDEX", value);
    }
    Err(format!(
        "none of {} is set (env takes I from a Kubernetes Indexed Job, a Slurm job array \
         or an AWS Batch array job)",
        INDEX_VARIABLES.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn shards_parse_and_bad_ones_say_why() {
        assert_eq!(
            Shard::parse("2/4", no_env),
            Ok(Shard { index: 2, count: 4 })
        );
        for (spec, says) in [
            ("1/0", "at least 1"),
            ("4/4", "0 to 3"),
            ("x/4", "whole number or env"),
            ("1", "I/N"),
            ("env/4", "JOB_COMPLETION_INDEX"),
        ] {
            let err = Shard::parse(spec, no_env).unwrap_err();
            assert!(err.contains(says), "{spec}: {err}");
        }
    }

    #[test]
    fn env_reads_kubernetes_then_slurm_then_aws() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let k8s = env(&[("JOB_COMPLETION_INDEX", "3"), ("SLURM_ARRAY_TASK_ID", "1")]);
        assert_eq!(Shard::parse("env/4", k8s).unwrap().index, 3);
        let slurm = env(&[("SLURM_ARRAY_TASK_ID", "5"), ("SLURM_ARRAY_TASK_MIN", "1")]);
        assert_eq!(Shard::parse("env/8", slurm).unwrap().index, 4);
        let stepped = env(&[
            ("SLURM_ARRAY_TASK_ID", "14"),
            ("SLURM_ARRAY_TASK_MIN", "2"),
            ("SLURM_ARRAY_TASK_STEP", "4"),
        ]);
        assert_eq!(Shard::parse("env/4", stepped).unwrap().index, 3);
        let off_step = env(&[("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_STEP", "2")]);
        assert!(Shard::parse("env/4", off_step)
            .unwrap_err()
            .contains("STEP"));
        let aws = env(&[("AWS_BATCH_JOB_ARRAY_INDEX", "0")]);
        assert_eq!(Shard::parse("env/2", aws).unwrap().index, 0);
        let too_big = env(&[("JOB_COMPLETION_INDEX", "4")]);
        assert!(Shard::parse("env/4", too_big).is_err());
        let junk = env(&[("JOB_COMPLETION_INDEX", "four")]);
        assert!(Shard::parse("env/4", junk).unwrap_err().contains("four"));
    }

    #[test]
    fn the_hash_is_fixed_and_every_path_has_one_shard() {
        // The first 8 bytes of SHA-256("a/b.txt") are 5550000d3b1cf1ff: a fixed function
        // of the path's bytes, the same on every machine and every Rust version (the
        // values below are also what `sha256sum` gives).
        assert_eq!(
            shard_of(Path::new("a/b.txt"), 1000),
            0x5550_000d_3b1c_f1ff % 1000
        );
        assert_eq!(shard_of(Path::new("a/b.txt"), 1000), 591);
        assert_eq!(shard_of(Path::new("中文/讲话.txt"), 1000), 791);
        assert_eq!(shard_of(Path::new("中文/讲话.txt"), 1), 0);
        let paths: Vec<String> = (0..200).map(|i| format!("d{}/f{i}.txt", i % 3)).collect();
        let mut counts = [0; 4];
        for p in &paths {
            let owners: Vec<u64> = (0..4)
                .filter(|&i| Shard { index: i, count: 4 }.takes(Path::new(p)))
                .collect();
            assert_eq!(owners.len(), 1, "{p}");
            counts[owners[0] as usize] += 1;
        }
        assert!(counts.iter().all(|&c| c > 25), "{counts:?}");
    }
}
