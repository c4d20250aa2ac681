//! The Markdown writer's tests: exact text for each kind of block, and what reads back.

use super::*;
use crate::model::{Heading, ListItem, MarkerKind};

fn para(text: &str) -> Block {
    Block::text(BlockKind::Paragraph { label: None }, text)
}

#[test]
fn a_play_and_a_scene_break_read_back_as_written() {
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::StageDirection, "Enter Ghost"),
            Block::text(BlockKind::SpeakerLabel, "HORATIO."),
            Block::text(BlockKind::Verse, "Stay! speak, speak!"),
            Block::text(BlockKind::ThematicBreak, "* * *"),
            Block::text(BlockKind::ThematicBreak, "*  *  *\n*  *  *"),
        ],
        ..Document::default()
    };
    let md = write_markdown(&doc);
    assert_eq!(
        md,
        "*Enter Ghost*\n\n**HORATIO.**\n\nStay\\! speak, speak\\!\n\n* * *\n\n* * * * * *\n"
    );
    let again = crate::structure::parse(&md, crate::structure::InputFormat::Markdown, None);
    let texts: Vec<String> = again.blocks.iter().map(Block::plain_text).collect();
    assert_eq!(
        texts[..3],
        ["Enter Ghost", "HORATIO.", "Stay! speak, speak!"]
    );
    assert_eq!(again.blocks[3].kind, BlockKind::ThematicBreak);
    assert_eq!(again.blocks[4].kind, BlockKind::ThematicBreak);
}

#[test]
fn run_in_heading_becomes_heading_then_paragraph() {
    let doc = Document {
        blocks: vec![
            Block::text(BlockKind::Salutation, "*书记，各位代表、同志们："),
            Block::text(
                BlockKind::Heading(Heading {
                    level: 1,
                    marker: "一、".into(),
                    marker_kind: MarkerKind::ChineseNumeral,
                    run_in: true,
                }),
                "一、牢牢把握工会工作正确方向。",
            ),
            para("要紧紧围绕“**”这条主线。"),
        ],
        ..Document::default()
    };
    assert_eq!(
        write_markdown(&doc),
        "\\*书记，各位代表、同志们：\n\n## 一、牢牢把握工会工作正确方向。\n\n要紧紧围绕“\\*\\*”这条主线。\n"
    );
}

#[test]
fn nested_lists_indent_under_their_parent_marker() {
    let item = |depth, ordered, number, text: &str| {
        Block::text(
            BlockKind::ListItem(ListItem {
                ordered,
                number,
                depth,
                task: None,
            }),
            text,
        )
    };
    let doc = Document {
        blocks: vec![
            item(0, true, 10, "十"),
            item(1, false, 0, "子项"),
            item(0, true, 11, "十一"),
        ],
        ..Document::default()
    };
    assert_eq!(write_markdown(&doc), "10. 十\n    - 子项\n11. 十一\n");
}

#[test]
fn an_item_opening_with_a_heading_keeps_it_and_a_restarted_list_is_new() {
    let item = |number, text: &str| {
        Block::text(
            BlockKind::ListItem(ListItem {
                ordered: true,
                number,
                depth: 0,
                task: None,
            }),
            text,
        )
    };
    let mut empty = item(1, "");
    empty.content.clear();
    let heading = Block::text(
        BlockKind::Heading(Heading {
            level: 2,
            marker: String::new(),
            marker_kind: MarkerKind::None,
            run_in: false,
        }),
        "H",
    );
    let doc = Document {
        blocks: vec![empty, heading, item(2, "b"), item(1, "again")],
        ..Document::default()
    };
    assert_eq!(write_markdown(&doc), "1. \n   ## H\n\n2. b\n\n1) again\n");
}

#[test]
fn quotes_stay_one_quote() {
    let mut a = para("甲");
    a.quote_depth = 1;
    let mut b = para("乙");
    b.quote_depth = 1;
    let doc = Document {
        blocks: vec![a, b],
        ..Document::default()
    };
    assert_eq!(write_markdown(&doc), "> 甲\n>\n> 乙\n");
}

#[test]
fn code_fences_outgrow_the_code() {
    let code = Block::text(
        BlockKind::Code {
            language: Some("rust".into()),
        },
        "let s = \"```\";",
    );
    let doc = Document {
        blocks: vec![code],
        ..Document::default()
    };
    assert_eq!(write_markdown(&doc), "````rust\nlet s = \"```\";\n````\n");
}

