//! An editor's notes: the source note under a piece's head and the numbered notes after it.
//!
//! Selected works open a piece, under its title and date, with the editor's note on where
//! it comes from ("这是毛泽东为中共中央起草的对党内的指示。……"): a note, not the
//! piece's text.
//!
//! Selected works, annotated laws and scholarly editions end a piece with its notes: a
//! line "注释" (or "注", "注解") over paragraphs that open with the note's number in
//! tortoise-shell or square brackets ("〔1〕……", "[2]……"). They are notes, not the
//! piece's text, and the line over them heads them. Without that line, a run of two or
//! more such paragraphs counting 1, 2, 3… at the very end is notes too. Plain text and
//! Markdown come here alike, after their readers.

use crate::model::{Block, BlockKind, Heading, MarkerKind};
use regex::Regex;
use std::sync::LazyLock;

/// The words that head a piece's notes, white space removed.
const NOTES_HEADINGS: [&str; 4] = ["注释", "注", "注解", "注文"];

/// The number an endnote opens with ("〔12〕" → 12), if it opens with one.
fn note_number(text: &str) -> Option<u32> {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:〔(\d{1,3})〕|\[(\d{1,3})\]|［(\d{1,3})］)").expect("valid regex")
    });
    let caps = NUMBER.captures(text)?;
    let digits = caps.get(1).or(caps.get(2)).or(caps.get(3))?;
    digits.as_str().parse().ok()
}

/// A paragraph the notes reading may take: plain, outside quotes and contents.
fn is_plain_paragraph(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Paragraph { label: None }) && !block.in_toc
}

/// Marks the source notes, the notes heading and the endnotes of `blocks`.
pub(crate) fn read_editor_notes(blocks: &mut [Block]) {
    read_source_notes(blocks);
    read_endnotes(blocks);
}

/// Words by which an editor's note under the head says what the piece is and where it
/// comes from.
const SOURCE_WORDS: [&str; 8] = [
    "起草",
    "的讲话",
    "的报告",
    "的演说",
    "所作",
    "写的",
    "发表",
    "的谈话",
];

/// Marks as notes the paragraphs right under a head's date line that open "这是" and say
/// where the piece comes from.
fn read_source_notes(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let under_date = blocks[i - 1].kind == BlockKind::Subtitle;
        let text = blocks[i].plain_text();
        let text = text.trim_start();
        if under_date
            && is_plain_paragraph(&blocks[i])
            && blocks[i].quote_depth == 0
            && text.starts_with("这是")
            && text.ends_with(['。', '）'])
            && SOURCE_WORDS.iter().any(|w| text.contains(w))
        {
            blocks[i].kind = BlockKind::Note;
        }
    }
}

/// Marks the notes heading and the endnotes of `blocks`.
fn read_endnotes(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let heads = is_plain_paragraph(&blocks[i]) || blocks[i].heading().is_some();
        let titled = heads && {
            let text: String = blocks[i].plain_text().split_whitespace().collect();
            NOTES_HEADINGS.contains(&text.as_str())
        };
        // Counted only under a notes heading, and the run is then passed over: every
        // block is looked at a bounded number of times, however many notes there are.
        let notes = if titled { notes_from(blocks, i + 1) } else { 0 };
        if notes > 0 {
            if blocks[i].heading().is_none() {
                blocks[i].kind = BlockKind::Heading(Heading {
                    level: shallowest_heading(blocks),
                    marker: String::new(),
                    marker_kind: MarkerKind::None,
                    run_in: false,
                });
            }
            for note in &mut blocks[i + 1..=i + notes] {
                note.kind = BlockKind::Note;
            }
            i += notes + 1;
        } else {
            i += 1;
        }
    }
    // Notes without a heading: a run counting from 1 that ends the document.
    let run = blocks.iter().rev().take_while(|b| is_endnote(b)).count();
    let first = blocks.len() - run;
    let counts_up = blocks[first..]
        .iter()
        .enumerate()
        .all(|(k, b)| note_number(&b.plain_text()) == Some(k as u32 + 1));
    if run >= 2 && counts_up {
        for note in &mut blocks[first..] {
            note.kind = BlockKind::Note;
        }
    }
}

/// True if `block` is a plain paragraph opening with an endnote's number.
fn is_endnote(block: &Block) -> bool {
    is_plain_paragraph(block) && note_number(&block.plain_text()).is_some()
}

