//! Heading markers: recognising 一、（一）1.（1）第X编/篇/章/节, English chapters and decimal
//! numbers at the start of a line, article labels (第X条), and turning the marker
//! families a document uses into outline levels.
//!
//! A marker only says "this line is numbered"; whether the line is a heading is decided
//! in `plain` (length, sentence ends, enumeration context). Levels are the rank of a
//! family among the families the document's headings actually use, in the conventional
//! order of Chinese and English outlines (编/篇 > 章 > 节 > 一、 > （一） > 1. > （1）).

use super::text::{char_len, TERMINAL_PUNCT};
use crate::model::MarkerKind;
use crate::script::is_cjk_punct;
use regex::Regex;
use std::sync::LazyLock;

/// The family of a heading marker, finer than [`MarkerKind`]: 第X章 and 第X节 are one
/// kind but two outline levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    /// 第X编, 第X篇 (a plan outline's part over its chapters), 第X卷
    ChinesePart,
    /// 第X分编 (a part's subdivision in a code such as the Civil Code)
    ChineseSubPart,
    /// 第X章, 第X回
    ChineseChapter,
    /// 第X节
    ChineseSection,
    /// 第X条 standing alone over its text with a caption ("第一条　（目的和依据）")
    ChineseArticle,
    /// "PART II", "BOOK ONE"
    EnglishPart,
    /// "CHAPTER I.", "Chapter 1", "Article. I."
    EnglishChapter,
    /// A lone roman numeral "IV." or "IV. The Storm"
    Roman,
    /// A roman numeral alone on its line with no title ("I."): where titled headings
    /// come too ("I. A SCANDAL IN BOHEMIA"), the numbered sections under them.
    BareRoman,
    /// "Section 2"
    EnglishSection,
    /// 一、
    ChineseNumeral,
    /// （一）
    ParenChineseNumeral,
    /// A report's lead line over its paragraph: "一是……。", or a short sentence stating
    /// a task ("深化健康青海建设。"); no marker of its own.
    LeadLine,
    /// 1. 1． 1、 followed by CJK
    ArabicNumeral,
    /// （1） (1)
    ParenArabicNumeral,
    /// "1. Introduction" (depth 1), "1.2 Scope" (depth 2), …
    Decimal(u8),
    /// A short ALL-CAPS line; no marker.
    AllCaps,
    /// An unmarked line that a table of contents lists; no marker. Always level 1.
    Listed,
    /// A poet's section over the poems of an anthology ("后主李煜词"); no marker.
    AnthologySection,
    /// A poem's or a ci's title in an anthology ("虞美人"); no marker.
    PoemTitle,
    /// A poem's title in italics in an English collection ("_Hymn to Humility_"): a
    /// piece of the collection, beside the pieces numbered "I.", "II."; no marker.
    ItalicPoemTitle,
}

impl Family {
    /// The outline rank: smaller is outer. Families sharing a rank share a level
    /// (an ALL-CAPS "PREFACE." sits beside "CHAPTER I.").
    fn rank(self) -> u16 {
        match self {
            Family::ChinesePart => 0,
            Family::ChineseSubPart => 1,
            Family::ChineseChapter => 2,
            Family::ChineseSection => 3,
            Family::ChineseArticle => 4,
            Family::EnglishPart => 5,
            Family::EnglishChapter | Family::Roman | Family::AllCaps | Family::Listed => 6,
            Family::BareRoman | Family::AnthologySection | Family::ItalicPoemTitle => 7,
            Family::PoemTitle => 8,
            Family::EnglishSection => 9,
            Family::ChineseNumeral => 10,
            Family::ParenChineseNumeral => 11,
            Family::LeadLine => 12,
            Family::ArabicNumeral => 13,
            Family::ParenArabicNumeral => 14,
            Family::Decimal(depth) => 15 + u16::from(depth),
        }
    }

    /// True if headings of this family stand outside (above) those of `other`.
    pub(crate) fn outranks(self, other: Family) -> bool {
        self.rank() < other.rank()
    }

    /// The model's coarser marker kind.
    pub(crate) fn marker_kind(self) -> MarkerKind {
        match self {
            Family::ChinesePart
            | Family::ChineseSubPart
            | Family::ChineseChapter
            | Family::ChineseSection
            | Family::ChineseArticle => MarkerKind::ChineseChapter,
            Family::EnglishPart
            | Family::EnglishChapter
            | Family::Roman
            | Family::BareRoman
            | Family::EnglishSection => MarkerKind::EnglishChapter,
            Family::ChineseNumeral => MarkerKind::ChineseNumeral,
            Family::ParenChineseNumeral => MarkerKind::ParenChineseNumeral,
            Family::ArabicNumeral => MarkerKind::ArabicNumeral,
            Family::ParenArabicNumeral => MarkerKind::ParenArabicNumeral,
            Family::Decimal(_) => MarkerKind::Decimal,
            Family::AllCaps
            | Family::Listed
            | Family::LeadLine
            | Family::AnthologySection
            | Family::PoemTitle
            | Family::ItalicPoemTitle => MarkerKind::None,
        }
    }

