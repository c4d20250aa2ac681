//! Latin-script evidence for paragraph recovery: where lines were set one by one (verse,
//! a play's speeches, a poem), and where a break can only be a wrap.
//!
//! Verse opens every line in capitals; wrapped prose continues in lower case most of the
//! time. So a group of lines (between blank lines) whose lines all open in capitals is
//! set line by line and keeps its lines, however full they are. The other way round, a
//! line that ends without a sentence's or clause's punctuation, followed by a line that
//! opens in lower case, is one sentence broken for width, whatever the width of the
//! block (an indented letter is narrower than the page): those two lines always join in a
//! wrapped text. A text counts as wrapped by this evidence alone when such breaks recur,
//! as they do in a play whose short speeches hide the wrap width from the line widths.

use super::lines::Line;

/// Fewest lines in a group before its capitals mean verse.
const VERSE_GROUP_MIN: usize = 4;
/// Share of lines (after the first) that must open in capitals in a long group.
const VERSE_SHARE: f64 = 0.9;
/// Fewest mid-sentence breaks that make a text wrapped.
const WRAP_BREAKS_MIN: usize = 3;

/// The first letter of `line` (after quotes, brackets and underscores) is upper case:
/// Some(true); lower case: Some(false); no letter opens it: None.
fn opening_case(line: &str) -> Option<bool> {
    let c = line
        .trim_start_matches(['"', '\'', '“', '‘', '(', '[', '_', '*'])
        .chars()
        .next()?;
    if c.is_uppercase() {
        Some(true)
    } else if c.is_lowercase() {
        Some(false)
    } else {
        None
    }
}

/// True if and only if `line` ends without a sentence's or clause's punctuation.
fn open_ended(line: &str) -> bool {
    line.chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-' && !line.ends_with("--"))
}

/// True if and only if `next` must continue `prev` in a wrapped text: `prev` stops
/// mid-sentence and `next` opens in lower case, or `prev` stops on an article ("…once,
/// in the" / "Fifth Act…"), where no sentence or line of verse ends.
pub fn runs_on(prev: &str, next: &str) -> bool {
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    let article = matches!(last_word, "the" | "a" | "an" | "The" | "A" | "An")
        && prev.contains(' ')
        && opening_case(next).is_some();
    open_ended(prev) && (opening_case(next) == Some(false) || article)
}

/// Words a title in capitals cannot end on: a line of one stopping there runs on.
const TITLE_RUNS_ON: &[&str] = &[
    "TO", "OF", "AND", "THE", "A", "AN", "IN", "FOR", "WITH", "ON", "AT", "BY", "FROM", "OR",
    "NOR", "BUT", "INTO", "WHICH", "WHO", "WHERE", "WHEN",
];

/// True if and only if `next` continues a title in capitals that `prev` began, as a title
/// set over centred lines does ("IN WHICH WE ARE INTRODUCED TO" / "WINNIE-THE-POOH AND SOME
/// BEES," / "AND THE STORIES BEGIN"): both are short lines in capitals, and `prev` stops on
/// a comma or on a word no title ends with. Their indentation says nothing (centring).
pub fn continues_caps_title(prev: &str, next: &str) -> bool {
    let caps = |l: &str| {
        l.chars().count() <= 60
            && l.chars().any(|c| c.is_ascii_alphabetic())
            && !l
                .chars()
                .any(|c| c.is_lowercase() || crate::script::is_cjk(c))
    };
    let last = prev.rsplit(' ').next().unwrap_or("");
    caps(prev) && caps(next) && (prev.ends_with(',') || TITLE_RUNS_ON.contains(&last))
}

/// True if and only if the text's mid-sentence breaks recur (see the module doc).
pub fn wrapped_by_breaks(body: &str, lines: &[Line]) -> bool {
    let breaks = lines
        .windows(2)
        .filter(|w| !w[0].is_blank() && !w[1].is_blank() && !w[1].indented)
        .filter(|w| runs_on(w[0].text(body), w[1].text(body)))
        .count();
    breaks >= WRAP_BREAKS_MIN
}

