//! Right-to-left scripts: the PDF layout has no bidirectional algorithm and no Arabic
//! shaping, so such text is set letter by letter, left to right, in isolated forms. That is
//! not hidden: the lines holding it are named in a warning.

use crate::script::is_rtl;

/// The warning for `text`, if any line holds right-to-left characters.
pub fn warning(text: &str) -> Option<String> {
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.chars().any(is_rtl))
        .map(|(i, _)| i + 1)
        .collect();
    (!lines.is_empty()).then(|| {
        format!(
            "right-to-left text on {} is set unshaped and left to right in the PDF",
            super::mixed::line_list(&lines)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_with_hebrew_or_arabic_are_named() {
        let text = "English line\nשלום עולם\n中文\nمرحبا\n";
        assert_eq!(
            warning(text).as_deref(),
            Some("right-to-left text on lines 2, 4 is set unshaped and left to right in the PDF")
        );
        assert_eq!(warning("中文 and English, café\n"), None);
    }
}