#[test]
fn blocks_inside_a_definition_stay_inside_it() {
    let read =
        |md: &str| crate::structure::parse(md, crate::structure::InputFormat::Markdown, None);
    let texts = |doc: &Document| doc.blocks.iter().map(Block::plain_text).collect::<Vec<_>>();
    // The reader ends a definition's block at a heading inside it; the definition
    // after the heading has no term of its own and must stay in the same list.
    let doc = read("d\n: a\n\n  # h\n\n: b\n");
    let md = write_markdown(&doc);
    assert_eq!(md, "d\n: a\n\n  # h\n\n: b\n");
    assert_eq!(texts(&read(&md)), ["d", "a", "h", "b"]);
    // A definition that opens with an empty heading (found by the fuzzer): the heading
    // goes on the definition's next line, or the definition would be empty and the
    // heading outside.
    let doc = read("d\n:#\n:\n");
    let md = write_markdown(&doc);
    assert_eq!(md, "d\n: \n  #\n\n: \n");
    assert_eq!(texts(&read(&md)), texts(&doc));
}

#[test]
fn a_block_before_a_nested_list_stays_in_its_item() {
    let read =
        |md: &str| crate::structure::parse(md, crate::structure::InputFormat::Markdown, None);
    let shape = |doc: &Document| {
        let kinds = doc.blocks.iter().map(|b| format!("{:?}", b.kind));
        kinds
            .zip(doc.blocks.iter().map(Block::plain_text))
            .collect::<Vec<_>>()
    };
    // An item holding code and then a sublist (found by the fuzzer): the code sits in
    // the item, so the sublist's empty item after it is not read as four spaces of code.
    let doc = read("* *     )\n    *");
    let md = write_markdown(&doc);
    assert_eq!(shape(&read(&md)), shape(&doc), "{md}");
    assert_eq!(doc.blocks.len(), 4);
}

#[test]
fn an_empty_term_keeps_its_definitions() {
    let read =
        |md: &str| crate::structure::parse(md, crate::structure::InputFormat::Markdown, None);
    // The term was only an HTML tag, which the reader takes out (found by the fuzzer).
    let doc = read("<r\nd>\n:");
    assert_eq!(doc.blocks[0].kind, BlockKind::DefinitionTerm);
    let md = write_markdown(&doc);
    assert_eq!(md, "&#32;\n: \n");
    let kinds = |d: &Document| d.blocks.iter().map(|b| b.kind.clone()).collect::<Vec<_>>();
    assert_eq!(kinds(&read(&md)), kinds(&doc));
}

#[test]
fn an_item_starting_with_dashes_is_not_a_rule() {
    let read =
        |md: &str| crate::structure::parse(md, crate::structure::InputFormat::Markdown, None);
    // "* --" (found by the fuzzer) written "- --" reads back as a thematic break.
    let doc = read("* --");
    let md = write_markdown(&doc);
    assert_eq!(md, "- \\--\n");
    assert_eq!(read(&md).blocks[0].plain_text(), "--");
}

#[test]
fn a_quote_inside_a_definition_stays_inside_it() {
    let read =
        |md: &str| crate::structure::parse(md, crate::structure::InputFormat::Markdown, None);
    let texts = |doc: &Document| doc.blocks.iter().map(Block::plain_text).collect::<Vec<_>>();
    // Found by the fuzzer: the quote went to the margin and ended the list.
    let doc = read("e\n:>e\n:");
    let md = write_markdown(&doc);
    assert_eq!(md, "e\n: \n  > e\n\n: \n");
    assert_eq!(texts(&read(&md)), texts(&doc));
    // Two paragraphs of one quote in a definition: the blank quoted line between them
    // is indented too.
    let doc = read("t\n: > a\n  >\n  > b\n: c\n");
    let md = write_markdown(&doc);
    assert_eq!(texts(&read(&md)), texts(&doc), "{md}");
}

#[test]
fn a_quote_inside_a_nested_item_keeps_its_marks_after_the_indent() {
    let read =
        |md: &str| crate::structure::parse(md, crate::structure::InputFormat::Markdown, None);
    let shape = |doc: &Document| {
        let kinds = doc
            .blocks
            .iter()
            .map(|b| (format!("{:?}", b.kind), b.quote_depth));
        kinds
            .zip(doc.blocks.iter().map(Block::plain_text))
            .collect::<Vec<_>>()
    };
    // Found by the fuzzer: an item holding an item holding a quote holding an item. The
    // quote marks went to the margin, before four spaces of indent: code.
    let doc = read("* * >*");
    let md = write_markdown(&doc);
    assert_eq!(md, "- \n  - \n    > - \n");
    assert_eq!(shape(&read(&md)), shape(&doc));
    // Two paragraphs of a quote inside an item, then the next item: the blank line
    // between them is quoted after the indent too.
    let doc = read("1. a\n   > - b\n   >\n   >   c\n   > - d\n2. e\n");
    let md = write_markdown(&doc);
    assert_eq!(shape(&read(&md)), shape(&doc), "{md}");
    assert_eq!(doc.blocks.len(), 5);
}
