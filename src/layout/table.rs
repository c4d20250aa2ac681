//! Tables: a ruled grid whose cells wrap within their column widths.
//!
//! Column widths come from the cells' natural (unwrapped) widths: columns that want no
//! more than a fair share get what they want, the rest share what is left equally.
//! Each row becomes one unit as tall as its tallest cell (in whole grid lines on a
//! grid), carrying its text and its rules, so rows never split across pages.

use crate::error::Error;
use crate::layout::frame::FrameItem;
use crate::layout::justify::{natural_width, Align};
use crate::layout::paginate::Unit;
use crate::layout::Ctx;
use crate::model::{Alignment, Table};
use crate::units::Pt;

const RULE: f64 = 0.5;

/// Appends the units of `table` (one per row) to `units`.
pub(crate) fn layout_table(
    ctx: &mut Ctx,
    table: &Table,
    quote_depth: u8,
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 {
        return Ok(());
    }
    let style = ctx.style;
    let size = ctx.body;
    let pad = size * 0.3;
    let inset = f64::from(quote_depth) * 2.0 * ctx.cell;
    let left = ctx.left + inset;
    let total = ctx.width - inset;

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
    let widths = share_widths(&natural, total);

    let line_height = ctx.line_height(size);
    let baseline = ctx.baseline(line_height, size);
    for (r, row) in cells.iter().enumerate() {
        let mut items = Vec::new();
        let mut lines_in_row = 1;
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
            let lines = ctx.setter.set_lines(text, &spec);
            lines_in_row = lines_in_row.max(lines.len());
            for (k, line) in lines.into_iter().enumerate() {
                let dy = k as f64 * line_height;
                items.extend(
                    line.into_iter()
                        .map(|item| crate::layout::paginate::shift(item, dy)),
                );
            }
            x += widths[c];
        }
        let height = lines_in_row as f64 * line_height;
        let right = left + widths.iter().sum::<f64>();
        let rule = |from: (f64, f64), to: (f64, f64), width: f64| FrameItem::Rule {
            from: (Pt(from.0), Pt(from.1)),
            to: (Pt(to.0), Pt(to.1)),
            width: Pt(width),
            color: None,
        };
        if r == 0 {
            items.push(rule((left, 0.0), (right, 0.0), RULE));
        }
        let bottom_width = if r + 1 == table.header_rows {
            RULE * 2.0
        } else {
            RULE
        };
        items.push(rule((left, height), (right, height), bottom_width));
        let mut x = left;
        items.push(rule((x, 0.0), (x, height), RULE));
        for w in &widths {
            x += w;
            items.push(rule((x, 0.0), (x, height), RULE));
        }
        units.push(Unit {
            height,
            items,
            keep_with_next: r < table.header_rows,
            space: false,
            outline: None,
            notes: Vec::new(),
            to_foot: false,
        });
    }
    Ok(())
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
}
