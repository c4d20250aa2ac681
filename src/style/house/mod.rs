//! House styles: a TOML file that overrides what the built-in profiles set.
//!
//! Offices differ in paper, margins, grid, sizes and faces. A house file names only what
//! it changes; everything else stays as the built-in profile has it. Unknown keys and bad
//! values are errors that name the file, the line and the key (toml's own messages carry
//! the line and column; ours add the file). Lengths are in millimetres, sizes in points.

use crate::model::StyleKind;
use crate::style::{FontRef, PageNumbers, Rgb, Style};
use crate::units::Pt;
use serde::Deserialize;
use std::path::Path;

mod checks;

/// A parsed house style: overrides to apply on top of a built-in profile.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HouseStyle {
    /// Paper and margins.
    #[serde(default)]
    page: PageKeys,
    /// The character grid (CJK profiles).
    #[serde(default)]
    grid: Option<GridKeys>,
    /// Type sizes in points.
    #[serde(default)]
    sizes: SizeKeys,
    /// Faces per role.
    #[serde(default)]
    faces: FaceKeys,
    /// Page numbers.
    #[serde(default)]
    page_numbers: PageNumberKeys,
    /// Title spacing.
    #[serde(default)]
    title: TitleKeys,
    /// Paragraph settings.
    #[serde(default)]
    paragraph: ParagraphKeys,
    /// Colours of the mark and the separator, or black print.
    #[serde(default)]
    colors: ColorKeys,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ColorKeys {
    /// "#RRGGBB" for the issuing organ's mark and the separator (red by default).
    mark: Option<String>,
    /// True: print everything in black.
    mono: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct PageKeys {
    paper: Option<String>,
    width: Option<f64>,
    height: Option<f64>,
    margin_top: Option<f64>,
    margin_bottom: Option<f64>,
    margin_left: Option<f64>,
    margin_right: Option<f64>,
    /// Line spacing without a grid, in points.
    leading: Option<f64>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct GridKeys {
    lines: u32,
    chars: u32,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct SizeKeys {
    body: Option<f64>,
    title: Option<f64>,
    subtitle: Option<f64>,
    heading1: Option<f64>,
    heading2: Option<f64>,
    heading3: Option<f64>,
    heading4: Option<f64>,
    page_number: Option<f64>,
    code: Option<f64>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct FaceKeys {
    body: Option<FaceKey>,
    title: Option<FaceKey>,
    subtitle: Option<FaceKey>,
    heading_hei: Option<FaceKey>,
    heading_kai: Option<FaceKey>,
    heading_other: Option<FaceKey>,
    strong: Option<FaceKey>,
    emphasis: Option<FaceKey>,
    page_number: Option<FaceKey>,
    code: Option<FaceKey>,
    /// False: never draw a character from a font installed on the machine.
    system_fonts: Option<bool>,
}

/// One role's faces: font files for the PDF, font names for DOCX; any may be left out.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct FaceKey {
    pdf: Option<String>,
    docx: Option<String>,
    docx_fallback: Option<String>,
    latin_pdf: Option<String>,
    latin_docx: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct PageNumberKeys {
    placement: Option<String>,
    format: Option<String>,
    gap: Option<f64>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct TitleKeys {
    space_after: Option<f64>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ParagraphKeys {
    indent_chars: Option<f64>,
    indent_after_heading: Option<bool>,
}

/// Why a house style was refused: where (file, line, key) and what, with the TOML or I/O
/// error underneath as the source. Shown as `house.toml: line 3: page.margin_right: …`.
#[derive(Debug, thiserror::Error)]
#[error("{}", where_what(.file, .line, .key, .message))]
pub struct HouseStyleError {
    /// The house style file, when read from one.
    pub file: Option<std::path::PathBuf>,
    /// The line (from 1) the error is on, when known.
    pub line: Option<usize>,
    /// The key at fault ("page.margin_right"), when one is.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
    /// The parser's or the file system's error, if one caused this.
    #[source]
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

fn where_what(
    file: &Option<std::path::PathBuf>,
    line: &Option<usize>,
    key: &Option<String>,
    message: &str,
) -> String {
    let mut s = String::new();
    if let Some(file) = file {
        s.push_str(&format!("{}: ", file.display()));
    }
    if let Some(line) = line {
        s.push_str(&format!("line {line}: "));
    }
    if let Some(key) = key {
        s.push_str(&format!("{key}: "));
    }
    s.push_str(message);
    s
}

/// The narrowest (and lowest) type area a house style may leave, in millimetres.
pub const MIN_TYPE_AREA_MM: f64 = 50.0;
/// The fewest body characters a line may hold.
pub const MIN_LINE_CHARS: u32 = 10;

impl HouseStyle {
    /// Reads and checks a house style file.
    pub fn from_file(path: &Path) -> Result<HouseStyle, HouseStyleError> {
        let text = std::fs::read_to_string(path).map_err(|e| HouseStyleError {
            file: Some(path.to_path_buf()),
            line: None,
            key: None,
            message: format!("cannot read: {e}"),
            source: Some(Box::new(e)),
        })?;
        HouseStyle::from_toml(&text).map_err(|e| HouseStyleError {
            file: Some(path.to_path_buf()),
            ..e
        })
    }

    /// Parses and checks house style TOML. Errors carry the line and the key.
    pub fn from_toml(text: &str) -> Result<HouseStyle, HouseStyleError> {
        let house: HouseStyle = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            HouseStyleError {
                file: None,
                line,
                key: None,
                message: e.message().trim().to_string(),
                source: Some(Box::new(e)),
            }
        })?;
        house
            .validate()
            .and_then(|()| house.check_geometry())
            .map_err(|message| {
                // "sizes.body: …" names the key; point at its line ("body = …").
                let (key, message) = match message.split_once(": ") {
                    Some((key, rest)) if !key.contains(' ') => (key.to_string(), rest.to_string()),
                    _ => (String::new(), message),
                };
                let last = key.rsplit('.').next().unwrap_or(&key);
                let line = text.lines().position(|l| {
                    let l = l.trim_start();
                    !key.is_empty()
                        && (l
                            .strip_prefix(last)
                            .is_some_and(|rest| rest.trim_start().starts_with('='))
                            || l.starts_with(&format!("[{key}]")))
                });
                HouseStyleError {
                    file: None,
                    line: line.map(|i| i + 1),
                    key: (!key.is_empty()).then_some(key),
                    message,
                    source: None,
                }
            })?;
        Ok(house)
    }

    /// `base` with this house style's overrides applied.
    pub fn apply(&self, mut style: Style) -> Style {
        let p = &self.page;
        if let Some((w, h)) = p.paper.as_deref().and_then(paper_size) {
            style.paper_width = Pt::mm(w);
            style.paper_height = Pt::mm(h);
        }
        set_mm(&mut style.paper_width, p.width);
        set_mm(&mut style.paper_height, p.height);
        set_mm(&mut style.margin_top, p.margin_top);
        set_mm(&mut style.margin_bottom, p.margin_bottom);
        set_mm(&mut style.margin_left, p.margin_left);
        set_mm(&mut style.margin_right, p.margin_right);
        if let Some(l) = p.leading {
            style.leading = Pt(l);
        }
        if let Some(g) = self.grid {
            style.grid = Some(crate::style::Grid {
                lines: g.lines,
                chars: g.chars,
            });
        }
        let s = &self.sizes;
        let sizes = &mut style.sizes;
        let [h1, h2, h3, h4] = &mut sizes.headings;
        for (slot, value) in [
            (&mut sizes.body, s.body),
            (&mut sizes.title, s.title),
            (&mut sizes.subtitle, s.subtitle),
            (h1, s.heading1),
            (h2, s.heading2),
            (h3, s.heading3),
            (h4, s.heading4),
            (&mut sizes.page_number, s.page_number),
            (&mut sizes.code, s.code),
        ] {
            if let Some(v) = value {
                *slot = Pt(v);
            }
        }
        let f = &self.faces;
        let faces = &mut style.faces;
        for (face, key) in [
            (&mut faces.body, &f.body),
            (&mut faces.title, &f.title),
            (&mut faces.subtitle, &f.subtitle),
            (&mut faces.heading_hei, &f.heading_hei),
            (&mut faces.heading_kai, &f.heading_kai),
            (&mut faces.heading_other, &f.heading_other),
            (&mut faces.strong, &f.strong),
            (&mut faces.emphasis, &f.emphasis),
            (&mut faces.page_number, &f.page_number),
            (&mut faces.code, &f.code),
        ] {
            if let Some(key) = key {
                override_font(&mut face.cjk, &key.pdf, &key.docx, &key.docx_fallback);
                override_font(&mut face.latin, &key.latin_pdf, &key.latin_docx, &None);
            }
        }
        if let Some(allowed) = f.system_fonts {
            style.system_fonts = allowed;
        }
        let n = &self.page_numbers;
        if let Some(place) = n.placement.as_deref().and_then(placement) {
            style.page_numbers = place;
        }
        if let Some(format) = &n.format {
            style.page_number_format = format.clone();
        }
        set_mm(&mut style.page_number_gap, n.gap);
        if let Some(space) = self.title.space_after {
            style.title_space_after = space;
        }
        if let Some(indent) = self.paragraph.indent_chars {
            style.indent_chars = indent;
        }
        if let Some(after) = self.paragraph.indent_after_heading {
            style.indent_after_heading = after;
        }
        if let Some(mark) = self.colors.mark.as_deref().and_then(Rgb::parse) {
            style.colors.mark = mark;
        }
        if let Some(mono) = self.colors.mono {
            style.colors.mono = mono;
        }
        style
    }
}

fn set_mm(slot: &mut Pt, mm: Option<f64>) {
    if let Some(mm) = mm {
        *slot = Pt::mm(mm);
    }
}

fn override_font(
    font: &mut FontRef,
    file: &Option<String>,
    name: &Option<String>,
    alt: &Option<String>,
) {
    if let Some(file) = file {
        font.file = file.clone();
    }
    if let Some(name) = name {
        font.name = name.clone();
    }
    if let Some(alt) = alt {
        font.alt_name = Some(alt.clone());
    }
}

/// Paper sizes in millimetres, by name.
pub fn paper_size(name: &str) -> Option<(f64, f64)> {
    match name.to_ascii_lowercase().as_str() {
        "a4" => Some((210.0, 297.0)),
        "a3" => Some((297.0, 420.0)),
        "a5" => Some((148.0, 210.0)),
        "b5" => Some((176.0, 250.0)),
        "letter" => Some((215.9, 279.4)),
        _ => None,
    }
}

fn placement(name: &str) -> Option<PageNumbers> {
    match name {
        "alternate" => Some(PageNumbers::Alternate),
        "center" | "centre" => Some(PageNumbers::Center),
        "none" => Some(PageNumbers::None),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
