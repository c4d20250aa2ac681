//! Tests of the line breaker: each Chinese rule, the seed's tricky lines, and a
//! property test over random CJK + ASCII + punctuation strings.

use super::*;
use crate::layout::fallback::FontSet;
use crate::layout::text::{StyledText, TextBuilder};
use crate::model::StyleKind;
use crate::style::Style;

/// `text` in the speech body face at 16 pt, on the grid.
fn styled(text: &str) -> StyledText {
    let style = Style::builtin(StyleKind::Speech);
    let book = crate::fonts::FontBook::default();
    let mut fonts = FontSet::new(&book, true);
    let mut b = TextBuilder::new(&mut fonts, &style, false);
    b.push_str(text, &style.faces.body, 16.0, 0).unwrap();
    b.finish()
}

fn cell() -> f64 {
    Style::builtin(StyleKind::Speech).char_pitch().0
}

/// The lines of `text` fitted `cells` grid cells wide.
fn lines(text: &str, cells: f64) -> Vec<String> {
    let t = styled(text);
    spans(&t, cells)
        .iter()
        .map(|s| visible(&t.glyphs[s.start..s.end]).map(|g| g.ch).collect())
        .collect()
}

/// The glyphs of `glyphs` that stand for characters of the text (not the space set
/// between an ideograph and a Latin letter or digit).
fn visible(glyphs: &[Glyph]) -> impl Iterator<Item = &Glyph> {
    glyphs.iter().filter(|g| !g.is_han_western_space())
}

fn spans(t: &StyledText, cells: f64) -> Vec<LineSpan> {
    let allowed = break_opportunities(&t.glyphs, &mut String::new());
    let opts = FitOptions {
        first_width: cells * cell(),
        width: cells * cell(),
        squeeze: true,
        max_shrink: 0.6,
        keep_leading_spaces: false,
        ragged: false,
    };
    fit_lines(&t.glyphs, &allowed, &opts)
}

/// For each character of `text`, whether a line may break before it.
fn allowed_before(text: &str) -> Vec<bool> {
    let glyphs = styled(text).glyphs;
    let allowed = break_opportunities(&glyphs, &mut String::new());
    glyphs
        .iter()
        .zip(allowed)
        .filter(|(g, _)| !g.is_han_western_space())
        .map(|(_, a)| a)
        .collect()
}

#[test]
fn no_line_starts_with_a_closing_or_pause_mark() {
    for mark in "，。、；：？！）》」』〕】”’…—·".chars() {
        let text = format!("一二{mark}三");
        assert!(!allowed_before(&text)[2], "break allowed before {mark}");
    }
}

#[test]
fn no_line_ends_with_an_opening_mark() {
    for mark in "（《「『〔【“‘".chars() {
        let text = format!("一{mark}二三");
        assert!(!allowed_before(&text)[2], "break allowed after {mark}");
    }
}

#[test]
fn quotes_next_to_ideographs_allow_breaks_outside_them() {
    // UAX #14 forbids both; Chinese allows a break before “ and after ”.
    let a = allowed_before("落实“两个”要求");
    assert!(a[2], "before the opening quote");
    assert!(!a[3], "after the opening quote");
    assert!(!a[5], "before the closing quote");
    assert!(a[6], "after the closing quote");
}

#[test]
fn dashes_ellipses_numbers_and_words_stay_whole() {
    let a = allowed_before("甲——乙……丙2023年word字");
    // 甲0 —1 —2 乙3 …4 …5 丙6 2(7) 0 2 3 年11 w12 o r d 字16
    assert!(!a[1] && !a[2], "—— split or starting a line");
    assert!(!a[4] && !a[5], "…… split or starting a line");
    assert!(!a[8] && !a[9] && !a[10], "2023 split");
    assert!(!a[13] && !a[14] && !a[15], "word split");
    assert!(a[3] && a[6], "ideographs after —— and …… may start a line");
}

#[test]
fn no_line_ends_on_a_double_hyphen_dash() {
    let a = allowed_before("for instance--literally to astonish");
    // f0 … e11 -12 -13 l14
    assert!(!a[14], "a break after -- inside a word");
    assert!(a[15 + "iterally ".len()], "the next space still breaks");
}

