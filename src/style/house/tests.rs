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
    let err = HouseStyle::from_toml("[page]\nmargin_left = 150\nmargin_right = 150\n").unwrap_err();
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
