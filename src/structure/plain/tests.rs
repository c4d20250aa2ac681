//! Tests for the plain-text reader: one per rule, plus the no-loss invariant.

use super::*;
use crate::model::{Label, MarkerKind};

fn parse(text: &str) -> Vec<Block> {
    parse_plain(text)
}

/// (kind, text) per block, headings as "heading L marker run_in".
fn summary(blocks: &[Block]) -> Vec<(String, String)> {
    blocks
        .iter()
        .map(|b| {
            let kind = match &b.kind {
                BlockKind::Heading(h) => format!(
                    "heading {} {} {}",
                    h.level,
                    h.marker,
                    if h.run_in { "run_in" } else { "alone" }
                ),
                BlockKind::Paragraph { label: Some(l) } => format!("paragraph [{}]", l.text),
                other if b.in_toc => format!("{} toc", other.name()),
                other => other.name().to_string(),
            };
            (kind, b.plain_text())
        })
        .collect()
}

/// The kind of each block `text` reads as, headings as in [`summary`].
fn kinds_of(text: &str) -> Vec<String> {
    summary(&parse(text)).into_iter().map(|(k, _)| k).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect()
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Nothing invented, nothing dropped.
fn assert_lossless(text: &str) {
    let joined: String = parse(text).iter().map(Block::plain_text).collect();
    assert_eq!(squeezed(&joined), squeezed(text));
}

#[test]
fn run_in_heading_splits_at_the_first_sentence() {
    let text = "（一）指导思想。全面贯彻党的十九大精神。\n";
    assert_eq!(
        summary(&parse(text)),
        pairs(&[
            ("heading 1 （一） run_in", "（一）指导思想。"),
            ("paragraph", "全面贯彻党的十九大精神。"),
        ])
    );
}

#[test]
fn outline_levels_follow_the_markers_in_use() {
    let text =
        "正文。\n一、总体要求\n（一）目标任务。到2035年基本实现。\n（二）基本原则\n二、主要任务\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        [
            "paragraph",
            "heading 1 一、 alone",
            "heading 2 （一） run_in",
            "paragraph",
            "heading 2 （二） alone",
            "heading 1 二、 alone",
        ]
    );
}

#[test]
fn enumerations_numbers_and_dashes_are_paragraphs() {
    let text = "正文。\n一是保持宏观政策连续性。二是优化政策。\n1.5亿元用于补贴。\n——经济保持恢复发展。国内生产总值增长。\n第一条，坚持党的领导。\n";
    assert!(parse(text)
        .iter()
        .all(|b| b.kind == BlockKind::Paragraph { label: None }));
}

#[test]
fn items_after_a_colon_or_ending_in_semicolons_are_paragraphs() {
    // (Inside a statute article every numbered line is an item: see below.)
    let text = "正文。\n全国人民代表大会行使下列职权:\n（一）修改宪法；\n（二）监督宪法的实施。\n正文。\n（一）真正的标题\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        [
            "paragraph",
            "paragraph",
            "paragraph",
            "paragraph",
            "paragraph",
            "heading 1 （一） alone"
        ]
    );
}

#[test]
fn a_heading_family_right_after_a_lead_in_is_still_a_heading() {
    let text =
        "正文。\n现将有关事项通知如下：\n一、提高认识，落实责任\n3月1日至4月30日。\n二、检查内容\n正文。\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        [
            "paragraph",
            "paragraph",
            "heading 1 一、 alone",
            "paragraph",
            "heading 1 二、 alone",
            "paragraph"
        ]
    );
}

#[test]
fn short_run_in_headings_under_a_lead_in_open_sections() {
    // A notice's points, each a short title sentence with its text run on after it.
    let text = "现将有关事项通知如下：\n一、总体要求。坚持人民至上，全面排查整治各类隐患。\n\
二、检查时间。本次检查自3月10日开始，至4月30日结束。\n";
    assert_eq!(
        kinds_of(text),
        [
            "paragraph",
            "heading 1 一、 run_in",
            "paragraph",
            "heading 1 二、 run_in",
            "paragraph"
        ]
    );
    // An item stating something at length is a list's item still.
    let text = "决定如下：\n一、本市寺庙、道观不论当前是否进行宗教活动，其房屋大都由群众捐献。因此归国家所有。\n";
    assert_eq!(kinds_of(text), ["paragraph", "paragraph"]);
}

