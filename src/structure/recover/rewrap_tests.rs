//! Spec tests for hard-wrap rejoining: lines in, paragraphs out.

use super::super::lines::plain_lines;
use super::*;

fn run(text: &str) -> String {
    let (body, lines) = plain_lines(text);
    rewrap(&body, &lines)
}

fn width_of(text: &str) -> Option<usize> {
    let (body, lines) = plain_lines(text);
    wrap_width(&body, &lines, &[])
}

const WRAPPED: &str = "There was nothing so very remarkable in that; nor did Alice think\n\
    it so very much out of the way to hear the Rabbit say to itself, Oh\n\
    dear! Oh dear! I shall be late! (when she thought it over afterwards,\n\
    it occurred to her that she ought to have wondered at this, but at\n\
    the time it all seemed quite natural); but when the Rabbit actually\n\
    took a watch out of its waistcoat-pocket, and looked at it.\n";

#[test]
fn a_pdf_copy_with_many_table_cells_is_still_hard_wrapped() {
    let mut text = String::new();
    for n in 0..12 {
        text.push_str(&format!(
            "第{n}段的文字从这里开始，一直写到这一行的末尾才被换行打断，下\n一行接着写完。\n"
        ));
        text.push_str("类型\n描述\nInt8\n8 位整数\n");
    }
    // Five lines in six are cells; the long lines, all left open, set the width.
    assert_eq!(width_of(&text), Some(59));
}

#[test]
fn one_line_paragraphs_under_first_line_indents_stay_apart() {
    // A novel wrapped at a width, each paragraph opening with an indent.
    let text = [
        "    话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京开封府汴梁宣武",
        "军便有一个浮浪破落户子弟，姓高，排行第二，自小不成家业，只好刺枪使",
        "棒，最是踢得好脚气球。",
        "    京师人口顺，不叫高二，却都叫他做高球。后来发迹，便将气球那字去",
        "了毛傍，添作立人，改作姓高，名俅。",
        "    绑来发迹，便将气球那字去了毛傍，添作立人，改作姓高，名俅字。",
        "    这人吹弹歌舞，刺枪使棒，相扑顽耍，亦胡乱学诗书词赋；若论仁义礼",
        "智，信行忠良，却是不会，只在东京城里城外帮闲。",
        "    因帮了一个生铁王员外儿子使钱，每日三瓦两舍，风花雪月，被他父亲",
        "在开封府里告了一纸文状。",
    ]
    .join("\n");
    let text = text.as_str();
    let (body, lines) = super::super::lines::plain_lines(text);
    let out = rewrap(&body, &lines);
    assert_eq!(out.lines().count(), 5, "{out}");
    assert!(out.lines().any(|l| l.starts_with("这人吹弹歌舞")), "{out}");
}

#[test]
fn a_rule_stands_alone_in_wrapped_text() {
    let text = "《水浒传》作者：施耐庵\n--------------------------------\n\
话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京开封府汴梁宣武军便\n\
有一个浮浪破落户子弟，姓高，排行第二，自小不成家业，只好刺枪使棒\n\
最是踢得好脚气球。京师人口顺，不叫高二，却都叫他做高球。后来发迹\n";
    let (body, lines) = super::super::lines::plain_lines(text);
    let out = rewrap(&body, &lines);
    assert!(out.lines().any(|l| l.starts_with("-----")), "{out}");
}

#[test]
fn the_small_print_closing_line_stands_alone_in_wrapped_text() {
    let text = format!(
        "{WRAPPED}\nThis \"Small Print!\" by Charles B. Kramer, Attorney\n\
Internet (72600.2026@compuserve.com); TEL: (212-254-5093)\n\
*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n"
    );
    let out = run(&text);
    assert!(
        out.lines().any(|l| l.starts_with("*END*THE SMALL PRINT")),
        "{out}"
    );
}

#[test]
fn a_wrapped_document_has_a_wrap_width() {
    assert!(width_of(WRAPPED).is_some_and(|w| (60..=72).contains(&w)));
    assert_eq!(run(WRAPPED).lines().count(), 1);
}

#[test]
fn one_paragraph_per_line_has_no_wrap_width() {
    let long = "这是一个很长的段落，".repeat(20);
    let text = format!("标题\n{long}。\n{long}。\n{long}。\n");
    assert_eq!(width_of(&text), None);
    assert_eq!(run(&text), text);
    // Short lines that all end their sentences: not wrapped either.
    let notice = "会议定于明天上午九点召开。\n请各单位准时参加。\n特此通知。\n";
    assert_eq!(width_of(notice), None);
    assert_eq!(run(notice), notice);
}

#[test]
fn blank_lines_separate_and_collapse() {
    let text = format!("\n\n{WRAPPED}\n\n\n{WRAPPED}\n");
    let out = run(&text);
    assert_eq!(out.lines().collect::<Vec<_>>().len(), 3);
    assert_eq!(out.lines().nth(1), Some(""));
}

