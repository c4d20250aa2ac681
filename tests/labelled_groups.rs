//! The later additions to the labelled corpus's dev split, one group each: they count in
//! dev and are printed by `LABELLED_DIFF`, but the dev and all-corpus floors were measured
//! without them, so each group is reported under its own name and scored against a floor of
//! its own (its block accuracy when added, less about 0.02, raised as rules improve it). A new
//! group is one more entry in [`ADDED_GROUPS`].

use crate::labelled_trials::*;

/// A group of dev documents added together.
pub struct AddedGroup {
    /// The name the report gives it ("dev-added-heads").
    pub name: &'static str,
    /// The const listing its documents, named when one is missing.
    pub list: &'static str,
    /// Its documents' file names.
    pub documents: &'static [&'static str],
    /// The block accuracy it must keep.
    pub floor: f64,
}

// The dev documents added with fresh2 (same day, third session): the dev floor and the
// all-corpus floors above were measured before they existed, so they are scored against a
// floor of their own (their block accuracy when added, release build of commit e193e75's
// rules: 0.838, 12 documents, less about 0.02) and left out of the older floors. When the
// floors are next raised, measure dev with them, fold them into FLOOR_DEV_BLOCKS and empty
// this list.
pub const FLOOR_DEV_ADDED_BLOCKS: f64 = 0.95;
pub const DEV_ADDED_WITH_FRESH2: &[&str] = &[
    "md_zh_law_fanxiqian.md",
    "zh_fangan_anhui_gongyehulianwang_end_utf8_mixed.txt",
    "zh_ling_guowuyuan693_utf8_crlf.txt",
    "zh_ling_shanghai_lingang_utf8_crlf.txt",
    "zh_report_gov2022_end_utf8_crlf.txt",
    "zh_report_gov2022_head_utf8_crlf.txt",
    "zh_report_gov2022_mid_utf8_crlf.txt",
    "zh_tongzhi_aba_zhengwushuju_end_utf8_crlf.txt",
    "zh_tongzhi_aba_zhengwushuju_utf8_crlf.txt",
    "zh_tongzhi_anhui_gongyehulianwang_utf8_mixed.txt",
    "zh_tongzhi_baotou_kaoping_utf8_crlf.txt",
    "zh_tongzhi_guofa2016_65_utf8_crlf.txt",
];
/// The report's name for the dev documents added with fresh2 (they also count in dev).
pub const DEV_ADDED: &str = "dev-added";
// The English dev documents added on 2026-11-30 (fourth session, issue 12: letters and
// journals, numeral and PART headings, story and poem collections, a Folio play, a speech
// with section heads): like the fresh2 additions, scored against a floor of their own (their
// block accuracy with this session's rules, measured when they were added, less about 0.02:
// 0.823 with the rules of commit "recover: blank verse…", release build) and left out of the
// older floors until these are next raised. Raised the same day (helper eng17) to 0.948,
// measured with seven more documents after the Folio-play, caps-title, stanza, byline and
// ordinal-act rules, less about 0.02.
pub const FLOOR_DEV_ADDED_ENGLISH_BLOCKS: f64 = 0.93;
pub const DEV_ADDED_ENGLISH: &[&str] = &[
    "en_gutenberg_mobydick_ch1_cp1252_crlf.txt",
    "en_gutenberg_roomview_part1_cp1252_crlf.txt",
    "en_journal_wuthering_ch1_utf8bom_crlf.txt",
    "en_letters_littlewomen_ch16_cp1252_crlf.txt",
    "en_letters_pride_ch13_cp1252_crlf.txt",
    "en_play_caesar_folio_latin1_lf.txt",
    "en_poem_milton_book1_ascii_lf.txt",
    "en_poems_blake_songs_ascii_lf.txt",
    "en_speech_inaugural_1929_hoover.txt",
    "en_stories_bryant_tulip_ascii_lf.txt",
    "en_stories_chesterton_glass_ascii_lf.txt",
    // Added by helper eng17 (same session): a translated novel's critical essay with its
    // byline, its half-title and first chapter, a children's book chapter titled over three
    // lines with hums as verse, and four English Markdown guides (setext headings, headings
    // from ## down, front matter, alerts, a contents list).
    "en_essay_betrothed_remarks_ascii_crlf.txt",
    "en_gutenberg_betrothed_ch1_ascii_crlf.txt",
    "en_stories_pooh_ch1_ascii_lf.txt",
    "md_en_fzf_advanced_head.md",
    "md_en_fzf_build.md",
    "md_en_mqttcli_installation.md",
    "md_en_prophet_installation.md",
];
/// The report's name for the English dev documents of issue 12 (they also count in dev).
pub const DEV_ADDED_EN: &str = "dev-added-en";
// The Chinese dev documents added for issue 11 by the helper "corpus4" (2026-11-30): heads and
// closings of the kinds unseen documents were misread on — provincial government work reports
// as copied from news and government web pages (breadcrumbs, toolbars, source and time lines,
// captions, speakers, glossary notes, closing page furniture), Chinese Markdown (README with
// alert, table and code, notes with ordered lists, a law database file with 章/节 headings) and
// exchange notices, a guide and a test plan as copied from PDFs (titles over several lines,
// 主送, issuer and date, 附件, running heads and page footers). Like the earlier additions they
// count in dev, are printed by LABELLED_DIFF, are scored against a floor of their own (their
// block accuracy when added less about 0.02) and are left out of the older floors. Measured
// when added (release build of commit 06c87ac's rules): 0.617, 18 documents. Raised the same
// day to 0.88: measured 0.902 after the web-page, lead-line and glossary-note rules. Raised
// 2026-12-01 to 0.90: measured 0.926 once a report's numbered glossary and each attachment's
// own closing were read.
pub const FLOOR_DEV_ADDED_HEADS_BLOCKS: f64 = 0.90;
pub const DEV_ADDED_HEADS: &[&str] = &[
    "md_zh_notes_project_review.md",
    "md_zh_readme_govreports.md",
    "md_zh_yijian_zuiming_head.md",
    "zh_report_guangdong_head_gbk_lf.txt",
    "zh_report_guizhou_head_utf8_crlf.txt",
    "zh_report_hainan_notes_gbk_crlf.txt",
    "zh_report_qinghai_end_utf8_lf.txt",
    "zh_report_web_beijing_head_utf8_lf.txt",
    "zh_report_web_hunan_head_utf8_lf.txt",
    "zh_report_web_ningxia_head_utf8_lf.txt",
    "zh_report_web_shaanxi_head_utf16le_crlf.txt",
    "zh_report_web_sichuan_end_utf8_crlf.txt",
    "zh_report_web_sichuan_head_utf8_lf.txt",
    "zh_report_web_yunnan_head_gbk_crlf.txt",
    "zh_fangan_szse_ceshi_head_utf8_lf.txt",
    "zh_tongzhi_sse_jiekou_pdf_utf8_lf.txt",
    "zh_tongzhi_sse_weixing_pdf_gbk_crlf.txt",
    "zh_zhinan_sse_iopv_pdf_utf8_lf.txt",
];
/// The report's name for the head-and-closing dev documents of issue 11 (they also count in dev).
pub const DEV_ADDED_HEADS_NAME: &str = "dev-added-heads";
// The Chinese Markdown and novel dev documents added for issue 11 by the helper "zhmd18"
// (2026-11-30): selected works as Markdown from three repositories (front matter, a title with its
// date line under it, quoted source notes, a salutation run on into the first paragraph, indented
// paragraphs with hard or soft line breaks, numbered items, the 注释 line and endnotes) and the
// openings and chapter boundaries of three classical novels (回目 lines, an asterisk-marked couplet
// title, HTML <p> paragraphs in a .txt, poems after 诗曰/有诗为证, set pieces, a download site's
// head lines). Like the earlier additions they count in dev, are printed by LABELLED_DIFF, are
// scored against a floor of their own and are left out of the older floors. Measured when added
// (release build of commit 3e639ad's rules): 0.786, 10 documents, 210 blocks, floor 0.76.
// Raised the same day to 0.95: measured 0.976 after the Markdown head and outline (title at
// the shallowest depth, set-off date lines, bold numbered headings, soft-broken indented
// lines, <br> in Chinese HTML blocks, dated speech parts) and the novel rules (回目 couplets,
// announced verse and set pieces), less about 0.02.
pub const FLOOR_DEV_ADDED_ZHMD_BLOCKS: f64 = 0.95;
pub const DEV_ADDED_ZHMD: &[&str] = &[
    "md_zh_mao_bugao_liushouchu.md",
    "md_zh_mao_fenxi_notes.md",
    "md_zh_mao_lingdao_fangfa.md",
    "md_zh_mao_qingnian_head.md",
    "md_zh_mao_wusi.md",
    "md_zh_mao_yanshuo_canyihui.md",
    "zh_novel_fengshen_hui1_head_utf8_lf.txt",
    "zh_novel_rulin_hui2_utf8_lf.txt",
    "zh_novel_rulin_xiezi_head_utf8_lf.txt",
    "zh_novel_xiyouji_hui2_html_utf8_crlf.txt",
];
/// The report's name for the Chinese Markdown and novel dev documents of issue 11 (they also count
/// in dev).
pub const DEV_ADDED_ZHMD_NAME: &str = "dev-added-zhmd";
// The Chinese collections added for issue 11 by the helper "coll18" (2026-11-30): files that
// hold several articles from sources no earlier split used — another 毛泽东选集 edition (dashed
// separators, 注释 sections, a compilation of two documents, volume 5 with edition lines and
// navigation lines), 古文观止 (contents, ebook number lines, date-and-source and author lines),
// 鲁迅《野草》 (hard-wrapped prose poems, a poem in couplets, endnotes) and another 邓小平文选
// edition (an ebook maker's line before every title). Like the earlier additions they count in
// dev, are printed by LABELLED_DIFF, are scored against a floor of their own (their block
// accuracy when added less about 0.02) and are left out of the older floors. Measured when
// added (release build of commit f8f96e4's rules): 0.451, 10 documents. Raised the same day
// to 0.62: measured 0.642 after the navigation, marked-title, piece-endnote, modern-verse
// and closing-before-navigation rules. Raised 2026-12-01 to 0.94: measured 0.962 once a
// contents list under its title is kept line by line by recovery and entries that share a
// name under other numbers ("◆卷一 周文", "◆卷二 周文") no longer end the list.
/// Raised in the eleventh session (measured 0.980).
pub const FLOOR_DEV_ADDED_COLLECTIONS_BLOCKS: f64 = 0.96;
pub const DEV_ADDED_COLLECTIONS: &[&str] = &[
    "zh_collection_dengwx_1978_utf8_crlf.txt",
    "zh_collection_guwen_hanyu_utf8_crlf.txt",
    "zh_collection_guwen_head_utf8_crlf.txt",
    "zh_collection_guwen_zuozhuan_utf8_crlf.txt",
    "zh_collection_luxun_yecao_qiuye_utf8_lf.txt",
    "zh_collection_luxun_yecao_shilian_utf8_lf.txt",
    "zh_collection_maobidu_1939_utf8_crlf.txt",
    "zh_collection_maobidu_1945_gbk_crlf.txt",
    "zh_collection_maobidu_1947_utf8_crlf.txt",
    "zh_collection_maobidu_1949_utf16le_crlf.txt",
];
/// The report's name for the collection dev documents of issue 11 (they also count in dev).
pub const DEV_ADDED_COLLECTIONS_NAME: &str = "dev-added-collections";
// The Chinese dev documents added for issue 11 by the helper "toc18" (2026-11-30): exchange
// specifications, guides and a technical standard as copied from PDFs (covers, contents lists
// in several shapes, running heads, page numbers, hard wraps across page breaks). Like the
// earlier additions they count in dev, are printed by LABELLED_DIFF, are scored against a
// floor of their own (their block accuracy when added less about 0.02) and are left out of
// the older floors. Measured when added (release build of commit 3e639ad's rules): 0.649,
// 10 documents, 809 blocks. Raised the same day to 0.73: measured 0.755 after the
// contents-list, running-head, folio and converter-split rules. Raised 2026-12-01 to 0.80:
// measured 0.821 once capitals in a few Latin-led lines no longer made Chinese verse, a
// revision table's "Ver1.01" no longer titled an article and a cover's month dated it.
pub const FLOOR_DEV_ADDED_PDF_BLOCKS: f64 = 0.83;
pub const DEV_ADDED_PDF: &[&str] = &[
    "zh_guifan_sse_mdgw_binary_pdf_utf8_crlf.txt",
    "zh_guifan_szse_binary_hq_toc_pdf_utf8_crlf.txt",
    "zh_guifan_szse_jieru_pdf_gbk_crlf.txt",
    "zh_guifan_szse_jijin_toc_pdf_utf8_lf.txt",
    "zh_guifan_szse_wenjian_toc_pdf_utf8_lf.txt",
    "zh_guige_sse_iopv_waibu_pdf_utf8_lf.txt",
    "zh_guige_sse_tdgw_bond_toc_pdf_utf8_lf.txt",
    "zh_guige_sse_zhuanfa_pdf_utf8_lf.txt",
    "zh_xieyi_szse_zubo_pdf_utf16le_crlf.txt",
    "zh_zhinan_sse_feijiaoyi_pdf_utf8_lf.txt",
];
/// The report's name for the PDF-copied dev documents of issue 11 (they also count in dev).
pub const DEV_ADDED_PDF_NAME: &str = "dev-added-pdf";

