//! The plain book page's own rules, next to the profile in `mod.rs`: the measure the
//! side margins centre (kept when the paper changes), which headings open a page, and
//! what a scene break prints.
//! The PDF layout and the DOCX writer both ask these; neither decides them.

use crate::model::{Heading, MarkerKind};
use crate::style::Style;
use crate::units::Pt;

/// The measure of a plain page, in ems of its body size: 28 ems of Liberation Serif
/// hold about 66 characters, the middle of the 60–75 a readable line wants.
pub const PLAIN_MEASURE_EMS: f64 = 28.0;

impl Style {
    /// The side margins that centre a measure of `ems` body ems on the paper.
    pub(super) fn with_centred_measure(mut self, ems: f64) -> Style {
        let side = (self.paper_width - self.sizes.body * ems) / 2.0;
        self.margin_left = side;
        self.margin_right = side;
        self
    }

    /// Switches to US Letter paper (8.5 × 11 in). CJK profiles keep their margins; a
    /// plain page keeps its measure (its line length) centred on the wider paper.
    pub fn with_letter_paper(mut self) -> Style {
        let measure = self.type_area_width();
        self.paper_width = Pt(612.0);
        self.paper_height = Pt(792.0);
        if !self.is_cjk() {
            let side = (self.paper_width - measure) / 2.0;
            self.margin_left = side;
            self.margin_right = side;
        }
        self
    }

    /// What a scene break prints: the marks it was written with ("* * *", "-----"), set
    /// centred a line each with their spacing evened, so every character of the source
    /// is on the page; None for a break written with no marks of its own (Markdown's
    /// `---` reads as a bare rule), which is drawn as a rule.
    pub fn break_marks(&self, text: &str) -> Option<String> {
        let lines: Vec<String> = text
            .lines()
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join("   "))
            .filter(|line| !line.is_empty())
            .collect();
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// True if `heading` (ranked: level 1 is the document's top level), whose text is
    /// `text`, opens a new page: on pages that start chapters so, a top-level chapter
    /// ("CHAPTER I", "PART II", a lone numeral) or a play's act ("ACT I").
    pub fn starts_page(&self, heading: &Heading, text: &str) -> bool {
        if !self.chapters_start_page || heading.level != 1 || heading.run_in {
            return false;
        }
        let act = text
            .trim_start()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("act "));
        heading.marker_kind == MarkerKind::EnglishChapter || act
    }
}
