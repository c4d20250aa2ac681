//! The XML pass over every WordprocessingML part docx-rs writes: small, explicit
//! repairs, then the schema-order sort of `order`.
//!
//! Repairs, each for something docx-rs cannot express:
//! * every `w:ind` with `w:firstLine` / `w:hanging` gets its character-unit twin
//!   (`w:firstLineChars="200"` for 630 twips on the GB/T 9704 grid; the unit is
//!   `Metrics::char_twips`, one grid cell or one body character).
//!   docx-rs keeps `first_line_chars` but never writes it. Word lets a `…Chars` value
//!   win over twips along the style chain, so a style that resets the indent must reset
//!   both: that is why *every* first-line/hanging value gets its twin, zero included;
//! * the `Normal` style becomes the default paragraph style (`w:default="1"`). The
//!   space between Chinese and Latin letters or digits is left to each program's
//!   default (`w:autoSpaceDE`, `w:autoSpaceDN` unset): LibreOffice sets a fifth of an
//!   em whatever the file asks, Word a quarter, and the PDF sets LibreOffice's fifth
//!   (`script::HAN_WESTERN_SPACE_EM`);
//! * the document defaults get `w:lang` (East-Asian zh-CN), which docx-rs has no
//!   builder for, and on a grid the glyph width `w:w` and extra advance `w:spacing`
//!   (`Metrics::char_scale`, `Metrics::char_spacing`; see the `page` module doc);
//! * `w14:paraId`/`w14:textId` attributes are dropped: docx-rs numbers them from a
//!   thread-local counter, so they would differ between two writes of one document;
//! * schema violations docx-rs writes are removed: its own empty `Normal` style ahead of
//!   ours (a duplicate style id; the later definition wins), `w:rPr` inside the `w:pPr`
//!   of a style, of `w:pPrDefault` and of a numbering level (CT_PPrGeneral has none),
//!   and `w:type` on `w:gridCol`.

use super::order::order_children;
use super::xmltree::{parse, root_mut, serialize, Element, Node};

/// What the repairs need to know.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fixups<'a> {
    /// Twips per character unit (one body character).
    pub char_twips: i32,
    /// `w:lang w:val` (Latin text).
    pub lang: &'a str,
    /// `w:lang w:eastAsia`.
    pub lang_east_asia: &'a str,
    /// Glyph width in per cent for the document defaults (`w:w`); 100 writes nothing.
    pub char_scale: u32,
    /// Extra advance for the document defaults (`w:spacing`, twentieths of a point); 0
    /// writes nothing.
    pub char_spacing: i32,
}

/// Repairs and orders one XML part.
pub(crate) fn fix_part(xml: &[u8], fixups: &Fixups<'_>) -> Result<Vec<u8>, String> {
    let mut nodes = parse(xml)?;
    if let Some(root) = root_mut(&mut nodes) {
        fix_element(root, fixups);
    }
    Ok(serialize(&nodes))
}

/// Repairs and orders `el` and everything below it.
fn fix_element(el: &mut Element, fixups: &Fixups<'_>) {
    el.walk_mut(&mut |el: &mut Element| repair(el, fixups));
    order_children(el);
}

/// Repairs and orders a run of elements written on their own (body paragraphs and
/// tables), exactly as [`fix_part`] would inside the part.
pub(crate) fn fix_fragment(xml: &[u8], fixups: &Fixups<'_>) -> Result<Vec<u8>, String> {
    let mut nodes = parse(xml)?;
    for node in &mut nodes {
        if let Node::Element(el) = node {
            fix_element(el, fixups);
        }
    }
    Ok(serialize(&nodes))
}

