//! The plain book page: its measure (characters a line), page numbers, chapters on new
//! pages, hyphenation, and nothing running off the page (huge table cells, tables
//! wider than the type area, deep nesting).

use super::*;
use crate::layout::frame::{FrameItem, Page};
use crate::model::{Block, BlockKind, Inline, ListItem, StyleKind, Table};
use crate::structure::{parse, InputFormat};
use crate::units::Pt;

fn lay(doc: &Document) -> LaidOut {
    layout_document(
        doc,
        &Style::builtin(StyleKind::Plain),
        crate::fonts::test_book(),
    )
    .unwrap()
}

fn block(kind: BlockKind, text: &str) -> Block {
    Block {
        kind,
        content: vec![Inline::Text(text.into())],
        quote_depth: 0,
        in_toc: false,
    }
}

fn doc_of(blocks: Vec<Block>) -> Document {
    Document {
        blocks,
        style: StyleKind::Plain,
        ..Document::default()
    }
}

/// Each page's text lines, top to bottom: the runs on one baseline joined, left to right.
fn lines(page: &Page) -> Vec<(f64, String)> {
    let mut glyphs: Vec<(f64, f64, char)> = page
        .items
        .iter()
        .filter_map(|item| match item {
            FrameItem::Text(run) => Some(run),
            _ => None,
        })
        .flat_map(|run| {
            run.glyphs
                .iter()
                .map(move |g| (run.y.0.round(), g.x.0, g.ch))
        })
        .collect();
    glyphs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut out: Vec<(f64, String)> = Vec::new();
    for (y, _, ch) in glyphs {
        match out.last_mut() {
            Some((last, text)) if *last == y => text.push(ch),
            _ => out.push((y, ch.to_string())),
        }
    }
    out
}

/// All the text of the PDF pages, hyphenated line ends joined as text extraction does.
fn all_text(laid: &LaidOut) -> String {
    let mut text = String::new();
    for page in &laid.pages {
        for (_, line) in lines(page) {
            match text.strip_suffix('-') {
                Some(joined) => text = joined.to_string(),
                None => text.push(' '),
            }
            text.push_str(line.trim());
        }
    }
    text
}

fn english_sample() -> Document {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/english.txt");
    parse(
        &std::fs::read_to_string(path).unwrap(),
        InputFormat::Plain,
        None,
    )
}

#[test]
fn a_plain_pages_body_lines_hold_55_to_80_characters() {
    let text = "The keeper climbed the tower each evening at dusk and trimmed the wick. \
                She wrote the weather in the log, the ships that passed, and the birds. "
        .repeat(40);
    let laid = lay(&doc_of(vec![block(
        BlockKind::Paragraph { label: None },
        &text,
    )]));
    let mut lengths: Vec<usize> = laid
        .pages
        .iter()
        .flat_map(lines)
        .map(|(_, l)| l.trim().chars().count())
        .filter(|&n| n > 20)
        .collect();
    lengths.sort_unstable();
    let median = lengths[lengths.len() / 2];
    assert!(
        (55..=80).contains(&median),
        "median {median} of {lengths:?}"
    );
}

#[test]
fn plain_page_numbers_are_bare_numbers_centred() {
    let text = "A line of text that fills the page. ".repeat(1200);
    let laid = lay(&doc_of(vec![block(
        BlockKind::Paragraph { label: None },
        &text,
    )]));
    assert!(laid.pages.len() >= 3);
    let (_, number) = lines(&laid.pages[2]).pop().unwrap();
    assert_eq!(number, "3");
    let style = Style::builtin(StyleKind::Plain);
    assert_eq!(style.page_number_text(3), "3");
    assert_eq!(
        Style::builtin(StyleKind::Gongwen).page_number_text(3),
        "— 3 —"
    );
}

#[test]
fn chapters_start_a_new_page() {
    let laid = lay(&english_sample());
    let tops: Vec<String> = laid
        .pages
        .iter()
        .filter_map(|p| lines(p).first().map(|(_, l)| l.clone()))
        .collect();
    for chapter in ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."] {
        assert!(
            tops.iter().any(|t| t.starts_with(chapter)),
            "{chapter} opens no page: {tops:?}"
        );
    }
}

