//! Names and speaker lines: a personal name as heads and signatures give it ("李强",
//! "欧阳修远", a redacted "***"), and a speaker's line under a title ("国务院总理 李强",
//! "市长　***", "作者：许仲琳", "by Lewis Carroll").

use super::{ends_with_punct, starts_or_ends_like_a_title, ORGAN_ENDINGS};
use crate::script::{is_cjk, is_redaction_mark, REDACTION_MARKS};
use crate::structure::numbering::find_marker;
use crate::structure::text::{char_len, mostly_cjk, TERMINAL_PUNCT};
use regex::Regex;
use std::sync::LazyLock;

/// A personal name: two to four Han characters, or a name redacted with `*` ("***",
/// "李*"), never a part of a text or an organ. Alone on its line it is read as a speaker
/// only under a title or subtitle: anywhere else a two-character line is anything.
pub(crate) fn is_name(word: &str) -> bool {
    // A name spaced out to fill its line ("邓　小　平") is still the name.
    let parts: Vec<&str> = word.split_whitespace().collect();
    let spaced: String;
    let word = if parts.len() > 1 && parts.iter().all(|p| char_len(p) == 1) {
        spaced = parts.concat();
        spaced.as_str()
    } else {
        word
    };
    let n = char_len(word);
    let redacted = word.contains(REDACTION_MARKS);
    let han = word
        .chars()
        .all(|c| is_cjk(c) || c == '·' || is_redaction_mark(c));
    // Four characters make a name only after a two-character surname ("欧阳修远"):
    // otherwise they are a phrase ("真抓实干").
    let unredacted_len_fits =
        (2..=3).contains(&n) || n == 4 && COMPOUND_SURNAMES.iter().any(|s| word.starts_with(s));
    han && (unredacted_len_fits && !redacted || redacted && (1..=8).contains(&n))
        && !ORGAN_ENDINGS.iter().any(|e| word.ends_with(e))
        && !starts_or_ends_like_a_title(word)
        && !NOT_NAMES.contains(&word)
}

/// Two-character surnames (复姓), the ones a four-character name starts with.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯",
    "长孙", "宇文", "端木", "独孤", "南宫", "西门", "澹台", "万俟", "闻人", "呼延", "轩辕", "申屠",
    "太史", "公羊", "赫连", "钟离", "宗政", "濮阳", "淳于", "单于", "仲孙", "拓跋", "百里", "东郭",
    "司空", "左丘", "第五", "梁丘",
];

/// Short lines that name a part of a text, never a person.
pub(super) const NOT_NAMES: &[&str] = &[
    "序言",
    "前言",
    "引言",
    "导言",
    "目录",
    "目次",
    "正文",
    "说明",
    "附录",
    "后记",
    "总则",
    "附则",
    "分则",
    "摘要",
    "按语",
    "编者按",
    "结语",
    "结束语",
    "绪论",
    "概述",
    "附件",
    "注释",
    "参考文献",
    "简介",
    "内容简介",
    "内容提要",
    "提要",
    "关键词",
    "备注",
];

/// The dynasties an old author's byline names ("[清]刘鹗", "清·王国维", "（唐）李白").
const DYNASTIES: [&str; 27] = [
    "先秦", "秦", "西汉", "东汉", "汉", "三国", "魏", "蜀", "吴", "西晋", "东晋", "晋", "南朝",
    "北朝", "隋", "唐", "五代", "南唐", "北宋", "南宋", "宋", "辽", "金", "元", "明", "清", "民国",
];

/// An old author's byline: the dynasty in brackets or before a middle dot, then the name
/// ("[清]刘鹗", "〔宋〕苏轼", "清·王国维").
fn is_dynasty_byline(line: &str) -> bool {
    let line = line.trim();
    let bracketed = line
        .strip_prefix(['[', '［', '〔', '【', '（', '('])
        .and_then(|rest| rest.split_once([']', '］', '〕', '】', '）', ')']));
    let dotted = || line.split_once(['·', '・', '•']);
    let Some((dynasty, name)) = bracketed.or_else(dotted) else {
        return false;
    };
    let name = name.trim();
    DYNASTIES.contains(&dynasty.trim())
        && (2..=4).contains(&char_len(name))
        && name.chars().all(crate::script::is_han)
}

/// A by-line that is only a name: "by Jack London", "by W.E.B. Du Bois", "BY THOMAS
/// PAINE" — every word after "by" capitalised (a particle such as "de" or "von" aside),
/// so a wrapped prose line opening with "by" is none.
pub(crate) fn is_name_byline(line: &str) -> bool {
    let Some(name) = line
        .get(..3)
        .filter(|p| p.eq_ignore_ascii_case("by "))
        .map(|_| line[3..].trim())
    else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let particle = |w: &str| matches!(w, "de" | "da" | "di" | "van" | "von" | "der" | "la" | "le");
    (1..=6).contains(&words.len())
        && char_len(line) <= 60
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || particle(w))
        && !name.ends_with([',', ';', ':', '!', '?'])
}

/// An author's name with the years of the life after it, as an old e-text sets it under
/// the title: "Stephen Crane (1871-1900)".
pub(crate) fn is_name_with_life_dates(line: &str) -> bool {
    static AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[A-Z][\w'.-]*\s+){1,4}\(\d{4}\s*-+\s*\d{4}\)$").expect("author pattern")
    });
    AUTHOR.is_match(line)
}

