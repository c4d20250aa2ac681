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
use super::editor_notes::is_note_line;
use super::escaped_space::{escaped_indent_len, restore_indents};
use super::front::front_matter;
use super::numbering::{article_label, find_marker};
use super::play::PlayLine;
use super::recover::{ARTIFACT_MARK, EMPHASIS_MARK};
use super::scene_break::is_scene_break;
use super::shapes::{is_attachment_mark, is_document_attachment_mark, is_editorial_note};
use super::text::{char_len, ends_with_punct, is_bracketed};
use super::to_blocks;
use crate::model::{Block, BlockKind};
use crate::script::is_cjk;

mod body;
use body::body_section;

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
    /// Spaces a scraper wrote out as escapes before the text (`escaped_space`).
    indent: &'a str,
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
            let text = unmarked.unwrap_or(line);
            let indent = &text[..escaped_indent_len(text)];
            lines.push(Line {
                text: text[indent.len()..].trim_start(),
                blank_before,
                emphasised: unmarked.is_some(),
                indent,
            });
            blank_before = false;
        }
    }
    cut_run_in_verse(lines)
}

/// `lines` with verse that shares a line with prose set on a line of its own (see
/// `classical_verse::run_in_verse`), so the verse rules read it whole, and a piece's
/// source set on its title's line (`shapes::classical_source_start`) on a line of its own,
/// where the title block's rules read it as the subtitle.
fn cut_run_in_verse(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    let mut cuts = super::classical_verse::run_in_verse(&texts);
    for (cuts, text) in cuts.iter_mut().zip(&texts) {
        if cuts.is_empty() {
            cuts.extend(super::shapes::classical_source_start(text));
        }
    }
    let mut out = Vec::with_capacity(lines.len());
    for (line, cuts) in lines.into_iter().zip(cuts) {
        let mut start = 0;
        for end in cuts.into_iter().chain([line.text.len()]) {
            let text = line.text[start..end].trim();
            if !text.is_empty() {
                out.push(Line {
                    text,
                    blank_before: start == 0 && line.blank_before,
                    emphasised: line.emphasised,
                    indent: if start == 0 { line.indent } else { "" },
                });
            }
            start = end;
        }
    }
    out
}

/// Returns true if and only if `line` is a short ALL-CAPS Latin line ("PREFACE."); an
/// ordinal's suffix after its digits stays in lower case ("THE 18th AMENDMENT").
pub(crate) fn is_all_caps(line: &str) -> bool {
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
        // A letter's place and date under its number ("Letter 1" / "St. Petersburgh, …").
        && !super::letters::is_place_date(line)
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
    settle_furniture_marks(&mut blocks);
    let indents: Vec<(&str, &str)> = (before.iter().chain(&lines).chain(&after))
        .map(|l| (l.indent, l.text.trim_start_matches(ARTIFACT_MARK)))
        .collect();
    restore_indents(&mut blocks, &indents);
    blocks
}

/// The last word on page furniture: a block that is a marked line is an artifact, and a
/// mark some rule carried into other text is taken out (its text stays where the rule put
/// it). Every rule should leave marked lines alone; fuzzing found six that did not
/// (FUZZING.md, findings 21–26), so the mark never reaches a writer whatever rule slips.
fn settle_furniture_marks(blocks: &mut [Block]) {
    for block in blocks.iter_mut() {
        if block.kind == BlockKind::Artifact {
            continue;
        }
        let text = block.plain_text();
        if !text.contains(ARTIFACT_MARK) {
            continue;
        }
        match text.strip_prefix(ARTIFACT_MARK) {
            Some(rest) if !rest.contains(ARTIFACT_MARK) && !rest.contains('\n') => {
                *block = Block::text(BlockKind::Artifact, rest);
            }
            _ => strip_marks(&mut block.content),
        }
    }
}

fn strip_marks(inlines: &mut [crate::model::Inline]) {
    use crate::model::Inline;
    for inline in inlines {
        match inline {
            Inline::Text(t) => t.retain(|c| c != ARTIFACT_MARK),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) => strip_marks(c),
            Inline::Link { content, .. } => strip_marks(content),
            _ => {}
        }
    }
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
    if let Some(blocks) = super::reading_notes::notes_export(&texts) {
        return blocks;
    }
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
        // An article may close with its own signature and date (a letter in a collection),
        // perhaps with an ebook's navigation and a rule after them.
        let furniture = furniture_before(&texts, section, article);
        let own = closing(&texts[..furniture], section);
        part.closed_section(section, &own, &mut blocks);
        blocks.extend(body_section(lines, &texts, play, furniture..article));
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
    if !blanks_mean_nothing {
        super::imprint::join_imprint_groups(&mut blocks, &texts, &separated);
    }
    super::imprint::settle_title_page(&mut blocks);
    super::book_divisions::mark_half_title(&mut blocks);
    super::essay_notes::mark_essay_notes(&mut blocks);
    blocks
}

/// Where the page furniture, rules and notes that end the lines `section..end` begin
/// (`end` when none does): what stands between one piece's closing and the next piece.
/// An annotated edition closes a piece with its date, then a rule and the piece's
/// numbered notes ("〔１〕　本篇最初发表于……").
fn furniture_before(texts: &[&str], section: usize, end: usize) -> usize {
    let furniture = |t: &str| t.starts_with(ARTIFACT_MARK) || is_scene_break(t) || is_note_line(t);
    (section..end)
        .rev()
        .take_while(|&k| furniture(texts[k]))
        .last()
        .unwrap_or(end)
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
        // Each attachment after the closing ("附件1", "附件2") is a document of its own
        // (GB/T 9704 8.2): its mark, its head, its text and its own signature and date.
        let appendix = &close.appendix;
        let marks: Vec<usize> = appendix
            .clone()
            .filter(|&k| k == appendix.start || is_document_attachment_mark(self.texts[k]))
            .collect();
        for (n, &mark) in marks.iter().enumerate() {
            let end = marks.get(n + 1).copied().unwrap_or(appendix.end);
            self.attachment(mark, end, blocks);
        }
        blocks.extend(to_blocks(&close.record));
    }

    /// The attachment from its mark at line `mark` to line `end`.
    fn attachment(&self, mark: usize, end: usize, blocks: &mut Vec<Block>) {
        let first = mark + 1;
        blocks.push(Block::text(BlockKind::Attachment, self.texts[mark]));
        let head = front_matter(&self.texts[first..end], &self.separated[first..end]);
        blocks.extend(to_blocks(&head.blocks));
        let start = (first + head.next).min(end);
        let own = closing(&self.texts[..end], start);
        // (An attachment that has attachments of its own keeps them as its text.)
        let signed = own.appendix.is_empty() && own.record.is_empty() && !own.signed.is_empty();
        let body_end = if signed { own.body_end.max(start) } else { end };
        blocks.extend(body_section(
            self.lines,
            self.texts,
            self.play,
            start..body_end,
        ));
        if signed {
            blocks.extend(to_blocks(&own.signed));
        }
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

#[cfg(test)]
mod tests;
