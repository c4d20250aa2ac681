//! Paragraph recovery on whole inputs: bytes decoded by ingest, then recovered.

use super::recover_paragraphs;
use crate::ingest::{decode, IngestOptions};

/// The text of `bytes` as the block rules see it.
struct Recovered {
    text: String,
}

fn decode_plain(bytes: &[u8]) -> Recovered {
    let decoded = decode(bytes, &IngestOptions::default()).expect("test input is text");
    Recovered {
        text: recover_paragraphs(&decoded.text),
    }
}

#[test]
fn plain_text_drops_indentation_and_collapses_blank_lines() {
    let d = decode_plain("\u{3000}\u{3000}第一段。\r\n\r\n\r\n\r\n  第二段。  \r\n".as_bytes());
    assert_eq!(d.text, "第一段。\n\n第二段。\n");
}

#[test]
fn hard_wrapped_latin_is_rejoined() {
    let text = "CHAPTER I.\n\
                Down the Rabbit-Hole\n\
                \n\
                Alice was beginning to get very tired of sitting by her sister on the\n\
                bank, and of having nothing to do: once or twice she had peeped into\n\
                the book her sister was reading, but it had no pictures or\n\
                conversations in it, and what is the use of a book, thought Alice, with-\n\
                out pictures or conversations? So she was considering in her own mind\n\
                (as well as she could, for the hot day made her feel very sleepy and\n\
                stupid), whether the pleasure of making a daisy-chain would be worth\n\
                the trouble of getting up and picking the daisies, when suddenly a\n\
                White Rabbit ran by.\n\
                \n\
                    Twinkle, twinkle, little bat!\n\
                    How I wonder what you're at!\n";
    let d = decode_plain(text.as_bytes());
    let lines: Vec<&str> = d.text.lines().collect();
    assert_eq!(lines[0], "CHAPTER I.");
    assert_eq!(lines[1], "Down the Rabbit-Hole");
    assert_eq!(lines[2], "");
    assert!(lines[3].starts_with("Alice was beginning"));
    assert!(lines[3].contains("on the bank, and"));
    assert!(lines[3].contains("pictures or conversations in it"));
    assert!(lines[3].contains("Alice, without pictures or conversations? So she"));
    assert!(lines[3].ends_with("White Rabbit ran by."), "{}", d.text);
    assert_eq!(
        &lines[4..],
        [
            "",
            "Twinkle, twinkle, little bat!",
            "How I wonder what you're at!"
        ]
    );
}

#[test]
fn hyphen_is_undone_only_between_lower_case_letters() {
    let text = "It is a truth universally acknowledged, that a single man in posses-\n\
                sion of a good fortune, must be in want of a wife, said Mr. Jean-\n\
                Paul Bennet to his lady one day, and she told him that Netherfield\n\
                Park was let at last, at which he said nothing, for it was twenty-\n\
                two miles off, and not what a well-bred man would call a NEIGHBOUR-\n\
                HOOD of any note, whatever Mrs. Long might say about it to anybody.\n";
    let d = decode_plain(text.as_bytes());
    assert_eq!(d.text.lines().count(), 1, "{}", d.text);
    assert!(d.text.contains("in possession of"), "{}", d.text);
    assert!(d.text.contains("Mr. Jean-Paul Bennet"), "{}", d.text);
    assert!(d.text.contains("twentytwo miles"), "{}", d.text);
    assert!(d.text.contains("a NEIGHBOUR-HOOD of"), "{}", d.text);
}

#[test]
fn hard_wrapped_cjk_is_rejoined_without_spaces() {
    let text = "共产党宣言\n\
                一个幽灵，共产主义的幽灵，在欧洲游荡。为了对这个幽灵进行神圣的围\n\
                剿，旧欧洲的一切势力，教皇和沙皇、梅特涅和基佐、法国的激进派和德国的警\n\
                察，都联合起来了。\n\
                有哪一个反对党不被它的当政的敌人骂为共产党呢？又有哪一个反对党不\n\
                拿共产主义这个罪名去回敬更进步的反对党人和自己的反动敌人呢？\n\
                从这一事实中可以得出两个结论：\n\
                共产主义已经被欧洲的一切势力公认为一种势力；\n\
                一、资产者和无产者\n\
                至今一切社会的历史都是阶级斗争的历史。\n";
    let d = decode_plain(text.as_bytes());
    let lines: Vec<&str> = d.text.lines().collect();
    assert_eq!(
        lines,
        [
            "共产党宣言",
            "一个幽灵，共产主义的幽灵，在欧洲游荡。为了对这个幽灵进行神圣的围剿，旧欧洲的一切势力，教皇和沙皇、梅特涅和基佐、法国的激进派和德国的警察，都联合起来了。",
            "有哪一个反对党不被它的当政的敌人骂为共产党呢？又有哪一个反对党不拿共产主义这个罪名去回敬更进步的反对党人和自己的反动敌人呢？",
            "从这一事实中可以得出两个结论：",
            "共产主义已经被欧洲的一切势力公认为一种势力；",
            "一、资产者和无产者",
            "至今一切社会的历史都是阶级斗争的历史。",
        ]
    );
}

