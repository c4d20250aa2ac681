//! Running heads and feet of text copied from a PDF: the lines a typesetter repeats at the
//! top or the foot of every page (the document's title or short title, the publisher's
//! series line, the issuer) and bare folios ("3", "IV") alone at a page's foot.
//!
//! A converter shows a page break as a blank line. A line runs through the pages when it
//! recurs, the same, at three page edges or more, on half the pages at least and two
//! thirds of its occurrences (a letter-writer's name under each of four letters is not):
//! the lines next to a break, or next to a page number that is itself next to one. Only a
//! paged text qualifies: its blank-separated stretches are pages, eight lines long on
//! average, not paragraphs or speeches (a play's speaker names recur after blank lines
//! too). A line that opens with a section or list marker is never running: a heading. At
//! the top of the first page only the first line can be running (a cover's title often
//! repeats as the running head of the pages after it); lower down, each running line
//! counts once per page edge, so the title set again over the body stays the title.

use std::collections::{HashMap, HashSet};

/// Fewest page edges a running head or foot recurs at.
const MIN_EDGES: usize = 3;
/// Fewest non-blank lines a blank-separated stretch has on average in a paged text.
const MIN_PAGE_LINES: usize = 8;
/// Longest running line, in characters.
const MAX_CHARS: usize = 60;
/// Fewest folios at page feet for any to count.
const MIN_FOLIOS: usize = 2;

