//! The cluster recipes of docs/scale.md (a Kubernetes Indexed Job, a Slurm array, GNU
//! parallel and xargs), each run as written with bash and checked against one run.

use crate::shards::{manifest, tree, INDEX_VARIABLES};
use crate::util::{sample, stderr};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The first fenced block after the heading starting `heading` in docs/scale.md.
fn recipe(heading: &str) -> String {
    let doc = std::fs::read_to_string(crate::util::root().join("docs/scale.md")).unwrap();
    let from = doc.find(heading).unwrap_or_else(|| panic!("no {heading}"));
    let rest = &doc[from..];
    let open = rest.find("```").unwrap();
    let body = &rest[open..];
    let start = body.find('\n').unwrap() + 1;
    let end = body[start..].find("```").unwrap();
    body[start..start + end].to_string()
}

/// A folder `root` holding a small corpus in `root/in`, and a `bin` folder with the
/// binary as `docpipe`, for the recipes' commands.
fn recipe_root(dir: &Path, name: &str) -> PathBuf {
    let root = dir.join(name);
    std::fs::create_dir_all(root.join("in/sub")).unwrap();
    for (i, file) in [
        "speech.txt",
        "speech-gbk.txt",
        "english.txt",
        "guide.md",
        "notice.txt",
    ]
    .iter()
    .enumerate()
    {
        let folder = if i % 2 == 0 { "in" } else { "in/sub" };
        std::fs::copy(sample(file), root.join(folder).join(file)).unwrap();
    }
    root
}

/// Runs `script` with bash in `root`, `/data` meaning `root`, docpipe on the PATH.
fn bash(root: &Path, script: &str, env: &[(&str, &str)]) -> Output {
    let bin = root.parent().unwrap().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let _ = std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_docpipe"), bin.join("docpipe"));
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = script.replace("/data", &root.display().to_string());
    let mut cmd = Command::new("bash");
    cmd.args(["-euc", &script])
        .current_dir(root)
        .env("PATH", path);
    for var in INDEX_VARIABLES {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn the_recipes_in_docs_scale_run_as_written_and_agree_with_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let single = recipe_root(dir.path(), "single");
    let one = bash(
        &single,
        "SOURCE_DATE_EPOCH=1700000000 docpipe convert /data/in -o /data/out --no-system-fonts -q",
        &[],
    );
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let want = tree(&single.join("out"));
    assert_eq!(want.len(), 15);
    let manifests = |root: &Path, folder: &str| -> usize {
        std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| manifest(&e.unwrap().path()).len())
            .sum()
    };

    // Kubernetes: the container's args, once per completion index.
    let yaml = recipe("## Kubernetes");
    let args: Vec<String> = yaml
        .lines()
        .skip_while(|l| l.trim() != "args:")
        .skip(1)
        .take_while(|l| l.trim_start().starts_with("- "))
        .map(|l| l.trim_start()[2..].trim().to_string())
        .collect();
    assert_eq!(args[0], "convert", "{args:?}");
    let completions: u32 = yaml
        .lines()
        .find_map(|l| l.trim().strip_prefix("completions:"))
        .and_then(|n| n.split('#').next()?.trim().parse().ok())
        .unwrap();
    let epoch = yaml
        .lines()
        .skip_while(|l| !l.contains("SOURCE_DATE_EPOCH"))
        .find_map(|l| l.trim().strip_prefix("value:"))
        .map(|v| v.trim().trim_matches('"').to_string())
        .unwrap();
    let k8s = recipe_root(dir.path(), "k8s");
    for index in 0..completions {
        let index = index.to_string();
        let line = args
            .iter()
            .map(|a| format!("'{}'", a.replace("$(JOB_COMPLETION_INDEX)", &index)))
            .collect::<Vec<_>>()
            .join(" ");
        let out = bash(
            &k8s,
            &format!("docpipe {line}"),
            &[
                ("JOB_COMPLETION_INDEX", &index),
                ("SOURCE_DATE_EPOCH", &epoch),
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{index}: {}", stderr(&out));
    }
    assert!(
        want == tree(&k8s.join("out")),
        "the Kubernetes recipe differs"
    );
    assert_eq!(manifests(&k8s, "manifests"), 5);

    // Slurm: the batch script, once per task of its --array.
    let script = recipe("## Slurm");
    let array = script
        .lines()
        .find_map(|l| l.strip_prefix("#SBATCH --array="))
        .unwrap();
    let (low, high) = array.split_once('-').unwrap();
    let (low, high): (u32, u32) = (low.parse().unwrap(), high.parse().unwrap());
    let slurm = recipe_root(dir.path(), "slurm");
    for task in low..=high {
        let (task, min) = (task.to_string(), low.to_string());
        let env = [
            ("SLURM_ARRAY_TASK_ID", task.as_str()),
            ("SLURM_ARRAY_TASK_MIN", min.as_str()),
            ("SLURM_CPUS_PER_TASK", "1"),
        ];
        let out = bash(&slurm, &script, &env);
        assert_eq!(out.status.code(), Some(0), "{task}: {}", stderr(&out));
    }
    assert!(want == tree(&slurm.join("out")), "the Slurm recipe differs");
    assert_eq!(manifests(&slurm, "manifests"), 5);

    // xargs (and GNU parallel, where installed), relative to the current folder.
    let block = recipe("## One machine");
    let mut commands = vec![("xargs", "seq 0 3 | xargs")];
    if Command::new("parallel").arg("--version").output().is_ok() {
        commands.push(("parallel", "parallel -j"));
    }
    for (name, starts) in commands {
        let export = block.lines().find(|l| l.starts_with("export ")).unwrap();
        let from = block.find(starts).unwrap();
        let command: String = block[from..]
            .lines()
            .scan(true, |more, l| {
                let take = *more;
                *more = l.ends_with('\\');
                take.then(|| l.to_string())
            })
            .collect::<Vec<_>>()
            .join("\n");
        let root = recipe_root(dir.path(), name);
        let out = bash(&root, &format!("{export}\n{command}"), &[]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(want == tree(&root.join("out")), "the {name} recipe differs");
        assert_eq!(manifests(&root, "manifests"), 5, "{name}");
    }
}
