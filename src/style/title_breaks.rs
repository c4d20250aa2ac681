//! Where a long title breaks into lines (GB/T 9704-2012 7.3.1: "回行时，要做到词意完整，
//! 排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形").
//!
//! A title too long for one line is set over as few lines as it needs, each about as long
//! as the others, the first the longest, and every break falls between two words: the
//! words come from jieba's segmenter with its bundled dictionary, so "资金" or "改造" is
//! never cut in half. Joint issuers ("中共中央 国务院") stand on a line of their own above
//! "关于……"; a number keeps its unit ("2025年", "第十三届"); no line opens with a closing
//! mark, "的" or a particle that leans on the word before ("午宴/上"), and none ends with
//! an opening mark or "关于".
//!
//! This is a placement decision, so it is made here once: [`broken_title`] returns the
//! title's content with [`Inline::LineBreak`] where the lines end, and the PDF layout and
//! the DOCX writer each set those lines as given. Only a title that needs breaking is
//! segmented, by a segmenter that knows just the dictionary words inside it
//! ([`segmenter_for`]): it cuts as jieba with its whole dictionary does, in microseconds.

use crate::model::Inline;
use crate::script::{is_enclitic, is_number_unit, is_numeral, width_in_chars};
use crate::style::words::segmenter_for;
use crate::style::Style;

/// Cost, in squared characters, that tips ties towards a longer first line.
const LONGER_FIRST: f64 = 0.1;

/// The content of a title block with line breaks where its lines end in `style`, or
/// `None` when it fits on one line, already has breaks of its own, or holds inlines other
/// than text and emphasis (a link, a note, code), which are set as they come. Only CJK
/// profiles decide breaks here: a Latin title's widths depend on its font, so it wraps.
pub fn broken_title(content: &[Inline], style: &Style) -> Option<Vec<Inline>> {
    if !style.is_cjk() {
        return None;
    }
    let capacity = style.type_area_width().0 / style.sizes.title.0;
    let mut text = String::new();
    if !plain_leaves(content, &mut text) {
        return None;
    }
    let breaks = title_breaks(&text, capacity);
    if breaks.is_empty() {
        return None;
    }
    let mut offset = 0;
    Some(split_leaves(content, &breaks, &mut offset))
}

/// The line breaks of `title` set `capacity` characters to a line, as (end of one line,
/// start of the next) byte offsets: the whitespace between them is dropped. Empty when
/// the title fits on one line or no arrangement fits.
pub fn title_breaks(title: &str, capacity: f64) -> Vec<(usize, usize)> {
    let total = width_in_chars(title.trim());
    if capacity < 1.0 || total <= capacity {
        return Vec::new();
    }
    let atoms = atoms(title);
    if atoms.len() < 2 {
        return Vec::new();
    }
    // Joint issuers: the issuers' line, then the subject's lines.
    if let Some(k) = issuers_end(title, &atoms, capacity) {
        let rest = arrange(title, &atoms[k..], capacity);
        if let Some(rest) = rest {
            let mut out = vec![(atoms[k - 1].end, atoms[k].start)];
            out.extend(rest);
            return out;
        }
    }
    arrange(title, &atoms, capacity).unwrap_or_default()
}

/// One non-blank character of a title, where it may break before it.
#[derive(Debug, Clone, Copy)]
struct Atom {
    /// Byte offset of the character.
    start: usize,
    /// Byte offset after it.
    end: usize,
    ch: char,
    /// Whitespace stands between it and the character before.
    space_before: bool,
    /// A word of the segmenter starts here.
    word_start: bool,
    /// The segmenter's word here is this one character alone.
    lone: bool,
    /// Its width in characters, with the space before it when it is not a line's first.
    width: f64,
    gap: f64,
}

