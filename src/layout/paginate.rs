//! Pagination: stacks units (lines, table rows, spaces) into the type area page by page,
//! keeping headings with what follows, then adds page numbers.
//!
//! A unit's items are positioned with x from the page's left and y from the unit's top;
//! placing the unit shifts them down to where it lands. A heading's lines carry
//! `keep_with_next`, so a heading never ends a page: if the heading and the first line
//! after it do not fit, they move to the next page together. Spacing units vanish at
//! the top of a page.

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
pub(crate) fn paginate(
    units: Vec<Unit>,
    geometry: &PageBox,
    outline: &mut Vec<OutlineEntry>,
) -> Vec<Page> {
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
        let chain: f64 = pending.iter().map(|u| u.height).sum();
        if y > EPS && y + chain > geometry.height + EPS && chain <= geometry.height + EPS {
            pages.push(new_page(geometry));
            y = 0.0;
        }
        for unit in pending.drain(..) {
            if unit.space && y <= EPS {
                continue;
            }
            if y > EPS && y + unit.height > geometry.height + EPS {
                pages.push(new_page(geometry));
                y = 0.0;
                if unit.space {
                    continue;
                }
            }
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
        FrameItem::Rule { from, to, width } => FrameItem::Rule {
            from: (from.0, Pt(from.1 .0 + dy)),
            to: (to.0, Pt(to.1 .0 + dy)),
            width,
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
    use crate::layout::fonts::FontId;
    use crate::layout::frame::{PlacedGlyph, TextRun};

    fn line(ch: char, keep: bool) -> Unit {
        Unit {
            height: 10.0,
            items: vec![FrameItem::Text(TextRun {
                font: FontId(0),
                size: Pt(8.0),
                y: Pt(8.0),
                glyphs: vec![PlacedGlyph { ch, x: Pt(0.0) }],
            })],
            keep_with_next: keep,
            space: false,
            outline: keep.then(|| (ch.to_string(), 1)),
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
}
