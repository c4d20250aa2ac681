//! The closing of a document: 落款 (the issuing organs and the date, or a letter's
//! complimentary close), the 附注 under the date, attachments set after the closing, and
//! the closing record (版记: 抄送, 印发) at the very end.
//!
//! Read from the end backwards, as GB/T 9704 orders them: 版记 lines last (labelled, or
//! an unlabelled copy-to list and 印发 organ and date after the document's own date); before them,
//! optionally, attachments that start on a line of their own ("附件1"); before those, up
//! to two parenthesised notes; then the date and up to three short unpunctuated lines
//! above it (the organs). Without a date, only lines that end like an organ name sign.

use super::shapes::{
    is_document_attachment_mark, is_organ_name, is_unpunctuated_short, lists_organs, SIGNATURE_MAX,
};
use super::text::{char_len, date_prefix_len, has_sentence_end, is_date};
use crate::model::BlockKind;
use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Longest parenthesised note under the date ("（此件公开发布）", or an editor's note on
/// the occasion of a letter).
const NOTE_MAX: usize = 150;
/// Most note lines under the date.
const NOTES_MAX_LINES: usize = 2;
/// Most lines between the date and an attachment that follows the closing.
const DATE_TO_ATTACHMENT_MAX: usize = 3;
/// Most lines under a letter's complimentary close (name, title, organisation, date).
const LETTER_CLOSING_MAX_LINES: usize = 5;

/// The lines of a closing record with their kinds (a 印发 line may join two source lines).
pub(crate) type Record<'a> = Vec<(BlockKind, Cow<'a, str>)>;

/// What closes a document whose body starts at line `start`.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Closing<'a> {
    /// Where the body ends (the first closing line).
    pub(crate) body_end: usize,
    /// Signature lines, the date, and the notes under it, in reading order.
    pub(crate) signed: Vec<(BlockKind, &'a str)>,
    /// Attachments set after the closing, to be read as body text.
    pub(crate) appendix: Range<usize>,
    /// The closing record (抄送, 印发), in reading order.
    pub(crate) record: Record<'a>,
}

/// Finds the closing of `lines[start..]`.
pub(crate) fn closing<'a>(lines: &[&'a str], start: usize) -> Closing<'a> {
    let mut end = lines.len();
    while end > start && record_kind(lines[end - 1]).is_some() {
        end -= 1;
    }
    let mut record: Record<'a> = lines[end..]
        .iter()
        .map(|&l| (record_kind(l).unwrap_or(BlockKind::CopyTo), l.into()))
        .collect();
    if record.is_empty() {
        if let Some((record_start, unlabelled)) = unlabelled_record(lines, start) {
            end = record_start;
            record = unlabelled;
        }
    }
    let appendix_start = appendix_start(lines, start, end);
    let signed_end = appendix_start.unwrap_or(end);
    let mut notes_start = signed_end;
    while notes_start > start
        && signed_end - notes_start < NOTES_MAX_LINES
        && is_note(lines[notes_start - 1])
        && !is_stopped_dated_note(lines[notes_start - 1])
    {
        notes_start -= 1;
    }
    let found = letter_closing(&lines[..notes_start], start)
        .or_else(|| signature_and_date(&lines[..notes_start], start));
    let Some((body_end, mut signed)) = found else {
        return Closing {
            body_end: end,
            signed: Vec::new(),
            appendix: end..end,
            record,
        };
    };
    signed.extend(
        lines[notes_start..signed_end]
            .iter()
            .map(|&l| (BlockKind::Note, l)),
    );
    // Page furniture among the closing's lines stays furniture.
    for (kind, text) in &mut signed {
        if let Some(furniture) = text.strip_prefix(crate::structure::recover::ARTIFACT_MARK) {
            *kind = BlockKind::Artifact;
            *text = furniture;
        }
    }
    Closing {
        body_end,
        signed,
        appendix: signed_end..end,
        record,
    }
}

