//! The document model: the one shape every reader produces and every writer reads.
//!
//! Like pandoc's AST, it is small and knows nothing of encodings, pages or file formats.
//! Readers (`structure::plain`, `structure::markdown`) fill it; exporters (`export::*`)
//! and the layout engine only read it. A document is a flat sequence of [`Block`]s; each
//! block carries its inline content as a list of [`Inline`]s (plain-text input gives one
//! [`Inline::Text`] per block; Markdown input may give emphasis, links and so on).

mod inline;
mod parts;

pub use inline::{push_plain, Inline};
pub use parts::{AlertKind, Alignment, Heading, Label, ListItem, MarkerKind, Table};

/// A whole document: its blocks in reading order, plus what was learned while reading it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
    /// The layout family the document belongs to (speech, official document, plain).
    pub style: StyleKind,
    /// What the source said about itself (Markdown front matter): title, author, date.
    pub metadata: Metadata,
    /// What the reader could not keep as written (math set as code, …), for the user.
    pub warnings: Vec<String>,
}

/// Document metadata, from a Markdown file's YAML front matter
/// (`---` / `title: …` / `---`) or TOML front matter (`+++` / `title = "…"` / `+++`). Exporters put it in the PDF information dictionary and
/// DOCX core properties; the Markdown writer writes `front_matter` back as it was.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metadata {
    /// `title:`, the document's title.
    pub title: Option<String>,
    /// `author:` (a list is joined with ", ").
    pub author: Option<String>,
    /// `date:`, as written.
    pub date: Option<String>,
    /// `subject:` (or `description:`).
    pub subject: Option<String>,
    /// The front matter's text between its `---` lines, exactly as written, so that
    /// keys the model has no field for survive a Markdown round trip.
    pub front_matter: Option<String>,
    /// True if and only if the front matter is TOML between `+++` lines (Hugo, Zola),
    /// not YAML between `---` lines.
    pub front_matter_toml: bool,
}

impl Metadata {
    /// Returns true if and only if the source gave no metadata at all.
    pub fn is_empty(&self) -> bool {
        *self == Metadata::default()
    }

    /// True if the front matter titles the page and text (a paragraph or a list item)
    /// stands in `before`, the blocks before the first heading: that heading heads a
    /// section ("# Summary" after a blog post's lead), not the page. The Markdown reader
    /// and writer both ask it, so a title read back is the title written.
    pub fn titles_page_over(&self, before: &[Block]) -> bool {
        self.title.is_some()
            && before
                .iter()
                .any(|b| matches!(b.kind, BlockKind::Paragraph { .. } | BlockKind::ListItem(_)))
    }
}

/// The layout family of a document; it picks the page and type profile in `style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StyleKind {
    /// A Chinese speech: a salutation addresses an audience; page numbers centred.
    Speech,
    /// A Chinese official document (公文) laid out to GB/T 9704: page numbers alternate.
    Gongwen,
    /// Anything else (English, other scripts): a plain book-like page.
    #[default]
    Plain,
}

impl StyleKind {
    /// The name used on the command line and in JSON: `speech`, `gongwen`, `plain`.
    pub fn name(self) -> &'static str {
        match self {
            StyleKind::Speech => "speech",
            StyleKind::Gongwen => "gongwen",
            StyleKind::Plain => "plain",
        }
    }

    /// The style with that name, if any.
    pub fn from_name(name: &str) -> Option<StyleKind> {
        match name {
            "speech" => Some(StyleKind::Speech),
            "gongwen" => Some(StyleKind::Gongwen),
            "plain" => Some(StyleKind::Plain),
            _ => None,
        }
    }
}

/// One block of the document: what it is, and its inline content.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What kind of block this is, with the attributes that kind has.
    pub kind: BlockKind,
    /// The inline content. Empty for [`BlockKind::ThematicBreak`] and [`BlockKind::Table`]
    /// (a table keeps its content in its cells).
    pub content: Vec<Inline>,
    /// How many block quotes (Markdown `>`) this block sits in; 0 outside any quote.
    pub quote_depth: u8,
    /// True if and only if this block belongs to a table of contents that repeats
    /// headings found later; exporters may set it plainly and leave it out of the outline.
    pub in_toc: bool,
}

