//! Whole-document tests of official-document blocks: title, head, signature and date,
//! attachments, squeezed last lines, page numbers, keep-with-next, outline. The plain
//! profile and Markdown blocks are in `plain_tests`.

use super::tests::{body_lines, mm};
use super::*;
use crate::fonts::test_book;
use crate::layout::dump::{text_lines, TextLine};
use crate::layout::frame::FrameItem;
use crate::model::{Block, BlockKind, Heading, MarkerKind, StyleKind};

pub(super) fn para(text: &str) -> Block {
    Block::text(BlockKind::Paragraph { label: None }, text)
}

pub(super) fn gongwen(blocks: Vec<Block>) -> (Style, LaidOut) {
    let style = Style::builtin(StyleKind::Gongwen);
    let doc = Document {
        blocks,
        style: StyleKind::Gongwen,
        ..Document::default()
    };
    let laid = layout_document(&doc, &style, test_book()).unwrap();
    (style, laid)
}

/// The last page's body line whose text is `text`.
fn find_line(style: &Style, laid: &LaidOut, text: &str) -> TextLine {
    body_lines(style, laid)
        .into_iter()
        .flatten()
        .find(|l| l.text() == text)
        .unwrap_or_else(|| panic!("no line {text}:\n{}", dump::dump(laid, test_book())))
}

#[test]
fn a_two_line_title_is_set_in_the_lines_the_style_decides() {
    // 24 characters of 22 pt: 20 fit on a line, so greedy would leave 4 on the second.
    let title = "关于进一步加强和改进新时代基层社会治理工作的意见";
    let (style, laid) = gongwen(vec![Block::text(BlockKind::Title, title), para("正文。")]);
    let lines: Vec<TextLine> = body_lines(&style, &laid)[0]
        .iter()
        .filter(|l| l.text() != "正文。")
        .cloned()
        .collect();
    assert_eq!(lines.len(), 2, "{}", dump::dump(&laid, test_book()));
    let (a, b) = (lines[0].glyphs.len(), lines[1].glyphs.len());
    assert_eq!(lines[0].text() + &lines[1].text(), title);
    assert!(a >= b && a - b <= 3, "{a} and {b} characters");
    let style = Style::builtin(crate::model::StyleKind::Gongwen);
    let decided = crate::style::title_breaks::title_breaks(title, style.type_area_width().0 / 22.0);
    assert_eq!(lines[0].text(), title[..decided[0].0]);
}

#[test]
fn an_official_head_sets_mark_number_rule_then_title() {
    let (style, laid) = gongwen(vec![
        Block::text(BlockKind::Masthead, "某某市人民政府文件"),
        Block::text(BlockKind::DocumentNumber, "某政发〔2026〕12号"),
        Block::text(BlockKind::Title, "关于某事的通知"),
        para("正文。"),
    ]);
    let mark = find_line(&style, &laid, "某某市人民政府文件");
    let number = find_line(&style, &laid, "某政发〔2026〕12号");
    let title = find_line(&style, &laid, "关于某事的通知");
    let centre = style.margin_left.0 + style.type_area_width().0 / 2.0;
    for line in [&mark, &number, &title] {
        let mid = (line.glyphs[0].x0 + line.glyphs.last().unwrap().x1) / 2.0;
        assert!((mid - centre).abs() < 1.0, "{} not centred", line.text());
    }
    // Two blank lines between mark and number.
    assert!(number.y - mark.y > 2.5 * style.line_pitch().0);
    // The rule 4 mm under the number, across the type area; the title below it.
    let rule_y = laid.pages[0]
        .items
        .iter()
        .find_map(|item| match item {
            FrameItem::Rule { from, to, .. } => {
                assert!((to.0 .0 - from.0 .0 - style.type_area_width().0).abs() < 0.5);
                Some(from.1 .0)
            }
            _ => None,
        })
        .expect("a separator rule");
    assert!(
        (rule_y - number.y - mm(4.0)).abs() < 0.5,
        "{rule_y} vs {}",
        number.y
    );
    assert!(title.y > rule_y + style.line_pitch().0);
}

#[test]
fn the_signature_never_stands_alone_on_a_page() {
    // 21 body lines fill page 1 but for one line: the blank line and the organ no longer
    // fit, so the last body line goes over with them.
    let mut blocks: Vec<Block> = (1..=21).map(|n| para(&format!("第{n}段。"))).collect();
    blocks.push(Block::text(BlockKind::Signature, "某某县人民政府办公室"));
    blocks.push(Block::text(BlockKind::Date, "2026年2月20日"));
    let (style, laid) = gongwen(blocks);
    let pages = body_lines(&style, &laid);
    assert_eq!(pages.len(), 2, "{}", dump::dump(&laid, test_book()));
    let texts = |page: &[TextLine]| page.iter().map(TextLine::text).collect::<Vec<_>>();
    assert_eq!(texts(&pages[0]).len(), 20);
    assert_eq!(
        texts(&pages[1]),
        ["第21段。", "某某县人民政府办公室", "2026年2月20日"]
    );
}

