//! Plain text → blocks. The input has one paragraph per line (ingest rejoined wrapped
//! lines), so every rule here classifies whole lines, and a line becomes exactly one
//! block, or two when a run-in heading or salutation is split off its paragraph.
//!
//! Passes: the edges (title, subtitle, salutation; signature, date), the table of
//! contents, then each body line: attachment, article (第X条, a labelled paragraph),
//! numbered heading (standalone or run-in), TOC-listed or ALL-CAPS heading, paragraph.
//! Levels are assigned last, once the heading families in use are known.

use super::closing::{closing, Closing};
use super::collection::{article_starts, attached_document_starts};
use super::front::front_matter;
use super::grid_table::grid_table;
use super::numbered_line::{classify_numbered, AfterLeadIn, Numbered, HEADING_MAX};
use super::numbering::{
    article_label, bare_numeral_sections, captioned_article, find_marker, prefixed_chapter, Family,
    Levels,
};
use super::play::PlayLine;
use super::recover::{ARTIFACT_MARK, EMPHASIS_MARK};
use super::shapes::{
    addresses_audience, is_attachment_lead, is_attachment_mark, is_caption, is_editorial_note,
    is_salutation, is_section_word,
};
use super::text::{char_len, ends_with_punct, has_sentence_end, is_bracketed};
use super::to_blocks;
use super::toc::find_toc;
use crate::model::{Block, BlockKind, Heading, Label};
use crate::script::is_cjk;

/// Longest ALL-CAPS line that is a heading, and longest title line joined to a
/// marker-only chapter heading.
const SHORT_LINE_MAX: usize = 60;

/// A non-blank input line, trimmed.
struct Line<'a> {
    text: &'a str,
    /// A blank line separates it from the line before.
    blank_before: bool,
    /// The source set the whole line in bold or as a heading (`<b>…</b>` in a .txt).
    emphasised: bool,
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut blank_before = false;
    for raw in text.split('\n') {
        let line = raw.trim();
        if line.is_empty() {
            blank_before = true;
        } else {
            let unmarked = line.strip_prefix(EMPHASIS_MARK);
            lines.push(Line {
                text: unmarked.unwrap_or(line),
                blank_before,
                emphasised: unmarked.is_some(),
            });
            blank_before = false;
        }
    }
    lines
}

/// Returns true if and only if `line` is a short ALL-CAPS Latin line ("PREFACE."); an
/// ordinal's suffix after its digits stays in lower case ("THE 18th AMENDMENT").
fn is_all_caps(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && line.chars().next().is_some_and(char::is_alphanumeric)
        && char_len(line) <= SHORT_LINE_MAX
        && line
            .split(' ')
            .all(|w| is_ordinal(w) || w.chars().all(|c| !c.is_lowercase() && !is_cjk(c)))
        && !line.ends_with([',', ';', ':'])
        && !is_bracketed(line)
}

/// Returns true if and only if `word` is an ordinal in figures ("18th", "2nd", "3rd,").
fn is_ordinal(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let digits = word.trim_start_matches(|c: char| c.is_ascii_digit());
    digits.len() < word.len() && matches!(digits, "st" | "nd" | "rd" | "th")
}

/// Returns true if and only if `line` can be the title that follows a marker-only
/// chapter heading on the next line ("CHAPTER I." / "Down the Rabbit-Hole"). Page
/// furniture (a page number after the heading) never is.
fn is_chapter_title(line: &str) -> bool {
    !line.starts_with(ARTIFACT_MARK)
        && char_len(line) <= SHORT_LINE_MAX
        && (!ends_with_punct(line)
            || line.ends_with('?')
            || is_all_caps(line) && line.ends_with('.'))
        && find_marker(line).is_none()
        && article_label(line).is_none()
        && !is_bracketed(line)
}

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

/// Parses plain text (one paragraph per line) into blocks.
pub(crate) fn parse_plain(text: &str) -> Vec<Block> {
    let mut lines = split_lines(text);
    // Page furniture at either end stays out of the head's and the closing's way.
    let artifact = |l: &Line<'_>| l.text.starts_with(ARTIFACT_MARK);
    let leading = lines.iter().take_while(|l| artifact(l)).count();
    let mut trailing = lines[leading..]
        .iter()
        .rev()
        .take_while(|l| artifact(l))
        .count();
    // A web page's footer (editor, QR prompt, links, print and close) ends the copy.
    let kept: Vec<&str> = lines[leading..lines.len() - trailing]
        .iter()
        .map(|l| l.text)
        .collect();
    if let Some(footer) = super::web_page::footer_start(&kept) {
        trailing += kept.len() - footer;
    }
    let after: Vec<Line<'_>> = lines.split_off(lines.len() - trailing);
    let before: Vec<Line<'_>> = lines.drain(..leading).collect();
    let furniture = |ls: &[Line<'_>]| -> Vec<Block> {
        ls.iter()
            .map(|l| {
                Block::text(
                    BlockKind::Artifact,
                    l.text.trim_start_matches(ARTIFACT_MARK),
                )
            })
            .collect()
    };
    let mut blocks = furniture(&before);
    blocks.extend(parse_framed(&lines));
    blocks.extend(furniture(&after));
    blocks
}

