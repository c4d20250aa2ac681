//! The closing record (版记, GB/T 9704 7.5) in the PDF: the 抄送 and 印发 lines one
//! character in, each under a rule as wide as the type area, the last over one more, in
//! the strokes [`crate::style::lines::RECORD_RULES`] gives. At a document's end the
//! record's units are marked to stand at the foot of the last page (pagination sets
//! them there), so its last rule lies on the type area's lower edge.

use crate::error::Error;
use crate::layout::frame::FrameItem;
use crate::layout::justify::Align;
use crate::layout::paginate::Unit;
use crate::layout::Ctx;
use crate::model::{Block, BlockKind, Inline};
use crate::style::lines::{imprint_parts, record_group, RECORD_INSET_CHARS, RECORD_RULES};
use crate::units::Pt;

/// Lays out the closing record at the start of `blocks`; returns how many blocks it took.
pub(crate) fn record(
    ctx: &mut Ctx,
    blocks: &[Block],
    units: &mut Vec<Unit>,
    place: impl Fn(&mut Ctx, &Block, &mut Vec<Unit>) -> Result<(), Error>,
) -> Result<usize, Error> {
    let (count, at_end) = record_group(blocks);
    let first = units.len();
    let rule = |ctx: &Ctx, y: f64, i: usize| FrameItem::Rule {
        from: (Pt(ctx.left), Pt(y)),
        to: (Pt(ctx.left + ctx.width), Pt(y)),
        width: Pt::mm(RECORD_RULES.stroke_mm(i, count)),
        color: None,
    };
    for (i, block) in blocks[..count].iter().enumerate() {
        let start = units.len();
        match imprint_parts(&block.plain_text()) {
            Some(parts) if block.kind == BlockKind::Imprint => imprint(ctx, block, parts, units)?,
            _ => place(ctx, block, units)?,
        }
        if let Some(unit) = units.get_mut(start) {
            unit.items.push(rule(ctx, 0.0, i));
        }
    }
    if units.len() > first {
        if let Some(last) = units.last_mut() {
            let y = last.height;
            last.items.push(rule(ctx, y, count));
        }
    }
    let len = units.len();
    for (k, unit) in units[first..].iter_mut().enumerate() {
        unit.keep_with_next = first + k + 1 < len;
        unit.to_foot = at_end;
    }
    Ok(count)
}