/// The kind of a closing-record line: "抄送：…" or "…印发".
pub(crate) fn record_kind(line: &str) -> Option<BlockKind> {
    if line.starts_with("抄送") || line.starts_with("抄报") {
        Some(BlockKind::CopyTo)
    } else if (line.starts_with("印发") || line.ends_with("印发")) && char_len(line) <= 60 {
        Some(BlockKind::Imprint)
    } else {
        None
    }
}

/// What parts the printing organ from the date on a 印发 line made of two source lines.
const IMPRINT_GAP: &str = "\u{3000}\u{3000}";

/// Most lines of a copy-to list that lost its "抄送：" label.
const COPY_TO_MAX_LINES: usize = 8;

/// A closing record whose labels were lost, as templates and copies leave it: after the
/// document's own date (and its 附注), the organs it is copied to, a line each or listed,
/// then the organ that prints it over the date it was printed ("……办公室" / "2025年3月8日",
/// or both on one line). Where it starts, and its kinds.
fn unlabelled_record<'a>(lines: &[&'a str], start: usize) -> Option<(usize, Record<'a>)> {
    let n = lines.len();
    let last = *lines.get(n.checked_sub(1)?)?;
    let imprint_start = if n >= 2 && is_date(last) && is_organ_name(lines[n - 2]) {
        n - 2
    } else if organ_and_date(last).is_some() {
        n - 1
    } else {
        return None;
    };
    let recipients = |l: &str| {
        let list = l.trim_end_matches(['。', '；', ';']);
        is_organ_name(l) || lists_organs(list)
    };
    let mut first = imprint_start;
    while first > start && imprint_start - first < COPY_TO_MAX_LINES && recipients(lines[first - 1])
    {
        first -= 1;
    }
    // Above it, the document's own closing: its date, or a note or two under the date.
    let above = |k: usize| first.checked_sub(k).filter(|&i| i >= start);
    let dated = |i: Option<usize>| i.is_some_and(|i| is_date(lines[i].trim_end_matches('。')));
    let noted = |i: Option<usize>| i.is_some_and(|i| is_note(lines[i]));
    let closed = dated(above(1))
        || noted(above(1)) && (dated(above(2)) || noted(above(2)) && dated(above(3)));
    if !closed {
        return None;
    }
    let mut record: Record<'a> = lines[first..imprint_start]
        .iter()
        .map(|&l| (BlockKind::CopyTo, l.into()))
        .collect();
    // The printing organ and the date are one 印发 line (GB/T 9704 7.5.3), set apart by
    // the space the page puts between them.
    let imprint: Cow<'a, str> = match &lines[imprint_start..] {
        [organ, date] => format!("{}{IMPRINT_GAP}{}", organ.trim(), date.trim()).into(),
        [line] => (*line).into(),
        _ => return None,
    };
    record.push((BlockKind::Imprint, imprint));
    Some((first, record))
}

/// A 附注 under the date: a short parenthesised line ("（此件公开发布）").
pub(crate) fn is_note(line: &str) -> bool {
    line.starts_with(['（', '(']) && line.ends_with(['）', ')']) && char_len(line) <= NOTE_MAX
        || is_release_note(line)
}

/// A 附注 that only a closing carries: how the document is released, or whom to ask
/// ("（此件主动公开）", "（联系人：张三，电话：……）"), in parentheses.
pub(crate) fn is_closing_note(line: &str) -> bool {
    let inner = line
        .trim()
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']));
    inner.is_some_and(|inner| {
        ["此件", "联系人", "联系电话", "联系方式"]
            .iter()
            .any(|w| inner.starts_with(w))
            && char_len(inner) <= NOTE_MAX
    })
}

/// Longest release note set without its parentheses, in characters.
const RELEASE_NOTE_MAX: usize = 16;

/// How a document may be released, said under its date without the parentheses the
/// standard gives it: "此件公开发布", "此件不予公开", "此件发至县级".
fn is_release_note(line: &str) -> bool {
    line.starts_with("此件")
        && char_len(line) <= RELEASE_NOTE_MAX
        && !line.contains(super::text::TERMINAL_PUNCT)
}

