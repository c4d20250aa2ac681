//! Lists and tables of Markdown input as real Word structures.
//!
//! Lists use `numbering.xml`: one abstract numbering has bullet levels (• ◦ ▪ …), another
//! decimal levels ("1.", "1.1." is not Markdown practice, so each level is
//! "%n."). All bullet items share one numbering instance; every ordered list at every
//! depth gets an instance of its own with a start override, so numbering restarts per
//! list and starts where the Markdown did. `ListItem.depth` is the level (`w:ilvl`).
//! Indents are two body characters per level, with the marker hanging in the second
//! of those characters' slot.

use docx_rs::{
    AbstractNumbering, AlignmentType, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, SpecialIndentType, Start, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableRow, WidthType,
};

use super::inlines::{inlines_to_runs, InlineFaces, Piece, RunLook};
use super::page::Metrics;
use super::styles::{TABLE, TABLE_TEXT};
use crate::model::{Alignment, ListItem, Table as ModelTable};

// docx-rs always writes its own abstract numbering 1 and instance 1; ours come after.
const BULLET_ABSTRACT: usize = 2;
const DECIMAL_ABSTRACT: usize = 3;
const BULLET_NUM: usize = 2;
const LEVELS: usize = 9;
const BULLETS: [&str; 3] = ["•", "◦", "▪"];

/// Numbering instances handed out while walking the blocks.
#[derive(Debug, Default)]
pub(crate) struct Lists {
    /// Ordered instances: (num id, start).
    ordered: Vec<(usize, u64)>,
    /// The ordered instance in use at each depth of the current list, if any, with the
    /// number its next item would have.
    open: Vec<Option<(usize, u64)>>,
}

impl Lists {
    /// Ends the current list (a non-list block came between).
    pub fn close(&mut self) {
        self.open.clear();
    }

    /// The numbering instance for `item`, opening a new ordered instance when the item
    /// starts an ordered list at its depth, or restarts the numbers of the one before.
    pub fn num_for(&mut self, item: &ListItem) -> usize {
        let depth = usize::from(item.depth).min(LEVELS - 1);
        // Deeper lists ended when a shallower item comes.
        self.open.truncate(depth + 1);
        while self.open.len() <= depth {
            self.open.push(None);
        }
        if !item.ordered {
            self.open[depth] = None;
            return BULLET_NUM;
        }
        let next = item.number.saturating_add(1);
        if let Some((id, expected)) = self.open[depth] {
            if expected == item.number {
                self.open[depth] = Some((id, next));
                return id;
            }
        }
        let id = BULLET_NUM + 1 + self.ordered.len();
        self.ordered.push((id, item.number));
        self.open[depth] = Some((id, next));
        id
    }

    /// Adds the abstract numberings and the instances to `docx`.
    pub fn add_to(&self, mut docx: docx_rs::Docx, m: &Metrics) -> docx_rs::Docx {
        let mut bullets = AbstractNumbering::new(BULLET_ABSTRACT);
        let mut decimals = AbstractNumbering::new(DECIMAL_ABSTRACT);
        for lvl in 0..LEVELS {
            let (left, hanging) = list_indent(m, lvl, 0);
            let bullet = BULLETS[lvl % BULLETS.len()];
            bullets =
                bullets.add_level(list_level(lvl, "bullet", bullet.to_string(), left, hanging));
            let number = format!("%{}.", lvl + 1);
            decimals = decimals.add_level(list_level(lvl, "decimal", number, left, hanging));
        }
        docx = docx
            .add_abstract_numbering(bullets)
            .add_abstract_numbering(decimals)
            .add_numbering(Numbering::new(BULLET_NUM, BULLET_ABSTRACT));
        for &(id, start) in &self.ordered {
            let start = usize::try_from(start).unwrap_or(1);
            let mut num = Numbering::new(id, DECIMAL_ABSTRACT);
            for lvl in 0..LEVELS {
                num = num.add_override(LevelOverride::new(lvl).start(start));
            }
            docx = docx.add_numbering(num);
        }
        docx
    }
}

/// Left indent and hanging of list level `lvl` inside `quote_left` twips of quotes.
pub(crate) fn list_indent(m: &Metrics, lvl: usize, quote_left: i32) -> (i32, i32) {
    let step = m.chars(2.0);
    (quote_left + step * (lvl as i32 + 1), step)
}