/// Does what [`fix_part`] does to `word/document.xml`, one child of `w:body` at a time
/// (a whole-part tree of a 200,000-paragraph document took hundreds of megabytes), and
/// puts `chunks[i]` (fragments already fixed) where the body holds the placeholder
/// paragraph [`chunk_placeholder`]`(i)`.
pub(crate) fn fix_document(
    xml: &[u8],
    fixups: &Fixups<'_>,
    chunks: &[Vec<u8>],
) -> Result<Vec<u8>, String> {
    use quick_xml::events::Event;
    let text = std::str::from_utf8(xml).map_err(|e| format!("XML part is not UTF-8: {e}"))?;
    let mut reader = quick_xml::Reader::from_str(text);
    let capacity = xml.len() + chunks.iter().map(Vec::len).sum::<usize>();
    let mut writer = quick_xml::Writer::new(Vec::with_capacity(capacity));
    // 0 outside the root, 1 inside `w:document`, 2 inside `w:body`.
    let mut depth = 0;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML part does not parse: {e}"))?;
        // Writing into a Vec cannot fail, so the io::Results below are safely ignored.
        match event {
            Event::Eof => break,
            Event::Start(start) if depth < 2 => {
                let mut el = Element {
                    start: start.into_owned(),
                    children: Vec::new(),
                };
                repair(&mut el, fixups);
                let _ = writer.write_event(Event::Start(el.start.borrow()));
                depth += 1;
            }
            Event::End(end) => {
                if depth == 0 {
                    return Err("XML part has an unmatched end tag".to_string());
                }
                let _ = writer.write_event(Event::End(end));
                depth -= 1;
            }
            Event::Start(start) => {
                let mut el = super::xmltree::read_element(&mut reader, start)?;
                match placeholder_index(&el).and_then(|i| chunks.get(i)) {
                    Some(chunk) => writer.get_mut().extend_from_slice(chunk),
                    None => {
                        fix_element(&mut el, fixups);
                        super::xmltree::write_node(&mut writer, &Node::Element(el));
                    }
                }
            }
            Event::Empty(start) => {
                let mut el = Element {
                    start: start.into_owned(),
                    children: Vec::new(),
                };
                fix_element(&mut el, fixups);
                super::xmltree::write_node(&mut writer, &Node::Element(el));
            }
            other => {
                let _ = writer.write_event(other);
            }
        }
    }
    if depth == 0 {
        Ok(writer.into_inner())
    } else {
        Err("XML part ends inside an element".to_string())
    }
}

/// The paragraph style naming the `i`th chunk of pre-written body XML.
pub(crate) fn chunk_placeholder(i: usize) -> String {
    format!("DocpipeChunk{i}")
}

/// Which chunk a placeholder paragraph stands for, if `el` is one.
fn placeholder_index(el: &Element) -> Option<usize> {
    if !el.is_w("p") {
        return None;
    }
    let style = el
        .elements()
        .find(|e| e.is_w("pPr"))?
        .elements()
        .find(|e| e.is_w("pStyle"))?
        .attr("w:val")?;
    style.strip_prefix("DocpipeChunk")?.parse().ok()
}

fn repair(el: &mut Element, fixups: &Fixups<'_>) {
    el.remove_attr("w14:paraId");
    el.remove_attr("w14:textId");
    if el.is_w("styles") {
        drop_duplicate_styles(el);
    } else if el.is_w("style") || el.is_w("pPrDefault") || el.is_w("lvl") {
        for ppr in el.elements_mut().filter(|e| e.is_w("pPr")) {
            ppr.children
                .retain(|n| !matches!(n, Node::Element(e) if e.is_w("rPr")));
        }
    } else if el.is_w("gridCol") {
        el.remove_attr("w:type");
    }
    if el.is_w("ind") {
        add_char_units(el, fixups.char_twips);
    } else if el.is_w("style") && el.attr("w:styleId").as_deref() == Some("Normal") {
        el.set_attr("w:default", "1");
    } else if el.is_w("rPrDefault") {
        add_language(el, fixups);
    }
}

