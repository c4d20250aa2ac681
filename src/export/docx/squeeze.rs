//! A body paragraph that would end in a line of one or two characters is squeezed a
//! line shorter, as the PDF squeezes it ([`crate::style::widows`]): its squeezable marks
//! (，。、；：」…) are written in runs of their own at half their width (`w:w`; LibreOffice
//! 25.2 ignores a negative character spacing `w:spacing` on a grid page, but scales). The DOCX does not break lines itself, so the lines are estimated on the
//! grid (CJK characters one cell, digits and Latin letters half), the way the style's
//! rule describes; LibreOffice and Word then break the narrower text themselves.

use docx_rs::{Paragraph, ParagraphChild, Run, RunChild, Text};

use super::page::Metrics;
use crate::script::{is_full_width_in_cjk, is_squeezable_mark};
use crate::style::widows::{estimate_lines, squeezes_last_line, MARK_SQUEEZE};

/// `p` with its marks squeezed if its text, on a measure of `chars` grid cells with a
/// first-line indent of `indent` cells, ends in a line of one or two characters and
/// squeezing saves that line; otherwise `p` unchanged.
pub(super) fn squeeze_short_last_line(
    p: Paragraph,
    m: &Metrics,
    chars: f64,
    indent: f64,
) -> Paragraph {
    let text: String = p
        .children
        .iter()
        .filter_map(|c| match c {
            ParagraphChild::Run(run) => Some(run_text(run)),
            _ => None,
        })
        .collect();
    let cells = |squeeze: bool| {
        text.chars().filter(|c| !c.is_whitespace()).map(move |c| {
            let width = match c {
                c if squeeze && is_squeezable_mark(c) => 1.0 - MARK_SQUEEZE,
                c if is_full_width_in_cjk(c) => 1.0,
                _ => 0.5,
            };
            // A closing mark may end a line at half width, as the PDF sets it.
            (width, is_squeezable_mark(c))
        })
    };
    let (lines, last) = estimate_lines(cells(false), chars - indent, chars);
    if !squeezes_last_line(lines, last)
        || estimate_lines(cells(true), chars - indent, chars).0 >= lines
    {
        return p;
    }
    let narrower = (f64::from(m.char_scale) * (1.0 - MARK_SQUEEZE)).round() as i32;
    let mut p = p;
    p.children = p
        .children
        .into_iter()
        .flat_map(|child| match child {
            ParagraphChild::Run(run) if plain_text_run(&run) => split_marks(*run, narrower)
                .into_iter()
                .map(|r| ParagraphChild::Run(Box::new(r)))
                .collect(),
            other => vec![other],
        })
        .collect();
    p
}

/// The text of `run` (its text children, joined).
fn run_text(run: &Run) -> String {
    run.children
        .iter()
        .filter_map(|c| match c {
            RunChild::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect()
}

/// True if `run` holds text and nothing else.
fn plain_text_run(run: &Run) -> bool {
    !run.children.is_empty() && run.children.iter().all(|c| matches!(c, RunChild::Text(_)))
}

/// `run` split so each squeezable mark stands in a run of its own, `scale` per cent wide;
/// the other text keeps the run's look.
fn split_marks(run: Run, scale: i32) -> Vec<Run> {
    let text = run_text(&run);
    if !text.chars().any(is_squeezable_mark) {
        return vec![run];
    }
    let piece = |s: &str, squeezed: bool| {
        let mut look = run.run_property.clone();
        if squeezed {
            look = look.stretch(scale);
        }
        Run {
            run_property: look,
            // The text is escaped already: taken over as it is.
            children: vec![RunChild::Text(Text {
                text: s.to_string(),
                preserve_space: true,
            })],
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if is_squeezable_mark(c) {
            if at > start {
                out.push(piece(&text[start..at], false));
            }
            out.push(piece(&text[at..at + c.len_utf8()], true));
            start = at + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(piece(&text[start..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StyleKind;
    use crate::style::Style;

    fn paragraph(text: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(text))
    }

    fn runs(p: &Paragraph) -> Vec<(String, bool)> {
        p.children
            .iter()
            .filter_map(|c| match c {
                ParagraphChild::Run(r) => Some((run_text(r), r.run_property.stretch.is_some())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn marks_of_a_paragraph_ending_in_two_characters_are_set_narrower() {
        let m = Metrics::of(&Style::builtin(StyleKind::Gongwen));
        // 56 cells: 26 + 28 + "通。"; six commas at half width save the line.
        let text = "各地区各部门，".repeat(6) + "要求坚持做好工作确保路畅通。";
        let p = squeeze_short_last_line(paragraph(&text), &m, 28.0, 2.0);
        let set = runs(&p);
        let squeezed: Vec<&str> = set.iter().filter(|r| r.1).map(|r| r.0.as_str()).collect();
        assert_eq!(squeezed, ["，", "，", "，", "，", "，", "，", "。"]);
        assert_eq!(set.iter().map(|r| r.0.as_str()).collect::<String>(), text);
        // A paragraph whose last line is longer, or with nothing to squeeze, is left alone.
        for text in [
            "各地区各部门，".repeat(6) + "要求坚持做好工作确保道路畅通。",
            "各地区各部门落实".repeat(6) + "要求坚持做好畅通",
        ] {
            let p = squeeze_short_last_line(paragraph(&text), &m, 28.0, 2.0);
            assert_eq!(runs(&p).len(), 1, "{text}");
        }
    }
}
