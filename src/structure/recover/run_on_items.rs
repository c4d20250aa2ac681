//! Numbered points run together in one line: a notice copied from a web page may set a
//! section's whole text on one line ("四、检查方式。（一）全面自查。……。（二）行业检查。……"),
//! where its writer broke a paragraph before each point. A typesetter sees the points
//! by their count: markers of one family ("（一）", "（二）", or "二、", "三、") that each stand
//! right after the end of a sentence (the first also after a lead-in's colon) and count
//! on from the line's own marker, or from one, and each holds more than one sentence (its
//! title and its text) or is made at length. Two such points in a row (the line's opening marker counts as one) are
//! lost paragraph breaks. A single "……问题。（一）……" may be a cross-reference, and
//! points of a sentence each ("主要问题。（一）发展不平衡。（二）不充分。") are an
//! enumeration inside the paragraph and stay as they are, unless the lead-in formula
//! announced them ("现将标准通知如下。一、月最低工资1970元。二、……"). Statute articles run
//! together after a sentence ("……。第二条　……"), and an article run straight on from its
//! chapter's title, start paragraphs too.
//!
//! In a line that has lost all its breaks (a scraper's copy of a whole decree or statute),
//! a list announced by a colon ("禁止在下列场所吸烟：（一）……；（二）……；（三）……。") is
//! the statute's items (项), which the printed text sets a line each: there the points
//! after the colon and after each semicolon start paragraphs too, and so does the first
//! sentence after the last item that points back at the list ("前款规定以外的……",
//! "凡违反以上规定的……"): it is the article's next paragraph (款), not part of the item.

use crate::structure::numbering::{cn_value, find_marker, Family};
use crate::structure::text::char_len;
use regex::Regex;
use std::sync::LazyLock;

/// Where the numbered points run into `text` start: for each, the byte offset where the
/// piece before ends and the one where the point starts (after any spaces).
pub(super) fn item_points(text: &str) -> Vec<(usize, usize)> {
    static POINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([。！？：][”’」』]?)([ \t\u{3000}]*)(?:（([一二三四五六七八九十]{1,3})）|([一二三四五六七八九十]{1,3})、)")
            .expect("run-on point pattern")
    });
    // Every point follows a sentence end: other lines never build the pattern.
    if !text.contains(['。', '！', '？']) {
        return Vec::new();
    }
    let opening = find_marker(text).and_then(|m| {
        let digits = m.text.trim_matches(['（', '）', '、', '(', ')']);
        Some((m.family, cn_value(digits)?))
    });
    let mut points = Vec::new();
    for family in [Family::ParenChineseNumeral, Family::ChineseNumeral] {
        let mut expected = match opening {
            Some((f, value)) if f == family => value + 1,
            _ => 1,
        };
        let opened = expected > 1;
        let mut found = Vec::new();
        for caps in POINT.captures_iter(text) {
            let (Some(end), Some(gap), Some(digits)) =
                (caps.get(1), caps.get(2), caps.get(3).or(caps.get(4)))
            else {
                continue;
            };
            // Only the first point may follow a colon ("通知如下：一、……。二、……").
            if end.as_str().starts_with('：') && expected != 1 {
                continue;
            }
            let of_family = if caps.get(3).is_some() {
                Family::ParenChineseNumeral
            } else {
                Family::ChineseNumeral
            };
            if of_family == family && cn_value(digits.as_str()) == Some(expected) {
                found.push((gap.start(), gap.end()));
                expected += 1;
            }
        }
        let ends = found.iter().skip(1).map(|p| p.0).chain([text.len()]);
        let made_at_length = found.iter().zip(ends).all(|(&(_, start), end)| {
            let point = &text[start..end];
            sentence_ends(point) >= 2 || char_len(point) >= POINT_AT_LENGTH
        });
        // Points announced by the lead-in formula ("现将……通知如下。") are the text's own
        // sections, however short.
        let announced = found.first().is_some_and(|&(end, _)| {
            let before = text[..end].trim_end_matches(['。', '：']);
            before.len() < end && before.ends_with("如下")
        });
        if found.len() + usize::from(opened) >= 2 && (made_at_length || announced) {
            points.extend(found);
        }
    }
    points.sort_unstable();
    points
}

