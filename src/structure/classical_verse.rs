//! Classical Chinese verse in prose: the poems, ci and parallel-prose set pieces a novel
//! or a speech quotes on lines of their own.
//!
//! A line made of an even number of clauses of five or seven ideographs each ("满纸荒唐言，
//! 一把辛酸泪！") is a line of verse wherever it stands: that is its metre. A novel also
//! announces its verse: after "诗曰：", "有诗为证：", "正是：", "但见：", "怎见得：",
//! "真个是：" and the like comes a poem or a set piece of short parallel clauses ("瑞霭纷
//! 纭，金銮殿上坐君王；祥光缭绕，白玉阶前列文武。"), verse though its clauses are of
//! several lengths, and so are the short lines of the same shape that follow it. A line of
//! short clauses standing between two lines of verse (a ci's "休漏泄，体中藏，……" inside a
//! poem of sevens) is verse too.
//!
//! Verse also shares a line with prose, where an edition ran the lines together: the
//! piece run in after "正是：" at the end of a prose line, a poem's last line with the
//! prose after it, a set piece running on into the next paragraph. A typesetter finds
//! the seam by the piece's shape: its sentences pair their clauses (4+4, 7+7, 4+7+4+7),
//! prose does not. [`run_in_verse`] says where to cut such lines.

use super::text::char_len;
use crate::script::is_han;

/// Marks that end a line or a clause of verse.
const VERSE_ENDS: &[char] = &['，', '。', '！', '？', '；', '：'];

/// The words that announce a poem or a set piece on the next line, before its colon.
const INTRODUCTIONS: &[&str] = &[
    "诗曰",
    "诗云",
    "词曰",
    "词云",
    "赋曰",
    "赞曰",
    "偈曰",
    "颂曰",
    "歌曰",
    "有诗为证",
    "有词为证",
    "有赋为证",
    "有诗赞曰",
    "但见",
    "但见那",
    "怎见得",
    "正是",
    "正是那",
    "真个是",
    "果然是",
    "古风一首",
    "有分教",
    "恰似",
    "吟道",
];

/// Marks that end a sentence, before the closing quotes that may follow them.
const SENTENCE_ENDS: &[char] = &['。', '！', '？'];
/// Quotation marks around verse.
const QUOTES: &[char] = &['“', '”', '「', '」', '"'];
/// Words for a poem that, a few characters before "曰：" or "道：", announce one
/// ("后人有诗赞玄德曰：", "有首牧童诗道得好：").
const POEM_WORDS: &[char] = &['诗', '词', '赋', '偈'];
/// How near the end of the announcing words the word for the poem stands, in characters.
const POEM_WORD_REACH: usize = 6;
/// Endings of the words that announce a poem named just before them.
const SAYING_ENDS: &[&str] = &["曰", "云", "道", "道得好", "为证"];
/// Fewest clauses of a set piece that runs on into prose after announcing words.
const RUN_ON_PIECE_MIN: usize = 4;
/// Fewest clauses of a set piece known by its shape alone after a line ending in a colon
/// ("你看他一个个：" / "跳树攀枝，采花觅果；抛弹子，邷么儿；……").
const UNANNOUNCED_PIECE_MIN: usize = 8;
/// Particles of the spoken language that narrative prose uses and set pieces do not
/// ("一群猴子耍了一会"): two clauses of the same length that use one pair by chance.
const PROSE_PARTICLES: &[char] = &['了', '们', '吗', '呢', '吧'];
/// The storyteller's formula that closes a 章回 chapter ("未知胜负如何，且听下文分解。"): prose,
/// however its clauses pair.
const CHAPTER_CLOSINGS: &[&str] = &["下回分解", "下文分解", "下回便见", "下回便知"];
/// Fewest couplet lines in a row that make a poem of their own.
const COUPLET_RUN_MIN: usize = 3;
/// Clauses in a whole quatrain; a poem's lines make whole quatrains.
const QUATRAIN: usize = 4;
/// Shortest clause counted in a poem's quatrains (the 1-character cries of a "难！难！难！"
/// line are no lines of it).
const POEM_CLAUSE_MIN: usize = 3;

/// Longest clause of a set piece, in ideographs.
const SET_PIECE_CLAUSE_MAX: usize = 9;
/// Longest line of verse that follows a set piece, or stands between two lines of verse.
const FOLLOWING_LINE_MAX: usize = 40;

