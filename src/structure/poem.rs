//! Poems in English prose: a run of short lines, one after another with no blank line
//! between, each opening in capitals, is verse set line by line ("How doth the little
//! crocodile / Improve his shining tail, / …"). Paragraph recovery has already kept such
//! lines apart (see `recover::verse`); here they become verse blocks, so the writers set
//! them as lines (no first-line indent) rather than as one-line paragraphs.
//!
//! Classical Chinese verse quoted in a novel or a speech is told by its metre and by the
//! words that introduce it instead (see `classical_verse`).
//!
//! Modern Chinese verse is told by its stanzas: three or more in a row, set apart by
//! blank lines, of short lines that break their sentence at a comma.
//!
//! The run must show verse's own sign, a line that does not end its sentence followed by
//! one opening in a capital (prose would run on in lower case), at least twice: a stack
//! of short sentences, an address block or a list of names is not a poem.

use super::classical_verse::classical_verse_lines;
use super::numbering::find_marker;
use super::text::char_len;
use crate::script::is_cjk;

/// Longest line of a poem, in characters.
const LINE_MAX: usize = 60;
/// Fewest lines in a poem's run.
const RUN_MIN: usize = 4;
/// Fewest lines in a stanza read as verse because a stanza of verse stands next to it.
const STANZA_MIN: usize = 2;
/// Fewest enjambed line pairs in a run.
const ENJAMBED_MIN: usize = 2;

/// True if and only if `line` opens in a capital (after quotes or brackets).
fn opens_capital(line: &str) -> bool {
    line.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '_'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// `line` without the line number a school edition sets in the right margin every fifth
/// line ("Slight is the subject, but not so the praise,                    5"): a number of
/// one to four digits after a wide gap of spaces.
fn without_margin_number(line: &str) -> &str {
    let digits = line.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = line.len() - digits.len();
    let text = digits.trim_end_matches(' ');
    match (1..=4).contains(&number) && digits.len() - text.len() >= MARGIN_GAP_MIN {
        true => text,
        false => line,
    }
}

/// Fewest spaces between a verse line and its number in the margin.
const MARGIN_GAP_MIN: usize = 4;

/// True if and only if `line` stops inside its sentence (a comma, a letter).
fn runs_over(line: &str) -> bool {
    without_margin_number(line)
        .trim_end_matches(['"', '\'', '”', '’', '_'])
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ',')
}

/// For each of `lines` (non-blank, trimmed; `blank_before[i]` when a blank line comes
/// before line `i`), whether it is a line of a poem.
pub(crate) fn poem_lines(lines: &[&str], blank_before: &[bool]) -> Vec<bool> {
    let n = lines.len();
    let mut out = vec![false; n];
    let fits = |l: &str| {
        char_len(without_margin_number(l)) <= LINE_MAX
            && opens_capital(l)
            && find_marker(l).is_none()
    };
    // Runs of fitting lines (stanzas), and whether each shows verse on its own.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end < n && fits(lines[end]) && (end == start || !blank_before[end]) {
            end += 1;
        }
        if end == start {
            start += 1;
            continue;
        }
        let enjambed = (start..end - 1).filter(|&i| runs_over(lines[i])).count();
        runs.push((
            start,
            end,
            end - start >= RUN_MIN && enjambed >= ENJAMBED_MIN,
        ));
        start = end;
    }
    // A stanza next to a stanza of verse (a blank line between them, nothing else) is
    // verse too, whether or not its own lines run over: a poem is read whole.
    for k in 1..runs.len() {
        let (prev, run) = (runs[k - 1], runs[k]);
        if prev.2 && prev.1 == run.0 && run.1 - run.0 >= STANZA_MIN {
            runs[k].2 = true;
        }
    }
    for k in (0..runs.len().saturating_sub(1)).rev() {
        let (run, next) = (runs[k], runs[k + 1]);
        if next.2 && run.1 == next.0 && run.1 - run.0 >= STANZA_MIN {
            runs[k].2 = true;
        }
    }
    for &(start, end, verse) in &runs {
        out[start..end].fill(verse);
    }
    for (verse, classical) in out.iter_mut().zip(classical_verse_lines(lines)) {
        *verse |= classical;
    }
    for (start, end) in modern_stanzas(lines, blank_before) {
        out[start..end].fill(true);
    }
    for (start, end) in long_line_stanzas(lines, blank_before) {
        out[start..end].fill(true);
    }
    out
}

/// Longest line of a poem in long lines ("Once upon a midnight dreary, while I pondered,
/// weak and weary,"), in characters.
const LONG_LINE_MAX: usize = 80;
/// Fewest stanzas in a row, each of the same number of lines, that make a poem of long
/// lines.
const EQUAL_STANZAS_MIN: usize = 3;
/// Fewest lines in each of those stanzas.
const EQUAL_STANZA_LINES_MIN: usize = 4;