    /// True for the divisions of a Chinese book or statute above its articles: 编, 分编,
    /// 章, 节 (and 篇, 卷, which read as 编).
    pub(crate) fn is_chinese_division(self) -> bool {
        matches!(
            self,
            Family::ChinesePart
                | Family::ChineseSubPart
                | Family::ChineseChapter
                | Family::ChineseSection
        )
    }

    /// Returns true if and only if the marker itself announces a heading (chapter-like),
    /// so the line needs no further evidence beyond being short.
    pub(crate) fn is_structural(self) -> bool {
        self.is_chinese_division()
            || matches!(
                self,
                Family::ChineseArticle
                    | Family::EnglishPart
                    | Family::EnglishChapter
                    | Family::Roman
                    | Family::BareRoman
                    | Family::EnglishSection
            )
    }

    /// Returns true if and only if headings of this family are Latin-script, where a
    /// trailing full stop means a sentence (list item), not a title.
    pub(crate) fn is_latin(self) -> bool {
        matches!(
            self,
            Family::EnglishPart
                | Family::EnglishChapter
                | Family::Roman
                | Family::BareRoman
                | Family::EnglishSection
                | Family::Decimal(_)
                | Family::AllCaps
        )
    }
}

/// A marker found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker<'a> {
    /// Its family.
    pub(crate) family: Family,
    /// The marker as written ("一、", "（一）", "CHAPTER I.").
    pub(crate) text: &'a str,
    /// The rest of the line after the marker, leading whitespace removed.
    pub(crate) rest: &'a str,
}

/// Longest "第X章标题" line without a space after the marker that is still a chapter.
const CHAPTER_TITLE_MAX: usize = 30;

pub(crate) const CN_DIGITS: &str = "一二三四五六七八九十百千〇零两";
const ENGLISH_NUMBER_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last";

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("marker pattern is valid")
}

static CN_NUMERAL: LazyLock<Regex> = LazyLock::new(|| regex(&format!("^[{CN_DIGITS}]+、")));
static PAREN_CN: LazyLock<Regex> = LazyLock::new(|| regex(&format!("^[（(][{CN_DIGITS}]+[）)]")));
static PAREN_ARABIC: LazyLock<Regex> = LazyLock::new(|| regex(r"^[（(][0-9０-９]{1,3}[）)]"));
static ARABIC: LazyLock<Regex> = LazyLock::new(|| regex(r"^[0-9０-９]{1,3}[.．、]"));
static DECIMAL: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^[0-9]{1,3}(?:\.[0-9]{1,3})+\.?(?:\s|$)"));
static CN_CHAPTER: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!("^第[{CN_DIGITS}0-9０-９]+(?:分编|[卷编篇章回节])")));
/// "卷十一·孝景本纪": a volume of a classic, numbered without 第.
static CN_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!("^卷[{CN_DIGITS}]+(?:[·・\\s]|$)")));
static CN_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!("^第[{CN_DIGITS}0-9０-９]+条")));
static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(PART|Part|BOOK|Book|VOLUME|Volume|CHAPTER|Chapter|LETTER|Letter|STAVE|Stave|SECTION|Section|ARTICLE|Article)\.?\s+(?:[IVXLCDM]+|[0-9]{{1,3}}|(?i:(?:the\s+)?(?:{ENGLISH_NUMBER_WORDS})))\.?(?:\s|$|--|—|:)"
    ))
});
/// A numbered piece of a series named alone on its line: "FEDERALIST No. 2", "Letter
/// No. 5", "SPECTATOR No. X", "Essay Number 3". The whole line, so a sentence naming a
/// number ("Patent No. 5 was granted") is none.
static NUMBERED_PIECE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^[A-Z][A-Za-z]{2,15} (?:No\.|NO\.|Number|NUMBER) ?(?:[0-9]{1,3}|[IVXLC]{1,7})\.?$")
});
static ROMAN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^[IVXLCDM]{1,7}\.(?:\s|$)|^[IVXLCDM]{1,7}$"));

/// Ornaments e-texts set before a heading ("●卷十一", "■第一章"), part of its marker.
const ORNAMENTS: &[char] = &['●', '○', '◎', '■', '□', '◆', '◇', '★', '☆', '▲', '△'];

