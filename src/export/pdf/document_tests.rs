//! Tests of what the PDF says beside its text, read back with lopdf: the document's
//! Info metadata, the outline, link annotations, and colour operators.

use super::tests::{name, one_body_run, resolve, written, A4};
use super::*;
use crate::fonts::test_book;
use crate::layout::frame::FrameItem;
use crate::units::Pt;
use lopdf::Object;

#[test]
fn metadata_comes_from_the_options() {
    let (_, pdf) = written();
    let info = resolve(&pdf, pdf.trailer.get(b"Info").unwrap())
        .as_dict()
        .unwrap();
    let text = |key: &[u8]| {
        let Object::String(bytes, _) = info.get(key).unwrap() else {
            panic!("not a string")
        };
        bytes.clone()
    };
    let utf16 = |s: &str| {
        let mut b = vec![0xFE, 0xFF];
        b.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        b
    };
    assert_eq!(text(b"Title"), utf16("关于工作的讲话"));
    assert_eq!(text(b"Author"), utf16("办公室"));
    assert_eq!(text(b"Producer"), b"docpipe");
    assert_eq!(text(b"CreationDate"), b"D:20250301083456Z");
}

#[test]
fn outline_nests_levels_and_points_at_pages() {
    let (_, pdf) = written();
    let catalog = pdf.catalog().unwrap();
    assert_eq!(name(catalog.get(b"PageMode").unwrap()), "UseOutlines");
    let root = resolve(&pdf, catalog.get(b"Outlines").unwrap())
        .as_dict()
        .unwrap();
    assert_eq!(root.get(b"Count").unwrap().as_i64().unwrap(), 2);
    let top = resolve(&pdf, root.get(b"First").unwrap())
        .as_dict()
        .unwrap();
    assert!(top.get(b"Next").is_err());
    let child = resolve(&pdf, top.get(b"First").unwrap()).as_dict().unwrap();
    let dest = child.get(b"Dest").unwrap().as_array().unwrap();
    let second_page = *pdf.get_pages().get(&2).unwrap();
    assert_eq!(dest[0].as_reference().unwrap(), second_page);
    assert!((dest[3].as_float().unwrap() as f64 - (A4.1 - 100.0)).abs() < 0.01);
}

#[test]
fn links_are_uri_annotations_at_their_rect() {
    let (_, pdf) = written();
    let first = *pdf.get_pages().values().next().unwrap();
    let page = pdf.get_dictionary(first).unwrap();
    let annots = resolve(&pdf, page.get(b"Annots").unwrap())
        .as_array()
        .unwrap();
    assert_eq!(annots.len(), 1);
    let link = resolve(&pdf, &annots[0]).as_dict().unwrap();
    let rect: Vec<f32> = link
        .get(b"Rect")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_float().unwrap())
        .collect();
    assert!((rect[1] as f64 - (A4.1 - 250.0)).abs() < 0.01, "{rect:?}");
    assert!((rect[3] as f64 - (A4.1 - 230.0)).abs() < 0.01, "{rect:?}");
    let action = resolve(&pdf, link.get(b"A").unwrap()).as_dict().unwrap();
    assert_eq!(name(action.get(b"S").unwrap()), "URI");
}

/// A coloured run and rule are painted in their colour, and black follows them.
#[test]
fn coloured_items_are_painted_and_black_is_restored() {
    let red = crate::style::Rgb::RED;
    let mut laid = one_body_run("红头");
    let items = &mut laid.pages[0].items;
    if let FrameItem::Text(run) = &mut items[0] {
        run.color = Some(red);
    }
    items.push(FrameItem::Rule {
        from: (Pt(79.0), Pt(300.0)),
        to: (Pt(521.0), Pt(300.0)),
        width: Pt(1.0),
        color: Some(red),
    });
    let mut black = one_body_run("正文").pages.remove(0).items;
    items.append(&mut black);
    let fonts = fonts::subset_fonts(&laid, test_book()).unwrap();
    let ops = content::page_ops(&laid.pages[0], &fonts, &images::PdfImages::default());
    let colours: Vec<(bool, f32)> = ops
        .iter()
        .filter_map(|op| match op {
            printpdf::Op::SetFillColor {
                col: printpdf::Color::Rgb(c),
            } => Some((true, c.r)),
            printpdf::Op::SetOutlineColor {
                col: printpdf::Color::Rgb(c),
            } => Some((false, c.r)),
            _ => None,
        })
        .collect();
    // Red once for the run (fill and stroke, kept for the rule), black once after.
    assert_eq!(
        colours,
        [(true, 1.0), (false, 1.0), (true, 0.0), (false, 0.0)]
    );
}
