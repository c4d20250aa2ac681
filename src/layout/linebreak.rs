//! Line breaking: where a line may end (UAX #14 plus the Chinese rules it misses), and
//! greedy first-fit of glyphs into lines of a given width.
//!
//! Break opportunities come from `unicode-linebreak`, then the Chinese rules (jinze) are
//! laid over them: no line starts with a closing mark, a pause or stop mark, "…", "—" or
//! "·"; none ends with an opening mark; "——" and "……" stay whole; numbers and Latin words
//! never split (UAX #14 already keeps them). UAX #14 forbids breaks on both sides of
//! “ ” ‘ ’; next to CJK text we allow them again, except after an opening and before a
//! closing quote, as Chinese typesetting does. (LibreOffice keeps UAX #14 there, so a
//! line ending at a quotation mark may break one character earlier in its rendering of
//! the DOCX; keeping the PDF's lines on the grid matters more.)
//!
//! Fitting is greedy, one line at a time, with no search. A pause or stop mark (，。、；：
//! ？！) after a full line is squeezed in: it hangs half its cell and the gaps tighten by
//! the other half. Anything else that does not fit goes down to the next line, taking
//! the character before it along where it may not start a line (a closing bracket or
//! quote), and the line's gaps widen. That is how LibreOffice sets the same text from
//! the DOCX (measured in 25.2), so both formats break lines alike. Without a grid only
//! push-down is used, and a word is hyphenated only when ending the line at the word
//! before it would widen its spaces too much. A word longer than a whole line is broken anywhere, as a last
//! resort; text never passes the right edge.

use crate::layout::hyphen::SOFT_HYPHEN;
use crate::layout::justify::justifiable_gaps;
use crate::layout::text::{Class, Glyph};

/// Characters that may not start a line: the closing marks (see
/// [`half_width_at_line_end`]) and the other marks that belong to what precedes them.
pub(crate) fn no_line_start(ch: char) -> bool {
    half_width_at_line_end(ch)
        || matches!(
            ch,
            '…' | '—'
                | '·'
                | '〉'
                | '］'
                | '｝'
                | '〗'
                | '〙'
                | '＞'
                | '％'
                | '‰'
                | '｡'
                | '､'
                | '．'
                | ','
                | '.'
                | ';'
                | ':'
                | '?'
                | '!'
                | ')'
                | ']'
                | '}'
                | '%'
        )
}

/// Characters that may not end a line.
pub(crate) fn no_line_end(ch: char) -> bool {
    matches!(
        ch,
        '（' | '《'
            | '「'
            | '『'
            | '〔'
            | '【'
            | '“'
            | '‘'
            | '〈'
            | '［'
            | '｛'
            | '〖'
            | '〘'
            | '('
            | '['
            | '{'
    )
}

/// Closing marks whose ink sits in the left half of the em box, so they may be set half
/// width at the end of a line.
pub(crate) fn half_width_at_line_end(ch: char) -> bool {
    matches!(
        ch,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '」'
            | '』'
            | '〕'
            | '】'
            | '”'
            | '’'
    )
}

/// Pause and stop marks that may hang from the end of a full line instead of pushing a
/// character down: the ones LibreOffice hangs past the margin of the same text in the
/// DOCX (measured in 25.2). Closing brackets and quotes it never hangs (the character
/// before goes down with them), so neither does the PDF: both formats then break the
/// line in the same place.
pub(crate) fn hangs_at_line_end(ch: char) -> bool {
    matches!(ch, '，' | '。' | '、' | '；' | '：' | '？' | '！')
}