/// The stanzas of a poem in lines too long for [`LINE_MAX`]: three stanzas or more in a
/// row (a blank line between each, nothing else), each of the same number of lines (four
/// or more), every line opening in a capital and none longer than [`LONG_LINE_MAX`], and
/// a line running over in each stanza. Prose kept line by line does not fall into
/// stanzas of one length, and its paragraphs, rejoined, run longer.
fn long_line_stanzas(lines: &[&str], blank_before: &[bool]) -> Vec<(usize, usize)> {
    let fits = |l: &str| {
        char_len(without_margin_number(l)) <= LONG_LINE_MAX
            && opens_capital(l)
            && find_marker(l).is_none()
    };
    // Stanzas: runs of fitting lines that stand between blank lines.
    let mut stanzas: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let mut end = start;
        while end < lines.len() && fits(lines[end]) && (end == start || !blank_before[end]) {
            end += 1;
        }
        let closed = end == lines.len() || blank_before[end];
        let enjambed = (start..end.saturating_sub(1)).any(|i| runs_over(lines[i]));
        let opened = start == 0 || blank_before[start];
        if end > start && opened && closed && enjambed {
            stanzas.push((start, end));
        }
        start = end.max(start + 1);
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < stanzas.len() {
        let size = stanzas[k].1 - stanzas[k].0;
        let mut j = k + 1;
        while j < stanzas.len()
            && stanzas[j].0 == stanzas[j - 1].1
            && stanzas[j].1 - stanzas[j].0 == size
        {
            j += 1;
        }
        if j - k >= EQUAL_STANZAS_MIN && size >= EQUAL_STANZA_LINES_MIN {
            out.extend_from_slice(&stanzas[k..j]);
        }
        k = j;
    }
    out
}

/// Fewest distinct titles in italics over poems that make a collection's titles.
const ITALIC_TITLES_MIN: usize = 2;

/// The poem's title in italics (`_Hymn to Humility_`, `_A Morning Hymn._`): the whole
/// line one italic span, no longer than a line of verse, opening in a capital.
fn is_italic_title(line: &str) -> bool {
    let body = line
        .strip_suffix("_.")
        .or_else(|| line.strip_suffix("._"))
        .or_else(|| line.strip_suffix('_'))
        .and_then(|l| l.strip_prefix('_'));
    body.is_some_and(|b| {
        !b.contains('_') && char_len(b) <= LINE_MAX && opens_capital(b) && find_marker(b).is_none()
    })
}

/// For each of `lines`, whether it is a poem's title set in italics over the poem, as
/// collections of hymns and songs print them: a line wholly in italics, blank lines
/// round it, over a line of verse (`verse`, from [`poem_lines`]) or a short line opening
/// in a capital. Titles differ from one another, so they count only where two or more
/// different ones stand over verse; a name in italics that comes back over its lines
/// ("_Witch_", a speaker) is no title.
pub(crate) fn italic_poem_titles(
    lines: &[&str],
    blank_before: &[bool],
    verse: &[bool],
) -> Vec<bool> {
    let n = lines.len();
    let set_apart = |i: usize| (i == 0 || blank_before[i]) && i + 1 < n && blank_before[i + 1];
    let candidates: Vec<usize> = (0..n)
        .filter(|&i| set_apart(i) && is_italic_title(lines[i]))
        .filter(|&i| {
            let next = lines[i + 1];
            verse[i + 1] || char_len(next) <= LINE_MAX && opens_capital(next)
        })
        .collect();
    let mut out = vec![false; n];
    let text = |i: usize| lines[i].trim_end_matches(['_', '.']);
    let distinct = candidates
        .iter()
        .all(|&i| candidates.iter().filter(|&&k| text(k) == text(i)).count() == 1);
    let over_verse = candidates.iter().filter(|&&i| verse[i + 1]).count();
    if distinct && over_verse >= ITALIC_TITLES_MIN {
        for i in candidates {
            out[i] = true;
        }
    }
    out
}

/// Longest line of a modern Chinese poem, in characters.
const MODERN_LINE_MAX: usize = 20;
/// Most lines in one stanza of a modern Chinese poem.
const MODERN_STANZA_MAX: usize = 8;
/// Fewest stanzas in a row that make a modern Chinese poem.
const MODERN_STANZAS_MIN: usize = 3;