/// The blocks of `lines`; a Project Gutenberg header and footer are set apart first.
fn parse_framed(lines: &[Line<'_>]) -> Vec<Block> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    let blank_before: Vec<bool> = lines.iter().map(|l| l.blank_before).collect();
    match super::gutenberg::frame(&texts, &blank_before) {
        Some(frame) => {
            let mut blocks = frame.head;
            blocks.extend(parse_lines(&lines[frame.body]));
            blocks.extend(frame.tail);
            blocks
        }
        None => parse_lines(lines),
    }
}

/// The blocks of `lines` (a whole text, or the work inside a Gutenberg frame), which
/// start with the document's head and end with its closing.
fn parse_lines(lines: &[Line<'_>]) -> Vec<Block> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    // Where every line stands apart, a blank line says nothing about what belongs
    // together (a title's lines, a title and its date).
    let apart = lines.iter().filter(|l| l.blank_before).count();
    let blanks_mean_nothing = lines.len() >= 4 && apart * 5 >= (lines.len() - 1) * 4;
    // A line set in bold after one that is not (or the reverse) stands apart too.
    let separated: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let emphasis_changes = i > 0 && l.emphasised != lines[i - 1].emphasised;
            l.blank_before && !blanks_mean_nothing || emphasis_changes
        })
        .collect();
    // A play's opening direction or speaker is not its title.
    let play = super::play::read_play(&texts, &separated);
    let front = match &play {
        Some(kinds) if kinds.first().is_some_and(Option::is_some) => Default::default(),
        _ => front_matter(&texts, &separated),
    };
    let play = play.as_deref();
    let close = closing(&texts, front.next);
    let mut blocks = to_blocks(&front.blocks);
    let body = front.next..close.body_end.max(front.next);
    // Each article of a collection brings its own head; its headings count afresh.
    let mut starts = article_starts(&texts, &separated, body.clone());
    starts.extend(attached_document_starts(&texts, &separated, body.clone()));
    starts.sort_unstable();
    starts.dedup();
    let mut section = body.start;
    let part = Part {
        lines,
        texts: &texts,
        separated: &separated,
        play,
    };
    for (n, &article) in starts.iter().enumerate() {
        // An article may close with its own signature and date (a letter in a collection).
        let own = closing(&texts[..article], section);
        part.closed_section(section, &own, &mut blocks);
        let next = starts.get(n + 1).copied().unwrap_or(body.end);
        // An attached document: its mark, then its own head.
        let first = match texts[article] {
            mark if is_attachment_mark(mark) => {
                blocks.push(Block::text(BlockKind::Attachment, mark));
                article + 1
            }
            _ => article,
        };
        let head = front_matter(&texts[first..next], &separated[first..next]);
        blocks.extend(to_blocks(&head.blocks));
        section = (first + head.next).min(next);
    }
    part.closed_section(section, &close, &mut blocks);
    blocks
}

/// What every section of a text is read against.
struct Part<'p, 'a> {
    lines: &'p [Line<'a>],
    texts: &'p [&'a str],
    separated: &'p [bool],
    play: Option<&'p [Option<PlayLine>]>,
}

impl Part<'_, '_> {
    /// The section from line `start` to its closing `close`: its body (ended by an
    /// editor's note if it has one), the signature and date, attachments set after
    /// them ("附件1", its title, its text), and the closing record.
    fn closed_section(&self, start: usize, close: &Closing<'_>, blocks: &mut Vec<Block>) {
        let body = start..close.body_end.max(start);
        blocks.extend(body_section(self.lines, self.texts, self.play, body));
        note_at_end(blocks);
        blocks.extend(to_blocks(&close.signed));
        if let Some(&mark) = self
            .texts
            .get(close.appendix.start)
            .filter(|_| !close.appendix.is_empty())
        {
            let (first, end) = (close.appendix.start + 1, close.appendix.end);
            blocks.push(Block::text(BlockKind::Attachment, mark));
            let head = front_matter(&self.texts[first..end], &self.separated[first..end]);
            blocks.extend(to_blocks(&head.blocks));
            let rest = first + head.next..end;
            blocks.extend(body_section(self.lines, self.texts, self.play, rest));
        }
        blocks.extend(to_blocks(&close.record));
    }
}

