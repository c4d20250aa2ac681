//! The head and closing of a Chinese document published as Markdown.
//!
//! Official documents, laws and replies converted from a word processor or a law
//! database keep their head and closing as plain paragraphs: the issuing organ and the
//! title's lines, the adoption note, the document number, the addressee, and at the end
//! the organ and the date. Markdown has no markup for any of them, so the readers that
//! find them in plain text (`front`, `closing`) read those paragraphs, as a clerk reads
//! the same lines in a .txt. Only unformatted paragraphs outside quotes, lists and
//! contents are read, and only in mostly-Chinese documents; whatever the author marked
//! up keeps what its markup says, and an opening H1 must read as a title line too.

use crate::model::{Block, BlockKind, Inline};
use crate::structure::announced::head_with_announcement;
use crate::structure::closing::closing;
use crate::structure::front::front_matter;
use crate::structure::shapes::{addresses_audience, is_attachment_lead, is_salutation};
use crate::structure::text::squeeze;
use crate::structure::to_blocks;

/// Reads the head and the closing among the plain paragraphs at either end of `blocks`.
pub(super) fn read_head_and_closing(blocks: &mut Vec<Block>) {
    if !crate::structure::mostly_cjk_prose(blocks) {
        return;
    }
    let head_end = read_head(blocks);
    read_closing_over_headings(blocks, head_end);
    read_closing(blocks, head_end);
    read_salutations(blocks, head_end);
}

/// A speech's salutation further down ("诸位代表先生：" before its closing words) is a
/// salutation, as the plain-text reader reads it: a plain paragraph that addresses an
/// audience and nothing else.
fn read_salutations(blocks: &mut [Block], start: usize) {
    for block in blocks.iter_mut().skip(start) {
        let text = block.plain_text();
        if is_plain(block) && is_salutation(&text) && addresses_audience(&text) {
            block.kind = BlockKind::Salutation;
        }
    }
}

/// A paragraph with nothing but text and line breaks, outside any quote or contents list.
pub(super) fn is_plain_with_breaks(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Paragraph { label: None })
        && block.quote_depth == 0
        && !block.in_toc
        && block
            .content
            .iter()
            .all(|i| matches!(i, Inline::Text(_) | Inline::LineBreak))
}

/// A paragraph with nothing but text, outside any quote or contents list.
pub(super) fn is_plain(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Paragraph { label: None })
        && block.quote_depth == 0
        && !block.in_toc
        && block.content.iter().all(|i| matches!(i, Inline::Text(_)))
}

/// A paragraph that is one emphasis (italic or bold, or both) around nothing but text,
/// outside any quote or contents list: how a selected work's Markdown sets the date or
/// the author under its title ("*（一九三九年五月四日）*").
pub(super) fn is_set_off(block: &Block) -> bool {
    fn only_text(inlines: &[Inline]) -> bool {
        match inlines {
            [Inline::Emphasis(inner) | Inline::Strong(inner)] => only_text(inner),
            _ => !inlines.is_empty() && inlines.iter().all(|i| matches!(i, Inline::Text(_))),
        }
    }
    matches!(block.kind, BlockKind::Paragraph { label: None })
        && block.quote_depth == 0
        && !block.in_toc
        && matches!(
            block.content.as_slice(),
            [Inline::Emphasis(_) | Inline::Strong(_)]
        )
        && only_text(&block.content)
}