/// The stanzas (line ranges) of modern Chinese verse in `lines`: three or more stanzas
/// in a row, each set apart by blank lines, of two to eight short lines of ideographs,
/// each stanza breaking its sentence at a clause's mark ("想去寻她山太高，" / "低头无法泪沾袍。"):
/// prose never stops a line at a comma and starts the next on a line of its own.
fn modern_stanzas(lines: &[&str], blank_before: &[bool]) -> Vec<(usize, usize)> {
    let fits = |l: &str| {
        char_len(l) <= MODERN_LINE_MAX && l.chars().any(is_cjk) && find_marker(l).is_none()
    };
    let breaks_clause = |l: &str| l.trim_end().ends_with(['，', '；', '、', '：']);
    // Each group of lines between blank lines, and whether it reads as a stanza.
    let mut groups: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let end = (start + 1..lines.len())
            .find(|&k| blank_before[k])
            .unwrap_or(lines.len());
        let group = &lines[start..end];
        let stanza = (2..=MODERN_STANZA_MAX).contains(&group.len())
            && group.iter().all(|l| fits(l))
            && group[..group.len() - 1].iter().any(|l| breaks_clause(l));
        groups.push((start, end, stanza));
        start = end;
    }
    let mut found = Vec::new();
    for run in groups.chunk_by(|a, b| a.2 == b.2) {
        if run[0].2 && run.len() >= MODERN_STANZAS_MIN {
            found.extend(run.iter().map(|&(start, end, _)| (start, end)));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stanzas_of_short_lines_broken_at_a_comma_are_modern_verse() {
        let lines = [
            "我的失恋",
            "想去寻她山太高，",
            "低头无法泪沾袍。",
            "爱人赠我百蝶巾；",
            "回她什么：猫头鹰。",
            "从此翻脸不理我，",
            "不知何故兮使我心惊。",
            "一九二四年十月三日。",
        ];
        let blank = [false, true, false, true, false, true, false, true];
        assert_eq!(
            poem_lines(&lines, &blank),
            [false, true, true, true, true, true, true, false]
        );
        // Two such groups are a pair of short paragraphs, not a poem.
        assert_eq!(poem_lines(&lines[..5], &blank[..5]), [false; 5]);
        // Short sentences each on its line, a blank line between pairs, are prose.
        let prose = [
            "他来了。",
            "我走了。",
            "天黑了。",
            "灯亮了。",
            "雨停了。",
            "风起了。",
        ];
        let pairs = [true, false, true, false, true, false];
        assert_eq!(poem_lines(&prose, &pairs), [false; 6]);
    }

    #[test]
    fn a_run_of_capitalised_short_lines_is_a_poem() {
        let lines = [
            "She said it as she sat by the fire, and nobody answered her at all.",
            "How doth the little crocodile",
            "Improve his shining tail,",
            "And pour the waters of the Nile",
            "On every golden scale!",
            "Alice was not sure she had the words right.",
        ];
        let blank = [false, true, false, false, false, true];
        assert_eq!(
            poem_lines(&lines, &blank),
            [false, true, true, true, true, false]
        );
    }

    #[test]
    fn a_stanza_of_stopped_lines_next_to_a_poem_is_verse_too() {
        let lines = [
            "Piping down the valleys wild,",
            "Piping songs of pleasant glee,",
            "On a cloud I saw a child,",
            "And he laughing said to me:",
            "\"Pipe a song about a Lamb!\"",
            "So I piped with merry cheer.",
            "\"Piper, pipe that song again;\"",
            "So I piped: he wept to hear.",
            "He sang it twice over, and the children went home very happy indeed that day.",
            "Stop.",
            "Look here.",
        ];
        let blank = [
            true, false, false, false, true, false, false, false, true, true, false,
        ];
        let mut expected = [true; 11];
        expected[8..].fill(false);
        assert_eq!(poem_lines(&lines, &blank), expected);
    }

    #[test]
    fn short_sentences_and_addresses_are_no_poem() {
        let sentences = ["Stop.", "Look here.", "Come in.", "Sit down."];
        assert_eq!(poem_lines(&sentences, &[false; 4]), [false; 4]);
        let address = ["Mr. John Smith", "Acme Inc.", "12 Main Street", "Boston"];
        assert_eq!(poem_lines(&address, &[false; 4]), [false; 4]);
    }

    #[test]
    fn distinct_titles_in_italics_over_verse_are_poem_titles() {
        let lines = [
            "_Hymn to Humility_",
            "Of all the Christian virtues chief",
            "With modest charms, and mild relief,",
            "_Hymn to Contrition._",
            "Tenderest Herald of the sky,",
            "Nature's safeguard from perdition,",
            "_A Morning Hymn_",
            "Awake my soul!",
        ];
        let blank = [true, true, false, true, true, false, true, true];
        let verse = [false, true, true, false, true, true, false, false];
        assert_eq!(
            italic_poem_titles(&lines, &blank, &verse),
            [true, false, false, true, false, false, true, false]
        );
        // A speaker's name in italics coming back over its lines is no title.
        let names = [
            "_Witch_",
            "Now why didst thou",
            "_Ogre_",
            "But I have",
            "_Witch_",
            "I'll brew",
        ];
        let blank = [true; 6];
        let verse = [false, true, false, true, false, true];
        assert_eq!(italic_poem_titles(&names, &blank, &verse), [false; 6]);
        // One italic line over verse is an epigraph's or a shout's, not a collection.
        assert_eq!(
            italic_poem_titles(&lines[..3], &[true, true, false], &[false, true, true]),
            [false; 3]
        );
    }
}
