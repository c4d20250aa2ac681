//! Tables: a ruled grid whose cells wrap within their column widths.
//!
//! Column widths come from the cells' natural (unwrapped) widths: columns that want no
//! more than a fair share get what they want, the rest share what is left equally.
//! Nothing runs off the page: when the columns cannot each have their longest word (and
//! at least [`MIN_COLUMN_EMS`] ems) the table's type shrinks (down to [`MIN_TABLE_SIZE`]),
//! and when even that is too wide the columns are set in groups, one table under the
//! other. Each row becomes one unit
//! as tall as its tallest cell (in whole grid lines on a grid), carrying its text and
//! its rules, so rows never split across pages, unless a row is taller than a page:
//! then it is set line by line and flows on to the next pages.

use crate::error::Error;
use crate::layout::frame::FrameItem;
use crate::layout::justify::{natural_width, Align};
use crate::layout::paginate::{shift, Unit};
use crate::layout::text::Class;
use crate::layout::Ctx;
use crate::model::{Alignment, Block, Table};
use crate::units::Pt;

const RULE: f64 = 0.5;
/// The narrowest column, padding included, in ems of the table's type size.
const MIN_COLUMN_EMS: f64 = 2.5;
/// The padding either side of a cell's text, in ems of the table's type size.
const PAD_EMS: f64 = 0.3;
/// The smallest type a table shrinks to before its columns are set in groups.
const MIN_TABLE_SIZE: f64 = 8.0;

/// Appends the units of `table`, the content of `block`, to `units`.
pub(crate) fn layout_table(
    ctx: &mut Ctx,
    table: &Table,
    block: &Block,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 {
        return Ok(());
    }
    let quotes = crate::style::nesting::block_levels(block).0;
    let inset = f64::from(quotes) * 2.0 * ctx.cell;
    let (left, total) = (ctx.left + inset, ctx.width - inset);
    // Each column's narrowest width at the body size: its longest word, padded, and
    // never under MIN_COLUMN_EMS. Too wide together: the type shrinks, then the columns
    // go in groups, each as many as fit.
    let least = least_widths(ctx, table, columns)?;
    let need: f64 = least.iter().sum();
    let size = if need > total {
        (ctx.body * total / need).max(MIN_TABLE_SIZE)
    } else {
        ctx.body
    };
    let scale = size / ctx.body;
    let mut groups = Vec::new();
    let mut from = 0;
    while from < columns {
        let mut width = least[from] * scale;
        let mut count = 1;
        while from + count < columns && width + least[from + count] * scale <= total {
            width += least[from + count] * scale;
            count += 1;
        }
        groups.push((from, count));
        from += count;
    }
    let space = ctx.style.space_around_tables;
    for (from, count) in groups {
        let group = column_group(table, from, count);
        if space {
            let mut before = Unit::space(ctx.pitch * 0.5);
            before.keep_with_next = true;
            units.push(before);
        }
        let least: Vec<f64> = least[from..from + count]
            .iter()
            .map(|w| w * scale)
            .collect();
        set_table(ctx, &group, (left, total, &least), size, units)?;
        if space {
            units.push(Unit::space(ctx.pitch * 0.5));
        }
    }
    Ok(())
}

/// The narrowest width of each of `columns` columns at the body size: the widest word
/// of its cells (a run of glyphs between spaces; each ideograph is a word), padded, and
/// at least [`MIN_COLUMN_EMS`] ems.
fn least_widths(ctx: &mut Ctx, table: &Table, columns: usize) -> Result<Vec<f64>, Error> {
    let size = ctx.body;
    let mut least = vec![MIN_COLUMN_EMS * size; columns];
    if ctx.grid {
        // GB/T 9704 pages keep their settled column shares (a long Latin word in a CJK
        // table may break); only the floor applies.
        return Ok(least);
    }
    let face = ctx.style.faces.strong.clone();
    for row in &table.rows {
        for (c, cell) in row.iter().enumerate() {
            let text = ctx.styled(cell, &face, size)?;
            let mut word = 0.0f64;
            for g in &text.glyphs {
                match g.class {
                    Class::Space | Class::Newline => word = 0.0,
                    Class::Wide => word = g.advance,
                    _ => word += g.advance,
                }
                least[c] = least[c].max(word + 2.0 * PAD_EMS * size);
            }
        }
    }
    Ok(least)
}

