//! PDF writer: laid-out pages → PDF bytes with printpdf, fonts subset with allsorts.

use crate::error::Error;
use crate::export::{ExportOptions, Exported};
use crate::model::Document;

/// Lays out `doc` and writes it as PDF.
pub fn write_pdf(doc: &Document, options: &ExportOptions) -> Result<Exported, Error> {
    let _ = (doc, options);
    todo!("pdf helper")
}
