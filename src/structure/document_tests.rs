//! Whole documents through the plain reader (recovered text in → blocks out): heads,
//! closings, collections and page furniture working together.

use super::plain::parse_plain;
use super::recover::recover_reporting;
use crate::model::{Block, BlockKind};

/// "kind" per block, headings as "heading L".
fn kinds(text: &str) -> Vec<String> {
    let (recovered, _) = recover_reporting(text);
    parse_plain(&recovered)
        .iter()
        .map(|b: &Block| match &b.kind {
            BlockKind::Heading(h) => format!("heading {}", h.level),
            k => k.name().to_string(),
        })
        .collect()
}

#[test]
fn a_collection_gives_each_article_its_head_and_its_own_heading_levels() {
    let text = "在全国科技大会上的讲话\n（2016年5月30日）\n同志们：\n（一）创新是第一动力。\n我们要创新。\n\
                在庆祝大会上的讲话\n（2018年12月18日）\n同志们、朋友们：\n一、伟大成就\n我们取得了成就。\n（一）经济发展。\n经济发展了。\n";
    assert_eq!(
        kinds(text),
        [
            "title",
            "subtitle",
            "salutation",
            "heading 1",
            "paragraph",
            "title",
            "subtitle",
            "salutation",
            "heading 1",
            "paragraph",
            "heading 2",
            "paragraph",
        ]
    );
}

#[test]
fn a_letter_inside_a_collection_keeps_its_signature_and_an_editors_note_closes_an_article() {
    let text = "致中共中央政治局的信\n（一九八九年九月四日）\n中央政治局：\n我向中央请求辞去现在担任的职务。\n\
                邓　小　平\n一九八九年九月四日\n我们有信心把中国的事情做得更好\n（一九八九年九月十六日）\n\
                我的身体还好。\n（这是邓小平同志会见李政道教授时的谈话。）\n";
    assert_eq!(
        kinds(text),
        [
            "title",
            "subtitle",
            "salutation",
            "paragraph",
            "signature",
            "date",
            "title",
            "subtitle",
            "paragraph",
            "note",
        ]
    );
}

#[test]
fn page_furniture_becomes_artifacts_and_the_broken_sentence_is_whole_again() {
    let text = "关于开展检查的通知\n各部门：\n他每天都去钓\n\n- 2 -\n\n虾。后来他回家了。\n第二段。\n- 3 -\n";
    let (recovered, warnings) = recover_reporting(text);
    let blocks = parse_plain(&recovered);
    let texts: Vec<(String, String)> = blocks
        .iter()
        .map(|b| (b.kind.name().to_string(), b.plain_text()))
        .collect();
    assert!(texts.contains(&("paragraph".into(), "他每天都去钓虾。后来他回家了。".into())));
    assert!(texts.contains(&("artifact".into(), "- 2 -".into())));
    assert_eq!(texts.last(), Some(&("artifact".into(), "- 3 -".into())));
    assert!(warnings.iter().any(|w| w.contains("page furniture")));
}

#[test]
fn an_official_document_from_head_to_closing_record() {
    let text = "000123\n机密★1年\n特急\n*市人民政府文件\n*政发〔2025〕7号\n签发人：***\n\
                *市人民政府关于做好2025年防汛抗旱工作的通知\n各区县人民政府，市政府各部门：\n\
                为切实做好防汛工作，现就有关事项通知如下：\n一、提高思想认识\n各地要充分认识防汛工作的重要性。\n\
                二、落实工作责任\n各地要落实责任。\n*市人民政府\n2025年4月1日\n（此件公开发布）\n\
                附件1\n防汛责任人名单\n名单如下。\n抄送：市委办公室，市人大常委会办公室。\n\
                *市人民政府办公室　　　　2025年4月1日印发\n";
    assert_eq!(
        kinds(text),
        [
            "copy_number",
            "secrecy",
            "urgency",
            "masthead",
            "document_number",
            "signer",
            "title",
            "salutation",
            "paragraph",
            "heading 1",
            "paragraph",
            "heading 1",
            "paragraph",
            "signature",
            "date",
            "note",
            "attachment",
            "title",
            "paragraph",
            "copy_to",
            "imprint",
        ]
    );
}

#[test]
fn a_speech_head_run_into_one_line_and_a_news_dateline() {
    let text = "政府工作报告——2024年12月20日在*县第十八届人民代表大会第三次会议上县长 ***\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n";
    assert_eq!(
        kinds(text),
        ["title", "subtitle", "speaker", "salutation", "paragraph"]
    );
    let news = "新华社北京3月5日电\n政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院向大会报告政府工作。\n";
    assert_eq!(
        kinds(news),
        [
            "dateline",
            "title",
            "subtitle",
            "speaker",
            "salutation",
            "paragraph"
        ]
    );
}

