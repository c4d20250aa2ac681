//! Setting one paragraph: styled glyphs → fitted lines → line units with positioned runs.
//!
//! The paragraph's box is given by its left edge and width on the page, plus first-line
//! and continuation indents. Each line becomes one [`Unit`] of the paragraph's line height
//! with its baseline at a fixed offset from the unit's top, so on a grid every baseline
//! lands on a grid line. Glyphs of the same font and size on a line form one text run;
//! links and strike-throughs become link rectangles and rules over their glyphs.

use crate::layout::frame::{FrameItem, PlacedGlyph, TextRun};
use crate::layout::hyphen::SOFT_HYPHEN;
use crate::layout::justify::{place_line, Align};
use crate::layout::linebreak::{break_opportunities, fit_lines, FitOptions, LineSpan};
use crate::layout::paginate::Unit;
use crate::layout::text::{Class, Decoration, Glyph, StyledText};
use crate::units::Pt;

/// Where and how a paragraph is set.
#[derive(Debug, Clone)]
pub(crate) struct ParaSpec {
    /// Left edge of the paragraph's box, from the page's left.
    pub left: f64,
    /// Width of the paragraph's box.
    pub width: f64,
    /// Indent of the first line from the box's left edge.
    pub first_indent: f64,
    /// Indent of the other lines.
    pub rest_indent: f64,
    /// Alignment.
    pub align: Align,
    /// Height of each line.
    pub line_height: f64,
    /// Baseline from the top of each line.
    pub baseline: f64,
    /// Keep the lines with what follows (headings; see [`keeps`]).
    pub keep_with_next: bool,
    /// A bookmark on the first line.
    pub outline: Option<(String, u8)>,
    /// Keep spaces at line starts and never squeeze (code).
    pub preformatted: bool,
}

/// Fraction of the size above the baseline of the CJK em box (OpenType's ideographic
/// em box: 0.88 above, 0.12 below).
pub(crate) const EM_ASCENT: f64 = 0.88;

/// What a set line carries beside its items: the labels of the footnotes it marks, and
/// whether it ends hyphenated.
type LineMarks = (Vec<String>, bool);

/// Reusable buffers for setting paragraphs.
pub(crate) struct Setter {
    /// True on a CJK grid: squeeze and justify to the edge at any cost.
    pub grid: bool,
    /// Largest tightening of one gap when squeezing, in points.
    pub max_shrink: f64,
    /// True on hyphenated pages: a line never ends with a hyphen of the text ("well-" /
    /// "known", "said,--"), since text extraction takes a hyphen at a line's end for a
    /// hyphenation and drops it; hyphenation points in the words break instead.
    pub keep_hyphens: bool,
    scratch: String,
    xs: Vec<f64>,
}

impl Setter {
    /// A setter; `grid` for CJK grid profiles.
    pub(crate) fn new(grid: bool, max_shrink: f64) -> Setter {
        Setter {
            grid,
            max_shrink,
            keep_hyphens: false,
            scratch: String::new(),
            xs: Vec::new(),
        }
    }

    /// Sets `text` as a paragraph and appends its line units to `out`.
    pub(crate) fn set(&mut self, text: &StyledText, spec: &ParaSpec, out: &mut Vec<Unit>) {
        let first = out.len();
        let (lines, notes) = self.set_lines_with_notes(text, spec);
        let n = lines.len();
        for (k, (items, (notes, hyphenated))) in lines.into_iter().zip(notes).enumerate() {
            out.push(Unit {
                height: spec.line_height,
                items,
                keep_with_next: spec.keep_with_next && keeps(k, n),
                notes,
                hyphenated,
                ..Unit::default()
            });
        }
        if out.len() == first {
            // An empty paragraph still takes its line (an empty code line, say).
            out.push(Unit {
                height: spec.line_height,
                keep_with_next: spec.keep_with_next,
                ..Unit::default()
            });
        }
        out[first].outline = spec.outline.clone();
    }

    /// This setter, never ending a line at a word's own hyphen if `keep`.
    pub(crate) fn keeping_hyphens(mut self, keep: bool) -> Setter {
        self.keep_hyphens = keep;
        self
    }

    /// Where lines of `glyphs` may break.
    fn breaks(&mut self, glyphs: &[Glyph]) -> Vec<bool> {
        let mut allowed = break_opportunities(glyphs, &mut self.scratch);
        if self.keep_hyphens {
            let mut last_visible = None;
            for (k, slot) in allowed.iter_mut().enumerate().skip(1) {
                if glyphs[k - 1].class != Class::Space {
                    last_visible = Some(glyphs[k - 1].ch);
                }
                if last_visible == Some('-') {
                    *slot = false;
                }
            }
        }
        allowed
    }

