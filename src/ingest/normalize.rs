//! Normalisation that changes no character of the text itself: line ends and invisible
//! controls.
//!
//! [`clean`] runs on every input: CRLF and lone CR become LF; NUL and the other C0
//! controls except tab and LF are dropped, as are zero-width spaces (U+200B) and stray
//! BOMs (U+FEFF) inside the text. No Unicode normalisation form is applied: `*`, full-width
//! punctuation and every other character stay exactly as written. Indentation and
//! trailing blanks are kept: they are evidence for the structure stage.

/// Newlines to LF; drops NUL, C0 controls other than tab and LF, U+200B and U+FEFF.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_become_lf() {
        assert_eq!(clean("a\r\nb\rc\nd\r"), "a\nb\nc\nd\n");
        assert_eq!(clean("a\r\r\nb"), "a\n\nb");
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
