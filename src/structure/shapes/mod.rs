//! The shapes of the lines at a Chinese document's edges: what a title line, a speaker
//! line, a news dateline, an official head's 份号/密级/紧急程度/签发人, a salutation or an
//! organ's name looks like, judged from the line alone.
//!
//! These are the typesetter's first impressions; `front` and `closing` add what a line's
//! position and neighbours say. Keeping the shapes here, apart from the passes, means a
//! rule such as "a redacted name is a name" is written once for the head of a report,
//! the head of every article in a collection, and the signature.

use super::numbering::{article_label, find_marker};
use super::recover::ARTIFACT_MARK;
use super::text::{
    char_len, ends_with_punct, has_sentence_end, is_bracketed, is_date, mostly_cjk, TERMINAL_PUNCT,
};
use super::toc::is_toc_title;
use crate::script::is_cjk;
use regex::Regex;
use std::sync::LazyLock;

mod addressees;
mod names;
mod notes;
mod official_head;
pub(crate) use addressees::*;
pub(crate) use names::*;
pub(crate) use notes::*;
pub(crate) use official_head::*;

/// Longest title line in characters, for CJK and for Latin text.
const TITLE_MAX_CJK: usize = 40;
/// Longest title line that is shaped like a title ("关于……的通知").
const LONG_TITLE_MAX_CJK: usize = 90;
const TITLE_MAX_LATIN: usize = 80;
/// Longest salutation in characters.
const SALUTATION_MAX: usize = 60;
/// Longest audience hailed with "！" alone on a line ("同志们！", "各位代表！").
const HAILED_MAX: usize = 16;
/// Longest signature line in characters.
pub(crate) const SIGNATURE_MAX: usize = 30;

/// Words that address an audience: a salutation with one makes a speech.
const AUDIENCE: &[&str] = &[
    "同志们",
    "各位代表",
    "代表们",
    "女士们",
    "先生们",
    "各位来宾",
    "来宾们",
    "各位嘉宾",
    "朋友们",
    "各位委员",
    "同学们",
    "老师们",
    "各位领导",
    "同胞们",
    "诸位",
    "各位同志",
    "ladies and gentlemen",
    "dear friends",
    "dear colleagues",
    "fellow citizens",
    "fellow-citizens",
    "fellow americans",
    "members of the",
];

/// How organ names end (委员会, 人民政府, 办公厅, 国务院, 部, 局, …).
const ORGAN_ENDINGS: &[&str] = &[
    "委员会",
    "政府",
    "办公厅",
    "办公室",
    "国务院",
    "中央",
    "部",
    "局",
    "厅",
    "委",
    "院",
    "署",
    "中心",
    "公司",
    "协会",
    "学会",
    "研究会",
    "联合会",
    "总会",
    "基金会",
    "集团",
    "大学",
    "学院",
    "学校",
    "医院",
    "银行",
    "党委",
    "党组",
    "工会",
    "小组",
    "调查队",
    "处",
    "所",
    "站",
    "社",
    "会",
];

/// Returns true if and only if `s` addresses an audience (同志们, 各位代表, …).
pub(crate) fn addresses_audience(s: &str) -> bool {
    let lower = s.to_lowercase();
    AUDIENCE.iter().any(|w| lower.contains(w))
}