#[test]
fn an_attachment_note_between_body_and_signature_keeps_body_text_on_the_signatures_page() {
    // 18 body lines, then a blank line and the note: 20 lines; the blank line, organ and
    // date do not fit, so the note and the body's last line go over with them (a 请示).
    let mut blocks: Vec<Block> = (1..=18).map(|n| para(&format!("第{n}段。"))).collect();
    blocks.push(Block::text(BlockKind::Attachment, "附件：实施方案"));
    blocks.push(Block::text(BlockKind::Signature, "某某县水利局"));
    blocks.push(Block::text(BlockKind::Date, "2026年4月8日"));
    let (style, laid) = gongwen(blocks);
    let pages = body_lines(&style, &laid);
    assert_eq!(pages.len(), 2, "{}", dump::dump(&laid, test_book()));
    let texts = |page: &[TextLine]| page.iter().map(TextLine::text).collect::<Vec<_>>();
    assert_eq!(
        texts(&pages[1]),
        ["第18段。", "附件：实施方案", "某某县水利局", "2026年4月8日"]
    );
}

#[test]
fn a_paragraph_ending_in_one_or_two_characters_is_squeezed_a_line_shorter() {
    // 26 characters after the indent, 28 on the next line, then "通。" alone: the
    // commas give up half their cells and the paragraph takes two lines.
    let text = "各地区各部门，".repeat(6) + "要求坚持做好工作确保路畅通。";
    assert_eq!(crate::script::width_in_chars(&text), 56.0);
    let (style, laid) = gongwen(vec![para(&text)]);
    let lines = body_lines(&style, &laid).concat();
    assert_eq!(lines.len(), 2, "{}", dump::dump(&laid, test_book()));
    let joined: String = lines.iter().map(TextLine::text).collect();
    assert_eq!(joined, text);
    // Both lines still end at the type area's right edge or short of it.
    let edge = style.margin_left.0 + style.type_area_width().0;
    assert!(lines
        .iter()
        .all(|l| l.glyphs.last().unwrap().x1 <= edge + 0.5));
    // Without marks to squeeze, the last line stays.
    let plain = "各地区各部门落实".repeat(6) + "要求坚持做好畅通";
    let (style, laid) = gongwen(vec![para(&plain)]);
    assert_eq!(body_lines(&style, &laid).concat().len(), 3);
}

#[test]
fn the_organ_ends_two_characters_in_and_the_date_starts_two_further_right() {
    let sig = |organ: &str, date: &str| {
        gongwen(vec![
            para("特此通知。"),
            Block::text(BlockKind::Signature, organ),
            Block::text(BlockKind::Date, date),
        ])
    };
    // A long organ: it ends two characters in; the date starts two characters right of it.
    let (style, laid) = sig("中华人民共和国国务院办公厅", "2025年2月18日");
    let cell = style.char_pitch().0;
    let right = style.margin_left.0 + style.type_area_width().0;
    let organ = find_line(&style, &laid, "中华人民共和国国务院办公厅");
    let date = find_line(&style, &laid, "2025年2月18日");
    assert!((organ.glyphs.last().unwrap().x1 - (right - 2.0 * cell)).abs() < 0.5);
    assert!((date.glyphs[0].x0 - (organ.glyphs[0].x0 + 2.0 * cell)).abs() < 0.5);
    let body = find_line(&style, &laid, "特此通知。");
    assert!(
        (organ.y - body.y - 2.0 * style.line_pitch().0).abs() < 0.01,
        "one blank line"
    );
    assert!((date.y - organ.y - style.line_pitch().0).abs() < 0.01);

    // A short organ: the date ends two characters in and the organ moves left with it.
    let (style, laid) = sig("国务院", "二〇二五年二月十八日");
    let organ = find_line(&style, &laid, "国务院");
    let date = find_line(&style, &laid, "二〇二五年二月十八日");
    assert!((date.glyphs.last().unwrap().x1 - (right - 2.0 * cell)).abs() < 0.5);
    assert!((date.glyphs[0].x0 - (organ.glyphs[0].x0 + 2.0 * cell)).abs() < 0.5);
}

