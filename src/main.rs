//! The `docpipe` binary: glue only. Everything it does is in `docpipe::cli`.

fn main() -> std::process::ExitCode {
    docpipe::cli::main()
}