/// Flags the lines of `lines` that are running heads, feet or folios. `is_page_number`
/// recognises page numbers of an explicit shape ("- 3 -", "第 3 页"), which extend a page
/// edge like a running line does.
pub(super) fn running_lines(lines: &[&str], is_page_number: impl Fn(&str) -> bool) -> Vec<bool> {
    let texts: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    let n = texts.len();
    let mut running = vec![false; n];
    let Some(pages) = pages(&texts) else {
        return running;
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in texts.iter().filter(|t| could_run(t)) {
        *counts.entry(t).or_default() += 1;
    }
    let recurring: HashSet<&str> = counts
        .iter()
        .filter(|&(_, &c)| c >= MIN_EDGES)
        .map(|(t, _)| *t)
        .collect();
    // First pass: where each recurring line stands at an edge; keep those that mostly do,
    // as heads where they stand at tops, as feet where they stand at feet.
    let (top, foot) = page_edges(&texts, (&recurring, &recurring), &is_page_number);
    let confirmed = |edge: &[bool]| -> HashSet<&str> {
        let mut hits: HashMap<&str, usize> = HashMap::new();
        for (i, t) in texts.iter().enumerate() {
            if edge[i] && recurring.contains(t) {
                *hits.entry(t).or_default() += 1;
            }
        }
        hits.into_iter()
            .filter(|&(t, edge)| {
                edge >= MIN_EDGES && edge * 3 >= counts[t] * 2 && edge * 2 >= pages
            })
            .map(|(t, _)| t)
            .collect()
    };
    let (heads, feet) = (confirmed(&top), confirmed(&foot));
    let (top, foot) = page_edges(&texts, (&heads, &feet), &is_page_number);
    let edges: Vec<bool> = (0..n).map(|i| top[i] || foot[i]).collect();
    let confirmed: HashSet<&str> = heads.union(&feet).copied().collect();
    let folios: Vec<usize> = (0..n)
        .filter(|&i| edges[i] && is_folio(texts[i]) && !is_page_number(texts[i]))
        .collect();
    for i in 0..n {
        running[i] = edges[i] && confirmed.contains(texts[i]);
    }
    if folios.len() >= MIN_FOLIOS {
        for i in folios {
            running[i] = true;
        }
    }
    running
}

/// The number of pages of `texts` if its blank-separated stretches are pages, not
/// paragraphs.
fn pages(texts: &[&str]) -> Option<usize> {
    let mut stretches = 0usize;
    let mut lines = 0usize;
    let mut previous_blank = true;
    for t in texts {
        if t.is_empty() {
            previous_blank = true;
        } else {
            lines += 1;
            stretches += usize::from(previous_blank);
            previous_blank = false;
        }
    }
    (stretches >= 2 && lines >= stretches * MIN_PAGE_LINES).then_some(stretches)
}

/// True if `text` has the shape of a running head or foot: short, naming something, no
/// sentence or clause ending it, no section marker opening it.
fn could_run(text: &str) -> bool {
    let chars = text.chars().count();
    (1..=MAX_CHARS).contains(&chars)
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with([
            '。', '！', '？', '.', '!', '?', '：', ':', '；', ';', '，', ',', '、',
        ])
        && crate::structure::numbering::find_marker(text).is_none()
}

/// A bare folio: one to four digits, or a roman numeral in capitals or in small letters.
fn is_folio(text: &str) -> bool {
    let digits = (1..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    let roman = (1..=7).contains(&text.len())
        && (text.bytes().all(|b| b"IVXL".contains(&b))
            || text.bytes().all(|b| b"ivxl".contains(&b)));
    digits || roman
}

/// Flags the lines at page edges: from each page's top down, the lines in `running.0` (each
/// once per edge) and page numbers; from each page's foot up, the lines in `running.1`,
/// page numbers and a folio at the very foot. Returns the tops' flags and the feet's.
fn page_edges(
    texts: &[&str],
    running: (&HashSet<&str>, &HashSet<&str>),
    is_page_number: &impl Fn(&str) -> bool,
) -> (Vec<bool>, Vec<bool>) {
    let n = texts.len();
    let (mut top, mut foot) = (vec![false; n], vec![false; n]);
    let is_top = |i: usize| !texts[i].is_empty() && (i == 0 || texts[i - 1].is_empty());
    let is_foot = |i: usize| !texts[i].is_empty() && (i + 1 == n || texts[i + 1].is_empty());
    for start in (0..n).filter(|&i| is_top(i)) {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut i = start;
        while i < n && !texts[i].is_empty() {
            let t = texts[i];
            let head = running.0.contains(t) && !seen.contains(t) && (start > 0 || seen.is_empty());
            if !(head || is_page_number(t)) {
                break;
            }
            seen.insert(t);
            top[i] = true;
            i += 1;
        }
    }
    for end in (0..n).filter(|&i| is_foot(i)) {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut i = end + 1;
        while i > 0 && !texts[i - 1].is_empty() {
            let t = texts[i - 1];
            let line = running.1.contains(t) && !seen.contains(t);
            let folio = i - 1 == end && is_folio(t);
            if !(line || folio || is_page_number(t)) {
                break;
            }
            seen.insert(t);
            foot[i - 1] = true;
            i -= 1;
        }
    }
    (top, foot)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(text: &str) -> Vec<bool> {
        let lines: Vec<&str> = text.split('\n').collect();
        running_lines(&lines, |t| t.starts_with("- ") && t.ends_with(" -"))
    }

    /// Seven lines of a page's text, none like another page's.
    fn body(page: usize) -> String {
        (1..=7)
            .map(|n| format!("第{page}页正文的第{n}行，"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_line_repeated_at_each_page_top_is_a_running_head() {
        let (a, b, c) = (body(1), body(2), body(3));
        let text = format!("技术文档\n{a}\n- 1 -\n\n技术文档\n{b}\n- 2 -\n\n技术文档\n{c}\n- 3 -");
        let flags = flags(&text);
        let lines: Vec<&str> = text.split('\n').collect();
        let marked: Vec<&str> = (0..lines.len())
            .filter(|&i| flags[i])
            .map(|i| lines[i])
            .collect();
        assert_eq!(marked, ["技术文档", "技术文档", "技术文档"]);
    }

    #[test]
    fn a_title_at_the_foot_and_bare_folios_are_furniture_the_title_over_the_body_is_not() {
        let (a, b, c, d) = (body(1), body(2), body(3), body(4));
        let text = format!(
            "规范标题\n{a}\n规范标题\nI\n\n标准\n{b}\n规范标题\nII\n\n标准\n规范标题\n{c}\n规范标题\n\n标准\n{d}"
        );
        let lines: Vec<&str> = text.split('\n').collect();
        let flags = flags(&text);
        let marked: Vec<usize> = (0..lines.len()).filter(|&i| flags[i]).collect();
        // The title at the feet is no running head: over the third page's body, right
        // under the running head, it is the title set again (and on the cover, the title).
        let third_top = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| **l == "标准")
            .nth(1)
            .unwrap()
            .0;
        assert_eq!(lines[third_top + 1], "规范标题");
        assert!(marked.contains(&third_top) && !marked.contains(&(third_top + 1)));
        assert!(!marked.contains(&0));
        assert!(marked
            .iter()
            .all(|&i| matches!(lines[i], "规范标题" | "标准" | "I" | "II")));
        assert_eq!(
            marked
                .iter()
                .filter(|&&i| lines[i] == "I" || lines[i] == "II")
                .count(),
            2
        );
    }

    #[test]
    fn speakers_after_blank_lines_in_a_play_are_not_running_heads() {
        let text = "HAMLET.\nTo be.\n\nHORATIO.\nMy lord.\n\nHAMLET.\nNot so.\n\nHORATIO.\nYes.\n\nHAMLET.\nGo.";
        assert!(flags(text).iter().all(|f| !f));
    }

    #[test]
    fn a_name_under_some_of_the_paragraphs_is_no_running_foot() {
        let pages: Vec<String> = (1..=9).map(body).collect();
        let signed = |p: &str| format!("{p}\nR. Walton");
        let text = [
            signed(&pages[0]),
            pages[1].clone(),
            signed(&pages[2]),
            pages[3].clone(),
            signed(&pages[4]),
            pages[5].clone(),
            pages[6].clone(),
            signed(&pages[7]),
            pages[8].clone(),
        ]
        .join("\n\n");
        assert!(flags(&text).iter().all(|f| !f));
    }

    #[test]
    fn a_heading_that_recurs_is_never_running() {
        let (a, b, c) = (body(1), body(2), body(3));
        let text = format!("一、总则\n{a}\n\n一、总则\n{b}\n\n一、总则\n{c}");
        assert!(flags(&text).iter().all(|f| !f));
    }
}
