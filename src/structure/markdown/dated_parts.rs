//! A speech's parts with their dates: a selected work's long speech is given in parts
//! ("引言", "结论"), each part's name on a line with the day it was delivered on the very
//! next line, "（一九四二年五月二日）", joined to it by a soft break. A reader sees a
//! part heading over its date, as under a title, so a soft break into such a date line
//! is kept as a line break (by `inlines`), and a paragraph of nothing but a short name,
//! that break and the date becomes a heading and a subtitle. The heading takes the
//! document's shallowest heading depth (below an H1 title when there is none).
//!
//! A date or an adoption note in brackets in a paragraph of its own right under a `#`
//! heading is that heading's subtitle likewise, as such a note is under a title: a
//! case under its heading, "（最高人民法院审判委员会讨论通过　2016年9月19日发布）".

use crate::model::{Block, BlockKind, Heading, Inline, MarkerKind};
use crate::structure::collection::is_dated_note;
use crate::structure::text::{char_len, date_prefix_len, has_sentence_end, TERMINAL_PUNCT};

/// Longest part name over a date, in characters.
const PART_NAME_MAX: usize = 12;
/// Longest bracketed day without its year ("（五月二十三日）"), in characters.
const DAY_MAX: usize = 12;

/// True if `text` is a date in brackets: a full one ("（一九四二年五月二日）") or a day
/// of the same year ("（五月二十三日）").
pub(super) fn is_bracketed_date(text: &str) -> bool {
    let text = text.trim();
    if is_dated_note(text) {
        return true;
    }
    let Some(inner) = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
    else {
        return false;
    };
    let numeral = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c);
    char_len(inner) <= DAY_MAX
        && inner.contains('月')
        && inner.ends_with('日')
        && inner.chars().all(|c| numeral(c) || c == '月' || c == '日')
}

/// Longest note in brackets under a heading, in characters.
const NOTE_MAX: usize = 100;

/// True if `text` is a note in brackets that holds a full date: a bracketed date, or an
/// adoption or release note ("（……讨论通过　2016年9月19日发布）"), no sentence in it.
fn is_dated_remark(text: &str) -> bool {
    let text = text.trim();
    let inner = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']));
    !has_sentence_end(text)
        && char_len(text) <= NOTE_MAX
        && (is_bracketed_date(text)
            || inner
                .is_some_and(|inner| !inner.contains(['（', '(', '）', ')']) && holds_date(inner)))
}

/// True if a full date stands somewhere in `text` (not inside a longer figure).
fn holds_date(text: &str) -> bool {
    text.char_indices()
        .filter(|&(at, _)| !text[..at].ends_with(|c: char| c.is_ascii_digit()))
        .any(|(at, _)| date_prefix_len(&text[at..]).is_some())
}

/// Under each heading, a paragraph of nothing but a dated note in brackets is the
/// heading's subtitle.
fn read_notes_under_headings(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let under_heading = blocks[i - 1].heading().is_some() && blocks[i - 1].quote_depth == 0;
        let block = &blocks[i];
        if under_heading
            && super::document_parts::is_plain(block)
            && is_dated_remark(&block.plain_text())
        {
            blocks[i].kind = BlockKind::Subtitle;
        }
    }
}

/// Splits each paragraph of a short part name, a line break and a bracketed date into a
/// heading and a subtitle.
pub(super) fn read_dated_parts(blocks: &mut Vec<Block>) {
    let depth = blocks
        .iter()
        .filter(|b| b.quote_depth == 0)
        .filter_map(|b| b.heading().map(|h| h.level))
        .min()
        .unwrap_or(2);
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        match part_and_date(&block) {
            Some((name, date)) => {
                let heading = Heading {
                    level: depth,
                    marker: String::new(),
                    marker_kind: MarkerKind::None,
                    run_in: false,
                };
                out.push(Block::text(BlockKind::Heading(heading), name));
                out.push(Block::text(BlockKind::Subtitle, date));
            }
            None => out.push(block),
        }
    }
    *blocks = out;
    read_notes_under_headings(blocks);
}

/// The part name and the date of a paragraph holding nothing else.
fn part_and_date(block: &Block) -> Option<(String, String)> {
    if !super::document_parts::is_plain_with_breaks(block) {
        return None;
    }
    let [Inline::Text(name), Inline::LineBreak, Inline::Text(date)] = block.content.as_slice()
    else {
        return None;
    };
    let name = name.trim();
    let short = (1..=PART_NAME_MAX).contains(&char_len(name)) && !name.contains(TERMINAL_PUNCT);
    (short && is_bracketed_date(date)).then(|| (name.to_string(), date.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use crate::structure::markdown::parse_markdown;

    fn kinds(md: &str) -> Vec<(String, String)> {
        parse_markdown(md)
            .blocks
            .iter()
            .map(|b| (b.kind.name().to_string(), b.plain_text()))
            .collect()
    }

    #[test]
    fn a_part_name_over_its_date_is_a_heading_and_a_subtitle() {
        let md = "# 在座谈会上的讲话\n\n（一九四二年五月）\n\n引言\n（一九四二年五月二日）\n\n\
                  今天邀集大家来开座谈会。\n\n结论\n（五月二十三日）\n\n我们这个会开了三次。\n";
        let got = kinds(md);
        assert_eq!(got[2], ("heading".to_string(), "引言".to_string()));
        assert_eq!(
            got[3],
            ("subtitle".to_string(), "（一九四二年五月二日）".to_string())
        );
        assert_eq!(got[5], ("heading".to_string(), "结论".to_string()));
        assert_eq!(
            got[6],
            ("subtitle".to_string(), "（五月二十三日）".to_string())
        );
    }

    #[test]
    fn a_dated_note_under_a_heading_is_its_subtitle() {
        let md = "# 某某通知\n\n正文。\n\n## 指导案例65号　某某纠纷案\n\n\
                  (最高人民法院审判委员会讨论通过 2016年9月19日发布)\n\n### 关键词\n\n\
                  （本案例另见第3页）\n\n### 案情\n\n（2016年9月19日，双方签订合同。）\n";
        let got: Vec<String> = kinds(md).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            got,
            [
                "title",
                "paragraph",
                "heading",
                "subtitle",
                "heading",
                "paragraph",
                "heading",
                "paragraph"
            ]
        );
    }

    #[test]
    fn a_sentence_over_a_date_or_a_name_over_other_text_stays_one_paragraph() {
        let got = kinds("会议于上午召开，\n（一九四二年五月二日）\n\n引言\n（见下文）\n");
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|(k, _)| k == "paragraph"));
    }
}