/// Columns `from..from + count` of `table` (all of it when that is every column).
fn column_group(table: &Table, from: usize, count: usize) -> std::borrow::Cow<'_, Table> {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    if from == 0 && count >= columns {
        return std::borrow::Cow::Borrowed(table);
    }
    let slice = |row: &Vec<Vec<crate::model::Inline>>| {
        row.iter()
            .skip(from)
            .take(count)
            .cloned()
            .collect::<Vec<_>>()
    };
    std::borrow::Cow::Owned(Table {
        alignments: table
            .alignments
            .iter()
            .skip(from)
            .take(count)
            .copied()
            .collect(),
        header_rows: table.header_rows,
        rows: table.rows.iter().map(slice).collect(),
    })
}

/// Sets `table` at `left`, at most `total` wide, each column at least as wide as `least`
/// says where it can be, in type of `size`.
fn set_table(
    ctx: &mut Ctx,
    table: &Table,
    (left, total, least): (f64, f64, &[f64]),
    size: f64,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let style = ctx.style;
    let pad = size * PAD_EMS;

    // Styled cells, and each column's natural width.
    let mut cells = Vec::with_capacity(table.rows.len());
    let mut natural = vec![0.0f64; columns];
    for (r, row) in table.rows.iter().enumerate() {
        let face = if r < table.header_rows {
            &style.faces.strong
        } else {
            &style.faces.body
        };
        let mut styled = Vec::with_capacity(row.len());
        for (c, cell) in row.iter().enumerate() {
            let text = ctx.styled(cell, face, size)?;
            natural[c] = natural[c].max(natural_width(&text.glyphs) + 2.0 * pad);
            styled.push(text);
        }
        cells.push(styled);
    }
    let widths = share_widths_at_least(&natural, least, total);

    let line_height = ctx.line_height(size);
    let baseline = ctx.baseline(line_height, size);
    let page_height = ctx.area_height();
    for (r, row) in cells.iter().enumerate() {
        let mut cell_lines = Vec::with_capacity(row.len());
        let mut x = left;
        for (c, text) in row.iter().enumerate() {
            let align = match table.alignments.get(c).copied().unwrap_or_default() {
                Alignment::Center => Align::Center,
                Alignment::Right => Align::Right,
                Alignment::Left | Alignment::None => Align::Left,
            };
            let spec = crate::layout::para::ParaSpec {
                left: x + pad,
                width: (widths[c] - 2.0 * pad).max(size),
                first_indent: 0.0,
                rest_indent: 0.0,
                align,
                line_height,
                baseline,
                keep_with_next: false,
                outline: None,
                preformatted: false,
            };
            cell_lines.push(ctx.setter.set_lines(text, &spec));
            x += widths[c];
        }
        let lines_in_row = cell_lines.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let rules = Rules {
            left,
            widths: &widths,
            top: r == 0,
            bottom: if r + 1 == table.header_rows {
                RULE * 2.0
            } else {
                RULE
            },
        };
        let keep = r < table.header_rows;
        let height = lines_in_row as f64 * line_height;
        if height <= page_height {
            // The whole row as one unit.
            let mut items = Vec::new();
            for lines in cell_lines {
                for (k, line) in lines.into_iter().enumerate() {
                    let dy = k as f64 * line_height;
                    items.extend(line.into_iter().map(|item| shift(item, dy)));
                }
            }
            rules.draw(&mut items, height, true, true);
            units.push(Unit {
                height,
                items,
                keep_with_next: keep,
                ..Unit::default()
            });
            continue;
        }
        // Taller than a page: one unit per line of the row, so it flows across pages.
        let mut iters: Vec<_> = cell_lines.into_iter().map(Vec::into_iter).collect();
        for k in 0..lines_in_row {
            let mut items: Vec<FrameItem> = iters
                .iter_mut()
                .filter_map(Iterator::next)
                .flatten()
                .collect();
            rules.draw(&mut items, line_height, k == 0, k + 1 == lines_in_row);
            units.push(Unit {
                height: line_height,
                items,
                keep_with_next: keep || k + 1 < lines_in_row,
                ..Unit::default()
            });
        }
    }
    Ok(())
}

