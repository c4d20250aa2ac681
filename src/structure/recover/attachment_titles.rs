//! An attachment's mark and its title on one line ("附件2　名词解释"). GB/T 9704 sets the
//! mark ("附件2") on a line of its own at the top of the attachment's first page, its
//! title centred under it; a copy that ran them onto one line keeps a space between.
//! The break goes back in that space, so the block rules read the mark over the head of
//! the attached document as they do when the lines are apart.

use crate::structure::text::{char_len, has_sentence_end};
use regex::Regex;
use std::sync::LazyLock;

/// Longest attachment title on the mark's line, in characters.
const TITLE_MAX: usize = 40;

/// Where the title starts after an attachment's mark on the same line: the end of the
/// mark and the start of the title, around the spaces between them.
pub(super) fn attachment_title_point(text: &str) -> Option<(usize, usize)> {
    static MARKED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^附件[0-9０-９一二三四五六七八九十]{1,3}([ \t\u{3000}]+)\S")
            .expect("attachment mark pattern")
    });
    if !text.starts_with("附件") {
        return None;
    }
    let gap = MARKED.captures(text)?.get(1)?;
    let title = &text[gap.end()..];
    (char_len(title) <= TITLE_MAX && !has_sentence_end(title) && !title.contains(['：', ':']))
        .then_some((gap.start(), gap.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_and_its_title_on_one_line_part_at_the_space() {
        let text = "附件2　名词解释";
        let (end, start) = attachment_title_point(text).unwrap();
        assert_eq!((&text[..end], &text[start..]), ("附件2", "名词解释"));
        assert!(attachment_title_point("附件1 2025年省十件民生实事").is_some());
        // A list of attachments, a sentence, or a mark with no title stays whole.
        assert!(attachment_title_point("附件：1.名单").is_none());
        assert!(attachment_title_point("附件1 见后。").is_none());
        assert!(attachment_title_point("附件2").is_none());
    }
}
