//! A head that holds an announcement over the text it issues.
//!
//! A court's interpretation, a ministry's rules or a decree is printed under the notice
//! that publishes it: the sentence "《……》已于……通过，现予公布，自……起施行。", the issuer
//! and the date on lines of their own, then the issued text with its own number, title
//! and adoption note. The plain-text reader finds that as it finds any document issued by
//! another: a closing in mid-file (`closing`) with a new head under it
//! (`collection::article_starts`). A reader that only looks for a head at the top (the
//! Markdown reader's plain paragraphs) reads the same lines here, with the same rules.

use super::closing::closing;
use super::collection::article_starts;
use super::front::{front_matter, Front};
use super::text::has_sentence_end;
use crate::model::BlockKind;

/// Most lines of the announcement's text between the head above it and its issuer.
const ANNOUNCEMENT_MAX_LINES: usize = 3;

/// The head of `lines` as [`front_matter`] reads it, or, where an announcement comes
/// first, the announcement (its head if any, its sentences, issuer and date) and the
/// issued text's head under it.
pub(crate) fn head_with_announcement<'a>(lines: &[&'a str], separated: &[bool]) -> Front<'a> {
    let front = front_matter(lines, separated);
    announced(lines, separated).unwrap_or(front)
}

/// The announcement and the issued text's head, if `lines` open with an announcement.
fn announced<'a>(lines: &[&'a str], separated: &[bool]) -> Option<Front<'a>> {
    let search = ANNOUNCEMENT_MAX_LINES + 8;
    let start = *article_starts(lines, separated, 0..lines.len().min(search)).first()?;
    let above = front_matter(&lines[..start], &separated[..start]);
    let close = closing(&lines[..start], above.next);
    let text = above.next..close.body_end;
    let announces = !text.is_empty()
        && text.len() <= ANNOUNCEMENT_MAX_LINES
        && lines[text.clone()].iter().all(|l| has_sentence_end(l));
    if !announces || close.signed.is_empty() || !close.record.is_empty() {
        return None;
    }
    if close.appendix.end > close.appendix.start {
        return None;
    }
    let issued = front_matter(&lines[start..], &separated[start..]);
    let titled = issued.blocks.iter().any(|(k, _)| *k == BlockKind::Title);
    if !titled {
        return None;
    }
    let mut blocks = above.blocks;
    blocks.extend(
        lines[text]
            .iter()
            .map(|l| (BlockKind::Paragraph { label: None }, (*l).into())),
    );
    blocks.extend(close.signed.iter().map(|(k, t)| (k.clone(), (*t).into())));
    blocks.extend(issued.blocks);
    Some(Front {
        blocks,
        next: start + issued.next,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(lines: &[&str]) -> (Vec<&'static str>, usize) {
        let front = head_with_announcement(lines, &vec![false; lines.len()]);
        let kinds = front.blocks.iter().map(|(k, _)| k.name()).collect();
        (kinds, front.next)
    }

    #[test]
    fn an_announcement_over_the_text_it_issues() {
        let lines = [
            "《某某解释》已于2025年2月17日由最高人民法院审判委员会第1942次会议通过，现予公布，自2025年9月1日起施行。",
            "最高人民法院",
            "2025年7月31日",
            "法释〔2025〕12号",
            "最高人民法院关于审理某某案件适用法律问题的解释（二）",
            "（2025年2月17日最高人民法院审判委员会第1942次会议通过，自2025年9月1日起施行）",
            "为正确审理某某案件，制定本解释。",
            "第一条　本解释适用于某某。",
        ];
        let expected = [
            "paragraph",
            "signature",
            "date",
            "document_number",
            "title",
            "subtitle",
        ];
        assert_eq!(kinds(&lines), (expected.to_vec(), 6));
        // The page's own title over the announcement stays its title.
        let mut titled = vec!["最高人民法院关于审理某某案件适用法律问题的解释（二）"];
        titled.extend(lines);
        let (found, next) = kinds(&titled);
        assert_eq!((found[0], found.len(), next), ("title", 7, 7));
    }

    #[test]
    fn a_notice_s_long_body_is_no_announcement() {
        let lines = [
            "关于某某工作的通知",
            "各区县：",
            "现将有关事项通知如下。",
            "一、加强领导。",
            "二、落实责任。",
            "三、按时报送。",
            "某某市人民政府办公室",
            "2022年4月14日",
            "某某办法",
            "（2022年4月14日印发）",
            "正文。",
        ];
        let (found, next) = kinds(&lines);
        assert_eq!((found, next), (vec!["title", "salutation"], 2));
    }
}