/// For each line, true if it belongs to a group set line by line (see the module doc).
/// With the text's wrap `width`, a group whose lines mostly run full to it and stop
/// mid-sentence is wrapped prose whose lines happen to open in capitals, not verse.
pub fn line_by_line(body: &str, lines: &[Line], width: Option<usize>) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    // Short groups (a play's speeches between blank lines) are too short to tell on
    // their own; where nearly all of the text's groups open every line in capitals, it
    // is set line by line throughout.
    for group in capitalised_groups(body, lines) {
        out[group].fill(true);
    }
    for std::ops::Range { start, end } in groups(lines) {
        let cases: Vec<bool> = lines[start + 1..end]
            .iter()
            .filter_map(|l| opening_case(l.text(body)))
            .collect();
        let upper = cases.iter().filter(|&&u| u).count();
        let group = end - start;
        // Capitals say something only where most lines open with a letter that has a
        // case: in Chinese a few lines opening "V1.0" or "STEP" are no verse.
        let verse = group >= VERSE_GROUP_MIN
            && cases.len() + 1 >= VERSE_GROUP_MIN
            && cases.len() * 2 >= group
            && if group >= 10 {
                upper as f64 >= VERSE_SHARE * cases.len() as f64
            } else {
                upper == cases.len()
            };
        let full_and_open = |l: &Line| {
            let text = l.text(body);
            width.is_some_and(|w| crate::script::columns(text) + w / 8 >= w) && open_ended(text)
        };
        let wrapped = lines[start..end - 1]
            .iter()
            .filter(|l| full_and_open(l))
            .count();
        // A long group whose lines, in mixed case, nearly all open in capitals is verse
        // even where its lines run full (blank verse sets every line near one length):
        // wrapped prose opens a line in capitals only where a sentence or a name falls.
        let mixed_upper = lines[start + 1..end]
            .iter()
            .map(|l| l.text(body))
            .filter(|t| opening_case(t) == Some(true) && t.chars().any(char::is_lowercase))
            .count();
        let plainly_verse = group >= 10 && mixed_upper as f64 >= VERSE_SHARE * cases.len() as f64;
        if verse && (wrapped * 2 <= group || plainly_verse) {
            out[start..end].fill(true);
        }
    }
    out
}

/// The groups of `lines` between blank lines, as index ranges, in order.
fn groups(lines: &[Line]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < lines.len() && lines[start].is_blank() {
            start += 1;
        }
        let first = start;
        while start < lines.len() && !lines[start].is_blank() {
            start += 1;
        }
        (start > first).then_some(first..start)
    })
}

/// Fewest groups of two lines or more, every line opening in a capital, that make a
/// text set line by line throughout.
const CAPITAL_GROUPS_MIN: usize = 3;

