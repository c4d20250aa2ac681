//! Tests of the head: title block, subtitle, notes (lines in → kinds out). The helpers here
//! serve the tests of the head's other parts (official head, late head) too.

use super::*;
use crate::structure::shapes::is_colonless_addressee_list;

/// The kinds and texts of the blocks found.
pub(super) fn kinds<'b>(blocks: &'b Found<'_>) -> Vec<(&'static str, &'b str)> {
    blocks.iter().map(|(k, t)| (k.name(), t.as_ref())).collect()
}

/// The kinds of the blocks `front_matter` finds in `lines`.
pub(super) fn names(lines: &[&str]) -> Vec<&'static str> {
    front_matter(lines, &[false; 16])
        .blocks
        .iter()
        .map(|(k, _)| k.name())
        .collect()
}

#[test]
fn title_subtitle_speaker_and_salutation() {
    let lines = [
        "在全市工会代表大会上的讲话",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "国务院总理 李强",
        "各位代表：",
        "现在，我代表国务院作报告。",
    ];
    let front = front_matter(&lines, &[false; 8]);
    assert_eq!(
        kinds(&front.blocks),
        [
            ("title", lines[0]),
            ("subtitle", lines[1]),
            ("speaker", lines[2]),
            ("salutation", lines[3]),
        ]
    );
    assert_eq!(front.next, 4);
}

#[test]
fn a_template_head_with_marks_for_names_and_addressees_without_their_colon() {
    let lines = [
        "××市安全生产委员会办公室文件",
        "×安委办发〔2025〕5号",
        "关于开展2025年第一季度安全生产检查的通知",
        "各县（区）人民政府，市安委会各成员单位，各重点企业",
        "为深入贯彻落实党中央、国务院决策部署，决定开展检查。现将有关事项通知如下：",
    ];
    assert_eq!(
        names(&lines),
        ["masthead", "document_number", "title", "salutation"]
    );
    // A sentence's commas make no addressee list.
    assert!(!is_colonless_addressee_list("春天来了，花开了，鸟叫了"));
}

#[test]
fn a_title_closed_by_mistake_with_a_full_stop_is_the_title_still() {
    let lines = [
        "示例市卫生健康委员会关于申请示范点建设经费的报告。",
        "示例市人民政府、示例市财政局:",
        "日前，根据有关规定，我委开展了基层医疗示范点建设。",
    ];
    assert_eq!(names(&lines), ["title", "salutation"]);
    // A sentence about a report is no title.
    let lines = ["我们关于这个问题的报告。", "正文。"];
    assert_eq!(names(&lines), Vec::<&str>::new());
}

#[test]
fn a_report_head_over_six_lines() {
    let lines = [
        "高举中国特色社会主义伟大旗帜",
        "为全面建设社会主义现代化新*而团结奋斗",
        "——在*市第十五次代表大会上的报告",
        "（2025年10月16日）",
        "***",
        "同志们：",
        "现在，我代表中国共产党*市第十四届委员会向大会作报告。",
    ];
    assert_eq!(
        names(&lines),
        [
            "title",
            "title",
            "subtitle",
            "subtitle",
            "speaker",
            "salutation"
        ]
    );
    // The speaker may come before the date, and a bare name is a speaker there.
    let lines = [
        "政府工作报告",
        "李强",
        "（2024年3月5日）",
        "各位代表：",
        "正文。",
    ];
    assert_eq!(
        names(&lines),
        ["title", "speaker", "subtitle", "salutation"]
    );
}

#[test]
fn title_occasion_and_speaker_on_one_line_are_split() {
    let lines = [
        "工作报告——2024年12月20日在*县第十八届人民代表大会第三次会议上县长 ***",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作。",
    ];
    let front = front_matter(&lines, &[false; 3]);
    assert_eq!(
        kinds(&front.blocks),
        [
            ("title", "工作报告"),
            (
                "subtitle",
                "——2024年12月20日在*县第十八届人民代表大会第三次会议上"
            ),
            ("speaker", "县长 ***"),
            ("salutation", "各位代表："),
        ]
    );
}

#[test]
fn the_issuers_and_the_title_may_stand_apart() {
    let lines = [
        "最高人民法院 国务院宗教事务局",
        "关于寺庙、道观房屋产权归属问题的复函",
        "正文。",
    ];
    let separated = [false, true, true];
    let kinds: Vec<&str> = front_matter(&lines, &separated)
        .blocks
        .iter()
        .map(|(k, _)| k.name())
        .collect();
    assert_eq!(kinds, ["title", "title"]);
    // Across a blank line, a line that is not shaped like a title stays the body's.
    let lines = ["年度总结", "今年的工作", "正文。"];
    let kinds: Vec<&str> = front_matter(&lines, &separated)
        .blocks
        .iter()
        .map(|(k, _)| k.name())
        .collect();
    assert_eq!(kinds, ["title"]);
}

