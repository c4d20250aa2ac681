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

    /// Pages this style leaves no room on: on every built-in profile (and on letter
    /// paper), the type area must be at least [`MIN_TYPE_AREA_MM`] each way and a line
    /// must hold at least [`MIN_LINE_CHARS`] body characters. The error names the key most
    /// likely to blame: the last one the file sets among those that shape that dimension.
    fn check_geometry(&self) -> Result<(), String> {
        let p = &self.page;
        let blame = |keys: [(&'static str, bool); 4]| {
            keys.iter()
                .rev()
                .find(|k| k.1)
                .map_or("page", |k| k.0)
                .to_string()
        };
        let across = blame([
            ("page.paper", p.paper.is_some()),
            ("page.width", p.width.is_some()),
            ("page.margin_left", p.margin_left.is_some()),
            ("page.margin_right", p.margin_right.is_some()),
        ]);
        let down = blame([
            ("page.paper", p.paper.is_some()),
            ("page.height", p.height.is_some()),
            ("page.margin_top", p.margin_top.is_some()),
            ("page.margin_bottom", p.margin_bottom.is_some()),
        ]);
        for kind in [StyleKind::Speech, StyleKind::Gongwen, StyleKind::Plain] {
            for letter in [false, true] {
                let mut base = Style::builtin(kind);
                if letter {
                    base = base.with_letter_paper();
                }
                let style = self.apply(base);
                let paper = if letter { "letter paper" } else { "its paper" };
                let width = style.type_area_width().to_mm();
                let height = style.type_area_height().to_mm();
                if width < MIN_TYPE_AREA_MM {
                    return Err(format!(
                        "{across}: leaves a type area {width:.0} mm wide on {paper} (the \
                         {} style); at least {MIN_TYPE_AREA_MM} mm is needed",
                        kind.name()
                    ));
                }
                if height < MIN_TYPE_AREA_MM {
                    return Err(format!(
                        "{down}: leaves a type area {height:.0} mm high on {paper} (the \
                         {} style); at least {MIN_TYPE_AREA_MM} mm is needed",
                        kind.name()
                    ));
                }
                let chars = match style.grid {
                    Some(g) => f64::from(g.chars),
                    None => style.type_area_width().0 / style.sizes.body.0,
                };
                if chars < f64::from(MIN_LINE_CHARS) {
                    let key = if self.grid.is_some() {
                        "grid.chars".to_string()
                    } else if self.sizes.body.is_some() {
                        "sizes.body".to_string()
                    } else {
                        across.clone()
                    };
                    return Err(format!(
                        "{key}: a line holds {chars:.0} characters (the {} style); at \
                         least {MIN_LINE_CHARS} are needed",
                        kind.name()
                    ));
                }
            }
        }
        Ok(())
    }

    /// Values that parse but make no sense (negative margins, a 0-line grid…).
    fn validate(&self) -> Result<(), String> {
        let p = &self.page;
        let lengths = [
            ("page.width", p.width),
            ("page.height", p.height),
            ("page.margin_top", p.margin_top),
            ("page.margin_bottom", p.margin_bottom),
            ("page.margin_left", p.margin_left),
            ("page.margin_right", p.margin_right),
            ("page.leading", p.leading),
            ("page_numbers.gap", self.page_numbers.gap),
        ];
        for (key, value) in lengths {
            if let Some(v) = value {
                if !(0.0..=2000.0).contains(&v) {
                    return Err(format!("{key}: {v} is out of range (0 to 2000)"));
                }
            }
        }
        let s = &self.sizes;
        for (key, value) in [
            ("sizes.body", s.body),
            ("sizes.title", s.title),
            ("sizes.subtitle", s.subtitle),
            ("sizes.heading1", s.heading1),
            ("sizes.heading2", s.heading2),
            ("sizes.heading3", s.heading3),
            ("sizes.heading4", s.heading4),
            ("sizes.page_number", s.page_number),
            ("sizes.code", s.code),
        ] {
            if let Some(v) = value {
                if !(1.0..=200.0).contains(&v) {
                    return Err(format!("{key}: {v} pt is out of range (1 to 200)"));
                }
            }
        }
        if let Some(g) = self.grid {
            if !(1..=200).contains(&g.lines) || !(1..=200).contains(&g.chars) {
                return Err("grid: lines and chars must be between 1 and 200".to_string());
            }
        }
        if let Some(paper) = &p.paper {
            if paper_size(paper).is_none() {
                return Err(format!(
                    "page.paper: unknown paper {paper:?} (use a4, a3, a5, b5 or letter)"
                ));
            }
        }
        if let Some(place) = &self.page_numbers.placement {
            if placement(place).is_none() {
                return Err(format!(
                    "page_numbers.placement: unknown value {place:?} (use alternate, center or none)"
                ));
            }
        }
        if let Some(mark) = &self.colors.mark {
            if Rgb::parse(mark).is_none() {
                return Err(format!(
                    "colors.mark: {mark:?} is not a colour (write it \"#RRGGBB\", as \"#FF0000\")"
                ));
            }
        }
        if let Some(f) = &self.page_numbers.format {
            if !f.contains("{n}") {
                return Err("page_numbers.format: must contain {n}".to_string());
            }
        }
        Ok(())
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
mod tests {
    use super::*;
    use crate::model::StyleKind;

    #[test]
    fn overrides_apply_and_the_rest_stays() {
        let house = HouseStyle::from_toml(
            "[page]\nmargin_left = 30\n[grid]\nlines = 20\nchars = 26\n[sizes]\nbody = 15\n\
             [faces.body]\ndocx = \"仿宋\"\n[page_numbers]\nplacement = \"center\"\n",
        )
        .unwrap();
        let style = house.apply(Style::builtin(StyleKind::Gongwen));
        assert!((style.margin_left.to_mm() - 30.0).abs() < 1e-9);
        assert!((style.margin_top.to_mm() - 37.0).abs() < 1e-9);
        assert_eq!(style.grid.map(|g| (g.lines, g.chars)), Some((20, 26)));
        assert_eq!(style.sizes.body, Pt(15.0));
        assert_eq!(style.faces.body.cjk.name, "仿宋");
        assert_eq!(style.faces.body.cjk.file, "FandolFang-Regular.otf");
        assert_eq!(style.page_numbers, PageNumbers::Center);
    }

    #[test]
    fn colors_set_the_mark_or_print_in_black() {
        let base = Style::builtin(StyleKind::Gongwen);
        assert_eq!(base.mark_color(), Some(Rgb::RED));
        let house = HouseStyle::from_toml("[colors]\nmark = \"#C00000\"\n").unwrap();
        assert_eq!(
            house.apply(base.clone()).mark_color(),
            Some(Rgb(0xC0, 0, 0))
        );
        let house = HouseStyle::from_toml("[colors]\nmono = true\n").unwrap();
        assert_eq!(house.apply(base).mark_color(), None);
        let err = HouseStyle::from_toml("[colors]\nmark = \"red\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("colors.mark") && err.contains("line 2"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_name_the_line_and_key() {
        let err = HouseStyle::from_toml("[page]\nmargin_left = 30\nmargn_top = 2\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("margn_top"), "{err}");
    }

    #[test]
    fn bad_values_are_refused() {
        let err = HouseStyle::from_toml("[sizes]\nbody = \"big\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
        let err = HouseStyle::from_toml("[sizes]\nbody = 0.1\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("sizes.body") && err.contains("line 2"),
            "{err}"
        );
        let err = HouseStyle::from_toml("[page_numbers]\nplacement = \"top\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("placement"), "{err}");
        let err = HouseStyle::from_toml("[page]\npaper = \"a9\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("a9"), "{err}");
    }

    #[test]
    fn errors_are_typed_with_line_key_and_source() {
        let err =
            HouseStyle::from_toml("[page]\nmargin_left = 150\nmargin_right = 150\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert_eq!(err.key.as_deref(), Some("page.margin_right"));
        assert!(std::error::Error::source(&err).is_none());
        let err = HouseStyle::from_toml("[sizes]\nbody = \"big\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(
            std::error::Error::source(&err).is_some(),
            "the TOML error is kept"
        );
        let err = HouseStyle::from_file(Path::new("/no/such/house.toml")).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("/no/such/house.toml: cannot read"));
        assert!(
            std::error::Error::source(&err).is_some(),
            "the I/O error is kept"
        );
    }

    #[test]
    fn pages_without_room_are_refused_naming_line_and_key() {
        let err = HouseStyle::from_toml("[page]\nmargin_left = 150\nmargin_right = 150\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 3") && err.contains("page.margin_right") && err.contains("wide"),
            "{err}"
        );
        let err = HouseStyle::from_toml("[page]\nwidth = 1\nheight = 1\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("page.width"),
            "{err}"
        );
        let err = HouseStyle::from_toml("[grid]\nlines = 22\nchars = 5\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 3") && err.contains("grid.chars"),
            "{err}"
        );
        let err = HouseStyle::from_toml("[grid]\nlines = 0\nchars = 28\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("grid"), "{err}");
        let err = HouseStyle::from_toml("[page]\nmargin_top = -5\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("margin_top") && err.contains("line 2"),
            "{err}"
        );
        HouseStyle::from_toml("[page]\nmargin_left = 60\nmargin_right = 60\n").unwrap();
    }

    #[test]
    fn the_bundled_sample_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/house.toml");
        HouseStyle::from_file(&path).unwrap();
    }
}
