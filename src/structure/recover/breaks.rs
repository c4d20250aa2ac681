//! Lost-break recovery: a whole document (or section) run into one very long line gets
//! its paragraph breaks back before the heading markers inside it.
//!
//! The rule, applied only to lines longer than [`LOST_BREAK_CHARS`] characters — no one
//! writes a paragraph that long, so such a line has lost its breaks, while an ordinary
//! paragraph such as "…问题。（一）…" is never touched:
//!
//! 1. A break goes before a heading marker that directly follows the end of a sentence
//!    (。！？, optionally closed by a quote or bracket): "一、", "（三）", "(3)", "第二章",
//!    "第五条", "3．", "3、".
//! 2. If the line has also lost its punctuation (fewer than one 。！？ per 500 characters,
//!    as in text stripped for word clouds), the only evidence left is enumeration: a break
//!    goes before "（一）" and before each "（n）" that continues the count, when it directly
//!    follows a Han character.
//!
//! 3. Two or more full-width spaces (U+3000) right after the end of a sentence (or a
//!    colon) are a paragraph's indentation whose line break was lost, as in articles
//!    pasted from web pages ("…推进。　　一、…"): a break goes there and the indentation goes
//!    with it, as it does at the start of any line.

use super::lines::Line;
use crate::script::is_han;
use crate::structure::numbering::cn_value;

/// Lines longer than this many characters are taken to have lost their breaks.
pub const LOST_BREAK_CHARS: usize = 2000;

/// `lines` with every line longer than [`LOST_BREAK_CHARS`] split where breaks were lost.
/// Each piece after the first is marked indented: it starts a paragraph.
pub fn recover(body: &str, lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    let mut after_contents_title = false;
    for line in lines {
        let text = line.text(body);
        // (Blank lines between the title and its list say nothing.)
        let under_contents_title = after_contents_title;
        if !text.trim().is_empty() {
            after_contents_title = crate::structure::toc::is_toc_title(text);
        }
        // Page furniture is one artifact line, whatever gaps it holds.
        if text.starts_with(super::ARTIFACT_MARK) {
            out.push(line);
            continue;
        }
        // Cheap byte test first: fewer bytes than the limit means fewer characters.
        let long = text.len() > LOST_BREAK_CHARS && text.chars().count() > LOST_BREAK_CHARS;
        let points = if long {
            // Breaks before markers, then indentations inside each piece.
            let mut points = Vec::new();
            let mut from = 0;
            let pieces = split_points(text)
                .into_iter()
                .chain([(text.len(), text.len())]);
            for (end, next) in pieces {
                let inner = indent_points(&text[from..end]);
                points.extend(inner.into_iter().map(|(e, n)| (from + e, from + n)));
                if end < text.len() {
                    points.push((end, next));
                }
                from = next;
            }
            points.extend(super::run_on_items::chapter_article_points(text));
            points.extend(super::run_on_items::listed_points(text));
            points.extend(
                super::run_on_closing::closing_points(text)
                    .into_iter()
                    .flatten(),
            );
            points.sort_unstable();
            points.dedup_by(|later, earlier| later.0 < earlier.1);
            points
        } else if let Some(closing) = super::run_on_closing::closing_points(text) {
            // The paragraph's own lost breaks, then the signature and the date.
            let mut points = ordinary_points(&text[..closing[0].0]);
            points.extend(closing);
            points
        } else if under_contents_title {
            contents_points(text)
        } else {
            ordinary_points(text)
        };
        let mut start = line.start;
        let mut indented = line.indented;
        for (end, next) in points {
            out.push(Line {
                start,
                end: line.start + end,
                indented,
                indent: line.indent,
            });
            start = line.start + next;
            indented = true;
        }
        out.push(Line {
            start,
            end: line.end,
            indented,
            indent: line.indent,
        });
    }
    out
}

/// Two full-width spaces: a paragraph's indentation.
const INDENT: &str = "\u{3000}\u{3000}";
/// Fewest characters on each side of an inner indentation for it to start a paragraph
/// when no sentence ends before it (shorter sides are columns: "中共*市委　　*市人民政府").
const INDENT_SIDE_MIN: usize = 8;

