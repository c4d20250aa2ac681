//! Tests of the DOCX block rules: closing indents, label families, attachment numbers,
//! rules under paragraphs.

use super::*;

#[test]
fn the_closing_is_measured_in_grid_cells_for_the_styles_rule() {
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
fn record_parts_have_heavy_outer_and_light_inner_rules_across_the_type_area() {
    use docx_rs::BuildXML;
    let style = crate::style::Style::builtin(crate::model::StyleKind::Gongwen);
    let m = crate::export::docx::page::Metrics::of(&style);
    let xml =
        |k| String::from_utf8(record_part(Paragraph::new(), k, 2, false, &m).build()).unwrap();
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

#[test]
fn a_record_at_the_foot_is_one_bottom_frame_with_its_light_rules_in_frames_of_their_own() {
    use docx_rs::BuildXML;
    let style = crate::style::Style::builtin(crate::model::StyleKind::Gongwen);
    let m = crate::export::docx::page::Metrics::of(&style);
    let xml = |k| String::from_utf8(record_part(Paragraph::new(), k, 2, true, &m).build()).unwrap();
    let (first, last) = (xml(0), xml(1));
    // Both parts in the same frame on the type area's foot, with the same (heavy) rules,
    // which LibreOffice moves to the frame and Word draws round the pair.
    let width = format!(r#"w:w="{}""#, m.text_width);
    let frame = [
        r#"w:hAnchor="margin""#,
        r#"w:vAnchor="margin""#,
        r#"w:yAlign="bottom""#,
        width.as_str(),
    ];
    for part in [&first, &last] {
        assert!(frame.iter().all(|a| part.contains(a)), "{part}");
        assert!(
            part.contains(r#"<w:top w:val="single" w:space="0" w:sz="8""#),
            "{part}"
        );
        assert!(
            part.contains(r#"<w:bottom w:val="single" w:space="0" w:sz="8""#),
            "{part}"
        );
    }
    // The light rule: an empty frame as tall as the one line under it, ruled on top.
    let rule = String::from_utf8(record_inner_rule(1, 2, 1, &m).build()).unwrap();
    assert!(
        rule.contains(&format!(r#"w:h="{}""#, m.line_twips)),
        "{rule}"
    );
    assert!(rule.contains(r#"w:hRule="exact""#), "{rule}");
    assert!(
        rule.contains(r#"<w:top w:val="single" w:space="0" w:sz="6""#),
        "{rule}"
    );
    assert!(!rule.contains("<w:bottom"), "{rule}");
    // A short 印发 line is one line; a long 抄送 list wraps.
    let imprint = Block::text(BlockKind::Imprint, "某某县水利局办公室 2026年4月8日印发");
    assert_eq!(record_part_lines(&imprint, &m), 1);
    let copy = Block::text(
        BlockKind::CopyTo,
        format!("抄送：{}。", "某某局，".repeat(10)),
    );
    assert_eq!(record_part_lines(&copy, &m), 2);
}