#[test]
fn a_forbidden_line_start_is_squeezed_in_or_pushed_down() {
    // 28 cells of text, then a comma: the comma may not start the next line.
    let text = format!("{}，后面还有文字。", "字".repeat(28));
    let got = lines(&text, 28.0);
    assert!(!got[1].starts_with('，'), "{got:?}");
    assert!(
        got[0].ends_with('，') || got[1].chars().count() > 8,
        "{got:?}"
    );
    // Two closing marks after a full line: the line pushes a character down.
    let text = format!("{}”，后面", "字".repeat(28));
    let got = lines(&text, 28.0);
    assert!(!got[1].starts_with(['”', '，']), "{got:?}");
}

#[test]
fn the_seeds_tricky_lines_obey_every_rule() {
    for text in [
        "全面落实“**”战略定位和使命任务，经济形势稳中向好、改革创新活力十足、城市品质日新月异",
        "过去五年，*市各级工会组织对标“全省率先、*领先、全国争先”要求和“争创*一流工会”目标",
        "要锚定“ **”战略定位和使命任务，持续深化产业工人队伍建设改革，推动产改向纵深发展",
        "在工厂车间、生产一线、基层社区持续开展好“中国梦·劳动美”“五讲五进”等宣传宣讲活动",
    ] {
        for cells in [9.0, 10.0, 11.0, 12.0, 13.0, 26.0, 28.0] {
            for line in lines(text, cells).iter().skip(1) {
                let first = line.chars().next().unwrap_or(' ');
                assert!(!no_line_start(first), "{cells} cells: line starts {line}");
            }
            for line in lines(text, cells) {
                let last = line.chars().last().unwrap_or(' ');
                assert!(!no_line_end(last), "{cells} cells: line ends {line}");
            }
        }
    }
}

#[test]
fn a_word_longer_than_the_line_is_broken_anywhere() {
    let got = lines("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", 4.0);
    assert!(got.len() > 3, "{got:?}");
    assert_eq!(
        got.concat(),
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
    );
}

#[test]
fn a_url_longer_than_the_line_starts_where_it_is_and_breaks_after_a_separator() {
    let url = "https://example.com/a/very/long/path/without/any/spaces/index.html";
    let got = lines(&format!("这是一个很长的链接：{url}请访问。"), 20.0);
    // The first line is filled with the start of the URL, not left gapped.
    assert!(
        got[0].starts_with("这是一个很长的链接：https://"),
        "{got:?}"
    );
    assert!(got[0].ends_with('/'), "{got:?}");
    assert_eq!(got.concat(), format!("这是一个很长的链接：{url}请访问。"));
    // A word that fits on the next line is still pushed down whole.
    let got = lines(
        "这是一个很长的句子啊啊啊啊啊啊啊 abcdefghijklmn 请访问。",
        20.0,
    );
    assert!(got[1].starts_with("abcdefghijklmn"), "{got:?}");
}

/// A tiny deterministic generator (xorshift) for the property test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick(&mut self, chars: &[char]) -> char {
        chars[(self.next() % chars.len() as u64) as usize]
    }
}

#[test]
fn random_text_never_passes_the_edge_nor_starts_a_line_with_a_forbidden_mark() {
    let pool: Vec<char> =
        "中文字符排版规则测试一二三四五六七八九十abcXYZ0123456789 *，。、；：？！（）《》“”‘’…—·-/"
            .chars()
            .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..400 {
        let len = 20 + (rng.next() % 200) as usize;
        let text: String = (0..len).map(|_| rng.pick(&pool)).collect();
        let cells = 6.0 + (round % 23) as f64;
        let t = styled(&text);
        let width = cells * cell();
        let mut xs = Vec::new();
        for (k, span) in spans(&t, cells).iter().enumerate() {
            crate::layout::justify::place_line(
                &t.glyphs,
                span,
                width,
                crate::layout::justify::Align::Justify,
                true,
                &mut xs,
            );
            if let (Some(&x), Some(g)) = (xs.last(), t.glyphs[span.start..span.end].last()) {
                let ink = if span.hang {
                    g.box_width / 2.0
                } else {
                    g.box_width
                };
                assert!(x + ink <= width + 0.01, "{text:?} line {k} passes the edge");
            }
            if k > 0 && span.end > span.start {
                let first = t.glyphs[span.start].ch;
                // Only an unbreakable run longer than the line may break anywhere.
                let forced =
                    t.glyphs[span.start - 1].class != Class::Space && !allowed_at(&t, span.start);
                assert!(
                    forced || !no_line_start(first),
                    "{text:?} line {k} starts {first}"
                );
            }
        }
    }
}

fn allowed_at(t: &StyledText, i: usize) -> bool {
    break_opportunities(&t.glyphs, &mut String::new())[i]
}
