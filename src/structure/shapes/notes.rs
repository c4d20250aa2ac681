//! The shapes of notes and rules: an adoption or effective-date note, a sentence that
//! states a rule (a clause, not a heading), an editor's note or a paper's credit closing a
//! piece, a source note, and a database's or web page's record line about the document.

use super::*;

/// A short note of when a text takes effect, set under its title and date as law
/// databases print it ("发布之日施行", "自2020年1月1日起施行"): no sentence, ends 施行/生效.
pub(crate) fn is_effective_date_note(line: &str) -> bool {
    let line = line.trim();
    (line.ends_with("施行") || line.ends_with("生效"))
        && char_len(line) <= 20
        && !has_sentence_end(line)
        && !line.contains(['，', ','])
}

/// A sentence that states a rule or a definition, as the clauses of regulations, notices
/// and replies do ("……应当……。", "……不得……。", "本规定所称……，是指……。"): it ends with a
/// full stop and binds, permits or defines. A heading names a topic or a task and does
/// neither.
pub(crate) fn states_a_rule(sentence: &str) -> bool {
    const RULE_WORDS: [&str; 10] = [
        "应当", "不得", "是指", "可以", "必须", "予以", "一律", "均应", "须经", "不予",
    ];
    // A provision that names the document it belongs to ("本规定自发布之日起施行。",
    // "本办法由……负责解释。") is one of its clauses, never a heading.
    const SELF_REFERENCES: [&str; 9] = [
        "本规定",
        "本办法",
        "本条例",
        "本细则",
        "本通知",
        "本意见",
        "本决定",
        "本制度",
        "本章程",
    ];
    sentence.ends_with('。')
        && (RULE_WORDS.iter().any(|w| sentence.contains(w))
            || SELF_REFERENCES.iter().any(|w| sentence.contains(w)))
}

/// The label of a transcriber's or editor's note set over the note's text, as e-texts
/// open with one: "Transcriber's Note:", "TRANSCRIBER'S NOTES", "Editor's note."
pub(crate) fn is_transcribers_note_label(line: &str) -> bool {
    let lower = line.trim_end_matches([':', '.']).trim().to_lowercase();
    let lower = lower.replace('’', "'");
    [
        "transcriber's note",
        "transcribers' note",
        "transcriber's notes",
        "transcribers' notes",
        "editor's note",
        "editor's notes",
        "producer's note",
    ]
    .contains(&lower.as_str())
}

/// An editor's note closing an article: a whole paragraph in parentheses with a sentence
/// in it ("（这是……的讲话。）"), or a paper's credit of where the piece comes from
/// ("（来源：青海日报）"); "（完）" is neither and stays the text's own.
pub(crate) fn is_editorial_note(line: &str) -> bool {
    const CREDIT_KEYS: [&str; 5] = ["来源", "稿件来源", "文章来源", "转自", "原载"];
    let inner = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']));
    inner.is_some_and(|inner| {
        let credit = CREDIT_KEYS.iter().any(|k| {
            inner
                .strip_prefix(k)
                .is_some_and(|rest| rest.starts_with(['：', ':']))
        });
        (has_sentence_end(inner) || credit) && parentheses_balance(inner) && char_len(inner) <= 300
    })
}

/// True if every parenthesis in `s` closes one opened before it and all are closed
/// ("印度共产党（马克思主义）" inside a note is fine; "）（" is two notes).
fn parentheses_balance(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// An editor's note on where an article comes from, which closes it in a collection:
/// "（这是……的讲话，刊载于……）", "（原载……）", "（根据……记录整理。）".
pub(crate) fn is_source_note(line: &str) -> bool {
    const OPENINGS: [&str; 5] = ["这是", "本文", "原载", "根据", "此文"];
    const VERBS: [&str; 4] = ["刊载", "原载", "发表", "收入"];
    let inner = line.trim_start_matches(['（', '(']);
    is_editorial_note(line)
        && (OPENINGS.iter().any(|o| inner.starts_with(o)) || VERBS.iter().any(|v| line.contains(v)))
}

/// The classics a collection of old prose draws its pieces from, as its source lines
/// name them (simplified and traditional).
const CLASSICS: [&str; 24] = [
    "左传",
    "左傳",
    "国语",
    "國語",
    "公羊传",
    "公羊傳",
    "穀梁传",
    "穀梁傳",
    "谷梁传",
    "礼记",
    "禮記",
    "战国策",
    "戰國策",
    "史记",
    "史記",
    "汉书",
    "漢書",
    "后汉书",
    "後漢書",
    "三国志",
    "三國志",
    "檀弓",
    "论语",
    "論語",
];

/// A reference to articles of a law on a line of its own, as a case or a commentary lists
/// the law it applies: "《中华人民共和国物权法》第79条、第83条第2款", "《物业管理条例》第七条".
pub(crate) fn is_law_reference(line: &str) -> bool {
    static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^《[^》]{2,40}》第[0-9零〇○一二三四五六七八九十百千第条款项、，,和及]*[条款项]$",
        )
        .expect("valid regex")
    });
    REFERENCE.is_match(&line.split_whitespace().collect::<String>())
}

