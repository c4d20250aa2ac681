//! Inline content of one Markdown block or table cell: a stack of open frames
//! (emphasis, strong, link…) so nesting costs heap, not stack, with adjacent text merged
//! and soft breaks resolved once the next character is known.

use crate::model::Inline;
use crate::script::is_full_width_in_cjk as is_wide;

/// Deepest inline nesting (emphasis in emphasis…) kept as structure; deeper frames are
/// flattened into their parent, which also bounds the recursion of dropping the tree.
pub(super) const MAX_INLINE_DEPTH: usize = 32;

/// What an open inline frame becomes when it closes.
pub(super) enum Wrap {
    Root,
    Emphasis,
    Strong,
    Strikethrough,
    Link(String),
    Superscript,
    Subscript,
    /// An image: its children are the alt text, kept as plain text.
    Image {
        url: String,
        title: String,
    },
    /// Too deep, or a tag the model lacks (superscript): children go to the parent.
    Flat,
}

/// Collects the inline content of one block or table cell.
pub(super) struct Inlines {
    frames: Vec<(Wrap, Vec<Inline>)>,
    soft_break: bool,
    last_char: Option<char>,
    /// The source lines of text collected so far, while the content is nothing but text
    /// at the root (no markup, no hard break the author typed): `None` once it is more.
    lines: Option<Vec<String>>,
}

impl Inlines {
    pub(super) fn new() -> Inlines {
        Inlines {
            frames: vec![(Wrap::Root, Vec::new())],
            soft_break: false,
            last_char: None,
            lines: Some(Vec::new()),
        }
    }

    fn top(&mut self) -> &mut Vec<Inline> {
        let last = self.frames.len() - 1;
        &mut self.frames[last].1
    }

    /// Resolves a pending soft break before content starting with `next`.
    fn settle(&mut self, next: Option<char>) {
        if std::mem::take(&mut self.soft_break) {
            let both_wide = self.last_char.is_some_and(is_wide) && next.is_some_and(is_wide);
            if !both_wide {
                self.append_text(" ");
            }
        }
    }

    fn append_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.last_char = text.chars().next_back();
        let top = self.top();
        if let Some(Inline::Text(last)) = top.last_mut() {
            last.push_str(text);
        } else {
            top.push(Inline::Text(text.to_string()));
        }
    }

    pub(super) fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        // A soft break into a line that opens with a paragraph's indent ends a paragraph
        // for a reader, as a hard break does there (see `indented_lines`); one into a
        // date in brackets sets the date under what precedes it (see `dated_parts`).
        let line_of_its_own = super::indented_lines::opens_with_indent(text)
            || super::dated_parts::is_bracketed_date(text);
        let root = self.frames.len() == 1;
        if let Some(lines) = self.lines.as_mut().filter(|_| root) {
            match lines.last_mut() {
                Some(line) if !self.soft_break => line.push_str(text),
                _ => lines.push(text.to_string()),
            }
        } else {
            self.lines = None;
        }
        if self.soft_break && line_of_its_own {
            self.soft_break = false;
            self.last_char = None;
            self.top().push(Inline::LineBreak);
        }
        self.settle(text.chars().next());
        self.append_text(text);
    }

    /// The source lines of a paragraph of nothing but text broken by soft breaks (two or
    /// more), as its writer typed them.
    pub(super) fn soft_lines(&self) -> Option<&[String]> {
        self.lines.as_deref().filter(|lines| lines.len() >= 2)
    }

    pub(super) fn push(&mut self, inline: Inline) {
        self.lines = None;
        let first = match &inline {
            Inline::Code(code) => code.chars().next(),
            _ => None,
        };
        self.settle(first);
        self.last_char = match &inline {
            Inline::Code(code) => code.chars().next_back(),
            _ => None,
        };
        self.top().push(inline);
    }

    /// Returns true if and only if nothing has been collected yet.
    pub(super) fn is_empty(&self) -> bool {
        self.frames.iter().all(|(_, children)| children.is_empty())
    }

    /// Closes the innermost frame if `is_it` accepts it (for closing HTML tags, which
    /// must not close a frame some other tag opened).
    pub(super) fn close_if(&mut self, is_it: impl Fn(&Wrap) -> bool) {
        if self.frames.len() > 1 && self.frames.last().is_some_and(|(w, _)| is_it(w)) {
            self.close();
        }
    }

    pub(super) fn soft_break(&mut self) {
        self.soft_break = true;
    }

    pub(super) fn open(&mut self, wrap: Wrap) {
        self.lines = None;
        let wrap = if self.frames.len() > MAX_INLINE_DEPTH {
            Wrap::Flat
        } else {
            wrap
        };
        self.frames.push((wrap, Vec::new()));
    }

    pub(super) fn close(&mut self) {
        if self.frames.len() < 2 {
            return;
        }
        let Some((wrap, children)) = self.frames.pop() else {
            return;
        };
        let inline = match wrap {
            Wrap::Emphasis => Inline::Emphasis(children),
            Wrap::Strong => Inline::Strong(children),
            Wrap::Strikethrough => Inline::Strikethrough(children),
            Wrap::Link(url) => Inline::Link {
                url,
                content: children,
            },
            Wrap::Superscript => Inline::Superscript(children),
            Wrap::Subscript => Inline::Subscript(children),
            Wrap::Image { url, title } => {
                let mut alt = String::new();
                crate::model::push_plain(&children, &mut alt);
                Inline::Image { url, alt, title }
            }
            Wrap::Root | Wrap::Flat => {
                for child in children {
                    match child {
                        Inline::Text(t) => {
                            let last = self.last_char;
                            self.append_text(&t);
                            self.last_char = last.or(self.last_char);
                        }
                        other => self.top().push(other),
                    }
                }
                return;
            }
        };
        self.top().push(inline);
    }

    /// Handles inline HTML: comments are dropped, tags go to `html::inline_tag`, and
    /// anything that is not a tag after all stays text.
    pub(super) fn html(&mut self, source: &str) {
        for piece in super::html::pieces(source) {
            match piece {
                super::html::Piece::Comment => {}
                super::html::Piece::Text(text) => self.text(text),
                super::html::Piece::Tag {
                    name,
                    closing,
                    source,
                } => super::html::inline_tag(self, &name, closing, source),
            }
        }
    }

    pub(super) fn finish(mut self) -> Vec<Inline> {
        while self.frames.len() > 1 {
            self.close();
        }
        self.frames.pop().map(|(_, c)| c).unwrap_or_default()
    }
}