/// Sorts the relationships of a `.rels` part by id (prefix, then number): docx-rs
/// collects hyperlink relationships in hash order, which differs from run to run.
pub(crate) fn sort_relationships(xml: &[u8]) -> Result<Vec<u8>, String> {
    let mut nodes = parse(xml)?;
    if let Some(root) = root_mut(&mut nodes) {
        root.children.sort_by_cached_key(|n| match n {
            Node::Element(e) => relationship_key(&e.attr("Id").unwrap_or_default()),
            Node::Other(_) => (String::new(), 0),
        });
    }
    Ok(serialize(&nodes))
}

/// "rIdHyperlink12" → ("rIdHyperlink", 12).
fn relationship_key(id: &str) -> (String, u64) {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, number) = id.split_at(id.len() - digits);
    (prefix.to_string(), number.parse().unwrap_or(0))
}

/// Keeps only the last `w:style` of each style id.
fn drop_duplicate_styles(styles: &mut Element) {
    let id_of = |n: &Node| match n {
        Node::Element(e) if e.is_w("style") => e.attr("w:styleId"),
        _ => None,
    };
    let ids: Vec<Option<String>> = styles.children.iter().map(id_of).collect();
    let mut keep = ids.iter().enumerate().map(|(i, id)| match id {
        Some(id) => !ids[i + 1..]
            .iter()
            .any(|later| later.as_deref() == Some(id)),
        None => true,
    });
    styles.children.retain(|_| keep.next().unwrap_or(true));
}

/// Adds `w:firstLineChars` / `w:hangingChars` next to `w:firstLine` / `w:hanging`.
fn add_char_units(ind: &mut Element, char_twips: i32) {
    let unit = f64::from(char_twips.max(1));
    for (twips_attr, chars_attr) in [
        ("w:firstLine", "w:firstLineChars"),
        ("w:hanging", "w:hangingChars"),
    ] {
        if let Some(value) = ind.attr(twips_attr).and_then(|v| v.parse::<f64>().ok()) {
            let chars = (value * 100.0 / unit).round() as i64;
            ind.set_attr(chars_attr, &chars.to_string());
        }
    }
}

