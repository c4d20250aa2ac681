//! Tests of the numbering families, marker detection, Chinese numerals and levels.

use super::*;

fn marker(line: &str) -> Option<(Family, &str, &str)> {
    find_marker(line).map(|m| (m.family, m.text, m.rest))
}

#[test]
fn a_classic_volume_and_an_ornament_before_a_marker() {
    assert_eq!(
        marker("●卷十一·孝景本纪第十一"),
        Some((Family::ChinesePart, "●卷十一", "·孝景本纪第十一"))
    );
    assert_eq!(
        marker("■第一章　总则"),
        Some((Family::ChineseChapter, "■第一章", "总则"))
    );
    assert_eq!(marker("卷一"), Some((Family::ChinesePart, "卷一", "")));
    // 卷 in running text, or a volume line that is a sentence, is no marker.
    assert_eq!(marker("卷烟专卖管理"), None);
    assert_eq!(marker("卷一之中，记载了孝文皇帝的事迹。"), None);
    assert_eq!(marker("● 加强领导"), None);
}

#[test]
fn chinese_markers_keep_their_written_form() {
    assert_eq!(
        marker("一、总体要求"),
        Some((Family::ChineseNumeral, "一、", "总体要求"))
    );
    assert_eq!(
        marker("（十二）加强领导"),
        Some((Family::ParenChineseNumeral, "（十二）", "加强领导"))
    );
    assert_eq!(
        marker("(3)其他"),
        Some((Family::ParenArabicNumeral, "(3)", "其他"))
    );
    assert_eq!(
        marker("1．提高效能"),
        Some((Family::ArabicNumeral, "1．", "提高效能"))
    );
    assert_eq!(
        marker("2、稳就业"),
        Some((Family::ArabicNumeral, "2、", "稳就业"))
    );
    assert_eq!(
        marker("第一章　总纲"),
        Some((Family::ChineseChapter, "第一章", "总纲"))
    );
    assert_eq!(
        marker("第三节 国务院"),
        Some((Family::ChineseSection, "第三节", "国务院"))
    );
    assert_eq!(
        marker("第二编 物权"),
        Some((Family::ChinesePart, "第二编", "物权"))
    );
    assert_eq!(
        marker("第一分编　通则"),
        Some((Family::ChineseSubPart, "第一分编", "通则"))
    );
}

/// A plan outline is divided 第X篇 > 第X章 > 第X节: 篇 is a part, as 编 is in a code.
#[test]
fn a_plan_outlines_pian_is_a_part() {
    assert_eq!(
        marker("第一篇 锚定发展目标"),
        Some((Family::ChinesePart, "第一篇", "锚定发展目标"))
    );
    assert!(Family::ChinesePart.outranks(Family::ChineseChapter));
    assert_eq!(marker("第三篇文章写得很好，大家都读了。"), None);
}

#[test]
fn numbers_and_enumerations_are_not_markers() {
    assert_eq!(marker("1.5亿元用于补贴"), None);
    assert_eq!(marker("一是保持宏观政策连续性"), None);
    assert_eq!(marker("——经济保持恢复发展。"), None);
    assert_eq!(marker("第一条　中华人民共和国"), None);
    assert_eq!(marker("2021年工作回顾"), None);
}

#[test]
fn english_markers() {
    assert_eq!(
        marker("CHAPTER I."),
        Some((Family::EnglishChapter, "CHAPTER I.", ""))
    );
    assert_eq!(
        marker("Chapter 1"),
        Some((Family::EnglishChapter, "Chapter 1", ""))
    );
    assert_eq!(
        marker("PART II"),
        Some((Family::EnglishPart, "PART II", ""))
    );
    assert_eq!(
        marker("Book the First--Recalled to Life"),
        Some((Family::EnglishPart, "Book the First--", "Recalled to Life"))
    );
    assert_eq!(marker("Book the store today."), None);
    assert_eq!(
        marker("Article. I."),
        Some((Family::EnglishChapter, "Article. I.", ""))
    );
    assert_eq!(marker("IV."), Some((Family::Roman, "IV.", "")));
    assert_eq!(
        marker("1. Introduction"),
        Some((Family::Decimal(1), "1.", "Introduction"))
    );
    assert_eq!(
        marker("1.2 Scope"),
        Some((Family::Decimal(2), "1.2", "Scope"))
    );
    assert_eq!(marker("Chapters of the book"), None);
    assert_eq!(marker("Section 4, “Information about donations"), None);
    assert_eq!(marker("In the beginning"), None);
}

#[test]
fn an_article_with_only_a_caption_is_its_heading() {
    assert_eq!(captioned_article("第一条　（目的和依据）"), Some("第一条"));
    assert_eq!(captioned_article("第十二条 【适用范围】"), Some("第十二条"));
    assert_eq!(
        captioned_article("第一条　为了规范管理，制定本办法。"),
        None
    );
    assert_eq!(captioned_article("第二条（已删除。）"), None);
}

#[test]
fn article_labels() {
    assert_eq!(article_label("第一条　中华人民共和国是"), Some("第一条"));
    assert_eq!(
        article_label("第一百四十三条 首都是北京。"),
        Some("第一百四十三条")
    );
    assert_eq!(article_label("第二条规定"), Some("第二条"));
    assert_eq!(article_label("第一条，坚持"), None);
    assert_eq!(article_label("第一章 总纲"), None);
}

#[test]
fn levels_follow_the_families_in_use() {
    let report = Levels::new([Family::ParenChineseNumeral, Family::ChineseNumeral]);
    assert_eq!(report.level(Family::ChineseNumeral), 1);
    assert_eq!(report.level(Family::ParenChineseNumeral), 2);
    let only_paren = Levels::new([Family::ParenChineseNumeral]);
    assert_eq!(only_paren.level(Family::ParenChineseNumeral), 1);
    let law = Levels::new([Family::ChineseSection, Family::ChineseChapter]);
    assert_eq!(law.level(Family::ChineseChapter), 1);
    assert_eq!(law.level(Family::ChineseSection), 2);
    assert_eq!(law.level(Family::Listed), 1);
    let book = Levels::new([Family::EnglishChapter, Family::AllCaps]);
    assert_eq!(book.level(Family::AllCaps), 1);
}

#[test]
fn an_initial_or_a_year_in_roman_numerals_is_no_section_number() {
    assert!(find_marker("D.").is_none());
    assert!(find_marker("MDCCLXXVI").is_none());
    assert!(find_marker("IV. The Storm").is_some());
}

#[test]
fn a_numbered_piece_of_a_series_is_a_chapter() {
    assert_eq!(
        marker("FEDERALIST No. 2"),
        Some((Family::EnglishChapter, "FEDERALIST No. 2", ""))
    );
    assert_eq!(
        marker("Letter Number IV."),
        Some((Family::EnglishChapter, "Letter Number IV.", ""))
    );
    assert_eq!(marker("Patent No. 5 was granted."), None);
}

#[test]
fn chinese_numeral_values() {
    assert_eq!(cn_value("十二"), Some(12));
    assert_eq!(cn_value("二十"), Some(20));
    assert_eq!(cn_value("三"), Some(3));
    assert_eq!(cn_value("十"), Some(10));
    assert_eq!(cn_value("二十三"), Some(23));
    assert_eq!(cn_value("〇"), None);
}
