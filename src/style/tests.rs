//! Tests of the built-in profiles and the style's decisions (faces, sizes, colours).

use super::*;

#[test]
fn a_laws_adoption_note_is_in_kai_even_over_two_blocks() {
    use crate::model::{Block, BlockKind};
    let style = Style::builtin(StyleKind::Gongwen);
    let blocks = [
        Block::text(BlockKind::Title, "中华人民共和国宪法"),
        Block::text(
            BlockKind::Subtitle,
            "（1982年12月4日第五届全国人民代表大会第五次会议通过",
        ),
        Block::text(BlockKind::Subtitle, "根据2018年3月11日……修正）"),
        Block::text(BlockKind::Subtitle, "某某副标题"),
    ];
    let faces: Vec<&Face> = (1..4).map(|k| style.subtitle_face(&blocks, k)).collect();
    assert_eq!(
        faces,
        [
            &style.faces.heading_kai,
            &style.faces.heading_kai,
            &style.faces.subtitle
        ]
    );
    let plain = Style::builtin(StyleKind::Plain);
    assert_eq!(plain.subtitle_face(&blocks, 1), &plain.faces.subtitle);
}

#[test]
fn labels_take_the_face_of_their_marker_family() {
    let style = Style::builtin(StyleKind::Gongwen);
    let (face, bold) = style.label_face(MarkerKind::None);
    assert_eq!((face, bold), (&style.faces.strong, true));
    let (face, bold) = style.label_face(MarkerKind::ParenChineseNumeral);
    assert_eq!((face, bold), (&style.faces.heading_kai, false));
    assert_eq!(
        style.label_face(MarkerKind::ChineseNumeral).0,
        &style.faces.heading_hei
    );
}

#[test]
fn a_chinese_label_is_parted_from_its_text_by_one_full_width_cell() {
    let style = Style::builtin(StyleKind::Gongwen);
    let article = Label::new("第四条", MarkerKind::None);
    for after in [
        " 少数民族",
        "\u{3000}少数民族",
        "  \t少数民族",
        "\u{3000}\u{3000}少数民族",
    ] {
        assert_eq!(
            style.after_label(&article, after),
            (Some("\u{3000}"), "少数民族")
        );
    }
    // A label that runs into its text, and pages without a grid, keep the text as it is.
    let number = Label::new("一、", MarkerKind::ChineseNumeral);
    assert_eq!(style.after_label(&number, "总体要求"), (None, "总体要求"));
    let plain = Style::builtin(StyleKind::Plain);
    assert_eq!(
        plain.after_label(&article, " 少数民族"),
        (None, " 少数民族")
    );
}

#[test]
fn gbt9704_grid_is_22_lines_of_28_characters() {
    let s = Style::builtin(StyleKind::Gongwen);
    assert!((s.type_area_width().to_mm() - 156.0).abs() < 1e-6);
    assert!((s.type_area_height().to_mm() - 225.0).abs() < 1e-6);
    assert!((s.char_pitch().0 - 15.79).abs() < 0.01);
    assert!((s.line_pitch().0 - 28.99).abs() < 0.01);
    assert_eq!(s.line_pitch().to_twips(), 580);
}

#[test]
fn heading_faces_follow_the_marker() {
    let s = Style::builtin(StyleKind::Speech);
    let h = |kind, level| Heading {
        level,
        marker: String::new(),
        marker_kind: kind,
        run_in: false,
    };
    assert!(s
        .heading_face(&h(MarkerKind::ChineseNumeral, 1))
        .cjk
        .file
        .contains("Hei"));
    assert!(s
        .heading_face(&h(MarkerKind::ParenChineseNumeral, 2))
        .cjk
        .file
        .contains("Kai"));
    assert!(s
        .heading_face(&h(MarkerKind::ArabicNumeral, 3))
        .cjk
        .file
        .contains("Fang"));
}
