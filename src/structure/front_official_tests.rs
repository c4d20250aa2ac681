//! Tests of the official head and numbered marks (lines in → kinds out): 份号, 密级,
//! 紧急程度, the issuing organ's mark, 发文字号, 签发人, decrees and numbered announcements,
//! and numbers given under the title.

use super::super::tests::{kinds, names};
use super::super::*;

#[test]
fn a_minutes_mark_over_its_issue_number_and_a_notice_title_over_its_number() {
    // A 纪要's mark is named by its kind and stands over its 期号; the organ and date
    // line under it is no title.
    let lines = [
        "*市人民政府",
        "常务会议纪要",
        "〔2025〕第5期",
        "*市人民政府办公室　　　　　　2025年3月1日",
        "2025年2月28日，市长***主持召开市政府第5次常务会议，研究了以下事项。",
    ];
    assert_eq!(names(&lines), ["masthead", "masthead", "document_number"]);
    // A 公告 names its kind spaced out: a title, its number under it.
    let lines = [
        "*市人民政府",
        "公　　告",
        "〔2025〕第1号",
        "根据有关规定，现将有关事项公告如下：",
    ];
    assert_eq!(names(&lines), ["title", "title", "document_number"]);
}

#[test]
fn an_official_head_with_every_part() {
    let lines = [
        "000123",
        "机密★1年",
        "特急",
        "*市人民政府文件",
        "*政发〔2025〕7号",
        "签发人：***",
        "*市人民政府关于做好2025年防汛抗旱工作的通知",
        "各区县人民政府，市政府各部门：",
        "正文。",
    ];
    assert_eq!(
        names(&lines),
        [
            "copy_number",
            "secrecy",
            "urgency",
            "masthead",
            "document_number",
            "signer",
            "title",
            "salutation"
        ]
    );
    // 密级 and 紧急程度 on one line; 签发人 beside the number (上行文).
    let lines = [
        "机密★1年　特急",
        "*市人民政府文件",
        "*政发〔2025〕7号　　签发人：***",
        "关于申请资金的请示",
    ];
    let front = front_matter(&lines, &[false; 4]);
    assert_eq!(
        kinds(&front.blocks),
        [
            ("secrecy", "机密★1年"),
            ("urgency", "特急"),
            ("masthead", "*市人民政府文件"),
            ("document_number", "*政发〔2025〕7号"),
            ("signer", "签发人：***"),
            ("title", "关于申请资金的请示"),
        ]
    );
}

#[test]
fn an_official_head_is_the_mark_then_the_number_then_the_title() {
    let lines = [
        "某某市人民政府文件",
        "某政发〔2026〕12号",
        "某某市人民政府关于印发工作要点的通知",
        "各区县人民政府：",
        "正文。",
    ];
    assert_eq!(
        names(&lines),
        ["masthead", "document_number", "title", "salutation"]
    );
    // A number alone (no mark) is still the head; a redacted mark without a number too.
    let lines = ["国办发〔2025〕3号", "关于某事的通知", "正文。"];
    assert_eq!(names(&lines), ["document_number", "title"]);
    let lines = ["*市人民政府文件", "关于某事的通知", "正文。"];
    assert_eq!(names(&lines), ["masthead", "title"]);
}

#[test]
fn a_published_reply_gives_its_number_under_the_title_and_adoption_note() {
    let lines = [
        "最高人民检察院",
        "关于挪用国库券如何定性问题的批复",
        "（1997年9月26日最高人民检察院第八届检察委员会",
        "第七十五次会议通过）",
        "高检发释字〔1997〕5号",
        "宁夏回族自治区人民检察院：",
        "你院请示收悉。经研究，批复如下：",
    ];
    assert_eq!(
        names(&lines),
        [
            "title",
            "title",
            "subtitle",
            "document_number",
            "salutation"
        ]
    );
}

#[test]
fn a_number_under_the_title_is_not_taken_twice() {
    let lines = [
        "某某市人民政府文件",
        "某政发〔2025〕7号",
        "关于做好防汛工作的通知",
        "某政发〔2025〕8号",
        "各区县人民政府：",
    ];
    let got = names(&lines);
    assert_eq!(got, ["masthead", "document_number", "title"]);
}

#[test]
fn a_decree_head_mark_and_number() {
    assert_eq!(
        names(&[
            "中华人民共和国国务院令第693号",
            "现公布《某某条例》，自2018年1月1日起施行。"
        ]),
        ["masthead", "document_number"]
    );
    assert_eq!(
        names(&[
            "某某办法",
            "上海市人民政府令",
            "（第19号）",
            "《某某办法》已经市政府常务会议通过，现予公布。"
        ]),
        ["title", "masthead", "document_number"]
    );
    // A title that names a document kind is a title, not an organ's mark.
    assert_eq!(
        names(&[
            "国务院关于印发某某规划的通知",
            "国发〔2016〕65号",
            "各省、自治区、直辖市人民政府：",
            "正文。"
        ]),
        ["title", "document_number", "salutation"]
    );
}

#[test]
fn a_database_record_comes_before_the_title() {
    assert_eq!(
        names(&[
            "【法宝引证码】 CLI.12.5115678",
            "原文链接：https://example.org/a.html",
            "某某市人民政府关于某事的通知",
            "正文。"
        ]),
        ["front_matter", "front_matter", "title"]
    );
}

#[test]
fn a_document_number_in_brackets_under_the_title() {
    assert_eq!(
        names(&[
            "安徽省人民政府办公厅关于印发某某政策的通知",
            "（皖政办秘〔2021〕8号）",
            "各市人民政府：",
            "正文。"
        ]),
        ["title", "document_number", "salutation"]
    );
}

#[test]
fn a_numbered_announcement_has_its_mark_and_number() {
    let lines = [
        "新疆维吾尔自治区第十四届人民代表大会常务委员会公告",
        "（第38号）",
        "《新疆维吾尔自治区各级人民代表大会选举实施细则》已于2024年9月27日通过，现予公布。",
    ];
    assert_eq!(names(&lines), ["masthead", "document_number"]);
    // A title naming its announcement is a title.
    let titled = ["关于调整收费标准的公告", "（第5号）", "现公告如下。"];
    assert_eq!(names(&titled)[0], "title");
}

#[test]
fn a_decree_number_opening_the_text_without_its_mark_is_its_number() {
    let lines = [
        "第232号",
        "《江西省人民政府关于废止〈江西省某办法〉的决定》已经省人民政府第1次常务会议审议通过，现予公布，自公布之日起施行。",
    ];
    assert_eq!(names(&lines), ["document_number"]);
}