/// How many endnotes stand in a row from `blocks[start]`. A glossary's note may give
/// its term on the numbered line and the explanation on the next ("［1］一降三减：" /
/// "全年火灾起数总体下降……"): a plain paragraph under a note ending in a colon is part of
/// that note.
fn notes_from(blocks: &[Block], start: usize) -> usize {
    let mut n = 0;
    while let Some(block) = blocks.get(start + n) {
        let explains_term = n > 0
            && is_plain_paragraph(block)
            && is_endnote(&blocks[start + n - 1])
            && blocks[start + n - 1]
                .plain_text()
                .trim_end()
                .ends_with(['：', ':']);
        if !is_endnote(block) && !explains_term {
            break;
        }
        n += 1;
    }
    n
}

/// The level of the document's shallowest heading, or 1.
fn shallowest_heading(blocks: &[Block]) -> u8 {
    blocks
        .iter()
        .filter_map(|b| b.heading().map(|h| h.level))
        .min()
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::kind_names as kinds;
    use crate::structure::InputFormat;

    #[test]
    fn a_glossary_term_and_its_explanation_under_notes() {
        let text = "正文第一段。\n注释\n［1］一降三减：\n全年火灾起数总体下降。\n［2］四库：\n\
            水库、粮库、钱库、碳库。\n";
        assert_eq!(
            kinds(text, InputFormat::Plain),
            ["paragraph", "heading", "note", "note", "note", "note"]
        );
    }

    #[test]
    fn a_source_note_under_the_date() {
        let text = "克服投降危险，力争时局好转\n（一九四○年一月二十八日）\n\
            这是毛泽东为中共中央起草的对党内的指示。\n目前时局发展的情况，证明中央的估计是正确的。\n";
        assert_eq!(
            kinds(text, InputFormat::Plain),
            ["title", "subtitle", "note", "paragraph"]
        );
        // The piece's own sentence "这是……" further down is text.
        let text = "讲话\n（一九四○年二月一日）\n今天开会。\n这是我们党的两条政策，发表于此。\n";
        assert_eq!(kinds(text, InputFormat::Plain).last(), Some(&"paragraph"));
    }

    /// The blocks of a text holding `n` paragraphs that open "[N]" under no 注释 (numbered
    /// from 2, so they never count up from 1 at the end), and the time reading them took.
    fn bracketed_lines(n: usize) -> (Vec<&'static str>, std::time::Duration) {
        let mut text = String::from("标题\n");
        for k in 0..n {
            text.push_str(&format!("[{}] 注文内容。\n", k % 900 + 2));
        }
        let start = std::time::Instant::now();
        let found = kinds(&text, InputFormat::Plain);
        (found, start.elapsed())
    }

    #[test]
    fn bracketed_lines_under_no_heading_stay_paragraphs() {
        let (found, _) = bracketed_lines(50);
        assert_eq!(found.len(), 51);
        assert!(found[1..].iter().all(|k| *k == "paragraph"));
    }

    #[test]
    #[ignore = "stress: cargo test --release -- --ignored stress_"]
    fn stress_many_bracketed_lines_stay_linear() {
        if cfg!(debug_assertions) {
            eprintln!("skipping: a timing test, for release builds");
            return;
        }
        // Ten times the paragraphs must take about ten times as long (25x allowed, not the
        // 100x of counting the run after every block, which took 35 s for 20,000).
        let (_, t1) = bracketed_lines(2_000);
        let (found, t10) = bracketed_lines(20_000);
        assert_eq!(found.len(), 20_001);
        assert!(t10 < t1 * 25, "10x the paragraphs took {t1:?} → {t10:?}");
    }

    #[test]
    fn notes_under_their_heading() {
        let text =
            "关于建立报告制度\n（一九四八年一月七日）\n为了及时反映情况，规定如下的报告制度。\n\
            注　　释\n〔1〕新政治协商会议筹备会，于六月召开。\n〔2〕 见本卷注〔5〕。\n";
        let found = kinds(text, InputFormat::Plain);
        assert_eq!(found[found.len() - 3..], ["heading", "note", "note"]);
    }

    #[test]
    fn numbered_notes_ending_a_markdown_piece() {
        let md = "# 讲话\n\n正文第一段。\n\n[1] 第一条注。\n\n[2] 第二条注。\n";
        let found = kinds(md, InputFormat::Markdown);
        assert_eq!(found[found.len() - 2..], ["note", "note"]);
        // One bracketed number at the end is a reference, not a run of notes.
        let md = "# 讲话\n\n正文第一段。\n\n[1] 只有一条。\n";
        assert_eq!(kinds(md, InputFormat::Markdown).last(), Some(&"paragraph"));
    }
}