#[test]
fn attachment_items_align_under_the_first_items_name() {
    let (style, laid) = gongwen(vec![
        para("正文。"),
        Block::text(BlockKind::Attachment, "附件：1.关于某事的报告"),
        Block::text(BlockKind::Attachment, "2.关于另一事的说明"),
    ]);
    let cell = style.char_pitch().0;
    let left = style.margin_left.0;
    let first = find_line(&style, &laid, "附件：1.关于某事的报告");
    let second = find_line(&style, &laid, "2.关于另一事的说明");
    assert!((first.glyphs[0].x0 - (left + 2.0 * cell)).abs() < 0.01);
    // (The label measured by its glyphs' advances, each just under a cell.)
    assert!((second.glyphs[0].x0 - (left + 5.0 * cell)).abs() < 0.1);
    // One blank grid line between the body and the note (GB/T 9704 7.3.4), none inside it.
    let body = find_line(&style, &laid, "正文。");
    let pitch = style.line_pitch().0;
    assert!((first.y - body.y - 2.0 * pitch).abs() < 0.01);
    assert!((second.y - first.y - pitch).abs() < 0.01);
}

#[test]
fn a_long_attachment_name_wraps_under_its_own_first_character() {
    let name = format!("关于{}的报告", "某某事项".repeat(8));
    let (style, laid) = gongwen(vec![
        para("正文。"),
        Block::text(BlockKind::Attachment, format!("附件：1.{name}")),
    ]);
    let lines = text_lines(&laid.pages[0], test_book());
    let first = lines
        .iter()
        .position(|l| l.text().starts_with("附件"))
        .unwrap();
    let (opening, wrapped) = (&lines[first], &lines[first + 1]);
    // The name's first character follows "附件：1."; the wrapped line starts under it
    // (within the little the first line's justification moves it).
    let start = opening.glyphs.iter().position(|g| g.ch == '关').unwrap();
    assert!(
        (wrapped.glyphs[0].x0 - opening.glyphs[start].x0).abs() < 1.0,
        "wrapped at {}, name at {}",
        wrapped.glyphs[0].x0,
        opening.glyphs[start].x0
    );
    assert!(wrapped.glyphs[0].x0 > style.margin_left.0 + 5.0 * style.char_pitch().0);
}

#[test]
fn gongwen_page_numbers_alternate_sides_one_character_in() {
    let blocks = (0..60).map(|_| para(&"字".repeat(40))).collect();
    let (style, laid) = gongwen(blocks);
    assert!(laid.pages.len() >= 3);
    let left = style.margin_left.0;
    let right = left + style.type_area_width().0;
    let bottom = style.margin_top.0 + style.type_area_height().0;
    for (i, page) in laid.pages.iter().enumerate() {
        let number = text_lines(page, test_book())
            .into_iter()
            .find(|l| l.y > bottom)
            .unwrap();
        assert_eq!(number.text(), format!("—{}—", i + 1));
        if i % 2 == 0 {
            assert!((number.glyphs.last().unwrap().x1 - (right - 14.0)).abs() < 0.5);
        } else {
            assert!((number.glyphs[0].x0 - (left + 14.0)).abs() < 0.5);
        }
        // Its top (baseline − size + |descent|, as extraction measures) 7 mm under the area.
        let top = number.y - 14.0 * (1.0 - 0.2);
        assert!((top - (bottom + mm(7.0))).abs() < mm(1.0), "top {top}");
    }
}

#[test]
fn a_heading_never_ends_a_page() {
    let heading = Block::text(
        BlockKind::Heading(Heading {
            level: 1,
            marker: "一、".into(),
            marker_kind: MarkerKind::ChineseNumeral,
            run_in: false,
        }),
        "一、总体要求",
    );
    let mut blocks: Vec<Block> = (0..21).map(|_| para("短段落。")).collect();
    blocks.push(heading);
    blocks.push(para("正文第一行。"));
    let (style, laid) = gongwen(blocks);
    let pages = body_lines(&style, &laid);
    assert_eq!(pages[0].len(), 21);
    assert_eq!(pages[1][0].text(), "一、总体要求");
    assert_eq!(laid.outline[0].page, 1);
    assert_eq!(laid.outline[0].level, 1);
}

#[test]
fn outline_nests_headings_under_the_title() {
    let h = |level, marker_kind, text: &str| {
        Block::text(
            BlockKind::Heading(Heading {
                level,
                marker: String::new(),
                marker_kind,
                run_in: false,
            }),
            text,
        )
    };
    let (_, laid) = gongwen(vec![
        Block::text(BlockKind::Title, "关于做好某项工作的通知"),
        h(1, MarkerKind::ChineseNumeral, "一、总体要求"),
        h(2, MarkerKind::ParenChineseNumeral, "（一）指导思想"),
        para("正文。"),
    ]);
    let got: Vec<(u8, &str)> = laid
        .outline
        .iter()
        .map(|o| (o.level, o.title.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (1, "关于做好某项工作的通知"),
            (2, "一、总体要求"),
            (3, "（一）指导思想")
        ]
    );
}
