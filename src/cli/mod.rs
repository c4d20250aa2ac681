//! The command line: `docpipe convert` and `docpipe inspect`.
//!
//! `flags` is what clap parses; `args` turns flags into library options; `inspect` and
//! `batch` run the two subcommands. Exit codes: 0 all good, 1 some file failed, 2 usage.

pub mod args;
pub mod batch;
pub mod flags;
pub mod inputs;
pub mod inspect;
mod job;
pub mod manifest;
pub mod messages;
pub mod output;
mod plan;
pub mod report;
pub mod shard;
pub mod state;

use clap::Parser;
use std::process::ExitCode;

/// Exit code when every input was handled.
pub const EXIT_OK: u8 = 0;
/// Exit code when at least one input failed.
pub const EXIT_FAILED: u8 = 1;
/// Exit code for usage errors.
pub const EXIT_USAGE: u8 = 2;

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = match flags::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        flags::Command::Inspect(f) => inspect::run(&f),
        flags::Command::Convert(f) => batch::run(&f),
    };
    ExitCode::from(code)
}
