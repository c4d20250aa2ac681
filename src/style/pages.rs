//! Where a page opens before a block for what the block is, not for a chapter rule: a
//! document set after another in the same file starts on a page of its own, as GB/T
//! 9704-2012 has attachments do ("附件应当另面编排") — an attachment's mark that stands
//! over the attached document's title, or a title right after a closing (the 办法 a
//! notice issues after its date, the regulation after a decree's signature). One rule,
//! asked by both writers.

use crate::model::{Block, BlockKind};

/// True if a new page opens before `blocks[i]`.
pub fn opens_page(blocks: &[Block], i: usize) -> bool {
    let Some(block) = blocks.get(i) else {
        return false;
    };
    if i == 0 {
        return false;
    }
    let titled_next = blocks
        .get(i + 1)
        .is_some_and(|b| b.kind == BlockKind::Title);
    let closed_before = matches!(
        blocks[i - 1].kind,
        BlockKind::Date | BlockKind::Signature | BlockKind::Note
    );
    match block.kind {
        BlockKind::Attachment => titled_next,
        BlockKind::Title => closed_before,
        _ => false,
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
    fn an_issued_document_after_the_date_opens_a_page() {
        let blocks = kinds(&[
            BlockKind::Title,
            BlockKind::Paragraph { label: None },
            BlockKind::Signature,
            BlockKind::Date,
            BlockKind::Title,
            BlockKind::Paragraph { label: None },
        ]);
        let opens: Vec<bool> = (0..blocks.len()).map(|i| opens_page(&blocks, i)).collect();
        assert_eq!(opens, [false, false, false, false, true, false]);
    }

    #[test]
    fn an_attachment_mark_over_a_title_opens_a_page_and_the_title_stays_with_it() {
        let blocks = kinds(&[
            BlockKind::Paragraph { label: None },
            BlockKind::Attachment,
            BlockKind::Title,
            BlockKind::Paragraph { label: None },
        ]);
        let opens: Vec<bool> = (0..blocks.len()).map(|i| opens_page(&blocks, i)).collect();
        assert_eq!(opens, [false, true, false, false]);
        // A list of attachments under "附件：" opens nothing.
        let listed = kinds(&[
            BlockKind::Paragraph { label: None },
            BlockKind::Attachment,
            BlockKind::Attachment,
            BlockKind::Signature,
        ]);
        assert!((0..listed.len()).all(|i| !opens_page(&listed, i)));
    }
}
