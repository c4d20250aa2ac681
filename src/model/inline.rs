//! Inline content: the runs of text inside a block, as readers find them (plain text,
//! emphasis, code, links, images, footnote references, line breaks), and their plain text.

/// Inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain text, exactly as written (never escaped, never normalised).
    Text(String),
    /// Emphasis (italic; Kai for CJK).
    Emphasis(Vec<Inline>),
    /// Strong emphasis (bold; Hei for CJK).
    Strong(Vec<Inline>),
    /// Struck-through text.
    Strikethrough(Vec<Inline>),
    /// Inline code.
    Code(String),
    /// A link with its target.
    Link {
        /// The target URL.
        url: String,
        /// The link text.
        content: Vec<Inline>,
    },
    /// A hard line break inside a block.
    LineBreak,
    /// An image (Markdown `![alt](url "title")`, HTML `<img>`). Writers that cannot
    /// show it, or cannot find it, show the alt text.
    Image {
        /// Where the image is: a path relative to the input, or a URL.
        url: String,
        /// The alt text, as plain text.
        alt: String,
        /// The title, empty when none was given.
        title: String,
    },
    /// A reference to a footnote (Markdown `[^label]`); its text is the
    /// [`BlockKind::FootnoteDefinition`] with the same label.
    FootnoteRef(String),
    /// Superscript (HTML `<sup>`).
    Superscript(Vec<Inline>),
    /// Subscript (HTML `<sub>`).
    Subscript(Vec<Inline>),
}

/// Appends the plain text of `inlines` to `out`.
pub fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Strikethrough(c)
            | Inline::Superscript(c)
            | Inline::Subscript(c) => push_plain(c, out),
            Inline::Link { content, .. } => push_plain(content, out),
            Inline::LineBreak => out.push('\n'),
            Inline::Image { alt, .. } => out.push_str(alt),
            Inline::FootnoteRef(label) => {
                out.push('[');
                out.push_str(label);
                out.push(']');
            }
        }
    }
}
