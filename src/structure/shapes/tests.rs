//! Line shapes, one family a test: each positive example beside the near miss that
//! must not match.

use super::*;

#[test]
fn speakers_and_names() {
    assert!(is_speaker("国务院总理 李强"));
    assert!(is_speaker("市长　***"));
    // The office run into the name, a minority's longer name, a name parted by "·".
    assert!(is_speaker("国务院总理周恩来"));
    assert!(is_speaker("省长王凯"));
    assert!(is_speaker("西藏自治区代理主席 嘎玛泽登"));
    assert!(is_speaker("自治区主席 艾尔肯·吐尼亚孜"));
    // An old author under the dynasty.
    assert!(is_speaker("[清]刘鹗"));
    assert!(is_speaker("清·王国维"));
    assert!(is_speaker("〔宋〕苏轼"));
    assert!(!is_speaker("清·乾隆年间的事"));
    assert!(!is_speaker("[注]见前"));
    assert!(!is_speaker("市长助理"));
    assert!(!is_speaker("全国人大常委会委员长会议"));
    assert!(!is_speaker("主席团 常务委员会"));
    assert!(is_speaker("***"));
    assert!(is_speaker("中共中央总书记、国家主席 习近平"));
    assert!(is_speaker("by Lewis Carroll"));
    assert!(is_speaker("Stephen Crane (1871-1900)"));
    assert!(!is_speaker("In the Year (1871-1900)"));
    assert!(is_name_byline("by W.E.B. Du Bois"));
    assert!(is_name_byline("by Nicolo Machiavelli"));
    assert!(!is_name_byline("by lightning and the roof fell in"));
    assert!(!is_name_byline("by Jack and the others"));
    assert!(!is_speaker("目　录"));
    assert!(!is_speaker("一、 总体要求"));
    assert!(!is_speaker("李强"), "a bare name needs its position");
    assert!(is_name("李强"));
    assert!(is_name("邓　小　平"));
    assert!(!is_name("的通知"));
    assert!(!is_name("工作报告"));
    // Four characters are a name only after a two-character surname.
    assert!(is_name("欧阳修远"));
    assert!(!is_name("真抓实干"));
    assert!(!is_speaker("坚定信心　真抓实干"), "a two-phrase headline");
    assert!(is_speaker("作者：某某"));
    assert!(is_speaker("Prepared by the Environmental Office"));
    assert!(!is_speaker("Prepared for the Environmental Office"));
    assert!(!is_speaker("作者：本文由某某整理，转载请注明出处。"));
}

#[test]
fn datelines_and_captions() {
    assert!(is_dateline("新华社北京3月5日电"));
    assert!(is_dateline("新华社北京3月5日电（记者 ***）"));
    assert!(is_dateline("本报讯"));
    // A space before the bracketed credit, or the credit unbracketed.
    assert!(is_dateline("人民网北京3月5日电 （记者王某、李某）"));
    assert!(is_dateline("本报北京3月5日电　（记者***）"));
    assert!(is_dateline("新华社北京3月5日电　记者王某 李某"));
    assert!(is_dateline("本报讯 记者 *** 通讯员 ***"));
    assert!(!is_dateline(
        "新华社北京3月5日电　记者从会上获悉，今年将继续推进改革。"
    ));
    assert_eq!(
        dateline_len("新华社北京3月5日电 国务院总理李强5日在政府工作报告中说。"),
        Some("新华社北京3月5日电".len())
    );
    assert!(!is_dateline("3月5日，会议在北京召开。"));
    assert!(is_caption(
        "3月5日，第十四届全国人大二次会议在北京人民大会堂开幕。新华社记者 *** 摄"
    ));
    assert!(is_caption("（新华社记者 *** 摄）"));
    assert!(!is_caption("我们要摄取营养。"));
}

