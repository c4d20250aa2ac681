//! The credits on an English title page, read once its blocks are made. Under the title a
//! typesetter sets who wrote the work and who rendered it: the word "by" on a line of its
//! own over the author's name ("by" / "JOHN KEATS", "BY" / "R. W. EMERSON"), the author's
//! name alone right under the title ("MAJOR BARBARA" / "BERNARD SHAW"), and the lines
//! crediting a translator or an introducer ("Translated by …", "With an Introduction by
//! …"). Each is a by-line (`speaker`), however the line was first read (a paragraph, a
//! heading, a second title line, a signature).

use super::text::char_len;
use crate::model::{Block, BlockKind};
use regex::Regex;
use std::sync::LazyLock;

/// Longest credit line.
const CREDIT_MAX: usize = 80;
/// Most words in an author's name.
const NAME_MAX_WORDS: usize = 5;

/// Makes the credits under the title of `page` (the title page's blocks) by-lines.
pub(crate) fn settle_credits(page: &mut [Block]) {
    let Some(title) = page.iter().position(|b| b.kind == BlockKind::Title) else {
        return;
    };
    let mut k = title + 1;
    // The author's name right under the title, where the title's second line was taken
    // for it or it was left a paragraph.
    if let Some(next) = page.get(k) {
        let above = page[k - 1].plain_text();
        let open = !ends_on_a_connective(&above);
        if readable(next, true) && open && is_author_name(&next.plain_text()) {
            page[k].kind = BlockKind::Speaker;
            k += 1;
        }
    }
    while k < page.len() {
        let text = page[k].plain_text();
        if readable(&page[k], false) && is_bare_by(&text) {
            page[k].kind = BlockKind::Speaker;
            if page
                .get(k + 1)
                .is_some_and(|b| readable(b, true) && under_by(&b.plain_text()))
            {
                page[k + 1].kind = BlockKind::Speaker;
                k += 1;
            }
        } else if readable(&page[k], false) && is_credit_line(&text) {
            page[k].kind = BlockKind::Speaker;
        } else if !matches!(page[k].kind, BlockKind::Speaker | BlockKind::Subtitle) {
            break;
        }
        k += 1;
    }
}

/// A block a credit may have been read as: a paragraph, a heading, a signature, or (for a
/// name under the title) a second title line.
fn readable(block: &Block, title_too: bool) -> bool {
    !block.in_toc
        && (matches!(
            block.kind,
            BlockKind::Paragraph { label: None } | BlockKind::Heading(_) | BlockKind::Signature
        ) || title_too && block.kind == BlockKind::Title)
}

/// "by" alone on its line.
fn is_bare_by(text: &str) -> bool {
    text.trim().eq_ignore_ascii_case("by")
}

/// The line under a bare "by": a short line opening with a capital (the name, a title of
/// nobility in it: "EDWARD EARL OF DERBY.").
fn under_by(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    char_len(text) <= CREDIT_MAX / 2
        && text.starts_with(|c: char| c.is_uppercase())
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ';' | ':' | '!' | '?'))
        && words
            .iter()
            .enumerate()
            .all(|(n, w)| !w.ends_with('.') || n + 1 == words.len() || is_initial(w))
}

/// "Translated by …", "With an Introduction by …", "Edited, with Notes, by …".
fn is_credit_line(text: &str) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:newly\s+)?(?:translated|edited|rendered|arranged|selected|revised)(?:\s+(?:into\s+english\s+)?(?:verse|prose))?|with\s+(?:an?\s+)?(?:introduction|preface|memoir|notes))\b[^.;]{0,40}\bby\s+(?-i:\p{Lu})")
            .expect("credit pattern")
    });
    char_len(text) <= CREDIT_MAX && CREDIT.is_match(text.trim())
}

