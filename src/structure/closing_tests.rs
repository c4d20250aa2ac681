//! Tests of the closing: signature, date, notes, attachments after the closing, 版记,
//! letter closings (lines in → kinds out).

use super::*;

fn kinds<'a>(blocks: &[(BlockKind, &'a str)]) -> Vec<(&'static str, &'a str)> {
    blocks.iter().map(|(k, t)| (k.name(), *t)).collect()
}

fn names<S>(blocks: &[(BlockKind, S)]) -> Vec<&'static str> {
    blocks.iter().map(|(k, _)| k.name()).collect()
}

#[test]
fn signature_and_date_close_the_document() {
    let lines = ["正文。", "中共中央", "国务院", "2025年2月18日"];
    let c = closing(&lines, 0);
    assert_eq!(c.body_end, 1);
    assert_eq!(
        kinds(&c.signed),
        [
            ("signature", "中共中央"),
            ("signature", "国务院"),
            ("date", "2025年2月18日")
        ]
    );
    let lines = ["正文。", "某某县筹备组", "二〇二五年二月十八日"];
    let c = closing(&lines, 0);
    assert_eq!((c.body_end, c.signed[0].0.name()), (1, "signature"));
    let speech = ["正文。", "最后，预祝大会取得圆满成功！"];
    let c = closing(&speech, 0);
    assert_eq!((c.body_end, c.signed.len()), (2, 0));
    let organ = ["正文。", "国务院办公厅"];
    assert_eq!(closing(&organ, 0).body_end, 1);
}

#[test]
fn an_organ_wrapped_over_two_lines_signs_whole() {
    let lines = [
        "正文。",
        "湖北省巴东县官渡口镇马鬃山村",
        "地质险情调查专家组",
        "二〇〇四年九月二十三日",
    ];
    let c = closing(&lines, 0);
    assert_eq!(
        (c.body_end, names(&c.signed)),
        (1, vec!["signature", "signature", "date"])
    );
}

#[test]
fn an_author_signs_off_with_date_name_and_place() {
    let lines = ["正文。", "一九二二年十二月三日，鲁迅记于北京。"];
    let c = closing(&lines, 0);
    assert_eq!((c.body_end, names(&c.signed)), (1, vec!["date"]));
    assert!(is_dated_sign_off("1935年12月30日，写于上海"));
    // A sentence that opens with a date is the text's.
    assert!(!is_dated_sign_off(
        "2025年3月1日，我们于北京召开会议，研究部署工作。"
    ));
    assert!(!is_dated_sign_off("一九二二年十二月三日，天气很好。"));
}

#[test]
fn a_note_and_the_closing_record_follow_the_date() {
    let lines = [
        "正文。",
        "某某县人民政府办公室",
        "二〇二六年二月二十日",
        "（此件公开发布）",
        "抄送：县委办公室，县人大常委会办公室。",
        "某某县人民政府办公室　　2026年2月20日印发",
    ];
    let c = closing(&lines, 0);
    assert_eq!(c.body_end, 1);
    assert_eq!(names(&c.signed), ["signature", "date", "note"]);
    assert_eq!(names(&c.record), ["copy_to", "imprint"]);
    assert!(c.appendix.is_empty());
    // A line trailing off over the date is the text's last, not a signature.
    let story = ["正文。", "救救孩子……", "一九一八年四月。"];
    let c = closing(&story, 0);
    assert_eq!((c.body_end, names(&c.signed)), (2, vec!["date"]));
    // An essay's date may close with a full stop.
    let essay = ["正文。", "一九二四年九月十五日。"];
    assert_eq!(names(&closing(&essay, 0).signed), ["date"]);
    // The release note may come without its parentheses.
    let mut bare = lines;
    bare[3] = "此件公开发布";
    assert_eq!(
        names(&closing(&bare, 0).signed),
        ["signature", "date", "note"]
    );
    // Without a date or signature above it, a parenthesised line is the body's own.
    let body = ["正文。", "（完）"];
    let c = closing(&body, 0);
    assert_eq!((c.body_end, c.signed.len()), (2, 0));
}

