//! Inline content → runs: one function per model level (`inlines_to_runs`, and the text
//! filter every string passes through on its way into a run).
//!
//! Every run names its faces (East-Asian and Latin apart), so a paragraph copied into
//! another document keeps its look. Emphasis, strong, strikethrough and inline code
//! become run properties; a link becomes a `w:hyperlink` whose relationship id we
//! number ourselves (docx-rs takes ids from a process-wide counter, which would make
//! two writes of one document differ). Characters XML 1.0 cannot hold are dropped here.

use docx_rs::{BreakType, Hyperlink, HyperlinkData, HyperlinkType, Run};

use super::styles::{run_fonts, HYPERLINK};
use crate::model::Inline;
use crate::style::Face;

/// A piece of paragraph content.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    /// A run.
    Run(Box<Run>),
    /// A hyperlink holding runs.
    Link(Hyperlink),
}

/// How the runs of some inline content look.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RunLook<'a> {
    /// The faces.
    pub face: &'a Face,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Struck through.
    pub strike: bool,
    /// Inside a link (the Hyperlink character style).
    pub link: bool,
    /// Hint East-Asian for ambiguous characters (CJK profiles).
    pub cjk: bool,
    /// Raised (superscript, 1) or lowered (subscript, -1); 0 on the baseline.
    pub script: i8,
}

impl<'a> RunLook<'a> {
    /// Plain runs in `face`.
    pub fn plain(face: &'a Face, cjk: bool) -> RunLook<'a> {
        RunLook {
            face,
            bold: false,
            italic: false,
            strike: false,
            link: false,
            cjk,
            script: 0,
        }
    }
}

/// The faces inline markup switches to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct InlineFaces<'a> {
    /// Strong emphasis.
    pub strong: &'a Face,
    /// Emphasis.
    pub emphasis: &'a Face,
    /// Inline code.
    pub code: &'a Face,
    /// Inline code's size in half-points when the style sets it smaller than the text
    /// (`Style::code_in_text_scale`, taken of the body size); `None` keeps the text's.
    pub code_half_points: Option<usize>,
    /// The footnotes' texts by label, for footnote references (empty inside a footnote,
    /// so a note cannot contain itself).
    pub footnotes: &'a [(String, Vec<Inline>)],
    /// The id of the next footnote (1, 2, … in document order; docx-rs's own ids come
    /// from a process-wide counter, which would make two writes differ).
    pub next_footnote: &'a std::cell::Cell<usize>,
    /// Images: where they are, how large they may be, what became of them.
    pub media: &'a super::pictures::Media,
}

/// Converts inline content to paragraph pieces. `next_link` numbers hyperlink
/// relationships (rIdHyperlink1, 2, … in document order).
pub(crate) fn inlines_to_runs(
    inlines: &[Inline],
    look: RunLook<'_>,
    faces: &InlineFaces<'_>,
    next_link: &mut usize,
) -> Vec<Piece> {
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => {
                if let Some(run) = text_run(text, look) {
                    out.push(Piece::Run(Box::new(run)));
                }
            }
            Inline::Code(text) => {
                let code = RunLook {
                    face: faces.code,
                    ..look
                };
                if let Some(mut run) = text_run(text, code) {
                    if let Some(half_points) = faces.code_half_points {
                        run.run_property = run.run_property.size(half_points);
                    }
                    out.push(Piece::Run(Box::new(run)));
                }
            }
            Inline::Emphasis(inner) => {
                let em = RunLook {
                    face: faces.emphasis,
                    italic: true,
                    ..look
                };
                out.extend(inlines_to_runs(inner, em, faces, next_link));
            }
            Inline::Strong(inner) => {
                let strong = RunLook {
                    face: faces.strong,
                    bold: true,
                    ..look
                };
                out.extend(inlines_to_runs(inner, strong, faces, next_link));
            }
            Inline::Strikethrough(inner) => {
                let struck = RunLook {
                    strike: true,
                    ..look
                };
                out.extend(inlines_to_runs(inner, struck, faces, next_link));
            }
            Inline::Link { url, content } => {
                let in_link = RunLook { link: true, ..look };
                let mut link = Hyperlink::new(xml_text(url), HyperlinkType::External);
                // docx-rs writes the target into the relationships part unescaped.
                link.link = HyperlinkData::External {
                    rid: format!("rIdHyperlink{next_link}"),
                    path: super::parts::escape(url),
                };
                *next_link += 1;
                for piece in inlines_to_runs(content, in_link, faces, next_link) {
                    // Links cannot nest in WordprocessingML; an inner link's runs join the outer.
                    match piece {
                        Piece::Run(run) => link = link.add_run(*run),
                        Piece::Link(inner) => {
                            for child in inner.children {
                                if let docx_rs::ParagraphChild::Run(run) = child {
                                    link = link.add_run(*run);
                                }
                            }
                        }
                    }
                }
                out.push(Piece::Link(link));
            }
            Inline::LineBreak => out.push(Piece::Run(Box::new(
                styled(Run::new(), look).add_break(BreakType::TextWrapping),
            ))),
            Inline::Superscript(inner) | Inline::Subscript(inner) => {
                let script = if matches!(inline, Inline::Superscript(_)) {
                    1
                } else {
                    -1
                };
                let raised = RunLook { script, ..look };
                out.extend(inlines_to_runs(inner, raised, faces, next_link));
            }
            Inline::Image { url, alt, .. } => match faces.media.picture_run(url, alt) {
                Some(run) => out.push(Piece::Run(Box::new(run))),
                None => {
                    if let Some(run) = text_run(alt, look) {
                        out.push(Piece::Run(Box::new(run)));
                    }
                }
            },
            Inline::FootnoteRef(label) => {
                out.push(Piece::Run(Box::new(footnote_reference(
                    label, look, faces, next_link,
                ))));
            }
        }
    }
    out
}