/// The non-blank characters of `title`, marked where a word starts.
fn atoms(title: &str) -> Vec<Atom> {
    // 1 where a word starts, 2 where a one-character word stands.
    let mut word_starts = vec![0u8; title.len() + 1];
    for token in segmenter_for(title).cut(title, true) {
        word_starts[token.byte_start] = if token.end - token.start == 1 { 2 } else { 1 };
    }
    let mut out: Vec<Atom> = Vec::new();
    let mut space = false;
    for (i, ch) in title.char_indices() {
        if ch.is_whitespace() {
            space = true;
            continue;
        }
        out.push(Atom {
            start: i,
            end: i + ch.len_utf8(),
            ch,
            space_before: space && !out.is_empty(),
            word_start: word_starts[i] > 0,
            lone: word_starts[i] == 2,
            width: width_in_chars(ch.encode_utf8(&mut [0; 4])),
            gap: if space && !out.is_empty() { 0.5 } else { 0.0 },
        });
        space = false;
    }
    out
}

/// True if a line may end before `atoms[k]` at all (words aside): no closing mark opens
/// a line and no opening mark ends one, numbers keep their units and Latin words stay
/// whole, no line opens with "的" or a particle leaning on the word before ("午宴/上")
/// or ends with "关于".
fn may_break(title: &str, atoms: &[Atom], k: usize) -> bool {
    let (before, after) = (atoms[k - 1].ch, atoms[k].ch);
    if atoms[k].space_before {
        return true;
    }
    let word = |c: char| c.is_ascii_alphanumeric();
    !(word(before) && word(after)
        || "，。、；：？！）》」』〕】”’…—·%％".contains(after)
        || "（《「『〔【“‘".contains(before)
        || is_numeral(before) && (is_number_unit(after) || is_numeral(after))
        || before == '第' && is_numeral(after)
        || after == '的'
        || atoms[k].lone && is_enclitic(after)
        || title[..atoms[k].start].ends_with("关于"))
}

/// The atom that opens "关于" after joint issuers ("中共中央 国务院关于…", "财政部、
/// 税务总局关于…"), when the issuers fit on a line.
fn issuers_end(title: &str, atoms: &[Atom], capacity: f64) -> Option<usize> {
    let k = atoms
        .iter()
        .position(|a| title[a.start..].starts_with("关于"))?;
    let joint = k > 0 && atoms[1..k].iter().any(|a| a.space_before || a.ch == '、');
    (joint && span_width(atoms, 0, k) <= capacity).then_some(k)
}

/// Breaks for `atoms` (a run of a title) over as few lines as fit, preferring breaks
/// between words to breaks inside one; `None` when nothing fits.
fn arrange(title: &str, atoms: &[Atom], capacity: f64) -> Option<Vec<(usize, usize)>> {
    let total = span_width(atoms, 0, atoms.len());
    if total <= capacity {
        return Some(Vec::new());
    }
    let fewest = (total / capacity).ceil() as usize;
    let allowed: Vec<usize> = (1..atoms.len())
        .filter(|&k| may_break(title, atoms, k))
        .collect();
    let words: Vec<usize> = allowed
        .iter()
        .copied()
        .filter(|&k| atoms[k].word_start || atoms[k].space_before)
        .collect();
    for lines in fewest..fewest + 2 {
        for candidates in [&words, &allowed] {
            if let Some(ks) = best_breaks(atoms, candidates, lines, capacity) {
                return Some(
                    ks.into_iter()
                        .map(|k| (atoms[k - 1].end, atoms[k].start))
                        .collect(),
                );
            }
        }
    }
    None
}

