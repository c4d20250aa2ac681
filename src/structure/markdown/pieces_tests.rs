//! Spec tests for `pieces`: a Markdown collection in, its blocks' kinds out.

use crate::structure::test_support::markdown_kinds as kinds;

#[test]
fn pieces_after_a_dated_closing_are_titled_and_closed() {
    let md = "# 故事新编\n\n## 序言\n\n这一本很小的集子，从开手写起到编成，经过的日子却可以算得很长久了。\n\n\
              一九三五年十二月二十六日。鲁迅。\n\n## 补天\n\n一\n\n女娲忽然醒来了。\n";
    assert_eq!(
        kinds(md),
        [
            "title",
            "title",
            "paragraph",
            "date",
            "signature",
            "title",
            "heading",
            "paragraph"
        ]
    );
    // A document whose sections do not close on a date keeps its headings.
    let plain = "# 工具\n\n一个简单的命令行工具。\n\n## 安装\n\n运行安装脚本即可。\n\n## 使用\n\n一\n\n运行即可。\n";
    assert_eq!(
        kinds(plain),
        [
            "title",
            "paragraph",
            "heading",
            "paragraph",
            "heading",
            "paragraph",
            "paragraph"
        ]
    );
}

#[test]
fn a_book_title_over_an_epigraph_alone_is_a_title_page() {
    let md = "# 彷徨\n\n朝发轫于苍梧兮，夕余至乎县圃；\n\n欲少留此灵琐兮，日忽忽其将暮。\n\n\
              吾令羲和弭节兮，望崦嵫而勿迫；\n\n屈原《离骚》。\n\n# 祝福\n\n旧历的年底毕竟最像年底。\n";
    assert_eq!(
        kinds(md),
        [
            "title",
            "verse",
            "verse",
            "verse",
            "paragraph",
            "title",
            "paragraph"
        ]
    );
}

#[test]
fn a_dash_line_under_a_pieces_title_is_its_subtitle() {
    let md = "我们一同走出店门，就在门口分别了。\n\n（一九二四年二月一六日。）\n\n\
              # 幸福的家庭\n\n——拟许钦文\n\n“……做不做全由自己的便。”\n";
    assert_eq!(
        kinds(md),
        ["paragraph", "date", "title", "subtitle", "paragraph"]
    );
}