// The English plays, speeches and guides added for issue 12 (helper "play18", 2026-11-30):
// plays in layouts the earlier documents did not have (old Gutenberg abbreviations run in, the
// Moby complete works with its dramatis personae, italic speaker names with line numbers,
// "Name:" over the speech, current Gutenberg Shaw with names alone and parenthesised italic
// directions), White House transcripts as Markdown, a State of the Union as scraped, and two
// Markdown guides.
// Their block accuracy when added (release build of commit 3e639ad's rules, labelled before
// docpipe read them): 0.724, 10 documents. Raised the same day to 0.87: measured 0.893 after
// the italic, colon and mixed-case name, scene-setting and transcript rules, less about 0.02.
// Raised 2026-12-01 to 0.92: measured 0.944 once a title line ending in the cast's title
// opened the cast list.
pub const FLOOR_DEV_ADDED_PLAYS_BLOCKS: f64 = 0.92;
pub const DEV_ADDED_PLAYS: &[&str] = &[
    "en_play_androcles_gut_utf8bom_crlf.txt",
    "en_play_antony_moby_ascii_lf.txt",
    "en_play_coriolanus_colon_utf8bom_lf.txt",
    "en_play_lear_oldgut_ascii_lf.txt",
    "en_play_romeo_italic_utf8bom_crlf.txt",
    "en_speech_sotu1962_kennedy_ascii_lf.txt",
    "md_en_mkdocs_deploying_guide.md",
    "md_en_speech_biden_canada_head.md",
    "md_en_tldr_git_terminal_guide.md",
    "md_en_transcript_harris_climate_head.md",
];
/// The report's name for these documents (they also count in dev).
pub const DEV_ADDED_PLAYS_NAME: &str = "dev-added-plays";

