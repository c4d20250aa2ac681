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
];

/// Longest clause of a set piece, in ideographs.
const SET_PIECE_CLAUSE_MAX: usize = 9;
/// Longest line of verse that follows a set piece, or stands between two lines of verse.
const FOLLOWING_LINE_MAX: usize = 40;

/// True if `line` is a line of classical verse: two, four or more clauses (ended by
/// ，。！？；, or ： before the next line) of five or seven ideographs each, the same length throughout, nothing else
/// but quotation marks.
fn is_classical_verse(line: &str) -> bool {
    let body = line.trim().trim_matches(['“', '”', '「', '」', '"']);
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

/// True if `line` announces verse on the next line ("……有诗为证：", "但见：").
fn introduces_verse(line: &str) -> bool {
    let Some(before) = line.trim_end().strip_suffix(['：', ':']) else {
        return false;
    };
    INTRODUCTIONS.iter().any(|w| before.ends_with(w))
}

/// True if `line` is shaped like a set piece: two clauses or more of at most
/// `SET_PIECE_CLAUSE_MAX` ideographs each, nothing else but the marks between them and
/// quotation marks around the whole.
fn is_set_piece(line: &str) -> bool {
    let body = line.trim().trim_matches(['“', '”', '「', '」', '"']);
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
        .trim_matches(['“', '”', '「', '」', '"'])
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
mod tests {
    use super::*;

    #[test]
    fn classical_verse_by_its_metre() {
        assert!(is_classical_verse(
            "满纸荒唐言，一把辛酸泪！都云作者痴，谁解其中味？"
        ));
        assert!(is_classical_verse("“长风破浪会有时，直挂云帆济沧海。”"));
        assert!(!is_classical_verse("坚持稳中求进，推动高质量发展。"));
        assert!(!is_classical_verse("不忘初心，牢记使命。"));
        assert!(!is_classical_verse("他笑道，你且去吧。"));
        assert!(!is_classical_verse("我们要团结一致，我们要艰苦奋斗。"));
        assert!(!is_classical_verse("人民共和国万岁，共产党党员万岁！"));
        assert!(!is_classical_verse("好，好，好。"));
        let lines = ["那僧笑道：", "满纸荒唐言，一把辛酸泪！", "说毕便走了。"];
        assert_eq!(classical_verse_lines(&lines), [false, true, false]);
    }

    #[test]
    fn a_line_that_ends_in_a_colon_keeps_its_metre() {
        assert!(is_classical_verse("三十一世传殷纣，商家脉络如断弦："));
    }

    #[test]
    fn announced_set_pieces_and_the_lines_after_them_are_verse() {
        let lines = [
            "一日，纣王早朝登殿，设聚文武。但见：",
            "瑞霭纷纭，金銮殿上坐君王；祥光缭绕，白玉阶前列文武。",
            "天子问当驾官：“有奏章出班，无事朝散。”言未毕，只见右班中一人出班。",
        ];
        assert_eq!(classical_verse_lines(&lines), [false, true, false]);
        // A long set piece announces no further lines; prose after it stays prose.
        let piece = [
            "真个好山！有词赋为证。赋曰：",
            "势镇汪洋，威宁瑶海。势镇汪洋，潮涌银山鱼入穴；威宁瑶海，波翻雪浪蜃离渊。木火方隅高积上，东海之处耸崇巅。",
            "那猴在山中，却会行走跳跃。你看他一个个：",
        ];
        assert_eq!(classical_verse_lines(&piece), [false, true, false]);
        // Dialogue after "道：" is no set piece, however short its clauses.
        let talk = ["悟空道：", "“师父，弟子在此，跪候多时。”", "祖师大喜。"];
        assert_eq!(classical_verse_lines(&talk), [false; 3]);
    }

    #[test]
    fn a_line_of_short_clauses_between_lines_of_verse_is_verse() {
        let lines = [
            "都来总是精气神，谨固牢藏休漏泄。",
            "休漏泄，体中藏，汝受吾传道自昌。",
            "口诀记来多有益，屏除邪欲得清凉。",
            "得清凉，光皎洁，好向丹台赏明月。",
            "月藏玉兔日藏乌，自有龟蛇相盘结。",
        ];
        assert_eq!(classical_verse_lines(&lines), [true; 5]);
        let prose = [
            "满纸荒唐言，一把辛酸泪！",
            "他笑道，你且去吧，明日再来。",
            "都云作者痴，谁解其中味？",
        ];
        assert!(!classical_verse_lines(&prose)[1]);
    }
}
