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
use crate::model::{Block, BlockKind, Inline};
use crate::style::lines::SIGNED_HEAD_INDENT_CHARS;
use crate::style::lines::{line_placement, number_shares_line, separator_under, signer_parts};
use crate::units::Pt;

/// The separator sits this far under the document number's baseline.
const RULE_GAP_MM: f64 = 4.0;
/// Stroke width of the separator, in points.
const RULE_WIDTH: f64 = 1.0;

/// Lays out the head blocks starting at `blocks[start]`; returns how many it took.
pub(crate) fn head_group(
    ctx: &mut Ctx,
    all: &[Block],
    start: usize,
    units: &mut Vec<Unit>,
) -> Result<usize, Error> {
    let style = ctx.style;
    let blocks = &all[start..];
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
        if signer && k > 0 && number_shares_line(&blocks[k - 1], Some(block)) {
            continue; // set on the number's line
        }
        let shared = number_shares_line(block, blocks.get(k + 1));
        let mut spec = ctx.spec_for(block, ctx.body);
        spec.keep_with_next = true;
        let first = units.len();
        if shared {
            // 上行文: the number one character in from the left, the 签发人 one in from
            // the right, on one line (the style decides; GB/T 9704 7.2.4, 7.2.6).
            let indent = SIGNED_HEAD_INDENT_CHARS * ctx.cell;
            spec.left += indent;
            spec.width -= indent;
            spec.align = Align::Left;
            let text = ctx.styled(&block.content, &style.faces.body, ctx.body)?;
            ctx.setter.set(&text, &spec, units);
            let mut signed = Vec::new();
            signer_line(ctx, &blocks[k + 1], &mut signed)?;
            if units.len() == first + 1 && signed.len() == 1 {
                units[first].items.append(&mut signed[0].items);
            } else {
                units.append(&mut signed); // too long to share a line
            }
        } else if signer {
            signer_line(ctx, block, units)?;
        } else {
            spec.align = Align::Center;
            let text = ctx.styled(&block.content, &style.faces.body, ctx.body)?;
            ctx.setter.set(&text, &spec, units);
        }
        // The rule goes under the last 签发人, and only in a 版头 (the style decides).
        let last_on_line = start + k + usize::from(shared);
        if !separator_under(all, last_on_line) {
            continue;
        }
        // The rule, in a line of its own under the number, then one more blank line.
        let spec = ctx.spec_for(block, ctx.body);
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

/// A 签发人 line at the right, one character in: "签发人：" in the body face, the names
/// in Kai (GB/T 9704 7.2.6), as the style places it.
fn signer_line(ctx: &mut Ctx, block: &Block, units: &mut Vec<Unit>) -> Result<(), Error> {
    let style = ctx.style;
    let mut spec = ctx.spec_for(block, ctx.body);
    spec.keep_with_next = true;
    spec.align = Align::Right;
    if let Some(place) = line_placement(&block.kind) {
        spec.width -= place.right_chars * ctx.cell;
    }
    let plain = block.plain_text();
    let text = match signer_parts(plain.trim()) {
        Some((label, names)) => {
            let size = ctx.body;
            let mut b = ctx.builder(false);
            b.push_inlines(&[Inline::Text(label.into())], &style.faces.body, size)?;
            b.push_inlines(
                &[Inline::Text(names.into())],
                &style.faces.heading_kai,
                size,
            )?;
            b.finish()
        }
        None => ctx.styled(&block.content, &style.faces.body, ctx.body)?,
    };
    ctx.setter.set(&text, &spec, units);
    Ok(())
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

    #[test]
    fn an_upward_documents_number_and_signer_share_a_line_one_character_in() {
        let doc = Document {
            blocks: vec![
                Block::text(BlockKind::Masthead, "某某县水利局文件"),
                Block::text(BlockKind::DocumentNumber, "某水字〔2026〕12号"),
                Block::text(BlockKind::Signer, "签发人：王某某"),
                Block::text(BlockKind::Title, "关于某事的请示"),
                para("正文。"),
            ],
            style: StyleKind::Gongwen,
            ..Document::default()
        };
        let style = Style::builtin(StyleKind::Gongwen);
        let book = crate::fonts::test_book();
        let laid = layout_document(&doc, &style, book).unwrap();
        let lines = crate::layout::dump::text_lines(&laid.pages[0], book);
        let line = lines
            .iter()
            .find(|l| l.text().starts_with("某水字"))
            .unwrap();
        assert!(line.text().ends_with("签发人：王某某"), "{}", line.text());
        let cell = style.char_pitch().0;
        let left = style.margin_left.0;
        let right = left + style.type_area_width().0;
        let first = &line.glyphs[0];
        let last = line.glyphs.last().unwrap();
        assert!(
            (first.x0 - left - cell).abs() < 0.5,
            "number at {}",
            first.x0
        );
        assert!(
            (right - cell - last.x1).abs() < 0.5,
            "signer ends at {}",
            last.x1
        );
        // One red rule under the line.
        let rules = laid.pages[0]
            .items
            .iter()
            .filter(|i| matches!(i, FrameItem::Rule { .. }))
            .count();
        assert_eq!(rules, 1);
    }
}