#[test]
fn a_single_dash_inside_a_title_does_not_split_it() {
    let lines = ["中国—东盟博览会开幕式致辞", "各位嘉宾：", "正文。"];
    assert_eq!(names(&lines), ["title", "salutation"]);
}

#[test]
fn a_news_dateline_is_not_the_title() {
    let lines = [
        "新华社北京3月5日电",
        "政府工作报告",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "国务院总理 李强",
        "各位代表：",
    ];
    assert_eq!(
        names(&lines),
        ["dateline", "title", "subtitle", "speaker", "salutation"]
    );
    let lines = [
        "李强作政府工作报告",
        "新华社北京3月5日电 国务院总理李强5日在政府工作报告中说，今年发展主要预期目标是。",
    ];
    assert_eq!(names(&lines), ["title", "dateline", "paragraph"]);
    // A news story's two-line headline under its dateline, the credit after it.
    let lines = [
        "本报北京3月5日电　（记者***）",
        "坚定信心　真抓实干",
        "十四届全国人大三次会议开幕",
        "3月5日上午，十四届全国人大三次会议在人民大会堂开幕。",
    ];
    assert_eq!(names(&lines), ["dateline", "title", "title"]);
    let lines = [
        "李强作政府工作报告",
        "新华社北京3月5日电　记者王某 李某",
        "3月5日，第十四届全国人民代表大会第三次会议在北京人民大会堂开幕。",
    ];
    assert_eq!(names(&lines), ["title", "dateline"]);
    // A page's headline over the dateline, then the report's own head as sent.
    let lines = [
        "2009年国务院政府工作报告",
        "新华社北京2009年3月14日电",
        "政府工作报告",
        "——2009年3月5日在第十一届全国人民代表大会第二次会议上",
        "国务院总理 温家宝",
        "各位代表：",
    ];
    assert_eq!(
        names(&lines),
        [
            "title",
            "dateline",
            "title",
            "subtitle",
            "speaker",
            "salutation"
        ]
    );
}

#[test]
fn page_furniture_under_a_title_is_no_subtitle() {
    // Fuzz finding 24: a marked running line between a title and a byline was read as a
    // subtitle over the byline, its mark in the text.
    let lines = [
        "A Title",
        "\u{1}Source: somewhere",
        "by Lewis Carroll",
        "Text begins here.",
    ];
    let front = front_matter(&lines, &[false; 4]);
    assert!(
        front.blocks.iter().all(|b| !b.1.contains('\u{1}')),
        "{:?}",
        kinds(&front.blocks)
    );
}

#[test]
fn a_redacted_title_over_two_lines_is_still_the_title() {
    let lines = [
        "*市人民政府办公室关于做好2025年",
        "防汛抗旱工作的通知",
        "各区县人民政府：",
        "正文。",
    ];
    assert_eq!(names(&lines), ["title", "title", "salutation"]);
}

#[test]
fn parenthesised_subtitle_spans_lines_until_it_closes() {
    let lines = [
        "中华人民共和国民法典",
        "（2020年5月28日第十三届全国人民代表大会第三次",
        "会议通过）",
        "目　　录",
    ];
    // Wrapped with no blank line between: one note, its lines joined.
    let front = front_matter(&lines, &[false; 4]);
    assert_eq!(
        kinds(&front.blocks),
        [
            ("title", lines[0]),
            (
                "subtitle",
                "（2020年5月28日第十三届全国人民代表大会第三次会议通过）"
            ),
        ]
    );
    assert_eq!(front.next, 3);
    // Where blank lines mean something, halves the source set apart stay apart.
    let apart = front_matter(&lines, &[false, false, true, true]);
    assert_eq!(kinds(&apart.blocks).len(), 3);
}

#[test]
fn a_parenthesised_note_never_runs_over_page_furniture() {
    // Fuzz finding 21: a page number marked as furniture inside the lines a note would
    // span was joined into the note, its mark with it.
    let lines = [
        "Title of the piece",
        "(an opening that does not close",
        "\u{1}00",
        "the rest of it)",
    ];
    let front = front_matter(&lines, &[false; 4]);
    assert!(
        front.blocks.iter().all(|b| !b.1.contains('\u{1}')),
        "{:?}",
        kinds(&front.blocks)
    );
}

#[test]
fn an_adoption_note_may_carry_a_quote_mark_or_an_editors_remark() {
    let quoted = [
        "全国人民代表大会常务委员会关于",
        "《中华人民共和国刑法》第三十条的解释",
        "> （2014年4月24日第十二届全国人民代表大会常务委员会第八次会议通过）",
        "全国人民代表大会常务委员会根据司法实践中遇到的情况，解释如下：",
    ];
    assert_eq!(names(&quoted), ["title", "title", "subtitle"]);
    let remarked = [
        "中华人民共和国刑法",
        "（1979年7月1日第五届全国人民代表大会第二次会议通过　根据……修正）[刑法、历次刑法修正案的施行日期，分别依据各法律所规定的施行日期确定。]",
        "第一条　为了惩罚犯罪，保护人民，制定本法。",
    ];
    assert_eq!(names(&remarked), ["title", "subtitle"]);
}