/// Puts `w:lang` and the glyph width into the default run properties (creating `w:rPr`
/// if needed; `order` puts them in schema order).
fn add_language(rpr_default: &mut Element, fixups: &Fixups<'_>) {
    if !rpr_default.elements().any(|e| e.is_w("rPr")) {
        rpr_default
            .children
            .push(Node::Element(Element::new("w:rPr", &[])));
    }
    for rpr in rpr_default.elements_mut().filter(|e| e.is_w("rPr")) {
        rpr.children
            .retain(|n| !matches!(n, Node::Element(e) if e.is_w("lang") || e.is_w("w") || e.is_w("spacing")));
        if fixups.char_spacing != 0 {
            let spacing = fixups.char_spacing.to_string();
            rpr.children.push(Node::Element(Element::new(
                "w:spacing",
                &[("w:val", &spacing)],
            )));
        }
        if fixups.char_scale != 100 {
            let scale = fixups.char_scale.to_string();
            rpr.children
                .push(Node::Element(Element::new("w:w", &[("w:val", &scale)])));
        }
        rpr.children.push(Node::Element(Element::new(
            "w:lang",
            &[
                ("w:val", fixups.lang),
                ("w:eastAsia", fixups.lang_east_asia),
                ("w:bidi", "ar-SA"),
            ],
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Fixups<'static> = Fixups {
        char_twips: 320,
        lang: "en-US",
        lang_east_asia: "zh-CN",
        char_scale: 100,
        char_spacing: 0,
    };

    fn fix(xml: &str) -> String {
        String::from_utf8(fix_part(xml.as_bytes(), &F).unwrap()).unwrap()
    }

    #[test]
    fn first_line_gets_first_line_chars() {
        assert_eq!(
            fix(r#"<w:pPr><w:ind w:left="0" w:right="0" w:firstLine="640"/></w:pPr>"#),
            r#"<w:pPr><w:ind w:left="0" w:right="0" w:firstLine="640" w:firstLineChars="200"/></w:pPr>"#
        );
        assert_eq!(
            fix(r#"<w:ind w:left="1600" w:hanging="1120"/>"#),
            r#"<w:ind w:left="1600" w:hanging="1120" w:hangingChars="350"/>"#
        );
        // A reset to zero is written in both units, so it also beats an inherited Chars value.
        assert_eq!(
            fix(r#"<w:ind w:left="0" w:firstLine="0"/>"#),
            r#"<w:ind w:left="0" w:firstLine="0" w:firstLineChars="0"/>"#
        );
    }

    #[test]
    fn normal_becomes_the_default_style_and_defaults_get_a_language() {
        let out = fix(
            r#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"/></w:styles>"#,
        );
        assert!(out.contains(r#"<w:style w:type="paragraph" w:styleId="Normal" w:default="1">"#));
        assert!(out.contains(
            r#"<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>"#
        ));
        assert!(!out.contains(r#"styleId="Title" w:default"#));
        assert!(!out.contains("<w:w ") && !out.contains("<w:spacing "));
        assert!(!out.contains("autoSpace"));
    }

    #[test]
    fn a_grid_document_gets_its_glyph_width() {
        let f = Fixups {
            char_scale: 98,
            char_spacing: 2,
            ..F
        };
        let xml = r#"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>"#;
        let out = String::from_utf8(fix_part(xml.as_bytes(), &f).unwrap()).unwrap();
        assert!(
            out.contains(
                r#"<w:rPr><w:spacing w:val="2"/><w:w w:val="98"/><w:sz w:val="32"/><w:lang "#
            ),
            "{out}"
        );
        assert!(!out.contains("autoSpace"), "{out}");
    }

    #[test]
    fn schema_violations_of_docx_rs_are_removed() {
        let out = fix(
            r#"<w:styles><w:style w:styleId="Normal"><w:name w:val="a"/></w:style><w:style w:styleId="Title"><w:pPr><w:jc/><w:rPr/></w:pPr></w:style><w:style w:styleId="Normal"><w:name w:val="b"/></w:style></w:styles>"#,
        );
        assert_eq!(
            out,
            r#"<w:styles><w:style w:styleId="Title"><w:pPr><w:jc/></w:pPr></w:style><w:style w:styleId="Normal" w:default="1"><w:name w:val="b"/></w:style></w:styles>"#
        );
        assert_eq!(
            fix(r#"<w:tblGrid><w:gridCol w:w="100" w:type="dxa"/></w:tblGrid>"#),
            r#"<w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>"#
        );
        // A paragraph's own pPr keeps its rPr (the paragraph mark's properties).
        assert!(
            fix(r#"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr></w:p>"#).contains("<w:vanish/>")
        );
    }

    #[test]
    fn relationships_are_sorted_by_prefix_then_number() {
        let xml = r#"<Relationships><Relationship Id="rIdHyperlink10"/><Relationship Id="rId2"/><Relationship Id="rIdHyperlink2"/><Relationship Id="rId1"/></Relationships>"#;
        let out = String::from_utf8(sort_relationships(xml.as_bytes()).unwrap()).unwrap();
        assert_eq!(
            out,
            r#"<Relationships><Relationship Id="rId1"/><Relationship Id="rId2"/><Relationship Id="rIdHyperlink2"/><Relationship Id="rIdHyperlink10"/></Relationships>"#
        );
    }

    #[test]
    fn paragraph_ids_are_dropped_and_children_ordered() {
        assert_eq!(
            fix(
                r#"<w:p w14:paraId="00000001" w14:textId="00000002"><w:r><w:t>x</w:t></w:r><w:pPr><w:rPr/><w:pStyle w:val="Title"/></w:pPr></w:p>"#
            ),
            r#"<w:p><w:pPr><w:pStyle w:val="Title"/><w:rPr/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#
        );
    }
}
