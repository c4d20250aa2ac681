//! Numbered headings a converter left as plain paragraphs in a Chinese Markdown document.
//!
//! Texts converted from a word processor or an ebook to Markdown keep "一、党委书记要善于
//! 当“班长”。党的委员会有……" or "（一）总体要求" as plain paragraphs: Markdown has no
//! markup for them and the converter added none. A clerk reads them as in a .txt, so the
//! plain-text rules decide (`numbered_line::classify_numbered`, `clauses::clause_families`):
//! a title is a heading, a run-in heading is split from the paragraph it opens, a clause
//! or a list item stays a paragraph. Only documents whose author marked no heading below
//! the title are read so: where the author marked headings, the markup is the outline —
//! except below it: where the marked headings are numbered ("## 一、总体要求"), a family
//! they outrank ("（一）指导思想。……") that no marked heading uses is read the same way,
//! its headings one level below the deepest marked family above them.

use super::document_parts::is_plain;
use crate::model::{Block, BlockKind, Heading};
use crate::script::is_cjk;
use crate::structure::clauses::clause_families;
use crate::structure::numbered_line::{classify_numbered, AfterLeadIn, Numbered};
use crate::structure::numbering::{find_marker, Family, Levels};

/// Reads the numbered plain paragraphs of `blocks` as the plain-text rules read lines.
pub(super) fn read_numbered_paragraphs(blocks: &mut Vec<Block>) {
    let marked = blocks.iter().any(|b| b.heading().is_some());
    if !crate::structure::mostly_cjk_prose(blocks) {
        return;
    }
    // The numbered families the author marked as headings, with their `#` depth.
    let marked_families: Vec<(Family, u8)> = blocks
        .iter()
        .filter_map(|b| {
            let level = b.heading()?.level;
            Some((find_marker(&b.plain_text())?.family, level))
        })
        .collect();
    if marked && marked_families.is_empty() {
        return;
    }
    // Below a marked outline, only families it outranks and never marks are read.
    let readable = |family: Family| {
        !marked
            || marked_families.iter().all(|&(m, _)| m != family)
                && marked_families.iter().any(|&(m, _)| m.outranks(family))
    };
    // The depth under which a family's headings sit: the deepest marked family above it.
    let base = |family: Family| {
        marked_families
            .iter()
            .filter(|&&(m, _)| m.outranks(family))
            .map(|&(_, level)| level)
            .max()
            .unwrap_or(0)
    };
    let texts: Vec<String> = blocks.iter().map(Block::plain_text).collect();
    let plain: Vec<bool> = blocks.iter().map(is_plain).collect();
    let lines: Vec<&str> = texts
        .iter()
        .zip(&plain)
        .filter(|(_, p)| **p)
        .map(|(t, _)| t.as_str())
        .collect();
    let clauses = clause_families(&lines);
    // (block index, heading length in bytes, family, marker) of each numbered heading
    // found, in order.
    let mut found: Vec<(usize, usize, Family, &str)> = Vec::new();
    // After a lead-in ("……如下："), numbered paragraphs are its list's items, as in plain
    // text; a numbered lead-in's siblings and betters are not. `Some(None)`: an
    // unnumbered lead-in.
    let mut list: Option<Option<Family>> = None;
    for (k, text) in texts.iter().enumerate() {
        let lead_in = text.ends_with(['：', ':']);
        let Some(marker) = find_marker(text).filter(|_| plain[k]) else {
            list = lead_in.then_some(None);
            continue;
        };
        let family = marker.family;
        let item =
            list.is_some_and(|opener| opener.is_none_or(|f| f != family && !family.outranks(f)));
        if lead_in {
            list = Some(Some(family));
        } else if !item {
            list = None;
        }
        if family.is_structural()
            || clauses.contains(&family)
            || !marker.rest.chars().any(is_cjk)
            || !readable(family)
        {
            continue;
        }
        let after = if item {
            AfterLeadIn::Item
        } else {
            AfterLeadIn::No
        };
        if let Numbered::Heading { len } = classify_numbered(text, &marker, after) {
            found.push((k, len, family, marker.text));
        }
    }
    let levels = Levels::new(found.iter().map(|&(_, _, f, _)| f));
    // One pass that builds the new list: a run-in heading becomes two blocks.
    let mut found = found.into_iter().peekable();
    let mut out = Vec::with_capacity(blocks.len() + found.len());
    for (k, block) in std::mem::take(blocks).into_iter().enumerate() {
        let Some((_, len, family, marker)) = found.next_if(|f| f.0 == k) else {
            out.push(block);
            continue;
        };
        let text = &texts[k];
        let rest = text[len..].trim();
        out.push(Block {
            kind: BlockKind::Heading(Heading {
                level: base(family).saturating_add(levels.level(family)),
                marker: marker.to_string(),
                marker_kind: family.marker_kind(),
                run_in: !rest.is_empty(),
            }),
            ..Block::text(BlockKind::Paragraph { label: None }, &text[..len])
        });
        if !rest.is_empty() {
            out.push(Block::text(BlockKind::Paragraph { label: None }, rest));
        }
    }
    *blocks = out;
}

