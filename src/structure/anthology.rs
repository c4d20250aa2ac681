//! Anthologies of classical poems and ci: each poem under its title ("应天长", "虞美人",
//! "春晓"), its lines or stanzas on lines of their own, and the poets' sections over the
//! titles ("中主李璟词", "后主李煜词").
//!
//! A ci's stanza is a line of short clauses of several lengths ("一钩初月临妆镜，蝉鬓凤钗慵
//! 不整。重帘静，层楼迥，惆怅落花风不定。"), so no metre tells it (the regular fives and
//! sevens are `classical_verse`'s). What tells it is the layout recurring: a short title
//! line with no punctuation, right over one or more lines made only of short clauses of
//! ideographs (an editor's variant reading in parentheses, "玉（一作碧）砌", aside), three
//! times or more in a section. Then the titles are headings, the lines under them verse,
//! and a title line standing right over another title (the poet's section over the first
//! poem) is a heading one level up. Prose never shows the shape: its clauses run longer,
//! and its short lines are not titles over such lines again and again.
//!
//! An editor's remark under a poem opening "按：" ("按：此首一作李煜词，见《花庵词选》。")
//! is a note, not a line of the poem.
//!
//! Anthologies kept as data set each poem as a record of labelled fields, the same labels
//! in the same order from record to record ("词牌:木兰花" / "作者:钱惟演" / "词文:城上风光
//! 莺语乱。……"). Three records or more of one shape make such an anthology: the first
//! field (short, no sentence punctuation) titles the poem, the author's field is the
//! poet's byline, and a field of short clauses is the poem's text.

use super::text::{char_len, is_date};
use crate::script::is_han;

/// What a line of an anthology is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnthologyLine {
    /// A poet's (or a part's) section over the poems' titles.
    Section,
    /// A poem's or a ci's title.
    PoemTitle,
    /// A line or stanza of a poem.
    Verse,
    /// The poet's byline ("作者:钱惟演").
    Poet,
    /// An editor's remark under a poem ("按：……").
    Note,
}

/// Longest title line, in characters.
const TITLE_MAX: usize = 14;
/// Longest clause of a line of verse, in ideographs.
pub(crate) const CLAUSE_MAX: usize = 9;
/// Longest line of verse, in characters (a whole ci on one line).
const LINE_MAX: usize = 120;
/// Fewest titles over verse that make a section an anthology.
const MIN_POEMS: usize = 3;
/// Fewest clauses under a title that make a poem (a quatrain has four; a slogan under a
/// heading, "加强领导，压实责任。", two).
pub(crate) const MIN_CLAUSES: usize = 4;

/// Marks that end a clause of verse.
pub(crate) const CLAUSE_ENDS: &[char] = &['，', '。', '！', '？', '；', '：', '、'];

/// True if `line` may title a poem: short, no sentence punctuation, not a date.
pub(crate) fn is_poem_title(line: &str) -> bool {
    char_len(line) <= TITLE_MAX
        && !line.contains(['，', '。', '！', '？', '；', '、', '“', '”', ',', '.'])
        && !line.ends_with(['：', ':'])
        && line.chars().any(is_han)
        && !is_date(line)
}

