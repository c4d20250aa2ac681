//! Poems set in Markdown: each line of a stanza ends in a hard break (two spaces or a
//! backslash), stanzas are paragraphs. CommonMark reads a stanza as one paragraph with
//! breaks; a reader sees lines of verse, one a line, as in a printed poem.
//!
//! A paragraph is a stanza when it holds two lines or more, every line ended by a hard
//! break (the last aside), each line short and mostly Chinese, none a label ending in a
//! colon; and the file sets three such paragraphs or more. One address block or a
//! signature over its date broken by hand is not a poem: a poem's stanzas recur.

use crate::model::{Block, BlockKind, Inline};
use crate::structure::text::{char_len, script_counts};

/// Longest line of a stanza, in characters.
const LINE_MAX: usize = 30;
/// Fewest stanzas that make a file's hard-broken paragraphs a poem.
const MIN_STANZAS: usize = 3;

/// The lines of `block` between its hard breaks, if it is a stanza by its shape.
fn stanza_lines(block: &Block) -> Option<Vec<Vec<Inline>>> {
    let plain = matches!(block.kind, BlockKind::Paragraph { label: None });
    if !plain || block.quote_depth > 0 || block.in_toc {
        return None;
    }
    let mut lines: Vec<Vec<Inline>> = block
        .content
        .split(|i| matches!(i, Inline::LineBreak))
        .map(<[Inline]>::to_vec)
        .collect();
    if lines.last().is_some_and(|l| super::shows_nothing(l)) {
        lines.pop();
    }
    let fits = |line: &Vec<Inline>| {
        let text = Block {
            content: line.clone(),
            ..block.clone()
        }
        .plain_text();
        let text = text.trim();
        let (cjk, other) = script_counts(text);
        !text.is_empty()
            && !text.contains('\n')
            && char_len(text) <= LINE_MAX
            && cjk > other
            && !text.ends_with([':', '：'])
    };
    (lines.len() >= 2 && lines.iter().all(fits)).then_some(lines)
}

/// Splits the stanzas of a poem set with hard breaks into verse blocks, one a line.
pub(super) fn split_verse_lines(blocks: &mut Vec<Block>) {
    let stanzas = blocks.iter().filter(|b| stanza_lines(b).is_some()).count();
    if stanzas < MIN_STANZAS {
        return;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        match stanza_lines(&block) {
            Some(lines) => out.extend(lines.into_iter().map(|mut content| {
                if let Some(Inline::Text(first)) = content.first_mut() {
                    *first = first.trim_start().to_string();
                }
                Block {
                    kind: BlockKind::Verse,
                    content,
                    quote_depth: block.quote_depth,
                    in_toc: false,
                }
            })),
            None => out.push(block),
        }
    }
    *blocks = out;
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::kind_names;
    use crate::structure::InputFormat;

    #[test]
    fn stanzas_set_with_hard_breaks_are_verse_a_line() {
        let md = "红烛\n\n红烛啊！  \n这样红的烛！  \n诗人啊！  \n\n\
            红烛啊！  \n既制了，便烧着！  \n\n红烛啊！  \n你心火发光之期，  \n正是泪流开始之日。  \n";
        let kinds = kind_names(md, InputFormat::Markdown);
        assert_eq!(kinds.len(), 9);
        assert!(kinds[1..].iter().all(|k| *k == "verse"), "{kinds:?}");
        // A single hard-broken block (an address, a name over a date) is no poem.
        let md = "正文。\n\n北京市海淀区  \n中关村大街一号  \n邮编一〇〇〇八〇\n";
        assert_eq!(
            kind_names(md, InputFormat::Markdown).last(),
            Some(&"paragraph")
        );
        // Label lines broken by hand are no stanzas.
        let md =
            "语法：  \ntar 参数 文件  \n\n说明：  \n打包文件  \n\n示例：  \ntar -cvf a.tar a  \n";
        assert!(!kind_names(md, InputFormat::Markdown).contains(&"verse"));
    }
}