#[test]
fn an_indented_line_starts_a_paragraph() {
    let text = WRAPPED.replacen("\nit so very", "\n    it so very", 1);
    assert_eq!(run(&text).lines().count(), 2);
}

#[test]
fn a_long_title_over_a_short_notice_is_not_a_wrapped_line() {
    let text = "关于进一步加强和改进新时代基层社会治理工作的意见\n各区县人民政府：\n正文内容。\n";
    assert_eq!(run(text), text);
}

#[test]
fn a_decimal_point_at_the_end_of_a_wrapped_line_is_not_a_full_stop() {
    // Wrapped at 30 characters; digits are half as wide, so the line ending "3." is
    // short of the width in columns, and ends on a full stop by its look.
    let line = "经济运行总体平稳，稳中有进。全年地区生产总值增长较快";
    let text = format!(
        "{line}\n{line}\n{line}\n%，规模以上工业增加值增长6.1%，一般公共预算收入增长3.\n8%。\n{line}\n"
    );
    let out = run(&text);
    assert!(out.contains("增长3.8%。"), "{out}");
    // A real full stop after a number still ends the paragraph.
    let text = format!("{line}\n{line}\n{line}\n全年增长3.\n下一段从这里开始。\n{line}\n");
    assert!(run(&text).contains("增长3.\n下一段"));
    assert!(!splits_number("in 1998.", "2000 people came"));
}

#[test]
fn an_act_or_chapter_heading_opens_its_own_line() {
    assert!(!continues(
        "Shakespeare homepage | Othello | Entire play",
        "ACT I",
        44,
        false
    ));
    assert!(!continues(
        "the end of a long wrapped line of prose and",
        "CHAPTER II",
        44,
        false
    ));
}

#[test]
fn a_scene_heading_as_wide_as_the_verse_keeps_its_line() {
    let text = "Bring forth men-children only; for thy mettle
Should compose nothing but males. Will it not be
receiv’d, when we have mark’d with blood those two
Of his own chamber, and us’d their very daggers,
SCENE I. Inverness. Court within the Castle here.
Enter Banquo and Fleance with a torch before him.
";
    let out = run(text);
    assert!(out.contains("Castle here.\nEnter Banquo"), "{out}");
}

#[test]
fn joining_rules() {
    let mut out = String::from("posses-");
    join_onto(&mut out, "sion");
    assert_eq!(out, "possession");
    let mut out = String::from("Jean-");
    join_onto(&mut out, "Paul");
    assert_eq!(out, "Jean-Paul");
    let mut out = String::from("中文");
    join_onto(&mut out, "继续");
    assert_eq!(out, "中文继续");
    let mut out = String::from("word");
    join_onto(&mut out, "next");
    assert_eq!(out, "word next");
    // A figure broken between CJK characters is one number again.
    let mut out = String::from("《女青年》第1");
    join_onto(&mut out, "3卷第3期）");
    assert_eq!(out, "《女青年》第13卷第3期）");
    let mut out = String::from("in 1998");
    join_onto(&mut out, "2000 people");
    assert_eq!(out, "in 1998 2000 people");
}

#[test]
fn widths_and_markers() {
    assert_eq!(columns("ab中文"), 6);
    assert_eq!(columns("“中”"), 6);
    assert_eq!(columns("“a”"), 3);
    assert!(starts_with_marker("一、总体要求"));
    assert!(starts_with_marker("（三）加强领导"));
    assert!(starts_with_marker("12. Item"));
    assert!(!starts_with_marker("2022年"));
    assert!(ends_sentence("end.”"));
    assert!(!ends_sentence("mid"));
}

#[test]
fn a_closing_set_without_blank_lines_keeps_its_lines() {
    let text = "关于开展检查的通知\n\n各县（区）人民政府：\n\n现将有关事项通知如下。\n\n\
        某市安全生产委员会办公室\n二〇二五年三月八日\n此件公开发布\n";
    let out = run(text);
    assert!(
        out.contains("某市安全生产委员会办公室\n二〇二五年三月八日\n此件公开发布"),
        "{out}"
    );
}

