//! Lines of a Chinese HTML block: a site generator's page (Hugo, Hexo, VuePress, docsify)
//! often carries a statute or a notice as raw HTML, one `<p>` holding several articles or
//! paragraphs separated by `<br>` ("<p>第一条　……<br>第二条　……</p>"). A reader sees one
//! paragraph a line there, as in plain text, so in mostly-Chinese text a paragraph of an
//! HTML block is split at its line breaks; English HTML (a README's centred
//! "logo<br>caption") keeps its breaks.

use crate::model::{BlockKind, Inline};
use crate::structure::text::mostly_cjk;

/// The blocks an HTML block gave, each mostly-Chinese paragraph split at its top-level
/// line breaks (pieces holding nothing dropped).
pub(super) fn one_paragraph_a_line(
    blocks: Vec<(BlockKind, Vec<Inline>)>,
) -> Vec<(BlockKind, Vec<Inline>)> {
    let mut out = Vec::with_capacity(blocks.len());
    for (kind, content) in blocks {
        let splits = matches!(kind, BlockKind::Paragraph { label: None })
            && content.iter().any(|i| matches!(i, Inline::LineBreak))
            && mostly_cjk(&text_of(&content));
        if !splits {
            out.push((kind, content));
            continue;
        }
        for piece in content.split(|i| matches!(i, Inline::LineBreak)) {
            let mut piece = piece.to_vec();
            if let Some(Inline::Text(first)) = piece.first_mut() {
                *first = first.trim_start().to_string();
            }
            if let Some(Inline::Text(last)) = piece.last_mut() {
                *last = last.trim_end().to_string();
            }
            piece.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
            if !super::shows_nothing(&piece) {
                out.push((kind.clone(), piece));
            }
        }
    }
    out
}

/// The text of top-level text inlines (enough to tell the script).
fn text_of(content: &[Inline]) -> String {
    content
        .iter()
        .filter_map(|i| match i {
            Inline::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::structure::markdown::parse_markdown;

    fn texts(md: &str) -> Vec<String> {
        parse_markdown(md)
            .blocks
            .iter()
            .map(|b| b.plain_text())
            .collect()
    }

    #[test]
    fn a_chinese_paragraph_of_an_html_block_is_split_at_its_breaks() {
        let md = "<p>第一条　为了加强管理，制定本办法。<br>第二条　本办法适用于全市。<br/></p>\n";
        assert_eq!(
            texts(md),
            [
                "第一条 为了加强管理，制定本办法。",
                "第二条 本办法适用于全市。"
            ]
        );
    }

    #[test]
    fn english_html_keeps_its_breaks() {
        let md = "<p align=\"center\">A fast tool<br>for everyone</p>\n";
        assert_eq!(texts(md), ["A fast tool\nfor everyone"]);
    }
}
