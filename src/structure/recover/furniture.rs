//! Page furniture copied with the text: running page numbers from copied PDFs ("- 12 -",
//! "- IV -", "— 3 —", "第 3 页", "Page 7 of 20"), section stamps of web novels
//! ("_分节阅读_12") and an ebook's zero-padded article numbers alone on a line ("045").
//! A line of that shape counts only when the file has two or more of them: a single
//! "- 1 -" may be the text's own. Running heads, feet and bare folios of a paged text
//! (`running`) are furniture too.
//!
//! Each such line is taken out of the flow and kept as an artifact line, marked with
//! [`ARTIFACT_MARK`], so the block rules can record it (kind `artifact`, left out of every
//! output). When the page broke a sentence ("……去钓" / "- 12 -" / "虾。"), the two halves
//! are joined again before the artifact.

use crate::script::columns;
use regex::Regex;
use std::sync::LazyLock;

/// Opens a line that holds page furniture, once this pass has run. A C0 control: ingest
/// drops every one from the text, so no real line starts with it.
pub(crate) const ARTIFACT_MARK: char = '\u{1}';

/// `lines` joined again, each line `marked` true kept in place as an artifact line (trimmed,
/// opened by [`ARTIFACT_MARK`]): how the passes that find furniture where it stands
/// (navigation, a site's stamps, escaped blank rows) hand it to the block rules.
pub(crate) fn mark_in_place(lines: &[&str], marked: &[bool]) -> String {
    lines
        .iter()
        .zip(marked)
        .map(|(line, &m)| match m {
            true => format!("{ARTIFACT_MARK}{}", line.trim()),
            false => (*line).to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fewest furniture lines in a file for any of them to count.
const MIN_RECURRENCE: usize = 2;

fn is_furniture(line: &str) -> bool {
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-—–－]{1,2}\s*(?:[0-9０-９]{1,4}|[IVXL]{1,6}|[ivxl]{1,6})\s*[-—–－]{1,2}|第\s*[0-9０-９]{1,4}\s*页(?:\s*[/，,、]?\s*共\s*[0-9０-９]{1,4}\s*页)?|_?分节阅读[_\s]?[0-9]{1,5}|0[0-9]{1,3}|(?i:page)\s+[0-9]{1,4}(?:\s+(?i:of)\s+[0-9]{1,4})?)$")
            .expect("furniture pattern")
    });
    let line = line.trim();
    // Every form ends in a digit, 页 or a dash: other lines never build the pattern.
    line.ends_with(|c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(c, '页' | '-' | '—' | '–' | '－')
    }) && FURNITURE.is_match(line)
}

