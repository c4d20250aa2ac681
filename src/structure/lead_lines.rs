//! A report's lead lines: one sentence on a line of its own, set over the paragraph it
//! leads.
//!
//! Work reports and speeches head their paragraphs with a sentence that states the task
//! ("深化健康青海建设。", "依法行政强法治。") or counts it ("一是联合港澳承办十五运会和残特奥
//!会。"), printed in bold on a line of its own over the paragraph that works it out. Such a
//! line is a heading one level under the numbered sections, though it ends with "。".
//!
//! The evidence a typesetter goes by: the line is one sentence; the paragraph under it is
//! far longer; and the shape recurs (three or more in the section). An ordinal lead
//! ("一是……", "二是……") carries its own count; an unmarked one must also read as a task
//! — short, no comma, no quotation, no narrative particles or pronouns — so that a
//! novel's "众人都笑了。" stays text. A lead run on into its paragraph on the same line
//! ("一是……。具体……") is the paragraph's own first sentence and stays text.

use super::numbering::Family;
use super::text::char_len;
use crate::model::{Block, BlockKind, Heading};

/// Longest unmarked lead line, in characters.
const LEAD_MAX_CHARS: usize = 18;
/// Longest ordinal lead line ("一是……。"), in characters.
const ORDINAL_LEAD_MAX_CHARS: usize = 40;
/// How many times longer than its lead line the paragraph under it is at least.
const PARAGRAPH_TO_LEAD: usize = 3;
/// Fewest lead lines in a section for any of them to count.
const MIN_LEADS: usize = 3;

/// Characters that mark narration or speech, not a task stated: aspect and modal
/// particles, pronouns, quotation marks.
const NARRATIVE: [char; 15] = [
    '了', '着', '吗', '呢', '吧', '啊', '他', '她', '你', '我', '“', '”', '「', '」', '"',
];

/// The ordinal that opens a counted lead ("一是", "二是", … "十是").
fn is_ordinal_lead(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| "一二三四五六七八九十".contains(c))
        && chars.next() == Some('是')
}

/// True if `text` is one sentence that may lead a paragraph, and how (ordinal or not).
fn lead_kind(text: &str) -> Option<bool> {
    let text = text.trim();
    let body = text.strip_suffix('。')?;
    // A line opening on a dash goes on with what was said ("－－不曾入衙门管事。").
    if body.contains(['。', '！', '？', '；', '：']) || body.starts_with(['－', '—', '-', '―'])
    {
        return None;
    }
    if is_ordinal_lead(body) {
        return (char_len(text) <= ORDINAL_LEAD_MAX_CHARS).then_some(true);
    }
    let task = char_len(text) <= LEAD_MAX_CHARS
        && !body.contains(['，', ','])
        && !body.contains(NARRATIVE)
        && body.chars().all(|c| !c.is_ascii_digit());
    task.then_some(false)
}

