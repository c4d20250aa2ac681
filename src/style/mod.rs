//! Page and type profiles: what a printed page of each [`StyleKind`] looks like.
//!
//! One [`Style`] value holds everything the PDF layout and the DOCX writer need to agree
//! on: paper, margins, the character grid, type sizes, and which face sets each role
//! (body, title, headings by marker, page numbers…). Built-in profiles follow GB/T
//! 9704-2012 for `gongwen` and `speech` and a plain book page for `plain`; a house style
//! file (TOML) may override any of it. Exporters read a `Style`; they never hard-code
//! a size or a face.

pub mod attachment;
pub mod book;
pub mod chapters;
pub mod closing;
pub mod grid_glyphs;
pub mod house;
pub mod lines;
pub mod nesting;
pub mod pages;
mod profiles;
pub mod title_breaks;
pub mod widows;
pub mod words;

pub use book::PLAIN_MEASURE_EMS;

use crate::model::{Heading, Label, MarkerKind, StyleKind};
use crate::units::Pt;

/// A font for one role, named for each writer: a font file for the PDF, a font name for DOCX.
#[derive(Debug, Clone, PartialEq)]
pub struct FontRef {
    /// Font file for PDF output: a file name looked up in the bundled `fonts/` folder,
    /// or a path.
    pub file: String,
    /// Font family name written into DOCX ("仿宋_GB2312", "Times New Roman").
    pub name: String,
    /// A family Windows has when `name` is missing (w:altName in the DOCX font table).
    pub alt_name: Option<String>,
}

/// The faces for one role: one for CJK text, one for Latin letters and digits.
#[derive(Debug, Clone, PartialEq)]
pub struct Face {
    /// Face for CJK characters and full-width punctuation.
    pub cjk: FontRef,
    /// Face for Latin letters, digits and other narrow characters.
    pub latin: FontRef,
}

/// Where page numbers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageNumbers {
    /// No page numbers.
    None,
    /// Centred under the type area (speeches, plain documents).
    Center,
    /// GB/T 9704: odd pages at the right, even pages at the left, one character in.
    Alternate,
}

/// The character grid of GB/T 9704: `lines` lines of `chars` characters in the type area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    /// Lines per page (22).
    pub lines: u32,
    /// Characters per line (28).
    pub chars: u32,
}

/// Type sizes of each role.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    /// Body text (16 pt, size 3, in GB/T 9704).
    pub body: Pt,
    /// The title (22 pt, size 2).
    pub title: Pt,
    /// Subtitle, speaker, date line under the title.
    pub subtitle: Pt,
    /// Headings by outline level 1..=4.
    pub headings: [Pt; 4],
    /// Page numbers (14 pt, size 4).
    pub page_number: Pt,
    /// Code blocks.
    pub code: Pt,
}

/// All faces of a profile, by role.
#[derive(Debug, Clone, PartialEq)]
pub struct Faces {
    /// Running text.
    pub body: Face,
    /// The title.
    pub title: Face,
    /// The subtitle / speaker / date line under the title.
    pub subtitle: Face,
    /// 一、 headings and 第X章 (黑体).
    pub heading_hei: Face,
    /// （一） headings (楷体).
    pub heading_kai: Face,
    /// Headings of other markers and levels (English chapters, 1., （1））.
    pub heading_other: Face,
    /// Strong emphasis and labels such as "第一条".
    pub strong: Face,
    /// Emphasis.
    pub emphasis: Face,
    /// Page numbers.
    pub page_number: Face,
    /// Code.
    pub code: Face,
}

