//! A database's record fields set at the top of a Markdown page.
//!
//! A law or document database exporting its records as Markdown writes the record's
//! fields above the text, a field a line, each a bold label and its value
//! ("**分类**：司法解释", "**公布日期**：2014-04-17"), the lines ended by hard breaks or
//! set as paragraphs of their own. They are the database's record of the document, not
//! its text, as a web page's publication lines are: each line is one `FrontMatter`
//! block. Recognised by shape alone — two or more short bold labels, each followed by a
//! colon and a short value without a sentence's end, with nothing but the title above
//! them — never by the labels' words.

use crate::model::{Block, BlockKind, Inline};
use crate::structure::text::char_len;

/// Longest label, in characters ("法宝引证码" and the like are short).
const LABEL_MAX: usize = 8;

/// Longest value, in characters: a date, a number, a name, a short title.
const VALUE_MAX: usize = 60;

/// Reads the record's fields opening the page (under its title, if any) as front matter,
/// a block a field.
pub(super) fn read_record_fields(blocks: &mut Vec<Block>) {
    let start = blocks
        .iter()
        .take_while(|b| b.kind == BlockKind::Title || b.kind == BlockKind::FrontMatter)
        .count();
    let mut fields: Vec<String> = Vec::new();
    let mut end = start;
    while let Some(block) = blocks.get(end) {
        match block_fields(block) {
            Some(found) => fields.extend(found),
            None => break,
        }
        end += 1;
    }
    if fields.len() < 2 {
        return;
    }
    let found = fields
        .iter()
        .map(|f| Block::text(BlockKind::FrontMatter, f));
    blocks.splice(start..end, found);
}

/// The fields of a plain paragraph that is nothing but field lines (split at its hard
/// or soft breaks), each as "label：value"; `None` if any line is something else.
fn block_fields(block: &Block) -> Option<Vec<String>> {
    let plain = matches!(block.kind, BlockKind::Paragraph { label: None })
        && block.quote_depth == 0
        && !block.in_toc;
    if !plain {
        return None;
    }
    block
        .content
        .split(|i| matches!(i, Inline::LineBreak))
        .filter(|line| !line.is_empty())
        .map(field)
        .collect()
}

/// One line's field: a bold label, then a colon and its value.
fn field(line: &[Inline]) -> Option<String> {
    let [Inline::Strong(label), Inline::Text(rest)] = line else {
        return None;
    };
    let [Inline::Text(label)] = label.as_slice() else {
        return None;
    };
    let label = label.trim();
    let value = rest.trim_end().strip_prefix(['：', ':'])?.trim();
    let short_label = (1..=LABEL_MAX).contains(&char_len(label))
        && !label.contains(|c: char| c.is_whitespace() || is_sentence_end(c));
    let short_value =
        !value.is_empty() && char_len(value) <= VALUE_MAX && !value.contains(is_sentence_end);
    (short_label && short_value).then(|| format!("{label}：{value}"))
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '.' | '!' | '?' | ';')
}

#[cfg(test)]
mod tests {
    use crate::structure::{parse, InputFormat};

    fn blocks(md: &str) -> Vec<(&'static str, String)> {
        parse(md, InputFormat::Markdown, None)
            .blocks
            .iter()
            .map(|b| (b.kind.name(), b.plain_text()))
            .collect()
    }

    #[test]
    fn a_databases_bold_field_lines_under_the_title_are_its_record() {
        let md = "# 某某法院关于某某问题的批复\n\n**分类**：司法解释  \n**发文字号**：法释〔2014〕1号  \n\
                  **公布日期**：2014-04-17\n\n---\n\n正文。\n";
        assert_eq!(
            blocks(md),
            [
                ("title", "某某法院关于某某问题的批复".to_string()),
                ("front_matter", "分类：司法解释".to_string()),
                ("front_matter", "发文字号：法释〔2014〕1号".to_string()),
                ("front_matter", "公布日期：2014-04-17".to_string()),
                ("thematic_break", String::new()),
                ("paragraph", "正文。".to_string()),
            ]
        );
    }

    #[test]
    fn bold_leads_in_the_text_or_alone_are_the_authors() {
        // One field alone is a bold lead-in, not a record.
        let kinds = |md| -> Vec<&'static str> { blocks(md).into_iter().map(|b| b.0).collect() };
        assert_eq!(
            kinds("# Tool\n\n**Demo**: Benchmarking two tools.\n"),
            ["title", "paragraph"]
        );
        // Below the text, bold labels are the author's.
        assert_eq!(
            kinds("# 工具\n\n简介。\n\n**版本**：1.0  \n**作者**：张三\n"),
            ["title", "paragraph", "paragraph"]
        );
        // A value that is a sentence is text.
        assert_eq!(
            kinds("**注意**：请先安装。  \n**提示**：运行即可。\n"),
            ["paragraph"]
        );
    }
}
