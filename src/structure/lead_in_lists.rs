//! Lists under a lead-in in Latin-script text. A line ending in a colon ("…I urge on the
//! Congress three measures:") opens a list; the lines under it numbered in a family that
//! heads nothing ("(1) First, …") or led by a dash ("--This administration…", "— a
//! balanced budget") are its items, however long: the typesetter's enumeration. Chinese
//! items under a lead-in ("（一）修改宪法；") stay numbered paragraphs by that genre's
//! convention, so only lines without CJK characters are read here.

use crate::model::{BlockKind, ListItem};
use crate::script::is_cjk;

/// Dashes and bullets that lead an item of an unnumbered list.
const ITEM_LEADS: [&str; 6] = ["--", "—", "–", "- ", "• ", "· "];

/// True if and only if `line` reads as an item of a Latin-script list: no CJK character.
pub(crate) fn is_latin_item(line: &str) -> bool {
    line.chars().any(char::is_alphabetic) && !line.chars().any(is_cjk)
}

/// True if and only if `line` is led by a dash or a bullet, text running on after it
/// ("--We will submit…", "— the first", "• Tea"); a row of dashes is not.
pub(crate) fn is_dash_item(line: &str) -> bool {
    ITEM_LEADS.iter().any(|lead| {
        line.strip_prefix(lead).is_some_and(|rest| {
            rest.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '\''))
        })
    }) && is_latin_item(line)
}

/// The list item block kind: numbered (`number` from its marker, "(3)" → 3) or not.
pub(crate) fn item_kind(marker: Option<&str>) -> BlockKind {
    let number = marker.and_then(|m| {
        let digits: String = m.chars().filter(char::is_ascii_digit).collect();
        digits.parse().ok()
    });
    BlockKind::ListItem(ListItem {
        ordered: number.is_some(),
        number: number.unwrap_or(0),
        depth: 0,
        task: None,
    })
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds;

    #[test]
    fn numbered_and_dashed_items_under_a_lead_in_are_list_items() {
        let text = "I. THE ECONOMY\n\
            To expand our growth, I urge on the Congress three measures:\n\
            (1) First, the Manpower Training Act, to stop the waste of able-bodied men and women;\n\
            (2) Second, the Youth Employment Act, to help train and place young Americans; and\n\
            (3) Third, the tax credit for investment in machinery and equipment.\n\
            Within this same framework of growth and stability:\n\
            --This administration has helped keep our economy competitive;\n\
            --I am submitting for fiscal 1963 a balanced Federal Budget.\n\
            II. FIGHTING INFLATION\n\
            But recession is only one enemy of a free economy.\n";
        assert_eq!(
            plain_kinds(text),
            [
                "heading",
                "paragraph",
                "list_item",
                "list_item",
                "list_item",
                "paragraph",
                "list_item",
                "list_item",
                "heading",
                "paragraph"
            ]
        );
    }

    #[test]
    fn a_dash_line_without_a_lead_in_and_chinese_items_stay_paragraphs() {
        let text = "The meeting was long and nobody spoke for the first hour of it.\n\
            --This administration has helped keep our economy competitive.\n";
        assert_eq!(plain_kinds(text), ["paragraph", "paragraph"]);
        let text =
            "第一条　全国人民代表大会行使下列职权：\n（一）修改宪法；\n（二）监督宪法的实施；\n";
        assert!(!plain_kinds(text).contains(&"list_item"));
    }
}
