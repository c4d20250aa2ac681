//! Normalisation that changes no character of the text itself: line ends and invisible
//! controls — and the one exception on characters, Kangxi radicals.
//!
//! [`clean`] runs on every input: CRLF and lone CR become LF (CR CR LF too, in a file that
//! ends its lines so); NUL and the other C0
//! controls except tab and LF are dropped, as are zero-width spaces (U+200B) and stray
//! BOMs (U+FEFF) inside the text. No Unicode normalisation form is applied: `*`, full-width
//! punctuation and every other character stay exactly as written — except the Kangxi
//! radicals (U+2F00–U+2FD5, and the two radical supplements with a decomposition) that
//! text extracted from a PDF leaves in place of ideographs ("第⼀章", "⽬录"): each reads as
//! the ideograph its compatibility decomposition names, with a warning that counts them,
//! so the structure stage sees "第一章" and "目录" and the outputs search as text. Indentation and
//! trailing blanks are kept: they are evidence for the structure stage.

/// True if and only if `c` is a Kangxi radical or a radical supplement character (the
/// blocks U+2E80–U+2FDF).
fn is_radical(c: char) -> bool {
    ('\u{2E80}'..='\u{2FDF}').contains(&c)
}

/// The ideograph a radical stands for, if its compatibility decomposition names one.
fn radical_ideograph(c: char) -> Option<char> {
    use unicode_normalization::char::decompose_compatible;
    let mut decomposed = None;
    let mut count = 0;
    decompose_compatible(c, |d| {
        decomposed = Some(d);
        count += 1;
    });
    decomposed.filter(|&d| count == 1 && d != c && crate::script::is_han(d))
}

/// How many Kangxi radicals [`clean`] read as ideographs in `text`.
pub fn radicals_read_as_ideographs(text: &str) -> usize {
    text.chars()
        .filter(|&c| is_radical(c) && radical_ideograph(c).is_some())
        .count()
}

/// Newlines to LF; drops NUL, C0 controls other than tab and LF, U+200B and U+FEFF;
/// Kangxi radicals become the ideographs they stand for.
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
            _ if is_radical(c) => out.push(radical_ideograph(c).unwrap_or(c)),
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

    #[test]
    fn kangxi_radicals_read_as_the_ideographs_they_stand_for() {
        let extracted = "第⼀章 ⼀般规定\n⽬ 录\n中华⼈⺠共和国";
        assert_eq!(clean(extracted), "第一章 一般规定\n目 录\n中华人⺠共和国");
        // ⺠ (a radical supplement form) has no decomposition: it stays as written.
        assert_eq!(radicals_read_as_ideographs(extracted), 4);
        assert_eq!(radicals_read_as_ideographs("第一章"), 0);
    }
}