/// The first line of attachments set after the closing: a line "附件" or "附件1" of its
/// own, a few lines under a date.
fn appendix_start(lines: &[&str], start: usize, end: usize) -> Option<usize> {
    (start + 1..end).find(|&a| {
        is_document_attachment_mark(lines[a])
            && (a.saturating_sub(DATE_TO_ATTACHMENT_MAX).max(start)..a).any(|d| is_date(lines[d]))
    })
}

/// A letter's closing: a complimentary close ("Sincerely," "Yours faithfully,") and the
/// short lines under it (name, title, date), all signature lines but the date.
fn letter_closing<'a>(
    lines: &[&'a str],
    start: usize,
) -> Option<(usize, Vec<(BlockKind, &'a str)>)> {
    static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(sincerely( yours)?|yours( sincerely| faithfully| truly| respectfully| ever| affectionately)?|ever yours|(with )?(best|kind|warm|warmest)( regards| wishes)|regards|respectfully( yours)?|cordially( yours)?|best|(ever )?your (loving|affectionate|devoted|faithful|true|own|obedient|grateful)( \w+){0,2}|(with )?(love|much love|all my love))[,.!]?(--|—)?$",
        )
        .expect("valid regex")
    });
    let first = lines
        .len()
        .saturating_sub(LETTER_CLOSING_MAX_LINES + 1)
        .max(start);
    // Every close opens with a Latin letter (or 'ſ' or the Kelvin sign, which the
    // case-insensitive pattern folds to 's' and 'k'): other lines never build it.
    let may_close = |line: &str| {
        line.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, 'ſ' | '\u{212A}'))
    };
    // A letter quoted in a novel opens each of its paragraphs with a quotation mark.
    let unquoted = |line: &'a str| line.trim().trim_start_matches(['"', '“', '\'', '‘']);
    let at = (first..lines.len()).find(|&i| {
        let line = unquoted(lines[i]);
        may_close(line) && CLOSE.is_match(line)
    })?;
    let under = &lines[at + 1..];
    // Names, titles, organisations ("Acme Inc."), not sentences.
    let sentence = |l: &str| l.ends_with(['.', '!', '?']) && l.split_whitespace().count() > 3;
    let short = |l: &&str| char_len(l) <= SIGNATURE_MAX * 2 && !has_sentence_end(l) && !sentence(l);
    if under.is_empty() || !under.iter().all(|l| short(l) || is_date(l)) {
        return None;
    }
    let tail = lines[at..]
        .iter()
        .map(|&l| {
            (
                if is_date(l) {
                    BlockKind::Date
                } else {
                    BlockKind::Signature
                },
                l,
            )
        })
        .collect();
    Some((at, tail))
}

