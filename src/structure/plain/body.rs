//! A section's body, line by line: attachment, article (第X条, a labelled paragraph),
//! numbered heading (standalone or run-in), TOC-listed or capitals heading, list item after
//! a lead-in, verse, play line, paragraph. Families are read twice where a list's family
//! also heads text elsewhere; levels are assigned last, once the families in use are known.

use super::{is_all_caps, is_chapter_title, Line};
use crate::model::{Block, BlockKind, Heading, Label};
use crate::structure::bare_numerals::bare_numeral_sections;
use crate::structure::book_divisions::{
    division_subtitles, is_ordinal_division, is_stopped_title, rank_front_sections,
};
use crate::structure::grid_table::{grid_table, pipe_table};
use crate::structure::lead_in_lists::{is_dash_item, is_latin_item, item_kind};
use crate::structure::numbered_line::{
    classify_numbered, is_short_run_in, AfterLeadIn, Numbered, HEADING_MAX,
};
use crate::structure::numbering::{
    article_label, captioned_article, find_marker, prefixed_chapter, Family, Levels,
};
use crate::structure::play::PlayLine;
use crate::structure::recover::ARTIFACT_MARK;
use crate::structure::shapes::{
    addresses_audience, is_attachment_lead, is_attachment_name, is_bare_attachment_lead,
    is_caption, is_salutation, is_section_word,
};
use crate::structure::text::{char_len, ends_with_punct, has_sentence_end, is_lead_in};
use crate::structure::toc::find_toc;

/// Builds heading and paragraph blocks for the body; heading levels are filled later.
struct Body {
    blocks: Vec<Block>,
    /// The family of each heading block, by block index.
    families: Vec<(usize, Family)>,
}

impl Body {
    fn push(&mut self, kind: BlockKind, text: impl Into<String>, in_toc: bool) {
        let mut block = Block::text(kind, text);
        block.in_toc = in_toc;
        self.blocks.push(block);
    }

    fn paragraph(&mut self, text: &str, label: Option<Label>) {
        self.push(BlockKind::Paragraph { label }, text, false);
    }

    fn heading(&mut self, text: impl Into<String>, family: Family, marker: &str, run_in: bool) {
        self.families.push((self.blocks.len(), family));
        let heading = Heading {
            level: 0,
            marker: marker.to_string(),
            marker_kind: family.marker_kind(),
            run_in,
        };
        self.push(BlockKind::Heading(heading), text, false);
    }
}