/// Where statute articles were run together ("……制定本条例。第二条　本条例所称……"):
/// before each "第X条" set off by a space that directly follows a sentence end.
pub(super) fn article_points(text: &str) -> Vec<(usize, usize)> {
    static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"[。！？][”’」』）)]?([ \t\u{3000}]*)第[一二三四五六七八九十百千零〇0-9]{1,7}条[ \t\u{3000}]",
        )
        .expect("run-on article pattern")
    });
    ARTICLE
        .captures_iter(text)
        .filter_map(|caps| {
            let gap = caps.get(1)?;
            (gap.end() < text.len()).then_some((gap.start(), gap.end()))
        })
        .collect()
}

/// Where a statute's first article runs straight on from its chapter's or section's
/// title ("第二章职责与任务第六条县级以上……"): before the article, when the title between
/// them is short and holds no punctuation. A scraper that saved a law on one line leaves
/// them so; the chapter's title is a heading of its own.
pub(super) fn chapter_article_points(text: &str) -> Vec<(usize, usize)> {
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        let n = "[一二三四五六七八九十百千零〇0-9]";
        Regex::new(&format!(
            r"(?:^|[。！？\s\u{{3000}}])第{n}{{1,5}}[章节][^。！？，、；：:,\s\u{{3000}}]{{1,20}}?(第{n}{{1,7}}条)"
        ))
        .expect("chapter and article pattern")
    });
    if !text.contains('条') {
        return Vec::new();
    }
    GLUED
        .captures_iter(text)
        .filter_map(|caps| {
            caps.get(1)
                .map(|article| (article.start(), article.start()))
        })
        .collect()
}

/// Where the items of a list announced by a colon start, in a line that lost its breaks:
/// "（一）" right after "：", and each "（n）" that counts on from it right after "；" or a
/// sentence end, when at least two items follow the colon.
pub(super) fn listed_points(text: &str) -> Vec<(usize, usize)> {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([：；。！？])[ \t\u{3000}]*（([一二三四五六七八九十]{1,3})）")
            .expect("listed item pattern")
    });
    let mut points = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut expected = 0;
    let flush = |run: &mut Vec<(usize, usize)>, points: &mut Vec<(usize, usize)>| {
        if let Some(&(_, last)) = run.last().filter(|_| run.len() >= 2) {
            let back = back_reference(&text[last..]).map(|at| (last + at, last + at));
            points.append(run);
            points.extend(back);
        }
        run.clear();
    };
    for caps in ITEM.captures_iter(text) {
        let (Some(stop), Some(digits), Some(whole)) = (caps.get(1), caps.get(2), caps.get(0))
        else {
            continue;
        };
        let value = cn_value(digits.as_str());
        let item_start = whole.end() - digits.len() - "（）".len();
        if stop.as_str() == "：" && value == Some(1) {
            flush(&mut run, &mut points);
            run.push((stop.end(), item_start));
            expected = 2;
        } else if !run.is_empty() && value == Some(expected) {
            run.push((stop.end(), item_start));
            expected += 1;
        }
    }
    flush(&mut run, &mut points);
    points
}

/// Farthest (in characters) from a list's last item that a sentence pointing back at the
/// list is looked for.
const BACK_REFERENCE_REACH: usize = 600;

/// Where the first sentence of `rest` (a list's last item and what follows) that points
/// back at the list starts: "前款", "以上", "上述" or "前述" in its opening words.
fn back_reference(rest: &str) -> Option<usize> {
    static BACK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[。！？]([^。！？，；：（]{0,6}?(?:前款|以上|上述|前述))")
            .expect("back-reference pattern")
    });
    let reach = rest
        .char_indices()
        .nth(BACK_REFERENCE_REACH)
        .map_or(rest.len(), |(at, _)| at);
    static NEXT_POINT: LazyLock<Regex> = LazyLock::new(|| {
        let n = "[一二三四五六七八九十百]";
        Regex::new(&format!(
            r"[。！？](?:第{n}{{1,5}}条|（{n}{{1,3}}）|{n}{{1,3}}、)"
        ))
        .expect("next point pattern")
    });
    // Not past the next numbered point: the reference would be that point's.
    let window = NEXT_POINT
        .find(&rest[..reach])
        .map_or(&rest[..reach], |m| &rest[..m.end()]);
    BACK.captures(window)
        .and_then(|caps| caps.get(1))
        .map(|m| m.start())
}

/// Fewest characters of a point of one sentence that is made at length, not a phrase
/// of an enumeration.
const POINT_AT_LENGTH: usize = 30;