/// The signature lines and date that end `lines[start..]`: where they begin, and their
/// kinds in reading order.
fn signature_and_date<'a>(
    lines: &[&'a str],
    start: usize,
) -> Option<(usize, Vec<(BlockKind, &'a str)>)> {
    let mut end = lines.len();
    if let Some((organ, date)) = lines[start..].last().and_then(|l| organ_and_date(l)) {
        // "最高人民法院　2018年3月5日" on one line.
        return Some((
            end - 1,
            vec![(BlockKind::Signature, organ), (BlockKind::Date, date)],
        ));
    }
    if let Some((date, name)) = lines[start..].last().and_then(|l| date_and_name(l)) {
        // "一九三五年十二月二十六日。鲁迅。": the author signs on the date's line.
        return Some((
            end - 1,
            vec![(BlockKind::Date, date), (BlockKind::Signature, name)],
        ));
    }
    let mut tail = Vec::new();
    // A 附注 run onto the date: "2016年11月24日（此件有删改）".
    let noted = (end > start)
        .then(|| date_and_note(lines[end - 1]))
        .flatten();
    // An essay may close its date with a full stop ("一九二四年九月十五日。"), or sign
    // it ("一九二二年十二月三日，鲁迅记于北京。").
    let dated = end > start
        && (is_date(lines[end - 1].trim_end_matches('。'))
            || is_dated_sign_off(lines[end - 1])
            || is_piece_date(lines[end - 1])
            || is_stopped_dated_note(lines[end - 1])
            || noted.is_some());
    if let Some((date, note)) = noted {
        tail.push((BlockKind::Note, note));
        tail.push((BlockKind::Date, date));
        end -= 1;
    } else if dated {
        tail.push((BlockKind::Date, lines[end - 1]));
        end -= 1;
    }
    let mut signed = 0;
    while end > start && signed < 3 {
        let line = lines[end - 1];
        let right_above_date = dated && signed == 0;
        // An organ's name wrapped over two lines opens with the place it belongs to
        // ("湖北省巴东县官渡口镇马鬃山村" / "地质险情调查专家组").
        let wrapped_organ = dated
            && signed == 1
            && is_unpunctuated_short(line)
            && line.ends_with(['省', '市', '县', '区', '镇', '乡', '村']);
        // A letter's complimentary close over the name ("旅安", "敬祝安好！"): the top
        // of the closing.
        if dated && signed > 0 && is_letter_close(line) {
            tail.push((BlockKind::Signature, line));
            end -= 1;
            break;
        }
        if !(is_organ_name(line)
            || right_above_date && is_unpunctuated_short(line)
            || wrapped_organ)
        {
            break;
        }
        tail.push((BlockKind::Signature, line));
        end -= 1;
        signed += 1;
    }
    tail.reverse();
    (!tail.is_empty()).then_some((end, tail))
}

/// Longest complimentary close of a Chinese letter, in characters ("敬祝安好！").
const LETTER_CLOSE_MAX: usize = 8;

/// A Chinese letter's complimentary close on its own line: a wish ("祝好。", "敬祝安好！",
/// "顺颂时祺"), "此致敬礼", or a short greeting ending in 安 ("旅安", "近安").
pub(crate) fn is_letter_close(line: &str) -> bool {
    const WISHES: [&str; 8] = ["祝", "敬祝", "顺祝", "顺颂", "即颂", "敬颂", "此致", "敬礼"];
    let body = line.trim().trim_end_matches(['！', '。', '!', '.']);
    let n = char_len(body);
    (2..=LETTER_CLOSE_MAX).contains(&n)
        && !body.contains(['，', '、', '；', '：'])
        && (WISHES.iter().any(|w| body.starts_with(w)) || n <= 3 && body.ends_with('安'))
}

/// Longest signing clause after a dated sign-off's date, in characters ("鲁迅记于北京").
const SIGN_OFF_MAX: usize = 14;

/// An author's dated sign-off under an essay or a preface: the date, a comma, then who
/// wrote it where ("一九二二年十二月三日，鲁迅记于北京。", "1935年12月30日，写于上海").
pub(crate) fn is_dated_sign_off(line: &str) -> bool {
    let line = line.trim().trim_end_matches('。');
    let Some(date_end) = date_prefix_len(line) else {
        return false;
    };
    let Some(clause) = line[date_end..].strip_prefix(['，', ',']) else {
        return false;
    };
    let clause = clause.trim();
    char_len(clause) <= SIGN_OFF_MAX
        && clause.contains('于')
        && !clause.contains(['，', ',', '、', '；', '。'])
        && !has_sentence_end(clause)
}

/// Words that make a clause after a date a sentence of the text ("天气很好"), not a
/// place, a deed or a name.
const SENTENCE_WORDS: &[char] = &[
    '了', '很', '是', '的', '我', '你', '他', '她', '们', '有', '在', '不', '要', '说',
];

/// Longest clause after a piece's closing date saying where or what was done
/// ("作完，于温州", "北平清华园").
const PIECE_DATE_CLAUSE_MAX: usize = 10;

/// A writer's closing date under an essay, a story, a poem or a letter: the date (a day, a
/// month and day, or a year with what was done in it), perhaps the time of day, what was
/// done (作, 作完, 写, 记) and where, closed by a full stop or not: "1922年3月28日。",
/// "1921年11月3日，上海。", "1923年10月11日作完，于温州。", "2月8日，温州作。", "1925年6月19日夜。",
/// "一九二○年作", "1934年3月作。", "二月六日于费城", "八月二十七日晚七时". A clause that reads as a sentence
/// ("天气很好") is the text's.
pub(crate) fn is_piece_date(line: &str) -> bool {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十初廿卅]{1,3}日)")
            .expect("month and day pattern")
    });
    static YEAR_DONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})年(?:[春夏秋冬]|[春夏秋冬]?[作写记]|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月[作写记])")
            .expect("year done pattern")
    });
    const TIME: [&str; 6] = ["夜半", "深夜", "夜", "晚", "晨", "午"];
    const DONE: [&str; 7] = ["作完", "写完", "改定", "作", "写", "记", "草"];
    let line = line.trim().trim_end_matches(['。', '.']);
    let date_end = date_prefix_len(line)
        .or_else(|| DAY.find(line).map(|m| m.end()))
        .or_else(|| YEAR_DONE.find(line).map(|m| m.end()));
    let Some(date_end) = date_end else {
        return false;
    };
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:上午|下午|晚上|早上)?[〇一二三四五六七八九十0-9０-９]{1,3}[时点](?:半|[〇一二三四五六七八九十0-9０-９]{1,3}分)?")
            .expect("clock pattern")
    });
    let mut rest = line[date_end..].trim_start();
    for word in TIME.iter() {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r;
        }
    }
    if let Some(m) = CLOCK.find(rest) {
        rest = &rest[m.end()..];
    }
    for word in DONE.iter() {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r;
        }
    }
    // Where it was written, straight after the date: "二月六日于费城".
    let Some(clause) = (if rest.is_empty() || rest.starts_with('于') {
        Some(rest)
    } else {
        rest.strip_prefix(['，', ','])
    }) else {
        return false;
    };
    let clause = clause.trim();
    char_len(clause) <= PIECE_DATE_CLAUSE_MAX
        && clause.matches(['，', ',']).count() <= 1
        && !clause.contains(['、', '；', '：', '？', '！', '“', '”'])
        && !clause.contains(SENTENCE_WORDS)
}