/// The body lines `range` as blocks, heading levels filled in among themselves.
pub(super) fn body_section(
    lines: &[Line<'_>],
    texts: &[&str],
    play: Option<&[Option<PlayLine>]>,
    range: std::ops::Range<usize>,
) -> Vec<Block> {
    if range.is_empty() {
        return Vec::new();
    }
    let toc = find_toc(&texts[range.clone()]);
    let bare = bare_numeral_sections(&texts[range.clone()]);
    // A list item after a lead-in is a paragraph, unless its family serves as headings
    // elsewhere ("通知如下：" then "一、检查时间" … "二、检查内容"): then read again.
    let clauses = crate::structure::clauses::clause_families(&texts[range.clone()]);
    let (mut body, listed) = parse_body(
        lines,
        texts,
        play,
        range.clone(),
        (&toc, &bare),
        (&[], &clauses),
    );
    let heading_families: Vec<Family> = body.families.iter().map(|(_, f)| *f).collect();
    let relaxed: Vec<Family> = listed
        .into_iter()
        .filter(|f| heading_families.contains(f))
        .collect();
    if !relaxed.is_empty() {
        body = parse_body(
            lines,
            texts,
            play,
            range,
            (&toc, &bare),
            (&relaxed, &clauses),
        )
        .0;
    }
    crate::structure::clauses::clauses_as_paragraphs(&mut body.blocks, &mut body.families);
    crate::structure::lead_lines::read_lead_lines(&mut body.blocks, &mut body.families);
    crate::structure::stray_first::join_stray_first(&body.blocks, &mut body.families);
    let levels = Levels::new(body.families.iter().map(|(_, f)| *f));
    for (index, family) in &body.families {
        if let BlockKind::Heading(h) = &mut body.blocks[*index].kind {
            h.level = levels.level(*family);
        }
    }
    rank_front_sections(&mut body.blocks, &body.families);
    body.blocks
}

/// The body lines `range` (`texts` are their texts) as blocks after `front`, and the
/// families of the numbered lines read as list items because a lead-in came before them
/// (except those in `relaxed`); the lines of `clauses` families are numbered paragraphs.
fn parse_body(
    lines: &[Line<'_>],
    texts: &[&str],
    play: Option<&[Option<PlayLine>]>,
    range: std::ops::Range<usize>,
    (toc, bare): (&crate::structure::toc::Toc, &[Option<usize>]),
    (relaxed, clauses): (&[Family], &[Family]),
) -> (Body, Vec<Family>) {
    let (start, end) = (range.start, range.end);
    let mut listed = Vec::new();
    let mut body = Body {
        blocks: Vec::new(),
        families: Vec::new(),
    };
    let mut enumerating = false;
    // The family of the numbered lead-in that opened the list, if one did: its siblings
    // and their betters are not its items.
    let mut lead_in_family: Option<Family> = None;
    // Inside a statute article (第X条) a numbered line is one of its items, unless its
    // family also heads text before the first article ("一、关于……" over 第一条).
    let mut in_article = false;
    let first_article = (start..end).find(|&k| article_label(texts[k]).is_some());
    let heading_outside_articles: Vec<Family> = first_article
        .map(|first| {
            texts[start..first]
                .iter()
                .filter_map(|t| find_marker(t).map(|m| m.family))
                .collect()
        })
        .unwrap_or_default();
    let mut attaching = false;
    let blank: Vec<bool> = lines[start..end].iter().map(|l| l.blank_before).collect();
    let caps_heads = crate::structure::caps::caps_headings(&texts[start..end], &blank, is_all_caps);
    let letters = crate::structure::letters::letter_parts(&texts[start..end]);
    let epigraph = crate::structure::sign_offs::epigraph_parts(&texts[start..end], &blank);
    let speech = crate::structure::speech_parts::speech_parts(&texts[start..end]);
    let poem = crate::structure::poem::poem_lines(&texts[start..end], &blank);
    let poem_titles = crate::structure::poem::italic_poem_titles(&texts[start..end], &blank, &poem);
    let anthology = crate::structure::bylined_verse::bylined_verse(
        &texts[start..end],
        crate::structure::anthology::anthology_lines(&texts[start..end]),
    );
    let lost_first = crate::structure::missing_numeral::lost_first_section(&texts[start..end]);
    // The list whose item the line before was (`Some(None)` for a dashed one).
    let mut list: Option<Option<Family>> = None;
    let mut i = start;
    while i < end {
        let line = texts[i];
        let rel = i - start;
        i += 1;
        let in_list = list.take();
        // Page furniture first: no other rule (a contents list among them) takes it.
        if let Some(furniture) = line.strip_prefix(ARTIFACT_MARK) {
            body.push(BlockKind::Artifact, furniture, false);
            continue;
        }
        if toc.in_toc[rel] {
            body.push(BlockKind::Paragraph { label: None }, line, true);
            continue;
        }
        if let Some(len) = bare[rel] {
            // Figures before a title number a standard's chapters ("1 简介" over "1.1").
            let family = match line.starts_with(|c: char| c.is_ascii_digit()) {
                true if len < line.len() => Family::Decimal(1),
                true => Family::ArabicNumeral,
                false => Family::ChineseNumeral,
            };
            // A numeral in figures alone, its chapter's title set apart under it ("1" /
            // "The Old Sea-dog at the Admiral Benbow"), is one heading with its title.
            let apart = |k: usize| k >= end || lines[k].blank_before;
            let title = texts.get(i).filter(|t| {
                family == Family::ArabicNumeral
                    && len == line.len()
                    && i < end
                    && apart(i)
                    && apart(i + 1)
                    && is_chapter_title(t)
                    && !toc.in_toc[rel + 1]
                    && bare[rel + 1].is_none()
            });
            match title {
                Some(title) => {
                    body.heading(format!("{line} {title}"), family, &line[..len], false);
                    i += 1;
                }
                None => body.heading(line, family, &line[..len], false),
            }
            enumerating = false;
            continue;
        }
        let table = grid_table(texts, i - 1).or_else(|| pipe_table(texts, i - 1));
        if let Some((table, len)) = table.filter(|(_, n)| i - 1 + n <= end) {
            body.blocks.push(Block {
                kind: BlockKind::Table(table),
                content: Vec::new(),
                quote_depth: 0,
                in_toc: false,
            });
            i += len - 1;
            enumerating = false;
            continue;
        }
        if let Some(kind) = play.and_then(|p| p[start + rel]) {
            crate::structure::play::push_line(&mut body.blocks, kind, line);
            enumerating = false;
            continue;
        }
        if let Some(kind) = letters[rel].clone().or_else(|| epigraph[rel].clone()) {
            body.push(kind, line, false);
            enumerating = false;
            continue;
        }
        if let Some(part) = speech[rel].clone() {
            use crate::structure::speech_parts::SpeechPart;
            match part {
                SpeechPart::Block(kind) => body.push(kind, line, false),
                SpeechPart::RunInSalutation(len) => {
                    body.push(BlockKind::Salutation, &line[..len], false);
                    body.paragraph(line[len..].trim_start(), None);
                }
            }
            enumerating = false;
            continue;
        }
        if let Some(kind) = anthology[rel] {
            use crate::structure::anthology::AnthologyLine;
            match kind {
                AnthologyLine::Verse => body.push(BlockKind::Verse, line, false),
                AnthologyLine::PoemTitle => body.heading(line, Family::PoemTitle, "", false),
                AnthologyLine::Section => body.heading(line, Family::AnthologySection, "", false),
                AnthologyLine::Poet => body.push(BlockKind::Speaker, line, false),
                AnthologyLine::Note => body.push(BlockKind::Note, line, false),
            }
            enumerating = false;
            continue;
        }
        if poem_titles[rel] {
            body.heading(line, Family::ItalicPoemTitle, "", false);
            enumerating = false;
            continue;
        }
        if poem[rel] {
            body.push(BlockKind::Verse, line, false);
            continue;
        }
        if crate::structure::scene_break::is_scene_break(line) {
            match body.blocks.last_mut() {
                // A break over several lines is one break.
                Some(last) if last.kind == BlockKind::ThematicBreak => {
                    if let Some(crate::model::Inline::Text(text)) = last.content.first_mut() {
                        text.push('\n');
                        text.push_str(line);
                    }
                }
                _ => body.push(BlockKind::ThematicBreak, line, false),
            }
            continue;
        }
        if is_caption(line) {
            body.push(BlockKind::Caption, line, false);
            continue;
        }
        // The addressees under a head set as a grid (date and document numbers).
        let under_head_table = || {
            !body.blocks.is_empty()
                && body
                    .blocks
                    .iter()
                    .all(|b| matches!(b.kind, BlockKind::Table(_)))
        };
        if is_salutation(line) && (addresses_audience(line) || under_head_table()) {
            body.push(BlockKind::Salutation, line, false);
            enumerating = false;
            continue;
        }
        if is_section_word(line) || crate::structure::shapes::is_framed_label(line) {
            body.heading(line, Family::Listed, "", false);
            enumerating = false;
            continue;
        }
        let marker = find_marker(line);
        if is_attachment_lead(line) {
            attaching = true;
            body.push(BlockKind::Attachment, line, false);
            continue;
        }
        if attaching {
            let listed = marker.is_some_and(|m| {
                matches!(m.family, Family::ArabicNumeral | Family::ParenArabicNumeral)
            });
            if listed && char_len(line) <= HEADING_MAX {
                body.push(BlockKind::Attachment, line, false);
                continue;
            }
            // "附件：" alone, then the one attachment's name on the next line.
            let named =
                i >= start + 2 && is_bare_attachment_lead(texts[i - 2]) && is_attachment_name(line);
            attaching = false;
            if named {
                body.push(BlockKind::Attachment, line, false);
                continue;
            }
        }
        if let Some(label) = captioned_article(line) {
            body.heading(line, Family::ChineseArticle, label, false);
            enumerating = false;
            in_article = true;
            continue;
        }
        if let Some(label) = article_label(line) {
            body.paragraph(line, Some(Label::article(label)));
            enumerating = is_lead_in(line);
            in_article = true;
            continue;
        }
        let Some(marker) = marker else {
            // "--This administration…" under a lead-in: an item; the list runs on.
            let opens = i >= start + 2 && texts[i - 2].ends_with(':');
            if enumerating && is_dash_item(line) && (opens || in_list == Some(None)) {
                body.push(item_kind(None), line, false);
                list = Some(None);
                continue;
            }
            enumerating = is_lead_in(line);
            let prefixed = prefixed_chapter(line).filter(|m| {
                // Its family heads other lines too ("第二回……"), or its title is a
                // 回目 couplet ("上卷 第一回　王教头私走延安府　九纹龙大闹史家村"): the
                // prefix is noise, or the volume.
                texts[start..end]
                    .iter()
                    .any(|t| find_marker(t).is_some_and(|o| o.family == m.family))
                    || crate::structure::couplet::is_couplet(m.rest)
            });
            // A line the source set in bold, short and not a sentence, heads what follows.
            let set_apart = lines[i - 1].emphasised
                && char_len(line) <= HEADING_MAX
                && !ends_with_punct(line)
                && !has_sentence_end(line);
            if lost_first == Some(rel) {
                body.heading(line, Family::ChineseNumeral, "", false);
            } else if is_ordinal_division(line) {
                body.heading(line, Family::EnglishPart, "", false);
                for subtitle in &texts[i..i + division_subtitles(&texts[i..end.min(i + 2)])] {
                    body.push(BlockKind::Subtitle, *subtitle, false);
                    i += 1;
                }
            } else if let Some(m) = prefixed.filter(|_| char_len(line) <= HEADING_MAX) {
                body.heading(line, m.family, m.text, false);
            } else if crate::structure::couplet::is_prologue(line) {
                body.heading(line, Family::ChineseChapter, "", false);
            } else if (toc.listed[rel] || set_apart) && char_len(line) <= HEADING_MAX {
                body.heading(line, Family::Listed, "", false);
            } else if caps_heads[rel] {
                body.heading(line, Family::AllCaps, "", false);
            } else {
                body.paragraph(line, None);
            }
            continue;
        };
        // Only the first line after the lead-in may turn out a heading: the items of a
        // real list stay alike.
        let first_after_lead_in = i >= 2 && is_lead_in(texts[i - 2]);
        let article_item = in_article
            && !marker.family.is_structural()
            && !heading_outside_articles.contains(&marker.family);
        if marker.family.is_structural() {
            in_article = false;
        }
        if lead_in_family.is_some_and(|f| f == marker.family || marker.family.outranks(f)) {
            enumerating = false;
        }
        lead_in_family = None;
        let after = match (enumerating, first_after_lead_in) {
            _ if article_item => AfterLeadIn::Item,
            (false, _) => AfterLeadIn::No,
            // "通知如下：" then "一、总体要求。坚持……": sections open, not a list.
            // After "……如下。" a title ("一、总体要求") opens a section as well.
            (true, true)
                if relaxed.contains(&marker.family)
                    || is_short_run_in(marker.rest)
                    || !texts[i - 2].ends_with(['：', ':']) =>
            {
                AfterLeadIn::HeadingFamily
            }
            (true, first) => {
                if first {
                    listed.push(marker.family);
                }
                AfterLeadIn::Item
            }
        };
        // The items of a Latin list are alike: the first sets the family.
        let alike = first_after_lead_in || in_list == Some(Some(marker.family));
        if after == AfterLeadIn::Item && !article_item && alike && is_latin_item(line) {
            body.push(item_kind(Some(marker.text)), line, false);
            list = Some(Some(marker.family));
            continue;
        }
        let numbered = match classify_numbered(line, &marker, after) {
            // A member of a family that numbers clauses reads as one, run-in or not.
            Numbered::Heading { .. } if clauses.contains(&marker.family) => Numbered::Paragraph {
                label: Some(Label::new(marker.text, marker.family.marker_kind())),
            },
            numbered => numbered,
        };
        match numbered {
            Numbered::Heading { len } if len < line.len() => {
                body.heading(&line[..len], marker.family, marker.text, true);
                let rest = line[len..].trim();
                body.paragraph(rest, None);
                enumerating = is_lead_in(rest);
            }
            Numbered::Heading { .. } => {
                // The title on the next line; across a blank line only if another blank
                // line (or the end) follows it ("CHAPTER I" / "" / "The Title" / "").
                let set_apart = |k: usize| lines.get(k).is_none_or(|l| l.blank_before);
                let next = texts
                    .get(i)
                    .filter(|_| i < end && (!lines[i].blank_before || set_apart(i + 1)));
                let joins = marker.rest.is_empty() && marker.family.is_structural();
                // A running page number between the heading and its title stands aside.
                let furniture = next.and_then(|n| n.strip_prefix(ARTIFACT_MARK));
                let after_furniture = texts
                    .get(i + 1)
                    .filter(|_| furniture.is_some() && i + 1 < end && !lines[i + 1].blank_before);
                match next {
                    Some(title)
                        if joins
                            && (is_chapter_title(title)
                                || lines[i].blank_before
                                    && set_apart(i + 1)
                                    && is_stopped_title(title))
                            && !toc.in_toc[rel + 1] =>
                    {
                        body.heading(format!("{line} {title}"), marker.family, marker.text, false);
                        i += 1;
                    }
                    Some(_)
                        if joins
                            && after_furniture.is_some_and(|t| is_chapter_title(t))
                            && !toc.in_toc[rel + 2] =>
                    {
                        let title = after_furniture.copied().unwrap_or_default();
                        body.heading(format!("{line} {title}"), marker.family, marker.text, false);
                        body.push(BlockKind::Artifact, furniture.unwrap_or_default(), false);
                        i += 2;
                    }
                    // A numeral with no title is a section under any titled heading.
                    _ if marker.family == Family::Roman && marker.rest.is_empty() => {
                        body.heading(line, Family::BareRoman, marker.text, false)
                    }
                    _ => body.heading(line, marker.family, marker.text, false),
                }
                enumerating = false;
            }
            Numbered::Paragraph { label } => {
                body.paragraph(line, label);
                // A numbered lead-in ("四、报批程序：") opens a list as an unnumbered one does.
                if line.ends_with(['：', ':']) {
                    enumerating = true;
                    lead_in_family = Some(marker.family);
                }
            }
        }
    }
    (body, listed)
}
