//! The document under a database's record.
//!
//! A law database's Markdown export sets its page so: the title as `#`, the record's
//! fields (read as front matter, see `record_fields`), a block quote, a rule, then the
//! document. The quote holds the document's own words, not another's: the sentence
//! that promulgates it ("《……》已于……通过，现予公布"), its preamble, its promulgation
//! note in parentheses, or the first line of its own title the converter pushed in. So
//! its paragraphs are the document's text, a dated parenthesised note its subtitle. The
//! plain paragraphs under the rule open with the document's own head (its issuer and
//! date, its title over lines, its number, its addressee), read with what the quote
//! said as a head is read in plain text. A document attached under "附：" alone on its
//! line (the request a reply answers) has a head of its own, read so too, and its
//! attachment line ("附件：……") closing the page is an attachment.

use crate::model::{Block, BlockKind};
use crate::structure::announced::head_with_announcement;
use crate::structure::collection::{attached_document_starts, is_dated_note};
use crate::structure::front::front_matter;
use crate::structure::shapes::is_attachment_lead;
use crate::structure::to_blocks;

use super::document_parts::is_plain;

/// Most quoted paragraphs between the record and the rule.
const QUOTED_MAX: usize = 3;

/// Reads the quote between the record and the rule as the document's own text, and the
/// head under the rule.
pub(super) fn read_under_record(blocks: &mut Vec<Block>) {
    let titles = blocks
        .iter()
        .take_while(|b| b.kind == BlockKind::Title && b.quote_depth == 0)
        .count();
    let fields = blocks[titles..]
        .iter()
        .take_while(|b| b.kind == BlockKind::FrontMatter)
        .count();
    if fields == 0 {
        return;
    }
    let start = titles + fields;
    let quoted = blocks[start..]
        .iter()
        .take_while(|b| b.quote_depth > 0 && matches!(b.kind, BlockKind::Paragraph { .. }))
        .count();
    let rule = start + quoted;
    let ruled = blocks
        .get(rule)
        .is_some_and(|b| b.kind == BlockKind::ThematicBreak && b.quote_depth == 0);
    if !ruled || quoted > QUOTED_MAX {
        return;
    }
    for block in &mut blocks[start..rule] {
        block.quote_depth = 0;
        if is_dated_note(block.plain_text().trim()) {
            block.kind = BlockKind::Subtitle;
        }
    }
    read_head_under_rule(blocks, start, rule);
}

/// Reads the head among the document's words above the rule (`above..rule`) and the
/// plain paragraphs under it.
fn read_head_under_rule(blocks: &mut Vec<Block>, above: usize, rule: usize) {
    let pre: Vec<usize> = (above..rule).filter(|&i| is_plain(&blocks[i])).collect();
    if pre.len() != rule - above {
        return;
    }
    let run = blocks[rule + 1..]
        .iter()
        .take_while(|b| is_plain(b))
        .count();
    if run == 0 {
        return;
    }
    let texts: Vec<String> = pre
        .iter()
        .copied()
        .chain(rule + 1..rule + 1 + run)
        .map(|i| blocks[i].plain_text())
        .collect();
    let lines: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
    let front = head_with_announcement(&lines, &vec![false; lines.len()]);
    let n = pre.len();
    // The lines above the rule must come out a block each, the head going on under it.
    let kept = front.blocks.len() >= n
        && front.blocks[..n]
            .iter()
            .zip(&lines)
            .all(|((_, text), line)| text.as_ref() == *line);
    if !kept || front.next <= n {
        return;
    }
    for (block, (kind, _)) in blocks[above..rule].iter_mut().zip(&front.blocks) {
        block.kind = kind.clone();
    }
    let under = to_blocks(&front.blocks[n..]);
    let added = under.len();
    blocks.splice(rule + 1..rule + 1 + front.next - n, under);
    read_attached(blocks, rule + 1 + added);
}