/// The groups (between blank lines) of two lines or more whose lines
/// all open in capitals, in mixed case, when at least [`CAPITAL_GROUPS_MIN`] of them
/// make up nine in ten of the text's groups of two lines or more that open with letters:
/// wrapped prose opens a continuation line in capitals only where a sentence or a name
/// falls, so it never does that group after group. Empty otherwise.
fn capitalised_groups(body: &str, lines: &[Line]) -> Vec<std::ops::Range<usize>> {
    let mut capitalised = Vec::new();
    let mut cased_groups = 0usize;
    for group in groups(lines) {
        let texts: Vec<&str> = lines[group.clone()].iter().map(|l| l.text(body)).collect();
        let cases: Vec<Option<bool>> = texts.iter().map(|t| opening_case(t)).collect();
        if texts.len() >= 2 && cases.iter().all(Option::is_some) {
            cased_groups += 1;
            let mixed = texts.iter().all(|t| t.chars().any(char::is_lowercase));
            if mixed && cases.iter().all(|&c| c == Some(true)) {
                capitalised.push(group);
            }
        }
    }
    let enough =
        capitalised.len() >= CAPITAL_GROUPS_MIN && capitalised.len() * 10 >= cased_groups * 9;
    if enough {
        capitalised
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::plain_lines;
    use super::*;

    #[test]
    fn capitals_on_every_line_are_verse() {
        let poem = "Two households, both alike in dignity,\nIn fair Verona, where we lay our scene,\nFrom ancient grudge break to new mutiny,\nWhere civil blood makes civil hands unclean.\n\nProse runs on here and it\ncontinues in lower case.\n";
        let (body, lines) = plain_lines(poem);
        let set = line_by_line(&body, &lines, None);
        assert_eq!(set[..4], [true, true, true, true]);
        assert!(!set[5] && !set[6]);
    }

    #[test]
    fn short_speeches_opening_every_line_in_capitals_are_set_line_by_line() {
        // A play whose speeches stand between blank lines, each too short to tell alone.
        let play = "DUKE\n\nIf music be the food of love, play on;\nGive me excess of it, that, surfeiting,\n\
The appetite may sicken, and so die.\n\nCURIO\n\nWill you go hunt, my lord?\nThe hart, my lord.\n\n\
DUKE\n\nWhy, so I do, the noblest that I have:\nO, when mine eyes did see Olivia first,\n\n\
VALENTINE\n\nSo please my lord, I might not be admitted;\nBut from her handmaid do return this answer:\n";
        let (body, lines) = plain_lines(play);
        let set = line_by_line(&body, &lines, Some(44));
        assert!(set[2] && set[3] && set[4], "{set:?}");
        // Wrapped prose opens a continuation line in capitals only now and then.
        let prose = "It was late. The rain had\nstopped and the street was\nquiet.\n\n\
She came in. Nobody had\nseen her since March, and\nnobody asked.\n\n\
They ate. The soup was cold\nbut nobody said so. Then\nHenry laughed.\n";
        let (body, lines) = plain_lines(prose);
        assert!(line_by_line(&body, &lines, Some(26))
            .iter()
            .all(|&set| !set));
    }

    #[test]
    fn chinese_lines_with_a_few_latin_openings_are_no_verse() {
        let text = "版本历史\nV1.0 20230712\n创建说明\nV1.1 20230926\n新增第三项内容。\n\
V1.2 20240312\n本文档是本所互联网交易平台非交易业务市场参与\n者相关业务技术实施指南。\n";
        let (body, lines) = plain_lines(text);
        assert!(line_by_line(&body, &lines, Some(60))
            .iter()
            .all(|&set| !set));
    }

    #[test]
    fn blank_verse_running_full_is_verse_but_capitals_are_not() {
        let milton = "Of Man's first disobedience, and the fruit\n\
Of that forbidden tree whose mortal taste\n\
Brought death into the World, and all our woe,\n\
With loss of Eden, till one greater Man\n\
Restore us, and regain the blissful seat,\n\
Sing, Heavenly Muse, that, on the secret top\n\
Of Oreb, or of Sinai, didst inspire\n\
That shepherd who first taught the chosen seed\n\
In the beginning how the heavens and earth\n\
Rose out of Chaos: or, if Sion hill\n\
Delight thee more, and Siloa's brook that flowed\n";
        let (body, lines) = plain_lines(milton);
        let set = line_by_line(&body, &lines, Some(48));
        assert!(set[..11].iter().all(|&v| v));
        let shouting = "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY\n".repeat(11);
        let (body, lines) = plain_lines(&shouting);
        assert!(!line_by_line(&body, &lines, Some(56)).iter().any(|&v| v));
    }

    #[test]
    fn a_centred_title_in_capitals_runs_on_from_a_comma_or_a_linking_word() {
        assert!(continues_caps_title(
            "IN WHICH WE ARE INTRODUCED TO",
            "WINNIE-THE-POOH AND SOME BEES,"
        ));
        assert!(continues_caps_title(
            "WINNIE-THE-POOH AND SOME BEES,",
            "AND THE STORIES BEGIN"
        ));
        assert!(!continues_caps_title("SONGS OF THEL", "WILLIAM BLAKE"));
        assert!(!continues_caps_title("CHAPTER I.", "THE PERIOD"));
        assert!(!continues_caps_title("IN WHICH WE GO TO", "the town"));
    }

    #[test]
    fn a_break_before_lower_case_is_a_wrap() {
        assert!(runs_on(
            "so; but then, you will exclaim. He is",
            "so, after all."
        ));
        assert!(!runs_on("He said so.", "then he left."));
        assert!(runs_on("in Verona; once, in the", "Fifth Act, at Mantua."));
        assert!(!runs_on("A", "B"));
        assert!(!runs_on(
            "In fair Verona, where we lay our scene,",
            "From ancient grudge"
        ));
        let text = "a line that stops\nhere and goes on\nand on, and\nso it runs\nto the end.\n";
        let (body, lines) = plain_lines(text);
        assert!(wrapped_by_breaks(&body, &lines));
    }
}