    /// How lines of `spec` are fitted when its measure is `width`.
    fn fit_options(&self, spec: &ParaSpec, width: f64) -> FitOptions {
        FitOptions {
            first_width: width - spec.first_indent,
            width: width - spec.rest_indent,
            squeeze: self.grid && !spec.preformatted,
            max_shrink: self.max_shrink,
            keep_leading_spaces: spec.preformatted,
            ragged: spec.align != Align::Justify,
        }
    }

    /// The lines of `text`, each as items with y relative to the line's top.
    pub(crate) fn set_lines(&mut self, text: &StyledText, spec: &ParaSpec) -> Vec<Vec<FrameItem>> {
        self.set_lines_with_notes(text, spec).0
    }

    /// The lines of `text` as `set_lines` gives them, and for each line the footnote
    /// labels it marks and whether it ends hyphenated.
    fn set_lines_with_notes(
        &mut self,
        text: &StyledText,
        spec: &ParaSpec,
    ) -> (Vec<Vec<FrameItem>>, Vec<LineMarks>) {
        let opts = self.fit_options(spec, spec.width);
        let (spans, squeezed) = self.fit(text, spec, &opts);
        let text = squeezed.as_ref().unwrap_or(text);
        let glyphs = &text.glyphs;
        let mut lines = Vec::with_capacity(spans.len());
        let mut notes = Vec::with_capacity(spans.len());
        for (k, span) in spans.iter().enumerate() {
            let (indent, avail) = if k == 0 {
                (spec.first_indent, opts.first_width)
            } else {
                (spec.rest_indent, opts.width)
            };
            place_line(glyphs, span, avail, spec.align, self.grid, &mut self.xs);
            let x0 = spec.left + indent;
            lines.push(line_items(text, span, &self.xs, x0, spec.baseline));
            let mut marked: Vec<String> = Vec::new();
            for g in &glyphs[span.start..span.end] {
                let d = usize::from(g.decoration);
                if let Some(Decoration::Note(label)) =
                    d.checked_sub(1).and_then(|i| text.decorations.get(i))
                {
                    if !marked.contains(label) {
                        marked.push(label.clone());
                    }
                }
            }
            let hyphenated = span.end > span.start && glyphs[span.end - 1].ch == SOFT_HYPHEN;
            notes.push((marked, hyphenated));
        }
        (lines, notes)
    }
}

impl Setter {
    /// True if and only if `text` set as `spec` has its marks squeezed to save a short
    /// last line: the decision writers that do not break lines themselves (the DOCX)
    /// take from here.
    pub(crate) fn squeezes_marks(&mut self, text: &StyledText, spec: &ParaSpec) -> bool {
        let opts = self.fit_options(spec, spec.width);
        self.fit(text, spec, &opts).1.is_some()
    }

    /// The lines of `text`, and the text with its marks squeezed if that sets it a line
    /// shorter (a last line of one or two characters, [`crate::style::widows`]).
    fn fit(
        &mut self,
        text: &StyledText,
        spec: &ParaSpec,
        opts: &FitOptions,
    ) -> (Vec<LineSpan>, Option<StyledText>) {
        let allowed = self.breaks(&text.glyphs);
        let spans = fit_lines(&text.glyphs, &allowed, opts);
        if let Some(squeezed) = self.squeezed(text, spec, &spans) {
            let fewer = fit_lines(&squeezed.glyphs, &allowed, opts);
            if fewer.len() < spans.len() {
                return (fewer, Some(squeezed));
            }
        }
        (spans, None)
    }

    /// `text` with its squeezable marks narrowed ([`crate::style::widows`]), if this
    /// grid paragraph set in `spans` ends in a line of one or two characters.
    fn squeezed(
        &self,
        text: &StyledText,
        spec: &ParaSpec,
        spans: &[LineSpan],
    ) -> Option<StyledText> {
        use crate::style::widows::{squeezes_last_line, MARK_SQUEEZE};
        if !self.grid || spec.preformatted || spec.align != Align::Justify {
            return None;
        }
        let glyphs = &text.glyphs;
        let cell = glyphs.iter().find(|g| g.class == Class::Wide)?.advance;
        let last = spans.last()?;
        let last_cells: f64 = glyphs[last.start..last.end]
            .iter()
            .filter(|g| g.class != Class::Space)
            .map(|g| g.advance)
            .sum::<f64>()
            / cell;
        if !squeezes_last_line(spans.len(), last_cells) {
            return None;
        }
        let mut narrowed = glyphs.clone();
        for g in narrowed.iter_mut() {
            if g.class == Class::Wide && crate::script::is_squeezable_mark(g.ch) {
                g.advance -= g.advance * MARK_SQUEEZE;
                // Drawn narrower (`line_items`), its box is its new cell.
                g.box_width = g.advance;
            }
        }
        Some(StyledText {
            glyphs: narrowed,
            decorations: text.decorations.clone(),
        })
    }
}

