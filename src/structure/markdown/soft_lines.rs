//! Paragraphs whose writer typed one part a line.
//!
//! CommonMark joins lines without a blank between them into one paragraph. A writer who
//! sets a notice's parts one a line — its title, its number ("法〔2016〕311号"), the
//! addressees ending in "：", the text, the date — or a list of the articles it cites
//! ("《……法》第135条", one a line) means them apart, as the same lines in a .txt are
//! apart. Such a paragraph is read a line a block when each line is whole (a sentence
//! or a lead ending its punctuation, or a part with a shape of its own: a title, a
//! document number, a date, a reference to an article) and two lines or more are such
//! parts, or each opens the next of a series of numbered clauses ("一、" / "二、"); lines
//! wrapped at a width break mid-sentence and stay one paragraph.
//!
//! A whole document typed so — a 批复 or 函 whose title runs over several lines, whose
//! adoption note wraps, under which the body follows — has lines that are no whole part.
//! Its head gives it away: a date or a document number on a line of its own (or both on
//! one, "1993年4月17日      法函〔1993〕33号") and an addressee ending in "：" among its
//! first lines, the shapes a clerk finds in any official document's head. Such a
//! paragraph is read a line a block too, a line a width long that stops mid-sentence
//! running on into the next, and a date with the number after it split in two.

use crate::structure::collection::is_dated_note;
use crate::structure::numbering::{cn_value, find_marker, Family, CN_DIGITS};
use crate::structure::shapes::{
    is_document_number, is_law_reference, is_salutation, is_title_line, starts_or_ends_like_a_title,
};
use crate::structure::text::{char_len, date_prefix_len, is_date, mostly_cjk};

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
    let whole = lines
        .iter()
        .all(|l| is_part(l.trim()) || ends_whole(l.trim()));
    parts >= 2 && whole || typed_head(lines) || whole && numbered_clauses(lines)
}

/// True if the lines open a series of clauses numbered in Chinese, counting on from the
/// first ("一、……。" / "二、……。" / "三、……。"): a 公告's clauses typed one a line.
fn numbered_clauses(lines: &[String]) -> bool {
    let values: Option<Vec<u32>> = lines
        .iter()
        .map(|l| {
            let marker = find_marker(l.trim())?;
            let chinese = matches!(
                marker.family,
                Family::ChineseNumeral | Family::ParenChineseNumeral
            );
            let digits: String = marker
                .text
                .chars()
                .filter(|c| CN_DIGITS.contains(*c))
                .collect();
            cn_value(&digits).filter(|_| chinese)
        })
        .collect();
    values.is_some_and(|v| v.len() >= 2 && v.windows(2).all(|w| w[1] == w[0] + 1))
}

/// How many of a paragraph's first lines may hold the head typed a part a line (organ,
/// title over up to four lines, note over two, date, number, addressee).
const HEAD_LINES: usize = 10;

/// True if the paragraph's first lines are an official document's head typed a part a
/// line: a line dating or numbering it, and an addressee ending in "：" below it.
fn typed_head(lines: &[String]) -> bool {
    let head: Vec<&str> = lines.iter().take(HEAD_LINES).map(|l| l.trim()).collect();
    let dated = head.iter().position(|l| {
        is_date(l) || is_dated_note(l) || date_and_number(l).is_some() || is_document_number(l)
    });
    let addressed = head.iter().rposition(|l| is_salutation(l));
    lines.len() >= 3 && matches!((dated, addressed), (Some(d), Some(a)) if d < a)
}

/// A date with the document number set after it on the same line, apart
/// ("1993年4月17日      法函〔1993〕33号"): the two.
fn date_and_number(line: &str) -> Option<(&str, &str)> {
    let end = date_prefix_len(line)?;
    let (date, rest) = line.split_at(end);
    let number = rest.trim();
    let numbered = is_document_number(number) || is_case_number(number);
    (rest.starts_with(char::is_whitespace) && numbered).then_some((date.trim(), number))
}

/// A court's case number set as a document's number: "〔1992〕民他字第10号".
fn is_case_number(line: &str) -> bool {
    line.starts_with(['〔', '（', '('])
        && line.ends_with('号')
        && line.contains('第')
        && char_len(line) <= 20
        && !line.contains(['，', '。'])
}

/// The blocks' texts for a paragraph typed a part a line: a line each, a date with the
/// number after it split in two, and a line a width long that stops mid-sentence (no
/// part, no whole) run on into the next.
pub(super) fn part_lines(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in lines.iter().map(|l| l.trim()) {
        if let Some((date, number)) = date_and_number(line).filter(|_| !open) {
            out.push(date.to_string());
            out.push(number.to_string());
            continue;
        }
        match out.last_mut().filter(|_| open) {
            Some(last) => last.push_str(line),
            None => out.push(line.to_string()),
        }
        let last = out.last().map(String::as_str).unwrap_or_default();
        open = char_len(line) >= WRAPPED_MIN && !is_part(last) && !ends_whole(last);
    }
    out
}

/// Shortest line taken for one wrapped at a width, in characters: title lines are
/// shorter.
const WRAPPED_MIN: usize = 24;

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
    fn a_whole_reply_typed_a_part_a_line_is_told_by_its_head() {
        // The title over lines that stop mid-title, the date and number on one line,
        // the addressee: no longer every line whole.
        let reply = lines(
            "某某法院\n关于不服某某行政主管部门对争执\n房屋的确权行为如何受理问题的函\n\
             1993年4月17日      法函〔1993〕33号\n四川省高级人民法院：\n你院请示收悉。\n当事人不服的，应当受理。",
        );
        assert!(parts_a_line(&reply));
        assert_eq!(
            part_lines(&reply)[3..5],
            ["1993年4月17日".to_string(), "法函〔1993〕33号".to_string()]
        );
        // A note wrapped at a width runs on into its next line.
        let note = lines(
            "关于某某问题的批复\n（2014年4月11日最高人民检察院第十二届检察委员会\n第十九次会议通过）\n\
             高检发释字〔2014〕1号\n广东省人民检察院：",
        );
        assert!(parts_a_line(&note));
        assert_eq!(part_lines(&note).len(), 4);
        // An addressee with no date or number above it is no head.
        assert!(!parts_a_line(&lines(
            "各位同事，关于下周的安排\n如下：\n周一开会，周二出差"
        )));
    }

    #[test]
    fn clauses_numbered_one_a_line() {
        let clauses = lines(
            "一、对某某人员所犯罪行，不再追诉。\n二、某某人员犯有罪行的，依照本公告办理。\n\
             三、对于其他人员，也按照本公告第一条的规定办理。",
        );
        assert!(parts_a_line(&clauses));
        assert_eq!(part_lines(&clauses).len(), 3);
        // Numbers that do not count on are no series.
        assert!(!parts_a_line(&lines("一、某某。\n三、某某。")));
    }

    #[test]
    fn wrapped_or_sentence_lines_stay_one_paragraph() {
        // Wrapped at a width: lines stop mid-sentence.
        assert!(!parts_a_line(&lines(
            "经最高人民法院审判委员会讨论决定，现将\n某某案等5件案例作为指导性案例发布，\n供在审判类似案件时参照。"
        )));
        // A numbered clause running on over a wrapped line is one paragraph.
        assert!(!parts_a_line(&lines(
            "一、对某某人员在某某时期所犯罪行，\n不再追诉。"
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