/// `allowed[i]` is true if and only if a line may break before glyph `i`.
pub(crate) fn break_opportunities(glyphs: &[Glyph], scratch: &mut String) -> Vec<bool> {
    scratch.clear();
    scratch.extend(glyphs.iter().map(|g| g.ch));
    let mut allowed = vec![false; glyphs.len() + 1];
    let mut index = 0;
    let mut offsets = scratch.char_indices().map(|(o, _)| o).peekable();
    for (offset, _) in unicode_linebreak::linebreaks(scratch) {
        while offsets.peek().is_some_and(|&o| o < offset) {
            offsets.next();
            index += 1;
        }
        if index <= glyphs.len() {
            allowed[index] = true;
        }
    }
    allowed[0] = false;
    // Spaces vanish at line ends and starts, so the rules look through them: the nearest
    // non-space character on each side of a break.
    let is_space = |ch: char| ch == ' ' || ch == '\u{3000}';
    let mut next_visible = vec![None; glyphs.len() + 1];
    for i in (0..glyphs.len()).rev() {
        next_visible[i] = if is_space(glyphs[i].ch) {
            next_visible[i + 1]
        } else {
            Some(glyphs[i].ch)
        };
    }
    let mut prev_visible = None;
    for i in 1..glyphs.len() {
        let (prev, cur) = (&glyphs[i - 1], &glyphs[i]);
        if !is_space(prev.ch) {
            prev_visible = Some(prev.ch);
        }
        let mut ok = allowed[i];
        if matches!(cur.ch, '“' | '‘') && prev.class == Class::Wide {
            ok = true;
        }
        if matches!(prev.ch, '”' | '’') && cur.class == Class::Wide {
            ok = true;
        }
        if no_line_start(cur.ch) || no_line_end(prev.ch) {
            ok = false;
        }
        if prev_visible.is_some_and(no_line_end) || next_visible[i].is_some_and(no_line_start) {
            ok = false;
        }
        if prev.class == Class::Fixed || cur.class == Class::Fixed {
            ok = false;
        }
        // A double hyphen stands for a dash ("instance--literally"): a line ending on it
        // would read as a word hyphenated across the line, to a reader and to text
        // extraction alike, which then drops a hyphen and runs the words together.
        if prev.ch == '-' && i >= 2 && glyphs[i - 2].ch == '-' && !is_space(cur.ch) {
            ok = false;
        }
        if prev.class == Class::Newline {
            ok = true;
        }
        allowed[i] = ok;
    }
    allowed.truncate(glyphs.len());
    allowed
}

/// One line of a paragraph: a range of glyphs and how it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineSpan {
    /// First glyph.
    pub start: usize,
    /// One past the last glyph set (trailing spaces and the line break left out).
    pub end: usize,
    /// True for a paragraph's last line and a line ended by a forced break: set at its
    /// natural width, not justified.
    pub last: bool,
    /// True if the last glyph is a closing mark set half width (its right half may pass
    /// the edge; its ink does not).
    pub hang: bool,
}

/// How lines are fitted.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FitOptions {
    /// Width of the first line.
    pub first_width: f64,
    /// Width of the other lines.
    pub width: f64,
    /// Allow squeezing a character in (CJK grid): gaps may tighten up to `max_shrink` each.
    pub squeeze: bool,
    /// Largest tightening of one gap, in points.
    pub max_shrink: f64,
    /// Keep spaces at line starts (code).
    pub keep_leading_spaces: bool,
    /// Lines set ragged (left, centred, right): a word is hyphenated only when no whole
    /// word fits on the line (a narrow table cell), never to fill the line.
    pub ragged: bool,
}

const EPS: f64 = 0.01;

/// Fits `glyphs` into lines, greedily.
pub(crate) fn fit_lines(glyphs: &[Glyph], allowed: &[bool], opts: &FitOptions) -> Vec<LineSpan> {
    let mut lines = Vec::new();
    let mut start = 0;
    let n = glyphs.len();
    while start < n {
        if !opts.keep_leading_spaces {
            while start < n && glyphs[start].class == Class::Space {
                start += 1;
            }
            if start >= n {
                break;
            }
        }
        let avail = if lines.is_empty() {
            opts.first_width
        } else {
            opts.width
        };
        // Never two hyphenated lines in a row.
        let hyphen_ok = lines
            .last()
            .is_none_or(|l: &LineSpan| l.end == 0 || glyphs[l.end - 1].ch != SOFT_HYPHEN);
        let (span, next) = fit_one(glyphs, allowed, start, avail, hyphen_ok, opts);
        lines.push(span);
        start = next;
    }
    lines
}