#[test]
fn a_chapter_line_behind_a_noisy_prefix_keeps_its_level() {
    let text = "三国演义\n\n正文 第一回　宴桃园豪杰三结义　斩黄巾英雄首立功\n\n话说天下大势，分久必合，合久必分。\n\n\
                第二回　张翼德怒鞭督邮　何国舅谋诛宦竖\n\n且说董卓字仲颖，陇西临洮人也。\n";
    let doc = super::parse(text, super::InputFormat::Plain, None);
    let got: Vec<(&str, Option<u8>)> = doc
        .blocks
        .iter()
        .map(|b| (b.kind.name(), b.heading().map(|h| h.level)))
        .collect();
    assert_eq!(
        got,
        [
            ("title", None),
            ("heading", Some(1)),
            ("paragraph", None),
            ("heading", Some(1)),
            ("paragraph", None)
        ]
    );
    // Without another chapter line the prefix is not noise: no heading is made.
    let alone = super::parse(
        "正文 第一回　宴桃园豪杰三结义\n话说天下大势。\n",
        super::InputFormat::Plain,
        None,
    );
    assert!(alone.blocks.iter().all(|b| b.heading().is_none()));
}

#[test]
fn a_line_pasted_in_bold_heads_what_follows() {
    let text = "政府工作报告\n\n<b>一年来的主要工作</b>\n\n　　过去一年，<b>经济</b>稳中有进。\n\n<b>今年的工作安排</b>\n\n　　今年要继续努力。\n";
    assert_eq!(
        kinds(text),
        ["title", "heading 1", "paragraph", "heading 1", "paragraph"]
    );
    // Bold inside a sentence, or a whole bold sentence, is emphasis, not a heading.
    let text =
        "通知\n\n<b>请各单位于6月1日前报送材料。</b>\n\n　　过去一年，<b>经济</b>稳中有进。\n";
    assert_eq!(kinds(text), ["title", "paragraph", "paragraph"]);
}

#[test]
fn a_bare_attachment_lead_names_the_attachment_on_the_next_line() {
    // A web page broke "附件：关于……的意见" after the colon, just before the closing.
    let text = "关于印发《关于加快储气设施建设的意见》的通知\n各省、自治区、直辖市发展改革委：\n现将《意见》印发给你们，请认真贯彻执行。\n附件：\n关于加快储气设施建设的意见\n国家发展改革委\n2018年4月26日\n";
    let got = kinds(text);
    let at = got.iter().position(|k| k == "attachment").unwrap();
    assert_eq!(
        got[at..],
        ["attachment", "attachment", "signature", "date"].map(String::from)
    );
}

#[test]
fn a_bare_attachment_lead_before_the_closing_opens_no_attached_document() {
    // The attached report follows the closing under its own title, with no "附件" mark.
    let text = "关于公示模拟运行试结算结果的公告\n各市场成员：\n近期，市场开展了模拟运行试结算，现将结果予以公示。\n附件：\n模拟运行试结算报告\n国家能源局华北监管局\n2018年12月28日\n（联系人：张三，010-51968578）\n关于模拟运行试结算情况的报告\n12月7日和9日，调度中心组织开展了试结算。\n";
    let got = kinds(text);
    let at = got.iter().position(|k| k == "attachment").unwrap();
    assert_eq!(
        got[at..at + 4],
        ["attachment", "attachment", "signature", "date"].map(String::from)
    );
}

#[test]
fn pieces_of_old_prose_start_at_their_names_over_their_sources() {
    // The source set on the name's line, after a wide gap or after black brackets, is
    // the piece's subtitle; each name over a source starts a piece.
    let text = "卷一‧周鄭交質　　左傳‧隱公三年\n\n鄭武公、莊公為平王卿士，王貳于虢，鄭伯怨王。\n\n\
                卷一‧石碏諫寵州吁　　左傳‧隱公三年\n\n衛莊公娶于齊東宮得臣之妹，曰莊姜。\n\n\
                【蹇叔哭师】（僖公三十二年 《左传》）\n\n杞子自郑使告于秦曰。\n";
    assert_eq!(
        kinds(text),
        [
            "title",
            "subtitle",
            "paragraph",
            "title",
            "subtitle",
            "paragraph",
            "title",
            "subtitle",
            "paragraph"
        ]
    );
}
