//! Tests of where sections close (lines in → kinds out): a piece of a collection before
//! its notes or navigation, and each attachment after a document's closing with its own
//! signature and date.

use super::*;

#[test]
fn a_letter_in_a_collection_closes_before_the_navigation_and_rule_after_it() {
    let text = "永远保持艰苦奋斗的作风\n（一九四九年十月二十六日）\n延安的同志们：\n接到你们的贺函，十分愉快。\n\
        毛泽东\n一九四九年十月二十六日\n\u{1}返回目录\n-----\n\
        征询对待富农策略问题的意见\n（一九五○年三月十二日）\n正文。";
    assert_eq!(
        kinds_of(text),
        [
            "title",
            "subtitle",
            "salutation",
            "paragraph",
            "signature",
            "date",
            "artifact",
            "thematic_break",
            "title",
            "subtitle",
            "paragraph"
        ]
    );
}

#[test]
fn each_attachment_after_the_closing_signs_and_dates_itself() {
    let text = "关于某事的复函\n某省人民政府：\n你省来函收悉。现函复如下。\n附件：1.调查意见\n2.专家意见\n\
        国土资源部\n二〇〇四年十一月四日\n附件1\n关于某事的调查意见\n经调查，情况属实。\n国土资源部\n\
        二〇〇四年十月十日\n附件2\n某村地质险情调查意见\n专家组实地调查了险情。\n地质险情调查专家组\n\
        二〇〇四年九月二十三日\n";
    let kinds = kinds_of(text);
    let tail: Vec<&str> = kinds[kinds.len() - 10..]
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(
        tail,
        [
            "attachment",
            "title",
            "paragraph",
            "signature",
            "date",
            "attachment",
            "title",
            "paragraph",
            "signature",
            "date"
        ],
        "{kinds:?}"
    );
}

#[test]
fn an_annotated_piece_closes_with_its_date_before_its_notes() {
    // 鲁迅全集's layout: the piece, its date, a rule, its numbered notes, the next piece.
    let text = "秋　　夜〔１〕\n正文一。\n正文二。\n一九二四年九月十五日。\n-----\n\
        〔１〕　本篇最初发表于一九二四年十二月《语丝》周刊。\n〔２〕　栀子，一种常绿灌木。\n\
        影的告别〔１〕\n正文三。";
    let kinds = kinds_of(text);
    assert_eq!(kinds[3], "date", "{kinds:?}");
    assert_eq!(&kinds[7..], ["title", "paragraph"], "{kinds:?}");
    // Without a date, the notes still close the piece and nothing signs it.
    let undated = "秋　　夜〔１〕\n正文一。\n正文二。\n-----\n〔１〕　本篇最初发表于《语丝》。\n\
        〔２〕　栀子，一种常绿灌木。\n影的告别〔１〕\n正文三。";
    assert_eq!(kinds_of(undated)[2], "paragraph");
}
