//! Where the one-line parts of an official document's head and closing sit: 份号, 密级,
//! 紧急程度 and 签发人 above the title, a news dateline or photo caption, 附注 under the
//! date, and the closing record (抄送, 印发). These are placement rules, so they live in
//! the style stage once; the PDF layout and the DOCX writer both translate the result,
//! neither decides it.
//!
//! The positions follow GB/T 9704-2012: 份号, 密级 and 紧急程度 flush left at the top
//! (7.2.1–7.2.3); 签发人 at the right, level with the document number (7.2.6); 附注 two
//! characters in (7.3.6); 抄送 and 印发 one character in (7.4.2, 7.4.3).

use crate::model::BlockKind;

/// How a line-like block is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineAlign {
    /// From the left edge, after the indent.
    Left,
    /// Centred in the type area.
    Center,
    /// Against the right edge.
    Right,
}

/// Which face a line-like block is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineFace {
    /// The body face (仿宋).
    Body,
    /// The Hei face used for 一、 headings (密级, 紧急程度, GB/T 9704 7.2.2–7.2.3).
    Hei,
    /// The Kai face used for （一） headings (captions).
    Kai,
    /// The strong face, bold (a play's speaker names).
    Strong,
    /// The emphasis face, italic (a play's stage directions).
    Emphasis,
}

/// The placement of a line-like block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinePlacement {
    /// Alignment in the type area.
    pub align: LineAlign,
    /// Left indent in characters (every line of the block).
    pub indent_chars: f64,
    /// Right indent in characters.
    pub right_chars: f64,
    /// Further indent of the first line, in characters.
    pub first_line_chars: f64,
    /// The face.
    pub face: LineFace,
}

/// The placement of `kind` if it is one of the line-like head or closing parts; `None`
/// for every other kind (titles, headings, paragraphs… are placed by their own rules).
pub fn line_placement(kind: &BlockKind) -> Option<LinePlacement> {
    let place = |align, indent_chars, face| {
        Some(LinePlacement {
            align,
            indent_chars,
            right_chars: 0.0,
            first_line_chars: 0.0,
            face,
        })
    };
    match kind {
        BlockKind::CopyNumber => place(LineAlign::Left, 0.0, LineFace::Body),
        BlockKind::Secrecy | BlockKind::Urgency => place(LineAlign::Left, 0.0, LineFace::Hei),
        // 签发人 one character in from the right (7.2.6).
        BlockKind::Signer => Some(LinePlacement {
            align: LineAlign::Right,
            indent_chars: 0.0,
            right_chars: SIGNED_HEAD_INDENT_CHARS,
            first_line_chars: 0.0,
            face: LineFace::Body,
        }),
        BlockKind::Dateline => place(LineAlign::Left, 0.0, LineFace::Hei),
        BlockKind::Caption => place(LineAlign::Center, 0.0, LineFace::Kai),
        // 附注 two characters in, a longer one wrapping to the margin as a paragraph does.
        BlockKind::Note => Some(LinePlacement {
            align: LineAlign::Left,
            indent_chars: 0.0,
            right_chars: 0.0,
            first_line_chars: 2.0,
            face: LineFace::Body,
        }),
        // 抄送 one character in from either edge (7.5.2); its wrapped lines hang under
        // the first name after the colon (see `LinePlacement::hanging`).
        BlockKind::CopyTo => Some(LinePlacement {
            align: LineAlign::Left,
            indent_chars: RECORD_INSET_CHARS,
            right_chars: RECORD_INSET_CHARS,
            first_line_chars: 0.0,
            face: LineFace::Body,
        }),
        BlockKind::Imprint => place(LineAlign::Left, RECORD_INSET_CHARS, LineFace::Body),
        // A play: the speaker's name in bold, directions in italics, verse line by line,
        // all flush left; Gutenberg's licence text set plainly, flush left.
        BlockKind::SpeakerLabel => place(LineAlign::Left, 0.0, LineFace::Strong),
        BlockKind::StageDirection => place(LineAlign::Left, 0.0, LineFace::Emphasis),
        BlockKind::Verse | BlockKind::FrontMatter => place(LineAlign::Left, 0.0, LineFace::Body),
        _ => None,
    }
}

impl LinePlacement {
    /// This placement with its wrapped lines under the text after a label `label_chars`
    /// wide that opens the first line ("抄送：", GB/T 9704 7.5.2: "回行时与冒号后的首字
    /// 对齐"): the left indent moves past the label and the first line hangs back by it.
    pub fn hanging(self, label_chars: f64) -> LinePlacement {
        LinePlacement {
            indent_chars: self.indent_chars + label_chars,
            first_line_chars: self.first_line_chars - label_chars,
            ..self
        }
    }
}

/// The label that opens a 抄送 line, up to and with its colon ("抄送：", "抄报:"), if
/// `text` has a colon within its first six characters.
pub fn copy_to_label(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let (at, c) = text
        .char_indices()
        .take(6)
        .find(|&(_, c)| c == '：' || c == ':')?;
    Some(&text[..at + c.len_utf8()])
}

