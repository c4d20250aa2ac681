//! Chapter lines a converter left unmarked in a Chinese Markdown document: a law
//! published as Markdown marks its 章 with `##` but leaves "第一节　一般规定" as a plain
//! paragraph. A short plain paragraph that opens with 第X编/分编/章/节 and says nothing
//! else is a heading. Its level is the level its family has elsewhere in the document
//! when one of its lines is marked, else one below the nearest heading of an outer
//! family before it; where that level is taken by a marked family it outranks (a code's
//! "第一分编" between "## 第二编" and "### 第一章"), the headings from that level down go
//! one level deeper to make room, so the outline keeps 编 > 分编 > 章 > 节.
//!
//! A numbered line the author set in bold instead of marking it ("**一、总体要求**",
//! "**第二章　附则**") is a heading by the same reading, for the numeral families too
//! (一、 > （一） > 1. > （1）): ranked with the marked headings of its family, else one
//! below the nearest heading of a family it ranks under.

use super::document_parts::is_set_off;
use crate::model::{Block, BlockKind, Heading};
use crate::structure::numbering::{find_marker, Family};
use crate::structure::text::{char_len, SENTENCE_ENDS, TERMINAL_PUNCT};
use crate::structure::toc::is_toc_title;

/// Longest unmarked chapter line, in characters.
const CHAPTER_LINE_MAX: usize = 30;
/// Longest numbered line set in bold that is a heading, in characters.
const BOLD_HEADING_MAX: usize = 40;
/// Fewest chapter lines in a row that are a contents list, not headings.
const CONTENTS_MIN_LINES: usize = 3;

/// Turns the unmarked chapter lines of `blocks` into headings.
pub(super) fn read_unmarked_headings(blocks: &mut [Block]) {
    if !crate::structure::mostly_cjk_prose(blocks) {
        return;
    }
    // Each block's outline family: a marked heading's whatever it is, a plain line's if it
    // opens with a 第X编/分编/章/节 marker, a bold line's if a chapter or numeral marker.
    let families: Vec<Option<Family>> = blocks
        .iter()
        .map(|b| {
            let family = find_marker(&b.plain_text()).map(|m| m.family)?;
            let fits = if b.heading().is_some() {
                true
            } else if is_set_off(b) {
                family.is_chinese_division() || is_numeral_family(family)
            } else {
                family.is_chinese_division()
            };
            fits.then_some(family)
        })
        .collect();
    // The level each family has where the author marked it.
    let marked: Vec<(Family, u8)> = blocks
        .iter()
        .zip(&families)
        .filter_map(|(b, f)| Some(((*f)?, b.heading()?.level)))
        .collect();
    // Plain chapter lines; a run of three or more, or one under "目录", is a contents list.
    let candidate: Vec<bool> = blocks
        .iter()
        .zip(&families)
        .map(|(b, f)| f.is_some() && (is_chapter_line(b) || is_bold_heading_line(b)))
        .collect();
    let mut in_contents = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let run = candidate[i..].iter().take_while(|c| **c).count();
        let titled = i > 0 && is_toc_title(&blocks[i - 1].plain_text());
        if run >= CONTENTS_MIN_LINES || run > 0 && titled {
            in_contents[i..i + run].iter_mut().for_each(|c| *c = true);
        }
        i += run.max(1);
    }
    // (family, level) of the headings seen so far, nearest last.
    let mut seen: Vec<(Family, u8)> = Vec::new();
    let mut read = vec![false; blocks.len()];
    for (k, block) in blocks.iter_mut().enumerate() {
        let Some(family) = families[k] else {
            continue;
        };
        if let Some(h) = block.heading() {
            seen.push((family, h.level));
            continue;
        }
        if !candidate[k] || in_contents[k] {
            continue;
        }
        let level = marked
            .iter()
            .find(|(f, _)| *f == family)
            .map(|(_, level)| *level)
            .or_else(|| {
                seen.iter()
                    .rev()
                    .find(|(f, _)| f.outranks(family))
                    .map(|(_, level)| (level + 1).min(6))
            })
            .unwrap_or(1);
        let text = block.plain_text();
        let marker = find_marker(&text).map_or("", |m| m.text).to_string();
        block.kind = BlockKind::Heading(Heading {
            level,
            marker,
            marker_kind: family.marker_kind(),
            run_in: false,
        });
        seen.push((family, level));
        read[k] = true;
    }
    make_room(blocks, &families, &read);
}

/// Where a heading read here shares its level with a marked heading of a family it
/// outranks, every other heading at that level or deeper goes one level deeper.
fn make_room(blocks: &mut [Block], families: &[Option<Family>], read: &[bool]) {
    let mut done: Vec<Family> = Vec::new();
    for k in 0..blocks.len() {
        let (Some(family), true) = (families[k], read[k]) else {
            continue;
        };
        let Some(level) = blocks[k].heading().map(|h| h.level) else {
            continue;
        };
        if done.contains(&family) {
            continue;
        }
        done.push(family);
        let crowded = blocks.iter().zip(families).zip(read).any(|((b, f), r)| {
            !r && f.is_some_and(|f| family.outranks(f))
                && b.heading().is_some_and(|h| h.level == level)
        });
        if !crowded {
            continue;
        }
        for (i, block) in blocks.iter_mut().enumerate() {
            let own = read[i] && families[i] == Some(family);
            if let BlockKind::Heading(h) = &mut block.kind {
                if !own && h.level >= level {
                    h.level = (h.level + 1).min(6);
                }
            }
        }
    }
}

