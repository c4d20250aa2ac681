//! Tests of the document edges: title, subtitle, salutation, official head; signature,
//! date, notes after the date, letter closings.

use super::*;

fn kinds<'a>(blocks: &[(BlockKind, &'a str)]) -> Vec<(&'static str, &'a str)> {
    blocks.iter().map(|(k, t)| (k.name(), *t)).collect()
}

#[test]
fn title_subtitle_and_salutation() {
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
            ("subtitle", lines[2]),
            ("salutation", lines[3]),
        ]
    );
    assert_eq!(front.next, 4);
}

#[test]
fn a_salutation_first_means_no_title() {
    let lines = ["*书记，各位代表、同志们：", "今天，大会隆重召开。"];
    let front = front_matter(&lines, &[false; 8]);
    assert_eq!(kinds(&front.blocks), [("salutation", lines[0])]);
    let official = [
        "关于做好工作的通知",
        "各省、自治区、直辖市人民政府：",
        "现通知如下。",
    ];
    assert_eq!(
        front_matter(&official, &[false; 8]).blocks[1].0,
        BlockKind::Salutation
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
    let front = front_matter(&lines, &[false; 8]);
    let got: Vec<&str> = kinds(&front.blocks).iter().map(|(k, _)| *k).collect();
    assert_eq!(got, ["title", "title", "salutation"]);
    assert!(!is_title_line("* 列表项"));
}

#[test]
fn parenthesised_subtitle_spans_lines_until_it_closes() {
    let lines = [
        "中华人民共和国宪法",
        "（1982年12月4日第五届全国人民代表大会第五次会议通过",
        "根据2018年修正案修正）",
        "目　　录",
    ];
    let front = front_matter(&lines, &[false; 8]);
    let names: Vec<_> = front.blocks.iter().map(|(k, _)| k.name()).collect();
    assert_eq!(names, ["title", "subtitle", "subtitle"]);
}

#[test]
fn run_in_salutation_is_split_only_for_an_audience() {
    let lines = ["同志们：现在我代表第十九届中央委员会向大会作报告。"];
    let front = front_matter(&lines, &[false; 8]);
    assert_eq!(
        kinds(&front.blocks),
        [
            ("salutation", "同志们："),
            ("paragraph", "现在我代表第十九届中央委员会向大会作报告。")
        ]
    );
    let lines = ["大会的主题是：高举旗帜。"];
    assert!(front_matter(&lines, &[false; 8]).blocks.is_empty());
}

#[test]
fn english_front_matter() {
    let lines = [
        "[Illustration]",
        "Alice’s Adventures in Wonderland",
        "by Lewis Carroll",
        "Contents",
    ];
    let front = front_matter(&lines, &[false; 8]);
    let names: Vec<_> = front.blocks.iter().map(|(k, _)| k.name()).collect();
    assert_eq!(names, ["paragraph", "title", "subtitle"]);
    assert!(is_salutation("Dear Sir or Madam,"));
}

#[test]
fn signature_and_date_close_the_document() {
    let lines = ["正文。", "中共中央", "国务院", "2025年2月18日"];
    let (end, tail) = back_matter(&lines, 0);
    assert_eq!(end, 1);
    assert_eq!(
        kinds(&tail),
        [
            ("signature", "中共中央"),
            ("signature", "国务院"),
            ("date", "2025年2月18日")
        ]
    );
    let lines = ["正文。", "某某县筹备组", "二〇二五年二月十八日"];
    let (end, tail) = back_matter(&lines, 0);
    assert_eq!((end, tail[0].0.name()), (1, "signature"));
    let speech = ["正文。", "最后，预祝大会取得圆满成功！"];
    assert_eq!(back_matter(&speech, 0), (2, vec![]));
    let organ = ["正文。", "国务院办公厅"];
    assert_eq!(back_matter(&organ, 0).0, 1);
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
    let front = front_matter(&lines, &[false; 5]);
    let names: Vec<_> = kinds(&front.blocks).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        ["masthead", "document_number", "title", "salutation"]
    );
    // A number alone (no mark) is still the head; a number inside text is not.
    let lines = ["国办发〔2025〕3号", "关于某事的通知", "正文。"];
    let names: Vec<_> = kinds(&front_matter(&lines, &[false; 3]).blocks)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(names, ["document_number", "title"]);
    assert!(!is_document_number(
        "根据国办发〔2025〕3号文件精神，制定本办法。"
    ));
    assert!(is_document_number("京政办发[2024]第5号"));
}

#[test]
fn a_letter_closes_with_its_complimentary_close_and_the_lines_under_it() {
    let lines = [
        "We expect growth.",
        "Sincerely,",
        "Jane Doe",
        "Chief Executive Officer",
        "March 1, 2026",
    ];
    let (end, tail) = back_matter(&lines, 0);
    assert_eq!(end, 1);
    let names: Vec<_> = kinds(&tail).into_iter().map(|(k, _)| k).collect();
    assert_eq!(names, ["signature", "signature", "signature", "date"]);
    // A note under the closing stays in the document, after it.
    let noted = ["We expect growth.", "Sincerely,", "Jane Doe", "(Enclosure)"];
    let (end, tail) = back_matter(&noted, 0);
    assert_eq!(end, 1);
    assert_eq!(
        kinds(&tail),
        [
            ("signature", "Sincerely,"),
            ("signature", "Jane Doe"),
            ("paragraph", "(Enclosure)")
        ]
    );
    // A sentence under it means it was not a closing.
    let not = ["Text.", "Best,", "I will write again next week."];
    assert_eq!(back_matter(&not, 0), (3, vec![]));
}

#[test]
fn a_note_and_the_closing_record_may_follow_the_date() {
    let lines = [
        "正文。",
        "某某县人民政府办公室",
        "二〇二六年二月二十日",
        "（此件公开发布）",
        "抄送：县委办公室，县人大常委会办公室。",
        "某某县人民政府办公室　　2026年2月20日印发",
    ];
    let (end, tail) = back_matter(&lines, 0);
    assert_eq!(end, 1);
    let names: Vec<_> = kinds(&tail).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        ["signature", "date", "paragraph", "paragraph", "paragraph"]
    );
    // Without a date or signature above them, such lines are the body's own.
    let body = ["正文。", "（完）"];
    assert_eq!(back_matter(&body, 0), (2, vec![]));
}
