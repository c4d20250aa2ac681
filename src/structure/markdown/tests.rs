//! Tests for the Markdown reader: one per decision in its module comment.

use super::*;
use crate::model::Alignment;

fn md(text: &str) -> Vec<Block> {
    parse_markdown(text).blocks
}

fn summary(blocks: &[Block]) -> Vec<(String, String)> {
    blocks
        .iter()
        .map(|b| (b.kind.name().to_string(), b.plain_text()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect()
}

#[test]
fn the_opening_h1s_are_the_title_and_levels_are_the_hash_counts() {
    let blocks = md("# 标题\n\n## 一、总则\n\n### （一）细则\n\n正文。\n");
    assert_eq!(blocks[0].kind, BlockKind::Title);
    assert_eq!(blocks[1].heading().map(|h| h.level), Some(2));
    assert_eq!(blocks[2].heading().map(|h| h.level), Some(3));
    // Without a title the levels are still the `#` counts (H5 and H6 stay apart).
    let deep = md("text\n\n##### five\n\n###### six\n");
    assert_eq!(deep[1].heading().map(|h| h.level), Some(5));
    assert_eq!(deep[2].heading().map(|h| h.level), Some(6));
    // A title written over two lines comes back as two title blocks.
    let two = md("# 关于做好防汛工作\n\n# 的通知\n\n正文。\n");
    assert_eq!(two[1].kind, BlockKind::Title);
    // H1s used as sections: no title, and they are level 1.
    let sections = md("# A\n\ntext\n\n# B\n\n## C\n");
    assert_eq!(sections[0].heading().map(|h| h.level), Some(1));
    assert_eq!(sections[3].heading().map(|h| h.level), Some(2));
    let late = md("Intro.\n\n# A\n");
    assert_eq!(late[1].kind, BlockKind::Title);
    // No H1: a lone heading of the shallowest depth opening the document is its title.
    let selected = md("### 青年运动的方向\n\n#### 一、第一部分\n\n正文。\n\n#### 二、第二部分\n");
    assert_eq!(selected[0].kind, BlockKind::Title);
    assert_eq!(selected[1].heading().map(|h| h.level), Some(4));
    // Not when another heading of that depth follows, nor when text comes first.
    let readme = md("## Install\n\ntext\n\n## Use\n");
    assert_eq!(readme[0].heading().map(|h| h.level), Some(2));
    // Nor when it is numbered (an excerpt's one chapter), nor in an English document.
    let excerpt = md("## 第一章　总则\n\n### 第一节　一般规定\n\n第一条　正文。\n");
    assert_eq!(excerpt[0].heading().map(|h| h.level), Some(2));
    let english = md("## Installation\n\n### On Linux\n\nRun the script.\n");
    assert_eq!(english[0].heading().map(|h| h.level), Some(2));
}

#[test]
fn lists_one_block_per_item_with_numbers_depth_and_tasks() {
    let blocks = md("3. three\n4. four\n   - [x] done\n   - [ ] todo\n");
    let items: Vec<ListItem> = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::ListItem(i) => Some(i.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(items.len(), 4);
    assert_eq!(
        (items[0].ordered, items[0].number, items[0].depth),
        (true, 3, 0)
    );
    assert_eq!(items[1].number, 4);
    assert_eq!(
        (items[2].ordered, items[2].depth, items[2].task),
        (false, 1, Some(true))
    );
    assert_eq!(items[3].task, Some(false));
    assert_eq!(blocks[2].plain_text(), "done");
}

#[test]
fn a_loose_item_keeps_its_later_paragraphs_as_paragraphs() {
    let blocks = md("- first\n\n  second\n- - nested\n");
    assert_eq!(
        summary(&blocks),
        pairs(&[
            ("list_item", "first"),
            ("paragraph", "second"),
            ("list_item", ""),
            ("list_item", "nested"),
        ])
    );
}

#[test]
fn quotes_set_depth_and_code_keeps_its_text() {
    let blocks = md("> a\n>> b\n\n```rust\nfn main() {}\n\n```\n");
    assert_eq!(blocks[0].quote_depth, 1);
    assert_eq!(blocks[1].quote_depth, 2);
    assert_eq!(
        blocks[2].kind,
        BlockKind::Code {
            language: Some("rust".into())
        }
    );
    assert_eq!(
        blocks[2].content,
        vec![Inline::Text("fn main() {}\n".into())]
    );
}

#[test]
fn inline_markup_and_merged_text() {
    let blocks = md("*em* **strong** ~~del~~ `code` [link](http://x) a\\*b  \nnext\n");
    let content = &blocks[0].content;
    assert_eq!(
        content[0],
        Inline::Emphasis(vec![Inline::Text("em".into())])
    );
    assert_eq!(
        content[2],
        Inline::Strong(vec![Inline::Text("strong".into())])
    );
    assert_eq!(
        content[4],
        Inline::Strikethrough(vec![Inline::Text("del".into())])
    );
    assert_eq!(content[6], Inline::Code("code".into()));
    assert_eq!(
        content[8],
        Inline::Link {
            url: "http://x".into(),
            content: vec![Inline::Text("link".into())]
        }
    );
    assert_eq!(content[9], Inline::Text(" a*b".into()));
    assert_eq!(content[10], Inline::LineBreak);
}

#[test]
fn soft_breaks_vanish_between_cjk_and_are_spaces_otherwise() {
    assert_eq!(md("中文\n继续")[0].plain_text(), "中文继续");
    assert_eq!(md("one\ntwo")[0].plain_text(), "one two");
    assert_eq!(md("中文\nword")[0].plain_text(), "中文 word");
}

#[test]
fn tables_keep_alignment_header_and_cells() {
    let blocks = md("| a | b |\n|:--|--:|\n| 1 | *2* |\n");
    let BlockKind::Table(table) = &blocks[0].kind else {
        panic!("not a table: {:?}", blocks[0].kind);
    };
    assert_eq!(table.alignments, [Alignment::Left, Alignment::Right]);
    assert_eq!(table.header_rows, 1);
    assert_eq!(blocks[0].plain_text(), "a\tb\n1\t2");
}

#[test]
fn html_is_stripped_images_and_footnotes_are_kept_and_emphasis_tags_are_emphasis() {
    let blocks = md("<div>x</div>\n\n![alt text](p.png) <b>b</b>[^1]\n\n---\n\n[^1]: note\n");
    assert_eq!(
        summary(&blocks),
        pairs(&[
            ("paragraph", "x"),
            ("paragraph", "alt text b[1]"),
            ("thematic_break", ""),
            ("footnote_definition", "note"),
        ])
    );
    assert!(blocks[1]
        .content
        .iter()
        .any(|i| matches!(i, Inline::Strong(c) if c == &[Inline::Text("b".into())])));
}

#[test]
fn twenty_thousand_nested_quotes_and_lists_do_not_overflow() {
    let quotes = format!("{}deep\n", "> ".repeat(20_000));
    let blocks = md(&quotes);
    assert_eq!(blocks.last().map(|b| b.quote_depth), Some(u8::MAX));
    let mut lists = String::new();
    for depth in 0..20_000 {
        lists.push_str(&"  ".repeat(depth));
        lists.push_str("- x\n");
    }
    let blocks = md(&lists);
    assert!(blocks.iter().all(|b| b.kind.name() == "list_item"));
    let emphasis = format!("{}x{}", "*a ".repeat(20_000), " a*".repeat(20_000));
    assert!(!md(&emphasis).is_empty());
}

#[test]
fn a_ten_thousand_column_table() {
    let header = format!("|{}\n", " h |".repeat(10_000));
    let rule = format!("|{}\n", "---|".repeat(10_000));
    let row = format!("|{}\n", " c |".repeat(10_000));
    let blocks = md(&format!("{header}{rule}{row}"));
    let BlockKind::Table(table) = &blocks[0].kind else {
        panic!("not a table");
    };
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[1].len(), 10_000);
}

#[test]
fn an_anchor_alone_makes_no_paragraph_and_html_headings_keep_their_level() {
    let md = "<!-- Old headings. -->\n<a id=\"local-documentation\"></a>\n\n### Reading\n\n\
              <h3 name=\"config\">\nDoes it support configuration files?\n</h3>\n\nYes.\n";
    let blocks = parse_markdown(md).blocks;
    let kinds: Vec<String> = blocks
        .iter()
        .map(|b| match b.heading() {
            Some(h) => format!("h{}", h.level),
            None => b.kind.name().to_string(),
        })
        .collect();
    assert_eq!(kinds, ["h3", "h3", "paragraph"]);
    assert_eq!(
        blocks[1].plain_text(),
        "Does it support configuration files?"
    );
    // A badge (an image in a link) is content, not markup.
    let badge = parse_markdown("[![build](ci.svg)](https://ci.example)\n").blocks;
    assert_eq!(badge.len(), 1);
}

#[test]
fn a_dash_line_opening_the_body_under_a_front_matter_title_is_its_subtitle() {
    let text =
        "---\ntitle: 革命时代的文学\n---\n\n——四月八日在黄埔军官学校讲\n\n今天要讲几句话。\n";
    assert_eq!(
        summary(&md(text)),
        pairs(&[
            ("subtitle", "——四月八日在黄埔军官学校讲"),
            ("paragraph", "今天要讲几句话。")
        ])
    );
    // Without a title in the front matter the line is the body's own.
    let text = "——四月八日在黄埔军官学校讲\n\n今天要讲几句话。\n";
    assert_eq!(md(text)[0].kind.name(), "paragraph");
}

#[test]
fn toml_front_matter_is_metadata_and_an_h1_after_the_lead_heads_a_section() {
    let text = "+++\ntitle = \"Announcing Rust 1.52.1\"\nauthors = [\"The Rust Team\"]\n\
        [extra]\nteam = \"compiler\"\n+++\n\nThe lead.\n\n# Summary\n\nText.\n\n## Details\n";
    let parsed = parse_markdown(text);
    assert_eq!(
        parsed.metadata.title.as_deref(),
        Some("Announcing Rust 1.52.1")
    );
    assert_eq!(parsed.metadata.author.as_deref(), Some("The Rust Team"));
    assert!(parsed.metadata.front_matter_toml);
    let kinds: Vec<String> = parsed
        .blocks
        .iter()
        .map(|b| b.kind.name().to_string())
        .collect();
    assert_eq!(kinds, ["paragraph", "heading", "paragraph", "heading"]);
    assert_eq!(parsed.blocks[1].heading().map(|h| h.level), Some(1));
    // Written back, it is TOML again.
    let doc = crate::model::Document {
        blocks: parsed.blocks,
        metadata: parsed.metadata,
        ..Default::default()
    };
    assert!(crate::export::markdown::write_markdown(&doc).starts_with("+++\ntitle = "));
}

#[test]
fn a_law_page_names_itself_above_its_chapters_and_indents_its_contents() {
    let text =
        "[法律读本](../duben) >> 2015-立法法\n\n中华人民共和国立法法\n--------------------\n\n\
        目录\n-----\n\t第一章 总则\n\t第二章 法律\n\t\t第一节 立法权限\n\n\
        第一章 总则\n===========\n\n第一条　为了规范立法活动，制定本法。\n";
    let blocks = parse_markdown(text).blocks;
    let kinds: Vec<(&str, bool)> = blocks.iter().map(|b| (b.kind.name(), b.in_toc)).collect();
    assert_eq!(
        kinds,
        [
            ("paragraph", false),
            ("title", false),
            ("paragraph", true),
            ("paragraph", true),
            ("paragraph", true),
            ("paragraph", true),
            ("heading", false),
            ("paragraph", false),
        ]
    );
    assert_eq!(blocks[4].plain_text(), "第二章 法律");
}

#[test]
fn a_lone_heading_led_by_a_bare_numeral_is_no_title() {
    // (A property-test finding.) Plain text's numeral line "X" joined with its title is a
    // numbered heading; the Markdown docpipe writes of it must read back so.
    let blocks = md("## X 中中\n\n中，中、中：中中中中。\n");
    assert!(blocks[0].heading().is_some(), "{:?}", blocks[0].kind);
    assert_eq!(blocks.len(), 2);
}

#[test]
fn the_body_s_first_line_repeating_the_front_matter_title_is_the_title() {
    let text = "---\ntitle: \"登泰山记\"\n---\n\n登泰山记[^1]\n\n泰山之阳，汶水西流。\n\n\
        [^1]: 选自《惜抱轩诗文集》。\n";
    assert_eq!(md(text)[0].kind.name(), "title");
    // A first paragraph saying something else is the text's own.
    let text = "---\ntitle: \"登泰山记\"\n---\n\n泰山之阳，汶水西流。\n";
    assert_eq!(md(text)[0].kind.name(), "paragraph");
}
