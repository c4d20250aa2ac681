//! Spec tests for the contents-list rules of `toc.rs`: lines in, flags out.

use super::*;

#[test]
fn a_run_of_entries_with_rising_page_numbers_is_a_contents_list_untitled() {
    let lines = [
        "第一篇 开启新征程 1",
        "第一章 发展基础 1",
        "第二章 发展环境 ４",
        "一、指导思想 12",
        "本规划是全市人民共同的行动纲领。",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc, [true, true, true, true, false]);
    // Page numbers that go down are no contents list: figures in a table.
    let falling = ["甲地区 12", "乙地区 7", "丙地区 3"];
    assert!(find_toc(&falling).in_toc.iter().all(|&t| !t));
}

#[test]
fn long_entries_ending_in_page_numbers_run_on_under_the_title() {
    let lines = [
        "目录",
        "第三章 强化科技创新策源功能，加快建设具有全球影响力的科技创新中心 25",
        "第四章 全面深化改革，持续增强发展动力和活力 ........ 31",
        "一、指导思想 3",
    ];
    let toc = find_toc(&lines);
    assert!(toc.in_toc.iter().all(|&t| t), "{:?}", toc.in_toc);
    assert!(is_contents_entry("一、指导思想 ３"));
    assert!(!is_contents_entry("Letter 1"));
    assert!(!is_contents_entry("全年共计完成。 3"));
}

#[test]
fn entries_ending_in_page_numbers_after_a_space_list_the_headings_after_them() {
    let lines = [
        "目  录",
        "第一篇 开启新征程 1",
        "第一章 发展基础 1",
        "一、指导思想 １２",
        "第一篇 开启新征程",
        "第一章 发展基础",
        "本市经济发展取得巨大成就。",
        "一、指导思想",
        "坚持稳中求进。",
    ];
    let toc = find_toc(&lines);
    assert_eq!(
        toc.in_toc,
        [true, true, true, true, false, false, false, false, false]
    );
    assert_eq!(
        toc.listed,
        [false, false, false, false, true, true, false, true, false]
    );
}

#[test]
fn a_title_on_the_last_line_has_no_entries() {
    // Found by the export_pdf fuzzer: the entries' start was read one past the end.
    for lines in [&["目录"][..], &["A chapter", "Contents"][..]] {
        let toc = find_toc(lines);
        assert!(toc.listed.iter().all(|&l| !l), "{lines:?}");
    }
}

#[test]
fn entries_with_leaders_and_page_numbers_under_a_title() {
    let lines = [
        "目  录",
        "第一章 发展环境 ........................................ 1",
        "第一节 发展基础 ...................................... 1",
        "一、面临形势…………………………………………………………………………3",
        "第一章 发展环境",
        "正文。",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc, [true, true, true, true, false, false]);
    assert!(toc.listed[4]);
    assert!(has_page_leader(lines[3]) && !has_page_leader("从1、2、3……10"));
}

#[test]
fn a_titled_toc_is_marked_and_its_targets_listed() {
    let lines = [
        "中华人民共和国宪法",
        "目　　录",
        "序　言",
        "第一章　总纲",
        "第二章　公民的基本权利和义务",
        "序　　言",
        "中国是世界上历史最悠久的国家之一。",
        "第一章　总纲",
        "第一条　中华人民共和国是社会主义国家。",
        "第二章　公民的基本权利和义务",
    ];
    let toc = find_toc(&lines);
    assert_eq!(
        toc.in_toc,
        [false, true, true, true, true, false, false, false, false, false]
    );
    assert_eq!(
        toc.listed,
        [false, false, false, false, false, true, false, true, false, true]
    );
}

#[test]
fn entries_under_a_toc_title_need_no_match_in_an_excerpt() {
    let lines = [
        "目录",
        "·动员新兵及新兵政治工作",
        "·党与抗日民主政权",
        "（一九六五年六月、十二月）",
        "动员新兵及新兵政治工作",
        "（一九三八年一月）",
        "新兵是抗战的新血液。我们要动员新兵。",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc, [true, true, true, true, false, false, false]);
}

#[test]
fn english_entries_match_two_line_headings_and_page_numbers() {
    let lines = [
        "Contents",
        "CHAPTER I.     Down the Rabbit-Hole",
        "CHAPTER II.    The Pool of Tears ..... 12",
        "CHAPTER I.",
        "Down the Rabbit-Hole",
        "Alice was beginning to get very tired.",
        "CHAPTER II.",
        "The Pool of Tears",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc[..4], [true, true, true, false]);
    assert!(toc.listed[3] && toc.listed[6]);
}