#[test]
fn attachments_after_the_closing_come_before_the_record() {
    let lines = [
        "正文。",
        "*市人民政府",
        "2025年4月1日",
        "（联系人：***，电话：12345678）",
        "附件1",
        "防汛责任人名单",
        "名单内容。",
        "抄送：市委办公室。",
        "*市人民政府办公室　　2025年4月1日印发",
    ];
    let c = closing(&lines, 0);
    assert_eq!(c.body_end, 1);
    assert_eq!(names(&c.signed), ["signature", "date", "note"]);
    assert_eq!(c.appendix, 4..7);
    assert_eq!(names(&c.record), ["copy_to", "imprint"]);
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
    let c = closing(&lines, 0);
    assert_eq!(c.body_end, 1);
    assert_eq!(
        names(&c.signed),
        ["signature", "signature", "signature", "date"]
    );
    // A note under the closing stays in the document, after it.
    let noted = ["We expect growth.", "Sincerely,", "Jane Doe", "(Enclosure)"];
    let c = closing(&noted, 0);
    assert_eq!(c.body_end, 1);
    assert_eq!(names(&c.signed), ["signature", "signature", "note"]);
    // A sentence under it means it was not a closing.
    let not = ["Text.", "Best,", "I will write again next week."];
    assert_eq!(closing(&not, 0).body_end, 3);
    // A novel's letter: an affectionate close, each paragraph opening with a quote mark.
    let quoted = ["\"I am longing to be with you.", "\"Your loving", "\"MINA."];
    let c = closing(&quoted, 0);
    assert_eq!(
        (c.body_end, names(&c.signed)),
        (1, vec!["signature", "signature"])
    );
}

#[test]
fn an_organ_and_its_date_on_one_line_are_split() {
    let lines = ["特此批复。", "最高人民法院　2018年3月5日"];
    let c = closing(&lines, 0);
    assert_eq!(c.body_end, 1);
    assert_eq!(
        c.signed,
        [
            (BlockKind::Signature, "最高人民法院"),
            (BlockKind::Date, "2018年3月5日")
        ]
    );
    // A sentence that happens to end with a date is not a closing.
    let not = ["特此批复。", "本办法自 2018年3月5日"];
    assert!(closing(&not, 0).signed.is_empty());
}

#[test]
fn a_note_run_onto_the_date_is_split_off() {
    let lines = ["正文。", "国务院", "2016年11月24日（此件有删改）"];
    let close = closing(&lines, 0);
    assert_eq!(
        close.signed,
        [
            (BlockKind::Signature, "国务院"),
            (BlockKind::Date, "2016年11月24日"),
            (BlockKind::Note, "（此件有删改）")
        ]
    );
}

#[test]
fn page_furniture_among_the_closing_stays_furniture() {
    // Fuzz finding 25: a page number marked as furniture between two signature lines was
    // kept as a signature line, its U+0001 mark in the text.
    let lines = [
        "[Illustrations",
        "best",
        "managed to put [Illust",
        "into one and so pbe",
        "\u{1}00",
        "y",
    ];
    let c = closing(&lines, 0);
    assert!(
        c.signed.iter().all(|(_, t)| !t.contains('\u{1}')),
        "{:?}",
        kinds(&c.signed)
    );
}

