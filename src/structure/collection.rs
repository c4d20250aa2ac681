//! Collections: files that hold several speeches, articles or documents one after the
//! other (selected works, speech compilations, policy collections). Each article starts
//! a section of its own, with its own title block and salutation, and its headings are
//! numbered afresh.
//!
//! An article starts where a title stands over the evidence that heads carry: a short
//! line without sentence punctuation (or two such lines) directly followed by a date line
//! ("（2016年5月30日）", "2016年5月30日") or by the occasion ("——在……上的讲话"). An
//! organ's name over a bare date is a closing (落款), not a title.
//!
//! A closing in mid-file — the date (under the organ that signs, or alone), perhaps a
//! 附注 under it — followed by a title starts a section too: the document a notice
//! issues ("关于印发《……办法》的通知", then the 办法 itself), or the next in a collection.
//!
//! In a collection that marks its pieces the same way two or more times, a title-shaped
//! line starts a piece after a rule ("-----") or after an ebook's navigation line, and
//! where it carries the mark of its piece's first note ("秋　　夜〔１〕": every piece numbers
//! its notes afresh).
//!
//! An editor's note on where the article came from ("（这是……的讲话，刊载于……）") closes
//! it: a title-shaped line after it starts the next article, even with nothing under it
//! (an excerpt that stops there).
//!
//! A document attached inside another (a reply's "附：" and the request it answers)
//! starts a section too: a mark alone on its line ("附：", "附件2") over a head of its
//! own — a title, and a body after it.

use super::closing::{date_and_note, is_closing_note, is_note, is_piece_date, record_kind};
use super::editor_notes::is_notes_heading;
use super::front::front_matter;
use super::recover::ARTIFACT_MARK;
use super::scene_break::is_scene_break;
use super::shapes::is_document_number;
use super::shapes::{is_attachment_mark, is_attachment_name, is_bare_attachment_lead};
use super::shapes::{is_classical_source, is_name, is_source_note, is_speaker};
use super::shapes::{is_dash_line, is_organ_name, is_title_line, names_an_occasion};
use super::text::{date_prefix_len, is_date};
use crate::model::BlockKind;

/// The line indices in `range` (after its first line) where a new article starts.
pub(crate) fn article_starts(
    texts: &[&str],
    separated: &[bool],
    range: std::ops::Range<usize>,
) -> Vec<usize> {
    let marked = marked_titles(texts, range.clone());
    let mut starts = Vec::new();
    let mut i = range.start + 1;
    while i < range.end {
        // A closing with a release note under its date ends a document whatever follows:
        // an attached text whose title the source lost starts right under it.
        if i >= 2 && is_closing_note(texts[i - 1]) && is_date(texts[i - 2].trim()) {
            let titled = article_head_len(texts, separated, &marked, i, range.end);
            starts.push(i);
            i += titled.unwrap_or(1);
            continue;
        }
        match article_head_len(texts, separated, &marked, i, range.end) {
            Some(len) => {
                starts.push(i);
                i += len;
            }
            None => i += 1,
        }
    }
    starts
}

/// The line indices in `range` of attachment marks that open a whole attached document.
pub(crate) fn attached_document_starts(
    texts: &[&str],
    separated: &[bool],
    range: std::ops::Range<usize>,
) -> Vec<usize> {
    range
        .clone()
        .filter(|&i| is_attachment_mark(texts[i]))
        .filter(|&i| !names_attachment_before_closing(texts, i))
        .filter(|&i| {
            let (first, end) = (i + 1, range.end);
            let head = front_matter(&texts[first..end], &separated[first..end]);
            let titled = head
                .blocks
                .first()
                .is_some_and(|(kind, _)| *kind == BlockKind::Title);
            titled && first + head.next < end
        })
        .collect()
}

/// True if the bare lead "附件：" at `i` names the attachment on the next line and the
/// closing (the organ's name, the date) or the attachment itself ("附件") follows that
/// name: the lead of a list of attachments at the body's end, not an attached document.
fn names_attachment_before_closing(texts: &[&str], i: usize) -> bool {
    let line = |k: usize| texts.get(k).map_or("", |t| t.trim());
    is_bare_attachment_lead(line(i))
        && is_attachment_name(line(i + 1))
        && (is_organ_name(line(i + 2)) || is_date(line(i + 2)) || is_attachment_mark(line(i + 2)))
}

