//! Characters no font has: the content stream draws a box in the character's cell and,
//! over it, the character as invisible text under a code of its own that the font program
//! does not define; this module hands out those codes and adds them to the font's ToUnicode
//! map, so copying or extracting the text still returns every character.
//!
//! The warning naming the character is the layout's; this module only makes sure nothing
//! of the text is lost. Codes count down from 0xFFFF, above any code the face uses, in
//! character order, so the same document always gets the same codes.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Document, Object};

/// The highest code handed out; lower ones follow.
const FIRST_CODE: u16 = 0xFFFF;

/// Codes for the characters of `chars` (a face's characters without a glyph), none at or
/// below `highest_used` (the face's largest code or glyph id).
pub(super) fn assign_codes(chars: &BTreeSet<char>, highest_used: u16) -> BTreeMap<char, u16> {
    chars
        .iter()
        .zip((0..=FIRST_CODE).rev())
        .take_while(|&(_, code)| code > highest_used)
        .map(|(&ch, code)| (ch, code))
        .collect()
}

/// Adds `codes` to the ToUnicode map of the font named `base_font` in `doc` (its streams
/// still uncompressed). Returns false if there is no such font or map.
pub(super) fn add_to_unicode(
    doc: &mut Document,
    base_font: &str,
    codes: &BTreeMap<char, u16>,
) -> bool {
    if codes.is_empty() {
        return true;
    }
    let to_unicode = doc.objects.values().find_map(|object| {
        let font = object.as_dict().ok()?;
        let name = font.get(b"BaseFont").ok()?.as_name().ok()?;
        if name != base_font.as_bytes() || !font.has(b"DescendantFonts") {
            return None;
        }
        font.get(b"ToUnicode").ok()?.as_reference().ok()
    });
    let Some(id) = to_unicode else {
        return false;
    };
    let Ok(Object::Stream(stream)) = doc.get_object_mut(id) else {
        return false;
    };
    let Some(at) = super::find_bytes(&stream.content, b"endcmap") else {
        return false;
    };
    let mut content = stream.content[..at].to_vec();
    content.extend_from_slice(bfchar_blocks(codes).as_bytes());
    content.extend_from_slice(&stream.content[at..]);
    stream.set_content(content);
    true
}

/// `bfchar` blocks (at most 100 entries each, the CMap limit) mapping each code to its
/// character in UTF-16BE.
fn bfchar_blocks(codes: &BTreeMap<char, u16>) -> String {
    let mut by_code: Vec<(u16, char)> = codes.iter().map(|(&ch, &code)| (code, ch)).collect();
    by_code.sort_unstable();
    let mut out = String::new();
    for chunk in by_code.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (code, ch) in chunk {
            let mut units = [0u16; 2];
            let utf16: String = ch
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            out.push_str(&format!("<{code:04X}> <{utf16}>\n"));
        }
        out.push_str("endbfchar\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_count_down_in_character_order_and_stop_above_the_used_range() {
        let chars: BTreeSet<char> = ['\u{E0F2}', '\u{E1A9}', '😀'].into_iter().collect();
        let codes = assign_codes(&chars, 100);
        assert_eq!(codes[&'\u{E0F2}'], 0xFFFF);
        assert_eq!(codes[&'\u{E1A9}'], 0xFFFE);
        assert_eq!(codes[&'😀'], 0xFFFD);
        assert_eq!(assign_codes(&chars, 0xFFFE).len(), 1);
        assert!(assign_codes(&chars, 0xFFFF).is_empty());
    }

    #[test]
    fn entries_are_utf16_with_surrogate_pairs_and_blocks_of_at_most_100() {
        let codes: BTreeMap<char, u16> = [('\u{E1A9}', 0xFFFE), ('😀', 0xFFFF)].into();
        assert_eq!(
            bfchar_blocks(&codes),
            "2 beginbfchar\n<FFFE> <E1A9>\n<FFFF> <D83DDE00>\nendbfchar\n"
        );
        let many: BTreeMap<char, u16> = (0..150u16)
            .map(|i| (char::from_u32(0xE000 + u32::from(i)).unwrap(), 0xFFFF - i))
            .collect();
        let blocks = bfchar_blocks(&many);
        assert_eq!(blocks.matches("beginbfchar").count(), 2);
        assert!(blocks.starts_with("100 beginbfchar\n"));
    }
}