/// An editor's note in parentheses that ends an article is a note, not its text.
fn note_at_end(blocks: &mut [Block]) {
    if let Some(last) = blocks.last_mut() {
        if matches!(last.kind, BlockKind::Paragraph { label: None })
            && is_editorial_note(&last.plain_text())
        {
            last.kind = BlockKind::Note;
        }
    }
}

/// The body lines `range` as blocks, heading levels filled in among themselves.
fn body_section(
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
    let clauses = super::clauses::clause_families(&texts[range.clone()]);
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
    super::clauses::clauses_as_paragraphs(&mut body.blocks, &mut body.families);
    super::lead_lines::read_lead_lines(&mut body.blocks, &mut body.families);
    let levels = Levels::new(body.families.iter().map(|(_, f)| *f));
    for (index, family) in &body.families {
        if let BlockKind::Heading(h) = &mut body.blocks[*index].kind {
            h.level = levels.level(*family);
        }
    }
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
    (toc, bare): (&super::toc::Toc, &[Option<usize>]),
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
    let caps_heads = super::caps::caps_headings(&texts[start..end], &blank, is_all_caps);
    let letters = super::letters::letter_parts(&texts[start..end]);
    let poem = super::poem::poem_lines(&texts[start..end], &blank);
    let lost_first = super::missing_numeral::lost_first_section(&texts[start..end]);
    let mut i = start;
    while i < end {
        let line = texts[i];
        let rel = i - start;
        i += 1;
        if toc.in_toc[rel] {
            body.push(BlockKind::Paragraph { label: None }, line, true);
            continue;
        }
        if let Some(len) = bare[rel] {
            body.heading(line, Family::ChineseNumeral, &line[..len], false);
            enumerating = false;
            continue;
        }
        if let Some((table, len)) = grid_table(texts, i - 1).filter(|(_, n)| i - 1 + n <= end) {
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
        if let Some(furniture) = line.strip_prefix(ARTIFACT_MARK) {
            body.push(BlockKind::Artifact, furniture, false);
            continue;
        }
        if let Some(kind) = play.and_then(|p| p[start + rel]) {
            body.blocks.extend(super::play::blocks(kind, line));
            enumerating = false;
            continue;
        }
        if let Some(kind) = letters[rel].clone() {
            body.push(kind, line, false);
            enumerating = false;
            continue;
        }
        if poem[rel] {
            body.push(BlockKind::Verse, line, false);
            continue;
        }
        if super::scene_break::is_scene_break(line) {
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
        if is_section_word(line) {
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
            attaching = false;
        }
        if let Some(label) = captioned_article(line) {
            body.heading(line, Family::ChineseArticle, label, false);
            enumerating = false;
            in_article = true;
            continue;
        }
        if let Some(label) = article_label(line) {
            body.paragraph(line, Some(Label::article(label)));
            enumerating = line.ends_with(['：', ':']);
            in_article = true;
            continue;
        }
        let Some(marker) = marker else {
            enumerating = line.ends_with(['：', ':']);
            let prefixed = prefixed_chapter(line).filter(|m| {
                // Its family heads other lines too ("第二回……"): the prefix is noise.
                texts[start..end]
                    .iter()
                    .any(|t| find_marker(t).is_some_and(|o| o.family == m.family))
            });
            // A line the source set in bold, short and not a sentence, heads what follows.
            let set_apart = lines[i - 1].emphasised
                && char_len(line) <= HEADING_MAX
                && !ends_with_punct(line)
                && !has_sentence_end(line);
            if lost_first == Some(rel) {
                body.heading(line, Family::ChineseNumeral, "", false);
            } else if let Some(m) = prefixed.filter(|_| char_len(line) <= HEADING_MAX) {
                body.heading(line, m.family, m.text, false);
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
        let first_after_lead_in = i >= 2 && texts[i - 2].ends_with(['：', ':']);
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
            (true, true) if relaxed.contains(&marker.family) => AfterLeadIn::HeadingFamily,
            (true, first) => {
                if first {
                    listed.push(marker.family);
                }
                AfterLeadIn::Item
            }
        };
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
                enumerating = rest.ends_with(['：', ':']);
            }
            Numbered::Heading { .. } => {
                // The title on the next line; across a blank line only if another blank
                // line (or the end) follows it ("CHAPTER I" / "" / "The Title" / "").
                let set_apart = |k: usize| lines.get(k).is_none_or(|l| l.blank_before);
                let next = texts
                    .get(i)
                    .filter(|_| i < end && (!lines[i].blank_before || set_apart(i + 1)));
                let joins = marker.rest.is_empty() && marker.family.is_structural();
                match next {
                    Some(title) if joins && is_chapter_title(title) && !toc.in_toc[rel + 1] => {
                        body.heading(format!("{line} {title}"), marker.family, marker.text, false);
                        i += 1;
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

#[cfg(test)]
#[path = "plain_tests.rs"]
mod tests;