/// How far the document number and the 签发人 that share a line stand in from the left
/// and the right edge, in characters (GB/T 9704 7.2.4, 7.2.6: "居左空一字", "居右空一字").
pub const SIGNED_HEAD_INDENT_CHARS: f64 = 1.0;

/// True if the document number `number` shares its line with the 签发人 `next`, as
/// a report to a higher organ (上行文) prints them (GB/T 9704 7.2.4, 7.2.6): the number
/// one character in from the left, the 签发人 one character in from the right, on one
/// line. Further 签发人 lines stand under it, at the right.
pub fn number_shares_line(
    number: &crate::model::Block,
    next: Option<&crate::model::Block>,
) -> bool {
    number.kind == BlockKind::DocumentNumber && next.is_some_and(|b| b.kind == BlockKind::Signer)
}

/// True if the head's separator (GB/T 9704-2012 7.2.5: the rule 4 mm under the document
/// number, red) goes under `blocks[i]`: the last of a document number and its 签发人
/// lines, when an issuing organ's mark stands over them or they open the document. A
/// number set under a title (a 公告's "〔2025〕第1号", a published interpretation's
/// number) belongs to no 版头 and takes none. Both writers ask here.
pub fn separator_under(blocks: &[crate::model::Block], i: usize) -> bool {
    let in_group =
        |b: &crate::model::Block| matches!(b.kind, BlockKind::DocumentNumber | BlockKind::Signer);
    if !blocks.get(i).is_some_and(in_group)
        || blocks
            .get(i + 1)
            .is_some_and(|b| b.kind == BlockKind::Signer)
    {
        return false;
    }
    let first = blocks[..=i]
        .iter()
        .rposition(|b| !in_group(b))
        .map_or(0, |p| p + 1);
    // What stands before the number is the rest of a head (mark, 份号, 密级, 紧急程度:
    // `is_head` but the number group's own kinds) or nothing.
    blocks[..first]
        .iter()
        .rev()
        .find(|b| b.kind != BlockKind::Artifact)
        .is_none_or(|b| b.kind.is_head() && !in_group(b))
}

/// A 签发人 line split into its label ("签发人：", in the body face) and the names (in
/// Kai, GB/T 9704 7.2.6); `None` when it has no colon.
pub fn signer_parts(text: &str) -> Option<(&str, &str)> {
    let colon = text.find(['：', ':'])?;
    let end = colon + text[colon..].chars().next()?.len_utf8();
    Some((&text[..end], &text[end..]))
}

/// How far the parts of the closing record stand in from the edges, in characters
/// (GB/T 9704 7.5: "左右各空一字").
pub const RECORD_INSET_CHARS: f64 = 1.0;

/// A 印发 line split into the printing organ and the date ("某某市人民政府办公室",
/// "2026年3月2日印发"): GB/T 9704 7.5.3 sets the organ one character in from the left
/// and the date one character in from the right, on one line. `None` when the line has
/// no space between the two (it is then set as one piece).
pub fn imprint_parts(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let at = text.rfind(char::is_whitespace)?;
    let (organ, date) = (text[..at].trim_end(), text[at..].trim_start());
    // "2025年4月1日印发", or the date alone where the copy lost the word.
    let dated = (date.ends_with("印发") || date.ends_with('日')) && date.contains('年');
    (dated && !organ.is_empty()).then_some((organ, date))
}

/// The closing record (版记, GB/T 9704 7.5): the 抄送 and 印发 lines at the end of a
/// document. They stand at the foot of the last page, the last on its last line, between
/// rules as wide as the type area: heavy above the first and under the last (0.35 mm),
/// light between two (0.25 mm).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecordRules {
    /// Stroke of the first and last rules, in millimetres.
    pub heavy_mm: f64,
    /// Stroke of the rules between two parts, in millimetres.
    pub light_mm: f64,
}

/// The rules of the closing record.
pub const RECORD_RULES: RecordRules = RecordRules {
    heavy_mm: 0.35,
    light_mm: 0.25,
};

impl RecordRules {
    /// The stroke of rule `i` of a record of `parts` parts, in millimetres: rule `i` is
    /// over part `i`, and rule `parts` is under the last.
    pub fn stroke_mm(&self, i: usize, parts: usize) -> f64 {
        if i == 0 || i >= parts {
            self.heavy_mm
        } else {
            self.light_mm
        }
    }
}

/// True for the parts of the closing record (抄送, 印发).
pub fn is_record(kind: &BlockKind) -> bool {
    matches!(kind, BlockKind::CopyTo | BlockKind::Imprint)
}

