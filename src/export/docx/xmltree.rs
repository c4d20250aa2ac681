//! A minimal XML tree over quick-xml events, so the fix-up passes can move and edit
//! elements of the parts docx-rs writes without re-implementing its serialiser.
//!
//! Every node keeps the exact quick-xml event it was read from (escaping included), so
//! `serialize(parse(x))` reproduces `x` up to the form of empty elements. Only elements
//! are edited; text, declarations and comments pass through untouched.

use quick_xml::events::{BytesEnd, BytesStart, Event};
use quick_xml::{Reader, Writer};

/// One node of the tree: an element, or any other event kept as read.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// An element with its children.
    Element(Element),
    /// Text, a declaration, a comment…: written back as it was read.
    Other(Event<'static>),
}

/// An element: its start tag (name and attributes, raw) and its children.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    /// The start tag as read.
    pub start: BytesStart<'static>,
    /// The children in document order.
    pub children: Vec<Node>,
}

impl Element {
    /// An element with `name` (qualified, e.g. `w:lang`) and `attrs`, without children.
    pub fn new(name: &str, attrs: &[(&str, &str)]) -> Element {
        let mut start = BytesStart::new(name.to_string());
        for attr in attrs {
            start.push_attribute(*attr);
        }
        Element {
            start,
            children: Vec::new(),
        }
    }

    /// The qualified name, e.g. `w:pPr`.
    pub fn name(&self) -> String {
        String::from_utf8_lossy(self.start.name().as_ref()).into_owned()
    }

    /// True if and only if this is a WordprocessingML element (`w:` prefix) called `local`.
    pub fn is_w(&self, local: &str) -> bool {
        self.start.name().into_inner().strip_prefix(b"w:") == Some(local.as_bytes())
    }

    /// The local name of a `w:` element, or `None` for other namespaces.
    pub fn w_local(&self) -> Option<&str> {
        let name = std::str::from_utf8(self.start.name().into_inner()).ok()?;
        name.strip_prefix("w:")
    }

    /// The raw value of attribute `name` (qualified), if present.
    pub fn attr(&self, name: &str) -> Option<String> {
        self.start
            .attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name.as_bytes())
            .map(|a| String::from_utf8_lossy(&a.value).into_owned())
    }

    /// Sets attribute `name` to `value` (already escaped), replacing any earlier value
    /// and keeping the order of the others.
    pub fn set_attr(&mut self, name: &str, value: &str) {
        let mut attrs: Vec<(Vec<u8>, Vec<u8>)> = self
            .start
            .attributes()
            .flatten()
            .map(|a| (a.key.as_ref().to_vec(), a.value.to_vec()))
            .collect();
        match attrs.iter_mut().find(|(k, _)| k == name.as_bytes()) {
            Some(slot) => slot.1 = value.as_bytes().to_vec(),
            None => attrs.push((name.as_bytes().to_vec(), value.as_bytes().to_vec())),
        }
        self.replace_attrs(attrs);
    }

    /// Removes attribute `name` if present.
    pub fn remove_attr(&mut self, name: &str) {
        let attrs: Vec<(Vec<u8>, Vec<u8>)> = self
            .start
            .attributes()
            .flatten()
            .filter(|a| a.key.as_ref() != name.as_bytes())
            .map(|a| (a.key.as_ref().to_vec(), a.value.to_vec()))
            .collect();
        self.replace_attrs(attrs);
    }

    fn replace_attrs(&mut self, attrs: Vec<(Vec<u8>, Vec<u8>)>) {
        self.start.clear_attributes();
        for (k, v) in &attrs {
            self.start
                .push_attribute(quick_xml::events::attributes::Attribute {
                    key: quick_xml::name::QName(k),
                    value: std::borrow::Cow::Borrowed(v),
                });
        }
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Other(_) => None,
        })
    }

    /// The child elements, mutably.
    pub fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Other(_) => None,
        })
    }

    /// Calls `f` on this element and every element below it, parents before children.
    pub fn walk_mut(&mut self, f: &mut dyn FnMut(&mut Element)) {
        f(self);
        for child in self.elements_mut() {
            child.walk_mut(f);
        }
    }
}

