//! DOCX writer: the model → a WordprocessingML package with docx-rs.

use crate::error::Error;
use crate::export::{ExportOptions, Exported};
use crate::model::Document;

/// Writes `doc` as DOCX.
pub fn write_docx(doc: &Document, options: &ExportOptions) -> Result<Exported, Error> {
    let _ = (doc, options);
    todo!("docx helper")
}