/// Where paragraphs start inside a line of ordinary length: at lost indentations, before
/// statute articles run on after a sentence, before numbered points run together, and
/// between an attachment's mark and its title, in order.
fn ordinary_points(text: &str) -> Vec<(usize, usize)> {
    let mut points = if text.contains(INDENT) {
        indent_points(text)
    } else {
        Vec::new()
    };
    if text.contains('条') {
        points.extend(super::run_on_items::article_points(text));
    }
    points.extend(super::run_on_items::item_points(text));
    points.extend(super::run_on_items::chapter_article_points(text));
    points.extend(super::attachment_titles::attachment_title_point(text));
    points.sort_unstable();
    // An article or a point after an indentation is one break, not two.
    points.dedup_by(|later, earlier| later.0 < earlier.1);
    points
}

/// Fewest chapter entries that make a line under "目录" a contents list run together.
const CONTENTS_MIN_ENTRIES: usize = 3;

/// Where the entries of a contents list run into one line under "目录" start
/// ("第一章　……　第一节　……　第二节　……"): before each 第X编/章/节 set off by a space.
fn contents_points(text: &str) -> Vec<(usize, usize)> {
    static ENTRY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[ \t\u{3000}]+第[一二三四五六七八九十百零〇0-9]{1,5}[编章节]")
            .expect("contents entry pattern")
    });
    let points: Vec<(usize, usize)> = ENTRY
        .find_iter(text)
        .map(|m| {
            let spaces = m.as_str().len() - m.as_str().trim_start().len();
            (m.start(), m.start() + spaces)
        })
        .collect();
    if points.len() + 1 >= CONTENTS_MIN_ENTRIES {
        points
    } else {
        ordinary_points(text)
    }
}

/// Longest heading (in characters) that a lost break may end.
const HEADING_PIECE_MAX: usize = 60;

/// Where paragraphs start inside a line of ordinary length: at a run of two or more
/// full-width spaces, the indentation of a paragraph whose line break was lost ("……推进。
/// 　　一、……"), after a sentence end, after a short numbered heading, or between two
/// long sides — not between short sides (names set in columns) nor before a date (the
/// 印发 line: "……办公室　　2025年4月1日印发").
fn indent_points(text: &str) -> Vec<(usize, usize)> {
    let mut points = Vec::new();
    let mut piece_start = 0;
    let mut search = 0;
    while let Some(found) = text[search..].find(INDENT) {
        let at = search + found;
        let next = at + text[at..].len() - text[at..].trim_start_matches('\u{3000}').len();
        search = next.max(at + INDENT.len());
        let (before, after) = (text[piece_start..at].trim_end(), text[next..].trim_start());
        if before.is_empty() || after.is_empty() {
            continue;
        }
        let ended = before.ends_with(['。', '！', '？', '：', '”', '）']);
        let long_sides =
            before.chars().count() >= INDENT_SIDE_MIN && after.chars().count() >= INDENT_SIDE_MIN;
        // A short heading run into its first paragraph ("第一章　总则　　第一条　……").
        // Not a heading's own letters spaced out ("第一章　总　　则").
        let headed = heading_marker(before).is_some()
            && before.chars().count() <= HEADING_PIECE_MAX
            && !before.chars().any(is_sentence_end)
            && after.chars().count() >= INDENT_SIDE_MIN;
        let dated = crate::structure::text::date_prefix_len(after).is_some();
        if (ended || long_sides || headed) && !dated {
            points.push((at, next));
            piece_start = next;
        }
    }
    points
}

/// Where lost paragraph breaks go in `text`: for each, the byte offset where the piece
/// before it ends and the one where the next piece starts (after any indentation; never
/// 0 or `text.len()`). One pass with a three-character look-behind, so a 100 MB line
/// costs no extra memory.
pub fn split_points(text: &str) -> Vec<(usize, usize)> {
    let mut total = 0usize;
    let mut sentence_ends = 0usize;
    for c in text.chars() {
        total += 1;
        sentence_ends += usize::from(is_sentence_end(c));
    }
    let punctuation_lost = sentence_ends * 500 < total;
    let mut points = Vec::new();
    let mut last_enumerator = 0u32;
    // The three characters before the current one, nearest first.
    let mut behind: [Option<char>; 3] = [None; 3];
    // The piece since the last break: does it open with a heading marker, how long is it,
    // has a sentence ended in it? A short heading with no stop ("一、坚持和完善…制度") that
    // runs into an indented paragraph ends where the indentation starts.
    let mut piece_is_heading = heading_marker(text).is_some();
    let mut piece_chars = 0usize;
    let mut piece_has_stop = false;
    for (offset, c) in text.char_indices() {
        let heading_ends = piece_is_heading && piece_chars <= 60 && !piece_has_stop;
        if c == '\u{3000}'
            && (after_sentence_end(&behind) || matches!(behind[0], Some('：')) || heading_ends)
        {
            let rest = &text[offset..];
            let indent = rest.len() - rest.trim_start_matches('\u{3000}').len();
            let next = offset + indent;
            if indent >= 2 * '\u{3000}'.len_utf8() && next < text.len() {
                points.push((offset, next));
                piece_is_heading = heading_marker(&text[next..]).is_some();
                piece_chars = 0;
                piece_has_stop = false;
            }
        }
        piece_chars += 1;
        piece_has_stop |= is_sentence_end(c);
        if behind[0].is_some() {
            match heading_marker(&text[offset..]) {
                None => {}
                Some(_) if after_sentence_end(&behind) => {
                    points.push((offset, offset));
                    (piece_is_heading, piece_chars, piece_has_stop) = (true, 0, false);
                }
                Some(Marker::Enumerator(n))
                    if punctuation_lost
                        && behind[0].is_some_and(is_han)
                        && (n == 1 || n == last_enumerator + 1) =>
                {
                    last_enumerator = n;
                    points.push((offset, offset));
                    (piece_is_heading, piece_chars, piece_has_stop) = (true, 0, false);
                }
                Some(_) => {}
            }
        }
        behind = [Some(c), behind[0], behind[1]];
    }
    points
}