/// Reads the head from the opening title (if any) through the plain paragraphs after
/// it; returns the index of the first block after the head. Under a title, a line the
/// author set in italics or bold is read with them (a date or an author under the
/// title); without a title, bold lines are the author's own markup and are left alone.
/// Plain paragraphs may come before the title the author marked ("法释〔2024〕1号" or an
/// announcement over "# 最高人民法院关于……的解释"): the head is read over them and the
/// title together, and taken where the marked title reads as a title line.
fn read_head(blocks: &mut Vec<Block>) -> usize {
    let titles = blocks
        .iter()
        .take_while(|b| b.kind == BlockKind::Title && b.quote_depth == 0)
        .count();
    let is_marked_title = marked_title_test(blocks);
    let mut end = titles;
    let mut titled = titles > 0;
    for block in &blocks[titles..] {
        if is_marked_title(block) {
            titled = true;
        } else if !(is_plain(block) || titled && is_set_off(block)) {
            break;
        }
        end += 1;
    }
    if end == titles {
        return titles;
    }
    let texts: Vec<String> = blocks[..end].iter().map(Block::plain_text).collect();
    let lines: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
    // Markdown puts a blank line between all paragraphs: it says nothing.
    let front = head_with_announcement(&lines, &vec![false; lines.len()]);
    let titles_kept = front.blocks.len() >= titles
        && front.blocks[..titles]
            .iter()
            .zip(&lines)
            .all(|((kind, text), line)| *kind == BlockKind::Title && text.as_ref() == *line);
    // A title marked further down must read as a title; the head ends over one that
    // does not.
    let marked_kept = blocks[titles..front.next.clamp(titles, end)]
        .iter()
        .zip(&lines[titles..])
        .filter(|(b, _)| is_marked_title(b))
        .all(|(_, line)| {
            front
                .blocks
                .iter()
                .any(|(kind, text)| *kind == BlockKind::Title && text.as_ref() == *line)
        });
    if titles_kept && marked_kept && front.next > titles {
        let found = to_blocks(&front.blocks[titles..]);
        let added = found.len();
        blocks.splice(titles..front.next, found);
        return titles + added;
    }
    let first_marked = blocks[titles..end].iter().position(&is_marked_title);
    if let Some(at) = first_marked.filter(|&at| at > 0 && titles == 0) {
        // Read the plain paragraphs over the marked title on their own.
        let front = front_matter(&lines[..at], &vec![false; at]);
        if front.next > 0 {
            let found = to_blocks(&front.blocks);
            let added = found.len();
            blocks.splice(..front.next, found);
            return added;
        }
        return 0;
    }
    // The title line holds its occasion too ("# 新民主主义的宪政――二月二十日在……的演讲"):
    // the plain-text rules split it into title, subtitle and speaker.
    let title_text = squeeze(&lines[..titles].concat());
    let mut taken = String::new();
    let mut parts = 0;
    for (kind, text) in &front.blocks {
        let head_part = matches!(
            kind,
            BlockKind::Title | BlockKind::Subtitle | BlockKind::Speaker
        );
        if taken.len() >= title_text.len() || !head_part {
            break;
        }
        taken.push_str(&squeeze(text));
        parts += 1;
    }
    let split = titles > 0 && parts > titles && taken == title_text;
    if !split || front.next <= titles {
        return titles;
    }
    let found = to_blocks(&front.blocks);
    let added = found.len();
    blocks.splice(..front.next, found);
    added
}

/// A title the author marked up: the block read as the title, or the document's only
/// `#` heading, outside any quote (one of several `#` headings heads a part).
fn marked_title_test(blocks: &[Block]) -> impl Fn(&Block) -> bool {
    let top = |b: &Block| b.quote_depth == 0 && b.heading().is_some_and(|h| h.level == 1);
    let only_h1 = blocks.iter().filter(|b| top(b)).count() == 1;
    move |b: &Block| b.quote_depth == 0 && b.kind == BlockKind::Title || only_h1 && top(b)
}

/// Reads the closing of a covering text set over what it issues: the plain paragraphs
/// after the head that end right above the first heading (a notice whose attached cases or
/// rules follow under `#` headings) end with its signature and date, the attachment's
/// name ("附件：……") right above them, as the plain-text reader reads the same lines.
fn read_closing_over_headings(blocks: &mut Vec<Block>, start: usize) {
    let run = blocks[start..].iter().take_while(|b| is_plain(b)).count();
    let end = start + run;
    if run < 2 || blocks.get(end).is_none_or(|b| b.heading().is_none()) {
        return;
    }
    let texts: Vec<String> = blocks[start..end].iter().map(Block::plain_text).collect();
    let lines: Vec<&str> = texts.iter().map(|t| t.trim()).collect();
    let close = closing(&lines, 0);
    let dated = close
        .signed
        .last()
        .is_some_and(|(k, _)| *k == BlockKind::Date);
    let whole = close.appendix.is_empty() && close.record.is_empty();
    if !dated || !whole || close.body_end == 0 {
        return;
    }
    let attachments = lines[..close.body_end]
        .iter()
        .rev()
        .take_while(|l| is_attachment_lead(l))
        .count();
    for block in &mut blocks[start + close.body_end - attachments..start + close.body_end] {
        block.kind = BlockKind::Attachment;
    }
    blocks.splice(start + close.body_end..end, to_blocks(&close.signed));
}

