//! Tables drawn with ASCII rules in plain text, as tools that export documents to text
//! write them (and as pandoc calls them, grid tables):
//!
//! ```text
//! +--------------+-----+-------------------+
//! | 1981年1月27日 |     | 〔81〕法民字第2号  |
//! |              |     | 〔81〕宗发字第16号 |
//! +--------------+-----+-------------------+
//! ```
//!
//! A run of lines that opens and closes with a rule line (`+`, `-`, `=` only) and holds
//! only rule lines and `|` rows is a table: each stretch between two rules is one row,
//! and the lines of a row join, cell by cell. A `=` rule ends the header. The rules and
//! bars are the drawing, not the text; every character between them is kept.
//!
//! A pipe table as Markdown writes it, pasted into a .txt (`| 项目 | 金额 |`, then
//! `|---|---:|`, then a row a line), is a table too: the row over the delimiter row is
//! its header, and the delimiter's colons give the columns' alignment.

use crate::model::{Alignment, Inline, Table};

/// Fewest lines of a drawn table: rule, row, rule.
const MIN_LINES: usize = 3;

fn is_rule(line: &str) -> bool {
    line.starts_with('+')
        && line.len() >= 3
        && line.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
        && line.contains('-') | line.contains('=')
}

fn is_row(line: &str) -> bool {
    line.starts_with('|')
}

/// The table drawn at `lines[start..]`, if one is, and how many lines it takes.
pub(crate) fn grid_table(lines: &[&str], start: usize) -> Option<(Table, usize)> {
    if !lines.get(start).is_some_and(|l| is_rule(l)) {
        return None;
    }
    let run = lines[start..]
        .iter()
        .take_while(|l| is_rule(l) || is_row(l))
        .count();
    // The table ends at its last rule line.
    let len = (1..=run).rev().find(|&n| is_rule(lines[start + n - 1]))?;
    if len < MIN_LINES {
        return None;
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header_rows = 0;
    let mut open: Option<Vec<String>> = None;
    for line in &lines[start..start + len] {
        if is_rule(line) {
            if let Some(row) = open.take() {
                rows.push(row);
            }
            if line.contains('=') && header_rows == 0 && !rows.is_empty() {
                header_rows = rows.len();
            }
            continue;
        }
        let cells: Vec<&str> = line
            .trim_end()
            .trim_start_matches('|')
            .trim_end_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        let row = open.get_or_insert_with(Vec::new);
        if row.len() < cells.len() {
            row.resize(cells.len(), String::new());
        }
        for (cell, text) in row.iter_mut().zip(cells) {
            join_onto(cell, text);
        }
    }
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if rows.is_empty() || columns == 0 {
        return None;
    }
    let rows = rows
        .into_iter()
        .map(|mut row| {
            row.resize(columns, String::new());
            row.into_iter()
                .map(|text| {
                    if text.is_empty() {
                        Vec::new()
                    } else {
                        vec![Inline::Text(text)]
                    }
                })
                .collect()
        })
        .collect();
    let table = Table {
        alignments: vec![Alignment::None; columns],
        header_rows,
        rows,
    };
    Some((table, len))
}

/// True if `line` is a pipe table's delimiter row: `|---|:---:|`, each cell three dashes
/// or more with an optional colon at either end.
fn is_delimiter_row(line: &str) -> bool {
    let cells = row_cells(line);
    line.trim_start().starts_with('|')
        && cells.len() >= 2
        && cells.iter().all(|c| {
            let dashes = c.trim_start_matches(':').trim_end_matches(':');
            dashes.len() >= 3 && dashes.chars().all(|ch| ch == '-')
        })
}

/// The cells of a `|`-row, its outer bars taken off.
fn row_cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(str::trim).collect()
}

