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

use super::xmltree::{Element, Node};

/// CT_PPr (CT_PPrBase, then rPr, sectPr, pPrChange).
const PPR: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];

/// CT_ParaRPr (revision marks, then EG_RPrBase); CT_RPr is the same without the marks.
const RPR: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];

/// CT_SectPr.
const SECTPR: &[&str] = &[
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];

/// CT_Style.
const STYLE: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];

/// CT_TblPr.
const TBLPR: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];

/// CT_TcPr.
const TCPR: &[&str] = &[
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
];

/// CT_TrPr (a choice in the schema; this is Word's own order).
const TRPR: &[&str] = &[
    "cnfStyle",
    "divId",
    "gridBefore",
    "gridAfter",
    "wBefore",
    "wAfter",
    "cantSplit",
    "trHeight",
    "tblHeader",
    "tblCellSpacing",
    "jc",
    "hidden",
    "ins",
    "del",
    "trPrChange",
];

/// CT_TblBorders, CT_TcBorders, CT_PBdr and CT_TblCellMar share one order.
const BORDERS: &[&str] = &[
    "top", "start", "left", "bottom", "end", "right", "between", "bar", "insideH", "insideV",
    "tl2br", "tr2bl",
];

/// CT_Lvl.
const LVL: &[&str] = &[
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
];

/// CT_Settings, the part of it a generated document can contain.
const SETTINGS: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

/// CT_Compat: the legacy flags, then compatSetting.
const COMPAT: &[&str] = &[
    "useSingleBorderforContiguousCells",
    "wpJustification",
    "noTabHangInd",
    "noLeading",
    "spaceForUL",
    "noColumnBalance",
    "balanceSingleByteDoubleByteWidth",
    "noExtraLineSpacing",
    "doNotLeaveBackslashAlone",
    "ulTrailSpace",
    "doNotExpandShiftReturn",
    "spacingInWholePoints",
    "lineWrapLikeWord6",
    "printBodyTextBeforeHeader",
    "printColBlack",
    "wpSpaceWidth",
    "showBreaksInFrames",
    "subFontBySize",
    "suppressBottomSpacing",
    "suppressTopSpacing",
    "suppressSpacingAtTopOfPage",
    "suppressTopSpacingWP",
    "suppressSpBfAfterPgBrk",
    "swapBordersFacingPages",
    "convMailMergeEsc",
    "truncateFontHeightsLikeWP6",
    "mwSmallCaps",
    "usePrinterMetrics",
    "doNotSuppressParagraphBorders",
    "wrapTrailSpaces",
    "footnoteLayoutLikeWW8",
    "shapeLayoutLikeWW8",
    "alignTablesRowByRow",
    "forgetLastTabAlignment",
    "adjustLineHeightInTable",
    "autoSpaceLikeWord95",
    "noSpaceRaiseLower",
    "doNotUseHTMLParagraphAutoSpacing",
    "layoutRawTableWidth",
    "layoutTableRowsApart",
    "useWord97LineBreakRules",
    "doNotBreakWrappedTables",
    "doNotSnapToGridInCell",
    "selectFldWithFirstOrLastChar",
    "applyBreakingRules",
    "doNotWrapTextWithPunct",
    "doNotUseEastAsianBreakRules",
    "useWord2002TableStyleRules",
    "growAutofit",
    "useFELayout",
    "useNormalStyleForList",
    "doNotUseIndentAsNumberingTabStop",
    "useAltKinsokuLineBreakRules",
    "allowSpaceOfSameStyleInTable",
    "doNotSuppressIndentation",
    "doNotAutofitConstrainedTables",
    "autofitToFirstFixedWidthCell",
    "underlineTabInNumList",
    "displayHangulFixedWidth",
    "splitPgBreakAndParaMark",
    "doNotVertAlignCellWithSp",
    "doNotBreakConstrainedForcedTable",
    "doNotVertAlignInTxbx",
    "useAnsiKerningPairs",
    "cachedColBalance",
    "compatSetting",
];

/// CT_Font (font table entries).
const FONT: &[&str] = &[
    "altName",
    "panose1",
    "charset",
    "family",
    "notTrueType",
    "pitch",
    "sig",
    "embedRegular",
    "embedBold",
    "embedItalic",
    "embedBoldItalic",
];

/// The schema sequence for the children of the `w:` element `parent`, if it has one we
/// enforce. Content elements list only their leading property element.
fn sequence(parent: &str) -> Option<&'static [&'static str]> {
    Some(match parent {
        "pPr" => PPR,
        "rPr" => RPR,
        "sectPr" => SECTPR,
        "style" => STYLE,
        "tblPr" => TBLPR,
        "tcPr" => TCPR,
        "trPr" => TRPR,
        "tblBorders" | "tcBorders" | "pBdr" | "tblCellMar" | "tcMar" => BORDERS,
        "numPr" => &["ilvl", "numId", "numberingChange", "ins"],
        "lvl" => LVL,
        "abstractNum" => &[
            "nsid",
            "multiLevelType",
            "tmpl",
            "name",
            "styleLink",
            "numStyleLink",
            "lvl",
        ],
        "num" => &["abstractNumId", "lvlOverride"],
        "lvlOverride" => &["startOverride", "lvl"],
        "numbering" => &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"],
        "settings" => SETTINGS,
        "compat" => COMPAT,
        "docDefaults" => &["rPrDefault", "pPrDefault"],
        "styles" => &["docDefaults", "latentStyles", "style"],
        "font" => FONT,
        "tbl" => &["tblPr", "tblGrid"],
        "tr" => &["tblPrEx", "trPr"],
        "tc" => &["tcPr"],
        "p" => &["pPr"],
        "r" => &["rPr"],
        _ => return None,
    })
}

/// Rank of `child` under a parent with `order`: its index, or after everything named.
fn rank(order: &[&str], child: &Node) -> usize {
    match child {
        Node::Element(e) => e
            .w_local()
            .and_then(|local| order.iter().position(|name| *name == local))
            .unwrap_or(order.len()),
        Node::Other(_) => order.len(),
    }
}

/// Puts the children of every element at or below `root` into schema order.
pub(crate) fn order_children(root: &mut Element) {
    root.walk_mut(&mut |el: &mut Element| {
        if let Some(order) = el.w_local().and_then(|local| sequence(&local)) {
            el.children.sort_by_key(|child| rank(order, child));
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
