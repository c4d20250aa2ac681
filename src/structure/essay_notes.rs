//! The notes an essay collection sets between its pieces' paragraphs, as download-site
//! e-books of modern prose keep them: the publication note in brackets closing a piece
//! ("（原载1933年12月1日《中学生》第40号）"), with or without the piece's date above it or run
//! on before it ("1933年10月11日作（原载《大公报·文艺副刊》第6期）"), and a footnote on a
//! line of its own under the title or paragraph that carries its mark ("说扬州①" /
//! "①编者注：……"). They are the editor's notes, not the piece's text.

use super::closing::is_piece_date;
use super::text::char_len;
use crate::model::{Block, BlockKind};

/// Longest publication note or footnote line, in characters.
const NOTE_MAX: usize = 200;
/// The words a publication note opens with (where the piece first appeared).
const PUBLISHED: [&str; 4] = ["原载", "原刊", "初载", "载于"];

/// True if `line` is a whole publication note in brackets: "（原载《中学生》第40号）".
pub(crate) fn is_publication_note(line: &str) -> bool {
    let inner = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']));
    inner.is_some_and(|inner| {
        PUBLISHED.iter().any(|p| inner.starts_with(p))
            && !inner.contains(['（', '(', '）', ')'])
            && char_len(inner) <= NOTE_MAX
    })
}

/// The circled number a footnote line opens with ("①编者注：……").
fn footnote_mark(text: &str) -> Option<char> {
    let first = text.chars().next()?;
    (('①'..='⑳').contains(&first) && char_len(text) > 1 && char_len(text) <= NOTE_MAX)
        .then_some(first)
}

/// Reads the paragraphs of `blocks` that are publication notes and footnotes as notes, and
/// splits a piece's date from the publication note run on after it.
pub(crate) fn mark_essay_notes(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i < blocks.len() {
        if !matches!(blocks[i].kind, BlockKind::Paragraph { label: None }) {
            i += 1;
            continue;
        }
        let text = blocks[i].plain_text();
        let anchored = footnote_mark(&text).is_some_and(|mark| {
            i > 0
                && blocks[i - 1]
                    .plain_text()
                    .chars()
                    .skip(1)
                    .any(|c| c == mark)
        });
        if is_publication_note(&text) || anchored {
            blocks[i].kind = BlockKind::Note;
        } else if let Some(at) = text.find(['（', '(']) {
            let (date, note) = text.split_at(at);
            if is_publication_note(note) && is_piece_date(date) {
                let note = Block::text(BlockKind::Note, note);
                blocks[i] = Block::text(BlockKind::Date, date);
                blocks.insert(i + 1, note);
                i += 1;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds;

    #[test]
    fn publication_notes_and_anchored_footnotes_are_notes() {
        let text = "说扬州①\n\n①编者注：作者另有一文。\n\n在第十期上看到一篇文章。\n\n\
            我也这样说过。\n\n（原载1933年12月1日《中学生》第40号）\n";
        assert_eq!(
            plain_kinds(text),
            ["title", "note", "paragraph", "paragraph", "note"]
        );
    }

    #[test]
    fn a_piece_date_run_on_before_its_publication_note_is_split() {
        let text = "说起冬天。\n\n又是冬天。\n\n1933年10月11日作（原载《大公报·文艺副刊》第6期）\n";
        let k = plain_kinds(text);
        assert_eq!(k[k.len() - 2..], ["date", "note"]);
    }

    #[test]
    fn a_circled_number_with_no_mark_above_is_a_list_items_own() {
        let text = "工作要求如下：\n\n①加强领导。\n\n②落实责任。\n";
        assert!(!plain_kinds(text).contains(&"note"));
    }
}
