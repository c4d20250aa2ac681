//! Tests of the head of books and literature: English title pages, essay and piece titles
//! with their bylines and sources, download-site novels, transcribers' notes (lines in →
//! kinds out).

use super::tests::names;
use super::*;

#[test]
fn english_front_matter() {
    let lines = [
        "[Illustration]",
        "Alice’s Adventures in Wonderland",
        "by Lewis Carroll",
        "Contents",
    ];
    assert_eq!(names(&lines), ["paragraph", "title", "speaker"]);
}

#[test]
fn an_essay_title_ending_in_a_colon_over_its_byline_is_a_title() {
    let essay = [
        "CRITICAL REMARKS on MANZONI'S BETROTHED:",
        "BY THE COUNT O'MAHONY. [Translated from the Italian.]",
        "To publish a novel, to analyse, to eulogise it, will appear extraordinary.",
    ];
    assert_eq!(names(&essay), ["title", "speaker"]);
    // Without a byline under it, a line ending in a colon addresses its readers.
    let letter = ["My fellow citizens:", "We meet today in a time of trial."];
    assert_eq!(names(&letter), ["salutation"]);
}

#[test]
fn a_novel_from_a_download_site_has_its_title_byline_and_site_line() {
    let lines = [
        "《封神演义》",
        "作者：许仲琳",
        "下载：多多电子书(www.duoduomi.com)",
        "第一回　　纣王女娲宫进香",
        "成汤乃黄帝之后也，姓子氏。",
    ];
    assert_eq!(names(&lines)[..3], ["title", "speaker", "front_matter"]);
}

#[test]
fn a_classical_source_line_under_a_piece_s_title_is_its_subtitle() {
    let lines = [
        "曹刿论战",
        "庄公十年　　左 传",
        "十年春，齐师伐我，公将战。",
    ];
    assert_eq!(names(&lines)[..2], ["title", "subtitle"]);
    let lines = ["周鄭交質", "左傳‧隱公三年", "鄭武公、莊公為平王卿士。"];
    assert_eq!(names(&lines)[..2], ["title", "subtitle"]);
    // A line merely ending in a book's name is the text's own.
    assert!(!is_classical_source("我们今天读左传"));
    assert!(is_classical_source("战国策·齐策一"));
    assert!(is_classical_source("（僖公三十二年 《左传》）"));
    assert!(!is_classical_source("战国策目录序 曾　巩"));
}

#[test]
fn an_old_title_page_has_its_author_with_dates_and_its_description() {
    let lines = [
        "The Red Badge of Courage",
        "Stephen Crane (1871-1900)",
        "An Episode of the American Civil War",
        "Chapter 1",
    ];
    assert_eq!(names(&lines), ["title", "speaker", "subtitle"]);
}

#[test]
fn a_transcriber_s_note_opens_the_head_and_a_stopped_title_over_its_genre_follows() {
    let lines = [
        "Transcriber's Note:",
        "The inclusion or omission of commas between repeated words in this etext is reproduced faithfully from both editions.  -D.L.",
        "HEDDA GABLER.",
        "PLAY IN FOUR ACTS.",
        "CHARACTERS.",
    ];
    assert_eq!(names(&lines), ["note", "note", "title", "subtitle"]);
}

#[test]
fn an_exclaimed_subtitle_after_a_dash_is_the_subtitle() {
    let lines = [
        "白种人",
        "——上帝的骄子！",
        "去年暑假到上海，在一路电车的头等里。",
    ];
    assert_eq!(names(&lines), ["title", "subtitle"]);
    // A sentence after a dash, long or with more than one clause, is text.
    let prose = ["白种人", "——他说，这是什么！", "正文。"];
    assert_eq!(names(&prose), ["title"]);
}

#[test]
fn a_credit_line_under_the_title_is_its_byline() {
    let lines = [
        "古诗十九首",
        "朱自清释 董其昌绘",
        "只有能分析的人，才能切实欣赏。",
    ];
    assert_eq!(names(&lines), ["title", "speaker"]);
}
