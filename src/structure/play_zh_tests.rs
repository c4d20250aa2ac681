//! The Chinese play layout: title block, cast, acts, directions, run-in speakers.

use crate::structure::test_support::plain_kinds;

const FRONT: &str = "茶　馆\n\n（三幕话剧）\n\n老舍\n\n人物\n\n\
王利发　－－　男。二十多岁。\n\n唐铁嘴　－－　男。三十来岁。\n\n李　三　－－　男。三十多岁。\n";

const ACT: &str = "第一幕\n\n人物　　王利发、唐铁嘴。\n\n时间　　初秋。\n\n\
〔幕起：这种大茶馆现在已经不见了。\n\n〔王利发高高地坐在柜台里。\n\n\
王利发　　唐先生，你外边遛遛吧！\n\n唐铁嘴　　（惨笑）王掌柜，捧捧吧！\n\n\
王利发　　算了吧！\n\n松二爷\n唐铁嘴　　您喝这个！\n";

#[test]
fn a_chinese_plays_title_kind_author_and_cast() {
    assert_eq!(
        plain_kinds(FRONT),
        [
            "title",
            "subtitle",
            "speaker",
            "heading",
            "list_item",
            "list_item",
            "list_item"
        ]
    );
}

#[test]
fn a_chinese_act_its_setting_directions_and_run_in_speakers() {
    let k = plain_kinds(ACT);
    assert_eq!(
        k[..5],
        [
            "heading",
            "stage_direction",
            "stage_direction",
            "stage_direction",
            "stage_direction"
        ]
    );
    assert_eq!(
        k[5..9],
        ["speaker_label", "paragraph", "speaker_label", "paragraph"]
    );
    // The speaker alone over the next one's line speaks it too.
    assert_eq!(
        k[k.len() - 3..],
        ["speaker_label", "speaker_label", "paragraph"]
    );
}

#[test]
fn a_cast_the_text_opens_inside_ends_at_the_first_act() {
    let text = format!("难民数人，有男有女。\n\n宪兵四人。男。\n\n{ACT}");
    assert_eq!(
        plain_kinds(&text)[..3],
        ["list_item", "list_item", "heading"]
    );
}

#[test]
fn names_before_two_ideographic_spaces_alone_make_no_play() {
    // One sign (run-in names that recur) is not enough: a form's labels look the same.
    let text = "姓名　　张三\n\n地址　　北京\n\n姓名　　李四\n\n备注　　无\n";
    assert!(!plain_kinds(text).contains(&"speaker_label"));
}

#[test]
fn numbered_notes_and_their_heading_are_no_play() {
    let text = "注　　释\n\n〔1〕见本卷。\n\n〔2〕同上。\n\n注　　释\n\n〔1〕见前注。\n";
    assert!(!plain_kinds(text).contains(&"stage_direction"));
}
