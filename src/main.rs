//! The `docpipe` binary: `main` → `cli::main` → exit code. The command line (flags,
//! inputs, the parallel batch, messages, the report) lives in the binary's `cli` modules,
//! not in the library: clap, indicatif and tempfile are the binary's dependencies only.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
