//! Pagination: stacks units (lines, table rows, spaces) into the type area page by page,
//! keeping headings with what follows, then adds page numbers.
//!
//! A unit's items are positioned with x from the page's left and y from the unit's top;
//! placing the unit shifts them down to where it lands. A heading's lines carry
//! `keep_with_next`, so a heading never ends a page: if the heading and the first line
//! after it do not fit, they move to the next page together. Spacing units vanish at
//! the top of a page. A line that marks a footnote takes the note to the foot of its
//! page, under a short rule; the page's text makes room for it. Units marked `to_foot`
//! (the closing record) end the last page: they are set down to its foot, or on a page
//! of their own when they do not fit under the text.

use crate::layout::frame::{FrameItem, OutlineEntry, Page};
use crate::units::Pt;

/// Something stacked on the page: a line, a table row, or vertical space.
#[derive(Debug, Clone, Default)]
pub(crate) struct Unit {
    /// Height it takes on the page.
    pub height: f64,
    /// What it draws, y relative to its top.
    pub items: Vec<FrameItem>,
    /// True if it must stay on the same page as the next unit.
    pub keep_with_next: bool,
    /// True for pure vertical space, dropped at the top of a page.
    pub space: bool,
    /// A bookmark to this unit: its title and level.
    pub outline: Option<(String, u8)>,
    /// Labels of the footnotes marked on this line: their notes go to the foot of the
    /// page the line lands on.
    pub notes: Vec<String>,
    /// True if it must open a page (a chapter's heading): a page with anything on it
    /// ends before it.
    pub page_break: bool,
    /// True for a line ending in a hyphen: it never ends a page (the word would be split
    /// across pages, and text extraction would join its half to the page number).
    pub hyphenated: bool,
    /// True for the closing record at a document's end: these units stand together at
    /// the foot of the last page (above its footnotes), the last on its last line.
    pub to_foot: bool,
}

impl Unit {
    /// Vertical space of `height`.
    pub(crate) fn space(height: f64) -> Unit {
        Unit {
            height,
            space: true,
            ..Unit::default()
        }
    }
}

/// Geometry pagination needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageBox {
    /// Paper width and height.
    pub paper: (f64, f64),
    /// Top of the type area.
    pub top: f64,
    /// Height of the type area.
    pub height: f64,
}

const EPS: f64 = 0.01;

/// Stacks `units` into pages; bookmarks of placed units are appended to `outline`.
#[cfg(test)]
pub(crate) fn paginate(
    units: Vec<Unit>,
    geometry: &PageBox,
    outline: &mut Vec<OutlineEntry>,
) -> Vec<Page> {
    paginate_with_notes(units, geometry, outline, Vec::new(), Unit::default())
}

/// Footnotes waiting for the page their mark lands on, and those placed on this page.
struct Notes {
    waiting: Vec<(String, Vec<Unit>)>,
    separator: Unit,
    page: Vec<Unit>,
}

impl Notes {
    /// The height the notes marked by `unit` add to the current page's foot.
    fn extra(&self, unit: &Unit) -> f64 {
        let mut height: f64 = unit
            .notes
            .iter()
            .filter_map(|l| self.waiting.iter().find(|(w, _)| w == l))
            .flat_map(|(_, lines)| lines)
            .map(|u| u.height)
            .sum();
        if height > 0.0 && self.page.is_empty() {
            height += self.separator.height;
        }
        height
    }

    fn height(&self) -> f64 {
        self.page.iter().map(|u| u.height).sum()
    }

    /// Moves the notes `unit` marks to this page.
    fn take(&mut self, unit: &Unit) {
        for label in &unit.notes {
            if let Some(k) = self.waiting.iter().position(|(w, _)| w == label) {
                let (_, lines) = self.waiting.remove(k);
                if self.page.is_empty() {
                    self.page.push(self.separator.clone());
                }
                self.page.extend(lines);
            }
        }
    }

    /// Sets this page's notes at the foot of `page`.
    fn flush(&mut self, page: &mut Page, geometry: &PageBox) {
        let mut y = geometry.top + geometry.height - self.height();
        for unit in self.page.drain(..) {
            page.items
                .extend(unit.items.into_iter().map(|item| shift(item, y)));
            y += unit.height;
        }
    }
}

