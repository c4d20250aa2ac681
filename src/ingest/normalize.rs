//! Normalisation that changes no character of the text itself: line ends and invisible
//! controls.
//!
//! [`clean`] runs on every input: CRLF and lone CR become LF (CR CR LF too, in a file that
//! ends its lines so); NUL and the other C0
//! controls except tab and LF are dropped, as are zero-width spaces (U+200B) and stray
//! BOMs (U+FEFF) inside the text. No Unicode normalisation form is applied: `*`, full-width
//! punctuation and every other character stay exactly as written. Indentation and
//! trailing blanks are kept: they are evidence for the structure stage.

/// Newlines to LF; drops NUL, C0 controls other than tab and LF, U+200B and U+FEFF.
/// A file whose lines end in CR CR LF (a CRLF file converted to CRLF again, as old
/// e-texts often are) has one line end there, not a blank line after every line.
pub fn clean(text: &str) -> String {
    let doubled = doubled_line_ends(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if doubled && chars.peek() == Some(&'\r') {
                    let mut ahead = chars.clone();
                    ahead.next();
                    if ahead.peek() == Some(&'\n') {
                        chars.next();
                    }
                }
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\t' | '\n' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{200B}' | '\u{FEFF}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// True if and only if most of the text's line ends (LFs) come as CR CR LF.
fn doubled_line_ends(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut line_ends = 0usize;
    let mut doubled = 0usize;
    for (i, _) in bytes.iter().enumerate().filter(|&(_, &b)| b == b'\n') {
        line_ends += 1;
        doubled += usize::from(i >= 2 && bytes[i - 1] == b'\r' && bytes[i - 2] == b'\r');
    }
    doubled > 0 && doubled * 2 > line_ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_become_lf() {
        assert_eq!(clean("a\r\nb\rc\nd\r"), "a\nb\nc\nd\n");
        // One CR CR LF among CRLF ends is a blank line; where the file ends its lines so,
        // each is one line end.
        assert_eq!(clean("a\r\r\nb\r\nc\r\nd"), "a\n\nb\nc\nd");
        assert_eq!(clean("a\r\r\nb\r\r\n\r\r\nc\r\r\n"), "a\nb\n\nc\n");
    }

    #[test]
    fn invisible_controls_are_dropped_and_characters_kept() {
        assert_eq!(clean("a\u{0}b\u{7}c\u{1b}d\te"), "abcd\te");
        assert_eq!(clean("zero\u{200B}width\u{FEFF}bom"), "zerowidthbom");
        // No normalisation form, no escaping: what is written stays.
        assert_eq!(clean("*书记，“**”ｆｕｌｌ"), "*书记，“**”ｆｕｌｌ");
        assert_eq!(clean("e\u{301}"), "e\u{301}");
    }
}
