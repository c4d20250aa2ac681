//! Entries set with a hanging indent: a head ("王利发", a term) then a gap of spaces or a
//! dash between spaces, the entry's text after it, and the text wrapped onto lines
//! indented to where it began:
//!
//! ```text
//! 王利发　－－　男。最初与我们见面，他才二十多岁。因父亲早死，他很年轻
//! 　　　　　　　就做了裕泰茶馆的掌柜。
//! ```
//!
//! An indented line otherwise opens a paragraph; here the indent lines up with the text
//! of the entry above, which stopped mid-sentence, so it goes on with that entry.

use crate::script::columns;
use crate::structure::text::char_len;

/// Fewest columns of an entry line that was wrapped.
const WRAPPED_MIN: usize = 40;
/// Longest head before the gap, in characters.
const HEAD_MAX: usize = 8;

/// True if a gap character: a space, an ideographic space or a dash.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '－' | '—' | '-')
}

/// The column where the text of the entry `text` (indented `indent` columns) begins after
/// its head and gap, if it has both.
fn text_column(indent: usize, text: &str) -> Option<usize> {
    let head_end = text.find(is_gap)?;
    let rest = &text[head_end..];
    let body = rest.trim_start_matches(is_gap);
    let gap = &rest[..rest.len() - body.len()];
    let spaced = gap.contains('\u{3000}') || gap.contains("  ") || gap.contains(['－', '—']);
    let head = &text[..head_end];
    ((1..=HEAD_MAX).contains(&char_len(head)) && spaced && !body.is_empty())
        .then(|| indent + columns(&text[..text.len() - body.len()]))
}

/// True if `next`, indented `next_indent` columns with no blank line before it, goes on
/// with the entry `prev` (indented `prev_indent`), which stopped mid-sentence.
/// The entry must be a long line cut off mid-word in CJK (a contents entry "XIV.  Of the
/// Sorrow Songs" over an indented one is a list, not a wrap).
pub(super) fn continues_entry(prev_indent: usize, prev: &str, next_indent: usize) -> bool {
    next_indent > prev_indent
        && columns(prev) >= WRAPPED_MIN
        && prev.ends_with(crate::script::is_han)
        && text_column(prev_indent, prev) == Some(next_indent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_indented_to_the_entrys_text_goes_on_with_it() {
        let prev = "王利发　－－　男。最初与我们见面，他才二十多岁。因父亲早死，他很年轻";
        assert!(continues_entry(0, prev, 14));
        // Indented elsewhere, or under an entry that ended its sentence: a new paragraph.
        assert!(!continues_entry(0, prev, 4));
        assert!(!continues_entry(0, "王利发　－－　男。精明。", 14));
        assert!(!continues_entry(0, "他很年轻，就做了掌柜", 14));
        assert!(!continues_entry(1, "XIV.  Of the Sorrow Songs", 7));
    }
}