#[test]
fn the_head_of_an_official_document() {
    assert!(is_copy_number("000123"));
    assert!(!is_copy_number("2025"));
    assert!(is_secrecy("机密★1年"));
    assert!(is_secrecy("绝密"));
    assert!(!is_secrecy("机密文件的管理"));
    assert!(is_urgency("特急"));
    assert!(is_signer("签发人：***"));
    assert!(is_document_number("*政发〔2025〕7号"));
    assert!(is_document_number("京政办发[2024]第5号"));
    // A 公告's number and a 纪要's issue carry no organ's code.
    assert!(is_document_number("〔2025〕第1号"));
    assert!(is_document_number("〔2025〕第5期"));
    assert!(!is_document_number("2025年第5期"));
    // A court's number gives the organ's code after the year ("民他字": civil, other).
    assert!(is_document_number("〔1992〕民他字第10号"));
    assert!(is_masthead_line("常务会议纪要"));
    assert!(!is_masthead_line("公　　告"));
    assert!(!is_document_number(
        "根据国办发〔2025〕3号文件精神，制定本办法。"
    ));
    assert!(is_masthead_line("*市人民政府文件"));
    assert!(!is_masthead_line(
        "中共中央关于暂时放弃延安和保卫陕甘宁边区的两个文件"
    ));
}

#[test]
fn occasions_make_speeches() {
    assert!(names_an_occasion("——在*市第十五次代表大会上的报告"));
    assert!(names_an_occasion("在全国科技大会上的讲话"));
    assert!(names_an_occasion("――在亚非领导人会议上的讲话"));
    assert!(names_an_occasion("——四月八日在黄埔军官学校讲"));
    assert!(!names_an_occasion("——在这里讲的道理很多，不一一说了"));
    assert!(is_dash_line("――在亚非领导人会议上的讲话"));
    assert!(!is_title_line("――在亚非领导人会议上的讲话"));
    assert!(names_an_occasion(
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上"
    ));
    assert!(!names_an_occasion("关于在全市开展安全检查的通知"));
}

#[test]
fn salutations_and_organs() {
    assert!(is_salutation("各位代表："));
    assert!(is_salutation("My fellow citizens:"));
    assert!(!is_salutation("签发人：***"));
    assert!(
        !is_salutation("内容简介："),
        "a part of the text, not an addressee"
    );
    assert!(!is_salutation("编者按："));
    assert!(!is_salutation("一、总体要求："));
    assert!(!is_salutation(
        "根据审判实践需要，经审判委员会决定，对《关于案件管辖的规定》作如下修改："
    ));
    assert!(!is_salutation("现将有关事项通知如下："));
    assert!(is_salutation(
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    ));
    assert!(is_organ_name("*市人民政府"));
    assert!(is_organ_name("中共中央 国务院"));
    assert!(!is_organ_name("我们要建设好政府。"));
    assert!(addresses_audience("各位代表、同志们："));
}

#[test]
fn editorial_notes_close_articles() {
    assert!(is_editorial_note(
        "（这是邓小平同志会见印度共产党代表团时的谈话。）"
    ));
    assert!(!is_editorial_note("（完）"));
    assert!(is_editorial_note("（来源：青海日报）"));
    assert!(!is_editorial_note("（来源不明）"));
    assert!(is_editorial_note(
        "（这是邓小平同志会见印度共产党（马克思主义）中央代表团时谈话的一部分。）"
    ));
    assert!(!is_editorial_note("（一）加强领导。（二）落实责任。"));
}

#[test]
fn section_words_head_sections() {
    assert!(is_section_word("附则"));
    assert!(is_section_word("附　　则"));
    assert!(!is_section_word("附则规定如下。"));
}