#[test]
fn a_spaced_chapter_heading_filling_the_width_ends_with_its_line() {
    // A plan outline copied from a PDF: the heading is as wide as the wrapped body.
    let text = "第一章 “十四五”时期重大成就为接续发展奠定了坚实基础\n\
        “十四五”时期是极不平凡的五年,在党中央坚强领导下,市委\n\
        带领全市人民坚持以习近平新时代中国特色社会主义思想为指\n\
        导,深入贯彻总书记对北京重要讲话精神,紧紧围绕这一重大\n\
        时代课题,团结奋斗、锐意进取,经受住世纪疫情严重冲击。\n";
    let out = run(text);
    assert_eq!(
        out.lines().next(),
        Some("第一章 “十四五”时期重大成就为接续发展奠定了坚实基础"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 2, "{out}");
}

/// A preface's paragraph wrapped near 66 columns: the text's measure that a play's
/// settings and cast lists set in under it are compared with.
const PLAY_PREFACE: &str = "To those who regard literary men merely as purveyors of amusement\n\
for people who have not wit enough to entertain themselves, these\n\
men must remain enigmas, whatever the audience may think of them.\n\n";

#[test]
fn a_setting_indented_to_a_narrower_measure_is_rejoined_against_it() {
    // The text wraps near 66 columns; the setting set in four is wrapped near 52, and
    // its lines break before capitals ("…It is late in" / "November…").
    let prose = PLAY_PREFACE;
    let setting = [
        "Night. A lady's bedchamber in Bulgaria, in a small",
        "town near the Dragoman Pass. It is late in",
        "November in the year 1885, and through an open",
        "window with a little balcony on the left can be",
        "seen a peak of the Balkans, wonderfully white and",
        "beautiful in the starlit snow. The interior of the",
        "room is not like anything to be seen in the east",
        "of Europe.",
    ];
    let text = format!(
        "{}    {}\n\nCATHERINE. Such news.\n",
        prose.repeat(4),
        setting.join("\n    ")
    );
    let out = run(&text);
    let setting = out.lines().find(|l| l.starts_with("Night.")).unwrap();
    assert!(setting.ends_with("of Europe."), "{out}");
}

#[test]
fn a_cast_list_set_in_keeps_its_lines() {
    let prose = PLAY_PREFACE;
    let cast = [
        "MARK ANTONY,         Triumvirs",
        "OCTAVIUS CAESAR",
        "A SOOTHSAYER",
        "CLEOPATRA, Queen of Egypt",
        "OCTAVIA, sister to Caesar and wife to Antony",
        "CHARMIAN, lady attending on Cleopatra",
        "IRAS",
    ];
    let text = format!("{}  {}\n", prose.repeat(4), cast.join("\n  "));
    let out = run(&text);
    assert!(cast.iter().all(|c| out.lines().any(|l| l == *c)), "{out}");
}

#[test]
fn a_by_line_under_a_title_is_no_wrap() {
    let text = format!("The Call of the Wild\nby Jack London\n\n{WRAPPED}");
    let out = run(&text);
    assert!(out.lines().any(|l| l == "by Jack London"), "{out}");
    // A wrapped line that opens with "by" goes on as before.
    let text =
        format!("{WRAPPED}\nThe house was struck\nby lightning and the roof fell in at once.\n");
    assert!(run(&text).contains("struck by lightning"));
}

#[test]
fn a_by_line_under_a_long_title_in_title_case_is_no_wrap() {
    let title = "The Importance of Being Earnest: A Trivial Comedy for Serious People";
    let text = format!("{title}\nby Oscar Wilde\n\n{WRAPPED}");
    let out = run(&text);
    assert!(out.lines().any(|l| l == "by Oscar Wilde"), "{out}");
    // A long line of prose, not in title case, runs on into a name.
    let text = format!(
        "{WRAPPED}\nand nobody in the whole of the county was more greatly admired\nby Mr. Darcy.\n"
    );
    assert!(run(&text).contains("admired by Mr. Darcy."));
}

#[test]
fn a_double_spaced_text_is_rewrapped_across_its_spacing() {
    // An e-book set with a blank line after every line, wrapped lines included; two
    // blank lines still part blocks, and a line not full ends its paragraph.
    let lines = [
        "    晋侯合诸侯于扈，平宋也。于是晋侯不见郑伯，以为贰于楚也。",
        "    郑子家使执讯而与之书，以告赵宣子。曰：“寡君即位三年，召蔡侯而与之",
        "    事君。九月，蔡侯入于敝邑以行。敝邑以侯宣多之难，寡君是以不得与蔡侯偕。",
        "    十一月，克减侯宣多，而随蔡侯以朝于执事。十二年六月，归生佐寡君之嫡夷，",
        "    以请陈侯于楚，而朝诸君。十四年七月，寡君又朝，以蒇陈事。十五年五月，陈",
        "    侯自敝邑往朝于君。往年正月，烛之武往朝夷也。八月，寡君又往朝。以陈、蔡",
        "    之密迩于楚而不敢贰焉，则敝邑之故也。",
        "    公辞焉。召孟明、西乞、白乙，使出师于东门之外。蹇叔哭之，曰：“孟子，",
        "    吾见师之出而不见其入也。”",
        "",
        "    东。",
    ];
    let out = run(&lines.join("\n\n"));
    let paragraphs: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(paragraphs.len(), 4, "{out}");
    assert!(paragraphs[1].starts_with("郑子家") && paragraphs[1].ends_with("之故也。"));
    assert!(paragraphs[2].ends_with("不见其入也。”"));
    assert_eq!(paragraphs[3], "东。");
}
