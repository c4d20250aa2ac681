//! HTML tables in Markdown (`<table><tr><th>…</th></tr><tr><td>…</td></tr></table>`), as
//! READMEs and documents converted from word processors write them: the model's table,
//! its leading rows of `<th>` cells (or a `<thead>`) its header, each cell's content read
//! like any inline HTML. Block tags inside a cell (`<p>`, `<br>`-less `<div>`) only part
//! words; a table inside a cell is read into the cell's text.

use super::inlines::Inlines;
use crate::model::{Alignment, Inline, Table};

/// A table being read, tag by tag.
#[derive(Default)]
pub(super) struct TableReader {
    rows: Vec<Vec<Vec<Inline>>>,
    row: Option<Vec<Vec<Inline>>>,
    /// The row so far has only header cells.
    row_is_header: bool,
    in_cell: bool,
    in_head: bool,
    /// Leading rows that are the header.
    header_rows: usize,
    /// Tables opened inside a cell, not yet closed.
    nested: usize,
}

impl TableReader {
    /// Reads a tag met inside the table; `current` holds the open cell's content. Returns
    /// true once the table's own `</table>` closes it.
    pub(super) fn tag(&mut self, name: &str, closing: bool, current: &mut Inlines) -> bool {
        match (name, closing) {
            ("table", false) => self.nested += 1,
            ("table", true) if self.nested > 0 => self.nested -= 1,
            ("table", true) => {
                self.end_row(current);
                return true;
            }
            _ if self.nested > 0 => {}
            ("thead", opening) => self.in_head = !opening,
            ("tr", false) => {
                self.end_row(current);
                self.row = Some(Vec::new());
                self.row_is_header = true;
            }
            ("tr", true) => self.end_row(current),
            ("td" | "th", false) => {
                self.end_cell(current);
                if self.row.is_none() {
                    self.row = Some(Vec::new());
                    self.row_is_header = true;
                }
                self.row_is_header &= name == "th" || self.in_head;
                self.in_cell = true;
            }
            ("td" | "th", true) => self.end_cell(current),
            _ => {}
        }
        false
    }

    fn end_cell(&mut self, current: &mut Inlines) {
        if !self.in_cell {
            return;
        }
        let cell = std::mem::replace(current, Inlines::new()).finish();
        if let Some(row) = &mut self.row {
            row.push(cell);
        }
        self.in_cell = false;
    }

    fn end_row(&mut self, current: &mut Inlines) {
        self.end_cell(current);
        if let Some(row) = self.row.take() {
            if row.is_empty() {
                return;
            }
            if self.row_is_header && self.header_rows == self.rows.len() {
                self.header_rows += 1;
            }
            self.rows.push(row);
        }
    }

    /// The table read, if it has any rows.
    pub(super) fn finish(self) -> Option<Table> {
        let columns = self.rows.iter().map(Vec::len).max()?;
        Some(Table {
            alignments: vec![Alignment::None; columns],
            header_rows: self.header_rows.min(self.rows.len().saturating_sub(1)),
            rows: self.rows,
        })
    }
}