#[test]
fn the_lead_in_formula_closed_by_a_full_stop_is_a_lead_in_too() {
    // "……通知如下。" then points that state the text itself: the list's items.
    let text = "现将调整后的标准通知如下。\n一、月最低工资标准每月1970元（每日91元）。\n\
二、小时最低工资标准每小时21元。以上标准包含社会保险费。\n";
    assert_eq!(kinds_of(text), ["paragraph", "paragraph", "paragraph"]);
    // A section's title stays a heading, alone or with its family heading elsewhere.
    let text = "现将有关事项通知如下。\n一、总体要求\n各区要高度重视。\n";
    assert_eq!(
        kinds_of(text),
        ["paragraph", "heading 1 一、 alone", "paragraph"]
    );
    let text = "现将有关事项通知如下。\n一、提高认识\n3月1日至4月30日。\n二、检查内容\n正文。\n";
    assert_eq!(
        kinds_of(text),
        [
            "paragraph",
            "heading 1 一、 alone",
            "paragraph",
            "heading 1 二、 alone",
            "paragraph"
        ]
    );
}

#[test]
fn items_of_a_real_list_stay_alike_even_if_the_family_heads_elsewhere() {
    let text = "正文。\n采取下列措施：\n1．剥夺地产。\n2．征收高额累进税。\n3．实行免费教育。取消童工。\n正文。\n1.标题\n正文。\n2.标题\n正文。\n";
    let kinds = kinds_of(text);
    assert!(kinds[..6].iter().all(|k| k == "paragraph"), "{kinds:?}");
    assert_eq!(kinds[6], "heading 1 1. alone");
}

#[test]
fn a_long_numbered_line_is_a_labelled_paragraph() {
    let numbered = BlockKind::Paragraph {
        label: Some(Label::new("一、", MarkerKind::ChineseNumeral)),
    };
    let long = format!("一、{}。\n", "很长的句子".repeat(40));
    assert_eq!(parse(&long)[0].kind, numbered);
    let long_head = format!("一、{}。后文。\n", "很长的句子".repeat(40));
    assert_eq!(parse(&long_head)[0].kind, numbered);
    assert_eq!(parse(&long_head).len(), 1);
    let unpunctuated = format!("（一）{}\n", "构建高水平社会主义市场经济体制".repeat(10));
    assert_eq!(
        parse(&unpunctuated)[0].kind,
        BlockKind::Paragraph {
            label: Some(Label::new("（一）", MarkerKind::ParenChineseNumeral))
        }
    );
}

#[test]
fn articles_are_labelled_paragraphs_under_chapters_and_sections() {
    let text = "第一章　总纲\n第一条　中华人民共和国是社会主义国家。\n第一节　全国人民代表大会\n第二条　权力属于人民。\n";
    assert_eq!(
        summary(&parse(text)),
        pairs(&[
            ("heading 1 第一章 alone", "第一章　总纲"),
            (
                "paragraph [第一条]",
                "第一条　中华人民共和国是社会主义国家。"
            ),
            ("heading 2 第一节 alone", "第一节　全国人民代表大会"),
            ("paragraph [第二条]", "第二条　权力属于人民。"),
        ])
    );
}

#[test]
fn toc_lines_are_marked_and_unnumbered_listed_lines_become_headings() {
    let text = "中华人民共和国宪法\n\n目　　录\n序　言\n第一章　总纲\n\n序　　言\n中国是历史悠久的国家。\n\n第一章　总纲\n第一条　中华人民共和国是社会主义国家。\n";
    assert_eq!(
        summary(&parse(text)),
        pairs(&[
            ("title", "中华人民共和国宪法"),
            ("paragraph toc", "目　　录"),
            ("paragraph toc", "序　言"),
            ("paragraph toc", "第一章　总纲"),
            ("heading 1  alone", "序　　言"),
            ("paragraph", "中国是历史悠久的国家。"),
            ("heading 1 第一章 alone", "第一章　总纲"),
            (
                "paragraph [第一条]",
                "第一条　中华人民共和国是社会主义国家。"
            ),
        ])
    );
}