/// Applies the numbering of `item` (instance `num`) to `p`, indented `indent_lvl` list
/// levels (its depth, capped by [`crate::style::nesting`]) inside `quote_left` twips.
pub(crate) fn number_paragraph(
    p: Paragraph,
    item: &ListItem,
    num: usize,
    (m, indent_lvl, quote_left): (&Metrics, u8, i32),
) -> Paragraph {
    let lvl = usize::from(item.depth).min(LEVELS - 1);
    let (left, hanging) = list_indent(m, usize::from(indent_lvl).min(lvl), quote_left);
    p.numbering(NumberingId::new(num), IndentLevel::new(lvl))
        .indent(
            Some(left),
            Some(SpecialIndentType::Hanging(hanging)),
            None,
            None,
        )
}

/// A task-list item's paragraph: indented like a list item of `indent_lvl` (its depth,
/// capped by [`crate::style::nesting`]), without a bullet (its checkbox, written as the
/// first run, is the marker).
pub(crate) fn task_paragraph(
    p: Paragraph,
    indent_lvl: u8,
    m: &Metrics,
    quote_left: i32,
) -> Paragraph {
    let lvl = usize::from(indent_lvl).min(LEVELS - 1);
    let (left, hanging) = list_indent(m, lvl, quote_left);
    p.indent(
        Some(left),
        Some(SpecialIndentType::Hanging(hanging)),
        None,
        None,
    )
}

/// A Markdown table as a Word table: single borders, equal columns over the type
/// area, the header rows bold, each column aligned as the Markdown said.
pub(crate) fn table_to_word(
    table: &ModelTable,
    look: RunLook<'_>,
    faces: &InlineFaces<'_>,
    m: &Metrics,
    next_link: &mut usize,
) -> Table {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let width = (m.text_width / columns as i32).max(1) as usize;
    let rows: Vec<TableRow> = table
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let header = r < table.header_rows;
            let cells = (0..columns)
                .map(|c| {
                    let look = RunLook {
                        bold: look.bold || header,
                        ..look
                    };
                    let align = match table.alignments.get(c).copied().unwrap_or_default() {
                        Alignment::Center => AlignmentType::Center,
                        Alignment::Right => AlignmentType::Right,
                        Alignment::Left | Alignment::None => AlignmentType::Left,
                    };
                    let mut p = Paragraph::new().style(TABLE_TEXT).align(align);
                    if let Some(content) = row.get(c) {
                        for piece in inlines_to_runs(content, look, faces, next_link) {
                            p = match piece {
                                Piece::Run(run) => p.add_run(*run),
                                Piece::Link(link) => p.add_hyperlink(link),
                            };
                        }
                    }
                    TableCell::new()
                        .width(width, WidthType::Dxa)
                        .add_paragraph(p)
                })
                .collect();
            TableRow::new(cells)
        })
        .collect();
    let border = |pos| TableBorder::new(pos).size(4);
    let borders = TableBorders::new()
        .set(border(TableBorderPosition::Top))
        .set(border(TableBorderPosition::Left))
        .set(border(TableBorderPosition::Bottom))
        .set(border(TableBorderPosition::Right))
        .set(border(TableBorderPosition::InsideH))
        .set(border(TableBorderPosition::InsideV));
    Table::new(rows)
        .style(TABLE)
        .set_grid(vec![width; columns])
        .width(width * columns, WidthType::Dxa)
        .set_borders(borders)
}

/// One level of a list numbering: its format ("bullet", "decimal"), the text Word shows,
/// and the hanging indent that lines the item's text up after the marker.
fn list_level(lvl: usize, format: &str, text: String, left: i32, hanging: i32) -> Level {
    Level::new(
        lvl,
        Start::new(1),
        NumberFormat::new(format),
        LevelText::new(text),
        LevelJc::new("left"),
    )
    .indent(
        Some(left),
        Some(SpecialIndentType::Hanging(hanging)),
        None,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(ordered: bool, number: u64, depth: u8) -> ListItem {
        ListItem {
            ordered,
            number,
            depth,
            task: None,
        }
    }

    #[test]
    fn ordered_lists_restart_and_bullets_share_one_instance() {
        let mut lists = Lists::default();
        assert_eq!(lists.num_for(&item(true, 1, 0)), 3);
        assert_eq!(lists.num_for(&item(true, 2, 0)), 3);
        assert_eq!(lists.num_for(&item(false, 0, 1)), BULLET_NUM);
        assert_eq!(lists.num_for(&item(true, 1, 1)), 4);
        assert_eq!(lists.num_for(&item(true, 3, 0)), 3);
        // A new nested ordered list after returning to depth 0 restarts.
        assert_eq!(lists.num_for(&item(true, 1, 1)), 5);
        lists.close();
        assert_eq!(lists.num_for(&item(true, 5, 0)), 6);
        assert_eq!(lists.ordered.last(), Some(&(6, 5)));
    }
}
