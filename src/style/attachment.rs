//! Where the lines of an attachment note stand (GB/T 9704-2012 7.3.4): "附件：" two
//! characters in under the body; with several attachments each item starts under the
//! first item's number ("附件：1.名称" / "　　　2.名称"), and a name too long for its
//! line wraps under its own first character. One rule for both writers: each measures
//! the label and the number its own way and asks here.

/// The label's width when no line of the note carried one ("附件：", three characters).
pub const DEFAULT_LABEL_CHARS: f64 = 3.0;

/// The indents of one attachment line, in characters from the left edge of the type area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AttachmentIndents {
    /// Where the line's first character stands.
    pub first: f64,
    /// Where its wrapped lines start (under the name's first character).
    pub rest: f64,
}

/// The label that opens an attachment note ("附件：", "附件:"; "附件" without a colon),
/// if `text` starts with one.
pub fn attachment_label(text: &str) -> Option<&str> {
    let text = text.trim_start();
    if !text.starts_with("附件") {
        return None;
    }
    match text.char_indices().find(|&(_, c)| c == '：' || c == ':') {
        Some((at, c)) => Some(&text[..at + c.len_utf8()]),
        None => Some("附件"),
    }
}

/// The attachment number at the start of `text` ("1.", "2．", "3、"), if any.
pub fn attachment_number(text: &str) -> &str {
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if digits == 0 {
        return "";
    }
    match text[digits..].chars().next() {
        Some(c @ ('.' | '．' | '、')) => &text[..digits + c.len_utf8()],
        _ => "",
    }
}

/// The indents of an attachment line: `lead` the paragraph indent (2), `label` the
/// width of the note's "附件：" (this line's own when it `opens` the note, else the one
/// seen above, else [`DEFAULT_LABEL_CHARS`]), `number` the width of the line's item
/// number (0 without one); widths in characters.
pub fn attachment_indents(lead: f64, label: f64, opens: bool, number: f64) -> AttachmentIndents {
    AttachmentIndents {
        first: if opens { lead } else { lead + label },
        rest: lead + label + number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_start_under_the_first_number_and_names_wrap_under_their_first_character() {
        assert_eq!(attachment_label("附件：1.名单"), Some("附件："));
        assert_eq!(attachment_label("附件:名单"), Some("附件:"));
        assert_eq!(attachment_label("2.名单"), None);
        assert_eq!(attachment_label("附件 名单"), Some("附件"));
        let opening = attachment_indents(2.0, 3.0, true, 1.0);
        assert_eq!(
            opening,
            AttachmentIndents {
                first: 2.0,
                rest: 6.0
            }
        );
        let later = attachment_indents(2.0, 3.0, false, 1.0);
        assert_eq!(
            later,
            AttachmentIndents {
                first: 5.0,
                rest: 6.0
            }
        );
    }

    #[test]
    fn attachment_numbers() {
        assert_eq!(attachment_number("1.关于…"), "1.");
        assert_eq!(attachment_number("12．名单"), "12．");
        assert_eq!(attachment_number("名单"), "");
        assert_eq!(attachment_number("2025年"), "");
    }
}