/// A piece's source line under its title in a collection of old prose: the classic it
/// comes from, after or before its part or reign year ("隐公三年　　左传", "左傳‧隱公三年",
/// "战国策·齐策一"); white space, even inside the book's name ("左 传"), aside.
/// The source may stand in parentheses with the book's name in title marks ("（僖公三十二年
/// 《左传》）"). A book's name run into more words is a title of its own ("战国策目录序").
pub(crate) fn is_classical_source(line: &str) -> bool {
    static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
        let book = CLASSICS.join("|");
        Regex::new(&format!(
            r"^(?:(?:{book})(?:[‧·・•]\p{{Han}}{{1,6}}|\p{{Han}}{{1,4}}年)?|\p{{Han}}{{1,6}}年[‧·・•]?(?:{book}))$"
        ))
        .expect("valid regex")
    });
    let squeezed: String = line.split_whitespace().collect();
    let inner = squeezed
        .strip_prefix(['（', '('])
        .and_then(|s| s.strip_suffix(['）', ')']))
        .unwrap_or(&squeezed);
    let unmarked: String = inner
        .chars()
        .filter(|c| !matches!(c, '《' | '》'))
        .collect();
    SOURCE.is_match(&unmarked)
}

/// Where a piece's source starts when it shares its line with the piece's title in a
/// collection of old prose: after a run of two spaces or more ("卷一‧周鄭交質　　左傳‧隱公三年"),
/// or right after a name in black brackets ("【郑伯克段于鄢】（隐公元年 《左传》）"). The
/// byte offset of the source, if the line is so made.
pub(crate) fn classical_source_start(line: &str) -> Option<usize> {
    let line = line.trim_end();
    if is_classical_source(line) {
        return None; // "隐公三年　　左传" is all source
    }
    let at = if line.starts_with('【') {
        line.find('】').map(|end| end + '】'.len_utf8())?
    } else {
        let gap = line.find("　　").or_else(|| line.find("  "))?;
        gap + line[gap..].len() - line[gap..].trim_start().len()
    };
    let (title, source) = line.split_at(at);
    let title = title.trim();
    (char_len(title) >= 2 && char_len(title) <= 30 && !has_sentence_end(title))
        .then_some(())
        .filter(|_| !source.trim().is_empty() && is_classical_source(source))
        .map(|_| at)
}

/// Keys of a record about the document that databases and web pages print before it
/// ("索引号：000014349/2016-00227", "来源：湖南日报").
const RECORD_KEYS: [&str; 18] = [
    "原文链接",
    "发布机构",
    "发文日期",
    "公开方式",
    "公开时限",
    "公开范围",
    "主题词",
    "来源",
    "信息来源",
    "索引号",
    "主题分类",
    "发文机关",
    "发布机关",
    "成文日期",
    "发布日期",
    "发布时间",
    "效力级别",
    "时效性",
];

/// Keys only a web page's record uses ("阅读量：", "更新时间：", a download site's
/// "下载：某某电子书(www……)"): in a document's own text they are its content ("时间：3月1日
/// 上午" in a meeting notice), so they count only where the page's record stands
/// ([`crate::structure::web_page`]).
const PAGE_RECORD_KEYS: [&str; 17] = [
    "下载",
    "名称",
    "主题",
    "发文字号",
    "有效性",
    "分类",
    "访问量",
    "访问次数",
    "时间",
    "发表时间",
    "更新时间",
    "阅读量",
    "浏览次数",
    "浏览量",
    "点击数",
    "文章来源",
    "稿件来源",
];

/// True if `key` names a part of a web page's record about the document.
pub(crate) fn is_record_key(key: &str) -> bool {
    // Tables of record space their keys out to one width ("索 引 号").
    let key: String = key.split_whitespace().collect();
    RECORD_KEYS.contains(&key.as_str()) || PAGE_RECORD_KEYS.contains(&key.as_str())
}

/// A line of a database's or a web page's record about the document, set before it:
/// "【法宝引证码】CLI.12.5115678", "原文链接：https://…", "索引号：000014349/2016-00227".
pub(crate) fn is_record_metadata(line: &str) -> bool {
    let bracketed_key = line
        .strip_prefix('【')
        .and_then(|rest| rest.find('】'))
        .is_some_and(|end| (2..=30).contains(&end));
    let keyed = line
        .split_once(['：', ':'])
        .is_some_and(|(key, value)| RECORD_KEYS.contains(&key.trim()) && !has_sentence_end(value));
    (bracketed_key || keyed) && char_len(line) <= 200
}
