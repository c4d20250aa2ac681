//! Paragraphs whose writer typed one part a line.
//!
//! CommonMark joins lines without a blank between them into one paragraph. A writer who
//! sets a notice's parts one a line — its title, its number ("法〔2016〕311号"), the
//! addressees ending in "：", the text, the date — or a list of the articles it cites
//! ("《……法》第135条", one a line) means them apart, as the same lines in a .txt are
//! apart. Such a paragraph is read a line a block when each line is whole (a sentence
//! or a lead ending its punctuation, or a part with a shape of its own: a title, a
//! document number, a date, a reference to an article) and two lines or more are such
//! parts; lines wrapped at a width break mid-sentence and stay one paragraph.

use crate::structure::shapes::{
    is_document_number, is_law_reference, is_title_line, starts_or_ends_like_a_title,
};
use crate::structure::text::{is_date, mostly_cjk};

/// Punctuation that ends a whole line of text: a sentence, or a lead before what follows.
const LINE_ENDS: &[char] = &['。', '！', '？', '；', '：', ':', '…'];

/// Closing quotes and brackets that may follow a sentence's end.
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '"', '\''];

/// True if `lines` (a paragraph's source lines) are its writer's parts, one a line.
pub(super) fn parts_a_line(lines: &[String]) -> bool {
    let joined: String = lines.concat();
    if !mostly_cjk(&joined) {
        return false;
    }
    let parts = lines.iter().filter(|l| is_part(l.trim())).count();
    parts >= 2
        && lines
            .iter()
            .all(|l| is_part(l.trim()) || ends_whole(l.trim()))
}

/// A line with a shape of its own: a document's title, its number, a date, a reference
/// to an article of a law.
fn is_part(line: &str) -> bool {
    is_title_line(line) && starts_or_ends_like_a_title(line)
        || is_document_number(line)
        || is_date(line)
        || is_law_reference(line)
}

/// A line that ends a sentence or leads into what follows.
fn ends_whole(line: &str) -> bool {
    line.trim_end_matches(CLOSERS).ends_with(LINE_ENDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_notice_typed_one_part_a_line() {
        assert!(parts_a_line(&lines(
            "某某法院关于发布第14批指导性案例的通知\n法〔2016〕311号\n各省、自治区、直辖市高级人民法院：\n现将某某案例作为指导性案例发布。\n2016年9月19日"
        )));
        assert!(parts_a_line(&lines(
            "《中华人民共和国民法通则》第135条\n《中华人民共和国物权法》第79条、第83条第2款"
        )));
    }

    #[test]
    fn wrapped_or_sentence_lines_stay_one_paragraph() {
        // Wrapped at a width: lines stop mid-sentence.
        assert!(!parts_a_line(&lines(
            "经最高人民法院审判委员会讨论决定，现将\n某某案等5件案例作为指导性案例发布，\n供在审判类似案件时参照。"
        )));
        // One sentence a line is the writer's paragraph.
        assert!(!parts_a_line(&lines("今天开会。\n明天放假。")));
        // One part alone among sentences is no head typed a line a part.
        assert!(!parts_a_line(&lines(
            "现将有关事项通知如下。\n2016年9月19日"
        )));
        assert!(!parts_a_line(&lines(
            "Release notes\n2016年9月19日\n2016年9月20日"
        )));
    }
}