/// Stacks `units` into pages like [`paginate`], and sets each of `notes` (label and
/// lines) at the foot of the page where a line marking it lands, under `separator`.
/// Notes nothing marks follow the last unit.
pub(crate) fn paginate_with_notes(
    mut units: Vec<Unit>,
    geometry: &PageBox,
    outline: &mut Vec<OutlineEntry>,
    notes: Vec<(String, Vec<Unit>)>,
    separator: Unit,
) -> Vec<Page> {
    let (marked, unmarked): (Vec<_>, Vec<_>) = notes
        .into_iter()
        .partition(|(label, _)| units.iter().any(|u| u.notes.contains(label)));
    let foot_at = units.iter().position(|u| u.to_foot).unwrap_or(units.len());
    let foot: Vec<Unit> = units.split_off(foot_at);
    units.extend(unmarked.into_iter().flat_map(|(_, lines)| lines));
    let mut notes = Notes {
        waiting: marked,
        separator,
        page: Vec::new(),
    };
    let mut pages = vec![new_page(geometry)];
    let mut y = 0.0;
    let mut units = units.into_iter().peekable();
    let mut pending: Vec<Unit> = Vec::new();
    while let Some(unit) = units.next() {
        // Gather a keep-with-next chain: this unit and everything it is kept with.
        pending.clear();
        let mut keep = unit.keep_with_next;
        pending.push(unit);
        while keep {
            match units.next() {
                Some(u) => {
                    keep = u.keep_with_next;
                    pending.push(u);
                }
                None => break,
            }
        }
        let chain: f64 = pending.iter().map(|u| u.height + notes.extra(u)).sum();
        let chain_heights: Vec<f64> = pending.iter().map(|u| u.height).collect();
        let room = geometry.height - notes.height();
        if y > EPS && y + chain > room + EPS && chain <= geometry.height + EPS {
            let page = pages.len() - 1;
            notes.flush(&mut pages[page], geometry);
            pages.push(new_page(geometry));
            y = 0.0;
        }
        let next_height = units.peek().map_or(0.0, |u| u.height);
        let count = pending.len();
        for (k, unit) in pending.drain(..).enumerate() {
            let following = match k + 1 {
                j if j < count => Some(chain_heights[j]),
                _ => Some(next_height).filter(|h| *h > 0.0),
            };
            let ends_page = following.is_some_and(|h| {
                y + unit.height + h > geometry.height - notes.height() - notes.extra(&unit) + EPS
            });
            if (unit.page_break || (unit.hyphenated && ends_page)) && y > EPS {
                let page = pages.len() - 1;
                notes.flush(&mut pages[page], geometry);
                pages.push(new_page(geometry));
                y = 0.0;
            }
            if unit.space && y <= EPS {
                continue;
            }
            let room = geometry.height - notes.height() - notes.extra(&unit);
            if y > EPS && y + unit.height > room + EPS {
                let page = pages.len() - 1;
                notes.flush(&mut pages[page], geometry);
                pages.push(new_page(geometry));
                y = 0.0;
                if unit.space {
                    continue;
                }
            }
            notes.take(&unit);
            let top = geometry.top + y;
            let page_index = pages.len() - 1;
            if let Some((title, level)) = unit.outline {
                outline.push(OutlineEntry {
                    title,
                    level,
                    page: page_index,
                    y: Pt(top),
                });
            }
            let page = &mut pages[page_index];
            page.items
                .extend(unit.items.into_iter().map(|item| shift(item, top)));
            y += unit.height;
        }
    }
    if !foot.is_empty() {
        let height: f64 = foot.iter().map(|u| u.height).sum();
        let room = geometry.height - notes.height();
        if y > EPS && y + height > room + EPS {
            let page = pages.len() - 1;
            notes.flush(&mut pages[page], geometry);
            pages.push(new_page(geometry));
        }
        let room = geometry.height - notes.height();
        let mut top = geometry.top + (room - height).max(0.0);
        let page = pages.len() - 1;
        for unit in foot {
            pages[page]
                .items
                .extend(unit.items.into_iter().map(|item| shift(item, top)));
            top += unit.height;
        }
    }
    let last = pages.len() - 1;
    notes.flush(&mut pages[last], geometry);
    pages
}

fn new_page(geometry: &PageBox) -> Page {
    Page {
        width: Pt(geometry.paper.0),
        height: Pt(geometry.paper.1),
        items: Vec::new(),
    }
}