/// True if `line` is a line of classical verse: two, four or more clauses (ended by
/// ，。！？；, or ： before the next line) of five or seven ideographs each, the same length throughout, nothing else
/// but quotation marks.
fn is_classical_verse(line: &str) -> bool {
    let body = line.trim().trim_matches(QUOTES);
    if !body.ends_with(VERSE_ENDS) {
        return false;
    }
    let clauses: Vec<&str> = body.split(VERSE_ENDS).filter(|c| !c.is_empty()).collect();
    let Some(first) = clauses.first() else {
        return false;
    };
    let metre = first.chars().count();
    // A couplet pairs different words (对仗); clauses that open or close alike are the
    // parallelism of prose and speeches (排比: "我们要……，我们要……", "……万岁！……万岁！").
    let ends = |c: &&str| {
        let chars: Vec<char> = c.chars().collect();
        (chars[..2].to_vec(), chars[chars.len() - 2..].to_vec())
    };
    // Only asked once every clause has the metre's length, five or seven.
    let alike = || {
        clauses.iter().enumerate().any(|(i, a)| {
            clauses[i + 1..].iter().any(|b| {
                let ((a_open, a_close), (b_open, b_close)) = (ends(a), ends(b));
                a_open == b_open || a_close == b_close
            })
        })
    };
    clauses.len() >= 2
        && clauses.len().is_multiple_of(2)
        && matches!(metre, 5 | 7)
        && clauses
            .iter()
            .all(|c| c.chars().count() == metre && c.chars().all(is_han))
        && !alike()
}

/// True if `line` announces verse on the next line ("……有诗为证：", "但见：", "后人有诗赞
/// 玄德曰："), or ends on the announcing word alone with a stop for its colon ("……果然好座
/// 大山。正是。"). Such a line is the paragraph before a poem, never a salutation.
pub(crate) fn introduces_verse(line: &str) -> bool {
    let line = line.trim_end();
    if let Some(before) = line.strip_suffix(['：', ':']) {
        return announces(before);
    }
    line.strip_suffix('。').is_some_and(|before| {
        let last = before.rsplit(SENTENCE_ENDS).next().unwrap_or(before);
        INTRODUCTIONS.contains(&last)
    })
}

/// True if `before` (the words before a colon) ends on words announcing verse.
fn announces(before: &str) -> bool {
    if INTRODUCTIONS.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    let tail: String = {
        let chars: Vec<char> = before.chars().collect();
        chars[chars.len().saturating_sub(POEM_WORD_REACH)..]
            .iter()
            .collect()
    };
    tail.contains(POEM_WORDS) && SAYING_ENDS.iter().any(|e| before.ends_with(e))
}

/// The sentences `text` opens with, each as its end (in bytes, closing quotes included)
/// and its text; what follows the last sentence's end is left out.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !SENTENCE_ENDS.contains(&c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(q, quote)) = chars.peek().filter(|(_, q)| QUOTES.contains(q)) {
            end = q + quote.len_utf8();
            chars.next();
        }
        out.push((end, &text[start..end]));
        start = end;
    }
    out
}

/// The number of clauses of `sentence` if it pairs them as a set piece does: an even
/// number of clauses of ideographs, at most `SET_PIECE_CLAUSE_MAX` each, that pair off
/// two by two (4+4, 7+7) or half against half (4+7, 4+7). A closing "正是" before the
/// last couplet does not count.
fn paired_clauses(sentence: &str) -> Option<usize> {
    let body = sentence.trim().trim_matches(QUOTES);
    if CHAPTER_CLOSINGS.iter().any(|w| body.contains(w)) {
        return None;
    }
    let mut lens: Vec<usize> = Vec::new();
    for (k, clause) in body.split(VERSE_ENDS).filter(|c| !c.is_empty()).enumerate() {
        let announced = INTRODUCTIONS
            .iter()
            .find_map(|w| clause.strip_prefix(w))
            .filter(|rest| k == 0 && char_len(rest) >= 3);
        let clause = announced.unwrap_or(clause);
        if !clause.chars().all(is_han) || clause.contains(PROSE_PARTICLES) {
            return None;
        }
        lens.push(clause.chars().count());
    }
    let n = lens.len();
    if n < 2 || !n.is_multiple_of(2) || lens.iter().any(|&l| l > SET_PIECE_CLAUSE_MAX) {
        return None;
    }
    let by_twos = lens.chunks(2).all(|p| p[0] == p[1]);
    let halves = lens[..n / 2] == lens[n / 2..];
    (by_twos || halves).then_some(n)
}