#[test]
fn a_closing_record_that_lost_its_labels_follows_the_documents_date() {
    let lines = [
        "正文。",
        "某市安全生产委员会办公室",
        "二〇二五年三月八日",
        "此件公开发布",
        "市委办公室",
        "市政府办公室",
        "某市安全生产委员会办公室",
        "2025年3月8日",
    ];
    let c = closing(&lines, 0);
    assert_eq!(names(&c.signed), ["signature", "date", "note"]);
    let record: Vec<(&str, &str)> = c
        .record
        .iter()
        .map(|(k, t)| (k.name(), t.as_ref()))
        .collect();
    assert_eq!(
        record,
        [
            ("copy_to", "市委办公室"),
            ("copy_to", "市政府办公室"),
            (
                "imprint",
                "某市安全生产委员会办公室\u{3000}\u{3000}2025年3月8日"
            )
        ]
    );
    // Two signatures and dates with nothing of a closing between are not a record.
    let plain = [
        "正文。",
        "市委办公室",
        "市政府办公室",
        "某市安全生产委员会办公室",
        "2025年3月8日",
    ];
    assert!(closing(&plain, 0).record.is_empty());
}

#[test]
fn a_writer_closes_a_piece_with_its_date_place_and_what_was_done() {
    for line in [
        "1922年3月28日。",
        "1921年11月3日，上海。",
        "1923年10月11日作完，于温州。",
        "2月8日，温州作。",
        "1925年6月19日夜。",
        "一九二○年作",
        "1928年7月31日，北平清华园。",
        // A year and month with what was done, no day.
        "1934年3月作。",
    ] {
        assert!(is_piece_date(line), "{line}");
    }
    for line in [
        "一九二二年十二月三日，天气很好。",
        "2025年3月1日，我们于北京召开会议，研究部署工作。",
        "3月5日，国务院总理作政府工作报告。",
        "2月8日下午开会",
        "1934年3月作出决定。",
    ] {
        assert!(!is_piece_date(line), "{line}");
    }
    let lines = [
        "正文。",
        "1921年11月3日，上海。",
        "（原载1921年11月5日《时事新报》）",
    ];
    let c = closing(&lines, 0);
    assert_eq!((c.body_end, names(&c.signed)), (1, vec!["date", "note"]));
}

#[test]
fn a_letter_closes_with_its_wish_name_and_date() {
    let lines = ["正文。", "旅安", "徽音寄自费城", "二月十五日"];
    let c = closing(&lines, 0);
    assert_eq!(
        (c.body_end, names(&c.signed)),
        (1, vec!["signature", "signature", "date"])
    );
    let wish = ["正文。", "敬祝安好！", "徽音 敬上", "十一月三日"];
    assert_eq!(closing(&wish, 0).body_end, 1);
    assert!(is_piece_date("二月六日于费城"));
    assert!(is_piece_date("八月二十七日晚七时"));
    assert!(is_letter_close("祝好。"));
    assert!(is_letter_close("此致敬礼！"));
    assert!(!is_letter_close("祝大家新年快乐，万事如意！"));
    // A wish with no name and date under it is the text's.
    let text = ["正文。", "祝好。"];
    assert_eq!(closing(&text, 0).body_end, 2);
}

#[test]
fn a_writer_dates_a_piece_in_parentheses_or_signs_on_the_dates_line() {
    let bracketed = ["我们一同走出店门。", "（一九二四年二月一六日。）"];
    let c = closing(&bracketed, 0);
    assert_eq!((c.body_end, names(&c.signed)), (1, vec!["date"]));
    let signed = [
        "现在才总算编成了一本书。",
        "一九三五年十二月二十六日。鲁迅。",
    ];
    let c = closing(&signed, 0);
    assert_eq!(
        (c.body_end, names(&c.signed)),
        (1, vec!["date", "signature"])
    );
    assert_eq!(
        c.signed.iter().map(|(_, t)| *t).collect::<Vec<_>>(),
        ["一九三五年十二月二十六日。", "鲁迅。"]
    );
    // Without the stop, a date in parentheses is the next piece's, under its title.
    let under_title = [
        "正文。",
        "征询对待富农策略问题的意见",
        "（一九五○年三月十二日）",
    ];
    assert!(!names(&closing(&under_title, 0).signed).contains(&"date"));
    // A sentence after the date is no name.
    assert!(date_and_name("一九三五年十二月二十六日。天很冷。").is_none());
}