/// Fewest titles a file must mark the same way (after a rule or an ebook's navigation,
/// or carrying the first note's mark) for the mark to count as a piece's start.
const MIN_MARKED_TITLES: usize = 2;

/// The title-shaped lines in `range` (after its first) that a collection marks as a
/// piece's start, where the file marks two or more the same way: a line right after a rule ("-----") or after an
/// ebook's navigation line (an artifact), and a line carrying the mark of its piece's
/// first note ("秋　　夜〔１〕": each piece numbers its notes afresh). The line heading a
/// piece's notes ("注　　释") is none.
fn marked_titles(texts: &[&str], range: std::ops::Range<usize>) -> Vec<usize> {
    // A bare numeral after the navigation is a section of the piece ("一", "十三").
    let titled = |i: usize| {
        is_title_line(texts[i])
            && !is_notes_heading(texts[i])
            && super::numbering::cn_value(texts[i].trim()).is_none()
    };
    let furniture = |k: usize| is_scene_break(texts[k]) || texts[k].starts_with(ARTIFACT_MARK);
    let after_a_break = |i: usize| i > 0 && furniture(i - 1);
    let first_note = |i: usize| texts[i].ends_with("〔1〕") || texts[i].ends_with("〔１〕");
    let mut marked = Vec::new();
    for mark in [&after_a_break as &dyn Fn(usize) -> bool, &first_note] {
        // Counted from the top: the first piece's title heads the document.
        let found: Vec<usize> = (0..range.end).filter(|&i| mark(i) && titled(i)).collect();
        if found.len() >= MIN_MARKED_TITLES {
            marked.extend(found.into_iter().filter(|&i| i > range.start));
        }
    }
    // An e-book may set its own chapter line after the furniture, then a piece's title
    // ("第4章　散文卷(4)" / "女人") or the prose of a piece going on: where it does so two
    // or more times, a title-shaped line under such a chapter line starts a piece.
    let chapter_line = |k: usize| {
        super::numbering::find_marker(texts[k])
            .is_some_and(|m| m.family == super::numbering::Family::ChineseChapter)
    };
    let chapters: Vec<usize> = (1..range.end)
        .filter(|&k| chapter_line(k) && furniture(k - 1))
        .collect();
    if chapters.len() >= MIN_MARKED_TITLES {
        marked.extend(
            chapters
                .into_iter()
                .map(|k| k + 1)
                .filter(|&i| i > range.start && i < range.end && titled(i)),
        );
    }
    marked.sort_unstable();
    marked
}

/// If an article starts at line `i`, how many of its lines are title lines (1 or 2).
fn article_head_len(
    texts: &[&str],
    separated: &[bool],
    marked: &[usize],
    i: usize,
    end: usize,
) -> Option<usize> {
    let line = |k: usize| texts.get(k).copied().filter(|_| k < end);
    // A bare numeral ("一") numbers the piece's first section; it is no title line.
    let titled = |k: usize| {
        line(k).is_some_and(|t| is_title_line(t) && super::numbering::cn_value(t.trim()).is_none())
    };
    let joined = |k: usize| !separated.get(k).copied().unwrap_or(true);
    // The issued text's own number may stand over its title, right under the closing of
    // the announcement that issues it ("……现予公布。" / "最高人民法院" / "2024年1月17日" /
    // "法释〔2024〕1号" / its title).
    if line(i).is_some_and(is_document_number) && after_a_closing(texts, i) && titled(i + 1) {
        return Some(2);
    }
    // A piece of old prose: its name (in black brackets or not) over the classic it comes
    // from ("【蹇叔哭师】" / "（僖公三十二年《左传》）").
    let named = |t: &str| titled(i) || t.starts_with('【') && t.ends_with('】');
    if line(i).is_some_and(named) && line(i + 1).is_some_and(is_classical_source) {
        return Some(1);
    }
    if !titled(i) {
        return None;
    }
    let after_source_note = i > 0 && is_source_note(texts[i - 1]);
    let after_closing = after_a_closing(texts, i);
    // Under an organ's name a bare date is its closing; a date in parentheses or an
    // occasion still heads an article ("论联合政府" / "（一九四五年四月二十四日）").
    let under = |k: usize, title_end: usize| {
        let organ =
            line(title_end).is_some_and(|t| is_organ_name(t) || is_name(t) || is_speaker(t));
        // A bare date with a release note under it closes a document, title-like or not
        // the line over it ("江西省市" cut short by a scraper).
        let closing_note = line(k + 1).is_some_and(is_closing_note);
        line(k).is_some_and(|t| {
            is_dated_note(t)
                || is_dash_line(t) && names_an_occasion(t)
                || !organ && !closing_note && is_date(t)
        })
    };
    if titled(i + 1) && joined(i + 1) && under(i + 2, i + 1) {
        return Some(2);
    }
    let after_an_end = after_source_note || after_closing || marked.binary_search(&i).is_ok();
    if titled(i + 1) && joined(i + 1) && after_an_end {
        return Some(2);
    }
    (under(i + 1, i) || after_an_end).then_some(1)
}