/// What a block is. The variant names are the `kind` values of the inspect JSON
/// (in snake_case: `list_item`, `thematic_break`, …).
#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    /// The issuing organ's mark at the head of an official document (GB/T 9704 7.2.2,
    /// 发文机关标志): "某某市人民政府文件".
    Masthead,
    /// The document number under the mark (GB/T 9704 7.2.3, 发文字号): "某政发〔2026〕12号".
    DocumentNumber,
    /// The copy number at the top left of a classified document (GB/T 9704 7.2.1, 份号):
    /// "000123".
    CopyNumber,
    /// The classification and its term (GB/T 9704 7.2.2, 密级和保密期限): "机密★1年".
    Secrecy,
    /// The urgency (GB/T 9704 7.2.3, 紧急程度): "特急", "加急".
    Urgency,
    /// The signer of a report to a higher organ (GB/T 9704 7.2.6, 签发人): "签发人：***".
    Signer,
    /// The document's title: the first short line(s) before the body, e.g.
    /// "中华人民共和国宪法". A long title may be split over two or three title blocks.
    Title,
    /// A date or speaker line right under the title: "（2023年5月10日）",
    /// "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理 李强".
    Subtitle,
    /// The speaker or author line of a title block: "国务院总理 李强", "市长　***", a
    /// redacted "***", "by Lewis Carroll".
    Speaker,
    /// A news dateline before the text: "新华社北京3月5日电".
    Dateline,
    /// A photo caption: "……新华社记者 *** 摄".
    Caption,
    /// A short line ending in "：" that addresses people or bodies:
    /// "*书记，各位代表、同志们：", "各省、自治区、直辖市人民政府：".
    Salutation,
    /// A numbered or otherwise marked heading.
    Heading(Heading),
    /// Running text. `label`, when present, is a leading label such as the article
    /// number "第一条" that exporters set in bold (the text still contains it).
    Paragraph {
        /// A leading label of the paragraph's own text ("第一条", or the number of a long
        /// "（一）……" line), if it has one, with the marker family it belongs to.
        label: Option<Label>,
    },
    /// One item of a list (Markdown input), with its marker and nesting.
    ListItem(ListItem),
    /// A quotation that is not a Markdown block quote's paragraph (kept for readers
    /// that recognise quotations; Markdown quotes are paragraphs with `quote_depth`).
    Quote,
    /// Preformatted code; the content is one [`Inline::Text`] with its line breaks.
    Code {
        /// The info string's language ("rust"), if any.
        language: Option<String>,
    },
    /// A table (Markdown input).
    Table(Table),
    /// The issuing organ(s) at the end of a document, e.g. "国务院办公厅".
    Signature,
    /// The closing date of a document, e.g. "2025年2月18日" or "二〇二五年二月十八日".
    Date,
    /// An attachment line: "附件：1.…" and the numbered lines under it.
    Attachment,
    /// A horizontal rule (Markdown `---`).
    ThematicBreak,
    /// A note under the closing date (GB/T 9704 7.3.6, 附注): "（此件公开发布）".
    Note,
    /// A line of the closing record naming who gets copies (GB/T 9704 7.4.2, 抄送):
    /// "抄送：市委办公室，市人大常委会办公室。".
    CopyTo,
    /// The closing record's printing line (GB/T 9704 7.4.3, 印发机关和印发日期):
    /// "*市人民政府办公室　　2025年4月1日印发".
    Imprint,
    /// Page furniture copied with the text: running page numbers ("- 12 -", "第 3 页"),
    /// section stamps ("_分节阅读_12"). Kept in the model for `inspect`, left out of
    /// every output.
    Artifact,
    /// A footnote's text (Markdown `[^label]: text`); its paragraphs are joined by
    /// [`Inline::LineBreak`]. Only from Markdown with footnotes on.
    FootnoteDefinition {
        /// The label the references use (`1` for `[^1]`).
        label: String,
    },
    /// The head of a GitHub alert (`> [!NOTE]`), holding its label ("Note"); the
    /// alert's text is the blocks after it with the same `quote_depth` (at least 1).
    /// Only from Markdown with GFM alerts.
    Alert(AlertKind),
    /// The term of a definition list (a line followed by `: definition`).
    DefinitionTerm,
    /// One definition of the term before it (Markdown `: definition`).
    Definition,
    /// A play's speaker name on a line of its own ("HAMLET", "SAMPSON."), set in bold
    /// before the speech.
    SpeakerLabel,
    /// A play's stage direction ("Enter Ghost", "[_Exit._]"), set in italics.
    StageDirection,
    /// One line of verse, kept as a line of its own (a play's verse speech, a poem).
    Verse,
    /// A line of front or back matter set apart from the work: a Project Gutenberg
    /// licence header or footer paragraph, kept so nothing of the text is lost.
    FrontMatter,
}

impl BlockKind {
    /// True for the blocks of an official document's head (份号, 密级, 紧急程度, mark,
    /// number, 签发人), which come before its title.
    pub fn is_head(&self) -> bool {
        matches!(
            self,
            BlockKind::Masthead
                | BlockKind::DocumentNumber
                | BlockKind::CopyNumber
                | BlockKind::Secrecy
                | BlockKind::Urgency
                | BlockKind::Signer
        )
    }

    /// True for the lines of a title block: title, subtitle and speaker lines.
    pub fn is_title_block(&self) -> bool {
        matches!(
            self,
            BlockKind::Title | BlockKind::Subtitle | BlockKind::Speaker
        )
    }