/// A download site's section stamp ("分节阅读 24", "_分节阅读_12"): furniture even where it
/// stands once, since no text's own line has its shape.
fn is_section_stamp(line: &str) -> bool {
    let line = line.trim().trim_start_matches('_');
    line.strip_prefix("分节阅读").is_some_and(|n| {
        let n = n.trim_start_matches(['_', ' ']);
        (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A row of dashes ("------------"), which such sites set over their section stamp.
fn is_dash_row(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() >= 3 && line.chars().all(|c| matches!(c, '-' | '—' | '－'))
}

/// True if `line` leaves a bracket open ("（原载1934年《女青年》第1"): the page broke it.
fn leaves_bracket_open(line: &str) -> bool {
    let open = line.matches(['（', '(']).count();
    open > line.matches(['）', ')']).count()
}

/// `text` with its page furniture marked and moved out of the sentences it broke, and
/// how many lines were furniture.
pub(super) fn mark_furniture(text: &str) -> (String, usize) {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_start_matches(ARTIFACT_MARK))
        .collect();
    let numbers = lines.iter().filter(|l| is_furniture(l)).count();
    let running = super::running::running_lines(&lines, is_furniture);
    // In a paged text (one with running heads, feet or folios) a page number of its own
    // shape counts even where it stands once.
    let paged = running.contains(&true);
    let is_furniture = |i: usize| {
        running[i]
            || (paged || numbers >= MIN_RECURRENCE || is_section_stamp(lines[i]))
                && is_furniture(lines[i])
    };
    let count = (0..lines.len()).filter(|&i| is_furniture(i)).count();
    if count == 0 {
        return (lines.join("\n"), 0);
    }
    let measure = text_measure(&lines, &is_furniture);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut held: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if !is_furniture(i) {
            out.push(line.to_string());
            i += 1;
            continue;
        }
        held.push(format!("{ARTIFACT_MARK}{}", line.trim()));
        // Blank lines around the page break are part of it.
        while out.last().is_some_and(|l| l.trim().is_empty()) {
            out.pop();
        }
        // The row of dashes a site sets over its stamp is the stamp's.
        if is_section_stamp(line) && out.last().is_some_and(|l| is_dash_row(l)) {
            let row = out.pop().unwrap_or_default();
            held.insert(held.len() - 1, format!("{ARTIFACT_MARK}{}", row.trim()));
            while out.last().is_some_and(|l| l.trim().is_empty()) {
                out.pop();
            }
        }
        i += 1;
        while i < lines.len() && lines[i].trim().is_empty() {
            i += 1;
        }
        // The line the page broke is the last line of text: furniture already moved
        // aside (a second page number in a row) is not text to join onto.
        let last_text = out.iter().rposition(|l| !l.starts_with(ARTIFACT_MARK));
        // Only a line that ran to the measure was broken by the page (a cover's date or a
        // heading at a page's foot stands alone).
        let broken = last_text.filter(|&at| {
            let line = out[at].trim_end();
            !ends_clause(line)
                && (columns(line) * 3 >= measure * 2 || leaves_bracket_open(line))
                && !crate::structure::toc::is_contents_entry(line)
        });
        // A list item or a heading opens the next page on its own line.
        let next = lines
            .get(i)
            .filter(|l| !is_furniture(i) && !super::rewrap::starts_with_marker(l.trim_start()));
        match (next, broken) {
            (Some(next), Some(at)) => {
                super::join_onto(&mut out[at], next.trim_start());
                out.append(&mut held);
                i += 1;
            }
            _ => out.append(&mut held),
        }
    }
    (out.join("\n"), count)
}

/// The text's measure in columns: the width that nine lines in ten stay within.
fn text_measure(lines: &[&str], is_furniture: &impl Fn(usize) -> bool) -> usize {
    let mut widths: Vec<usize> = (0..lines.len())
        .filter(|&i| !is_furniture(i) && !lines[i].trim().is_empty())
        .map(|i| columns(lines[i].trim()))
        .collect();
    widths.sort_unstable();
    widths
        .get(widths.len() * 9 / 10)
        .or(widths.last())
        .copied()
        .unwrap_or(0)
}

/// True if `line` ends where a page may end without breaking anything.
fn ends_clause(line: &str) -> bool {
    line.is_empty()
        || line.ends_with([
            '。', '！', '？', '；', '：', '”', '’', '）', '.', '!', '?', ';', ':', '"', ')',
        ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_page_numbers_are_marked_and_sentences_rejoined() {
        let text = "他每天都去钓\n\n- 12 -\n\n虾。后来他回家了。\n第二段。\n- 13 -\n第三段。";
        let (out, count) = mark_furniture(text);
        assert_eq!(count, 2);
        assert_eq!(
            out,
            "他每天都去钓虾。后来他回家了。\n\u{1}- 12 -\n第二段。\n\u{1}- 13 -\n第三段。"
        );
    }

    #[test]
    fn text_after_two_page_numbers_in_a_row_joins_the_text_not_the_furniture() {
        // Each zero-padded number breaks a sentence; the second one follows the first
        // (moved after the rejoined line), and the line after it once went onto that
        // artifact line, marking text as furniture and leaking the mark into a paragraph.
        let (out, count) = mark_furniture("开头是\n00\n中间\n00\n结尾。");
        assert_eq!(count, 2);
        assert_eq!(out, "开头是中间结尾。\n\u{1}00\n\u{1}00");
        let (out, _) = mark_furniture("开头是\n- 1 -\n- 2 -\n结尾。");
        assert_eq!(out, "开头是结尾。\n\u{1}- 1 -\n\u{1}- 2 -");
    }

    #[test]
    fn a_page_break_after_a_contents_entry_joins_nothing_onto_it() {
        // The contents list ends a page; the document's title opens the next, under the
        // running head: a page that ends in an entry broke no sentence.
        let entries: Vec<String> = (1..=8)
            .map(|n| format!("{n}、第{n}节的名称 .............. {n}"))
            .collect();
        let body: Vec<String> = (1..=8)
            .map(|n| format!("第{n}行正文，写满了这一行的宽度，没有在这里结束句子"))
            .collect();
        let text = format!(
            "工程技术标准\n{}\n\n工程技术标准\n接口规范\n{}\n\n工程技术标准\n{}\n\n工程技术标准\n{}",
            entries.join("\n"),
            body.join("\n"),
            body.join("\n"),
            body.join("\n")
        );
        let (out, _) = mark_furniture(&text);
        assert!(
            out.contains(".............. 8\n\u{1}工程技术标准\n接口规范\n"),
            "{out}"
        );
    }

    #[test]
    fn a_lone_number_line_is_the_text_s_own() {
        let text = "第一段。\n- 1 -\n第二段。";
        assert_eq!(mark_furniture(text), (text.to_string(), 0));
        assert!(is_furniture("第 3 页"));
        assert!(is_furniture("_分节阅读_12"));
        assert!(is_furniture("分节阅读 24"));
        assert!(is_furniture("Page 7 of 20"));
        assert!(is_furniture("                  045"));
        assert!(!is_furniture("45"));
        assert!(!is_furniture("第3页的表格说明如下："));
    }

    #[test]
    fn a_section_stamp_alone_takes_its_dashes_and_rejoins_the_note_it_broke() {
        let text =
            "正文。\n（原载1934年《女青年》第1\n------------\n\n分节阅读 24\n\n3卷第3期）\n下文。";
        let (out, count) = mark_furniture(text);
        assert_eq!(count, 1);
        assert_eq!(
            out,
            "正文。\n（原载1934年《女青年》第13卷第3期）\n\u{1}------------\n\u{1}分节阅读 24\n下文。"
        );
    }
}
