//! Where the signature (the issuing organ) and the date of an unsealed document stand
//! (GB/T 9704-2012 7.3.5.3): the organ right-aligned two characters in from the right
//! edge; the date right-aligned so that it starts two characters right of the organ's
//! start. When the date is the longer, it keeps two characters and the organ moves left
//! to stay two characters ahead of it. One rule for both writers: each measures the two
//! widths its own way (the PDF by its glyphs, the DOCX by grid cells) and asks here.
//! The page of the closing always carries body text ([`keeps_with_closing`]).

use crate::model::{Block, BlockKind};

/// True if `blocks[i]` stays on the page of what follows it because the closing comes
/// next: the body's last block and an attachment note between it and the signature or
/// date (GB/T 9704-2012 7.3.5: the page of the signature carries body text; "附件：…"
/// stands between the two). The body's last line is pulled over with the note and the
/// closing, so no page holds the 落款 alone. Each writer translates it: the PDF keeps
/// the block's last line (and all of an attachment note's lines) with the next unit,
/// the DOCX sets `w:keepNext`.
pub fn keeps_with_closing(blocks: &[Block], i: usize) -> bool {
    let Some(block) = blocks.get(i) else {
        return false;
    };
    let closing = |k: &BlockKind| matches!(k, BlockKind::Signature | BlockKind::Date);
    if closing(&block.kind) || block.kind == BlockKind::Artifact {
        return false;
    }
    blocks[i + 1..]
        .iter()
        .find(|b| !matches!(b.kind, BlockKind::Attachment | BlockKind::Artifact))
        .is_some_and(|b| closing(&b.kind))
}

/// Distance from the right edge in characters to each closing part.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClosingIndents {
    /// The organ's right indent.
    pub organ: f64,
    /// The date's right indent.
    pub date: f64,
}

/// Characters between the right edge and the organ (or a longer date).
pub const CLOSING_MARGIN_CHARS: f64 = 2.0;

/// The right indents of the organ and the date, from the widest organ line and the
/// widest date line, in characters (`None` where there is none).
pub fn closing_indents(organ: Option<f64>, date: Option<f64>) -> ClosingIndents {
    let margin = CLOSING_MARGIN_CHARS;
    match (organ.filter(|w| *w > 0.0), date) {
        (Some(organ), Some(date)) => {
            // How far left the organ moves when the date would start left of it + 2.
            let shift = (date - (organ - margin)).max(0.0);
            let organ_right = margin + shift;
            ClosingIndents {
                organ: organ_right,
                date: (organ_right + organ - margin - date).max(margin),
            }
        }
        _ => ClosingIndents {
            organ: margin,
            date: margin,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(list: &[BlockKind]) -> Vec<Block> {
        list.iter()
            .map(|k| Block::text(k.clone(), "文字"))
            .collect()
    }

    #[test]
    fn the_body_end_and_the_attachment_note_keep_with_the_closing() {
        let para = || BlockKind::Paragraph { label: None };
        let blocks = kinds(&[
            para(),
            para(),
            BlockKind::Attachment,
            BlockKind::Attachment,
            BlockKind::Signature,
            BlockKind::Date,
            BlockKind::Note,
        ]);
        let keeps: Vec<bool> = (0..blocks.len())
            .map(|i| keeps_with_closing(&blocks, i))
            .collect();
        assert_eq!(keeps, [false, true, true, true, false, false, false]);
        // Without an attachment note the body's last block keeps with the signature.
        let plain = kinds(&[para(), para(), BlockKind::Date]);
        assert!(keeps_with_closing(&plain, 1) && !keeps_with_closing(&plain, 0));
        // An attachment that opens an attached document keeps with nothing.
        let attached = kinds(&[para(), BlockKind::Attachment, BlockKind::Title, para()]);
        assert!((0..attached.len()).all(|i| !keeps_with_closing(&attached, i)));
    }

    #[test]
    fn the_date_starts_two_characters_right_of_a_longer_organ() {
        // organ 13 wide, date 6.5: the date's right indent is 6.5, its start 13 in.
        let at = closing_indents(Some(13.0), Some(6.5));
        assert_eq!(
            at,
            ClosingIndents {
                organ: 2.0,
                date: 6.5
            }
        );
        assert_eq!((at.organ + 13.0) - (at.date + 6.5), 2.0);
    }

    #[test]
    fn a_longer_date_keeps_two_characters_and_pushes_the_organ_left() {
        let at = closing_indents(Some(3.0), Some(10.0));
        assert_eq!(at.date, 2.0);
        // The date starts 12 characters from the right; the organ 2 further left.
        assert_eq!(at.organ + 3.0, 12.0 + 2.0);
    }

    #[test]
    fn a_lone_part_stands_two_characters_in() {
        let two = ClosingIndents {
            organ: 2.0,
            date: 2.0,
        };
        assert_eq!(closing_indents(None, Some(6.5)), two);
        assert_eq!(closing_indents(Some(5.0), None), two);
    }
}
