//! A closing run onto its paragraph: web pages flatten a decree's or a notice's last
//! lines into one ("……自2018年1月1日起施行。总理　　李克强　　2017年12月25日"). Where a
//! line ends with a date, and between the last sentence end and that date stands only a
//! short unpunctuated name (the signer, or the organ that signs), set apart from the date
//! or, for an organ, run into it, the line is three pieces: the paragraph, the signature
//! and the date.

use regex::Regex;
use std::sync::LazyLock;

/// Longest signature between the sentence end and the date, in characters.
const SIGNATURE_MAX: usize = 24;

/// Where a run-on closing splits `text`: the byte offset where each piece ends and the
/// one where the next starts (after the spaces between them).
pub(super) fn closing_points(text: &str) -> Option<[(usize, usize); 2]> {
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
        let date = r"(?:(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日";
        Regex::new(&format!(
            r"[。！？][”’」』》）)]?([\s\u{{3000}}]*)([^。！？，、：；:;,\s\u{{3000}}][^。！？，、：；:;,]*?)([\s\u{{3000}}]*)({date})[\s\u{{3000}}]*$"
        ))
        .expect("run-on closing pattern")
    });
    // The date at the end closes with 日: other texts never build the pattern.
    if !text.trim_end().ends_with('日') {
        return None;
    }
    let caps = CLOSING.captures(text)?;
    let (gap, signature, gap2, date) = (caps.get(1)?, caps.get(2)?, caps.get(3)?, caps.get(4)?);
    let signature_text = signature.as_str().trim_end();
    let chars = signature_text.chars().count();
    // A name or an organ set apart from the date, not a phrase run into it
    // ("会议于2025年1月8日").
    let run_in = gap2.is_empty() && signature.as_str() == signature_text;
    if run_in && !crate::structure::shapes::is_organ_name(signature_text)
        || chars == 0
        || chars > SIGNATURE_MAX
        || signature_text.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some([
        (gap.start(), signature.start()),
        (
            gap2.start().min(signature.start() + signature_text.len()),
            date.start(),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let Some(points) = closing_points(text) else {
            return vec![text];
        };
        let mut out = Vec::new();
        let mut start = 0;
        for (end, next) in points {
            out.push(text[start..end].trim());
            start = next;
        }
        out.push(text[start..].trim());
        out
    }

    #[test]
    fn a_signer_and_date_run_onto_the_paragraph_are_split_off() {
        assert_eq!(
            pieces("现公布《某某条例》，自2018年1月1日起施行。总理\u{3000}\u{3000}李克强 \u{3000}\u{3000}2017年12月25日 \u{3000}"),
            ["现公布《某某条例》，自2018年1月1日起施行。", "总理\u{3000}\u{3000}李克强", "2017年12月25日"]
        );
        assert_eq!(
            pieces("请认真贯彻执行。\u{3000}\u{3000}某某市人民政府\u{3000}2025年1月8日"),
            ["请认真贯彻执行。", "某某市人民政府", "2025年1月8日"]
        );
        // An organ run into its date with no space between is still an organ.
        assert_eq!(
            pieces("本通知自2022年8月1日起施行。广安市人民政府2022年7月29日"),
            [
                "本通知自2022年8月1日起施行。",
                "广安市人民政府",
                "2022年7月29日"
            ]
        );
    }

    #[test]
    fn a_date_inside_a_sentence_is_left_alone() {
        assert_eq!(pieces("会议决定。会议于2025年1月8日").len(), 1);
        assert_eq!(pieces("会议决定。时间：2025年1月8日").len(), 1);
        assert_eq!(pieces("本办法自2025年1月8日起施行。").len(), 1);
        assert_eq!(pieces("某某市人民政府 2025年1月8日").len(), 1);
    }
}
