//! What docpipe says on standard error, in one style: `docpipe: error: FILE: what`,
//! `docpipe: warning: FILE: what`, `docpipe: note: …`.
//!
//! File names and messages are escaped before printing (a name holding a newline or an
//! escape sequence cannot fake a log line or recolour the terminal), and a file's warnings
//! of one kind are grouped into one line with a count and the first few particulars, so
//! that 62 missing characters make one line, not 62.

/// Prints an error; errors are never silenced.
pub fn error(what: &str) {
    eprintln!("docpipe: error: {}", escape(what));
}

/// Prints an error about `file`.
pub fn file_error(file: &str, what: &str) {
    eprintln!("docpipe: error: {}: {}", escape(file), escape(what));
}

/// Prints a warning about `file`, unless `quiet`.
pub fn file_warning(quiet: bool, file: &str, what: &str) {
    if !quiet {
        eprintln!("docpipe: warning: {}: {}", escape(file), escape(what));
    }
}

/// Prints a note, unless `quiet`.
pub fn note(quiet: bool, what: &str) {
    if !quiet {
        eprintln!("docpipe: note: {}", escape(what));
    }
}

/// `text` with control characters and bidirectional overrides written as escapes
/// (`\n`, `\u{1b}`, `\u{202e}`), everything else as it is.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let bidi = matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if ch.is_control() || bidi {
            out.extend(ch.escape_debug());
            if ch.escape_debug().len() == 1 {
                // escape_debug keeps some controls as they are; never print them raw.
                out.pop();
                out.push_str(&format!("\\u{{{:x}}}", u32::from(ch)));
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// How many particulars a grouped warning lists before "…".
const SHOWN: usize = 5;

/// The kind of a warning: its leading words (lowercase letters and spaces, at least two
/// words), as in "no font has" of "no font has 😀 (U+1F600)". `None` when the warning has
/// no such lead, and is then shown as it is.
fn kind(warning: &str) -> Option<&str> {
    let end = warning
        .find(|c: char| !(c.is_ascii_lowercase() || c == ' '))
        .unwrap_or(warning.len());
    let lead = warning[..end].trim_end();
    (lead.split(' ').count() >= 2 && end < warning.len()).then_some(lead)
}

/// A file's warnings grouped by kind, in first-seen order: one warning of a kind is kept
/// as it is, several become "KIND (N): first, second, … (and M more)". Exact repeats are
/// counted rather than repeated.
pub fn group_warnings(warnings: &[String]) -> Vec<String> {
    let mut groups: Vec<(Option<&str>, Vec<&str>)> = Vec::new();
    for w in warnings {
        let k = kind(w);
        match groups.iter_mut().find(|g| g.0.is_some() && g.0 == k) {
            Some(group) => group.1.push(w),
            None => groups.push((k, vec![w])),
        }
    }
    let mut lines = Vec::new();
    for (k, members) in groups {
        match (k, members.len()) {
            (Some(k), n) if n > 1 => {
                let shown: Vec<&str> = members
                    .iter()
                    .take(SHOWN)
                    .map(|m| m[k.len()..].trim_start())
                    .collect();
                let mut line = format!("{k} ({n}): {}", shown.join(", "));
                if n > SHOWN {
                    line.push_str(&format!(" (and {} more)", n - SHOWN));
                }
                lines.push(line);
            }
            _ => lines.extend(members.iter().map(|m| m.to_string())),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_fake_lines_or_escape_codes() {
        assert_eq!(escape("new\nline.txt"), "new\\nline.txt");
        assert_eq!(escape("\u{1b}[31mred.txt"), "\\u{1b}[31mred.txt");
        assert_eq!(escape("a\u{202E}txt.exe"), "a\\u{202e}txt.exe");
        assert_eq!(escape("中文 名.txt"), "中文 名.txt");
    }

    #[test]
    fn warnings_of_one_kind_make_one_line() {
        let many: Vec<String> = ('α'..='θ')
            .map(|c| format!("no font has {c} (U+{:04X})", c as u32))
            .chain(["empty file (no text)".to_string()])
            .collect();
        let lines = group_warnings(&many);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(
            lines[0],
            "no font has (8): α (U+03B1), β (U+03B2), γ (U+03B3), δ (U+03B4), ε (U+03B5) \
             (and 3 more)"
        );
        assert_eq!(lines[1], "empty file (no text)");
        let one = vec!["no font has 😀 (U+1F600)".to_string()];
        assert_eq!(group_warnings(&one), one);
    }
}
