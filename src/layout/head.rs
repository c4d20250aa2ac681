//! The head of an official document (GB/T 9704-2012 7.2): the issuing organ's mark
//! (发文机关标志) centred in the title face, enlarged; two blank lines; the document number
//! (发文字号) centred in the body face; the 签发人 of a report to a higher organ at the
//! right under it; a rule across the type area 4 mm under the last of them; the title two
//! lines under the rule. The mark and the rule are red (7.2.4, 7.2.5) in the colour the
//! style gives ([`crate::style::Style::mark_color`]), black when it prints in black.

use crate::error::Error;
use crate::layout::frame::FrameItem;
use crate::layout::justify::Align;
use crate::layout::paginate::Unit;
use crate::layout::Ctx;
use crate::model::{Block, BlockKind};
use crate::units::Pt;

/// The separator sits this far under the document number's baseline.
const RULE_GAP_MM: f64 = 4.0;
/// Stroke width of the separator, in points.
const RULE_WIDTH: f64 = 1.0;

/// Lays out the head blocks at the start of `blocks`; returns how many it took.
pub(crate) fn head_group(
    ctx: &mut Ctx,
    blocks: &[Block],
    units: &mut Vec<Unit>,
) -> Result<usize, Error> {
    let style = ctx.style;
    let in_group = |k: &BlockKind| {
        matches!(
            k,
            BlockKind::Masthead | BlockKind::DocumentNumber | BlockKind::Signer
        )
    };
    let count = blocks.iter().take_while(|b| in_group(&b.kind)).count();
    for (k, block) in blocks[..count].iter().enumerate() {
        if block.kind == BlockKind::Masthead {
            let size = style.masthead_size().0;
            let mut spec = ctx.spec_for(block, size);
            spec.align = Align::Center;
            spec.keep_with_next = true;
            let text = ctx.styled(&block.content, &style.faces.title, size)?;
            let first = units.len();
            ctx.setter.set(&text, &spec, units);
            for item in units[first..].iter_mut().flat_map(|u| u.items.iter_mut()) {
                if let FrameItem::Text(run) = item {
                    run.color = style.mark_color();
                }
            }
            continue;
        }
        let signer = block.kind == BlockKind::Signer;
        if k > 0 && !signer {
            units.push(Unit::space(2.0 * ctx.pitch));
        }
        let mut spec = ctx.spec_for(block, ctx.body);
        spec.align = if signer { Align::Right } else { Align::Center };
        spec.keep_with_next = true;
        let text = ctx.styled(&block.content, &style.faces.body, ctx.body)?;
        ctx.setter.set(&text, &spec, units);
        if blocks
            .get(k + 1)
            .is_some_and(|b| b.kind == BlockKind::Signer)
        {
            continue; // the rule goes under the 签发人
        }
        // The rule, in a line of its own under the number, then one more blank line.
        let y = spec.baseline + RULE_GAP_MM * 72.0 / 25.4 - spec.line_height;
        units.push(Unit {
            height: ctx.pitch,
            items: vec![FrameItem::Rule {
                from: (Pt(spec.left), Pt(y)),
                to: (Pt(spec.left + spec.width), Pt(y)),
                width: Pt(RULE_WIDTH),
                color: style.mark_color(),
            }],
            keep_with_next: true,
            ..Unit::default()
        });
        units.push(Unit::space(ctx.pitch));
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use crate::layout::frame::FrameItem;
    use crate::layout::layout_document;
    use crate::model::{Block, BlockKind, Document, StyleKind};
    use crate::style::{Rgb, Style};

    fn para(text: &str) -> Block {
        Block::text(BlockKind::Paragraph { label: None }, text)
    }

    #[test]
    fn the_mark_and_the_separator_are_red_unless_printed_in_black() {
        let head = vec![
            Block::text(BlockKind::Masthead, "某某市人民政府文件"),
            Block::text(BlockKind::DocumentNumber, "某政发〔2026〕12号"),
            Block::text(BlockKind::Title, "关于某事的通知"),
            para("正文。"),
        ];
        let doc = Document {
            blocks: head,
            style: StyleKind::Gongwen,
            ..Document::default()
        };
        // (text, colour) of every run and rule on page 1.
        let painted = |style: &Style| -> Vec<(String, Option<Rgb>)> {
            let laid = layout_document(&doc, style, crate::fonts::test_book()).unwrap();
            laid.pages[0]
                .items
                .iter()
                .filter_map(|item| match item {
                    FrameItem::Text(run) => {
                        Some((run.glyphs.iter().map(|g| g.ch).collect(), run.color))
                    }
                    FrameItem::Rule { color, .. } => Some(("rule".to_string(), *color)),
                    _ => None,
                })
                .collect()
        };
        let mut style = Style::builtin(StyleKind::Gongwen);
        let red = Some(Rgb::RED);
        let items = painted(&style);
        for (text, color) in &items {
            let marked = text.contains("文件") || text == "rule";
            assert_eq!(*color, if marked { red } else { None }, "{text}");
        }
        assert!(items.iter().any(|(t, _)| t == "rule"));
        style.colors.mono = true;
        assert!(painted(&style).iter().all(|(_, color)| color.is_none()));
    }
}