/// A heading marker at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// "（三）" or "(三)": the number.
    Enumerator(u32),
    /// Any other marker ("一、", "第二章", "3．").
    Other,
}

/// The heading marker `s` starts with, if any.
fn heading_marker(s: &str) -> Option<Marker> {
    let mut it = s.chars();
    let first = it.next()?;
    if first == '（' || first == '(' {
        let inner: String = it.clone().take_while(|&c| is_cn_digit(c)).collect();
        let close = it.nth(inner.chars().count())?;
        if (close == '）' || close == ')') && !inner.is_empty() {
            return cn_value(&inner).map(Marker::Enumerator);
        }
        return None;
    }
    if first == '第' {
        let count = it
            .clone()
            .take_while(|&c| is_cn_digit(c) || c.is_ascii_digit())
            .count();
        let unit = it.nth(count)?;
        return (count > 0 && count <= 4 && matches!(unit, '章' | '节' | '编' | '条' | '部'))
            .then_some(Marker::Other);
    }
    if is_cn_digit(first) {
        let count = 1 + it.clone().take_while(|&c| is_cn_digit(c)).count();
        let after = it.nth(count - 1)?;
        return (count <= 3 && after == '、').then_some(Marker::Other);
    }
    if first.is_ascii_digit() {
        let count = 1 + it.clone().take_while(|c| c.is_ascii_digit()).count();
        let after = it.nth(count - 1)?;
        let next = it.next();
        let ok = count <= 2
            && matches!(after, '、' | '．' | '.')
            && next.is_some_and(|c| !c.is_ascii_digit());
        return ok.then_some(Marker::Other);
    }
    None
}

/// True if and only if the characters `behind` (nearest first) end a sentence, allowing
/// up to two closing quotes or brackets after the stop.
fn after_sentence_end(behind: &[Option<char>; 3]) -> bool {
    let closing = |c: char| matches!(c, '”' | '’' | '」' | '』' | '》' | '）' | ')');
    behind
        .iter()
        .map_while(|c| *c)
        .find(|&c| !closing(c))
        .is_some_and(is_sentence_end)
}