/// A footnote reference: a real `w:footnoteReference` whose note holds the definition's
/// text; a label without a definition stays as "[label]" in superscript.
fn footnote_reference(
    label: &str,
    look: RunLook<'_>,
    faces: &InlineFaces<'_>,
    next_link: &mut usize,
) -> Run {
    let raised = RunLook { script: 1, ..look };
    let Some((_, content)) = faces.footnotes.iter().find(|(l, _)| l == label) else {
        return text_run(&format!("[{label}]"), raised).unwrap_or_default();
    };
    let id = faces.next_footnote.get();
    faces.next_footnote.set(id + 1);
    let inner = InlineFaces {
        footnotes: &[],
        ..*faces
    };
    let plain = RunLook {
        script: 0,
        link: false,
        ..look
    };
    // docx-rs has no `w:footnoteRef` mark: the note's number is written as text here
    // and turned into the mark by `footnote_marks` once the part is rendered.
    let mut note = docx_rs::Paragraph::new();
    if let Some(mark) = text_run(&id.to_string(), raised) {
        note = note.add_run(mark);
    }
    if let Some(space) = text_run(" ", plain) {
        note = note.add_run(space);
    }
    for piece in inlines_to_runs(content, plain, &inner, next_link) {
        note = match piece {
            Piece::Run(run) => note.add_run(*run),
            Piece::Link(link) => note.add_hyperlink(link),
        };
    }
    let footnote = docx_rs::Footnote {
        id,
        content: vec![note],
    };
    let mut run = Run::new().add_footnote_reference(footnote);
    run.run_property = run
        .run_property
        .fonts(run_fonts(look.face, look.cjk))
        .vert_align(docx_rs::VertAlignType::SuperScript);
    run
}

/// Turns the number text that opens each footnote (see `footnote_reference`) into
/// Word's `w:footnoteRef` mark, which Word and LibreOffice number themselves.
pub(crate) fn footnote_marks(footnotes: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(footnotes);
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(start) = rest.find("<w:footnote w:id=\"") {
        let (before, note) = rest.split_at(start);
        out.push_str(before);
        let end = note.find("</w:footnote>").map_or(note.len(), |e| e + 13);
        let (note, after) = note.split_at(end);
        let id = note[18..].split('"').next().unwrap_or("");
        let number = format!("<w:t xml:space=\"preserve\">{id}</w:t>");
        out.push_str(&note.replacen(&number, "<w:footnoteRef/>", 1));
        rest = after;
    }
    out.push_str(rest);
    out.into_bytes()
}

/// An empty run with the look's properties.
pub(crate) fn styled(run: Run, look: RunLook<'_>) -> Run {
    let mut run = run.fonts(run_fonts(look.face, look.cjk));
    if look.link {
        run = run.style(HYPERLINK);
    }
    if look.bold {
        run = run.bold();
    }
    if look.italic {
        run = run.italic();
    }
    if look.strike {
        run = run.strike();
    }
    if look.script != 0 {
        let align = if look.script > 0 {
            docx_rs::VertAlignType::SuperScript
        } else {
            docx_rs::VertAlignType::SubScript
        };
        run.run_property = run.run_property.vert_align(align);
    }
    run
}

/// One run holding `text`: line breaks become `w:br`, tabs `w:tab`. `None` if nothing
/// printable is left after filtering.
pub(crate) fn text_run(text: &str, look: RunLook<'_>) -> Option<Run> {
    let text = xml_text(text);
    if text.is_empty() {
        return None;
    }
    let mut run = styled(Run::new(), look);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            if !piece.is_empty() {
                run = run.add_text(piece);
            }
        }
    }
    Some(run)
}

/// `text` without the characters XML 1.0 cannot hold (C0 controls other than tab and
/// newline, U+FFFE, U+FFFF) and without carriage returns (a line break is `\n`).
pub(crate) fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| match c {
            '\t' | '\n' => true,
            '\u{0}'..='\u{1f}' => false,
            '\u{fffe}' | '\u{ffff}' => false,
            _ => true,
        })
        .collect()
}

pub(crate) use crate::script::width_in_chars;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_numbers_become_footnote_ref_marks() {
        let xml = br#"<w:footnotes><w:footnote w:id="12"><w:p><w:r><w:t xml:space="preserve">12</w:t></w:r><w:r><w:t xml:space="preserve">12</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
        let out = String::from_utf8(footnote_marks(xml)).unwrap();
        assert_eq!(
            out,
            r#"<w:footnotes><w:footnote w:id="12"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">12</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
    }

    #[test]
    fn xml_text_drops_controls_and_noncharacters_but_keeps_tab_and_newline() {
        assert_eq!(
            xml_text("a\u{0}b\u{1}\u{8}c\td\ne\r\u{fffe}\u{ffff}\u{b}f\u{7f}"),
            "abc\td\nef\u{7f}"
        );
        assert_eq!(xml_text("中文“引号”"), "中文“引号”");
    }

    #[test]
    fn widths_count_cjk_full_and_latin_half() {
        assert_eq!(width_in_chars("国务院办公厅"), 6.0);
        assert_eq!(width_in_chars("2025年2月18日"), 3.0 + 0.5 * 7.0);
        assert_eq!(width_in_chars("附件："), 3.0);
    }

    #[test]
    fn text_of_only_controls_gives_no_run() {
        let face = crate::style::Style::builtin(crate::model::StyleKind::Speech)
            .faces
            .body;
        assert!(text_run("\u{1}\u{2}", RunLook::plain(&face, true)).is_none());
        assert!(text_run("a", RunLook::plain(&face, true)).is_some());
    }
}