/// Turns the lead lines among `blocks` into headings of [`Family::LeadLine`] and records
/// them in `families` (kept in block order).
pub(crate) fn read_lead_lines(blocks: &mut [Block], families: &mut Vec<(usize, Family)>) {
    // A statute's articles (第X条) are its units: a short sentence there is an article's.
    if blocks
        .iter()
        .any(|b| matches!(b.kind, BlockKind::Paragraph { label: Some(_) }))
    {
        return;
    }
    // A novel in chapters (第N回) narrates in short lines too ("门吏转报。"): no report.
    if blocks
        .iter()
        .any(|b| b.heading().is_some_and(|h| h.marker.ends_with('回')))
    {
        return;
    }
    let is_plain = |b: &Block| matches!(b.kind, BlockKind::Paragraph { label: None }) && !b.in_toc;
    // The last item of a list ("副主任若干人，" / "委员若干人。") ends a sentence begun above.
    let opens_a_unit = |i: usize| {
        i == 0
            || !blocks[i - 1]
                .plain_text()
                .trim_end()
                .ends_with(['，', '、', '；', '：', ',', ';', ':'])
    };
    let leads: Vec<(usize, bool)> = (0..blocks.len().saturating_sub(1))
        .filter(|&i| is_plain(&blocks[i]) && is_plain(&blocks[i + 1]) && opens_a_unit(i))
        .filter_map(|i| {
            let text = blocks[i].plain_text();
            let ordinal = lead_kind(&text)?;
            let under = char_len(&blocks[i + 1].plain_text());
            (under >= PARAGRAPH_TO_LEAD * char_len(&text)).then_some((i, ordinal))
        })
        .collect();
    // Ordinal leads count among themselves; unmarked ones among themselves.
    for ordinal in [true, false] {
        let chosen: Vec<usize> = leads
            .iter()
            .filter(|(_, o)| *o == ordinal)
            .map(|(i, _)| *i)
            .collect();
        if chosen.len() < MIN_LEADS {
            continue;
        }
        for i in chosen {
            blocks[i].kind = BlockKind::Heading(Heading {
                level: 0,
                marker: String::new(),
                marker_kind: Family::LeadLine.marker_kind(),
                run_in: false,
            });
            families.push((i, Family::LeadLine));
        }
    }
    families.sort_unstable_by_key(|(i, _)| *i);
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds as kinds;

    const LONG: &str = "要坚持以人民为中心的发展思想，扎实推进各项工作，持续改善群众生活，\
        让发展成果更多更公平惠及全体人民，不断增强人民群众的获得感幸福感安全感。";

    #[test]
    fn short_task_sentences_over_long_paragraphs_are_headings() {
        let text = format!(
            "深化健康建设。\n{LONG}\n提高社会保障水平。\n{LONG}\n维护社会安全稳定。\n{LONG}\n"
        );
        assert_eq!(
            kinds(&text),
            [
                "heading",
                "paragraph",
                "heading",
                "paragraph",
                "heading",
                "paragraph"
            ]
        );
    }

    #[test]
    fn counted_leads_on_their_own_lines_are_headings() {
        let text = format!(
            "一是联合承办运动会。\n{LONG}\n二是推动经济运行稳中向好。\n{LONG}\n\
             三是加快推进科技创新。\n{LONG}\n"
        );
        assert_eq!(kinds(&text).iter().filter(|k| **k == "heading").count(), 3);
    }

    #[test]
    fn narration_and_lone_short_sentences_stay_text() {
        // A novel's short lines: particles and pronouns.
        let text = format!("众人都笑了。\n{LONG}\n他点点头。\n{LONG}\n你来吧。\n{LONG}\n");
        assert!(!kinds(&text).contains(&"heading"));
        // Two leads are no pattern.
        let text = format!("深化健康建设。\n{LONG}\n提高社会保障水平。\n{LONG}\n");
        assert!(!kinds(&text).contains(&"heading"));
        // The last item of a list is no lead, nor is a sentence among a statute's articles.
        let text = format!(
            "主任，\n委员若干人。\n{LONG}\n秘书长，\n委员若干人。\n{LONG}\n副主任，\n委员若干人。\n{LONG}\n"
        );
        assert!(!kinds(&text).contains(&"heading"));
        let text = format!(
            "第一条　总则。\n保障人权。\n{LONG}\n第二条　其他。\n维护稳定。\n{LONG}\n保护财产。\n{LONG}\n"
        );
        assert!(!kinds(&text).contains(&"heading"));
        // A chapter novel's short lines are narration, whatever their shape.
        let text = format!(
            "第一回　王教头私走延安府\n门吏转报。\n{LONG}\n院公引到庭门。\n{LONG}\n众将听令。\n{LONG}\n"
        );
        assert!(kinds(&text).iter().filter(|k| **k == "heading").count() == 1);
        // A lead run on into its paragraph stays the paragraph's first sentence.
        let text =
            format!("一是联合承办运动会。{LONG}\n二是推动经济。{LONG}\n三是加快创新。{LONG}\n");
        assert!(!kinds(&text).contains(&"heading"));
    }
}
