//! Web page furniture: lines in → kinds out.

use super::is_page_title;
use crate::structure::test_support::plain_kinds as kinds;
use crate::structure::{parse, InputFormat};

#[test]
fn breadcrumb_record_and_size_control_before_the_title() {
    let text = "当前位置：\n首页\n>\n政务信息\n>\n要闻\n2026年某省政府工作报告\n发表时间：\n\
        2026-02-09 09:45:30\n来源：\n某日报客户端\n阅读量：\n【字体：\n小\n中\n大\n】\n\
        政府工作报告\n——2026年2月3日在某省第十三届人民代表大会第五次会议上\n省长　***\n\
        各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n";
    assert_eq!(
        kinds(text),
        [
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "title",
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "title",
            "subtitle",
            "speaker",
            "salutation",
            "paragraph"
        ]
    );
}

#[test]
fn toolbar_first_and_the_record_among_the_head() {
    let text = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某市政府工作报告\n\
        ——2026年1月25日在某市第十六届人民代表大会第五次会议上\n来源：某日报\n时间：2026-02-02\n\
        某市市长 ***\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n";
    let got = kinds(text);
    assert_eq!(&got[..9], ["artifact"; 9]);
    assert_eq!(
        &got[9..],
        [
            "title",
            "subtitle",
            "front_matter",
            "front_matter",
            "speaker",
            "salutation",
            "paragraph"
        ]
    );
}

#[test]
fn the_footer_to_the_end_is_the_pages() {
    let text = "政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n我们一定能够完成任务。\n\
        责任编辑：\n李莎莎\n扫一扫在手机打开当前页\n相关链接>>\n解读省政府工作报告：在服务大局中\n\
        打印本页\n关闭窗口\n";
    let got = kinds(text);
    assert_eq!(&got[..4], ["title", "salutation", "paragraph", "paragraph"]);
    assert_eq!(&got[4..], ["artifact"; 7]);
}

#[test]
fn a_closing_followed_by_the_pages_files_and_phone_prompt() {
    let text = "关于调整最低工资标准的通知\n各县（市、区）人民政府：\n现将有关事项通知如下。\n\
        本通知自2022年8月1日起施行。\n广安市人民政府\n2022年7月29日\n\
        相关附件：广安府规〔2022〕5号关于调整全市最低工资标准的通知.pdf(/gasrmzfw/c1/HItkfMYy.pdf)\n\
        二维码开始扫一扫在手机打开当前页用来校验该浏览器是否支持HTML5\n";
    let got = kinds(text);
    assert_eq!(
        &got[4..],
        ["signature", "date", "artifact", "artifact"],
        "{got:?}"
    );
}

#[test]
fn a_page_foot_run_onto_the_last_line_is_split_off() {
    let line =
        "本通知自2022年8月1日起施行。广安市人民政府2022年7月29日相关附件：某通知.pdf(/a/b.pdf)\
        二维码开始扫一扫在手机打开当前页";
    let points = super::run_on_footer(line);
    assert_eq!(points.len(), 2);
    assert!(line[points[0]..].starts_with("相关附件："));
    assert!(line[points[1]..].starts_with("二维码"));
    // Inside a sentence, or with a sentence after it, the words are the text's.
    assert!(super::run_on_footer("请查看相关附件：名单和表格。").is_empty());
    assert!(super::run_on_footer("见通知。相关链接：某网站。后续还有正文。").is_empty());
}

#[test]
fn a_government_pages_record_table_and_the_issuers_under_the_title() {
    let text = "网站无障碍关怀版\n您当前所在位置： 首页>政务公开>信息公开\n索 引 号：\n014717475N/2023-0040295\n\
        发布机构：\n宜春市统计局\n公开方式：\n主动公开\n分类：\n统计公报\n\
        宜春市2022年国民经济和社会发展统计公报\n访问量：4859\n关联稿件：\n\
        宜春市2022年国民经济和社会发展统计公报\n宜春市统计局  国家统计局宜春调查队\n（2023年4月12日）\n\
        2022年，全市经济运行稳中有进。\n";
    let got = kinds(text);
    assert_eq!(&got[..2], ["artifact", "artifact"], "{got:?}");
    assert_eq!(&got[2..10], ["front_matter"; 8], "{got:?}");
    assert_eq!(
        &got[10..],
        [
            "title",
            "front_matter",
            "artifact",
            "title",
            "speaker",
            "subtitle",
            "paragraph"
        ],
        "{got:?}"
    );
}

