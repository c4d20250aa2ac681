//! The ECMA-376 sequences the schema-order pass enforces, copied from `wml.xsd`
//! (CT_PPr, CT_ParaRPr/CT_RPr, CT_SectPr, CT_Style, CT_TblPr, CT_TcPr, CT_TrPr,
//! CT_TblBorders/CT_TcBorders/CT_PBdr, CT_NumPr, CT_Lvl, CT_AbstractNum, CT_Settings,
//! CT_Compat, CT_Font, …), keyed by the parent's local name.

/// CT_PPr (CT_PPrBase, then rPr, sectPr, pPrChange).
const PPR: &str =
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers \
    pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct \
    autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing \
    mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl \
    divId cnfStyle rPr sectPr pPrChange";

/// CT_ParaRPr (revision marks, then EG_RPrBase); CT_RPr is the same without the marks.
const RPR: &str =
    "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline \
    shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position \
    sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout \
    specVanish oMath rPrChange";

/// CT_SectPr.
const SECTPR: &str =
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders \
    lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter \
    docGrid printerSettings sectPrChange";

/// CT_Style.
const STYLE: &str =
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed \
    qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr \
    tblStylePr";

/// CT_TblPr.
const TBLPR: &str =
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc \
    tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption \
    tblDescription tblPrChange";

/// CT_TcPr.
const TCPR: &str =
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText \
    vAlign hideMark headers cellIns cellDel cellMerge tcPrChange";

/// CT_TrPr (a choice in the schema; this is Word's own order).
const TRPR: &str =
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader \
    tblCellSpacing jc hidden ins del trPrChange";

/// CT_TblBorders, CT_TcBorders, CT_PBdr and CT_TblCellMar share one order.
const BORDERS: &str = "top start left bottom end right between bar insideH insideV tl2br tr2bl";

/// CT_Lvl.
const LVL: &str =
    "start numFmt lvlRestart pStyle isLgl suff lvlText lvlPicBulletId legacy lvlJc pPr rPr";

/// CT_Settings, the part of it a generated document can contain.
const SETTINGS: &str = "writeProtection view zoom removePersonalInformation removeDateAndTime \
    doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText \
    printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts \
    saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges \
    bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors \
    hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate \
    linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView \
    trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection \
    autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation \
    consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength \
    clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting \
    bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing \
    drawingGridVerticalSpacing displayHorizontalDrawingGridEvery \
    displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin \
    drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData \
    noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars \
    noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema \
    saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml \
    saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace \
    updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr \
    attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats \
    doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType \
    schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator";

/// CT_Compat: the legacy flags, then compatSetting.
const COMPAT: &str =
    "useSingleBorderforContiguousCells wpJustification noTabHangInd noLeading spaceForUL \
    noColumnBalance balanceSingleByteDoubleByteWidth noExtraLineSpacing \
    doNotLeaveBackslashAlone ulTrailSpace doNotExpandShiftReturn spacingInWholePoints \
    lineWrapLikeWord6 printBodyTextBeforeHeader printColBlack wpSpaceWidth \
    showBreaksInFrames subFontBySize suppressBottomSpacing suppressTopSpacing \
    suppressSpacingAtTopOfPage suppressTopSpacingWP suppressSpBfAfterPgBrk \
    swapBordersFacingPages convMailMergeEsc truncateFontHeightsLikeWP6 mwSmallCaps \
    usePrinterMetrics doNotSuppressParagraphBorders wrapTrailSpaces footnoteLayoutLikeWW8 \
    shapeLayoutLikeWW8 alignTablesRowByRow forgetLastTabAlignment adjustLineHeightInTable \
    autoSpaceLikeWord95 noSpaceRaiseLower doNotUseHTMLParagraphAutoSpacing \
    layoutRawTableWidth layoutTableRowsApart useWord97LineBreakRules doNotBreakWrappedTables \
    doNotSnapToGridInCell selectFldWithFirstOrLastChar applyBreakingRules \
    doNotWrapTextWithPunct doNotUseEastAsianBreakRules useWord2002TableStyleRules \
    growAutofit useFELayout useNormalStyleForList doNotUseIndentAsNumberingTabStop \
    useAltKinsokuLineBreakRules allowSpaceOfSameStyleInTable doNotSuppressIndentation \
    doNotAutofitConstrainedTables autofitToFirstFixedWidthCell underlineTabInNumList \
    displayHangulFixedWidth splitPgBreakAndParaMark doNotVertAlignCellWithSp \
    doNotBreakConstrainedForcedTable doNotVertAlignInTxbx useAnsiKerningPairs \
    cachedColBalance compatSetting";

/// CT_Font (font table entries).
const FONT: &str =
    "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic \
    embedBoldItalic";

/// The schema sequence (local names, space-separated) for the children of the `w:`
/// element `parent`, if it has one we enforce. Content elements list only their leading property element.
pub(crate) fn sequence(parent: &str) -> Option<&'static str> {
    Some(match parent {
        "pPr" => PPR,
        "rPr" => RPR,
        "sectPr" => SECTPR,
        "style" => STYLE,
        "tblPr" => TBLPR,
        "tcPr" => TCPR,
        "trPr" => TRPR,
        "tblBorders" | "tcBorders" | "pBdr" | "tblCellMar" | "tcMar" => BORDERS,
        "numPr" => "ilvl numId numberingChange ins",
        "lvl" => LVL,
        "abstractNum" => "nsid multiLevelType tmpl name styleLink numStyleLink lvl",
        "num" => "abstractNumId lvlOverride",
        "lvlOverride" => "startOverride lvl",
        "numbering" => "numPicBullet abstractNum num numIdMacAtCleanup",
        "settings" => SETTINGS,
        "compat" => COMPAT,
        "docDefaults" => "rPrDefault pPrDefault",
        "styles" => "docDefaults latentStyles style",
        "font" => FONT,
        "tbl" => "tblPr tblGrid",
        "tr" => "tblPrEx trPr",
        "tc" => "tcPr",
        "p" => "pPr",
        "r" => "rPr",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_keep_every_schema_name_apart() {
        // Counts from wml.xsd; a lost space between two names would lower them.
        let count = |s: &str| s.split_whitespace().count();
        assert_eq!(count(PPR), 36);
        assert_eq!(count(RPR), 44);
        assert_eq!(count(SECTPR), 22);
        assert_eq!(count(STYLE), 22);
        assert_eq!(count(SETTINGS), 98);
        assert!(PPR.split_whitespace().any(|n| n == "pBdr"));
        assert_eq!(sequence("p"), Some("pPr"));
        assert_eq!(sequence("body"), None);
    }
}
