//! Escaping plain text for CommonMark so that it re-parses to exactly itself.
//!
//! Plain-text sources are full of characters Markdown reads as syntax: the redaction marks
//! in "*市工会第*次" would become emphasis, "1. " at a line start a list, "#" a heading.
//! Every ASCII punctuation character may be backslash-escaped in CommonMark, so we escape
//! the ones that can start syntax anywhere, plus the ones that are syntax only at the start
//! of a line. Trailing and leading spaces and tabs are written as character references
//! (`&#32;`, `&#9;`) so they survive: CommonMark strips them, and a leading tab (four
//! columns) would make the line a code block.

/// Characters escaped wherever they stand: they open emphasis, links, code, HTML,
/// entities, tables, or are the escape character itself.
const ALWAYS: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '!', '&', '~', '|', '#', '$', '^',
];

/// Characters that are syntax only at the start of a line (headings, quotes, list
/// markers, setext underlines, tables).
const AT_LINE_START: &[char] = &['#', '>', '-', '+', '=', '*', '_', '~', '`', '|', ':'];

/// Writes the trailing spaces and tabs of a finished line as character references:
/// CommonMark strips them.
pub fn protect_trailing_spaces(mut line: String) -> String {
    let kept = line.trim_end_matches([' ', '\t']).len();
    let trailing: String = line[kept..].chars().map(blank_reference).collect();
    line.truncate(kept);
    line.push_str(&trailing);
    line
}

/// The character reference for a space or a tab.
fn blank_reference(blank: char) -> &'static str {
    if blank == '\t' {
        "&#9;"
    } else {
        "&#32;"
    }
}

/// Escapes `text`; `at_line_start` says whether it begins a line, where more characters
/// are syntax ("1. ", "- ", "# ").
pub fn escape_inline(text: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.char_indices().peekable();
    let mut line_start = at_line_start;
    while let Some((i, ch)) = chars.next() {
        if line_start {
            // Leading spaces and tabs would indent the line (four columns make a code
            // block): keep them as character references.
            if ch == ' ' || ch == '\t' {
                out.push_str(blank_reference(ch));
                continue;
            }
            line_start = false;
            if AT_LINE_START.contains(&ch) {
                out.push('\\');
                out.push(ch);
                continue;
            }
            if ch.is_ascii_digit() {
                // "1. " or "1)" then a space or the end, after up to nine digits, starts an
                // ordered list; "1.5亿元" does not.
                let digits: usize = text[i..].chars().take_while(char::is_ascii_digit).count();
                let mut rest = text[i + digits..].chars();
                let after = rest.next();
                let then = rest.next();
                let marker = matches!(after, Some('.') | Some(')'))
                    && matches!(then, None | Some(' ') | Some('\t'));
                if digits <= 9 && marker {
                    out.push_str(&text[i..i + digits]);
                    out.push('\\');
                    out.push(after.unwrap_or('.'));
                    for _ in 0..digits {
                        chars.next();
                    }
                    continue;
                }
            }
        }
        if ch == '\r' {
            // A lone CR ends a line in CommonMark; as a reference it stays text.
            out.push_str("&#13;");
            continue;
        }
        if ALWAYS.contains(&ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape_line(text: &str) -> String {
        protect_trailing_spaces(escape_inline(text, true))
    }

    #[test]
    fn redaction_marks_stay_literal() {
        assert_eq!(
            escape_line("*市工会第*次代表大会"),
            "\\*市工会第\\*次代表大会"
        );
        assert_eq!(
            escape_line("全面落实“**”战略定位"),
            "全面落实“\\*\\*”战略定位"
        );
    }

    #[test]
    fn line_start_syntax_is_escaped() {
        assert_eq!(escape_line("1. 条目"), "1\\. 条目");
        assert_eq!(escape_line("12) 条目"), "12\\) 条目");
        assert_eq!(escape_line("# 井号"), "\\# 井号");
        assert_eq!(escape_line("- 横线"), "\\- 横线");
        assert_eq!(escape_line("> 引用"), "\\> 引用");
        assert_eq!(escape_line("=== "), "\\===&#32;");
        assert_eq!(escape_line("1.5亿元"), "1.5亿元");
        assert_eq!(escape_line("2023年"), "2023年");
    }

    #[test]
    fn inline_syntax_is_escaped_anywhere() {
        assert_eq!(escape_line("_下划线_"), "\\_下划线\\_");
        assert_eq!(escape_line("a <b> & c|d"), "a \\<b\\> \\& c\\|d");
        assert_eq!(escape_line("[链接](x)"), "\\[链接\\](x)");
        assert_eq!(escape_line("C:\\path"), "C:\\\\path");
    }

    #[test]
    fn a_carriage_return_in_text_is_not_a_line_end() {
        assert_eq!(escape_line("a\rb"), "a&#13;b");
    }

    #[test]
    fn leading_and_trailing_spaces_survive() {
        assert_eq!(escape_line("    code?"), "&#32;&#32;&#32;&#32;code?");
        assert_eq!(escape_line("end  "), "end&#32;&#32;");
        // A leading tab is four columns: the line would be code (found by the fuzzer).
        assert_eq!(escape_line("\t<"), "&#9;\\<");
        assert_eq!(escape_line("end\t "), "end&#9;&#32;");
    }
}