#[test]
fn the_same_words_inside_the_text_stay_text() {
    // "打印" and "来源：" in the body, no page around them.
    let text = "关于做好档案工作的通知\n各单位：\n请做好以下工作。\n打印\n来源：本单位档案室\n\
        以上请遵照执行。\n";
    let got = kinds(text);
    assert!(!got.contains(&"artifact"), "{got:?}");
    assert!(!got.contains(&"front_matter"), "{got:?}");
}

#[test]
fn the_furniture_left_out_is_counted_in_a_warning() {
    let text = "当前位置：首页 > 要闻\n某市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n";
    let doc = parse(text, InputFormat::Plain, None);
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.starts_with("1 line(s) of page or site furniture")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn the_section_repeated_under_the_breadcrumb_and_a_timestamp_in_words() {
    let text = "您的位置:\n首页\n>\n要闻\n要闻\n2026年某省政府工作报告\n2026年02月10日 07时41分\n\
        2026年1月27日在某省第十四届人民代表大会第四次会议上 某省省长 赵刚\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n";
    assert_eq!(
        kinds(text),
        [
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "title",
            "front_matter",
            "subtitle",
            "speaker",
            "salutation",
            "paragraph"
        ]
    );
}

#[test]
fn an_ebook_sites_banner_between_rules_is_front_matter() {
    let text = "--------------------\n更多TXT电子书下载,请访问雨枫轩:http://www.rain8.com\n\
        版权声明：本站所有电子书本着交流学习的目的\n仅供读者研究学习，不得用作商业用途！\n\
        --------------------\n第一回　王教头私走延安府\n话说故宋，哲宗皇帝在时，其时去仁宗天子已远。\n";
    assert_eq!(
        kinds(text),
        [
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "heading",
            "paragraph"
        ]
    );
    // An address in the text without what a site offers stays text.
    let text = "详见http://www.gov.cn。\n正文。\n";
    assert!(!kinds(text).contains(&"front_matter"));
}

#[test]
fn a_site_menu_and_footer_around_a_page_titled_for_the_browser() {
    let lines = [
        "某某能源监管办关于印发《某某服务规范》的通知_国家能源局某某监管办公室",
        "设为首页",
        "工作邮箱",
        "搜索",
        "首页",
        "机构概览",
        "某某能源监管办关于印发《某某服务规范》的通知",
        "2019-01-07 09:30",
        "来源：某某能源监管办",
        "Aa",
        "字体：",
        "小",
        "|",
        "大",
        "各增量配电网企业：",
        "为维护供电市场秩序，现将《某某服务规范》印发给你们，请遵照执行。",
        "国家能源局某某监管办公室",
        "2018年12月25日",
        "网站地图",
        "联系我们",
        "京ICP备11044902号",
    ];
    assert_eq!(
        kinds(&(lines.join("\n") + "\n")),
        [
            "title",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "title",
            "front_matter",
            "front_matter",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "salutation",
            "paragraph",
            "signature",
            "date",
            "artifact",
            "artifact",
            "artifact",
        ]
    );
    assert!(is_page_title(
        "【印发《关于某某的意见》的通知(发改能源规〔2018〕637号)】-国家发展和改革委员会"
    ));
    assert!(is_page_title("某局关于印发某细则的通知_委局文件_政务公开"));
    assert!(!is_page_title("snake_case_name"));
}

#[test]
fn a_page_byline_with_site_date_and_source_is_the_page_record() {
    let text = "当前位置： 首页>> 中国概况\n1954年某报告\n\
        某政府门户网站　www.example.cn　　 2006年02月23日 14时43分　　 来源：某报\n\
        【字体：大 中 小】\n政府工作报告\n——1954年5月23日在某会议上\n\
        各位代表：\n我们召开了这次会议，讨论了许多问题。\n";
    assert_eq!(
        kinds(text),
        [
            "artifact",
            "title",
            "front_matter",
            "artifact",
            "title",
            "subtitle",
            "salutation",
            "paragraph"
        ]
    );
    // A sentence that names a date and its source is the text's.
    assert!(super::web_lines(&["会上，2006年2月23日 他说 来源：某报。"], 0).is_none());
}

#[test]
fn the_top_bar_over_the_menu_and_the_disclosure_record_are_the_page_s() {
    let text = "| 2023年10月11日 星期三\n繁體版 无障碍\n✖\n-网站首页\n-新闻中心\n-政务公开\n\
        您当前的位置： 网站首页>政务公开\n某县统计公报\n名 称 ：\n\
        某县某局关于印发某年某项工作实施细则的通知\n发 文 字 号 ：\n某发〔2021〕3号\n\
        有 效 性 ：\n有效\n某县统计公报\n去年，全县经济稳定发展，各项工作取得新成绩。\n";
    assert_eq!(
        kinds(text),
        [
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "artifact",
            "title",
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter",
            "title",
            "paragraph"
        ]
    );
}
