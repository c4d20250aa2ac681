//! A reading app's notes export (微信读书 and the apps that copy its layout): the book's
//! title on the first line, its author under it, then the reader's highlights grouped by
//! chapter. Each chapter opens on a line marked "◆" ("◆ 序", "◆ 第三章"), each highlight
//! is a line opening ">>" ("&gt;&gt; 逢人且说三分话……"), and the reader's own remark, if any,
//! follows a highlight as a plain line.
//!
//! The layout tells the file, not any one line: chapter marks and highlight lines recurring
//! through it, the first mark within the first few lines. A typesetter sets the marks as
//! the chapters' headings, the highlights as quotations (they are the book's words, not
//! the reader's), the author line as the byline and the reader's remarks as paragraphs.
//! The highlight keeps its ">>": it is how the export sets a quotation off, and a reader
//! of the page knows it.

use super::shapes::{is_credited_byline, is_name, is_speaker};
use super::text::{char_len, has_sentence_end};
use crate::model::{Block, BlockKind, Heading, MarkerKind};

/// The mark that opens a chapter's line.
const CHAPTER_MARK: char = '◆';
/// The mark that opens a highlighted passage.
const HIGHLIGHT_MARK: &str = ">>";
/// Fewest chapter lines, and fewest highlights, that make an export.
const MIN_RECURRING: usize = 2;
/// The latest line the first chapter mark may stand on (title, author, a count of notes).
const HEAD_MAX_LINES: usize = 4;
/// Longest chapter line, in characters.
const CHAPTER_MAX: usize = 40;
/// Longest line of the head under the title that is the author's, in characters.
const BYLINE_MAX: usize = 20;

fn is_chapter(line: &str) -> bool {
    line.starts_with(CHAPTER_MARK) && char_len(line) <= CHAPTER_MAX
}

fn is_highlight(line: &str) -> bool {
    line.starts_with(HIGHLIGHT_MARK)
}

/// The blocks of `lines` (trimmed, non-blank) if they are a notes export (see the module
/// doc), else `None`.
pub(crate) fn notes_export(lines: &[&str]) -> Option<Vec<Block>> {
    // Only the head is looked at for the first mark: most files have none.
    let first = lines
        .iter()
        .take(HEAD_MAX_LINES + 1)
        .position(|l| is_chapter(l))?;
    let chapters = lines.iter().filter(|l| is_chapter(l)).count();
    let highlights = lines.iter().filter(|l| is_highlight(l)).count();
    // Most of the body is marks and highlights; the reader's remarks are the rest.
    let body = lines.len() - first;
    if first == 0
        || chapters < MIN_RECURRING
        || highlights < MIN_RECURRING
        || (chapters + highlights) * 2 < body
    {
        return None;
    }
    let mut blocks = vec![Block::text(BlockKind::Title, lines[0])];
    for line in &lines[1..first] {
        let byline = char_len(line) <= BYLINE_MAX
            && !has_sentence_end(line)
            && (is_speaker(line) || is_name(line) || is_credited_byline(line));
        let kind = match byline {
            true => BlockKind::Speaker,
            false => BlockKind::Paragraph { label: None },
        };
        blocks.push(Block::text(kind, *line));
    }
    for line in &lines[first..] {
        let kind = if is_chapter(line) {
            BlockKind::Heading(Heading {
                level: 1,
                marker: String::new(),
                marker_kind: MarkerKind::None,
                run_in: false,
            })
        } else if is_highlight(line) {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph { label: None }
        };
        blocks.push(Block::text(kind, *line));
    }
    Some(blocks)
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds;

    #[test]
    fn chapter_marks_and_highlights_make_a_notes_export() {
        let text = "古诗十九首\n朱自清释 董其昌绘\n\n\n◆ 序\n\n>> 只有能分析的人，才能切实欣赏。\n\n\n\
                    ◆ 壹\n\n>> 行行重行行，与君生别离。\n\n>> 相去万余里，各在天一涯。\n这两句写离别。\n\n\n\
                    ◆ 叁\n\n>> 青青陵上柏，磊磊涧中石。\n";
        assert_eq!(
            plain_kinds(text),
            [
                "title",
                "speaker",
                "heading",
                "quote",
                "heading",
                "quote",
                "quote",
                "paragraph",
                "heading",
                "quote",
            ]
        );
    }

    #[test]
    fn a_single_mark_or_quote_is_no_export() {
        let text =
            "读书笔记\n张三\n\n◆ 序\n\n>> 只有能分析的人，才能切实欣赏。\n\n这是我的体会。\n";
        assert!(!plain_kinds(text).contains(&"quote"));
    }
}