/// A line that can be (one line of) a title: short, unpunctuated at its end, not a
/// date, a bracketed note, a numbered heading or an attachment line.
pub(crate) fn is_title_line(line: &str) -> bool {
    let max = if mostly_cjk(line) && starts_or_ends_like_a_title(line) {
        // One source line holding a long title ("最高人民法院、最高人民检察院关于办理……
        // 刑事案件应用法律若干问题的解释"): the page breaks it, balanced.
        LONG_TITLE_MAX_CJK
    } else if mostly_cjk(line) {
        TITLE_MAX_CJK
    } else {
        TITLE_MAX_LATIN
    };
    // A title names something in words: more letters than figures ("Ver1.01" and
    // "2018-02-08" are a revision table's cells), an ideograph counting as two letters
    // ("2025年10件惠民实事" is a title).
    let letters: usize = line
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| if is_cjk(c) { 2 } else { 1 })
        .sum();
    let figures = line.chars().filter(|c| c.is_numeric()).count();
    char_len(line) <= max
        && letters > figures
        && !ends_with_punct(line)
        && !is_date(line)
        // An organ and a date spaced apart on one line ("*市人民政府办公室　　2025年3月1日").
        && !line
            .trim_end()
            .rsplit_once(char::is_whitespace)
            .is_some_and(|(_, date)| is_date(date))
        && !is_bracketed(line)
        && !line.starts_with(['（', '(', '—', '―', '-', '[', '>', ARTIFACT_MARK])
        && !line.starts_with("* ")
        && !line.starts_with("附件")
        && find_marker(line).is_none()
        && article_label(line).is_none()
        && !is_toc_title(line)
        && !is_dateline(line)
        && !is_caption(line)
        && !is_framed_label(line)
        && super::play::heading_level(line).is_none()
}

/// Parts of a text that head a section without a number: a law's 总则/分则/附则, a
/// book's 序言/前言/后记.
const SECTION_WORDS: &[&str] = &[
    "序言",
    "前言",
    "引言",
    "导言",
    "总则",
    "分则",
    "附则",
    "附录",
    "后记",
    "结语",
    "结束语",
    "绪论",
];

/// A line that is one of [`SECTION_WORDS`] on its own (spaced out or not: "附　　则").
pub(crate) fn is_section_word(line: &str) -> bool {
    let squeezed: String = line.split_whitespace().collect();
    char_len(line) <= 12 && SECTION_WORDS.contains(&squeezed.as_str())
}

/// Kinds of official documents (文种) and of speeches that end a title's last line.
const DOCUMENT_KINDS: &[&str] = &[
    "通知", "通报", "意见", "决定", "决议", "命令", "公告", "通告", "报告", "请示", "批复", "议案",
    "函", "纪要", "讲话", "致辞", "办法", "规定", "条例", "细则", "方案", "规划", "要点", "总结",
    "计划", "贺信", "贺电", "公报", "宪法", "法", "解释", "答复", "解答", "规则", "章程", "纲要",
    "准则", "指南", "指引", "声明",
];

/// A line shaped like (the rest of) a document's title: "关于……", "……的通知".
pub(crate) fn starts_or_ends_like_a_title(line: &str) -> bool {
    line.starts_with(['的', '和', '与', '及', '暨'])
        || line.starts_with("关于")
        || ends_with_document_kind(line)
}

/// True if and only if `line` ends with the kind of document it titles (文种): "……的通知",
/// "……办法（试行）", "……条例（2019年修订）". A title ends there.
pub(crate) fn ends_with_document_kind(line: &str) -> bool {
    // A status after the kind.
    let kind_end = match line.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).map_or(line, |at| &line[..at]),
        None => line,
    };
    DOCUMENT_KINDS.iter().any(|k| kind_end.ends_with(k))
}

/// Longest label framed by rules, in characters.
const FRAMED_LABEL_MAX: usize = 16;

/// A short label framed by rules on one line, as e-texts mark their parts
/// ("========简介========", "------ 正文 ------"): a section's heading, not a title.
pub(crate) fn is_framed_label(line: &str) -> bool {
    let rule = |c: char| matches!(c, '=' | '-' | '*' | '~' | '#' | '－' | '＝');
    let inner = line.trim_start_matches(rule);
    let opened = line.len() - inner.len();
    let label = inner.trim_end_matches(rule);
    let closed = inner.len() - label.len();
    let label = label.trim();
    opened >= 3
        && closed >= 3
        && (1..=FRAMED_LABEL_MAX).contains(&char_len(label))
        && label.chars().any(char::is_alphabetic)
        && !label.contains(TERMINAL_PUNCT)
}

/// A "——……" line under a title: the occasion of a speech or a sub-title.
pub(crate) fn is_dash_line(line: &str) -> bool {
    line.starts_with(['—', '―', '-']) && char_len(line) <= 100 && !has_sentence_end(line)
}

/// Longest sub-title exclaimed after a dash under a piece's title, in characters.
const EXCLAIMED_SUBTITLE_MAX: usize = 20;

