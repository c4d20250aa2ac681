//! The checks a house style passes before it is used: the page keeps a type area of at
//! least 50 mm each way and lines of at least ten characters (no negative margins, no
//! page smaller than its margins), and every value is in its range, so a bad file is
//! refused with the key that is wrong instead of laying out a garbled page.

use super::*;

impl HouseStyle {
    /// Pages this style leaves no room on: on every built-in profile (and on letter
    /// paper), the type area must be at least [`MIN_TYPE_AREA_MM`] each way and a line
    /// must hold at least [`MIN_LINE_CHARS`] body characters. The error names the key most
    /// likely to blame: the last one the file sets among those that shape that dimension.
    pub(super) fn check_geometry(&self) -> Result<(), String> {
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
    pub(super) fn validate(&self) -> Result<(), String> {
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
}