/// A speaker line: a name, optionally after the speaker's office ("国务院总理 李强",
/// "市长　***", "中共中央总书记、国家主席 习近平"), a byline ("作者：许仲琳"), or "by
/// Lewis Carroll", "[清]刘鹗").
pub(crate) fn is_speaker(line: &str) -> bool {
    if is_dynasty_byline(line) {
        return true;
    }
    if let Some(rest) = line.strip_prefix("作者") {
        let name = rest.trim_start_matches(['：', ':', ' ', '\u{3000}']);
        return name.len() < rest.len()
            && (1..=BYLINE_NAME_MAX).contains(&char_len(name))
            && !name.contains(TERMINAL_PUNCT);
    }
    if !mostly_cjk(line) && !line.contains(REDACTION_MARKS) {
        let lower = line.to_lowercase();
        // "by …", "Author: …", "Prepared by the …", "Edited by …".
        let credited = [
            "prepared",
            "written",
            "edited",
            "compiled",
            "translated",
            "presented",
        ]
        .iter()
        .any(|verb| {
            lower
                .strip_prefix(verb)
                .is_some_and(|rest| rest.starts_with(" by "))
        });
        return (lower.starts_with("by ") || lower.starts_with("author:") || credited)
            && char_len(line) <= 60
            || is_name_with_life_dates(line);
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some((name, office)) = words.split_last() else {
        return false;
    };
    if office.is_empty() {
        // A redacted name alone ("***"), or the office run into the name ("国务院总理周恩来").
        return line.contains(REDACTION_MARKS) && char_len(line) <= 40 && is_name(name)
            || office_run_into_name(line);
    }
    let after_a_post = office.last().is_some_and(|w| ends_with_a_post(w));
    char_len(line) <= 40
        && office.len() <= 3
        && (is_name(name) || after_a_post && is_long_name(name))
        && office.iter().all(|w| {
            char_len(w) >= 2
                && !w.contains(['，', '。', '；', '：', '！', '？'])
                && !ends_with_punct(w)
                && find_marker(w).is_none()
        })
}

/// Posts a speaker's office ends with, longest first where one ends another ("总书记"
/// before "书记").
const POSTS: &[&str] = &[
    "总书记",
    "委员长",
    "检察长",
    "董事长",
    "总经理",
    "理事长",
    "总理",
    "主席",
    "省长",
    "市长",
    "县长",
    "区长",
    "州长",
    "盟长",
    "旗长",
    "乡长",
    "镇长",
    "书记",
    "部长",
    "主任",
    "院长",
    "厅长",
    "局长",
    "校长",
    "会长",
    "社长",
];

/// True if `office` names a post ("国务院总理", "西藏自治区代理主席", "代省长").
fn ends_with_a_post(office: &str) -> bool {
    POSTS.iter().any(|p| office.ends_with(p))
}

/// Longest name after a post, in characters: names of China's minorities run longer
/// than Han names ("嘎玛泽登", "艾尔肯·吐尼亚孜").
const LONG_NAME_MAX: usize = 8;

/// A name as it stands after a post: Han characters, perhaps parted by "·", up to
/// [`LONG_NAME_MAX`] of them.
fn is_long_name(name: &str) -> bool {
    (2..=LONG_NAME_MAX).contains(&char_len(name))
        && name.chars().all(|c| is_cjk(c) || c == '·')
        && !name.starts_with('·')
        && !name.ends_with('·')
        && !ORGAN_ENDINGS.iter().any(|e| name.ends_with(e))
        && !starts_or_ends_like_a_title(name)
}

/// Longest speaker line with the office run into the name, in characters.
const RUN_INTO_NAME_MAX: usize = 20;

/// True if `line` is an office run into a name with no space ("国务院总理周恩来",
/// "总理赵紫阳", "省长王凯"): a post, then a personal name of two or three characters.
fn office_run_into_name(line: &str) -> bool {
    if char_len(line) > RUN_INTO_NAME_MAX || !line.chars().all(is_cjk) {
        return false;
    }
    POSTS.iter().any(|post| {
        line.match_indices(post).any(|(at, _)| {
            let name = &line[at + post.len()..];
            (2..=3).contains(&char_len(name)) && is_name(name) && !name.starts_with(POST_QUALIFIERS)
        })
    })
}

/// What may follow a post's name without being a person ("主席团", "书记处", "主任委员").
const POST_QUALIFIERS: [char; 6] = ['团', '处', '委', '助', '会', '室'];

/// Longest name (or names) in a byline, in characters.
const BYLINE_NAME_MAX: usize = 20;

/// What a credit line puts after a name: wrote, annotated, translated, illustrated, edited.
const CREDIT_VERBS: &[char] = &['著', '释', '译', '绘', '编', '注', '撰', '校', '选'];

/// True if `line` credits the book's makers, each a name with what they did after it,
/// parted by spaces ("朱自清释 董其昌绘", "杨伯峻译注").
pub(crate) fn is_credited_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            let name = w.trim_end_matches(CREDIT_VERBS);
            let verbs = char_len(w) - char_len(name);
            (1..=2).contains(&verbs) && is_name(name)
        })
}
