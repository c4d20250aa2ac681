//! The built-in profiles: GB/T 9704-2012 for official documents and speeches (A4,
//! margins 37/35/28/26 mm, a 22 × 28 grid, 16 pt 仿宋 body, 小标宋 titles, 黑/楷/仿宋
//! heading faces, page numbers as GB/T 9704 sets them), and a plain book page for
//! everything else (Liberation Serif on a measure of about 66 characters).

use super::*;

fn font(file: &str, name: &str, alt: Option<&str>) -> FontRef {
    FontRef {
        file: file.to_string(),
        name: name.to_string(),
        alt_name: alt.map(str::to_string),
    }
}

fn times(file: &str) -> FontRef {
    font(file, "Times New Roman", None)
}

impl Style {
    /// GB/T 9704-2012: A4, margins 37/35/28/26 mm, 22 × 28 grid, body 16 pt FangSong.
    pub(super) fn gbt9704(kind: StyleKind) -> Style {
        let latin = || times("LiberationSerif-Regular.ttf");
        let cjk = |file: &str, name: &str, alt: &str| Face {
            cjk: font(file, name, Some(alt)),
            latin: latin(),
        };
        let fang = cjk("FandolFang-Regular.otf", "仿宋_GB2312", "仿宋");
        let hei = cjk("FandolHei-Regular.otf", "黑体", "SimHei");
        let kai = cjk("FandolKai-Regular.otf", "楷体_GB2312", "楷体");
        Style {
            kind,
            paper_width: Pt::mm(210.0),
            paper_height: Pt::mm(297.0),
            margin_top: Pt::mm(37.0),
            margin_bottom: Pt::mm(35.0),
            margin_left: Pt::mm(28.0),
            margin_right: Pt::mm(26.0),
            grid: Some(Grid {
                lines: 22,
                chars: 28,
            }),
            leading: Pt::mm(225.0) / 22.0,
            sizes: Sizes {
                body: Pt(16.0),
                title: Pt(22.0),
                subtitle: Pt(16.0),
                headings: [Pt(16.0); 4],
                page_number: Pt(14.0),
                code: Pt(12.0),
            },
            faces: Faces {
                body: fang.clone(),
                title: Face {
                    cjk: font("FandolSong-Bold.otf", "方正小标宋简体", Some("宋体")),
                    latin: times("LiberationSerif-Bold.ttf"),
                },
                subtitle: kai.clone(),
                heading_hei: hei.clone(),
                heading_kai: kai.clone(),
                heading_other: fang,
                strong: hei,
                emphasis: kai,
                page_number: Face {
                    cjk: font("FandolSong-Regular.otf", "宋体", Some("SimSun")),
                    latin: latin(),
                },
                code: Face {
                    cjk: font("FandolFang-Regular.otf", "仿宋_GB2312", Some("仿宋")),
                    latin: font("LiberationMono-Regular.ttf", "Courier New", None),
                },
            },
            page_numbers: match kind {
                StyleKind::Speech => PageNumbers::Center,
                _ => PageNumbers::Alternate,
            },
            page_number_format: "— {n} —".to_string(),
            page_number_gap: Pt::mm(7.0),
            bold_headings: false,
            title_space_after: 1.0,
            indent_chars: 2.0,
            indent_after_heading: true,
            system_fonts: true,
            hyphenate: false,
            chapters_start_page: false,
            code_in_text_scale: 1.0,
            quote_rule: false,
            space_around_tables: false,
            colors: Colors::default(),
        }
    }

    /// A plain book page: A4, Liberation Serif (Times metrics) 12 pt on 15 pt, a measure
    /// of [`PLAIN_MEASURE_EMS`] ems (about 66 characters a line) centred on the paper,
    /// 25 mm above the type area and 30 mm below it.
    pub(super) fn plain() -> Style {
        let serif = Face {
            cjk: font("FandolSong-Regular.otf", "宋体", Some("SimSun")),
            latin: times("LiberationSerif-Regular.ttf"),
        };
        let bold = Face {
            cjk: font("FandolHei-Regular.otf", "黑体", Some("SimHei")),
            latin: times("LiberationSerif-Bold.ttf"),
        };
        let italic = Face {
            cjk: font("FandolKai-Regular.otf", "楷体_GB2312", Some("楷体")),
            latin: times("LiberationSerif-Italic.ttf"),
        };
        Style {
            kind: StyleKind::Plain,
            paper_width: Pt::mm(210.0),
            paper_height: Pt::mm(297.0),
            margin_top: Pt::mm(25.0),
            margin_bottom: Pt::mm(30.0),
            margin_left: Pt::mm(25.0),
            margin_right: Pt::mm(25.0),
            grid: None,
            leading: Pt(15.0),
            sizes: Sizes {
                body: Pt(12.0),
                title: Pt(20.0),
                subtitle: Pt(13.0),
                headings: [Pt(16.0), Pt(14.0), Pt(13.0), Pt(12.0)],
                page_number: Pt(10.0),
                code: Pt(10.0),
            },
            faces: Faces {
                body: serif.clone(),
                title: bold.clone(),
                subtitle: italic.clone(),
                heading_hei: bold.clone(),
                heading_kai: bold.clone(),
                heading_other: bold.clone(),
                strong: bold,
                emphasis: italic,
                page_number: serif,
                code: Face {
                    cjk: font("FandolFang-Regular.otf", "仿宋_GB2312", Some("仿宋")),
                    latin: font("LiberationMono-Regular.ttf", "Courier New", None),
                },
            },
            page_numbers: PageNumbers::Center,
            // A book's plain folio; the GB/T 9704 dashes belong to Chinese documents.
            page_number_format: "{n}".to_string(),
            page_number_gap: Pt::mm(8.0),
            bold_headings: true,
            title_space_after: 1.0,
            indent_chars: 1.5,
            indent_after_heading: false,
            system_fonts: true,
            hyphenate: true,
            chapters_start_page: true,
            code_in_text_scale: 0.9,
            quote_rule: true,
            space_around_tables: true,
            colors: Colors::default(),
        }
        .with_centred_measure(PLAIN_MEASURE_EMS)
    }
}