#[test]
fn repeated_lines_without_a_toc_title_need_a_run() {
    let lines = ["各位代表！", "正文。", "各位代表！", "正文。", "各位代表！"];
    let toc = find_toc(&lines);
    assert!(toc.in_toc.iter().all(|f| !f));
    let stars = [
        "*  *  *", "*  *  *", "*  *  *", "text", "*  *  *", "*  *  *", "*  *  *",
    ];
    let toc = find_toc(&stars);
    assert!(toc.in_toc.iter().chain(&toc.listed).all(|f| !f));
    let boilerplate = [
        "<table>", "<tbody>", "<tr>", "text", "<table>", "<tbody>", "<tr>",
    ];
    assert!(find_toc(&boilerplate).in_toc.iter().all(|f| !f));
    let captions = [
        "“She is tolerable”",
        "“At the door”",
        "The Post",
        "x",
        "“She is tolerable”",
        "y",
        "“At the door”",
        "z",
        "The Post",
    ];
    let toc = find_toc(&captions);
    assert_eq!(toc.in_toc[..4], [true, true, true, false]);
    assert!(toc.listed.iter().all(|f| !f));
}

#[test]
fn long_numbered_entries_under_a_title_run_until_the_text_begins() {
    let lines = [
        "Contents",
        "BOOK ONE.—THE COMING OF THE MARTIANS",
        "I. THE EVE OF THE WAR.",
        "XII. WHAT I SAW OF THE DESTRUCTION OF WEYBRIDGE AND SHEPPERTON.",
        "VII. The Adventure of the Blue Carbuncle and Other Matters",
        "BOOK ONE",
        "THE COMING OF THE MARTIANS",
        "I.",
        "THE EVE OF THE WAR.",
        "No one would have believed it.",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc[..6], [true, true, true, true, true, false]);
    assert!(toc.in_toc[6..].iter().all(|f| !f));
}

#[test]
fn chapters_numbered_one_after_another_are_a_contents_list() {
    let lines = [
        "Chapter XI. WENDY’S STORY",
        "Chapter XII. THE CHILDREN ARE CARRIED OFF",
        "Chapter XIII. DO YOU BELIEVE IN FAIRIES?",
        "Chapter I.",
        "PETER BREAKS THROUGH",
        "All children, except one, grow up.",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc, [true, true, true, false, false, false]);
    // Numbers that do not follow on, or chapters with text between, are no list.
    let apart = ["Chapter I. ONE", "Chapter III. THREE", "Chapter IV. FOUR"];
    assert!(find_toc(&apart).in_toc.iter().all(|f| !f));
    // A novel's list of 回目 without a 目录 line over it.
    let chapters = [
        "第一回　土不制水历年成患　风能鼓浪到处可危",
        "第二回　历山山下古帝遗踪　明湖湖边美人绝调",
        "第三回　金线东来寻黑虎　布帆西去访苍鹰",
        "第一回 土不制水历年成患 风能鼓浪到处可危",
        "话说山东登州府东门外有一座大山。",
    ];
    let toc = find_toc(&chapters);
    assert_eq!(toc.in_toc, [true, true, true, false, false]);
    assert_eq!(roman_value("XIV"), Some(14));
    assert_eq!(roman_value("MCMXC"), Some(1990));
    assert_eq!(roman_value("Ix"), None);
}

#[test]
fn contents_end_where_the_first_entry_comes_again_under_its_chapter_marker() {
    // Entries numbered without the word CHAPTER, the chapters with it, title under it.
    let lines = [
        "CONTENTS",
        "I  THERE IS NO ONE LEFT",
        "II  MISTRESS MARY QUITE CONTRARY",
        "CHAPTER I",
        "THERE IS NO ONE LEFT",
        "When Mary Lennox was sent to Misselthwaite Manor everybody said so.",
        "CHAPTER II",
        "MISTRESS MARY QUITE CONTRARY",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc[..4], [true, true, true, false]);
    // The same with each chapter's title on its marker's line.
    let lines = [
        "Contents",
        "1. Arrival",
        "2. The Garden",
        "Chapter 1. Arrival",
        "She came by the night train and nobody met her at the station.",
        "Chapter 2. The Garden",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc[..4], [true, true, true, false]);
}

#[test]
fn entries_that_share_a_name_under_other_numbers_are_entries_still() {
    // A collection's contents: volumes named by their period, the first volume's name
    // coming again under the next number is no heading where the text begins.
    let lines = [
        "目　录",
        "◆卷一 周文",
        "郑伯克段于鄢 左　传",
        "周郑交质 左　传",
        "◆卷二 周文",
        "吕相绝秦 左　传",
        "-------------------",
        "郑伯克段于鄢",
        "初，郑武公娶于申，曰武姜。",
    ];
    let toc = find_toc(&lines);
    assert_eq!(
        toc.in_toc,
        [true, true, true, true, true, true, false, false, false]
    );
    // The same name under the same number is where the text begins.
    let lines = [
        "Contents",
        "I  THE LAND",
        "II  THE SEA",
        "I",
        "THE LAND",
        "It was.",
    ];
    assert_eq!(
        find_toc(&lines).in_toc,
        [true, true, true, false, false, false]
    );
}

