//! The schema-order pass: puts the children of WordprocessingML property elements into
//! the sequence ECMA-376 prescribes.
//!
//! docx-rs writes some children out of order (in `w:pPr` the `w:rPr` before `w:pStyle`,
//! in `w:rPr` `w:sz` before `w:rFonts`, in `w:sectPr` `w:footerReference` after
//! `w:pgSz`). LibreOffice forgives that; desktop Word drops properties it meets out of
//! sequence and Word for the web refuses the file. Rather than patch each builder, one
//! pass over every XML part sorts the children of the elements below by their rank in
//! the schema's `xsd:sequence` (tables copied from `wml.xsd`: CT_PPr, CT_ParaRPr/CT_RPr,
//! CT_SectPr, CT_Style, CT_TblPr, CT_TcPr, CT_TrPr, CT_TblBorders/CT_TcBorders/CT_PBdr,
//! CT_NumPr, CT_Lvl, CT_AbstractNum, CT_Settings, CT_Compat, CT_Font, …). The sort is
//! stable; children the table does not name (other namespaces, content such as `w:t`)
//! keep their relative order after the named ones, so for content elements (`w:p`,
//! `w:r`, `w:tbl`, `w:tr`, `w:tc`) only the property element moves to the front.

use super::sequences::sequence;
use super::xmltree::{Element, Node};

/// Rank of `child` under a parent whose children go in the order of `names` (local
/// names): its index, or after everything named.
fn rank(names: &[&str], child: &Node) -> usize {
    match child {
        Node::Element(e) => e
            .w_local()
            .and_then(|local| names.iter().position(|&name| name == local))
            .unwrap_or(names.len()),
        Node::Other(_) => names.len(),
    }
}

/// Puts the children of every element at or below `root` into schema order.
pub(crate) fn order_children(root: &mut Element) {
    root.walk_mut(&mut |el: &mut Element| {
        if let Some(order) = el.w_local().and_then(sequence) {
            // The order's names split once per element, and each child's rank found once:
            // a plain key function runs at every comparison, and a rank looks through up
            // to a hundred names.
            let names: Vec<&str> = order.split_whitespace().collect();
            el.children.sort_by_cached_key(|child| rank(&names, child));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::super::xmltree::{parse, root_mut, serialize};
    use super::*;

    fn reorder(xml: &str) -> String {
        let mut nodes = parse(xml.as_bytes()).unwrap();
        order_children(root_mut(&mut nodes).unwrap());
        String::from_utf8(serialize(&nodes)).unwrap()
    }

    #[test]
    fn ppr_puts_pstyle_first_and_rpr_last() {
        assert_eq!(
            reorder(
                r#"<w:pPr><w:rPr><w:b/></w:rPr><w:jc w:val="both"/><w:ind/><w:pStyle w:val="X"/></w:pPr>"#
            ),
            r#"<w:pPr><w:pStyle w:val="X"/><w:ind/><w:jc w:val="both"/><w:rPr><w:b/></w:rPr></w:pPr>"#
        );
    }

    #[test]
    fn rpr_puts_fonts_before_size_and_lang_after() {
        assert_eq!(
            reorder(
                r#"<w:rPr><w:lang w:eastAsia="zh-CN"/><w:sz w:val="32"/><w:rFonts w:eastAsia="A"/><w:b/></w:rPr>"#
            ),
            r#"<w:rPr><w:rFonts w:eastAsia="A"/><w:b/><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>"#
        );
    }

    #[test]
    fn sectpr_puts_footer_references_first_and_grid_last() {
        assert_eq!(
            reorder(
                r#"<w:sectPr><w:pgSz/><w:docGrid/><w:pgMar/><w:footerReference w:type="default"/><w:footerReference w:type="even"/></w:sectPr>"#
            ),
            r#"<w:sectPr><w:footerReference w:type="default"/><w:footerReference w:type="even"/><w:pgSz/><w:pgMar/><w:docGrid/></w:sectPr>"#
        );
    }

    #[test]
    fn run_content_keeps_its_order_behind_the_properties() {
        assert_eq!(
            reorder(r#"<w:r><w:t>a</w:t><w:br/><w:rPr><w:b/></w:rPr><w:t>b</w:t></w:r>"#),
            r#"<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t><w:br/><w:t>b</w:t></w:r>"#
        );
    }

    #[test]
    fn nested_and_foreign_elements() {
        // The style's own children are sorted, and so are those of its pPr and rPr;
        // an element of another namespace goes after the named ones.
        assert_eq!(
            reorder(
                r#"<w:style><w14:x/><w:rPr><w:sz/><w:rFonts/></w:rPr><w:pPr><w:jc/><w:spacing/></w:pPr><w:name/></w:style>"#
            ),
            r#"<w:style><w:name/><w:pPr><w:spacing/><w:jc/></w:pPr><w:rPr><w:rFonts/><w:sz/></w:rPr><w14:x/></w:style>"#
        );
    }

    #[test]
    fn borders_follow_top_left_bottom_right() {
        assert_eq!(
            reorder(
                r#"<w:tblBorders><w:insideV/><w:right/><w:bottom/><w:left/><w:top/></w:tblBorders>"#
            ),
            r#"<w:tblBorders><w:top/><w:left/><w:bottom/><w:right/><w:insideV/></w:tblBorders>"#
        );
    }

    #[test]
    fn settings_zoom_before_default_tab_stop() {
        assert_eq!(
            reorder(
                r#"<w:settings><w:defaultTabStop/><w:zoom/><w:evenAndOddHeaders/><w:compat/></w:settings>"#
            ),
            r#"<w:settings><w:zoom/><w:defaultTabStop/><w:evenAndOddHeaders/><w:compat/></w:settings>"#
        );
    }
}