/// A date with a parenthesised 附注 run on after it, split between them.
pub(crate) fn date_and_note(line: &str) -> Option<(&str, &str)> {
    let at = line.find(['（', '('])?;
    let (date, note) = (line[..at].trim_end(), &line[at..]);
    (is_date(date) && is_note(note)).then_some((date, note))
}

/// A writer's closing date in parentheses, closed by a stop inside them ("（一九二四年二月
/// 一六日。）"); without the stop ("（一九五○年三月十二日）") it is the date under a title.
fn is_stopped_dated_note(line: &str) -> bool {
    let inner = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']))
        .and_then(|l| l.strip_suffix('。'));
    // The date alone: "（2016年9月19日，双方签订合同。）" is a sentence in brackets.
    inner.is_some_and(|d| date_prefix_len(d) == Some(d.len()))
}

/// Longest name signed after a closing date on the same line, in characters.
const NAME_AFTER_DATE_MAX: usize = 4;

/// A writer's closing date with the name run on after its full stop, split between them:
/// "一九三五年十二月二十六日。鲁迅。".
fn date_and_name(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let date_len = date_prefix_len(line)?;
    let name = line[date_len..].strip_prefix('。')?.trim();
    let date_end = date_len + '。'.len_utf8();
    let bare = name.strip_suffix('。').unwrap_or(name);
    let named = (2..=NAME_AFTER_DATE_MAX).contains(&char_len(bare))
        && bare.chars().all(crate::script::is_han)
        && !bare.contains(SENTENCE_WORDS);
    named.then(|| (&line[..date_end], name))
}

/// An organ's name and the date on one line, split at the space between them.
fn organ_and_date(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let (organ, date) = line.rsplit_once(char::is_whitespace)?;
    let organ = organ.trim_end();
    (is_date(date) && is_organ_name(organ)).then_some((organ, date))
}

#[cfg(test)]
#[path = "closing_tests.rs"]
mod tests;