#[test]
fn a_notes_entries_stay_lines_and_its_wraps_join() {
    let lines = [
        "中华人民共和国宪法",
        "（1982年12月4日第五届全国人民代表大会第五次会议通过",
        "根据1988年4月12日第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》",
        "和2018年3月11日第十三届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》修正）",
        "目　　录",
    ];
    let front = front_matter(&lines, &[false; 5]);
    let texts: Vec<&str> = front.blocks.iter().map(|(_, t)| t.as_ref()).collect();
    assert_eq!(texts.len(), 3);
    assert_eq!(texts[1], lines[1]);
    assert!(texts[2].starts_with("根据1988年") && texts[2].ends_with("修正）"));
}

#[test]
fn a_stub_that_opens_a_parenthesis_wraps_no_note() {
    // "（" alone is no wrapped line: the ")" two lines on is not its other half.
    let lines = ["中", "（", ")"];
    let front = front_matter(&lines, &[false; 3]);
    assert!(kinds(&front.blocks).iter().all(|(_, text)| *text != "（)"));
}

#[test]
fn an_occasion_broken_over_two_lines_is_one_subtitle() {
    let lines = [
        "政府工作报告",
        "——2026年1月25日在广东省第十四届",
        "人民代表大会第五次会议上",
        "广东省省长　孟凡利",
        "各位代表：",
    ];
    assert_eq!(
        names(&lines),
        ["title", "subtitle", "speaker", "salutation"]
    );
}

#[test]
fn a_title_line_with_a_comma_under_a_report_title_is_the_titles() {
    let lines = [
        "1978年政府工作报告",
        "团结起来，为建设社会主义的现代化强国而奋斗",
        "——1978年2月26日在第五届全国人民代表大会第一次会议上",
        "国务院总理 华国锋",
        "各位代表！",
    ];
    assert_eq!(
        names(&lines),
        ["title", "title", "subtitle", "speaker", "salutation"]
    );
    // Addressees under a notice's title, their colon lost, are no line of it.
    let notice = [
        "关于开展检查的通知",
        "各区人民政府，市政府各部门",
        "现将有关事项通知如下。",
    ];
    assert_eq!(names(&notice)[..1], ["title"]);
    assert!(!names(&notice)[1..].contains(&"title"));
}

#[test]
fn a_sentence_reporting_the_delivery_is_the_occasion() {
    let lines = [
        "2025年北京市政府工作报告",
        "2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。",
        "各位代表：",
    ];
    assert_eq!(names(&lines), ["title", "subtitle", "salutation"]);
    // A dated sentence of the text is not.
    let text = [
        "2025年工作要点",
        "2025年1月14日在北京召开会议，研究部署全年工作。",
        "正文。",
    ];
    assert_eq!(names(&text), ["title"]);
}

#[test]
fn a_covers_edition_line_under_the_title_is_a_subtitle() {
    // The series line over the cover is furniture (tests/labelled/README.md: "the
    // publisher's series line over the cover ... `artifact`").
    let lines = [
        "某某交易所技术文档",
        "某某接口规格说明书",
        "1.6 版",
        "某某交易所",
        "二〇二五年三月",
    ];
    assert_eq!(names(&lines)[..3], ["artifact", "title", "subtitle"]);
    assert_eq!(
        names(&["某某接口规格说明书", "V1.0"]),
        ["title", "subtitle"]
    );
}

#[test]
fn a_replys_date_over_its_number_is_its_date() {
    let lines = [
        "某某法院",
        "关于某某问题的通知",
        "1994年4月22日",
        "法发〔1994〕9号",
        "各省、自治区、直辖市高级人民法院：",
    ];
    assert_eq!(
        names(&lines),
        ["title", "title", "date", "document_number", "salutation"]
    );
    // A bracketed date under the title, with or without a number under it, is a
    // subtitle, as a bare date is under a speech's title.
    let lines = [
        "关于某某问题的答复",
        "（1995年5月30日）",
        "某省高级人民法院：",
    ];
    assert_eq!(names(&lines), ["title", "subtitle", "salutation"]);
    let lines = ["在某某会议上的讲话", "2025年1月8日", "同志们："];
    assert_eq!(names(&lines), ["title", "subtitle", "salutation"]);
}

#[test]
fn the_organ_over_a_title_leaves_it_three_lines_of_its_own() {
    let lines = [
        "某某法院",
        "关于不服某某行政主管部门对争执",
        "房屋的确权行为提起诉讼人民法院",
        "应作何种案件受理问题的函",
        "1993年4月17日",
        "法函〔1993〕33号",
        "四川省高级人民法院：",
    ];
    assert_eq!(
        names(&lines),
        [
            "title",
            "title",
            "title",
            "title",
            "date",
            "document_number",
            "salutation"
        ]
    );
}