/// An sRGB colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Black.
    pub const BLACK: Rgb = Rgb(0, 0, 0);
    /// The red of an official document's mark and separator (GB/T 9704 7.2.4, 7.2.5).
    pub const RED: Rgb = Rgb(0xFF, 0, 0);

    /// The colour written "#RRGGBB" (the leading # optional), or `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// "RRGGBB", as DOCX writes colours.
    pub fn hex(self) -> String {
        format!("{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// Colours of the parts GB/T 9704 prints in red.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colors {
    /// The issuing organ's mark (发文机关标志) and the separator under the document number.
    pub mark: Rgb,
    /// Print everything in black (`--mono`, `[colors] mono = true`).
    pub mono: bool,
}

impl Default for Colors {
    fn default() -> Colors {
        Colors {
            mark: Rgb::RED,
            mono: false,
        }
    }
}

/// A complete page and type profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// Which built-in profile this started from.
    pub kind: StyleKind,
    /// Paper width.
    pub paper_width: Pt,
    /// Paper height.
    pub paper_height: Pt,
    /// Top margin (to the top of the type area).
    pub margin_top: Pt,
    /// Bottom margin.
    pub margin_bottom: Pt,
    /// Left margin.
    pub margin_left: Pt,
    /// Right margin.
    pub margin_right: Pt,
    /// The character grid, for CJK profiles; `None` for proportional pages.
    pub grid: Option<Grid>,
    /// Distance between baselines of body lines when there is no grid
    /// (with a grid, it is the type area height divided by the grid's lines).
    pub leading: Pt,
    /// Type sizes.
    pub sizes: Sizes,
    /// Faces by role.
    pub faces: Faces,
    /// Page number placement.
    pub page_numbers: PageNumbers,
    /// Page number text, with `{n}` for the number: "— {n} —".
    pub page_number_format: String,
    /// Distance from the bottom of the type area to the top of the page-number line (7 mm).
    pub page_number_gap: Pt,
    /// Headings in bold (plain style); CJK profiles use a face instead.
    pub bold_headings: bool,
    /// Blank lines (in body line pitches) under the title block.
    pub title_space_after: f64,
    /// First-line indent of paragraphs, in body characters (2 in GB/T 9704).
    pub indent_chars: f64,
    /// True if a paragraph right after a heading is also indented (CJK practice);
    /// false for English book practice.
    pub indent_after_heading: bool,
    /// True if a character no bundled face has may be drawn from a font installed on the
    /// machine; false makes the PDF depend on the binary alone (`--no-system-fonts`,
    /// `[faces] system_fonts = false`).
    pub system_fonts: bool,
    /// True if English words may be hyphenated at line ends (plain pages); CJK pages
    /// never hyphenate.
    pub hyphenate: bool,
    /// True if chapters and a play's acts start a new page (plain pages).
    pub chapters_start_page: bool,
    /// Inline code's size relative to the text around it (1.0: the same size).
    pub code_in_text_scale: f64,
    /// True if block quotes carry a rule down their left side (plain pages).
    pub quote_rule: bool,
    /// True if consecutive tables (and a table and the text around it) are kept
    /// apart by half a line (plain pages).
    pub space_around_tables: bool,
    /// Colours of the mark and the separator.
    pub colors: Colors,
}

impl Style {
    /// The built-in profile for `kind`.
    pub fn builtin(kind: StyleKind) -> Style {
        match kind {
            StyleKind::Speech | StyleKind::Gongwen => Style::gbt9704(kind),
            StyleKind::Plain => Style::plain(),
        }
    }

    /// Width of the type area.
    pub fn type_area_width(&self) -> Pt {
        self.paper_width - self.margin_left - self.margin_right
    }

    /// Height of the type area.
    pub fn type_area_height(&self) -> Pt {
        self.paper_height - self.margin_top - self.margin_bottom
    }

    /// Distance between body baselines: the grid's line pitch, or `leading` without a grid.
    pub fn line_pitch(&self) -> Pt {
        match self.grid {
            Some(g) => self.type_area_height() / f64::from(g.lines),
            None => self.leading,
        }
    }

    /// Width of one grid character (15.79 pt in GB/T 9704), or the body size without a grid.
    pub fn char_pitch(&self) -> Pt {
        match self.grid {
            Some(g) => self.type_area_width() / f64::from(g.chars),
            None => self.sizes.body,
        }
    }

    /// True if and only if this is a CJK profile: a character grid, East Asian fonts and
    /// Chinese rules. The one answer the PDF layout and the DOCX writer both go by.
    pub fn is_cjk(&self) -> bool {
        self.grid.is_some()
    }

    /// The colour of the issuing organ's mark and of the separator under the document
    /// number: red unless the style prints in black; `None` for black.
    pub fn mark_color(&self) -> Option<Rgb> {
        (!self.colors.mono && self.colors.mark != Rgb::BLACK).then_some(self.colors.mark)
    }

