//! Scene breaks in plain text: a line of three or more `*`, `-` or `_` (spaces allowed
//! between them), "* * *", "-----", "*      *      *". It is the writer's thematic
//! break, printed as a rule, not a paragraph of asterisks. The block keeps the line's
//! text, so the blocks still hold every character of the input; a break set over
//! several lines (Alice's three rows of stars) is one break.
//!
//! Only the shapes CommonMark also reads as a rule are taken, so the Markdown writer can
//! write the line as it stands and read it back as the same break.

/// True if and only if `line` (trimmed) is a scene break.
pub(crate) fn is_scene_break(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !matches!(c, ' ' | '\t'));
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '*' | '-' | '_') && marks.clone().all(|c| c == first) && marks.count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_and_dashes_in_a_row_break_a_scene() {
        assert!(is_scene_break("* * *"));
        assert!(is_scene_break("-----"));
        assert!(is_scene_break("*      *      *      *"));
        assert!(!is_scene_break("**"));
        assert!(!is_scene_break("*-*"));
        assert!(!is_scene_break("— — —"));
        assert!(!is_scene_break("* item"));
    }
}
