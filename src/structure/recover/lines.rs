//! Plain-text lines for paragraph recovery: each line loses its trailing blanks and its
//! leading indentation (spaces, tabs, U+3000, no-break spaces); the indentation is
//! remembered, because a line indented deeper than the one before starts a paragraph
//! (lines indented alike are a block set in as a whole). Tabs inside a line become
//! spaces up to the next multiple of four characters.

/// One line of plain text after [`plain_lines`]: a byte range of the returned body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Start of the line's text in the body.
    pub start: usize,
    /// End (exclusive) of the line's text in the body.
    pub end: usize,
    /// True if and only if the source line was indented deeper than the line before
    /// (or than the margin, after a blank line): it starts a paragraph.
    pub indented: bool,
    /// The source line's indentation in columns (a tab counts four, U+3000 two): an
    /// indented block is wrapped to the width left beside it.
    pub indent: usize,
}

impl Line {
    /// The line's text within `body`.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.start..self.end).unwrap_or("")
    }

    /// True if and only if the line holds no text.
    pub fn is_blank(&self) -> bool {
        self.start == self.end
    }
}

/// True if and only if `c` counts as indentation at the start of a line.
fn is_indent(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{00A0}')
}

/// A source line's indentation in columns (a tab counts four, U+3000 two) and the text
/// after it.
pub(super) fn split_indent(raw: &str) -> (usize, &str) {
    let content = raw.trim_start_matches(is_indent);
    let indent = raw[..raw.len() - content.len()]
        .chars()
        .map(|c| match c {
            '\t' => 4,
            '\u{3000}' => 2,
            _ => 1,
        })
        .sum();
    (indent, content)
}

/// Splits cleaned text into lines without indentation or trailing blanks, tabs expanded.
/// Returns the body (the lines' text, concatenated) and the lines.
pub fn plain_lines(cleaned: &str) -> (String, Vec<Line>) {
    let mut body = String::with_capacity(cleaned.len());
    let mut lines = Vec::new();
    let mut previous_indent = 0usize;
    for raw in cleaned.split('\n') {
        let (indent, content) = split_indent(raw);
        let content = content.trim_end();
        // Deeper than the line before: a paragraph starts. The same depth as the line
        // before is a block indented as a whole (a letter, a quotation), which runs on.
        let indented = indent > previous_indent;
        previous_indent = if content.is_empty() { 0 } else { indent };
        let start = body.len();
        if content.contains('\t') {
            let mut column = 0usize;
            for c in content.chars() {
                if c == '\t' {
                    let next = (column / 4 + 1) * 4;
                    body.extend(std::iter::repeat_n(' ', next - column));
                    column = next;
                } else {
                    body.push(c);
                    column += 1;
                }
            }
        } else {
            body.push_str(content);
        }
        let end = body.len();
        lines.push(Line {
            start,
            end,
            indented: indented && end > start,
            indent,
        });
    }
    (body, lines)
}

/// The text's own margin, in columns: the least indentation that a quarter of the text
/// lines have at least (a letter set in deeper, however long, leaves it where it is).
pub fn usual_indent(lines: &[Line]) -> usize {
    let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut total = 0usize;
    for line in lines.iter().filter(|l| !l.is_blank()) {
        *counts.entry(line.indent).or_default() += 1;
        total += 1;
    }
    counts
        .into_iter()
        .find(|&(_, n)| n * 4 >= total)
        .map_or(0, |(indent, _)| indent)
}

/// Fewest lines of a block set in that show a measure of its own.
const SET_IN_LINES_MIN: usize = 6;

/// For each line of a block set in deeper than the `margin` and wrapped to a measure of
/// its own, narrower than the text's (a play's setting indented under its act), that
/// measure: the widest of its lines. The block is the lines set in alike, blank lines
/// between its paragraphs allowed; it is wrapped when three in four of the lines that
/// another of its lines follows run to within a sixth of the widest. A list set in (a
/// cast, a contents) has lines of every length and keeps no measure.
pub fn set_in_widths(body: &str, lines: &[Line], margin: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let indent = lines[i].indent;
        if lines[i].is_blank() || indent <= margin {
            i += 1;
            continue;
        }
        let members: Vec<usize> = (i..lines.len())
            .take_while(|&k| lines[k].is_blank() || lines[k].indent == indent)
            .filter(|&k| !lines[k].is_blank())
            .collect();
        let end = members.last().map_or(i, |&k| k) + 1;
        let width = |k: usize| crate::script::columns(lines[k].text(body));
        let widest = members.iter().map(|&k| width(k)).max().unwrap_or(0);
        let inner: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&k| k + 1 < end && !lines[k + 1].is_blank())
            .collect();
        let full = inner
            .iter()
            .filter(|&&k| width(k) * 6 >= widest * 5)
            .count();
        if members.len() >= SET_IN_LINES_MIN && full * 4 >= inner.len() * 3 {
            for &k in &members {
                out[k] = Some(widest);
            }
        }
        i = end;
    }
    out
}

/// Fewest paragraphs wrapped under a first-line indent that show the text marks its
/// paragraphs so.
const FIRST_LINE_INDENTS_MIN: usize = 3;

/// True if and only if the text marks its paragraphs by indenting their first lines over
/// lines wrapped at the `margin` (a novel's "    话说……" over "军便有……"): a third or more
/// of the lines set in deeper than the margin are followed by a line at the margin, and
/// three or more are (the others are one-line paragraphs; a block set in as a whole, a
/// letter or a poem, has a line at the margin after its last line only).
pub fn marks_paragraphs_by_first_line(lines: &[Line], margin: usize) -> bool {
    let (mut indented, mut wrapped_under) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        if line.is_blank() || next.is_blank() || line.indent <= margin {
            continue;
        }
        indented += 1;
        wrapped_under += usize::from(next.indent == margin);
    }
    wrapped_under >= FIRST_LINE_INDENTS_MIN && wrapped_under * 3 >= indented
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indentation_is_recorded_then_removed() {
        let (body, lines) = plain_lines("\u{3000}\u{3000}段落。\n  two\nthree  \n\t\n");
        let texts: Vec<&str> = lines.iter().map(|l| l.text(&body)).collect();
        assert_eq!(texts, ["段落。", "two", "three", "", ""]);
        let indents: Vec<bool> = lines.iter().map(|l| l.indented).collect();
        assert_eq!(indents, [true, false, false, false, false]);
    }

    #[test]
    fn a_block_indented_as_a_whole_is_one_indentation() {
        let (_, lines) =
            plain_lines("text\n    letter one\n    letter two\n      deeper\n\n    after blank");
        let indents: Vec<bool> = lines.iter().map(|l| l.indented).collect();
        assert_eq!(indents, [false, true, false, true, false, true]);
    }

    #[test]
    fn inner_tabs_expand_to_four_column_stops() {
        let (body, lines) = plain_lines("ab\tc\td");
        assert_eq!(lines[0].text(&body), "ab  c   d");
    }

    #[test]
    fn trailing_full_width_blanks_go_too() {
        let (body, lines) = plain_lines("标题\u{3000}\u{3000}");
        assert_eq!(lines[0].text(&body), "标题");
    }
}