/// A 印发 line: the organ one character in from the left, the date one character in
/// from the right, on one line (GB/T 9704 7.5.3); on two when they do not fit one.
fn imprint(
    ctx: &mut Ctx,
    block: &Block,
    (organ, date): (&str, &str),
    units: &mut Vec<Unit>,
) -> Result<(), Error> {
    let face = ctx.style.faces.body.clone();
    let inset = RECORD_INSET_CHARS * ctx.cell;
    let mut spec = ctx.body_spec(block, 0.0);
    spec.left += inset;
    spec.width -= 2.0 * inset;
    spec.align = Align::Left;
    let first = units.len();
    let text = ctx.styled(&[Inline::Text(organ.into())], &face, ctx.body)?;
    ctx.setter.set(&text, &spec, units);
    spec.align = Align::Right;
    let mut dated = Vec::new();
    let text = ctx.styled(&[Inline::Text(date.into())], &face, ctx.body)?;
    ctx.setter.set(&text, &spec, &mut dated);
    if units.len() == first + 1 && dated.len() == 1 {
        units[first].items.append(&mut dated[0].items);
    } else {
        units.append(&mut dated);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::layout::frame::FrameItem;
    use crate::layout::layout_document;
    use crate::model::{Block, BlockKind, Document, StyleKind};
    use crate::style::Style;

    #[test]
    fn the_record_stands_between_rules_at_the_foot_of_the_last_page() {
        let doc = Document {
            blocks: vec![
                Block::text(BlockKind::Paragraph { label: None }, "正文。"),
                Block::text(BlockKind::CopyTo, "抄送：市委各部门。"),
                Block::text(BlockKind::Imprint, "某某市人民政府办公室 2026年3月2日印发"),
            ],
            style: StyleKind::Gongwen,
            ..Document::default()
        };
        let style = Style::builtin(StyleKind::Gongwen);
        let laid = layout_document(&doc, &style, crate::fonts::test_book()).unwrap();
        assert_eq!(laid.pages.len(), 1);
        let rules: Vec<(f64, f64, f64, f64)> = laid.pages[0]
            .items
            .iter()
            .filter_map(|item| match item {
                FrameItem::Rule {
                    from, to, width, ..
                } => Some((from.0 .0, to.0 .0, from.1 .0, width.to_mm())),
                _ => None,
            })
            .collect();
        let (left, width) = (style.margin_left.0, style.type_area_width().0);
        let foot = style.margin_top.0 + style.type_area_height().0;
        let pitch = style.line_pitch().0;
        assert_eq!(rules.len(), 3, "{rules:?}");
        for (k, (x0, x1, y, stroke)) in rules.iter().enumerate() {
            assert!((x0 - left).abs() < 0.01 && (x1 - left - width).abs() < 0.01);
            // Over 抄送, between the two, under 印发 on the type area's lower edge.
            let want = foot - (2 - k) as f64 * pitch;
            assert!((y - want).abs() < 0.5, "rule {k} at {y}, want {want}");
            let heavy = k != 1;
            assert!((stroke - if heavy { 0.35 } else { 0.25 }).abs() < 1e-6);
        }
        // The parts one character in.
        let lines = crate::layout::dump::text_lines(&laid.pages[0], crate::fonts::test_book());
        let copy = lines.iter().find(|l| l.text().starts_with("抄送")).unwrap();
        assert!((copy.glyphs[0].x0 - left - style.char_pitch().0).abs() < 0.5);
        // 印发: the organ one character in from the left, the date one from the right.
        let imprint = lines.iter().find(|l| l.text().ends_with("印发")).unwrap();
        assert!(imprint.text().starts_with("某某市人民政府办公室"));
        let cell = style.char_pitch().0;
        assert!((imprint.glyphs[0].x0 - left - cell).abs() < 0.5);
        let end = imprint.glyphs.last().unwrap().x1;
        assert!(
            (left + width - cell - end).abs() < 0.5,
            "date ends at {end}"
        );
    }

    #[test]
    fn a_long_copy_to_line_wraps_under_the_first_name_after_the_colon() {
        let names = "县发展和改革局，县财政局，县自然资源局，县住房和城乡建设局。";
        let doc = Document {
            blocks: vec![
                Block::text(BlockKind::Paragraph { label: None }, "正文。"),
                Block::text(BlockKind::CopyTo, format!("抄送：{names}")),
            ],
            style: StyleKind::Gongwen,
            ..Document::default()
        };
        let style = Style::builtin(StyleKind::Gongwen);
        let laid = layout_document(&doc, &style, crate::fonts::test_book()).unwrap();
        let lines = crate::layout::dump::text_lines(&laid.pages[0], crate::fonts::test_book());
        let at = lines
            .iter()
            .position(|l| l.text().starts_with("抄送"))
            .unwrap();
        let (first, second) = (&lines[at], &lines[at + 1]);
        let (left, cell) = (style.margin_left.0, style.char_pitch().0);
        let cells = |x: f64| (x - left) / cell;
        assert!((cells(first.glyphs[0].x0) - 1.0).abs() < 0.05);
        assert!(
            (cells(second.glyphs[0].x0) - 4.0).abs() < 0.05,
            "{}",
            second.text()
        );
        // One character short of the right edge.
        let right = cells(first.glyphs.last().unwrap().x1);
        assert!(right <= 27.0 + 0.05, "ends {right} cells in");
        assert_eq!(
            format!("{}{}", first.text(), second.text()),
            format!("抄送：{names}")
        );
    }
}