#[test]
fn letter_paper_keeps_the_measure_centred() {
    let a4 = Style::builtin(StyleKind::Plain);
    let letter = a4.clone().with_letter_paper();
    assert_eq!(letter.paper_width, Pt(612.0));
    assert!((letter.type_area_width().0 - a4.type_area_width().0).abs() < 1e-9);
    assert!((letter.margin_left.0 - letter.margin_right.0).abs() < 1e-9);
    let laid = layout_document(&english_sample(), &letter, crate::fonts::test_book()).unwrap();
    assert!(laid.pages.iter().all(|p| p.width == Pt(612.0)));
}

#[test]
fn words_break_only_at_hyphenation_points() {
    let words = "extraordinary responsibilities notwithstanding considerations \
                 international communication characteristically";
    let text = format!("{words} ").repeat(30);
    let laid = lay(&doc_of(vec![block(
        BlockKind::Paragraph { label: None },
        &text,
    )]));
    let lines: Vec<String> = laid.pages.iter().flat_map(lines).map(|(_, l)| l).collect();
    let mut breaks = 0;
    for pair in lines.windows(2) {
        let Some(head) = pair[0].trim_end().strip_suffix('-') else {
            continue;
        };
        breaks += 1;
        let start = head.rsplit(' ').next().unwrap();
        let rest = pair[1].split(' ').next().unwrap();
        let word = format!("{start}{rest}");
        assert!(words.split(' ').any(|w| w == word), "{word} is no word");
        let mut points = Vec::new();
        crate::layout::hyphen::hyphen_points(&word, &mut points);
        assert!(
            points[start.chars().count()],
            "{start}-{rest} is no hyphenation point"
        );
    }
    assert!(breaks > 0, "nothing was hyphenated");
    assert!(all_text(&laid).contains(&words.split_whitespace().collect::<Vec<_>>().join(" ")));
}

fn table(rows: Vec<Vec<&str>>) -> Block {
    let columns = rows[0].len();
    Block {
        kind: BlockKind::Table(Table {
            alignments: vec![Default::default(); columns],
            header_rows: 1,
            rows: rows
                .into_iter()
                .map(|r| {
                    r.into_iter()
                        .map(|c| vec![Inline::Text(c.into())])
                        .collect()
                })
                .collect(),
        }),
        content: Vec::new(),
        quote_depth: 0,
        in_toc: false,
    }
}

/// True if every glyph of `laid` lies inside its page's type area (with a little slack
/// for the ink of the last glyph).
fn inside_type_area(laid: &LaidOut, style: &Style) -> bool {
    let (left, right) = (
        style.margin_left.0,
        style.paper_width.0 - style.margin_right.0,
    );
    let bottom = style.paper_height.0 - style.margin_bottom.0 + style.leading.0;
    laid.pages
        .iter()
        .flat_map(|p| &p.items)
        .all(|item| match item {
            FrameItem::Text(run) => {
                run.y.0 <= style.paper_height.0
                    && run
                        .glyphs
                        .iter()
                        .all(|g| g.x.0 >= left - 0.01 && g.x.0 < right)
                    && (run.y.0 < bottom || run.glyphs.iter().all(|g| g.ch.is_ascii_digit()))
            }
            _ => true,
        })
}

/// The words of every text run (each run is a piece of one table cell's line).
fn run_words(laid: &LaidOut) -> std::collections::HashSet<String> {
    laid.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            FrameItem::Text(run) => Some(run.glyphs.iter().map(|g| g.ch).collect::<String>()),
            _ => None,
        })
        .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

#[test]
fn a_5000_word_table_cell_prints_every_word_across_pages() {
    let cell: Vec<String> = (0..5000).map(|n| format!("w{n}")).collect();
    let cell = cell.join(" ");
    let laid = lay(&doc_of(vec![table(vec![
        vec!["Key", "Text"],
        vec!["one", &cell],
    ])]));
    assert!(laid.pages.len() > 2, "{} pages", laid.pages.len());
    let words = run_words(&laid);
    for n in 0..5000 {
        assert!(words.contains(&format!("w{n}")), "w{n} is missing");
    }
    assert!(inside_type_area(&laid, &Style::builtin(StyleKind::Plain)));
}