/// Parses a whole XML part into its top-level nodes.
pub(crate) fn parse(xml: &[u8]) -> Result<Vec<Node>, String> {
    let text = std::str::from_utf8(xml).map_err(|e| format!("XML part is not UTF-8: {e}"))?;
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML part does not parse: {e}"))?;
        let node = match event {
            Event::Eof => break,
            Event::Start(start) => {
                stack.push(Element {
                    start: start.into_owned(),
                    children: Vec::new(),
                });
                continue;
            }
            Event::End(_) => match stack.pop() {
                Some(done) => Node::Element(done),
                None => return Err("XML part has an unmatched end tag".to_string()),
            },
            Event::Empty(start) => Node::Element(Element {
                start: start.into_owned(),
                children: Vec::new(),
            }),
            other => Node::Other(other.into_owned()),
        };
        match stack.last_mut() {
            Some(parent) => parent.children.push(node),
            None => top.push(node),
        }
    }
    if stack.is_empty() {
        Ok(top)
    } else {
        Err("XML part ends inside an element".to_string())
    }
}

/// Reads the rest of the element `start` opened (its children and its end tag) from
/// `reader`, so a long part can be handled one subtree at a time.
pub(crate) fn read_element(
    reader: &mut Reader<&[u8]>,
    start: BytesStart<'_>,
) -> Result<Element, String> {
    let mut stack: Vec<Element> = vec![Element {
        start: start.into_owned(),
        children: Vec::new(),
    }];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML part does not parse: {e}"))?;
        let node = match event {
            Event::Eof => return Err("XML part ends inside an element".to_string()),
            Event::Start(start) => {
                stack.push(Element {
                    start: start.into_owned(),
                    children: Vec::new(),
                });
                continue;
            }
            Event::End(_) => match stack.pop() {
                Some(done) if stack.is_empty() => return Ok(done),
                Some(done) => Node::Element(done),
                None => return Err("XML part has an unmatched end tag".to_string()),
            },
            Event::Empty(start) => Node::Element(Element {
                start: start.into_owned(),
                children: Vec::new(),
            }),
            other => Node::Other(other.into_owned()),
        };
        if let Some(parent) = stack.last_mut() {
            parent.children.push(node);
        }
    }
}

/// Writes nodes back to bytes; childless elements become empty-element tags.
pub(crate) fn serialize(nodes: &[Node]) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new());
    for node in nodes {
        write_node(&mut writer, node);
    }
    writer.into_inner()
}

/// Writes one node as [`serialize`] does, onto `writer`.
pub(crate) fn write_node(writer: &mut Writer<Vec<u8>>, node: &Node) {
    // Writing into a Vec cannot fail, so the io::Result is safely ignored.
    match node {
        Node::Other(event) => {
            let _ = writer.write_event(event.borrow());
        }
        Node::Element(el) if el.children.is_empty() => {
            let _ = writer.write_event(Event::Empty(el.start.borrow()));
        }
        Node::Element(el) => {
            let _ = writer.write_event(Event::Start(el.start.borrow()));
            for child in &el.children {
                write_node(writer, child);
            }
            let name = el.name();
            let _ = writer.write_event(Event::End(BytesEnd::new(name)));
        }
    }
}

/// The root element of a parsed part, mutably.
pub(crate) fn root_mut(nodes: &mut [Node]) -> Option<&mut Element> {
    nodes.iter_mut().find_map(|n| match n {
        Node::Element(e) => Some(e),
        Node::Other(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_text_escapes_and_declaration() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><w:p a="1"><w:r><w:t xml:space="preserve">a &amp; b &lt;c&gt; 中文</w:t></w:r><w:x/></w:p>"#;
        let nodes = parse(xml.as_bytes()).unwrap();
        assert_eq!(String::from_utf8(serialize(&nodes)).unwrap(), xml);
    }

    #[test]
    fn attributes_can_be_set_and_removed() {
        let mut e = Element::new("w:ind", &[("w:left", "0"), ("w:firstLine", "640")]);
        e.set_attr("w:firstLineChars", "200");
        e.set_attr("w:left", "10");
        e.remove_attr("w:firstLine");
        let out = String::from_utf8(serialize(&[Node::Element(e)])).unwrap();
        assert_eq!(out, r#"<w:ind w:left="10" w:firstLineChars="200"/>"#);
    }

    #[test]
    fn malformed_parts_are_errors_not_panics() {
        assert!(parse(b"<a><b></a>").is_err());
        assert!(parse(b"<a>").is_err());
        assert!(parse(&[0xff, 0xfe]).is_err());
    }
}