/// How many blocks from the start of `blocks` make one closing record, and whether it
/// ends the document (then it stands at the foot of the last page).
pub fn record_group(blocks: &[crate::model::Block]) -> (usize, bool) {
    let n = blocks.iter().take_while(|b| is_record(&b.kind)).count();
    let at_end = blocks[n..]
        .iter()
        .all(|b| b.kind == BlockKind::Artifact || b.plain_text().trim().is_empty());
    (n, n > 0 && at_end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    #[test]
    fn the_separator_goes_under_a_heads_number_and_its_last_signer_only() {
        let text = Block::text;
        let head = [
            text(BlockKind::Masthead, "某某市人民政府文件"),
            text(BlockKind::DocumentNumber, "某政发〔2026〕12号"),
            text(BlockKind::Title, "关于某事的通知"),
        ];
        assert!(separator_under(&head, 1));
        assert!(!separator_under(&head, 0) && !separator_under(&head, 2));
        let signed = [
            text(BlockKind::Masthead, "某某市人民政府文件"),
            text(BlockKind::DocumentNumber, "某政〔2026〕1号"),
            text(BlockKind::Signer, "签发人：张某"),
            text(BlockKind::Signer, "李某"),
        ];
        assert_eq!(
            (0..4)
                .map(|i| separator_under(&signed, i))
                .collect::<Vec<_>>(),
            [false, false, false, true]
        );
        // A number at the top of a copy without its mark still closes a head.
        assert!(separator_under(&head[1..], 0));
        // A 公告's number under its title belongs to no 版头.
        let notice = [
            text(BlockKind::Title, "某某市人民政府公告"),
            text(BlockKind::DocumentNumber, "〔2026〕第1号"),
        ];
        assert!(!separator_under(&notice, 1));
    }

    #[test]
    fn the_record_has_heavy_outer_rules_and_light_inner_ones() {
        let strokes: Vec<f64> = (0..=3).map(|i| RECORD_RULES.stroke_mm(i, 3)).collect();
        assert_eq!(strokes, [0.35, 0.25, 0.25, 0.35]);
        let blocks = [
            Block::text(BlockKind::CopyTo, "抄送：某某。"),
            Block::text(BlockKind::Imprint, "某某办公室 2026年3月2日印发"),
        ];
        assert_eq!(record_group(&blocks), (2, true));
        let more = [
            blocks[0].clone(),
            Block::text(BlockKind::Paragraph { label: None }, "正文。"),
        ];
        assert_eq!(record_group(&more), (1, false));
    }

    #[test]
    fn an_upward_documents_number_shares_its_line_with_the_signer() {
        let number = Block::text(BlockKind::DocumentNumber, "某水字〔2026〕12号");
        let signer = Block::text(BlockKind::Signer, "签发人：王某某");
        assert!(number_shares_line(&number, Some(&signer)));
        assert!(!number_shares_line(&number, None));
        assert!(!number_shares_line(&signer, Some(&number)));
        assert_eq!(
            signer_parts("签发人：王某某 李某"),
            Some(("签发人：", "王某某 李某"))
        );
        assert_eq!(signer_parts("签发人:王某"), Some(("签发人:", "王某")));
        assert_eq!(signer_parts("王某"), None);
        let place = line_placement(&BlockKind::Signer).unwrap();
        assert_eq!((place.align, place.right_chars), (LineAlign::Right, 1.0));
    }

    #[test]
    fn the_imprint_splits_into_organ_and_date() {
        assert_eq!(
            imprint_parts("某某市人民政府办公室　2026年3月2日印发"),
            Some(("某某市人民政府办公室", "2026年3月2日印发"))
        );
        assert_eq!(imprint_parts("某某办公室2026年3月2日印发"), None);
        assert_eq!(imprint_parts("印发 各单位"), None);
    }

    #[test]
    fn head_and_closing_lines_have_their_gbt_9704_places() {
        let note = line_placement(&BlockKind::Note).unwrap();
        assert_eq!(
            (note.align, note.indent_chars, note.first_line_chars),
            (LineAlign::Left, 0.0, 2.0)
        );
        let copy = line_placement(&BlockKind::CopyTo).unwrap();
        assert_eq!((copy.indent_chars, copy.right_chars), (1.0, 1.0));
        // Wrapped 抄送 lines stand under the first name after "抄送：".
        let label = copy_to_label("抄送：县发展和改革局，县财政局。").unwrap();
        assert_eq!(label, "抄送：");
        let hung = copy.hanging(crate::script::width_in_chars(label));
        assert_eq!((hung.indent_chars, hung.first_line_chars), (4.0, -3.0));
        assert_eq!(copy_to_label("抄送各区县"), None);
        assert_eq!(
            line_placement(&BlockKind::Secrecy).unwrap().face,
            LineFace::Hei
        );
        assert_eq!(
            line_placement(&BlockKind::Signer).unwrap().align,
            LineAlign::Right
        );
        assert!(line_placement(&BlockKind::Title).is_none());
        let speaker = line_placement(&BlockKind::SpeakerLabel).unwrap();
        assert_eq!(
            (speaker.indent_chars, speaker.face),
            (0.0, LineFace::Strong)
        );
        let verse = line_placement(&BlockKind::Verse).unwrap();
        assert_eq!((verse.indent_chars, verse.face), (0.0, LineFace::Body));
        assert!(line_placement(&BlockKind::Paragraph { label: None }).is_none());
    }
}