/// The rules of one row of a table.
struct Rules<'a> {
    left: f64,
    widths: &'a [f64],
    /// True for the table's first row (it carries the rule over the table).
    top: bool,
    /// The width of the rule under the row (double under the header).
    bottom: f64,
}

impl Rules<'_> {
    /// Adds the rules of a piece of the row `height` tall: the rule over the table if
    /// this `opens` the first row, the rule under the row if it `closes` the row, and the
    /// column rules.
    fn draw(&self, items: &mut Vec<FrameItem>, height: f64, opens: bool, closes: bool) {
        let rule = |from: (f64, f64), to: (f64, f64), width: f64| FrameItem::Rule {
            from: (Pt(from.0), Pt(from.1)),
            to: (Pt(to.0), Pt(to.1)),
            width: Pt(width),
            color: None,
        };
        let (left, right) = (self.left, self.left + self.widths.iter().sum::<f64>());
        if self.top && opens {
            items.push(rule((left, 0.0), (right, 0.0), RULE));
        }
        if closes {
            items.push(rule((left, height), (right, height), self.bottom));
        }
        let mut x = left;
        items.push(rule((x, 0.0), (x, height), RULE));
        for w in self.widths {
            x += w;
            items.push(rule((x, 0.0), (x, height), RULE));
        }
    }
}

/// Column widths as [`share_widths`] gives them, except that a column it leaves
/// narrower than `least` (its longest word) gets that much, the others sharing the rest.
fn share_widths_at_least(natural: &[f64], least: &[f64], total: f64) -> Vec<f64> {
    let mut fixed = vec![false; natural.len()];
    loop {
        let open: Vec<usize> = (0..natural.len()).filter(|&c| !fixed[c]).collect();
        let taken: f64 = (0..natural.len())
            .filter(|&c| fixed[c])
            .map(|c| least[c])
            .sum();
        let wanted: Vec<f64> = open.iter().map(|&c| natural[c]).collect();
        let shared = share_widths(&wanted, (total - taken).max(0.0));
        let mut widths: Vec<f64> = (0..natural.len())
            .map(|c| if fixed[c] { least[c] } else { 0.0 })
            .collect();
        for (k, &c) in open.iter().enumerate() {
            widths[c] = shared[k];
        }
        let short: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&c| widths[c] + 1e-6 < least[c].min(natural[c]))
            .collect();
        if short.is_empty() || short.len() == open.len() {
            return widths;
        }
        for c in short {
            fixed[c] = true;
        }
    }
}

/// Column widths summing to at most `total`: columns wanting no more than a fair share
/// get their natural width; the others share the rest equally.
fn share_widths(natural: &[f64], total: f64) -> Vec<f64> {
    if natural.iter().sum::<f64>() <= total {
        return natural.to_vec();
    }
    let mut widths = vec![0.0; natural.len()];
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = total;
    loop {
        let fair = left / open.len().max(1) as f64;
        let (small, big): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&c| natural[c] <= fair);
        if small.is_empty() {
            for c in &big {
                widths[*c] = fair;
            }
            return widths;
        }
        for c in small {
            widths[c] = natural[c];
            left -= natural[c];
        }
        open = big;
        if open.is_empty() {
            return widths;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_columns_keep_their_width_and_wide_ones_share_the_rest() {
        let w = share_widths(&[50.0, 400.0, 300.0], 450.0);
        assert_eq!(w[0], 50.0);
        assert!((w[1] - 200.0).abs() < 1e-9 && (w[2] - 200.0).abs() < 1e-9);
        assert_eq!(share_widths(&[10.0, 20.0], 450.0), vec![10.0, 20.0]);
    }

    #[test]
    fn a_column_keeps_its_longest_word_and_the_others_share_the_rest() {
        // Fair shares would give 150 each; the first column's longest word needs 200.
        let w = share_widths_at_least(&[400.0, 400.0, 400.0], &[200.0, 30.0, 30.0], 450.0);
        assert_eq!(w[0], 200.0);
        assert!(
            (w[1] - 125.0).abs() < 1e-9 && (w[2] - 125.0).abs() < 1e-9,
            "{w:?}"
        );
        // Nobody short: the plain shares.
        assert_eq!(
            share_widths_at_least(&[50.0, 400.0], &[20.0, 30.0], 450.0),
            share_widths(&[50.0, 400.0], 450.0)
        );
    }
}