/// An initial: "W.", "R.".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A person's name as a title page sets it: two to five words, each an initial or a
/// capitalised word ("Henry W. Longfellow", "BERNARD SHAW", "Alfred, Lord Tennyson"),
/// none of them a word titles are made of.
pub(crate) fn is_author_name(text: &str) -> bool {
    const NOT_IN_NAMES: &[&str] = &[
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "on",
        "to",
        "for",
        "with",
        "or",
        "by",
        "at",
        "from",
        "act",
        "scene",
        "chapter",
        "book",
        "part",
        "contents",
        "preface",
        "introduction",
        "volume",
        "edition",
        "poems",
        "essays",
        "tales",
        "stories",
        "letters",
        "my",
        "our",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=NAME_MAX_WORDS).contains(&words.len())
        && char_len(text) <= CREDIT_MAX / 2
        && words.iter().enumerate().all(|(n, w)| {
            let last = n + 1 == words.len();
            let bare = w.trim_end_matches(if last { "" } else { "," });
            is_initial(bare)
                || bare.starts_with(|c: char| c.is_uppercase())
                    && bare
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
                    && !NOT_IN_NAMES.contains(&bare.to_lowercase().as_str())
        })
}

/// A title line that runs on into the next ("THE LIFE AND ADVENTURES OF").
fn ends_on_a_connective(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("").to_lowercase();
    [
        "of", "and", "the", "or", "a", "an", "to", "in", "for", "with",
    ]
    .contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> Block {
        Block::text(BlockKind::Paragraph { label: None }, text)
    }

    fn heading() -> crate::model::Heading {
        crate::model::Heading {
            level: 1,
            marker: String::new(),
            marker_kind: super::super::numbering::Family::AllCaps.marker_kind(),
            run_in: false,
        }
    }

    fn kinds(blocks: &[Block]) -> Vec<&'static str> {
        blocks.iter().map(|b| b.kind.name()).collect()
    }

    #[test]
    fn by_on_its_own_line_and_the_name_under_it_are_by_lines() {
        let mut page = vec![
            Block::text(BlockKind::Title, "AN ENEMY OF THE PEOPLE"),
            paragraph("by"),
            paragraph("Henrik Ibsen"),
            paragraph("Translated by R. Farquharson Sharp"),
            paragraph("The first paragraph of the play, which no credit is."),
        ];
        settle_credits(&mut page);
        let expected = ["title", "speaker", "speaker", "speaker", "paragraph"];
        assert_eq!(kinds(&page), expected);
        // The name read as a heading, in capitals with initials.
        let mut page = vec![
            Block::text(BlockKind::Title, "NATURE"),
            paragraph("BY"),
            Block::text(BlockKind::Heading(heading()), "R. W. EMERSON"),
        ];
        settle_credits(&mut page);
        assert_eq!(kinds(&page), ["title", "speaker", "speaker"]);
    }

    #[test]
    fn the_authors_name_right_under_the_title_is_its_by_line() {
        let mut page = vec![
            Block::text(BlockKind::Title, "MAJOR BARBARA"),
            Block::text(BlockKind::Title, "BERNARD SHAW"),
        ];
        settle_credits(&mut page);
        assert_eq!(kinds(&page), ["title", "speaker"]);
        let mut page = vec![
            Block::text(BlockKind::Title, "THE SONG OF HIAWATHA"),
            paragraph("Henry W. Longfellow"),
        ];
        settle_credits(&mut page);
        assert_eq!(kinds(&page), ["title", "speaker"]);
        // A title's second line after a connective is the title still.
        let mut page = vec![
            Block::text(BlockKind::Title, "THE LIFE AND ADVENTURES OF"),
            Block::text(BlockKind::Title, "ROBINSON CRUSOE"),
        ];
        settle_credits(&mut page);
        assert_eq!(kinds(&page), ["title", "title"]);
        assert!(is_author_name("Alfred, Lord Tennyson"));
        assert!(!is_author_name("A Family Drama"));
        assert!(!is_author_name("CHAPTER ONE"));
    }

    #[test]
    fn a_translators_or_introducers_credit_is_a_by_line() {
        assert!(is_credit_line(
            "With an Introduction by W. L. Courtney, LL.D."
        ));
        assert!(is_credit_line(
            "Translated into English Verse by Edward Earl of Derby"
        ));
        assert!(is_credit_line("Edited, with Notes, by A. W. Pollard"));
        assert!(!is_credit_line(
            "With an introduction like that, he was sure to be heard by all."
        ));
        assert!(!is_credit_line("Translated by hand."));
    }
}
