//! The integration tests: one test binary (so the crate links once), one module a concern.

mod cli;
mod corpus;
mod util;