/// Whether the lines right before line `i` close a document: a date, or a date and
/// a parenthesised 附注 under it.
fn after_a_closing(texts: &[&str], i: usize) -> bool {
    let dated = |k: usize| {
        is_date(texts[k]) || is_piece_date(texts[k]) || date_and_note(texts[k]).is_some()
    };
    let noted = |k: usize| is_note(texts[k]);
    record_kind(texts[i]).is_none()
        && (i >= 1 && dated(i - 1) || i >= 2 && noted(i - 1) && dated(i - 2))
}

/// A date line in parentheses, possibly with the occasion: "（2016年5月30日）",
/// "（一九四五年四月二十四日在……上）".
pub(crate) fn is_dated_note(line: &str) -> bool {
    line.strip_prefix(['（', '('])
        .is_some_and(|inner| inner.ends_with(['）', ')']) && date_prefix_len(inner).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(lines: &[&str]) -> Vec<usize> {
        article_starts(lines, &vec![false; lines.len()], 0..lines.len())
    }

    #[test]
    fn a_title_over_a_date_line_starts_an_article() {
        let lines = [
            "在全国科技大会上的讲话",
            "（2016年5月30日）",
            "同志们：",
            "今天，我们召开大会。",
            "在庆祝改革开放40周年大会上的讲话",
            "（2018年12月18日）",
            "同志们、朋友们：",
            "今天，我们隆重集会。",
            "论联合政府",
            "（一九四五年四月二十四日）",
            "正文。",
        ];
        assert_eq!(starts(&lines), [4, 8]);
    }

    #[test]
    fn a_two_line_title_starts_at_its_first_line() {
        let lines = [
            "正文。",
            "关于加强和改进",
            "新时代工会工作的意见",
            "（2021年1月8日）",
            "正文。",
        ];
        assert_eq!(starts(&lines), [1]);
    }

    #[test]
    fn a_title_after_a_source_note_starts_an_article_even_alone() {
        let lines = [
            "正文。",
            "（这是邓小平同志在党校开学时的讲话，刊载于《整风周报》第二期。）",
            "创建巩固的大别山根据地",
        ];
        assert_eq!(starts(&lines), [2]);
        // A parenthesised remark that says nothing of a source closes nothing.
        let remark = ["正文。", "（全场热烈鼓掌。）", "乡村振兴"];
        assert_eq!(starts(&remark), Vec::<usize>::new());
    }

    #[test]
    fn a_title_after_a_closing_starts_the_document_a_notice_issues() {
        let lines = [
            "关于印发《某某办法》的通知",
            "现将《某某办法》印发给你们，请认真贯彻执行。",
            "某某市人民政府办公室",
            "2022年4月14日",
            "某某办法",
            "一、总则",
            "正文。",
        ];
        assert_eq!(starts(&lines), [4]);
        let noted = [
            "正文。",
            "国务院",
            "2016年11月24日",
            "（此件有删改）",
            "某某规划",
            "正文。",
        ];
        assert_eq!(starts(&noted), [4]);
        // A date with a release note under it closes the document above, whatever the line
        // over the date looks like, and what follows starts the next one, titled or not.
        let cut = [
            "正文。",
            "江西省市",
            "2020年2月12日",
            "（此件主动公开）",
            "为深入贯彻有关部署，现提出如下措施。",
        ];
        assert_eq!(starts(&cut), [4]);
        // The closing record after the date is no title.
        let record = ["正文。", "国务院", "2016年11月24日", "抄送：各部委"];
        assert_eq!(starts(&record), Vec::<usize>::new());
    }

    #[test]
    fn an_announced_text_starts_at_its_number_under_the_closing() {
        let lines = [
            "《某某规定》已于2025年2月17日由最高人民法院审判委员会第1942次会议通过，现予公布，自2025年9月1日起施行。",
            "最高人民法院",
            "2025年7月31日",
            "法释〔2025〕12号",
            "最高人民法院关于审理某某案件适用法律问题的解释（二）",
            "为正确审理某某案件，制定本解释。",
        ];
        assert_eq!(starts(&lines), [3]);
    }

    #[test]
    fn a_title_after_a_rule_starts_an_article_where_rules_recur() {
        let lines = [
            "正文。",
            "-----",
            "杂说一",
            "韩 愈",
            "龙嘘气成云。",
            "-----",
            "师 说",
            "韩 愈",
            "古之学者必有师。",
        ];
        assert_eq!(starts(&lines), [2, 6]);
        // One rule between scenes of a story is the writer's break, not a new piece.
        let story = ["正文。", "* * *", "第二天早上", "他起得很早。"];
        assert_eq!(starts(&story), Vec::<usize>::new());
        // The notes heading after a rule heads notes.
        let notes = [
            "正文。",
            "-----",
            "注　　释",
            "〔1〕见前。",
            "-----",
            "注　　释",
            "〔1〕同上。",
        ];
        assert_eq!(starts(&notes), Vec::<usize>::new());
    }

    #[test]
    fn titles_after_an_ebook_s_navigation_start_articles() {
        let lines = [
            "正文。",
            "\u{1}上一篇目　录下一篇",
            "曹刿论战",
            "十年春，齐师伐我。",
            "\u{1}上一篇目　录下一篇",
            "齐桓公伐楚盟屈完",
            "春，齐侯以诸侯之师侵蔡。",
        ];
        assert_eq!(starts(&lines), [2, 5]);
        // A bare numeral after the navigation numbers a section of the piece.
        let lines = [
            "正文。",
            "\u{1}-返回目录-",
            "狂人日记",
            "某君昆仲，今隐其名。",
            "\u{1}-返回目录-",
            "一",
            "今天晚上，很好的月光。",
            "\u{1}-返回目录-",
            "孔乙己",
            "鲁镇的酒店的格局。",
        ];
        assert_eq!(starts(&lines), [2, 8]);
        // The e-book's own chapter line may stand between the furniture and the title;
        // a chapter that goes on with the piece's prose starts nothing.
        let lines = [
            "正文。",
            "\u{1}www.example.net",
            "第1章 散文卷(1)",
            "匆匆",
            "燕子去了，有再来的时候。",
            "\u{1}www.example.net",
            "第2章 散文卷(2)",
            "我说我受了道德律的压迫，拒绝了她们。",
            "\u{1}www.example.net",
            "第3章 散文卷(3)",
            "女人",
            "白水是个老实人。",
        ];
        assert_eq!(starts(&lines), [3, 10]);
        // One chapter line after furniture marks nothing: it may head a novel's chapter.
        assert_eq!(starts(&lines[..5]), Vec::<usize>::new());
    }

    #[test]
    fn titles_carrying_their_first_note_s_mark_start_articles() {
        let lines = [
            "〔６〕　白云楼　在广州东堤白云路。",
            "秋　　夜〔１〕",
            "在我的后园，可以看见墙外有两株树。",
            "〔１〕　本篇最初发表于一九二四年。",
            "影的告别〔１〕",
            "人睡到不知道时候的时候。",
        ];
        assert_eq!(starts(&lines), [1, 4]);
        // A sentence's note mark is no title's.
        let text = ["正文。", "见前注〔１〕", "正文。"];
        assert_eq!(starts(&text), Vec::<usize>::new());
    }

    #[test]
    fn an_organ_over_a_date_is_a_closing() {
        // (What follows the closing starts the next document.)
        let lines = ["正文。", "国务院办公厅", "2025年2月18日", "下一篇"];
        assert_eq!(starts(&lines), [3]);
        let signed = ["正文。", "邓小平", "一九八九年九月四日", "下一篇"];
        assert_eq!(starts(&signed), [3]);
        assert!(is_dated_note("（2016年5月30日）"));
        assert!(!is_dated_note("（此件公开发布）"));
    }
}