    /// The face of the title-group line `blocks[k]`: a law's adoption note (subtitles
    /// under the title from an opening "（" to its closing "）": "（2020年5月28日第十三届全国
    /// 人民代表大会第三次会议通过）") in Kai (楷体) on a CJK page, other subtitles in the
    /// subtitle face. The note may run over several subtitle blocks.
    pub fn subtitle_face(&self, blocks: &[crate::model::Block], k: usize) -> &Face {
        use crate::model::BlockKind;
        let mut open = false;
        for block in blocks.iter().take(k + 1) {
            if block.kind != BlockKind::Subtitle {
                open = false;
                continue;
            }
            let text = block.plain_text();
            let text = text.trim();
            let inside = open || text.starts_with('（');
            if std::ptr::eq(block, &blocks[k]) {
                return if inside && self.is_cjk() {
                    &self.faces.heading_kai
                } else {
                    &self.faces.subtitle
                };
            }
            open = inside && !text.ends_with('）');
        }
        &self.faces.subtitle
    }

    /// The face a heading is set in. GB/T 9704 picks it by the marker: 一、 and 第X章 in
    /// Hei, （一） in Kai, 1. and （1） in the body face. Unmarked headings go by level.
    pub fn heading_face(&self, heading: &Heading) -> &Face {
        match heading.marker_kind {
            MarkerKind::ChineseNumeral | MarkerKind::ChineseChapter => &self.faces.heading_hei,
            MarkerKind::ParenChineseNumeral => &self.faces.heading_kai,
            MarkerKind::ArabicNumeral | MarkerKind::ParenArabicNumeral => &self.faces.heading_other,
            MarkerKind::EnglishChapter | MarkerKind::Decimal | MarkerKind::None => {
                match heading.level {
                    1 => &self.faces.heading_hei,
                    2 => &self.faces.heading_kai,
                    _ => &self.faces.heading_other,
                }
            }
        }
    }

    /// The face a paragraph's leading label is set in, and whether it is bold: an article
    /// label (第X条) in the strong face, bold; the number of a long numbered paragraph in
    /// the face its family has as a heading (（一） in Kai, 一、 in Hei).
    pub fn label_face(&self, marker: MarkerKind) -> (&Face, bool) {
        if marker == MarkerKind::None {
            return (&self.faces.strong, true);
        }
        let as_heading = Heading {
            level: 1,
            marker: String::new(),
            marker_kind: marker,
            run_in: false,
        };
        (self.heading_face(&as_heading), false)
    }

    /// The text after a paragraph's label `label`, as set: the gap to set first (one
    /// full-width cell, "第一条　", where white space of any kind and length parts a
    /// Chinese label from its text, so the text after it stays on the grid in both
    /// formats), then the text without that white space. A label that runs straight
    /// into its text ("一、") gets no gap.
    pub fn after_label<'t>(
        &self,
        label: &Label,
        after: &'t str,
    ) -> (Option<&'static str>, &'t str) {
        let chinese = label
            .text
            .chars()
            .last()
            .is_some_and(crate::script::is_wide);
        if self.is_cjk() && chinese && after.starts_with(char::is_whitespace) {
            (Some("\u{3000}"), after.trim_start())
        } else {
            (None, after)
        }
    }

    /// The face a line-like head or closing part is set in (see [`lines`]).
    pub fn line_face(&self, face: lines::LineFace) -> &Face {
        match face {
            lines::LineFace::Body => &self.faces.body,
            lines::LineFace::Hei => &self.faces.heading_hei,
            lines::LineFace::Kai => &self.faces.heading_kai,
            lines::LineFace::Strong => &self.faces.strong,
            lines::LineFace::Emphasis => &self.faces.emphasis,
        }
    }

    /// The type size of a heading of `level` (1-based; deeper levels use level 4's).
    pub fn heading_size(&self, level: u8) -> Pt {
        let i = usize::from(level.clamp(1, 4)) - 1;
        self.sizes.headings[i]
    }

    /// The type size of an official document's mark (发文机关标志): GB/T 9704 leaves it to
    /// the issuing organ; 1.6 times the title (about 35 pt) is common.
    pub fn masthead_size(&self) -> Pt {
        Pt(self.sizes.title.0 * 1.6)
    }

    /// The page number text for page `n`.
    pub fn page_number_text(&self, n: usize) -> String {
        self.page_number_format.replace("{n}", &n.to_string())
    }
}

#[cfg(test)]
mod tests;
