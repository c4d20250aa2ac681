//! The integration tests: one test binary (so the crate links once), one module a concern.

mod bad_input;
mod cli;
mod corpus;
mod docx_output;
mod docx_record;
mod docx_xml;
mod kill;
mod labelled;
mod labelled_groups;
mod labelled_score;
mod labelled_trials;
mod markdown_outputs;
mod markdown_roundtrip;
mod office;
mod pdf_output;
mod properties;
mod recipes;
mod regressions;
mod shards;
mod structure_golden;
mod title_lines;
mod trust;
mod util;