/// The pipe table at `lines[start..]` (header row, delimiter row, body rows), if one is
/// there, and how many lines it takes.
pub(crate) fn pipe_table(lines: &[&str], start: usize) -> Option<(Table, usize)> {
    let header = lines.get(start).filter(|l| is_row(l.trim_start()))?;
    let delimiter = lines.get(start + 1).filter(|l| is_delimiter_row(l))?;
    let alignments: Vec<Alignment> = row_cells(delimiter)
        .iter()
        .map(|c| match (c.starts_with(':'), c.ends_with(':')) {
            (true, true) => Alignment::Center,
            (false, true) => Alignment::Right,
            (true, false) => Alignment::Left,
            (false, false) => Alignment::None,
        })
        .collect();
    let columns = alignments.len();
    let body = lines[start + 2..]
        .iter()
        .take_while(|l| is_row(l.trim_start()) && !is_delimiter_row(l))
        .count();
    let cell = |text: &str| match text {
        "" => Vec::new(),
        text => vec![Inline::Text(text.to_string())],
    };
    let rows = std::iter::once(header)
        .chain(&lines[start + 2..start + 2 + body])
        .map(|line| {
            let mut cells: Vec<Vec<Inline>> = row_cells(line).into_iter().map(cell).collect();
            // A row with more cells than the delimiter keeps them all: no text is lost.
            let width = columns.max(cells.len());
            cells.resize_with(width, Vec::new);
            cells
        })
        .collect::<Vec<_>>();
    let widest = rows.iter().map(Vec::len).max().unwrap_or(columns);
    let mut alignments = alignments;
    alignments.resize(widest, Alignment::None);
    let rows = rows
        .into_iter()
        .map(|mut row| {
            row.resize_with(widest, Vec::new);
            row
        })
        .collect();
    let table = Table {
        alignments,
        header_rows: 1,
        rows,
    };
    Some((table, 2 + body))
}

/// A cell's next line, joined as a wrapped paragraph's lines are.
fn join_onto(cell: &mut String, next: &str) {
    if cell.is_empty() {
        cell.push_str(next);
    } else if !next.is_empty() {
        super::recover::join_onto(cell, next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::push_plain;

    fn cells(table: &Table) -> Vec<Vec<String>> {
        table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|cell| {
                        let mut s = String::new();
                        push_plain(cell, &mut s);
                        s
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_drawn_table_is_a_table_and_its_row_lines_join() {
        let lines = [
            "+--------------+-----+-------------------+",
            "| 1981年1月27日 |     | 〔81〕法民字第2号  |",
            "|              |     | 〔81〕宗发字第16号 |",
            "+--------------+-----+-------------------+",
            "上海市高级人民法院：",
        ];
        let (table, len) = grid_table(&lines, 0).expect("a table");
        assert_eq!(len, 4);
        assert_eq!(
            cells(&table),
            [["1981年1月27日", "", "〔81〕法民字第2号〔81〕宗发字第16号"]]
        );
    }

    #[test]
    fn a_header_rule_and_latin_cells() {
        let lines = [
            "+------+-------+",
            "| Name | Notes |",
            "+======+=======+",
            "| Ann  | first |",
            "|      | line  |",
            "+------+-------+",
        ];
        let (table, _) = grid_table(&lines, 0).expect("a table");
        assert_eq!(table.header_rows, 1);
        assert_eq!(cells(&table), [["Name", "Notes"], ["Ann", "first line"]]);
    }

    #[test]
    fn a_pipe_table_pasted_into_text() {
        let lines = [
            "| 项目 | 金额（万元） |",
            "|---|---:|",
            "| 设备购置 | 120 |",
            "| 人员培训 | 30 |",
            "合计150万元。",
        ];
        let (table, len) = pipe_table(&lines, 0).expect("a table");
        assert_eq!(len, 4);
        assert_eq!(table.header_rows, 1);
        assert_eq!(table.alignments, [Alignment::None, Alignment::Right]);
        assert_eq!(
            cells(&table),
            [
                ["项目", "金额（万元）"],
                ["设备购置", "120"],
                ["人员培训", "30"]
            ]
        );
        // Without its delimiter row a line of bars is text.
        assert!(pipe_table(&["| a | b |", "| c | d |"], 0).is_none());
        assert!(pipe_table(&["| a | b |", "|--|--|"], 0).is_none());
    }

    #[test]
    fn rules_alone_or_text_are_not_tables() {
        assert!(grid_table(&["+----+", "+----+"], 0).is_none());
        assert!(grid_table(&["+ 1 + 2 = 3", "| a", "+--+"], 0).is_none());
        assert!(grid_table(&["正文。"], 0).is_none());
    }
}
