//! The divisions of laws, regulations and books on a Chinese page: 编, 分编, 章, 节 and
//! 回 headings stand centred on their own line in Hei, as statutes are printed, where
//! the numbered headings of a document (一、 （一）) sit two characters in. The PDF
//! layout and the DOCX writer both ask this; neither decides it.

use crate::model::{Heading, MarkerKind};
use crate::style::Style;

impl Style {
    /// True if `heading` stands centred on its line: a 第X编/章/节/回 heading on a
    /// Chinese (grid) page, not run in with text after it.
    pub fn centres_heading(&self, heading: &Heading) -> bool {
        self.is_cjk() && heading.marker_kind == MarkerKind::ChineseChapter && !heading.run_in
    }
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
    fn chapters_of_a_chinese_page_are_centred() {
        let gongwen = Style::builtin(StyleKind::Gongwen);
        assert!(gongwen.centres_heading(&heading(MarkerKind::ChineseChapter)));
        assert!(!gongwen.centres_heading(&heading(MarkerKind::ChineseNumeral)));
        let plain = Style::builtin(StyleKind::Plain);
        assert!(!plain.centres_heading(&heading(MarkerKind::ChineseChapter)));
    }
}