/// A short sub-title after a dash that ends in an exclamation or a question, as an
/// essay's may ("白种人" / "——上帝的骄子！"); one sentence, nothing after it.
pub(crate) fn is_exclaimed_subtitle(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("——")
        && char_len(line) <= EXCLAIMED_SUBTITLE_MAX
        && line.ends_with(['！', '？', '!', '?'])
        && !line
            .trim_end_matches(['！', '？', '!', '?'])
            .contains(TERMINAL_PUNCT)
}

/// The occasion of a speech in a title or subtitle: "在……上的讲话", "——在……会议上",
/// "——四月八日在黄埔军官学校讲".
pub(crate) fn names_an_occasion(line: &str) -> bool {
    static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"在.{2,60}(上|时|之际|期间)的?(讲话|致辞|发言|演讲|报告|工作报告|总结讲话|主旨演讲)?$|^(?:——|――).{0,30}在.{2,60}(上|时|讲|讲演|演讲)$")
            .expect("occasion pattern")
    });
    // Both forms hold 在 and one of 上, 时 (or 之际, 期间) after it.
    char_len(line) <= 100
        && !has_sentence_end(line)
        && line.contains('在')
        && (line.contains(['上', '时', '讲']) || line.contains("之际") || line.contains("期间"))
        && OCCASION.is_match(line)
}

/// A news dateline: "新华社北京3月5日电", "本报讯", "新华社北京3月5日电（记者 ***）".
pub(crate) fn is_dateline(line: &str) -> bool {
    let line = line.trim();
    // The reporters' credit may follow it unbracketed: "新华社北京3月5日电　记者王某 李某".
    dateline_len(line).is_some_and(|end| {
        let rest = line[end..].trim_start();
        rest.is_empty() || is_reporter_credit(rest)
    })
}

/// "记者王某 李某", "记者 *** 通讯员 ***": who filed a news story, after its dateline.
fn is_reporter_credit(text: &str) -> bool {
    let Some(names) = text
        .strip_prefix("记者")
        .or_else(|| text.strip_prefix("通讯员"))
    else {
        return false;
    };
    let names: Vec<&str> = names
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，'))
        .filter(|w| !w.is_empty() && *w != "通讯员" && *w != "记者")
        .collect();
    !names.is_empty() && names.len() <= 6 && names.iter().all(|n| is_name(n))
}

/// The byte length of a news dateline at the start of `line`, if it opens with one.
pub(crate) fn dateline_len(line: &str) -> Option<usize> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:新华社|中新社|新华网|人民网|央视网|中国新闻网|本报|本刊|[\p{Han}*]{2,8}(?:社|报|网|台))[\p{Han}*]{0,10}(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯|消息)|本报讯|新华社讯)(?:\s*[（(][^）)]{1,30}[）)])?")
            .expect("dateline pattern")
    });
    // Every dateline holds "日电", "日讯" or "日消息", or opens with 本报讯 or 新华社讯:
    // other lines never build the pattern.
    let may_be = ["日电", "日讯", "日消息"].iter().any(|s| line.contains(s))
        || line.starts_with("本报讯")
        || line.starts_with("新华社讯");
    may_be
        .then(|| DATELINE.find(line))
        .flatten()
        .map(|m| m.end())
}

/// A photo caption: "……新华社记者 *** 摄", "（新华社发）", "图为……".
pub(crate) fn is_caption(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['）', ')']);
    char_len(line) <= 200
        && (trimmed.ends_with('摄') && (line.contains("记者") || line.contains("摄影"))
            || trimmed.ends_with("供图")
            || line.starts_with("图为")
            || line.starts_with("图：")
            || (line.starts_with('（') && trimmed.ends_with("发") && line.contains("社")))
}

/// An audience hailed with "！" and nothing else ("同志们！", "各位代表！"): the
/// salutation where a speech opens with it (further down, a report's "各位代表！" over its
/// closing words is part of the text).
pub(crate) fn is_hailed_audience(line: &str) -> bool {
    line.strip_suffix(['！', '!']).is_some_and(|hailed| {
        addresses_audience(hailed)
            && char_len(hailed) <= HAILED_MAX
            && !has_sentence_end(hailed)
            && !hailed.contains(['，', ','])
            && find_marker(hailed).is_none()
    })
}

