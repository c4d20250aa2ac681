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
    fn rules_alone_or_text_are_not_tables() {
        assert!(grid_table(&["+----+", "+----+"], 0).is_none());
        assert!(grid_table(&["+ 1 + 2 = 3", "| a", "+--+"], 0).is_none());
        assert!(grid_table(&["正文。"], 0).is_none());
    }
}
