//! The two parts we write ourselves instead of docx-rs: the font table and the core
//! properties.
//!
//! * `word/fontTable.xml`: docx-rs always writes Times New Roman, Symbol and Arial.
//!   Ours lists every face the style uses; each Chinese face gets its Windows fallback
//!   (`w:altName`: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体) and
//!   `w:charset 86` (GB2312), so Word on a machine without the _GB2312 faces still
//!   shows the right family.
//! * `docProps/core.xml`: docx-rs has no setter for title or creator and writes
//!   "unknown". Ours has the document's title (else the file stem), the creator only
//!   when given, and created/modified from `created_unix` (W3CDTF, never the clock).

use crate::style::{FontRef, Style};

/// Escapes text for XML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in super::inlines::xml_text(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// True if and only if a font name is a Chinese face (any non-ASCII name, or a known
/// Chinese family spelt in ASCII).
fn is_chinese(font: &FontRef) -> bool {
    !font.name.is_ascii()
        || ["SimSun", "SimHei", "FangSong", "KaiTi", "NSimSun"]
            .iter()
            .any(|n| font.name.eq_ignore_ascii_case(n))
}

/// Every face of the style, each name once, in role order.
fn fonts_of(style: &Style) -> Vec<&FontRef> {
    let f = &style.faces;
    let mut out: Vec<&FontRef> = Vec::new();
    for face in [
        &f.body,
        &f.title,
        &f.subtitle,
        &f.heading_hei,
        &f.heading_kai,
        &f.heading_other,
        &f.strong,
        &f.emphasis,
        &f.page_number,
        &f.code,
    ] {
        for font in [&face.cjk, &face.latin] {
            if !out.iter().any(|seen| seen.name == font.name) {
                out.push(font);
            }
        }
    }
    out
}

/// `word/fontTable.xml` for `style`.
pub(crate) fn font_table_xml(style: &Style) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    );
    let code_name = &style.faces.code.latin.name;
    for font in fonts_of(style) {
        let chinese = is_chinese(font);
        let mono = &font.name == code_name || font.name.contains("Courier");
        xml.push_str(&format!("<w:font w:name=\"{}\">", escape(&font.name)));
        if let Some(alt) = &font.alt_name {
            xml.push_str(&format!("<w:altName w:val=\"{}\"/>", escape(alt)));
        }
        let (charset, family, pitch) = match (chinese, mono) {
            (true, _) => ("86", "modern", "fixed"),
            (false, true) => ("00", "modern", "fixed"),
            (false, false) => ("00", "roman", "variable"),
        };
        xml.push_str(&format!(
            "<w:charset w:val=\"{charset}\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"{pitch}\"/></w:font>"
        ));
    }
    xml.push_str("</w:fonts>");
    xml.into_bytes()
}

/// `docProps/core.xml`.
pub(crate) fn core_xml(title: &str, creator: &str, created_unix: i64) -> Vec<u8> {
    let when = w3cdtf(created_unix);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>\
         <cp:lastModifiedBy>{creator}</cp:lastModifiedBy><cp:revision>1</cp:revision>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>\
         </cp:coreProperties>",
        title = escape(title),
        creator = escape(creator),
    )
    .into_bytes()
}

/// Seconds since the Unix epoch as W3CDTF UTC ("2025-02-18T09:30:00Z"), clamped to
/// years 1970…9999.
pub(crate) fn w3cdtf(unix: i64) -> String {
    let c = crate::export::date::civil(unix.max(0));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StyleKind;

    #[test]
    fn unix_times_become_w3cdtf() {
        assert_eq!(w3cdtf(0), "1970-01-01T00:00:00Z");
        assert_eq!(w3cdtf(1_739_871_000), "2025-02-18T09:30:00Z");
        assert_eq!(w3cdtf(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(w3cdtf(-5), "1970-01-01T00:00:00Z");
        assert_eq!(w3cdtf(i64::MAX), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn core_properties_carry_title_creator_and_dates() {
        let xml = String::from_utf8(core_xml("关于<通知>", "", 1_739_871_000)).unwrap();
        assert!(xml.contains("<dc:title>关于&lt;通知&gt;</dc:title>"));
        assert!(xml.contains("<dc:creator></dc:creator>"));
        assert!(xml.contains(">2025-02-18T09:30:00Z</dcterms:created>"));
        assert!(!xml.contains("unknown"));
    }

    #[test]
    fn font_table_gives_chinese_faces_their_windows_fallback() {
        let xml = String::from_utf8(font_table_xml(&Style::builtin(StyleKind::Gongwen))).unwrap();
        assert!(xml.contains(
            r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>"#
        ));
        assert!(xml.contains(
            r#"<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:charset w:val="86"/>"#
        ));
        assert!(xml.contains(r#"<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>"#));
        assert!(xml.contains(
            r#"<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>"#
        ));
        assert_eq!(xml.matches("w:name=\"仿宋_GB2312\"").count(), 1);
    }
}