/// How many sentences end in `text`.
fn sentence_ends(text: &str) -> usize {
    text.chars()
        .filter(|c| matches!(c, '。' | '！' | '？'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut from = 0;
        for (end, next) in item_points(text) {
            out.push(&text[from..end]);
            from = next;
        }
        out.push(&text[from..]);
        out
    }

    #[test]
    fn points_counting_on_from_the_lines_own_marker_start_paragraphs() {
        assert_eq!(
            pieces("（一）全面自查。各单位要自查。（二）行业检查。各部门要检查。（三）抽查。每月一次。"),
            ["（一）全面自查。各单位要自查。", "（二）行业检查。各部门要检查。", "（三）抽查。每月一次。"]
        );
        assert_eq!(
            pieces("四、检查方式。（一）全面自查。各单位要自查。（二）行业检查。按行业查。"),
            [
                "四、检查方式。",
                "（一）全面自查。各单位要自查。",
                "（二）行业检查。按行业查。"
            ]
        );
        assert_eq!(
            pieces("一、总体要求。坚持安全第一。　二、主要任务。加强检查。"),
            ["一、总体要求。坚持安全第一。", "二、主要任务。加强检查。"]
        );
        // The first after a lead-in's colon; a point of one long sentence.
        assert_eq!(
            pieces("现将有关事项通知如下：一、禁燃区范围为二环路以内的全部区域及其周边的乡镇、街道和工业园区。二、禁止销售高污染燃料。违者处罚。"),
            [
                "现将有关事项通知如下：",
                "一、禁燃区范围为二环路以内的全部区域及其周边的乡镇、街道和工业园区。",
                "二、禁止销售高污染燃料。违者处罚。"
            ]
        );
    }

    #[test]
    fn short_points_announced_by_the_lead_in_formula_start_paragraphs() {
        assert_eq!(
            pieces("现将调整后的标准通知如下。一、月最低工资每月1970元。二、小时最低工资21元。以上标准含社保。"),
            [
                "现将调整后的标准通知如下。",
                "一、月最低工资每月1970元。",
                "二、小时最低工资21元。以上标准含社保。"
            ]
        );
    }

    #[test]
    fn an_article_run_on_from_its_chapters_title_starts_a_paragraph() {
        let text = "第一章总则第一条为加强卫生工作，制定本细则。第二条本细则适用于全市。";
        let points = chapter_article_points(text);
        assert_eq!(points.len(), 1);
        assert!(text[points[0].0..].starts_with("第一条为加强"));
        // A sentence that names a chapter and an article is left alone.
        assert!(chapter_article_points("依照本法第二章规定的第六条办理。").is_empty());
    }

    #[test]
    fn items_announced_by_a_colon_start_paragraphs_in_a_line_that_lost_its_breaks() {
        let text =
            "禁止在下列场所吸烟：（一）学校；（二）医院；（三）车站。前款以外的场所可以吸烟。";
        let starts: Vec<&str> = listed_points(text)
            .into_iter()
            .map(|(_, next)| &text[next..])
            .collect();
        assert_eq!(starts.len(), 4);
        assert!(starts[0].starts_with("（一）学校"));
        assert!(starts[2].starts_with("（三）车站"));
        assert!(starts[3].starts_with("前款以外"));
        // A single item, or points not announced by a colon, are not a list.
        assert!(listed_points("包括以下一项：（一）学校。其余从略。").is_empty());
        assert!(listed_points("见本条；（一）学校；（二）医院。").is_empty());
        // A sentence that points back only after the next article belongs to that article.
        let later = "在下列场所：（一）学校；（二）医院。第三条按以上规定办理。";
        assert_eq!(listed_points(later).len(), 2);
    }

    #[test]
    fn a_single_point_or_one_out_of_count_stays_in_its_paragraph() {
        let single = "要抓好以下问题。（一）是重点，其余从略。";
        assert_eq!(pieces(single), [single]);
        // "（三）" does not count on from the line's "（一）".
        let skipped = "（一）全面自查。按本通知第三条办理。（三）项另行规定。";
        assert_eq!(pieces(skipped), [skipped]);
        // Points after semicolons are an enumeration inside the sentence.
        let inline = "包括：（一）消防；（二）交通；（三）建筑。";
        assert_eq!(pieces(inline), [inline]);
        // Points of one sentence each are the paragraph's own enumeration.
        let short = "主要问题。（一）发展不平衡。（二）不充分。";
        assert_eq!(pieces(short), [short]);
    }
}
