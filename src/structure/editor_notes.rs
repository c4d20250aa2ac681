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
//! more such paragraphs counting 1, 2, 3… at the end of a piece (the document's end, or
//! the next piece's title in a collection) is notes too, and so is a single one right
//! under the piece's closing date. An edition line in parentheses
//! ("（《毛泽东选集》第五卷，……第12页）") is the editor's too. Plain text and Markdown come
//! here alike, after their readers.

use super::text::is_date;
use crate::model::{Block, BlockKind, Heading, MarkerKind};
use regex::Regex;
use std::sync::LazyLock;

/// The words that head a piece's notes, white space removed.
const NOTES_HEADINGS: [&str; 4] = ["注释", "注", "注解", "注文"];

/// Whether `line` is the line that heads a piece's notes ("注释", "注　　释").
pub(crate) fn is_notes_heading(line: &str) -> bool {
    let squeezed: String = line.split_whitespace().collect();
    NOTES_HEADINGS.contains(&squeezed.as_str())
}

/// Whether `line` belongs to a piece's notes as a line: the line heading them, or a note
/// opening with its number ("〔１〕　本篇最初发表于……").
pub(crate) fn is_note_line(line: &str) -> bool {
    is_notes_heading(line) || note_number(line).is_some()
}

/// The number an endnote opens with ("〔12〕" → 12), if it opens with one.
fn note_number(text: &str) -> Option<u32> {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:〔(\d{1,3})〕|\[(\d{1,3})\]|［(\d{1,3})］)").expect("valid regex")
    });
    let caps = NUMBER.captures(text)?;
    let digits = caps.get(1).or(caps.get(2)).or(caps.get(3))?;
    // Full-width digits ("〔１〕") count like ASCII ones.
    digits.as_str().chars().try_fold(0u32, |n, c| {
        let d = c
            .to_digit(10)
            .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))?;
        Some(n * 10 + d)
    })
}

/// A paragraph the notes reading may take: plain, outside quotes and contents.
fn is_plain_paragraph(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Paragraph { label: None }) && !block.in_toc
}

/// Marks the source notes, the notes heading and the endnotes of `blocks`.
pub(crate) fn read_editor_notes(blocks: &mut [Block]) {
    read_source_notes(blocks);
    read_edition_lines(blocks);
    read_endnotes(blocks);
}

/// Marks as notes the editor's lines saying where a piece is printed, in parentheses and
/// opening with the book's name: "（《毛泽东选集》第五卷，人民出版社1977年4月第1版，第12页）".
fn read_edition_lines(blocks: &mut [Block]) {
    for block in blocks.iter_mut().filter(|b| is_plain_paragraph(b)) {
        let text = block.plain_text();
        let inner = text
            .trim()
            .strip_prefix(['（', '('])
            .and_then(|t| t.strip_suffix(['）', ')']));
        if inner
            .is_some_and(|t| t.starts_with('《') && t.contains('，') && t.ends_with(['页', '版']))
        {
            block.kind = BlockKind::Note;
        }
    }
}

/// Words by which an editor's note under the head says what the piece is and where it
/// comes from.
const SOURCE_WORDS: [&str; 10] = [
    "起草",
    "的讲话",
    "的讲演",
    "的电报",
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
        // Some editions lead the note with an asterisk ("*这是……").
        let text = text.trim_start().trim_start_matches(['*', '＊']);
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
        let titled = heads && is_notes_heading(&blocks[i].plain_text());
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
    read_piece_endnotes(blocks);
}

/// Notes without a heading: a run of paragraphs counting 1, 2, 3… that ends a piece — the
/// document, or one piece of a collection, the next piece's title right after it. A
/// note may go on over unnumbered paragraphs. One note alone counts where the piece's
/// closing date stands right over it ("一九二四年九月十五日。" / "〔１〕本篇最初发表于……"),
/// and that date is the piece's date.
fn read_piece_endnotes(blocks: &mut [Block]) {
    let mut end = blocks.len();
    while end > 0 {
        let (first, numbered) = endnote_run(blocks, end);
        let opens_at_one = first < end && note_number(&blocks[first].plain_text()) == Some(1);
        let dated = first > 0 && is_closing_date(&blocks[first - 1]);
        if opens_at_one && (numbered >= 2 || dated) {
            for note in &mut blocks[first..end] {
                note.kind = BlockKind::Note;
            }
            if dated {
                blocks[first - 1].kind = BlockKind::Date;
            }
        }
        // The piece before ends where this piece's title stands.
        end = blocks[..first]
            .iter()
            .rposition(|b| b.kind == BlockKind::Title)
            .unwrap_or(0);
    }
}

/// The run of plain paragraphs ending at `end` whose numbered ones count down to the
/// nearest 1 (unnumbered ones after a note go on with it): where the run opens (`end`
/// when no paragraph is numbered) and how many are numbered.
fn endnote_run(blocks: &[Block], end: usize) -> (usize, usize) {
    let (mut first, mut numbered, mut expected) = (end, 0, None);
    for k in (0..end).rev() {
        if !is_plain_paragraph(&blocks[k]) {
            break;
        }
        if let Some(n) = note_number(&blocks[k].plain_text()) {
            if expected.is_some_and(|e| e != n) {
                break;
            }
            numbered += 1;
            first = k;
            if n <= 1 {
                break;
            }
            expected = Some(n - 1);
        }
    }
    (first, numbered)
}

/// A plain paragraph holding only a date, perhaps with a full stop: a piece's closing date.
fn is_closing_date(block: &Block) -> bool {
    let text = block.plain_text();
    block.kind == BlockKind::Date
        || is_plain_paragraph(block) && is_date(text.trim().trim_end_matches(['。', '.']))
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
    fn numbered_notes_ending_each_piece_of_a_collection() {
        // Full-width numbers, a note going on over a second paragraph, the closing date
        // over a single note, each piece numbering afresh.
        let text = "秋　　夜〔１〕\n在我的后园，可以看见墙外有两株树。\n一九二四年九月十五日。\n\
            〔１〕　本篇最初发表于一九二四年。\n作者在序中说起本篇。\n〔２〕　栀子，一种常绿灌木。\n\
            影的告别〔１〕\n人睡到不知道时候的时候，就会有影来告别。\n一九二四年九月二十四日。\n\
            〔１〕　本篇最初发表于一九二四年十二月八日。\n";
        assert_eq!(
            kinds(text, InputFormat::Plain),
            [
                "title",
                "paragraph",
                "date",
                "note",
                "note",
                "note",
                "title",
                "paragraph",
                "date",
                "note"
            ]
        );
        // One numbered paragraph under text, not under a date, is the text's own.
        let text = "标题\n正文第一段。\n正文第二段。\n〔1〕只有一条。\n";
        assert_eq!(kinds(text, InputFormat::Plain).last(), Some(&"paragraph"));
    }

    #[test]
    fn an_edition_line_and_a_starred_source_note_are_the_editor_s() {
        let text = "人民英雄们永垂不朽\n（一九四九年九月三十日）\n\
            *这是毛泽东同志为人民英雄纪念碑起草的碑文。\n三年以来牺牲的人民英雄们永垂不朽！\n\
            （《毛泽东选集》第五卷，人民出版社1977年4月第1版，第11页）\n";
        assert_eq!(
            kinds(text, InputFormat::Plain),
            ["title", "subtitle", "note", "paragraph", "note"]
        );
        // A parenthesised remark naming a book is text.
        let text = "标题\n正文。\n（《红楼梦》里也写到过这一页）\n正文。\n";
        assert_eq!(kinds(text, InputFormat::Plain)[2], "paragraph");
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
