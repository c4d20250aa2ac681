//! A first section whose numeral was lost.
//!
//! Texts copied out of databases sometimes lose the "一、" of their first section title
//! while "二、", "三、" survive ("爱卫会的性质和任务" … "二、爱卫会的组织"). A typesetter
//! sees the gap at once: a family of section titles that starts counting at 二 is missing
//! its first member, and the short title-shaped line standing among the prose before
//! "二、" is it. Only that line is read as the family's first heading; nothing else.

use super::numbering::{cn_value, find_marker, Family};
use super::text::{char_len, ends_with_punct};

/// Longest line taken for a lost first section title, in characters.
const TITLE_MAX: usize = 20;

/// The index in `texts` of the title of a first section that lost its "一、", if the
/// 一、 family's first member is "二、" and a title-shaped line stands before it with
/// prose between them (at least one line) and before it.
pub(crate) fn lost_first_section(texts: &[&str]) -> Option<usize> {
    let second = texts
        .iter()
        .position(|t| find_marker(t).is_some_and(|m| m.family == Family::ChineseNumeral))?;
    let marker = find_marker(texts[second])?;
    let numeral = marker.text.trim().trim_end_matches(['、', '，', '．', '.']);
    if cn_value(numeral) != Some(2) || marker.rest.is_empty() || ends_with_punct(marker.rest) {
        return None;
    }
    let title_shaped = |t: &str| {
        !t.is_empty()
            && char_len(t) <= TITLE_MAX
            && !t.contains(|c: char| super::text::TERMINAL_PUNCT.contains(&c) || c == '，')
            && find_marker(t).is_none()
    };
    let candidate = (1..second.saturating_sub(1))
        .rev()
        .find(|&k| title_shaped(texts[k]))?;
    let prose = |k: usize| !title_shaped(texts[k]) && find_marker(texts[k]).is_none();
    (prose(candidate - 1) && (candidate + 1..second).all(prose)).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::lost_first_section;

    #[test]
    fn a_title_before_the_second_section_is_the_first() {
        let texts = [
            "爱国卫生运动是一项重要工作。",
            "爱卫会的性质和任务",
            "中央和各级爱卫会负责领导爱国卫生运动。",
            "二、爱卫会的组织",
            "中央爱卫会由有关部门组成。",
        ];
        assert_eq!(lost_first_section(&texts), Some(1));
    }

    #[test]
    fn nothing_when_counting_starts_at_one_or_no_prose_surrounds() {
        let texts = [
            "前言。",
            "总体要求",
            "正文。",
            "一、基本原则",
            "二、主要任务",
        ];
        assert_eq!(lost_first_section(&texts), None);
        let texts = ["前言。", "总体要求", "二、主要任务", "正文。"];
        assert_eq!(lost_first_section(&texts), None);
    }
}
