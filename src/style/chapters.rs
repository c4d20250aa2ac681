//! The divisions of laws, regulations and books on a Chinese page: 编, 分编, 章, 节 and
//! 回 headings stand centred on their own line in Hei, as statutes are printed, where
//! the numbered headings of a document (一、 （一）) sit two characters in; each level
//! has its own blank lines around it. The PDF layout and the DOCX writer both ask this;
//! neither decides it.

use crate::model::{Block, Heading, MarkerKind};
use crate::style::Style;

impl Style {
    /// True if `heading` stands centred on its line: a 第X编/章/节/回 heading on a
    /// Chinese (grid) page, not run in with text after it.
    pub fn centres_heading(&self, heading: &Heading) -> bool {
        self.is_cjk() && heading.marker_kind == MarkerKind::ChineseChapter && !heading.run_in
    }
}

impl Style {
    /// Blank lines above and below a centred division heading, by rank, so the levels
    /// of a statute read apart on the grid (whole lines keep it): a 编 two above and one
    /// below, a 分编 one and one, a 章 one above, a 节 (and a novel's 回) none. The
    /// lines above are left out under a heading or title (its own space stands there)
    /// and at the top of a page.
    pub fn division_space(&self, heading: &Heading) -> (f64, f64) {
        if !self.centres_heading(heading) {
            return (0.0, 0.0);
        }
        let marker = heading.marker.trim_end();
        if marker.ends_with("分编") {
            (1.0, 1.0)
        } else if marker.ends_with('编') || marker.ends_with('卷') {
            (2.0, 1.0)
        } else if marker.ends_with('章') {
            (1.0, 0.0)
        } else {
            (0.0, 0.0)
        }
    }
}

/// True if a division heading after `prev` leaves out its blank lines above: under a
/// title, the head, or a heading on its own line (their space stands there already).
pub fn division_under_heading(prev: Option<&Block>) -> bool {
    prev.is_some_and(|b| {
        b.kind.is_title_block()
            || b.kind.is_head()
            || matches!(b.heading(), Some(h) if !b.in_toc && !h.run_in)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::{Heading, MarkerKind, StyleKind};
    use crate::style::Style;

    fn heading(marker_kind: MarkerKind) -> Heading {
        Heading {
            level: 1,
            marker: "第一章".into(),
            marker_kind,
            run_in: false,
        }
    }

    #[test]
    fn each_division_level_has_its_own_space() {
        let gongwen = Style::builtin(StyleKind::Gongwen);
        let space = |marker: &str| {
            let mut h = heading(MarkerKind::ChineseChapter);
            h.marker = marker.into();
            gongwen.division_space(&h)
        };
        let levels = [
            space("第一编"),
            space("第一分编"),
            space("第一章"),
            space("第一节"),
        ];
        assert_eq!(levels, [(2.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.0, 0.0)]);
        let plain = Style::builtin(StyleKind::Plain);
        assert_eq!(
            plain.division_space(&heading(MarkerKind::ChineseChapter)),
            (0.0, 0.0)
        );
    }

    #[test]
    fn chapters_of_a_chinese_page_are_centred() {
        let gongwen = Style::builtin(StyleKind::Gongwen);
        assert!(gongwen.centres_heading(&heading(MarkerKind::ChineseChapter)));
        assert!(!gongwen.centres_heading(&heading(MarkerKind::ChineseNumeral)));
        let plain = Style::builtin(StyleKind::Plain);
        assert!(!plain.centres_heading(&heading(MarkerKind::ChineseChapter)));
    }
}