/// The heading marker at the start of `line`, if it has one.
pub(crate) fn find_marker(line: &str) -> Option<Marker<'_>> {
    let unadorned = line.trim_start_matches(ORNAMENTS).trim_start();
    let skipped = line.len() - unadorned.len();
    let found = |family: Family, len: usize| {
        let (text, rest) = line.split_at(skipped + len);
        Some(Marker {
            family,
            text: text.trim_end(),
            rest: rest.trim_start(),
        })
    };
    // Each pattern opens with its own few characters: a line is asked only those whose
    // first character it has, so a document builds only the patterns it may match.
    let first = unadorned.chars().next().unwrap_or('\0');
    let opens_paren = matches!(first, '（' | '(');
    let find = |opens: bool, pattern: &Regex| opens.then(|| pattern.find(unadorned)).flatten();
    if let Some(m) = find(CN_DIGITS.contains(first), &CN_NUMERAL) {
        return found(Family::ChineseNumeral, m.end());
    }
    if let Some(m) = find(opens_paren, &PAREN_CN) {
        return found(Family::ParenChineseNumeral, m.end());
    }
    if let Some(m) = find(opens_paren, &PAREN_ARABIC) {
        return found(Family::ParenArabicNumeral, m.end());
    }
    if let Some(m) = find(first.is_ascii_digit(), &DECIMAL) {
        let depth = m
            .as_str()
            .trim_end()
            .trim_end_matches('.')
            .matches('.')
            .count()
            + 1;
        return found(Family::Decimal(depth.min(9) as u8), m.end());
    }
    let any_digit = first.is_ascii_digit() || ('０'..='９').contains(&first);
    if let Some(m) = find(any_digit, &ARABIC) {
        let after = unadorned[m.end()..].chars().next();
        // "1.5亿元": a number, not a marker.
        if after.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
            return None;
        }
        let first_letter = unadorned[m.end()..].trim_start().chars().next();
        let latin_title =
            !m.as_str().ends_with('、') && first_letter.is_some_and(|c| c.is_ascii_uppercase());
        let family = if latin_title {
            Family::Decimal(1)
        } else {
            Family::ArabicNumeral
        };
        return found(family, m.end());
    }
    if let Some(m) = find(first == '第', &CN_CHAPTER) {
        // "第一章　总纲", "第一章" alone, or a short unpunctuated "第一章总纲"; not
        // "第三节课上，老师说……".
        let rest = &unadorned[m.end()..];
        let spaced = rest.is_empty() || rest.starts_with(char::is_whitespace);
        let short_title = char_len(line) <= CHAPTER_TITLE_MAX && !line.contains(TERMINAL_PUNCT);
        // "第二回：悟彻菩提真妙理，断魔归本合元神": a novel's couplet title, punctuated.
        let couplet = m.as_str().ends_with('回') && super::couplet::is_couplet(rest);
        if spaced || short_title || couplet {
            let family = match m.as_str().chars().next_back() {
                Some('编') if m.as_str().ends_with("分编") => Family::ChineseSubPart,
                Some('编') | Some('篇') | Some('卷') => Family::ChinesePart,
                Some('章') | Some('回') => Family::ChineseChapter,
                _ => Family::ChineseSection,
            };
            return found(family, m.end());
        }
    }
    if let Some(m) = find(first == '卷', &CN_VOLUME) {
        if char_len(line) <= CHAPTER_TITLE_MAX && !line.contains(TERMINAL_PUNCT) {
            let marker = m.as_str().trim_end_matches(['·', '・']).trim_end();
            return found(Family::ChinesePart, marker.len());
        }
    }
    let english = matches!(first, 'P' | 'B' | 'V' | 'C' | 'L' | 'S' | 'A');
    if let Some(caps) = english.then(|| ENGLISH.captures(unadorned)).flatten() {
        let family = match caps
            .get(1)
            .map(|k| k.as_str().to_ascii_lowercase())
            .as_deref()
        {
            Some("part") | Some("book") | Some("volume") => Family::EnglishPart,
            // An article holds sections ("Article. I." then "Section. 1."), as a chapter
            // does; an epistolary novel's "Letter 1" and a carol's "STAVE I." are chapters.
            Some("chapter") | Some("article") | Some("letter") | Some("stave") => {
                Family::EnglishChapter
            }
            _ => Family::EnglishSection,
        };
        return found(family, caps.get(0).map_or(0, |m| m.end()));
    }
    if let Some(m) = find(first.is_ascii_uppercase(), &NUMBERED_PIECE) {
        return found(Family::EnglishChapter, m.end());
    }
    // A numeral from D (500) up numbers no section: "D." is an initial signing a
    // preface, "MDCCLXXVI" a year on a title page.
    if let Some(m) = find("IVXLC".contains(first), &ROMAN) {
        return found(Family::Roman, m.end());
    }
    // "*說楔子敷陳大義　借名流隱括全文": a couplet title led by an asterisk or ornament.
    if let Some(lead) = super::couplet::led_couplet(line, ORNAMENTS) {
        let (text, rest) = line.split_at(lead);
        return Some(Marker {
            family: Family::ChineseChapter,
            text,
            rest: rest.trim_start(),
        });
    }
    None
}

