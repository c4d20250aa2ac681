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
    let xml = String::from_utf8(rule_under(Paragraph::new(), 8, 11, None).build()).unwrap();
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
fn record_parts_have_heavy_outer_and_light_inner_rules_across_the_type_area() {
    use docx_rs::BuildXML;
    let style = crate::style::Style::builtin(crate::model::StyleKind::Gongwen);
    let m = crate::export::docx::page::Metrics::of(&style);
    let xml = |k| String::from_utf8(record_part(Paragraph::new(), k, 2, &m).build()).unwrap();
    let (first, last) = (xml(0), xml(1));
    assert!(
        first.contains(r#"<w:top w:val="single" w:space="0" w:sz="8""#),
        "{first}"
    );
    assert!(
        first.contains(r#"<w:bottom w:val="single" w:space="0" w:sz="6""#),
        "{first}"
    );
    assert!(!last.contains("<w:top"), "{last}");
    assert!(
        last.contains(r#"<w:bottom w:val="single" w:space="0" w:sz="8""#),
        "{last}"
    );
    // The strokes come off the line's height (8 + 6 eighths of a point = 35 twips), so
    // LibreOffice keeps the part on the grid.
    let line = |xml: &str| xml.contains(&format!(r#"w:line="{}""#, m.line_twips - 35));
    assert!(line(&first), "{first}");
    // One character in by the first line, so the rules span the type area.
    assert!(first.contains(r#"w:left="0""#) && first.contains(r#"w:firstLine="315""#));
}