/// Reads a document attached after "附：" alone on its line among the plain paragraphs
/// from `from` to the end: the mark is an attachment's, the attached document's head is
/// read as a head, and its own attachment line ending the page is an attachment. Which
/// mark opens an attached document is decided as in plain text
/// (`collection::attached_document_starts`).
fn read_attached(blocks: &mut Vec<Block>, from: usize) {
    let run = blocks[from..].iter().take_while(|b| is_plain(b)).count();
    if from + run != blocks.len() {
        return;
    }
    let texts: Vec<String> = blocks[from..].iter().map(Block::plain_text).collect();
    let lines: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
    let separated = vec![false; lines.len()];
    let Some(&at) = attached_document_starts(&lines, &separated, 0..lines.len()).first() else {
        return;
    };
    let front = front_matter(&lines[at + 1..], &separated[at + 1..]);
    let mark = from + at;
    blocks[mark].kind = BlockKind::Attachment;
    blocks.splice(mark + 1..mark + 1 + front.next, to_blocks(&front.blocks));
    if let Some(last) = blocks.last_mut() {
        if is_attachment_lead(last.plain_text().trim()) {
            last.kind = BlockKind::Attachment;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::markdown_kinds as kinds;
    use crate::structure::{parse, InputFormat};

    #[test]
    fn the_quote_between_a_record_and_the_rule_is_the_documents_own_text() {
        let md = "# 某某办法\n\n**分类**：行政法规  \n**公布日期**：1995-07-28\n\n\
                  > (1995年7月28日国务院发布　自1995年9月1日起施行)\n\n---\n\n### 正文\n\n第一条　为了规范收费，制定本办法。\n";
        assert_eq!(
            kinds(md),
            [
                "title",
                "front_matter",
                "front_matter",
                "subtitle",
                "thematic_break",
                "heading",
                "paragraph"
            ]
        );
        let texts: Vec<u8> = parse(md, InputFormat::Markdown, None)
            .blocks
            .iter()
            .map(|b| b.quote_depth)
            .collect();
        assert!(texts.iter().all(|&d| d == 0));
        // A quote elsewhere stays a quote.
        let md = "# 某某办法\n\n正文。\n\n> 引文。\n\n---\n\n正文。\n";
        let blocks = parse(md, InputFormat::Markdown, None).blocks;
        assert_eq!(blocks[2].quote_depth, 1);
    }

    #[test]
    fn the_reply_under_the_rule_is_read_with_the_sentence_promulgating_it() {
        let md = "# 某某检察院关于某某问题的批复\n\n**分类**：司法解释  \n**公布日期**：2014-04-17\n\n\
                  > 《某某检察院关于某某问题的批复》已于2014年4月11日由某某检察院检察委员会第十九次会议通过，现予公布，自公布之日起施行。\n\n\
                  ---\n\n最高人民检察院\n2014年4月17日\n最高人民检察院\n关于某某问题的批复\n\
                  （2014年4月11日最高人民检察院第十二届检察委员会\n第十九次会议通过）\n\
                  高检发释字〔2014〕1号\n广东省人民检察院：\n你院请示收悉。经研究，批复如下：\n\
                  某某行为，以某某罪追究刑事责任。\n此复\n最高人民检察院\n2014年4月17日\n";
        assert_eq!(
            kinds(md),
            [
                "title",
                "front_matter",
                "front_matter",
                "paragraph",
                "thematic_break",
                "signature",
                "date",
                "title",
                "title",
                "subtitle",
                "document_number",
                "salutation",
                "paragraph",
                "paragraph",
                "paragraph",
                "signature",
                "date"
            ]
        );
    }

    #[test]
    fn a_request_attached_under_the_reply_has_its_own_head() {
        let md = "# 某某研究室关于某某问题的答复\n\n**分类**：司法解释  \n**公布日期**：1995-05-30\n\n\
                  ---\n\n某某研究室\n关于某某问题的答复\n（1995年5月30日）\n江西省高级人民法院：\n\
                  你院请示收悉。经研究，答复如下：\n应以某某罪定罪处罚。\n附：\n江西省高级人民法院\n\
                  关于某某问题的请示\n1995年4月20日      赣高法〔1995〕54号\n最高人民法院：\n\
                  本院在审理某某案中遇到问题。\n此类情况应如何处理，请批复。\n附件：某某案审理报告\n";
        let found = kinds(md);
        assert_eq!(
            found[4..],
            [
                "title",
                "title",
                "subtitle",
                "salutation",
                "paragraph",
                "paragraph",
                "attachment",
                "title",
                "title",
                // The request's date over its number is its date (front::dates_the_number).
                "date",
                "document_number",
                "salutation",
                "paragraph",
                "paragraph",
                "attachment"
            ]
        );
    }
}
