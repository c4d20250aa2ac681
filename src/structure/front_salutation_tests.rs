//! Tests of the salutation and the addressees at the head of a speech or a notice
//! (lines in → kinds out).

use super::tests::{kinds, names};
use super::*;
use crate::structure::shapes::is_hailed_audience;

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
    assert_eq!(names(&official), ["title", "salutation"]);
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
fn addressees_run_into_the_text_are_split_off() {
    let lines = [
        "国务院关于印发某某规划的通知",
        "国发〔2016〕65号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将《某某规划》印发给你们，请认真贯彻实施。",
    ];
    let front = front_matter(&lines, &[false; 3]);
    assert_eq!(
        kinds(&front.blocks)[2..],
        [
            (
                "salutation",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
            ),
            ("paragraph", "现将《某某规划》印发给你们，请认真贯彻实施。"),
        ]
    );
}

#[test]
fn an_address_hails_its_audiences_a_line_each() {
    let lines = [
        "Honourable Members of the Senate:",
        "Members of the House of Commons:",
        "It is a pleasure for me to welcome you to the opening of parliament.",
    ];
    assert_eq!(names(&lines), ["salutation", "salutation"]);
}

#[test]
fn an_audience_hailed_with_an_exclamation_opens_a_speech() {
    let alone = [
        "在延安各界宪政促进会成立大会上的演讲",
        "同志们！",
        "今天开会。",
    ];
    assert_eq!(names(&alone), ["title", "salutation"]);
    let run_in = ["在会议上的讲话", "同志们！今天邀集大家来开座谈会。"];
    let front = front_matter(&run_in, &[false; 2]);
    assert_eq!(
        kinds(&front.blocks),
        [
            ("title", run_in[0]),
            ("salutation", "同志们！"),
            ("paragraph", "今天邀集大家来开座谈会。")
        ]
    );
    // An exclamation that is a sentence is no salutation.
    assert!(!is_hailed_audience("同志们，加油干！"));
}
