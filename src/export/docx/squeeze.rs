//! A body paragraph that would end in a line of one or two characters is squeezed a
//! line shorter, as the PDF squeezes it ([`crate::style::widows`]): its squeezable marks
//! (，。、；：」…) are written in runs of their own at half their width (`w:w`; LibreOffice
//! 25.2 ignores a negative character spacing `w:spacing` on a grid page, but scales).
//! Which paragraphs are squeezed is the PDF's decision (`layout::ParagraphProbe`): the
//! DOCX does not break lines itself, and a guess of where Word and LibreOffice would
//! break them made the two formats squeeze different paragraphs.

use docx_rs::{Paragraph, ParagraphChild, Run, RunChild, Text};

use super::page::Metrics;
use crate::script::is_squeezable_mark;
use crate::style::widows::MARK_SQUEEZE;

/// `p` with each squeezable mark of its plain text runs set narrower.
pub(super) fn squeeze_marks(p: Paragraph, m: &Metrics) -> Paragraph {
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
    fn each_mark_is_set_narrower_in_a_run_of_its_own() {
        let m = Metrics::of(&Style::builtin(StyleKind::Gongwen));
        let text = "各地区各部门，要求坚持“做好”工作。";
        let set = runs(&squeeze_marks(paragraph(text), &m));
        let squeezed: Vec<&str> = set.iter().filter(|r| r.1).map(|r| r.0.as_str()).collect();
        assert_eq!(squeezed, ["，", "”", "。"]);
        assert_eq!(set.iter().map(|r| r.0.as_str()).collect::<String>(), text);
        let plain = "各地区各部门落实要求";
        assert_eq!(runs(&squeeze_marks(paragraph(plain), &m)).len(), 1);
    }
}