/// The breaks among `candidates` (atom indexes a line may start at) that set `atoms` in
/// exactly `lines` lines of at most `capacity`, each line as near the average as can
/// be, ties to the longer first line; `None` when no choice fits. Dynamic programming
/// over (line, start) since a line's cost depends only on its own span.
fn best_breaks(
    atoms: &[Atom],
    candidates: &[usize],
    lines: usize,
    capacity: f64,
) -> Option<Vec<usize>> {
    if lines < 2 {
        return None;
    }
    let target = span_width(atoms, 0, atoms.len()) / lines as f64;
    // Line starts: 0, the candidates, and the end.
    let mut starts = vec![0];
    starts.extend_from_slice(candidates);
    starts.push(atoms.len());
    // prefix[k]: the width of atoms before k, gaps included.
    let mut prefix = Vec::with_capacity(atoms.len() + 1);
    prefix.push(0.0);
    for a in atoms {
        prefix.push(prefix[prefix.len() - 1] + a.gap + a.width);
    }
    let width = |a: usize, b: usize| prefix[b] - prefix[a] - atoms[a].gap;
    let n = starts.len();
    // best[j][i]: least cost of setting atoms before starts[i] in j lines.
    let mut best = vec![vec![f64::INFINITY; n]; lines + 1];
    let mut from = vec![vec![usize::MAX; n]; lines + 1];
    best[0][0] = 0.0;
    for j in 1..=lines {
        for i in 1..n {
            for p in (0..i).rev() {
                let w = width(starts[p], starts[i]);
                if w > capacity {
                    break;
                }
                if !best[j - 1][p].is_finite() {
                    continue;
                }
                let cost =
                    best[j - 1][p] + (w - target).powi(2) + LONGER_FIRST * (j - 1) as f64 * w;
                if cost < best[j][i] {
                    best[j][i] = cost;
                    from[j][i] = p;
                }
            }
        }
    }
    if !best[lines][n - 1].is_finite() {
        return None;
    }
    let mut ks = Vec::with_capacity(lines - 1);
    let mut i = n - 1;
    for j in (1..=lines).rev() {
        i = from[j][i];
        if j > 1 {
            ks.push(starts[i]);
        }
    }
    ks.reverse();
    Some(ks)
}

/// The width of `atoms[a..b]` set on one line.
fn span_width(atoms: &[Atom], a: usize, b: usize) -> f64 {
    atoms[a..b].iter().map(|x| x.gap + x.width).sum::<f64>() - atoms.get(a).map_or(0.0, |x| x.gap)
}

/// Appends the text of `content` to `out`; false if it holds anything but text, emphasis,
/// strong or struck-through text (or a line break of its own).
fn plain_leaves(content: &[Inline], out: &mut String) -> bool {
    content.iter().all(|inline| match inline {
        Inline::Text(text) => {
            out.push_str(text);
            !text.contains('\n')
        }
        Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Strikethrough(inner) => {
            plain_leaves(inner, out)
        }
        _ => false,
    })
}

/// `content` with a line break at each of `breaks` (byte offsets in its text as
/// [`plain_leaves`] reads it), the whitespace around each break dropped.
fn split_leaves(content: &[Inline], breaks: &[(usize, usize)], offset: &mut usize) -> Vec<Inline> {
    let mut out = Vec::with_capacity(content.len() + breaks.len());
    for inline in content {
        match inline {
            Inline::Text(text) => {
                let (base, len) = (*offset, text.len());
                *offset += len;
                let within = |at: usize| at.saturating_sub(base).min(len);
                // A line that starts in this text skips the blanks a break left.
                let mut from = breaks
                    .iter()
                    .find(|&&(end, start)| end <= base && base < start)
                    .map_or(0, |&(_, start)| within(start));
                for &(end, start) in breaks {
                    if end <= base || end > base + len {
                        continue;
                    }
                    let cut = end - base;
                    if cut > from {
                        out.push(Inline::Text(text[from..cut].to_string()));
                    }
                    out.push(Inline::LineBreak);
                    from = within(start).max(cut);
                }
                if from < len {
                    out.push(Inline::Text(text[from..].to_string()));
                }
            }
            Inline::Emphasis(inner) => {
                out.push(Inline::Emphasis(split_leaves(inner, breaks, offset)));
            }
            Inline::Strong(inner) => out.push(Inline::Strong(split_leaves(inner, breaks, offset))),
            Inline::Strikethrough(inner) => {
                out.push(Inline::Strikethrough(split_leaves(inner, breaks, offset)));
            }
            other => out.push(other.clone()),
        }
    }
    out
}

#[cfg(test)]
#[path = "title_breaks_tests.rs"]
mod tests;