/// A salutation: a short line ending in "：" that is not a heading, an attachment
/// lead or a sentence ("各位代表：", "各省、自治区、直辖市人民政府："), or a letter's
/// "Dear …,".
pub(crate) fn is_salutation(line: &str) -> bool {
    if super::speech::is_address_roll(line) {
        return true;
    }
    let lower = line.to_lowercase();
    if lower.starts_with("dear ")
        || lower.starts_with("ladies and gentlemen")
        || lower.starts_with("my fellow")
        || lower.starts_with("fellow-citizens")
        || lower.starts_with("fellow citizens")
    {
        return char_len(line) <= SALUTATION_MAX && ends_with_punct(line);
    }
    line.ends_with(['：', ':'])
        && char_len(line) <= SALUTATION_MAX
        && !line.starts_with('[')
        && !is_lead_in(line)
        && !has_sentence_end(line)
        && !line.starts_with("附件")
        && !crate::structure::classical_verse::introduces_verse(line)
        && !NOT_NAMES.contains(&line.trim_end_matches(['：', ':']).trim())
        && !is_signer(line)
        && find_marker(line).is_none()
        && article_label(line).is_none()
}

/// A short unpunctuated line that can be a signature.
pub(crate) fn is_unpunctuated_short(line: &str) -> bool {
    // A line trailing off ("救救孩子……") is said, not signed.
    char_len(line) <= SIGNATURE_MAX
        && !line.contains(TERMINAL_PUNCT)
        && !line.ends_with(['…', '⋯'])
        && line.chars().any(char::is_alphabetic)
        && find_marker(line).is_none()
}

/// An organ's name as it signs a document: "国务院办公厅", "中共*市委　*市人民政府".
pub(crate) fn is_organ_name(line: &str) -> bool {
    is_unpunctuated_short(line)
        && mostly_cjk(line)
        && ORGAN_ENDINGS.iter().any(|e| line.ends_with(e))
}

/// "附件：…", "附：…", or a line "附件一" of its own: the list of attachments starts.
pub(crate) fn is_attachment_lead(line: &str) -> bool {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^附\s*(?:件\s*[0-9０-９一二三四五六七八九十]*\s*)?[：:]|^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}$")
            .expect("attachment pattern")
    });
    LEAD.is_match(line)
}

/// A line that is only the mark of an attachment ("附：", "附件", "附件2："), nothing
/// named after it: what follows is the attachment itself, or the list of them.
pub(crate) fn is_attachment_mark(line: &str) -> bool {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^附\s*(?:件\s*[0-9０-９一二三四五六七八九十]{0,3})?\s*[：:]?$")
            .expect("attachment mark pattern")
    });
    MARK.is_match(line)
}

/// The mark of an attached document ("附件", "附件2："), not the "附：" that attaches a
/// table or a list inside the text.
pub(crate) fn is_document_attachment_mark(line: &str) -> bool {
    is_attachment_mark(line) && line.contains('件')
}

/// "附件：" alone on its line, the lead of the attachments list before the closing: the
/// attachment's name follows on the next line (a web page or a converter broke the line
/// after the colon). The attached document itself opens under "附件" or "附件1" with no
/// colon (GB/T 9704 8.2), so this mark names, it does not head.
pub(crate) fn is_bare_attachment_lead(line: &str) -> bool {
    is_document_attachment_mark(line) && line.ends_with(['：', ':'])
}

/// The name of an attachment on the line under a bare lead ("附件：" / "关于……的意见"):
/// short, one name, no sentence.
pub(crate) fn is_attachment_name(line: &str) -> bool {
    char_len(line) <= ATTACHMENT_NAME_MAX
        && !line.contains(TERMINAL_PUNCT)
        && !is_attachment_mark(line)
        && find_marker(line).is_none()
}

/// Longest attachment name under a bare lead, in characters.
const ATTACHMENT_NAME_MAX: usize = 60;

#[cfg(test)]
mod tests;