/// True if line `k` of an `n`-line heading stays with the line after it: its first line
/// (no heading line alone at a page foot) and its last two (the heading ends with at least
/// two of its lines above its paragraph's first line). A long heading may thus break
/// between its second and third-to-last lines instead of leaving a page half empty.
fn keeps(k: usize, n: usize) -> bool {
    k == 0 || k + 2 >= n
}

/// The text runs and decorations of one placed line.
fn line_items(
    text: &StyledText,
    span: &LineSpan,
    xs: &[f64],
    x0: f64,
    baseline: f64,
) -> Vec<FrameItem> {
    let line = &text.glyphs[span.start..span.end];
    let mut items = Vec::new();
    let mut run: Option<TextRun> = None;
    let hyphen_at = line.len().checked_sub(1);
    for (k, (g, &x)) in line.iter().zip(xs).enumerate() {
        // A soft hyphen ending the line is drawn as a hyphen; elsewhere it is not drawn.
        let hyphen = g.ch == SOFT_HYPHEN && Some(k) == hyphen_at;
        if (!g.draw && !hyphen) || g.class == Class::Newline {
            continue;
        }
        let ch = match g.class {
            _ if hyphen => '-',
            Class::Space => ' ',
            _ => g.ch,
        };
        let placed = PlacedGlyph { ch, x: Pt(x0 + x) };
        // A squeezed mark is drawn narrower, in its part of the cell.
        let h_scale = if crate::script::is_squeezable_mark(g.ch)
            && g.class == Class::Wide
            && g.size > 0.0
            && g.advance < 0.75 * g.size
        {
            g.advance / g.size
        } else {
            1.0
        };
        match &mut run {
            Some(r)
                if r.font == g.font
                    && r.h_scale == h_scale
                    && (r.size.0 - g.size).abs() < 1e-6
                    && (r.y.0 - (baseline - g.rise)).abs() < 1e-6 =>
            {
                r.glyphs.push(placed)
            }
            _ => {
                if let Some(done) = run.take() {
                    items.push(FrameItem::Text(done));
                }
                run = Some(TextRun {
                    font: g.font,
                    size: Pt(g.size),
                    y: Pt(baseline - g.rise),
                    glyphs: vec![placed],
                    color: None,
                    h_scale,
                });
            }
        }
    }
    if let Some(done) = run {
        items.push(FrameItem::Text(done));
    }
    decorate(text, line, xs, x0, baseline, &mut items);
    items
}

/// Link rectangles and strike-through rules over decorated glyphs of a line.
fn decorate(
    text: &StyledText,
    line: &[Glyph],
    xs: &[f64],
    x0: f64,
    baseline: f64,
    items: &mut Vec<FrameItem>,
) {
    let mut k = 0;
    while k < line.len() {
        let d = line[k].decoration;
        if d == 0 {
            k += 1;
            continue;
        }
        let mut end = k;
        while end + 1 < line.len() && line[end + 1].decoration == d {
            end += 1;
        }
        let size = line[k].size;
        let (a, b) = (x0 + xs[k], x0 + xs[end] + line[end].box_width);
        match text.decorations.get(usize::from(d) - 1) {
            Some(Decoration::Link(url)) => items.push(FrameItem::Link {
                rect: (
                    Pt(a),
                    Pt(baseline - EM_ASCENT * size),
                    Pt(b),
                    Pt(baseline + (1.0 - EM_ASCENT) * size),
                ),
                url: url.clone(),
            }),
            Some(Decoration::Strike) => {
                let y = Pt(baseline - 0.3 * size);
                items.push(FrameItem::Rule {
                    from: (Pt(a), y),
                    to: (Pt(b), y),
                    width: Pt(size * 0.05),
                    color: None,
                });
            }
            Some(Decoration::Note(_)) | None => {}
        }
        k = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::keeps;

    #[test]
    fn short_headings_keep_every_line_and_long_ones_may_break_in_the_middle() {
        assert!((0..3).all(|k| keeps(k, 3)));
        let five: Vec<bool> = (0..5).map(|k| keeps(k, 5)).collect();
        assert_eq!(five, [true, false, false, true, true]);
    }
}
