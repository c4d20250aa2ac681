//! Command-line flags, as clap parses them. Only shape and spelling live here; what the
//! values mean is decided in `args`.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Plain text in any encoding (and Markdown) to print-ready PDF, DOCX and clean Markdown.
#[derive(Debug, Parser)]
#[command(name = "docpipe", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert files or folders to PDF, DOCX, Markdown and JSON.
    Convert(Box<ConvertFlags>),
    /// Show the encoding, style and block structure docpipe finds in files.
    Inspect(InspectFlags),
}

/// Flags shared by `convert` and `inspect`: how inputs are read.
#[derive(Debug, Args, Clone)]
pub struct ReadFlags {
    /// Decode with this encoding (a WHATWG label: gbk, gb18030, big5, shift_jis, utf-16le,
    /// windows-1252…) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Fail on malformed bytes instead of replacing them with U+FFFD.
    #[arg(long)]
    pub strict: bool,
    /// Read inputs as this syntax: plain or markdown (default: by extension).
    #[arg(long, value_name = "FORMAT")]
    pub from: Option<String>,
    /// Layout style: speech, gongwen or plain (default: detected).
    #[arg(long, value_name = "STYLE")]
    pub style: Option<String>,
    /// Largest input accepted, in bytes (default 256 MB).
    #[arg(long, value_name = "BYTES", default_value_t = 256 * 1024 * 1024)]
    pub max_input_size: u64,
}

/// `docpipe convert`.
#[derive(Debug, Args)]
pub struct ConvertFlags {
    /// Files or folders to convert, or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output folder; or `-` for standard output, or a file name ending in .pdf, .docx, .md
    /// or .json (one input, one format).
    #[arg(
        short = 'o',
        long = "output",
        value_name = "DIR|FILE|-",
        default_value = "out"
    )]
    pub output: PathBuf,
    /// Output formats, comma-separated: pdf, docx, md, json (default pdf,docx,md; md for
    /// `-o -`; from the extension for `-o FILE`).
    #[arg(short = 't', long = "to", value_name = "FORMATS")]
    pub to: Option<String>,
    /// Follow symbolic links to folders when walking input folders.
    #[arg(short = 'L', long = "follow")]
    pub follow: bool,
    /// How inputs are read.
    #[command(flatten)]
    pub read: ReadFlags,
    /// A house style (TOML) overriding the built-in page and type settings.
    #[arg(long, value_name = "FILE")]
    pub style_file: Option<PathBuf>,
    /// Paper size for the plain style: a4 or letter.
    #[arg(long, value_name = "PAPER")]
    pub paper: Option<String>,
    /// Author written into PDF and DOCX metadata.
    #[arg(long)]
    pub author: Option<String>,
    /// Threads (default: all cores; at most 4 × the cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Write a JSON report of every input to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Convert even when the outputs are up to date.
    #[arg(long)]
    pub force: bool,
    /// No progress bar, no warnings or notes, no summary unless something failed (errors
    /// are always printed).
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Output stem when reading standard input.
    #[arg(long, value_name = "STEM")]
    pub name: Option<String>,
    /// Convert only shard I of N (0 ≤ I < N): the inputs whose path relative to their
    /// input folder hashes to I. `env/N` takes I from JOB_COMPLETION_INDEX,
    /// SLURM_ARRAY_TASK_ID (from SLURM_ARRAY_TASK_MIN by SLURM_ARRAY_TASK_STEP) or AWS_BATCH_JOB_ARRAY_INDEX.
    #[arg(long, value_name = "I/N|env/N")]
    pub shard: Option<String>,
    /// Print the inputs this run (or shard) would convert, one a line, and convert nothing.
    #[arg(long)]
    pub list: bool,
    /// Record every input in this JSON Lines file; a rerun with it skips inputs whose
    /// content and options are unchanged and redoes failed ones.
    #[arg(long, value_name = "FILE.jsonl")]
    pub manifest: Option<PathBuf>,
    /// Never draw a character from a font installed on this machine: the PDF then depends
    /// on the binary alone (characters no bundled font has are drawn as boxes).
    #[arg(long)]
    pub no_system_fonts: bool,
    /// Print in black only: the issuing organ's mark and the separator under the document
    /// number, red by GB/T 9704, come out black (as `[colors] mono = true`).
    #[arg(long)]
    pub mono: bool,
}

/// `docpipe inspect`.
#[derive(Debug, Args)]
pub struct InspectFlags {
    /// Files to inspect, or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print JSON: one object for one file, an array for several.
    #[arg(long)]
    pub json: bool,
    /// How inputs are read.
    #[command(flatten)]
    pub read: ReadFlags,
}