#[test]
fn a_titled_contents_list_is_kept_line_by_line_for_recovery() {
    let lines = [
        "前言",
        "目录",
        "卷一 周文",
        "",
        "郑伯克段于鄢 左传",
        "",
        "初，郑武公娶于申，曰武姜。",
    ];
    assert_eq!(
        titled_contents(&lines),
        [false, true, true, false, true, false, false]
    );
}

#[test]
fn an_english_contents_list_set_in_a_column_of_pages_stays_whole() {
    let mut lines = vec!["CONTENTS", "CHAPTER I", "Page"];
    let entries = [
        "Jonathan Harker's Journal               1",
        "Jonathan Harker's Journal              14",
        "Jonathan Harker's Journal              27",
        "Jonathan Harker's Journal              40",
        "Letters--Lucy and Mina                 53",
        "Mina Murray's Journal                  66",
    ];
    for (i, entry) in entries.iter().enumerate() {
        if i > 0 {
            lines.push(
                [
                    "CHAPTER II",
                    "CHAPTER III",
                    "CHAPTER IV",
                    "CHAPTER V",
                    "CHAPTER VI",
                ][i - 1],
            );
        }
        lines.push(entry);
    }
    let toc = find_toc(&lines);
    assert!(toc.in_toc.iter().all(|&t| t), "{:?}", toc.in_toc);
    // One space before a figure is no column: "Letter 1" names the letter.
    assert!(!is_contents_entry("Letter 1"));
}

#[test]
fn a_contents_list_takes_its_column_head_and_part_lines_but_not_the_text_after() {
    let lines = [
        "CONTENTS.",
        "CHAP.                PAGE",
        "EPOCH THE FIRST, 1703.",
        "JONATHAN WILD.",
        "CHAPTER I. The Widow and her Child             1",
        "II. The Old Mint                       13",
        "EPOCH THE SECOND, 1715.",
        "THAMES DARRELL.",
        "CHAPTER I. The Idle Apprentice                75",
        "II. Thames Darrell                     88",
        "EPOCH THE FIRST.",
        "1703.",
        "JACK SHEPPARD.",
        "CHAPTER I.",
        "The Widow and her Child.",
        "On the night of Friday, the 26th of November, 1703, and at the hour of eleven.",
    ];
    let toc = find_toc(&lines);
    let mut expected = [true; 16];
    for flag in &mut expected[10..] {
        *flag = false;
    }
    assert_eq!(toc.in_toc, expected);
    assert!(is_toc_title("Contents:"));
    assert!(!is_column_head("CHAPTER I."));
}

#[test]
fn an_index_of_first_lines_lists_the_poems_by_numeral_and_first_line() {
    let lines = [
        "INDEX OF FIRST LINES",
        "I       I thought once how Theocritus had sung",
        "II      But only three in all God's universe",
        "III     Unlike are we, unlike, O princely Heart!",
        "I",
        "I thought once how Theocritus had sung",
        "Of the sweet years, the dear and wished-for years,",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc, [true, true, true, true, false, false, false]);
    // Untitled, the numerals in a column make the run a list too.
    assert!(find_toc(&lines[1..]).in_toc[..3].iter().all(|&t| t));
    assert_eq!(
        spaced_numeral_entry("XLIII   How do I love thee?"),
        Some(43)
    );
    assert_eq!(spaced_numeral_entry("I thought once"), None);
}

#[test]
fn a_line_over_chapters_numbered_in_a_row_heads_their_contents() {
    let lines = [
        "Herein Is Written",
        "The Forethought",
        "I.  Of Our Spiritual Strivings",
        "II.  Of the Dawn of Freedom",
        "III.  Of Mr. Booker T. Washington and Others",
        "The Forethought",
        "Herein lie buried many things which if read with patience may show the strange meaning.",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc, [true, true, true, true, true, false, false]);
    assert!(toc.listed[5]);
}

#[test]
fn a_list_numbered_in_figures_ends_after_its_last_number() {
    let lines = [
        "Contents:",
        "1 Danny Deever",
        "2 Tommy",
        "Second Series (1896)",
        "3 'Bobs'",
        "4 For to Admire",
        "Dedication",
        "To T. A.",
        "I have made for you a song,",
        "And it may be right or wrong,",
    ];
    let toc = find_toc(&lines);
    assert_eq!(toc.in_toc[..6], [true; 6]);
    assert_eq!(toc.in_toc[6..], [false; 4]);
}