#[test]
fn a_table_wider_than_the_type_area_prints_every_cell_inside_it() {
    let header: Vec<String> = (0..60).map(|c| format!("Head{c}")).collect();
    let row: Vec<String> = (0..60).map(|c| format!("v{c}")).collect();
    let rows = vec![
        header.iter().map(String::as_str).collect(),
        row.iter().map(String::as_str).collect(),
    ];
    let laid = lay(&doc_of(vec![table(rows)]));
    // Every cell whole: the columns go in groups rather than breaking words.
    let words = run_words(&laid);
    for c in 0..60 {
        assert!(words.contains(&format!("v{c}")), "cell v{c} is missing");
        assert!(
            words.contains(&format!("Head{c}")),
            "cell Head{c} is broken"
        );
    }
    assert!(inside_type_area(&laid, &Style::builtin(StyleKind::Plain)));
}

#[test]
fn deep_nesting_stops_indenting_at_the_cap_and_says_so() {
    let item = |depth: u8| Block {
        kind: BlockKind::ListItem(ListItem {
            ordered: false,
            number: 0,
            depth,
            task: None,
        }),
        content: vec![Inline::Text(format!(
            "Item at depth {depth} with some words"
        ))],
        quote_depth: 0,
        in_toc: false,
    };
    let laid = lay(&doc_of((0..30).map(item).collect()));
    let lefts: Vec<f64> = laid
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            FrameItem::Text(run) if run.glyphs[0].ch == '•' => Some(run.glyphs[0].x.0),
            _ => None,
        })
        .collect();
    let cap = usize::from(crate::style::nesting::MAX_INDENT_LEVELS);
    assert!(lefts[cap] > lefts[cap - 1]);
    assert!(lefts[cap..].iter().all(|x| (x - lefts[cap]).abs() < 1e-6));
    assert!(laid.warnings.iter().any(|w| w.contains("nested 29 levels")));
    assert!(inside_type_area(&laid, &Style::builtin(StyleKind::Plain)));
}

#[test]
fn ragged_lines_hyphenate_only_a_word_too_long_for_them() {
    use crate::model::{Heading, MarkerKind};
    let heading = BlockKind::Heading(Heading {
        level: 2,
        marker: String::new(),
        marker_kind: MarkerKind::None,
        run_in: false,
    });
    let words = "Considerations concerning international responsibilities ".repeat(3);
    let laid = lay(&doc_of(vec![block(heading, &words)]));
    let heading_lines: Vec<String> = laid
        .pages
        .iter()
        .flat_map(lines)
        .map(|(_, l)| l)
        .filter(|l| l.chars().any(char::is_alphabetic))
        .collect();
    assert!(heading_lines.len() > 1, "{heading_lines:?}");
    assert!(
        heading_lines.iter().all(|l| !l.trim_end().ends_with('-')),
        "{heading_lines:?}"
    );
}

#[test]
fn a_scene_break_prints_its_marks_centred_and_a_bare_break_is_a_rule() {
    let doc = doc_of(vec![
        block(BlockKind::Paragraph { label: None }, "Before the break."),
        block(BlockKind::ThematicBreak, "*      *      *      *"),
        block(BlockKind::Paragraph { label: None }, "After the break."),
        block(BlockKind::ThematicBreak, ""),
        block(BlockKind::Paragraph { label: None }, "The end."),
    ]);
    let style = Style::builtin(StyleKind::Plain);
    let laid = lay(&doc);
    let lines = crate::layout::dump::text_lines(&laid.pages[0], crate::fonts::test_book());
    let marks = lines
        .iter()
        .find(|l| l.text() == "****")
        .expect("the break's marks are on the page");
    let centre = style.margin_left.0 + style.type_area_width().0 / 2.0;
    let middle = (marks.glyphs[0].x0 + marks.glyphs.last().unwrap().x1) / 2.0;
    assert!((middle - centre).abs() < 1.0, "{middle} vs {centre}");
    let rules = laid.pages[0]
        .items
        .iter()
        .filter(|i| matches!(i, FrameItem::Rule { .. }))
        .count();
    assert_eq!(rules, 1, "only the bare break is drawn as a rule");
}