#[test]
fn single_line_document_gets_its_breaks_back() {
    let paragraph = "我们要坚持以人民为中心的发展思想，不断实现人民对美好生活的向往。".repeat(30);
    let text =
        format!("同志们：{paragraph}一、过去五年的工作{paragraph}（一）构建新发展格局{paragraph}");
    let d = decode_plain(text.as_bytes());
    let lines: Vec<&str> = d.text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("一、过去五年的工作"));
    assert!(lines[2].starts_with("（一）构建新发展格局"));
    // The same markers inside an ordinary paragraph stay where they are.
    let short = "主要问题。（一）发展不平衡。（二）不充分。\n";
    assert_eq!(decode_plain(short.as_bytes()).text, short);
}

/// The time `decode_plain` takes on `bytes`, the best of three, after checking that the
/// text comes out whole.
fn decode_time(bytes: &[u8], expected_len: usize) -> std::time::Duration {
    (0..3)
        .map(|_| {
            let start = std::time::Instant::now();
            let d = decode_plain(bytes);
            let took = start.elapsed();
            assert_eq!(d.text.len(), expected_len);
            took
        })
        .min()
        .unwrap()
}

#[test]
#[ignore = "stress: cargo test --release -- --ignored stress_"]
fn stress_million_short_lines_and_one_huge_line_stay_linear() {
    if cfg!(debug_assertions) {
        eprintln!("skipping: a timing test, for release builds");
        return;
    }
    // Ten times the input must take about ten times as long (25x allowed, not 100x).
    for (unit, newline) in [("字\n", 0), ("这是一句话，", 1)] {
        let small = unit.repeat(100_000);
        let big = unit.repeat(1_000_000);
        let t1 = decode_time(small.as_bytes(), small.len() + newline);
        let t10 = decode_time(big.as_bytes(), big.len() + newline);
        assert!(
            t10 < t1 * 25,
            "{unit:?}: 10x the input took {:.1}x the time ({t1:?} → {t10:?})",
            t10.as_secs_f64() / t1.as_secs_f64()
        );
    }
}

#[test]
fn a_capitals_title_never_runs_on_into_page_furniture() {
    // Fuzz finding 22: a line in capitals before a running foot in capitals ("ON" over
    // "ATDIE I", each page) was joined to it as a title over two lines, the foot's mark
    // inside the text.
    let page = "Some text on the page runs on here.\nMore of it.\nA third line.\nA fourth.\n\
                A fifth.\nA sixth.\nA seventh.\nIN WHICH WE COME TO\nATDIE I\n\n";
    let (recovered, warnings) = super::recover_reporting(&page.repeat(4));
    assert!(!warnings.is_empty(), "the foot is read as furniture");
    assert!(
        recovered.lines().all(|l| !l
            .trim_start_matches(super::ARTIFACT_MARK)
            .contains(super::ARTIFACT_MARK)),
        "{recovered:?}"
    );
}

#[test]
fn a_line_that_lost_its_breaks_keeps_its_listed_items_and_its_closing_apart() {
    let body = "各单位要做好工作。".repeat(250);
    let text = format!(
        "{body}应当遵守以下规定：（一）严禁野外用火；（二）严禁携带火种进山。本命令自发布之日起施行。某某市人民政府2023年12月27日"
    );
    let out = recover_paragraphs(&text);
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[lines.len() - 4..],
        [
            "（一）严禁野外用火；",
            "（二）严禁携带火种进山。本命令自发布之日起施行。",
            "某某市人民政府",
            "2023年12月27日"
        ][..]
    );
}