#[test]
fn attachments_signature_and_date() {
    let text = "各部门：\n请遵照执行。\n附件：1.实施方案\n2.责任分工\n某某市人民政府办公厅\n2025年2月18日\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        [
            "salutation",
            "paragraph",
            "attachment",
            "attachment",
            "signature",
            "date"
        ]
    );
}

#[test]
fn english_chapters_all_caps_and_decimal_headings() {
    let text = "Pride and Prejudice\n\nPREFACE.\nIt is a truth.\n\nCHAPTER I.\nDown the Rabbit-Hole\n\nAlice was tired.\n\n1. Introduction\n1.2 Scope\n1. Go to the store.\n";
    assert_eq!(
        summary(&parse(text)),
        pairs(&[
            ("title", "Pride and Prejudice"),
            ("heading 1  alone", "PREFACE."),
            ("paragraph", "It is a truth."),
            (
                "heading 1 CHAPTER I. alone",
                "CHAPTER I. Down the Rabbit-Hole"
            ),
            ("paragraph", "Alice was tired."),
            ("heading 2 1. alone", "1. Introduction"),
            ("heading 3 1.2 alone", "1.2 Scope"),
            ("paragraph", "1. Go to the store."),
        ])
    );
}

#[test]
fn a_page_number_after_a_chapter_heading_is_not_its_title() {
    // Furniture lines reach the block rules marked (recover/furniture.rs); a marked
    // page number once joined the heading as its title, mark and all. The title under
    // the page number is the heading's; the page number stands aside after it.
    let text = "Book\n\nCHAPTER I.\n\u{1}- 1 -\nDown the Rabbit-Hole\n\nAlice was tired.\n";
    let blocks = summary(&parse(text));
    assert_eq!(blocks[1].1, "CHAPTER I. Down the Rabbit-Hole");
    assert_eq!(blocks[2], ("artifact".to_string(), "- 1 -".to_string()));
    assert!(blocks.iter().all(|(_, t)| !t.contains('\u{1}')));
}

#[test]
fn a_chapter_title_set_apart_by_blank_lines_joins_its_marker() {
    let text = "Book\n\nChapter 1\n\nThe Beginning\n\nIt was cold.\n\nChapter 2\n\nIt was a dark night\nIt rained.\n";
    assert_eq!(
        summary(&parse(text))[1..],
        pairs(&[
            ("heading 1 Chapter 1 alone", "Chapter 1 The Beginning"),
            ("paragraph", "It was cold."),
            ("heading 1 Chapter 2 alone", "Chapter 2"),
            ("paragraph", "It was a dark night"),
            ("paragraph", "It rained."),
        ])
    );
}

#[test]
fn the_seed_speech_shape() {
    let text = "*书记，各位代表、同志们：\n今天，大会隆重召开。\n一、牢牢把握工会工作正确方向，持续掀起新高潮。要紧紧围绕中心。\n二、牢牢把握时代主题。要团结动员。\n最后，预祝大会取得圆满成功！\n";
    assert_eq!(
        summary(&parse(text)),
        pairs(&[
            ("salutation", "*书记，各位代表、同志们："),
            ("paragraph", "今天，大会隆重召开。"),
            (
                "heading 1 一、 run_in",
                "一、牢牢把握工会工作正确方向，持续掀起新高潮。"
            ),
            ("paragraph", "要紧紧围绕中心。"),
            ("heading 1 二、 run_in", "二、牢牢把握时代主题。"),
            ("paragraph", "要团结动员。"),
            ("paragraph", "最后，预祝大会取得圆满成功！"),
        ])
    );
}

#[test]
fn nothing_is_invented_or_dropped() {
    for text in [
        "",
        "\n\n\n",
        "同志们：现在我代表中央作报告。\n一、总则\n第一章\n总纲\n",
        "标题\n（副标题\n续）\n附件：1.甲\n2.乙\n国务院\n二〇二五年二月十八日\n",
        "CHAPTER I.\nDown\n\n  x  \n",
        "一、\n（一）\n1.\n第\n第一条\n",
    ] {
        assert_lossless(text);
    }
}