/// `item` moved down by `dy`.
pub(crate) fn shift(item: FrameItem, dy: f64) -> FrameItem {
    match item {
        FrameItem::Text(mut run) => {
            run.y = Pt(run.y.0 + dy);
            FrameItem::Text(run)
        }
        FrameItem::Rule {
            from,
            to,
            width,
            color,
        } => FrameItem::Rule {
            from: (from.0, Pt(from.1 .0 + dy)),
            to: (to.0, Pt(to.1 .0 + dy)),
            width,
            color,
        },
        FrameItem::Link { rect, url } => FrameItem::Link {
            rect: (rect.0, Pt(rect.1 .0 + dy), rect.2, Pt(rect.3 .0 + dy)),
            url,
        },
        FrameItem::Image { rect, image } => FrameItem::Image {
            rect: (rect.0, Pt(rect.1 .0 + dy), rect.2, Pt(rect.3 .0 + dy)),
            image,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontId;
    use crate::layout::frame::{PlacedGlyph, TextRun};

    fn line(ch: char, keep: bool) -> Unit {
        Unit {
            height: 10.0,
            items: vec![FrameItem::Text(TextRun {
                font: FontId(0),
                size: Pt(8.0),
                y: Pt(8.0),
                glyphs: vec![PlacedGlyph { ch, x: Pt(0.0) }],
                color: None,
                h_scale: 1.0,
            })],
            keep_with_next: keep,
            space: false,
            outline: keep.then(|| (ch.to_string(), 1)),
            notes: Vec::new(),
            page_break: false,
            hyphenated: false,
            to_foot: false,
        }
    }

    fn chars(page: &Page) -> String {
        page.items
            .iter()
            .filter_map(|i| match i {
                FrameItem::Text(r) => Some(r.glyphs[0].ch),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_heading_at_the_foot_moves_to_the_next_page_with_its_first_line() {
        let geometry = PageBox {
            paper: (100.0, 100.0),
            top: 10.0,
            height: 30.0,
        };
        let units = vec![
            line('a', false),
            line('b', false),
            line('H', true),
            line('c', false),
        ];
        let mut outline = Vec::new();
        let pages = paginate(units, &geometry, &mut outline);
        assert_eq!(pages.iter().map(chars).collect::<Vec<_>>(), ["ab", "Hc"]);
        assert_eq!(outline[0].page, 1);
        assert!((outline[0].y.0 - 10.0).abs() < 1e-9);
    }

    #[test]
    fn a_page_break_opens_a_new_page_unless_the_page_is_empty() {
        let geometry = PageBox {
            paper: (100.0, 100.0),
            top: 0.0,
            height: 50.0,
        };
        let mut chapter = line('C', false);
        chapter.page_break = true;
        let mut first = line('A', false);
        first.page_break = true;
        let units = vec![first, line('a', false), chapter, line('c', false)];
        let pages = paginate(units, &geometry, &mut Vec::new());
        assert_eq!(pages.iter().map(chars).collect::<Vec<_>>(), ["Aa", "Cc"]);
    }

    #[test]
    fn units_to_the_foot_end_the_last_page_or_take_a_page_of_their_own() {
        let geometry = PageBox {
            paper: (100.0, 100.0),
            top: 10.0,
            height: 50.0,
        };
        let foot = |ch| Unit {
            to_foot: true,
            ..line(ch, false)
        };
        // (page, baseline) of each character.
        let placed = |units: Vec<Unit>| -> Vec<(usize, char, f64)> {
            let pages = paginate(units, &geometry, &mut Vec::new());
            let mut out = Vec::new();
            for (p, page) in pages.iter().enumerate() {
                for item in &page.items {
                    if let FrameItem::Text(r) = item {
                        out.push((p, r.glyphs[0].ch, r.y.0));
                    }
                }
            }
            out
        };
        // Room under the text: the record's last line ends on the page's last line.
        let got = placed(vec![line('a', false), foot('x'), foot('y')]);
        assert_eq!(got, [(0, 'a', 18.0), (0, 'x', 48.0), (0, 'y', 58.0)]);
        // No room: a page of its own, still at the foot.
        let full: Vec<Unit> = "abcd".chars().map(|c| line(c, false)).collect();
        let got = placed(full.into_iter().chain([foot('x'), foot('y')]).collect());
        assert_eq!(&got[4..], [(1, 'x', 48.0), (1, 'y', 58.0)]);
    }

    #[test]
    fn space_vanishes_at_the_top_of_a_page() {
        let geometry = PageBox {
            paper: (100.0, 100.0),
            top: 0.0,
            height: 20.0,
        };
        let units = vec![
            line('a', false),
            line('b', false),
            Unit::space(10.0),
            line('c', false),
        ];
        let pages = paginate(units, &geometry, &mut Vec::new());
        assert_eq!(pages.iter().map(chars).collect::<Vec<_>>(), ["ab", "c"]);
        let FrameItem::Text(run) = &pages[1].items[0] else {
            panic!("text expected")
        };
        assert!((run.y.0 - 8.0).abs() < 1e-9);
    }

    #[test]
    fn a_note_goes_to_the_foot_of_its_marks_page_and_pushes_the_line_on() {
        let geometry = PageBox {
            paper: (100.0, 100.0),
            top: 0.0,
            height: 50.0,
        };
        let mut marked = line('b', false);
        marked.notes.push("1".into());
        let units = vec![line('a', false), marked, line('c', false)];
        let notes = vec![
            ("1".to_string(), vec![line('N', false), line('n', false)]),
            ("2".to_string(), vec![line('U', false)]),
        ];
        let separator = line('-', false);
        let pages = paginate_with_notes(units, &geometry, &mut Vec::new(), notes, separator);
        // "a" and "b" (10 each) and its note (separator + 2 lines) fill page 1; "c" and
        // the note nothing marks go to page 2.
        assert_eq!(pages.iter().map(chars).collect::<Vec<_>>(), ["ab-Nn", "cU"]);
        let FrameItem::Text(note) = &pages[0].items[3] else {
            panic!("text expected")
        };
        assert!((note.y.0 - 38.0).abs() < 1e-9, "the note sits at the foot");
    }
}