/// Fits one line from `start`; returns it and where the next line starts.
fn fit_one(
    glyphs: &[Glyph],
    allowed: &[bool],
    start: usize,
    avail: f64,
    hyphen_ok: bool,
    opts: &FitOptions,
) -> (LineSpan, usize) {
    let n = glyphs.len();
    // Width of start..j, and width up to the last non-space glyph ("trimmed").
    let (mut width, mut trimmed) = (0.0, 0.0);
    let mut trimmed_end = start;
    let mut last_fit: Option<(usize, usize)> = None; // (break index, trimmed end)
    let mut last_word_fit: Option<(usize, usize)> = None; // the same, not hyphenated
    let slack_limit = avail + 2.0 * glyphs[start].size.max(1.0);
    let mut j = start;
    let overflow = loop {
        if j == n {
            if trimmed <= avail + EPS {
                return (line(start, trimmed_end, true, false), n);
            }
            break Some((n, trimmed_end, trimmed));
        }
        let g = &glyphs[j];
        if g.class == Class::Newline {
            if trimmed <= avail + EPS {
                return (line(start, trimmed_end, true, false), j + 1);
            }
            break Some((j, trimmed_end, trimmed));
        }
        if j > start && allowed[j] {
            let hyphen = hyphen_width(glyphs, j);
            if trimmed + hyphen <= avail + EPS {
                last_fit = Some((j, trimmed_end));
                if hyphen == 0.0 {
                    last_word_fit = Some((j, trimmed_end));
                }
            } else {
                break Some((j, trimmed_end, trimmed + hyphen));
            }
        }
        if trimmed > slack_limit {
            break None;
        }
        width += g.advance;
        if g.class != Class::Space {
            trimmed = width;
            trimmed_end = j + 1;
        }
        j += 1;
    };

    // Squeeze: a pause or stop mark that may not start the next line is taken in when
    // the text before it fits; it hangs half its cell and the gaps tighten by the other
    // half. Nothing else is squeezed in: a word, a number, an ideograph or a closing
    // bracket that does not fit goes to the next line, as LibreOffice sets the same
    // text from the DOCX (it hangs such a mark past the margin, always, but never
    // tightens the gaps), so both formats break every line in the same place.
    let squeeze = overflow.and_then(|(brk, end, w)| {
        if !opts.squeeze || end <= start {
            return None;
        }
        let last = &glyphs[end - 1];
        // (A mark already squeezed to half its cell hangs too, as LibreOffice hangs it:
        // half of it is made room for, and its ink stands in the margin.)
        if !hangs_at_line_end(last.ch) || w - last.advance > avail + EPS {
            return None;
        }
        let w = w - last.advance / 2.0;
        let gaps = justifiable_gaps(&glyphs[start..end]).max(1) as f64;
        let shrink = (w - avail).max(0.0) / gaps;
        (shrink <= opts.max_shrink).then_some((brk, end))
    });
    // Push down: end at the last break that fitted, widening the gaps. A hyphen is
    // taken only when ending at the last whole word would widen the gaps too much.
    let stretch = |(brk, end): (usize, usize)| {
        let w: f64 = glyphs[start..end].iter().map(|g| g.advance).sum();
        let gaps = justifiable_gaps(&glyphs[start..end]).max(1) as f64;
        (brk, end, (avail - w) / gaps)
    };
    let push = match (last_fit.map(stretch), last_word_fit.map(stretch)) {
        (Some(hyphenated), Some(word)) if hyphenated.0 != word.0 => {
            let loose = hyphen_ok
                && !opts.ragged
                && word.2 > MAX_STRETCH_BEFORE_HYPHEN_EM * glyphs[start].size;
            Some(if loose { hyphenated } else { word })
        }
        (fit, _) => fit,
    };
    // Pushing down a word longer than a whole line only moves its forced break to the
    // next line and leaves this one gapped: fill this line with its start instead.
    let push = push.filter(|&(brk, _, _)| !starts_overlong_word(glyphs, allowed, brk, opts.width));
    match (squeeze, push) {
        (Some((brk, end)), _) => (
            line(start, end, forced(glyphs, brk), true),
            after_break(glyphs, brk),
        ),
        (_, Some((brk, end, _))) => (line(start, end, false, false), brk),
        (None, None) => {
            // Last resort: break anywhere, keeping at least one glyph on the line; in a
            // URL or path, after a separator if that gives up at most two ems of the line.
            let mut w = 0.0;
            let mut k = start;
            while k < n && glyphs[k].class != Class::Newline {
                if k > start && w + glyphs[k].advance > avail + EPS {
                    break;
                }
                w += glyphs[k].advance;
                k += 1;
            }
            let mut end = (start + 1).max(k);
            if k < n && glyphs[k].class != Class::Newline {
                end = separator_break(&glyphs[..end], start).unwrap_or(end);
            }
            (line(start, end, false, false), end)
        }
    }
}