#[cfg(test)]
mod tests {
    use crate::structure::markdown::parse_markdown;

    fn kinds(markdown: &str) -> Vec<String> {
        parse_markdown(markdown)
            .blocks
            .iter()
            .map(|b| match b.heading() {
                Some(h) => format!("H{}:{}", h.level, b.plain_text()),
                None => format!("{}:{}", b.kind.name(), b.plain_text()),
            })
            .collect()
    }

    #[test]
    fn run_in_numbered_paragraphs_are_headings_as_in_plain_text() {
        let md = "# 工作方法\n\n一、要善于当班长。党的委员会有一二十个人，像军队的一个班。\n\n\
            二、要把问题摆到桌面上来。不仅班长要这样做，委员也要这样做。\n";
        assert_eq!(
            kinds(md),
            [
                "title:工作方法",
                "H1:一、要善于当班长。",
                "paragraph:党的委员会有一二十个人，像军队的一个班。",
                "H1:二、要把问题摆到桌面上来。",
                "paragraph:不仅班长要这样做，委员也要这样做。"
            ]
        );
    }

    #[test]
    fn clauses_items_and_marked_outlines_stay() {
        // Items after a lead-in, and a family of rules, stay paragraphs.
        let md = "# 规定\n\n检查内容如下：\n\n（一）安全生产；\n\n（二）消防设施。\n\n\
            一、本规定所称单位，是指机关。\n\n二、单位应当建立制度。\n\n三、本规定自发布之日起施行。\n";
        assert!(
            kinds(md)[1..].iter().all(|k| k.starts_with("paragraph:")),
            "{:?}",
            kinds(md)
        );
        // Where the author marked headings without numbers, numbered paragraphs are left
        // alone.
        let md = "# 报告\n\n## 总体要求\n\n一、要善于当班长。党的委员会有一二十个人，像一个班。\n";
        assert_eq!(
            kinds(md).last().map(String::as_str),
            Some("paragraph:一、要善于当班长。党的委员会有一二十个人，像一个班。")
        );
    }

    #[test]
    fn under_a_numbered_marked_outline_the_families_it_outranks_are_read() {
        let md =
            "# 实施意见\n\n## 一、总体要求\n\n（一）指导思想。坚持以人民为中心的发展思想。\n\n\
            （二）基本原则。坚持统筹兼顾，突出重点。\n\n## 二、主要任务\n\n\
            一是加强保护。二是做好工作。\n";
        assert_eq!(
            kinds(md),
            [
                "title:实施意见",
                "H2:一、总体要求",
                "H3:（一）指导思想。",
                "paragraph:坚持以人民为中心的发展思想。",
                "H3:（二）基本原则。",
                "paragraph:坚持统筹兼顾，突出重点。",
                "H2:二、主要任务",
                "paragraph:一是加强保护。二是做好工作。"
            ]
        );
        // A family the author marks somewhere is the author's to mark everywhere.
        let md = "# 意见\n\n## 一、总体要求\n\n二、主要任务。坚持统筹兼顾，突出重点。\n";
        assert_eq!(
            kinds(md).last().map(String::as_str),
            Some("paragraph:二、主要任务。坚持统筹兼顾，突出重点。")
        );
    }
}
