//! The 回目 of a Chinese novel: a chapter's title set as a couplet, two halves of the same
//! length made of ideographs alone ("灵根育孕源流出　心性修持大道生"), parted by a space
//! or a comma. After "第N回" the couplet is the chapter's title however it is punctuated
//! ("第二回：悟彻菩提真妙理，断魔归本合元神"); a couplet led by an asterisk or an
//! ornament ("*王孝廉村學識同科　周蒙師暮年登上第") is a chapter heading with no number,
//! as some editions set them. A novel's prologue (楔子, 引子) carries a couplet title
//! too, in place of the number: "楔子　张天师祈禳瘟疫　洪太尉误走妖魔".

use crate::script::is_han;

/// Shortest half of a couplet title, in characters.
const HALF_MIN: usize = 3;
/// Longest half of a couplet title, in characters.
const HALF_MAX: usize = 12;

/// True if and only if `text` (separators after a chapter number aside) is a couplet:
/// exactly two halves of ideographs of the same length (one more or less allowed),
/// parted by white space or by one comma or semicolon.
pub(crate) fn is_couplet(text: &str) -> bool {
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || "：:、.．".contains(c));
    let body = body.trim_end();
    let halves: Vec<&str> = body
        .split(|c: char| c.is_whitespace() || "，,；;".contains(c))
        .filter(|h| !h.is_empty())
        .collect();
    let [a, b] = halves.as_slice() else {
        return false;
    };
    let (la, lb) = (a.chars().count(), b.chars().count());
    [la, lb].iter().all(|l| (HALF_MIN..=HALF_MAX).contains(l))
        && la.abs_diff(lb) <= 1
        && a.chars().chain(b.chars()).all(is_han)
}

/// The words that head a novel's prologue in place of a chapter number.
const PROLOGUE_WORDS: &[&str] = &["楔子", "引子"];

/// True if and only if `line` heads a novel's prologue: the prologue's word (written
/// twice in some e-books, "楔子 楔子"), then a couplet title.
pub(crate) fn is_prologue(line: &str) -> bool {
    let mut rest = line.trim();
    let mut words = 0;
    while let Some(r) = PROLOGUE_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r.trim_start();
        words += 1;
    }
    words > 0 && is_couplet(rest)
}

/// The length in bytes of the asterisks or ornaments that lead a couplet heading, if
/// `line` is one.
pub(crate) fn led_couplet(line: &str, ornaments: &[char]) -> Option<usize> {
    let rest = line.trim_start_matches(|c: char| c == '*' || c == '＊' || ornaments.contains(&c));
    let lead = line.len() - rest.len();
    (lead > 0 && is_couplet(rest)).then_some(lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn couplets_of_equal_halves_of_ideographs() {
        assert!(is_couplet("灵根育孕源流出　心性修持大道生"));
        assert!(is_couplet("：悟彻菩提真妙理，断魔归本合元神"));
        assert!(is_couplet("径回东土　五圣成真"));
        // A sentence, a half with punctuation, or one half only: not a couplet.
        assert!(!is_couplet(
            "却说美猴王荣归故里，自剿了混世魔王，夺了一口大刀"
        ));
        assert!(!is_couplet("话说纣王听奏大喜。即时还宫"));
        assert!(!is_couplet("纣王女娲宫进香"));
        assert!(!is_couplet("天下大势　分久必合合久必分"));
    }

    #[test]
    fn a_prologue_word_over_a_couplet_heads_the_prologue() {
        assert!(is_prologue("楔子 楔子　张天师祈禳瘟疫　洪太尉误走妖魔"));
        assert!(is_prologue("楔子　张天师祈禳瘟疫　洪太尉误走妖魔"));
        assert!(!is_prologue("楔子"));
        assert!(!is_prologue("楔子是一部小说开头的部分，用来引起正文。"));
        let text = "话说大宋仁宗天子在位。\n上卷 第一回　王教头私走延安府　九纹龙大闹史家村\n话说故宋，哲宗皇帝在时。\n";
        assert_eq!(
            crate::structure::test_support::plain_kinds(text)[1],
            "heading"
        );
    }

    #[test]
    fn an_asterisk_or_an_ornament_leads_a_couplet_heading() {
        assert_eq!(
            led_couplet("*說楔子敷陳大義　借名流隱括全文", &['●']),
            Some(1)
        );
        assert_eq!(
            led_couplet("●宴桃园豪杰三结义　斩黄巾英雄首立功", &['●']),
            Some(3)
        );
        assert_eq!(led_couplet("说楔子敷陈大义　借名流隐括全文", &['●']), None);
        assert_eq!(led_couplet("*注意：请按时报送。", &['●']), None);
    }
}
