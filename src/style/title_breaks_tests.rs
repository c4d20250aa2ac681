//! Spec tests for title line breaks: between words, balanced, issuers apart, numbers whole.

use super::*;
use crate::model::Inline;

/// The lines `title` is set in at `capacity` characters a line.
fn lines(title: &str, capacity: f64) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    for (end, start) in title_breaks(title, capacity) {
        out.push(title[from..end].to_string());
        from = start;
    }
    out.push(title[from..].to_string());
    out
}

/// True if `word` is cut by a line break somewhere in `lines`.
fn splits(lines: &[String], word: &str) -> bool {
    lines.concat().contains(word) && !lines.iter().any(|l| l.contains(word))
}

#[test]
fn a_title_that_fits_stays_on_one_line() {
    assert!(title_breaks("关于某事的通知", 20.0).is_empty());
    assert!(title_breaks("关于申请城区供水管网改造资金的请示", 20.0).is_empty());
}

#[test]
fn a_request_never_splits_a_word_at_any_measure() {
    let title = "关于申请城区供水管网改造资金的请示";
    for capacity in 6..17 {
        let set = lines(title, f64::from(capacity));
        assert!(set.len() >= 2, "{set:?}");
        assert_eq!(set.concat(), title);
        // jieba's dictionary reads "供水管/网", so that pair is left to it.
        for word in ["申请", "城区", "改造", "资金", "请示"] {
            assert!(!splits(&set, word), "{word} split at {capacity}: {set:?}");
        }
        assert!(set.iter().all(|l| width_in_chars(l) <= f64::from(capacity)));
        assert!(set.iter().all(|l| !l.starts_with('的')), "{set:?}");
    }
}

#[test]
fn a_long_title_is_balanced_with_the_first_line_the_longest() {
    let title = "关于进一步加强和改进新时代基层社会治理工作的意见";
    let set = lines(title, 20.0);
    assert_eq!(set.len(), 2, "{set:?}");
    let (a, b) = (set[0].chars().count(), set[1].chars().count());
    assert!(a >= b && a - b <= 3, "{set:?}");
    for word in [
        "加强",
        "改进",
        "新时代",
        "基层",
        "社会",
        "治理",
        "工作",
        "意见",
    ] {
        assert!(!splits(&set, word), "{word}: {set:?}");
    }
}

#[test]
fn joint_issuers_stand_on_their_own_line() {
    let set = lines("中共中央 国务院关于加快建设全国统一大市场的意见", 20.0);
    assert_eq!(set, ["中共中央 国务院", "关于加快建设全国统一大市场的意见"]);
    let set = lines(
        "财政部、税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告",
        20.0,
    );
    assert_eq!(set[0], "财政部、税务总局", "{set:?}");
    assert!(
        set[1..].iter().all(|l| width_in_chars(l) <= 20.0),
        "{set:?}"
    );
}

#[test]
fn a_number_keeps_its_unit_and_its_digits() {
    let title = "某某市人民政府关于印发2026年政府工作要点和第十三届重点任务分工的通知";
    for capacity in 8..24 {
        let set = lines(title, f64::from(capacity));
        for whole in ["2026年", "第十三届"] {
            assert!(!splits(&set, whole), "{whole} at {capacity}: {set:?}");
        }
        assert!(set.iter().all(|l| !l.ends_with("关于")), "{set:?}");
    }
}

#[test]
fn no_line_opens_with_a_closing_mark_or_ends_with_an_opening_one() {
    let title = "关于《某某条例》实施中若干问题的意见和建议的说明";
    for capacity in 6..20 {
        let set = lines(title, f64::from(capacity));
        assert!(
            set.iter()
                .all(|l| !l.starts_with('》') && !l.ends_with('《')),
            "{set:?}"
        );
    }
}

#[test]
fn a_title_without_word_breaks_that_fit_is_broken_between_characters() {
    // One word longer than a line: the breaks fall inside it, lines still fit.
    let set = lines("中华人民共和国全国人民代表大会常务委员会", 8.0);
    assert!(set.len() >= 3, "{set:?}");
    assert!(set.iter().all(|l| width_in_chars(l) <= 8.0), "{set:?}");
}

#[test]
fn broken_content_keeps_emphasis_and_drops_blanks_at_breaks() {
    let content = vec![
        Inline::Text("中共中央 ".into()),
        Inline::Strong(vec![Inline::Text(
            "国务院关于加快建设全国统一大市场的意见".into(),
        )]),
    ];
    let style = crate::style::Style::builtin(crate::model::StyleKind::Gongwen);
    let broken = broken_title(&content, &style).unwrap();
    assert_eq!(
        broken,
        vec![
            Inline::Text("中共中央 ".into()),
            Inline::Strong(vec![
                Inline::Text("国务院".into()),
                Inline::LineBreak,
                Inline::Text("关于加快建设全国统一大市场的意见".into()),
            ]),
        ]
    );
    let spaced = [Inline::Text(
        "中共中央 国务院  关于加快建设全国统一大市场的意见".into(),
    )];
    assert_eq!(
        broken_title(&spaced, &style).unwrap(),
        vec![
            Inline::Text("中共中央 国务院".into()),
            Inline::LineBreak,
            Inline::Text("关于加快建设全国统一大市场的意见".into()),
        ]
    );
    assert_eq!(
        broken_title(&[Inline::Text("关于某事的通知".into())], &style),
        None
    );
    let linked = [Inline::Link {
        url: "x".into(),
        content: vec![Inline::Text(
            "关于进一步加强和改进新时代基层社会治理工作的意见".into(),
        )],
    }];
    assert_eq!(broken_title(&linked, &style), None);
}