#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "一、",
        "（一）",
        "1.",
        "第一章",
        "第一条",
        "。",
        "：",
        "\n",
        "\n\n",
        "附件：",
        "a",
        "ABC",
        "2025年1月1日",
        "　",
        "同志们：",
        "目录",
        "[x]",
        "——",
        "（",
        "）",
        "CHAPTER I.",
    ];
    let mut seed: u32 = 7;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..20 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
        }
        assert_lossless(&text);
    }
}

#[test]
fn a_document_attached_inside_a_reply_brings_its_own_head() {
    let text = "关于某项问题的复函\n\n某某省人民政府：\n\n你省请示收悉。经研究，同意所提意见。\n\n此复。\n\n附：\n\n某某省人民政府\n\n关于某项问题的请示\n\n国务院：\n\n近来本省发生若干纠纷。\n\n以上意见，是否妥当，请予批复。\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        [
            "title",
            "salutation",
            "paragraph",
            "paragraph",
            "attachment",
            "title",
            "title",
            "salutation",
            "paragraph",
            "paragraph"
        ]
    );
    assert_lossless(text);
}

#[test]
fn a_list_under_an_attachment_mark_is_no_attached_document() {
    // "附件：" over the names of the attachments, then the signature: a list, not a head.
    let text = "关于某事的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n附件：\n1．某某实施方案\n2．某某细则\n\n某某市人民政府\n2025年1月8日\n";
    let kinds = kinds_of(text);
    assert!(!kinds[3..].contains(&"title".to_string()), "{kinds:?}");
    assert_lossless(text);
}

#[test]
fn addressees_under_a_head_table_are_the_salutation() {
    let text = "某某局\n\n关于某事的复函\n\n+------------+-----------------+\n| 1981年1月27日 | 〔81〕某字第2号 |\n+------------+-----------------+\n\n某某市高级人民法院、某某市宗教事务局：\n\n来函收悉。\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        ["title", "title", "table", "salutation", "paragraph"]
    );
}

#[test]
fn numbered_lines_inside_an_article_are_its_items() {
    let text = "第一章 总则\n第三条 有下列情形之一的，应当收回印章\n（一）机构撤销\n（二）名称变更\n第二章 附则\n第四条 本规定自发布之日起施行。\n";
    let kinds = kinds_of(text);
    assert_eq!(
        kinds,
        [
            "heading 1 第一章 alone",
            "paragraph [第三条]",
            "paragraph",
            "paragraph",
            "heading 1 第二章 alone",
            "paragraph [第四条]"
        ]
    );
    // A family that heads text before the first article stays a heading family.
    let headed =
        "一、关于管辖\n第一条 本院管辖下列案件。\n二、关于证据\n第二条 当事人应当提供证据。\n";
    let kinds: Vec<String> = summary(&parse(headed))
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(kinds[2], "heading 1 二、 alone");
}

#[test]
fn page_furniture_among_contents_lines_stays_furniture() {
    // Fuzz finding 23: a marked running line that the contents pass counted among its
    // entries became a contents paragraph, its mark in the text.
    let text =
        "Contents\nOne\n\u{1}by The Author\nTwo\nOne\nThe first part, which is long enough.\n\
                Two\nThe second part.\n";
    let blocks = parse(text);
    assert!(
        blocks.iter().all(|b| !b.plain_text().contains('\u{1}')),
        "{:?}",
        summary(&blocks)
    );
    assert!(blocks
        .iter()
        .any(|b| b.kind == BlockKind::Artifact && b.plain_text() == "by The Author"));
}

#[test]
fn a_furniture_mark_never_leaves_the_structure_stage() {
    let mut blocks = vec![
        Block::text(BlockKind::Paragraph { label: None }, "\u{1}- 3 -"),
        Block::text(BlockKind::Title, "A Long Tale\u{1}00 goes on"),
        Block::text(BlockKind::Paragraph { label: None }, "Plain text."),
    ];
    settle_furniture_marks(&mut blocks);
    assert_eq!(blocks[0].kind, BlockKind::Artifact);
    assert_eq!(blocks[0].plain_text(), "- 3 -");
    assert_eq!(blocks[1].plain_text(), "A Long Tale00 goes on");
    assert_eq!(blocks[2].plain_text(), "Plain text.");
}

#[path = "section_tests.rs"]
mod section_tests;