/// Reads the closing among the plain paragraphs that end the document (none before
/// `start`, where the head ended).
fn read_closing(blocks: &mut Vec<Block>, start: usize) {
    let plain_tail = blocks[start..]
        .iter()
        .rev()
        .take_while(|b| is_plain(b))
        .count();
    let first = blocks.len() - plain_tail;
    if plain_tail == 0 {
        return;
    }
    let texts: Vec<String> = blocks[first..].iter().map(Block::plain_text).collect();
    let lines: Vec<&str> = texts.iter().map(String::as_str).collect();
    let close = closing(&lines, 0);
    if close.signed.is_empty() && close.record.is_empty() {
        return;
    }
    let mut tail = to_blocks(&close.signed);
    let mut appendix: Vec<Block> =
        blocks[first + close.appendix.start..first + close.appendix.end].to_vec();
    if let Some(mark) = appendix.first_mut() {
        mark.kind = BlockKind::Attachment;
    }
    tail.extend(appendix);
    tail.extend(to_blocks(&close.record));
    blocks.splice(first + close.body_end.., tail);
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::markdown_kinds as kinds;
    use crate::structure::{parse, InputFormat};

    #[test]
    fn paragraphs_under_a_title_join_only_as_a_dated_note() {
        // (A property-test finding.) Two paragraphs, the first opening a parenthesis and
        // the second closing it, are no note wrapped over lines without a year in them.
        let md = "# 中\n\n中a\n\n（中中中中中中中\n\n)\n";
        let texts: Vec<String> = parse(md, InputFormat::Markdown, None)
            .blocks
            .iter()
            .map(|b| b.plain_text())
            .collect();
        assert_eq!(texts, ["中", "中a", "（中中中中中中中", ")"]);
    }

    #[test]
    fn a_reply_published_as_markdown_keeps_its_head_and_closing() {
        let md = "# 最高人民检察院关于挪用国库券如何定性问题的批复\n\n最高人民检察院\n\n\
                  关于挪用国库券如何定性问题的批复\n\n（1997年9月26日最高人民检察院第八届检察委员会\n\n\
                  第七十五次会议通过）\n\n高检发释字〔1997〕5号\n\n宁夏回族自治区人民检察院：\n\n\
                  你院请示收悉。经研究，批复如下：\n\n国家工作人员挪用国库券的，以挪用公款论。\n\n\
                  最高人民检察院\n\n1997年10月13日\n";
        assert_eq!(
            kinds(md),
            [
                "title",
                "title",
                "title",
                "subtitle",
                "document_number",
                "salutation",
                "paragraph",
                "paragraph",
                "signature",
                "date"
            ]
        );
    }

    #[test]
    fn a_head_over_the_marked_title_is_read_with_it() {
        // The number above "# title", and the adoption note under it.
        let md = "法释〔2024〕10号\n# 最高人民法院关于办理某某刑事案件适用法律若干问题的解释\n\n\
                  （2024年3月29日最高人民法院审判委员会第1880次会议通过，自2024年8月20日起施行）\n\n\
                  为依法惩治某某犯罪，制定本解释。\n\n第一条　本解释适用于某某。\n";
        assert_eq!(
            kinds(md),
            [
                "document_number",
                "title",
                "subtitle",
                "paragraph",
                "paragraph"
            ]
        );
        // The announcement that publishes it, then its number, over "# title".
        let md = "---\ntitle: 某某解释\n---\n\n\
                  《某某解释》已于2025年2月17日由最高人民法院审判委员会第1942次会议通过，现予公布，自2025年9月1日起施行。\n\n\
                  最高人民法院\n\n2025年7月31日\n\n法释〔2025〕12号\n\n\
                  # 最高人民法院关于审理某某案件适用法律问题的解释（二）\n\n\
                  （2025年2月17日最高人民法院审判委员会第1942次会议通过，自2025年9月1日起施行）\n\n\
                  为正确审理某某案件，制定本解释。\n\n第一条　本解释适用于某某。\n";
        assert_eq!(
            kinds(md),
            [
                "paragraph",
                "signature",
                "date",
                "document_number",
                "title",
                "subtitle",
                "paragraph",
                "paragraph"
            ]
        );
        // A numbered `#` heading under plain paragraphs is no title.
        assert_eq!(
            kinds("某某说明。\n\n# 第一章　总则\n\n正文。\n\n# 第二章　附则\n\n正文。\n"),
            ["paragraph", "heading", "paragraph", "heading", "paragraph"]
        );
    }

    #[test]
    fn a_notice_typed_a_part_a_line_closes_over_the_cases_it_issues() {
        let md = "某某法院关于发布第14批指导性案例的通知\n法〔2016〕311号\n\
                  各省、自治区、直辖市高级人民法院：\n现将某某案等5件案例作为指导性案例发布。\n\
                  2016年9月19日\n\n# 指导案例65号　某某纠纷案\n\n## 相关法条\n\n\
                  《中华人民共和国民法通则》第135条\n《物业管理条例》第7条第4项、第54条第1款\n\n\
                  # 指导案例66号　某某纠纷案\n";
        assert_eq!(
            kinds(md),
            [
                "title",
                "document_number",
                "salutation",
                "paragraph",
                "date",
                "heading",
                "heading",
                "paragraph",
                "paragraph",
                "heading"
            ]
        );
        // A joint notice: the attachment's name, two organs, the date, then the cases.
        let md = "# 关于联合发布第一批典型案例的通知\n\n各省人力资源社会保障厅：\n\n\
                  现发布第一批典型案例，请在办案中予以参照。\n\n附件：典型案例（第一批）\n\n\
                  人力资源社会保障部\n\n最高人民法院\n\n2020年7月10日\n\n## 一、涉疫情类\n\n案情。\n";
        assert_eq!(
            kinds(md),
            [
                "title",
                "salutation",
                "paragraph",
                "attachment",
                "signature",
                "signature",
                "date",
                "heading",
                "paragraph"
            ]
        );
    }

    #[test]
    fn marked_up_or_english_documents_keep_what_their_markup_says() {
        // Bold lines are the author's own markup: not read as a head.
        assert_eq!(
            kinds("**某某市人民政府**\n\n各区县：\n\n现将有关事项通知如下。\n"),
            ["paragraph", "paragraph", "paragraph"]
        );
        assert_eq!(
            kinds("# Release notes\n\nAcme Corp\n\nMarch 3, 2024\n"),
            ["title", "paragraph", "paragraph"]
        );
    }

    #[test]
    fn a_date_and_author_set_in_italics_or_bold_under_the_title_are_its_head() {
        assert_eq!(
            kinds("# 青年运动的方向\n\n*（一九三九年五月四日）*\n\n**毛泽东**\n\n今天是五四运动的二十周年纪念日。\n"),
            ["title", "subtitle", "speaker", "paragraph"]
        );
        // Bold text under a title that is no part of a head stays what it is.
        assert_eq!(
            kinds("# 通知\n\n**请各单位认真落实，按时报送材料。**\n\n正文。\n"),
            ["title", "paragraph", "paragraph"]
        );
    }

    #[test]
    fn a_title_holding_its_occasion_is_split_as_in_plain_text() {
        assert_eq!(
            kinds(
                "# 新民主主义的宪政――二月二十日在延安各界宪政促进会成立大会的演讲\n\n\
                   （一九四〇年二月二十日）\n\n同志们！\n\n今天开会。\n"
            ),
            ["title", "subtitle", "subtitle", "salutation", "paragraph"]
        );
    }

    #[test]
    fn a_salutation_further_down_a_speech() {
        let md = "# 在会议上的讲话\n\n同志们：\n\n这次会议开得很好。\n\n诸位代表先生：\n\n我们的会议开幕了。\n";
        assert_eq!(
            kinds(md),
            [
                "title",
                "salutation",
                "paragraph",
                "salutation",
                "paragraph"
            ]
        );
    }

    #[test]
    fn a_chinese_readme_body_is_left_alone() {
        assert_eq!(
            kinds("# 工具\n\n一个简单的命令行工具。\n\n## 安装\n\n运行安装脚本即可。\n"),
            ["title", "paragraph", "heading", "paragraph"]
        );
    }
}
