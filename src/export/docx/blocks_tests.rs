//! Tests of the DOCX block rules: closing indents, label families, attachment numbers,
//! rules under paragraphs.

use super::*;

#[test]
fn date_starts_two_characters_right_of_a_longer_organ() {
    let blocks = vec![
        Block::text(BlockKind::Signature, "中华人民共和国国务院办公厅"),
        Block::text(BlockKind::Date, "2025年2月18日"),
    ];
    let (organ, date) = closing_indents(&blocks);
    assert_eq!(organ, 2.0);
    // organ 13 wide, date 6.5 wide: the date's right indent is 6.5, its start 13 in.
    assert_eq!(date, 6.5);
    assert_eq!((organ + 13.0) - (date + 6.5), 2.0);
}

#[test]
fn a_longer_date_keeps_two_characters_and_pushes_the_organ_left() {
    let blocks = vec![
        Block::text(BlockKind::Signature, "国务院"),
        Block::text(BlockKind::Date, "二〇二五年二月十八日"),
    ];
    let (organ, date) = closing_indents(&blocks);
    assert_eq!(date, 2.0);
    // Date starts 2 + 10 = 12 characters from the right; the organ 2 further left.
    assert_eq!(organ + 3.0, 12.0 + 2.0);
}

#[test]
fn a_rule_under_a_paragraph_is_its_bottom_border_alone() {
    use docx_rs::BuildXML;
    let xml = String::from_utf8(rule_under(Paragraph::new(), 8, 11).build()).unwrap();
    assert!(
        xml.contains("<w:bottom w:val=\"single\" w:space=\"11\" w:sz=\"8\""),
        "{xml}"
    );
    for side in ["<w:top", "<w:left", "<w:right"] {
        assert!(!xml.contains(side), "{xml}");
    }
}

#[test]
fn attachment_numbers() {
    assert_eq!(attachment_number("1.关于…"), "1.");
    assert_eq!(attachment_number("12．名单"), "12．");
    assert_eq!(attachment_number("名单"), "");
    assert_eq!(attachment_number("2025年"), "");
}

#[test]
fn a_long_title_is_split_into_balanced_lines() {
    let title = "关于进一步加强和改进新时代基层社会治理工作的意见";
    let split = balanced_title(title, 20.0).unwrap();
    let lines: Vec<&str> = split.split('\n').collect();
    assert_eq!(lines.concat(), title);
    assert_eq!(lines.len(), 2);
    let (a, b) = (lines[0].chars().count(), lines[1].chars().count());
    assert!(a >= b && a - b <= 1, "{split}");
    // Never inside a number, never before a closing mark; a short title stays whole.
    let split = balanced_title("某某市人民政府关于印发2026年政府工作要点的通知", 20.0).unwrap();
    assert!(
        !split.contains("20\n") && !split.contains("2\n0"),
        "{split}"
    );
    let split = balanced_title("关于《某某条例》实施中若干问题的意见和建议的说明", 20.0).unwrap();
    assert!(
        !split.contains("\n》") && !split.contains("《\n"),
        "{split}"
    );
    assert_eq!(balanced_title("关于某事的通知", 20.0), None);
}