/// True if and only if `c` ends a sentence in Chinese.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// True if and only if `c` is a Chinese numeral digit.
fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' | '零' | '百'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` cut at `points` (each the end of a piece and the start of the next).
    fn cut(text: &str, points: Vec<(usize, usize)>) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        for (end, next) in points {
            out.push(&text[start..end]);
            start = next;
        }
        out.push(&text[start..]);
        out
    }

    fn pieces(text: &str) -> Vec<&str> {
        cut(text, split_points(text))
    }

    /// The pieces of a line of ordinary length.
    fn ordinary(text: &str) -> Vec<&str> {
        cut(text, ordinary_points(text))
    }

    #[test]
    fn an_ordinary_line_breaks_after_a_heading_and_before_run_on_articles() {
        assert_eq!(
            ordinary("第一章\u{3000}总则\u{3000}\u{3000}第一条\u{3000}为规范管理，制定本办法。"),
            [
                "第一章\u{3000}总则",
                "第一条\u{3000}为规范管理，制定本办法。"
            ]
        );
        // A heading's own letters spaced out are no break.
        assert_eq!(ordinary("第一章\u{3000}总\u{3000}\u{3000}则").len(), 1);
        // Articles run together after a sentence end.
        assert_eq!(
            ordinary("第一条\u{3000}为了规范，制定本条例。第二条\u{3000}本条例所称税，是指税。第三条 施行。"),
            [
                "第一条\u{3000}为了规范，制定本条例。",
                "第二条\u{3000}本条例所称税，是指税。",
                "第三条 施行。"
            ]
        );
        // A contents list run into one line under its title.
        let line = "第一章\u{3000}形势\u{3000}第一节\u{3000}进展\u{3000}第二节\u{3000}问题";
        let entries = cut(line, contents_points(line));
        assert_eq!(
            entries,
            [
                "第一章\u{3000}形势",
                "第一节\u{3000}进展",
                "第二节\u{3000}问题"
            ]
        );
        // A mention of an article inside a sentence is no break.
        assert_eq!(
            ordinary("依照本法第二条规定处理。第三条规定的除外。").len(),
            1
        );
    }

    #[test]
    fn breaks_before_markers_after_a_sentence_end() {
        let text = "总体要求如下。一、指导思想是这样。（一）基本原则如此！（二）目标任务？第二章总则。3．附则";
        assert_eq!(
            pieces(text),
            [
                "总体要求如下。",
                "一、指导思想是这样。",
                "（一）基本原则如此！",
                "（二）目标任务？",
                "第二章总则。",
                "3．附则"
            ]
        );
    }

    #[test]
    fn inline_enumerations_stay() {
        assert_eq!(pieces("主要有：（一）甲；（二）乙。").len(), 1);
        assert_eq!(pieces("增长了3.5倍。").len(), 1);
    }

    #[test]
    fn full_width_indentation_after_a_sentence_starts_a_paragraph() {
        assert_eq!(
            pieces(
                "学习。\u{3000}\u{3000}一、为何要学？\u{3000}\u{3000}“引文。”\u{3000}\u{3000}结尾"
            ),
            ["学习。", "一、为何要学？", "“引文。”", "结尾"]
        );
        // A short heading without a stop ends where the indentation of its paragraph starts.
        assert_eq!(
            pieces("前文。\u{3000}\u{3000}一、坚持和完善基本制度\u{3000}\u{3000}实行公有制。"),
            ["前文。", "一、坚持和完善基本制度", "实行公有制。"]
        );
        // One space, or spaces inside a sentence, are not indentation.
        assert_eq!(pieces("学习。\u{3000}下文，\u{3000}\u{3000}续").len(), 1);
    }

    #[test]
    fn enumerators_in_sequence_when_punctuation_is_lost() {
        let text = "量的合理增长（一）构建高水平体制（二）建设现代化产业体系（四）乱序（三）继续";
        assert_eq!(
            pieces(text),
            [
                "量的合理增长",
                "（一）构建高水平体制",
                "（二）建设现代化产业体系（四）乱序",
                "（三）继续"
            ]
        );
    }

    #[test]
    fn an_inner_indentation_starts_a_paragraph_in_a_line_of_any_length() {
        let pieces = |text: &'static str| -> Vec<&'static str> {
            let mut out = Vec::new();
            let mut start = 0;
            for (end, next) in indent_points(text) {
                out.push(&text[start..end]);
                start = next;
            }
            out.push(&text[start..]);
            out
        };
        assert_eq!(
            pieces("这是第一段的文字内容。　　这是第二段的文字内容。"),
            ["这是第一段的文字内容。", "这是第二段的文字内容。"]
        );
        assert_eq!(
            pieces("这是没有句号的第一段文字　　这是第二段的文字内容"),
            ["这是没有句号的第一段文字", "这是第二段的文字内容"]
        );
        for kept in [
            "中共*市委　　*市人民政府",
            "*市人民政府办公室　　　　2025年4月1日印发",
            "签发人：张三　　李四",
        ] {
            assert_eq!(pieces(kept), [kept]);
        }
    }

    #[test]
    fn only_very_long_lines_are_split() {
        let short = "前文。一、后文";
        let long = format!("{}。一、后文", "字".repeat(LOST_BREAK_CHARS));
        let body = format!("{short}{long}");
        let lines = vec![
            Line {
                start: 0,
                end: short.len(),
                indented: false,
                indent: 0,
            },
            Line {
                start: short.len(),
                end: body.len(),
                indented: false,
                indent: 0,
            },
        ];
        let out = recover(&body, lines);
        assert_eq!(out.len(), 3);
        assert_eq!(out[2].text(&body), "一、后文");
        assert!(out[2].indented);
    }
}
