//! Paragraph recovery, the structure stage's first pass over plain text: from clean text
//! (as ingest hands it on, indentation and all) to one paragraph per line.
//!
//! HTML tags pasted with the text are taken out (`html`), running page numbers and
//! other page furniture are marked and the sentences they broke rejoined (`furniture`),
//! an ebook's navigation between pieces is marked (`navigation`), and so is a download
//! site's advertising inside the text (`site_ads`), a play's names hanging
//! over indented speeches are closed up to them (`hanging_speeches`), contents entries and
//! headings a PDF converter split over lines are joined (`converter_splits`), hard-wrapped
//! lines are
//! rejoined (`rewrap`), breaks lost inside very long lines are
//! restored before heading markers and full-width indentation (`breaks`), and every line
//! loses its indentation once it has served as evidence (`lines`). What comes out is the
//! text the block rules in `plain` read: paragraphs one per line, a single blank line
//! where the source separated blocks, no indentation.

mod attachment_titles;
mod breaks;
mod converter_splits;
mod furniture;
mod hanging_entries;
mod hanging_speeches;
mod html;
mod lines;
mod navigation;
mod rewrap;
mod run_on_closing;
mod run_on_items;
mod running;
mod site_ads;
mod verse;

/// Lines longer than this many characters with no paragraph break are worth a word to
/// the user: the structure found in them rests on recovered breaks.
const UNBROKEN_WARN_CHARS: usize = 4000;

pub(crate) use furniture::{mark_in_place, ARTIFACT_MARK};
pub(crate) use html::EMPHASIS_MARK;
pub(crate) use rewrap::{ends_sentence, join_onto};

/// `text` (clean, from ingest) with its paragraphs recovered, one per line: the text the
/// block rules read (page furniture lines included, as they are kept as artifacts).
pub fn recover_paragraphs(text: &str) -> String {
    recover_reporting(text)
        .0
        .replace([ARTIFACT_MARK, EMPHASIS_MARK], "")
}

/// [`recover_paragraphs`], with what the user should know about it: tags stripped,
/// paragraphs recovered from very long lines.
pub(crate) fn recover_reporting(text: &str) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    if text.trim().is_empty() {
        return (String::new(), warnings);
    }
    let (text, tags, comments) = html::strip_markup(text);
    if tags > 0 {
        warnings.push(format!(
            "{tags} HTML tag(s) in plain text taken out as markup (character references such as &quot; read as the characters they name)"
        ));
    }
    if comments > 0 {
        warnings.push(format!(
            "{comments} HTML comment(s) in plain text taken out with the lines they filled"
        ));
    }
    let (text, furniture) = furniture::mark_furniture(&text);
    if furniture > 0 {
        warnings.push(format!(
            "{furniture} line(s) of page furniture (running heads and feet, page numbers) left out of the outputs"
        ));
    }
    let text = crate::structure::escaped_space::mark_escaped_blanks(&text);
    let text = converter_splits::join_converter_splits(&text);
    let text = split_run_on_footers(&text);
    let text = hanging_speeches::close_hanging_speeches(&text);
    let (text, navigation) = navigation::mark_navigation(&text);
    if navigation > 0 {
        warnings.push(format!(
            "{navigation} line(s) of an ebook's navigation between pieces left out of the outputs"
        ));
    }
    let (text, ads) = site_ads::mark_site_ads(&text);
    if ads > 0 {
        warnings.push(format!(
            "{ads} line(s) of a download site's advertising left out of the outputs"
        ));
    }
    let (body, lines) = lines::plain_lines(&text);
    // Cheap byte test first: fewer bytes than the limit means fewer characters.
    let long: Vec<usize> = lines
        .iter()
        .map(|l| l.text(&body))
        .filter(|t| t.len() > UNBROKEN_WARN_CHARS)
        .map(|t| t.chars().count())
        .filter(|&n| n > UNBROKEN_WARN_CHARS)
        .collect();
    let lines = breaks::recover(&body, lines);
    let out = rewrap::rewrap(&body, &lines);
    if !long.is_empty() {
        let chars: usize = long.iter().sum();
        let paragraphs = out.lines().filter(|l| !l.is_empty()).count();
        warnings.push(format!(
            "{chars} characters in {} line(s) with no paragraph break: {paragraphs} paragraphs recovered from markers and indentation",
            long.len()
        ));
    }
    (out, warnings)
}

/// `text` with a web page's foot run onto the end of a line ("……2022年7月29日相关附件：……")
/// set on lines of its own, where the footer rules can tell it from the document.
fn split_run_on_footers(text: &str) -> std::borrow::Cow<'_, str> {
    use crate::structure::web_page::run_on_footer;
    let points: Vec<(usize, Vec<usize>)> = text
        .split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, run_on_footer(line)))
        })
        .filter(|(_, points)| !points.is_empty())
        .collect();
    if points.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 4);
    let mut last = 0;
    for (start, at) in points {
        for point in at {
            out.push_str(&text[last..start + point]);
            out.push('\n');
            last = start + point;
        }
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod tests;
