//! A head that does not open the file. Pages copied whole bring lines nobody reads as a
//! head above it — a page's own headline, a portal's byline, navigation this reader does
//! not know — and a reading that starts at the first line finds no head at all. A
//! typesetter finds it from below: the salutation ("各位代表：", a 主送 list) within the
//! first lines, with a whole title block right over it. Where the head is found so, the
//! lines above it are what the page's furniture rules make of them, a photo caption or a
//! dateline by their shape, or paragraphs.

use super::{title_block, Found, Front, TITLE_MAX_LINES, UNDER_TITLE_MAX_LINES};
use crate::model::BlockKind;
use crate::structure::shapes::{addresses_audience, is_caption, is_dateline, lists_organs};
use crate::structure::web_page::web_lines;

/// How far down the salutation is looked for, in lines.
const SEARCH_LINES: usize = 24;

/// The head found over the first salutation among the first lines, if a title block
/// stands right over it.
pub(super) fn late_head<'a>(lines: &[&'a str], separated: &[bool]) -> Option<Front<'a>> {
    let search = lines.len().min(SEARCH_LINES);
    let (at, salutation, next) = (1..search).find_map(|j| {
        let mut found = Found::new();
        let next = super::salutation(lines, j, &mut found);
        // An audience or the organs addressed, not any short line with a colon.
        let addressed = found.first().is_some_and(|(kind, text)| {
            *kind == BlockKind::Salutation
                && (addresses_audience(text) || lists_organs(text.trim_end_matches(['：', ':'])))
        });
        (next > j && addressed).then_some((j, found, next))
    })?;
    let earliest = at.saturating_sub(TITLE_MAX_LINES + UNDER_TITLE_MAX_LINES);
    let (start, head) = (earliest..at).find_map(|k| {
        let mut head = Found::new();
        let end = title_block(lines, separated, k, &mut head);
        let titled = head.iter().any(|(kind, _)| *kind == BlockKind::Title);
        (end == at && titled).then_some((k, head))
    })?;
    let mut blocks = Found::new();
    let mut i = 0;
    while i < start {
        match web_lines(lines, i) {
            Some((kind, n)) => {
                let n = n.min(start - i);
                blocks.extend(lines[i..i + n].iter().map(|l| (kind.clone(), (*l).into())));
                i += n;
            }
            None => {
                let kind = if is_caption(lines[i]) {
                    BlockKind::Caption
                } else if is_dateline(lines[i]) {
                    BlockKind::Dateline
                } else {
                    BlockKind::Paragraph { label: None }
                };
                blocks.push((kind, lines[i].into()));
                i += 1;
            }
        }
    }
    blocks.extend(head);
    blocks.extend(salutation);
    Some(Front { blocks, next })
}

#[cfg(test)]
mod tests {
    use super::super::tests::kinds;
    use super::super::*;

    #[test]
    fn a_head_under_lines_no_rule_knows_is_found_from_its_salutation() {
        let lines = [
            // (A sentence: a short piece over the breadcrumb is the page's top bar.)
            "本页为网页存档，内容以原文为准。",
            "当前位置： 首页>> 中国概况",
            "【字体：大 中 小】",
            "政府工作报告",
            "——2006年3月5日在第十届全国人民代表大会第四次会议上",
            "国务院总理 温家宝",
            "各位代表：",
            "现在，我代表国务院，向大会作政府工作报告，请予审议。",
        ];
        let front = front_matter(&lines, &[false; 8]);
        assert_eq!(
            kinds(&front.blocks)[2..],
            [
                ("artifact", lines[2]),
                ("title", lines[3]),
                ("subtitle", lines[4]),
                ("speaker", lines[5]),
                ("salutation", lines[6]),
            ]
        );
        assert_eq!(kinds(&front.blocks)[0], ("paragraph", lines[0]));
        assert_eq!(front.next, 7);
        // A salutation with no title block over it leaves the lines to the body.
        let no_head = ["一段文字。", "另一段文字，很长。", "各位代表：", "正文。"];
        assert_eq!(front_matter(&no_head, &[false; 4]).next, 0);
    }
}