/// Every group, in the order they were added.
pub const ADDED_GROUPS: &[AddedGroup] = &[
    AddedGroup {
        name: DEV_ADDED,
        list: "DEV_ADDED_WITH_FRESH2",
        documents: DEV_ADDED_WITH_FRESH2,
        floor: FLOOR_DEV_ADDED_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_EN,
        list: "DEV_ADDED_ENGLISH",
        documents: DEV_ADDED_ENGLISH,
        floor: FLOOR_DEV_ADDED_ENGLISH_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_HEADS_NAME,
        list: "DEV_ADDED_HEADS",
        documents: DEV_ADDED_HEADS,
        floor: FLOOR_DEV_ADDED_HEADS_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_PLAYS_NAME,
        list: "DEV_ADDED_PLAYS",
        documents: DEV_ADDED_PLAYS,
        floor: FLOOR_DEV_ADDED_PLAYS_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_ZHMD_NAME,
        list: "DEV_ADDED_ZHMD",
        documents: DEV_ADDED_ZHMD,
        floor: FLOOR_DEV_ADDED_ZHMD_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_COLLECTIONS_NAME,
        list: "DEV_ADDED_COLLECTIONS",
        documents: DEV_ADDED_COLLECTIONS,
        floor: FLOOR_DEV_ADDED_COLLECTIONS_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_PDF_NAME,
        list: "DEV_ADDED_PDF",
        documents: DEV_ADDED_PDF,
        floor: FLOOR_DEV_ADDED_PDF_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL9_NAME,
        list: "DEV_ADDED_TRIAL9",
        documents: DEV_ADDED_TRIAL9,
        floor: FLOOR_DEV_ADDED_TRIAL9_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL10ZH_NAME,
        list: "DEV_ADDED_TRIAL10ZH",
        documents: DEV_ADDED_TRIAL10ZH,
        floor: FLOOR_DEV_ADDED_TRIAL10ZH_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL10EN_NAME,
        list: "DEV_ADDED_TRIAL10EN",
        documents: DEV_ADDED_TRIAL10EN,
        floor: FLOOR_DEV_ADDED_TRIAL10EN_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL11GOV_NAME,
        list: "DEV_ADDED_TRIAL11GOV",
        documents: DEV_ADDED_TRIAL11GOV,
        floor: FLOOR_DEV_ADDED_TRIAL11GOV_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL11LIT_NAME,
        list: "DEV_ADDED_TRIAL11LIT",
        documents: DEV_ADDED_TRIAL11LIT,
        floor: FLOOR_DEV_ADDED_TRIAL11LIT_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL11EN_NAME,
        list: "DEV_ADDED_TRIAL11EN",
        documents: DEV_ADDED_TRIAL11EN,
        floor: FLOOR_DEV_ADDED_TRIAL11EN_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL12_NAME,
        list: "DEV_ADDED_TRIAL12",
        documents: DEV_ADDED_TRIAL12,
        floor: FLOOR_DEV_ADDED_TRIAL12_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL13ZH_NAME,
        list: "DEV_ADDED_TRIAL13ZH",
        documents: DEV_ADDED_TRIAL13ZH,
        floor: FLOOR_DEV_ADDED_TRIAL13ZH_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL14ZH_NAME,
        list: "DEV_ADDED_TRIAL14ZH",
        documents: DEV_ADDED_TRIAL14ZH,
        floor: FLOOR_DEV_ADDED_TRIAL14ZH_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL14GOV_NAME,
        list: "DEV_ADDED_TRIAL14GOV",
        documents: DEV_ADDED_TRIAL14GOV,
        floor: FLOOR_DEV_ADDED_TRIAL14GOV_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL13EN_NAME,
        list: "DEV_ADDED_TRIAL13EN",
        documents: DEV_ADDED_TRIAL13EN,
        floor: FLOOR_DEV_ADDED_TRIAL13EN_BLOCKS,
    },
    AddedGroup {
        name: DEV_ADDED_TRIAL14EN_NAME,
        list: "DEV_ADDED_TRIAL14EN",
        documents: DEV_ADDED_TRIAL14EN,
        floor: FLOOR_DEV_ADDED_TRIAL14EN_BLOCKS,
    },
];