fn is_numeral_family(family: Family) -> bool {
    matches!(
        family,
        Family::ChineseNumeral
            | Family::ParenChineseNumeral
            | Family::ArabicNumeral
            | Family::ParenArabicNumeral
    )
}

/// A short line set in bold or italics as a whole, with no sentence in it.
fn is_bold_heading_line(block: &Block) -> bool {
    let text = block.plain_text();
    is_set_off(block)
        && char_len(text.trim()) <= BOLD_HEADING_MAX
        && !text.contains(SENTENCE_ENDS)
        && !text.trim_end().ends_with(TERMINAL_PUNCT)
}

/// A plain, short paragraph with no sentence in it, outside quotes and contents.
fn is_chapter_line(block: &Block) -> bool {
    let text = block.plain_text();
    super::document_parts::is_plain(block)
        && char_len(text.trim()) <= CHAPTER_LINE_MAX
        && !text.contains(TERMINAL_PUNCT)
}

#[cfg(test)]
mod tests {
    use crate::structure::markdown::parse_markdown;

    fn headings(text: &str) -> Vec<(String, u8)> {
        parse_markdown(text)
            .blocks
            .iter()
            .filter_map(|b| Some((b.plain_text(), b.heading()?.level)))
            .collect()
    }

    #[test]
    fn an_unmarked_section_under_a_marked_chapter_is_one_level_below() {
        let text = "# 某某法\n\n## 第一章 总则\n\n第一节 一般规定\n\n第一条 为了规范管理，制定本法。\n\n第二节 特别规定\n\n第二条 本法所称某某，是指某某。\n\n## 第二章 附则\n\n第三条 本法自公布之日起施行。\n";
        assert_eq!(
            headings(text),
            [
                ("第一章 总则".to_string(), 2),
                ("第一节 一般规定".to_string(), 3),
                ("第二节 特别规定".to_string(), 3),
                ("第二章 附则".to_string(), 2)
            ]
        );
    }

    #[test]
    fn an_unmarked_sub_part_between_marked_parts_and_chapters_makes_room() {
        let text = "# 民法典\n\n## 第二编　物权\n\n第一分编　通则\n\n### 第一章　一般规定\n\n\
            第二百零五条　本编调整因物的归属和利用产生的民事关系。\n\n第一节　不动产登记\n\n\
            第二百零九条　不动产物权的设立，经依法登记，发生效力。\n\n第二分编　所有权\n\n\
            ### 第四章　一般规定\n\n第二百四十条　所有权人依法享有占有的权利。\n";
        assert_eq!(
            headings(text),
            [
                ("第二编　物权".to_string(), 2),
                ("第一分编　通则".to_string(), 3),
                ("第一章　一般规定".to_string(), 4),
                ("第一节　不动产登记".to_string(), 5),
                ("第二分编　所有权".to_string(), 3),
                ("第四章　一般规定".to_string(), 4)
            ]
        );
    }

    #[test]
    fn numbered_lines_set_in_bold_are_headings_ranked_with_the_marked_ones() {
        let text = "# 某某办法\n\n## 第一章　总则\n\n第一条　为了规范管理，制定本办法。\n\n\
            **第二章　附则**\n\n第二条　本办法自发布之日起施行。\n";
        assert_eq!(
            headings(text),
            [
                ("第一章　总则".to_string(), 2),
                ("第二章　附则".to_string(), 2)
            ]
        );
        let speech = "# 在会议上的讲话\n\n### 一、形势\n\n正文。\n\n**二、任务**\n\n\
            正文。\n\n**（一）抓好落实**\n\n正文。\n";
        assert_eq!(
            headings(speech),
            [
                ("一、形势".to_string(), 3),
                ("二、任务".to_string(), 3),
                ("（一）抓好落实".to_string(), 4)
            ]
        );
        // A bold sentence or a bold line without a number stays a paragraph.
        let plain = "# 通知\n\n**一、请各单位按时报送。**\n\n**特别提示**\n\n正文。\n";
        assert!(headings(plain).is_empty());
    }

    #[test]
    fn chapter_lines_in_a_row_are_contents() {
        let text =
            "# 某某法\n\n目录\n\n第一章 总则\n\n第二章 附则\n\n## 第一章 总则\n\n第一条 正文。\n";
        assert_eq!(headings(text).len(), 1);
    }

    #[test]
    fn a_sentence_that_opens_with_a_chapter_word_stays_a_paragraph() {
        let text = "# 某某法\n\n## 第一章 总则\n\n第一节课上，老师讲了本法的由来。\n";
        assert_eq!(headings(text).len(), 1);
    }
}