    /// The `kind` name used in the inspect JSON.
    pub fn name(&self) -> &'static str {
        match self {
            BlockKind::Masthead => "masthead",
            BlockKind::DocumentNumber => "document_number",
            BlockKind::CopyNumber => "copy_number",
            BlockKind::Secrecy => "secrecy",
            BlockKind::Urgency => "urgency",
            BlockKind::Signer => "signer",
            BlockKind::Title => "title",
            BlockKind::Subtitle => "subtitle",
            BlockKind::Speaker => "speaker",
            BlockKind::Dateline => "dateline",
            BlockKind::Caption => "caption",
            BlockKind::Salutation => "salutation",
            BlockKind::Heading(_) => "heading",
            BlockKind::Paragraph { .. } => "paragraph",
            BlockKind::ListItem(_) => "list_item",
            BlockKind::Quote => "quote",
            BlockKind::Code { .. } => "code",
            BlockKind::Table(_) => "table",
            BlockKind::Signature => "signature",
            BlockKind::Date => "date",
            BlockKind::Attachment => "attachment",
            BlockKind::ThematicBreak => "thematic_break",
            BlockKind::Note => "note",
            BlockKind::CopyTo => "copy_to",
            BlockKind::Imprint => "imprint",
            BlockKind::Artifact => "artifact",
            BlockKind::FootnoteDefinition { .. } => "footnote_definition",
            BlockKind::Alert(_) => "alert",
            BlockKind::DefinitionTerm => "definition_term",
            BlockKind::Definition => "definition",
            BlockKind::SpeakerLabel => "speaker_label",
            BlockKind::StageDirection => "stage_direction",
            BlockKind::Verse => "verse",
            BlockKind::FrontMatter => "front_matter",
        }
    }
}

/// The smallest heading level among `blocks` (1 when there are no headings). Markdown
/// headings keep their `#` count as their level; writers that set headings by rank
/// (the first level used is the top one) count from here, see [`Heading::ranked`].
pub fn shallowest_heading_level(blocks: &[Block]) -> u8 {
    blocks
        .iter()
        .filter_map(|b| b.heading().map(|h| h.level))
        .min()
        .unwrap_or(1)
        .max(1)
}

impl Block {
    /// A block of the given kind holding plain text.
    pub fn text(kind: BlockKind, text: impl Into<String>) -> Block {
        Block {
            kind,
            content: vec![Inline::Text(text.into())],
            quote_depth: 0,
            in_toc: false,
        }
    }

    /// The block's text without markup: inline text concatenated, line breaks as "\n",
    /// a table's cells joined by tabs and its rows by newlines.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        if let BlockKind::Table(table) = &self.kind {
            for (r, row) in table.rows.iter().enumerate() {
                if r > 0 {
                    out.push('\n');
                }
                for (c, cell) in row.iter().enumerate() {
                    if c > 0 {
                        out.push('\t');
                    }
                    push_plain(cell, &mut out);
                }
            }
        } else {
            push_plain(&self.content, &mut out);
        }
        out
    }

    /// The heading attributes if this block is a heading.
    pub fn heading(&self) -> Option<&Heading> {
        match &self.kind {
            BlockKind::Heading(h) => Some(h),
            _ => None,
        }
    }
}

impl Document {
    /// The document as exporters show it: when its metadata has a title and its body
    /// neither a title nor a level-1 heading, a Title block made from the metadata
    /// comes first (front matter's title stands in for a missing `#` line).
    pub fn with_metadata_title(&self) -> std::borrow::Cow<'_, Document> {
        let title = self.metadata.title.as_deref().map(str::trim).unwrap_or("");
        let has_top = self
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Title || b.heading().is_some_and(|h| h.level == 1));
        if title.is_empty() || has_top {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut doc = self.clone();
        doc.blocks.insert(0, Block::text(BlockKind::Title, title));
        std::borrow::Cow::Owned(doc)
    }

    /// The document's title: the metadata's title if it has one, else its title blocks
    /// joined, if it has any.
    pub fn title(&self) -> Option<String> {
        if let Some(title) = self
            .metadata
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            return Some(title.to_string());
        }
        let parts: Vec<String> = self
            .blocks
            .iter()
            .skip_while(|b| {
                b.kind.is_head() || matches!(b.kind, BlockKind::FrontMatter | BlockKind::Speaker)
            })
            .take_while(|b| matches!(b.kind, BlockKind::Title))
            .map(Block::plain_text)
            .collect();
        if parts.is_empty() {
            // A Gutenberg header names the work: "Title: Pride and Prejudice".
            self.blocks
                .iter()
                .filter(|b| b.kind == BlockKind::FrontMatter)
                .find_map(|b| {
                    let text = b.plain_text();
                    let rest = text.strip_prefix("Title:")?.trim();
                    (!rest.is_empty()).then(|| rest.to_string())
                })
        } else {
            Some(parts.join(""))
        }
    }
}