#[test]
fn rules_and_definitions_against_headings() {
    assert!(states_a_rule("人民法院对查封的财产应当估价。"));
    assert!(states_a_rule(
        "本规定所称高等学校，是指大学、独立设置的学院。"
    ));
    assert!(states_a_rule("未经批准，任何单位不得刻制印章。"));
    assert!(!states_a_rule("牢牢把握高质量发展这个首要任务。"));
    assert!(!states_a_rule("必须坚持党的全面领导"));
    // A provision naming its own document.
    assert!(states_a_rule("本规定适用于国家机关、事业单位。"));
    assert!(states_a_rule("本办法由市政府办公厅负责解释。"));
    assert!(!states_a_rule("本规定的适用范围"));
}

#[test]
fn a_long_list_of_addressees() {
    let long = "各省、自治区、直辖市高级人民法院，解放军军事法院，新疆维吾尔自治区高级人民法院生产建设兵团分院，各省、自治区、直辖市人民检察院，军事检察院，新疆生产建设兵团人民检察院：";
    assert!(!is_salutation(long));
    assert!(is_addressee_list(long));
    assert!(!is_addressee_list(
        "为了便于及时处理涉外海事案件，现根据国务院文件，结合实际，通知如下："
    ));
    assert!(!is_addressee_list("一、各地、各部门、各单位："));
}

#[test]
fn long_titles_on_one_line() {
    assert!(is_title_line(
        "最高人民法院、最高人民检察院关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释"
    ));
    assert!(is_title_line(
        "国务院办公厅关于进一步加强城市地下管线建设管理的指导意见（试行）"
    ));
    // As long, but not shaped like a title: a line of text without its full stop.
    assert!(!is_title_line(
        "全国人民代表大会常务委员会根据司法实践中遇到的情况讨论了刑法第三十条的含义及其适用问题"
    ));
}

#[test]
fn a_title_names_something_in_more_letters_than_figures() {
    // A revision table's cells, one per line in text copied from a PDF.
    assert!(!is_title_line("Ver1.01"));
    assert!(!is_title_line("V2.0"));
    assert!(is_title_line("2035年远景目标纲要"));
    assert!(is_title_line("G20杭州峰会"));
}

#[test]
fn labels_framed_by_rules_head_sections() {
    assert!(is_framed_label("========简介========"));
    assert!(is_framed_label("------ 正文 ------"));
    assert!(!is_title_line("========简介========"));
    assert!(!is_framed_label("--------------------"));
    assert!(!is_framed_label("===这是一句很长的话，不是标签。==="));
}

#[test]
fn effective_date_notes() {
    assert!(is_effective_date_note("发布之日施行"));
    assert!(is_effective_date_note("自2020年1月1日起施行"));
    assert!(!is_effective_date_note("本规定自发布之日起施行。"));
    assert!(!is_effective_date_note(
        "为保证本法的顺利施行，现作如下规定：自公布之日起施行"
    ));
}

#[test]
fn a_dateline_with_its_year_and_a_title_with_figures() {
    assert!(is_dateline("新华社北京2006年3月15日电"));
    assert!(!is_title_line("新华社北京2006年3月15日电"));
    assert!(is_title_line("2025年10件惠民实事"));
    assert!(!is_title_line("Ver1.01"));
}

#[test]
fn a_reference_to_articles_of_a_law() {
    assert!(is_law_reference("《中华人民共和国民法通则》第135条"));
    assert!(is_law_reference(
        "《物业管理条例》第7条第4项、第54条第1款、第2款"
    ));
    assert!(is_law_reference("《中华人民共和国刑法》第一百九十一条"));
    assert!(!is_law_reference(
        "《中华人民共和国刑法》第一百九十一条规定的上游犯罪"
    ));
    assert!(!is_law_reference("依照《中华人民共和国刑法》第135条"));
}

#[test]
fn credit_lines_name_makers_and_what_they_did() {
    assert!(is_credited_byline("朱自清释 董其昌绘"));
    assert!(is_credited_byline("鲁迅著"));
    assert!(!is_credited_byline("古诗十九首"));
    assert!(!is_credited_byline("加强组织领导"));
}