/// The length in bytes of the set piece `text` opens with (its paired sentences, see
/// [`paired_clauses`]), and its number of clauses; (0, 0) if it opens with prose.
fn piece_prefix(text: &str) -> (usize, usize) {
    let (mut len, mut clauses) = (0, 0);
    for (end, sentence) in sentences(text) {
        let Some(n) = paired_clauses(sentence) else {
            break;
        };
        (len, clauses) = (end, clauses + n);
    }
    (len, clauses)
}

/// True if `line` is a long set piece known by its shape alone: all its sentences pair
/// their clauses, `UNANNOUNCED_PIECE_MIN` clauses or more, not a quoted speech.
fn is_long_piece(line: &str) -> bool {
    let (len, clauses) = piece_prefix(line);
    len == line.len() && clauses >= UNANNOUNCED_PIECE_MIN && !line.starts_with(QUOTES)
}

/// True if `line` is the couplet that closes a set piece on a line of its own ("几树青松
/// 常带雨，浑然相个人家。"), ended by a stop.
fn is_closing_couplet(line: &str) -> bool {
    line.trim().ends_with(SENTENCE_ENDS) && is_couplet_line(line)
}

/// True if `line` is a couplet of verse set as a line ("路漫漫其修远兮，吾将上下而求索。"):
/// two halves of ideographs, the first of five or seven (a line of verse), the second as
/// long or one shorter, ended by a clause's or a sentence's mark.
fn is_couplet_line(line: &str) -> bool {
    let Some(body) = line.trim().strip_suffix(VERSE_ENDS) else {
        return false;
    };
    let halves: Vec<usize> = body.split(['，', '；']).map(char_len).collect();
    super::couplet::is_couplet(body)
        && !body.contains(PROSE_PARTICLES)
        && matches!(halves.as_slice(), &[a @ (5 | 7), b] if b <= a && a - b <= 1)
}

/// Where each of `lines` (trimmed, non-blank) is to be cut so that verse sharing it with
/// prose stands on a line of its own: the byte offsets of the cuts, none for most lines.
/// Verse is run in after announcing words at the end of prose ("……正是：鸿蒙初辟原无姓，
/// 打破顽空须悟空。", prose after it cut off too); a poem's last line, of its metre, runs
/// into prose ("……称王称圣任纵横。美猴王领……"); a set piece after announcing words, or a
/// long one after a colon, runs on into prose ("……万劫无移大地根。那座山，……").
pub(crate) fn run_in_verse(lines: &[&str]) -> Vec<Vec<usize>> {
    let verse = classical_verse_lines(lines);
    (0..lines.len())
        .map(|i| {
            let line = lines[i];
            if let Some(at) = announced_run_in(line) {
                let rest = &line[at..];
                // A set piece ends on its last paired sentence: what follows it is the
                // prose taking up again ("……负心人！毕竟董卓性命如何，且听下文分解。").
                let len = match is_set_piece(rest) {
                    true => sentences(rest)
                        .into_iter()
                        .filter(|(_, s)| paired_clauses(s).is_some())
                        .map(|(end, _)| end)
                        .next_back()
                        .unwrap_or(rest.len()),
                    false => piece_prefix(rest).0,
                };
                return match len == rest.len() {
                    true => vec![at],
                    false => vec![at, at + len],
                };
            }
            let Some(prev) = i.checked_sub(1).map(|p| lines[p]) else {
                return Vec::new();
            };
            let (len, clauses) = piece_prefix(line);
            if len == 0 || len == line.len() {
                return Vec::new();
            }
            let head = &line[..len];
            let poem_ends = verse[i - 1]
                && is_classical_verse(head)
                && first_clause_len(head) == last_clause_len(prev)
                && (poem_clauses(&lines[..i], &verse[..i]) + poem_clauses(&[head], &[true]))
                    .is_multiple_of(QUATRAIN);
            let piece_runs_on = introduces_verse(prev) && clauses >= RUN_ON_PIECE_MIN
                || prev.ends_with(['：', ':'])
                    && clauses >= UNANNOUNCED_PIECE_MIN
                    && !line.starts_with(QUOTES);
            match poem_ends || piece_runs_on && !verse[i] {
                true => vec![len],
                false => Vec::new(),
            }
        })
        .collect()
}

/// The clauses (of `POEM_CLAUSE_MIN` characters or more) of the verse lines that end
/// `lines`: the poem so far, whose lines a last one run into prose would complete.
fn poem_clauses(lines: &[&str], verse: &[bool]) -> usize {
    let run = verse.iter().rev().take_while(|&&v| v).count();
    lines[lines.len() - run..]
        .iter()
        .flat_map(|l| clauses(l))
        .filter(|c| char_len(c) >= POEM_CLAUSE_MIN)
        .count()
}

