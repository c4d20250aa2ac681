//! Anthologies that print each poem under its title and its poet's name, a line of the
//! poem a paragraph ("东皇太一" / "屈原" / "吉日兮辰良，穆将愉兮上皇" / …), as the 楚辞's
//! and many collections' plain-text editions do; and the stanzas an excerpt of an
//! anthology opens with, before the first title it shows.
//!
//! The 楚辞's lines keep no metre (six, seven, five ideographs to a half, a 兮 anywhere) and
//! often lose their closing stop, so `anthology`'s test (a title right over lines of short
//! clauses, three times) misses them. What tells them is the layout recurring: a short
//! title with no sentence punctuation, a name of two to four ideographs (or a credit line,
//! "朱自清释") under it, then lines that pair their clauses half against half (5+5, 7+6),
//! twice or more in a section. Then the titles are headings, the names bylines, and the
//! paired lines verse; so is a single short clause among them ("陈竽瑟兮浩倡"), the run of
//! paired lines before the first title (the end of the poem before the excerpt), and a
//! title left last with nothing under it (the excerpt cut after the next poem's title).
//!
//! An anthology `anthology` found also opens, in an excerpt, with the last stanzas of a
//! poem whose title fell before the cut: lines of short clauses before its first title
//! are verse.

use super::anthology::{
    is_poem_title, verse_clauses, without_readings, AnthologyLine, CLAUSE_ENDS, CLAUSE_MAX,
    MIN_CLAUSES,
};
use super::shapes::{is_credited_byline, is_name};
use super::text::char_len;
use crate::script::is_han;

/// Fewest poems under a title and a byline that make an anthology.
const MIN_POEMS: usize = 2;
/// Most a clause may differ from the one it pairs with, in ideographs (7+5 in 离骚).
const PAIR_SLACK: usize = 2;

/// The lengths of the clauses of `line` if it is made only of short clauses of ideographs
/// (book-title marks and an editor's readings aside), its closing mark perhaps lost.
fn clause_lens(line: &str) -> Option<Vec<usize>> {
    let body: String = without_readings(line.trim())
        .chars()
        .filter(|c| !matches!(c, '《' | '》' | '〈' | '〉'))
        .collect();
    let lens: Vec<usize> = body
        .split(CLAUSE_ENDS)
        .filter(|c| !c.is_empty())
        .map(|c| match c.chars().all(is_han) {
            true => char_len(c),
            false => usize::MAX,
        })
        .collect();
    (!lens.is_empty() && lens.iter().all(|&n| n <= CLAUSE_MAX)).then_some(lens)
}