/// True if `text` opens with a numbering marker, or with a bare numeral and a space, as
/// a numeral line joined with its title reads ("X 中中", "3 The Voyage").
pub(crate) fn is_numbered(text: &str) -> bool {
    let bare = text.split_once(' ').is_some_and(|(first, _)| {
        (1..=7).contains(&first.len()) && first.chars().all(|c| "IVXLC".contains(c))
            || (1..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_digit())
    });
    bare || find_marker(text).is_some()
}

/// The article label "第X条" if `line` opens with one that is followed by a space or by
/// text (not by "，" or "、", which make it a mention inside running text).
/// A Chinese chapter marker behind a short prefix the source left before it
/// ("正文 第一回　宴桃园豪杰三结义", "卷一 第一章　总则"): the marker, if the prefix is at
/// most `PREFIX_MAX` characters without punctuation, set off by a space.
pub(crate) fn prefixed_chapter(line: &str) -> Option<Marker<'_>> {
    const PREFIX_MAX: usize = 6;
    let (prefix, rest) = line.split_once(|c: char| c.is_whitespace())?;
    let rest = rest.trim_start();
    let prefix_ok = (1..=PREFIX_MAX).contains(&prefix.chars().count())
        && !prefix
            .chars()
            .any(|c| c.is_ascii_punctuation() || is_cjk_punct(c));
    let marker = find_marker(rest).filter(|m| {
        matches!(
            m.family,
            Family::ChineseChapter | Family::ChinesePart | Family::ChineseSection
        )
    });
    marker.filter(|_| prefix_ok)
}

pub(crate) fn article_label(line: &str) -> Option<&str> {
    let m = CN_ARTICLE.find(line)?;
    match line[m.end()..].chars().next() {
        Some(c) if c.is_whitespace() || !(c.is_ascii_punctuation() || is_cjk_punct(c)) => {
            Some(m.as_str())
        }
        _ => None,
    }
}

/// The article label of a line that holds only the label and its caption in brackets
/// ("第一条　（目的和依据）"): the article's heading, its text on the lines below.
pub(crate) fn captioned_article(line: &str) -> Option<&str> {
    const CAPTION_MAX: usize = 24;
    let label = article_label(line)?;
    let caption = line[label.len()..].trim();
    let bracketed = (caption.starts_with('（') && caption.ends_with('）'))
        || (caption.starts_with('(') && caption.ends_with(')'))
        || (caption.starts_with('【') && caption.ends_with('】'));
    (bracketed && char_len(caption) <= CAPTION_MAX && !caption.contains(TERMINAL_PUNCT))
        .then_some(label)
}

/// The value of a Chinese numeral below 1000 ("三" 3, "十二" 12, "二十" 20).
pub(crate) fn cn_value(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|v| v as u32)
    };
    let mut total = 0u32;
    let mut current = 0u32;
    for c in s.chars() {
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            '零' => {}
            _ => current = digit(c)?,
        }
    }
    Some(total + current).filter(|&v| v > 0)
}

/// Outline levels for the families a document's headings use: each family's level is
/// one plus the number of distinct outer ranks in use. [`Family::Listed`] is always 1.
pub(crate) struct Levels {
    ranks: Vec<u16>,
}

impl Levels {
    /// Levels for the given families (in any order, repeats allowed).
    pub(crate) fn new(families: impl IntoIterator<Item = Family>) -> Levels {
        let mut ranks: Vec<u16> = families
            .into_iter()
            .filter(|f| *f != Family::Listed)
            .map(Family::rank)
            .collect();
        ranks.sort_unstable();
        ranks.dedup();
        Levels { ranks }
    }

    /// The level of `family`, from 1.
    pub(crate) fn level(&self, family: Family) -> u8 {
        if family == Family::Listed {
            return 1;
        }
        let outer = self.ranks.partition_point(|r| *r < family.rank());
        (outer + 1).min(u8::MAX as usize) as u8
    }
}

#[cfg(test)]
#[path = "numbering_tests.rs"]
mod tests;