/// `line` with the editor's parenthesised readings taken out ("玉（一作碧）砌" → "玉砌").
pub(crate) fn without_readings(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// How many clauses `line` holds if it is made only of short clauses of ideographs, each
/// closed by a mark; 0 otherwise. Two or more make a line or a stanza of a poem.
pub(crate) fn verse_clauses(line: &str) -> usize {
    let body = without_readings(line.trim());
    let body = body.trim_matches(['“', '”', '「', '」']);
    if char_len(body) > LINE_MAX || !body.ends_with(CLAUSE_ENDS) {
        return 0;
    }
    let clauses: Vec<&str> = body.split(CLAUSE_ENDS).filter(|c| !c.is_empty()).collect();
    let short = clauses
        .iter()
        .all(|c| char_len(c) <= CLAUSE_MAX && c.chars().all(is_han));
    if short {
        clauses.len()
    } else {
        0
    }
}

/// For each of `lines` (trimmed, non-blank), what it is in an anthology, or all `None`
/// where the section is not one (see the module doc).
pub(crate) fn anthology_lines(lines: &[&str]) -> Vec<Option<AnthologyLine>> {
    let mut kinds = vec![None; lines.len()];
    let clause_counts: Vec<usize> = lines.iter().map(|l| verse_clauses(l)).collect();
    let mut poems = 0;
    let mut i = 0;
    while i < lines.len() {
        let verses = clause_counts[i + 1..]
            .iter()
            .take_while(|&&c| c >= 2)
            .count();
        let clauses: usize = clause_counts[i + 1..=i + verses].iter().sum();
        if is_poem_title(lines[i]) && verses > 0 && clauses >= MIN_CLAUSES {
            kinds[i] = Some(AnthologyLine::PoemTitle);
            for kind in &mut kinds[i + 1..=i + verses] {
                *kind = Some(AnthologyLine::Verse);
            }
            poems += 1;
            i += verses + 1;
            if lines.get(i).is_some_and(|l| is_editor_remark(l)) {
                kinds[i] = Some(AnthologyLine::Note);
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    if poems < MIN_POEMS {
        return field_records(lines);
    }
    for i in 0..lines.len().saturating_sub(1) {
        if kinds[i].is_none()
            && is_poem_title(lines[i])
            && kinds[i + 1] == Some(AnthologyLine::PoemTitle)
        {
            kinds[i] = Some(AnthologyLine::Section);
        }
    }
    kinds
}

/// True if `line` is an editor's remark opening "按：" ("按：此首一作李煜词").
fn is_editor_remark(line: &str) -> bool {
    line.starts_with("按：") || line.starts_with("按:")
}

/// Longest label of a field, in characters.
const LABEL_MAX: usize = 4;
/// Labels of the field naming a poem's author.
const AUTHOR_LABELS: &[&str] = &["作者", "词人", "诗人", "作家"];

/// The label and value of a field line ("作者:钱惟演" → ("作者", "钱惟演")).
fn field(line: &str) -> Option<(&str, &str)> {
    let at = line.find([':', '：'])?;
    let (label, rest) = line.split_at(at);
    let value = rest[rest.chars().next()?.len_utf8()..].trim();
    let short = (1..=LABEL_MAX).contains(&char_len(label));
    (short && label.chars().all(is_han) && !value.is_empty()).then_some((label, value))
}

/// The lines of an anthology kept as labelled records (see the module doc), or all `None`.
fn field_records(lines: &[&str]) -> Vec<Option<AnthologyLine>> {
    let mut kinds = vec![None; lines.len()];
    // Records: runs of field lines, each opening with the label the first record opens with.
    let mut records: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((first, _)) = field(lines[i]) else {
            i += 1;
            continue;
        };
        let mut labels = vec![first];
        let mut j = i + 1;
        while let Some((label, _)) = lines.get(j).and_then(|l| field(l)) {
            if label == first {
                break;
            }
            labels.push(label);
            j += 1;
        }
        records.push((i, labels));
        i = j;
    }
    for (start, labels) in &records {
        let alike = records.iter().filter(|(_, l)| l == labels).count();
        let has_author = labels.iter().any(|l| AUTHOR_LABELS.contains(l));
        if alike < MIN_POEMS || labels.len() < 2 || !has_author {
            continue;
        }
        for (k, label) in labels.iter().enumerate() {
            let line = lines[start + k];
            let value = field(line).map_or("", |(_, v)| v);
            kinds[start + k] = if AUTHOR_LABELS.contains(label) {
                Some(AnthologyLine::Poet)
            } else if k == 0 && is_poem_title(value) {
                Some(AnthologyLine::PoemTitle)
            } else if verse_clauses(&value.replace(STANZA_MARK, "")) >= 2 {
                Some(AnthologyLine::Verse)
            } else {
                None
            };
        }
    }
    kinds
}

/// The mark an anthology sets between a ci's two stanzas on one line ("……先已断。○情怀……").
const STANZA_MARK: char = '○';

#[cfg(test)]
mod tests {
    use super::*;
    use AnthologyLine::*;

    #[test]
    fn ci_under_their_tune_titles_under_the_poet() {
        let lines = [
            "中主李璟词",
            "应天长",
            "一钩初月临妆镜，蝉鬓凤钗慵不整。重帘静，层楼迥，惆怅落花风不定。",
            "柳堤芳草径，梦断辘轳金井。昨夜更阑酒醒，春愁过却病。",
            "望远行",
            "玉（一作碧）砌花光锦绣（一作照眼）明，朱扉长日镇长扃。",
            "残月（一作辽阳月）秣陵砧，不传消息但传情。",
            "按：此首一作李煜词，见《花庵词选》。",
            "浣溪沙",
            "菡萏香销翠叶残，西风愁起绿波间。还与韶光共憔悴，不堪看！",
        ];
        let kinds = anthology_lines(&lines);
        assert_eq!(
            kinds,
            [
                Some(Section),
                Some(PoemTitle),
                Some(Verse),
                Some(Verse),
                Some(PoemTitle),
                Some(Verse),
                Some(Verse),
                Some(Note),
                Some(PoemTitle),
                Some(Verse),
            ]
        );
    }

    #[test]
    fn prose_under_short_lines_is_no_anthology() {
        let lines = [
            "指导思想",
            "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。",
            "主要目标",
            "到2025年，全市生产总值年均增长6%左右。",
            "工作要求",
            "各地要高度重视，加强组织领导。",
        ];
        assert!(anthology_lines(&lines).iter().all(Option::is_none));
        // Two poems are not yet an anthology.
        let two = [
            "春晓",
            "春眠不觉晓，处处闻啼鸟。",
            "静夜思",
            "床前明月光，疑是地上霜。",
        ];
        assert!(anthology_lines(&two).iter().all(Option::is_none));
    }

    #[test]
    fn ci_kept_as_labelled_records() {
        let lines = [
            "词牌:木兰花",
            "作者:钱惟演",
            "词文:城上风光莺语乱。城下烟波春拍岸。○情怀渐觉成衰晚。鸾镜朱颜惊暗换。",
            "词牌:苏幕遮",
            "作者:范仲淹",
            "词文:碧云天，黄叶地。秋色连波，波上寒烟翠。",
            "词牌:菩萨蛮",
            "作者:张先",
            "词文:哀筝一弄湘江曲。声声写尽湘波绿。○当筵秋水慢。玉柱斜飞雁。",
        ];
        let record = [Some(PoemTitle), Some(Poet), Some(Verse)];
        assert_eq!(anthology_lines(&lines), record.repeat(3));
        // Two records are not yet an anthology, nor are records naming no author.
        assert!(anthology_lines(&lines[..6]).iter().all(Option::is_none));
        let forms = [
            "姓名:张三",
            "单位:财务处",
            "姓名:李四",
            "单位:人事处",
            "姓名:王五",
            "单位:办公室",
        ];
        assert!(anthology_lines(&forms).iter().all(Option::is_none));
    }
}