/// The number of clauses of `line` if it pairs them two by two, each pair of like length
/// (see the module doc); 0 otherwise.
fn paired_clauses(line: &str) -> usize {
    match clause_lens(line) {
        Some(lens) if lens.len() >= 2 && lens.len().is_multiple_of(2) => {
            let paired = lens.chunks(2).all(|p| p[0].abs_diff(p[1]) <= PAIR_SLACK);
            if paired {
                lens.len()
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// True if `line` is a lone short clause with no mark at all ("陈竽瑟兮浩倡").
fn is_lone_clause(line: &str) -> bool {
    clause_lens(line).is_some_and(|l| l.len() == 1) && !line.ends_with(CLAUSE_ENDS)
}

/// True if `line` names the poet under a title ("屈原", "朱自清释").
fn is_byline(line: &str) -> bool {
    is_name(line) || is_credited_byline(line)
}

/// The end of the run of verse lines from `start` (paired lines, and lone clauses between
/// two of them), stopping before a title with its byline.
fn verse_run(lines: &[&str], start: usize) -> usize {
    let mut k = start;
    while k < lines.len() && !is_poem_head(lines, k) {
        let between = is_lone_clause(lines[k])
            && k > start
            && lines.get(k + 1).is_some_and(|n| paired_clauses(n) > 0);
        if paired_clauses(lines[k]) == 0 && !between {
            break;
        }
        k += 1;
    }
    k
}

/// True if line `i` titles a poem with its byline under it and its first paired line
/// after that.
fn is_poem_head(lines: &[&str], i: usize) -> bool {
    i + 2 < lines.len()
        && is_poem_title(lines[i])
        && is_byline(lines[i + 1])
        && paired_clauses(lines[i + 2]) > 0
}

/// `kinds` (what `anthology` found in `lines`) with the poems under a title and a byline,
/// and the stanzas before an anthology's first title, read too (see the module doc).
pub(crate) fn bylined_verse(
    lines: &[&str],
    mut kinds: Vec<Option<AnthologyLine>>,
) -> Vec<Option<AnthologyLine>> {
    if let Some(first) = kinds.iter().position(Option::is_some) {
        if kinds[first] != Some(AnthologyLine::Verse) {
            let run = (0..first)
                .rev()
                .take_while(|&k| verse_clauses(lines[k]) >= 2)
                .count();
            kinds[first - run..first].fill(Some(AnthologyLine::Verse));
        }
        return kinds;
    }
    let mut poems = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_poem_head(lines, i) {
            i += 1;
            continue;
        }
        let end = verse_run(lines, i + 2);
        let clauses: usize = lines[i + 2..end]
            .iter()
            .map(|l| clause_lens(l).map_or(0, |c| c.len()))
            .sum();
        if clauses >= MIN_CLAUSES {
            poems.push((i, end));
        }
        i = end.max(i + 1);
    }
    if poems.len() < MIN_POEMS {
        return kinds;
    }
    for &(title, end) in &poems {
        kinds[title] = Some(AnthologyLine::PoemTitle);
        kinds[title + 1] = Some(AnthologyLine::Poet);
        kinds[title + 2..end].fill(Some(AnthologyLine::Verse));
        // The next poem's title, its poem cut off by the excerpt's end.
        if end + 1 == lines.len() && is_poem_title(lines[end]) {
            kinds[end] = Some(AnthologyLine::PoemTitle);
        }
    }
    let first = poems[0].0;
    let run = (0..first)
        .rev()
        .take_while(|&k| paired_clauses(lines[k]) > 0)
        .count();
    kinds[first - run..first].fill(Some(AnthologyLine::Verse));
    kinds
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds;

    #[test]
    fn poems_under_a_title_and_a_byline_are_verse() {
        let text = "驾八龙之婉婉兮，载云旗之委蛇。\n\n抑志而弭节兮，神高驰之邈邈。\n\n\n\
                    东皇太一\n\n屈原\n\n吉日兮辰良，穆将愉兮上皇\n\n抚长剑兮玉珥，璆锵鸣兮琳琅\n\n\
                    陈竽瑟兮浩倡\n\n灵偃蹇兮姣服，芳菲菲兮满堂\n\n\n\
                    云中君\n\n屈原\n\n浴兰汤兮沐芳，华采衣兮若英\n\n灵连蜷兮既留，烂昭昭兮未央\n\n\n湘君\n";
        assert_eq!(
            plain_kinds(text),
            [
                "verse", "verse", "heading", "speaker", "verse", "verse", "verse", "verse",
                "heading", "speaker", "verse", "verse", "heading",
            ]
        );
    }

    #[test]
    fn one_titled_piece_or_unpaired_prose_is_no_anthology() {
        // Speeches collected under their titles and speakers: the clauses do not pair.
        let text = "开幕词\n\n张三\n\n同志们：\n\n今天，我们在这里隆重集会，庆祝大会召开。\n\n\
                    闭幕词\n\n李四\n\n同志们：\n\n大会圆满完成了各项议程。\n";
        assert!(!plain_kinds(text).contains(&"verse"));
        let one = "东皇太一\n\n屈原\n\n吉日兮辰良，穆将愉兮上皇\n\n抚长剑兮玉珥，璆锵鸣兮琳琅\n";
        assert!(!plain_kinds(one).contains(&"verse"));
    }

    #[test]
    fn stanzas_before_an_anthologys_first_title_are_verse() {
        let text = "翘翘错薪，言刈其楚。之子于归，言秣其马。\n\n汝坟\n\n\
                    遵彼汝坟，伐其条枚。未见君子，惄如调饥。\n\n麟之趾\n\n\
                    麟之趾，振振公子，于嗟麟兮。麟之定，振振公姓，于嗟麟兮。\n\n鹊巢\n\n维鹊有巢，维鸠居之。之子于归，百两御之。\n";
        assert_eq!(
            plain_kinds(text),
            ["verse", "heading", "verse", "heading", "verse", "heading", "verse"]
        );
    }
}