/// Where verse run in after announcing words begins in `line` (just after their colon),
/// if it does: the words end a stretch of prose, a set piece or paired sentences follow.
fn announced_run_in(line: &str) -> Option<usize> {
    line.char_indices()
        .filter(|&(at, c)| c == '：' && at > 0 && announces(&line[..at]))
        .map(|(at, c)| at + c.len_utf8())
        .find(|&at| {
            let rest = &line[at..];
            !rest.is_empty() && (is_set_piece(rest) || piece_prefix(rest).0 > 0)
        })
}

/// True if `line` is shaped like a set piece: two clauses or more of at most
/// `SET_PIECE_CLAUSE_MAX` ideographs each, nothing else but the marks between them and
/// quotation marks around the whole.
fn is_set_piece(line: &str) -> bool {
    let body = line.trim().trim_matches(QUOTES);
    if !body.ends_with(VERSE_ENDS) {
        return false;
    }
    let clauses: Vec<&str> = body.split(VERSE_ENDS).filter(|c| !c.is_empty()).collect();
    clauses.len() >= 2
        && clauses
            .iter()
            .all(|c| c.chars().count() <= SET_PIECE_CLAUSE_MAX && c.chars().all(is_han))
}

/// For each of `lines` (trimmed, non-blank), whether it is a line of classical verse:
/// by its metre, by the words announcing it (and the lines of its shape after it), or
/// standing between two lines of verse and closing on their metre.
pub(crate) fn classical_verse_lines(lines: &[&str]) -> Vec<bool> {
    let mut verse: Vec<bool> = lines.iter().map(|l| is_classical_verse(l)).collect();
    let mut i = 1;
    while i < lines.len() {
        if !(introduces_verse(lines[i - 1]) && is_set_piece(lines[i])) {
            i += 1;
            continue;
        }
        verse[i] = true;
        // A poem's further lines: short, of its metre, not announcing anything.
        let first = i;
        i += 1;
        while i < lines.len()
            && char_len(lines[first]) <= FOLLOWING_LINE_MAX
            && char_len(lines[i]) <= FOLLOWING_LINE_MAX
            && first_clause_len(lines[i]) == first_clause_len(lines[first])
            && !lines[i].trim_end().ends_with(['：', ':'])
            && is_set_piece(lines[i])
        {
            verse[i] = true;
            i += 1;
        }
        // A piece on one long line may close on a couplet of its own.
        let long = char_len(lines[first]) > FOLLOWING_LINE_MAX;
        if i < lines.len() && i == first + 1 && long && is_closing_couplet(lines[i]) {
            verse[i] = true;
            i += 1;
        }
    }
    for i in 1..lines.len() {
        if lines[i - 1].ends_with(['：', ':']) && is_long_piece(lines[i]) {
            verse[i] = true;
        }
    }
    // Couplets a line each, three or more in a row, are a poem whatever their metre (an
    // epigraph from the 离骚: "朝发轫于苍梧兮，夕余至乎县圃；").
    let couplets: Vec<bool> = lines.iter().map(|l| is_couplet_line(l)).collect();
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&k| !couplets[k])
            .unwrap_or(lines.len());
        if end - start >= COUPLET_RUN_MIN {
            verse[start..end].fill(true);
        }
        start = end + 1;
    }
    let metred = verse.clone();
    for i in 1..lines.len().saturating_sub(1) {
        if metred[i - 1] && metred[i + 1] && char_len(lines[i]) <= FOLLOWING_LINE_MAX {
            let same_close = last_clause_len(lines[i]) == first_clause_len(lines[i - 1]);
            verse[i] |= same_close && is_set_piece(lines[i]);
        }
    }
    verse
}

/// The clauses of `line`, quotation marks around it aside.
fn clauses(line: &str) -> impl DoubleEndedIterator<Item = &str> {
    line.trim()
        .trim_matches(QUOTES)
        .split(VERSE_ENDS)
        .filter(|c| !c.is_empty())
}

/// The length of `line`'s first clause (its metre, in a line of verse).
fn first_clause_len(line: &str) -> usize {
    clauses(line).next().map_or(0, |c| c.chars().count())
}

/// The length of `line`'s last clause: a ci's line closes on the poem's metre.
fn last_clause_len(line: &str) -> usize {
    clauses(line).next_back().map_or(0, |c| c.chars().count())
}

#[cfg(test)]
#[path = "classical_verse_tests.rs"]
mod tests;