/// How much a word space may widen, in ems, before a hyphenated word is preferred.
const MAX_STRETCH_BEFORE_HYPHEN_EM: f64 = 0.12;

/// The width of the hyphen drawn when a line breaks before glyph `j`: a soft hyphen's
/// (see `hyphen`) when `j` follows one, else nothing.
fn hyphen_width(glyphs: &[Glyph], j: usize) -> f64 {
    match j.checked_sub(1).map(|k| &glyphs[k]) {
        Some(g) if g.ch == SOFT_HYPHEN => g.box_width,
        _ => 0.0,
    }
}

/// A break after a URL or path separator among the last two ems of `glyphs[start..]`.
fn separator_break(glyphs: &[Glyph], start: usize) -> Option<usize> {
    let mut given_up = 0.0;
    for b in (start + 2..=glyphs.len()).rev() {
        let g = &glyphs[b - 1];
        if matches!(g.ch, '/' | '.' | '-' | '_' | '?' | '&' | '=' | '#') {
            return Some(b);
        }
        given_up += g.advance;
        if given_up > 2.0 * g.size {
            return None;
        }
    }
    None
}

/// True if the text from the break `brk` to the next break opportunity is wider than
/// `width` (a long URL or path): it cannot fit on any line.
fn starts_overlong_word(glyphs: &[Glyph], allowed: &[bool], brk: usize, width: f64) -> bool {
    let mut w = 0.0;
    for (k, g) in glyphs.iter().enumerate().skip(brk) {
        if (k > brk && allowed[k]) || g.class == Class::Newline {
            return false;
        }
        if g.class != Class::Space {
            w += g.advance;
        }
        if w > width + EPS {
            return true;
        }
    }
    false
}

/// True if and only if a break at `brk` ends the paragraph or is a forced line break.
fn forced(glyphs: &[Glyph], brk: usize) -> bool {
    glyphs.get(brk).is_none_or(|g| g.class == Class::Newline)
}

/// Where the next line starts after a break at `brk` (past a forced line break).
fn after_break(glyphs: &[Glyph], brk: usize) -> usize {
    if glyphs.get(brk).is_some_and(|g| g.class == Class::Newline) {
        brk + 1
    } else {
        brk
    }
}

fn line(start: usize, end: usize, last: bool, hang: bool) -> LineSpan {
    LineSpan {
        start,
        end,
        last,
        hang,
    }
}

#[cfg(test)]
#[path = "linebreak_tests.rs"]
mod tests;
