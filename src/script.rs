//! What a character is, for every stage: ideograph, CJK letter, East Asian wide, of
//! ambiguous width in Chinese text, set without spaces, CJK punctuation, right-to-left.
//!
//! Reading (paragraph recovery, structure rules), layout (glyph widths, line breaking)
//! and the writers (DOCX widths in characters) ask these questions of the same
//! characters; when two stages answered them differently, the PDF and the DOCX
//! disagreed. So the classes live here once, below every stage, and nowhere else.

/// Marks that stand for a redacted or template name: `*` (the seed's), the full-width
/// `＊`, and the `×`/`Ｘ` of drafts and templates ("××市人民政府", "×政发〔2025〕5号").
pub const REDACTION_MARKS: [char; 4] = ['*', '＊', '×', 'Ｘ'];

/// True if and only if `c` is one of [`REDACTION_MARKS`].
pub fn is_redaction_mark(c: char) -> bool {
    REDACTION_MARKS.contains(&c)
}

/// True if and only if `c` is a Han ideograph (CJK unified ideographs, extensions,
/// compatibility ideographs): not punctuation, not kana.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// True if and only if `c` is a letter of a CJK script: a Han ideograph, kana or hangul.
pub fn is_cjk(c: char) -> bool {
    is_han(c) || matches!(c as u32, 0x3040..=0x30FF | 0xAC00..=0xD7AF)
}

/// Extra room between an ideograph and a Latin letter or digit beside it, in ems of the
/// type size: the space Chinese typesetting puts between Han and Western text. Word
/// sets a quarter em by default and LibreOffice a fifth, which it sets whatever the
/// DOCX asks (it ignores `w:autoSpaceDE`); the PDF takes LibreOffice's fifth so that
/// both formats break lines alike.
pub const HAN_WESTERN_SPACE_EM: f64 = 0.2;

/// True if and only if a Han–Western space ([`HAN_WESTERN_SPACE_EM`]) belongs between
/// `a` and `b`: an ideograph, kana or bopomofo on one side, a letter or digit of a Western script
/// on the other. Punctuation and spaces take none.
pub fn is_han_western_boundary(a: char, b: char) -> bool {
    let ideograph = |c: char| is_han(c) || matches!(c as u32, 0x3040..=0x312F);
    let western = |c: char| c.is_alphanumeric() && !is_wide(c);
    (ideograph(a) && western(b)) || (western(a) && ideograph(b))
}

/// True if and only if `ch` is East Asian wide or full-width (ideographs, kana, hangul,
/// CJK and full-width punctuation).
pub fn is_wide(ch: char) -> bool {
    matches!(u32::from(ch),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3040..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F | 0xFF01..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
}

/// True if and only if `ch` is a mark of ambiguous width that Chinese text sets full
/// width: quotation marks, ellipsis, dashes, middle dot and common symbols.
pub fn is_cjk_ambiguous(ch: char) -> bool {
    matches!(
        ch,
        '“' | '”'
            | '‘'
            | '’'
            | '…'
            | '—'
            | '―'
            | '·'
            | '※'
            | '§'
            | '№'
            | '★'
            | '☆'
            | '○'
            | '●'
            | '◎'
            | '◇'
            | '◆'
            | '□'
            | '■'
            | '△'
            | '▲'
            | '→'
            | '←'
            | '↑'
            | '↓'
            | '√'
            | '×'
            | '÷'
            | '°'
            | '℃'
            | '‰'
            | '─'
    )
}

/// True if and only if `c` is full width in a CJK font by any measure: East Asian wide,
/// or a mark Chinese text sets full width.
pub fn is_full_width_in_cjk(c: char) -> bool {
    is_wide(c) || is_cjk_ambiguous(c)
}

/// True if and only if `c` is set without spaces between words: Han, kana, CJK
/// punctuation and full-width forms (not Hangul, which uses spaces).
pub fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{303F}' | '\u{3040}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}' | '\u{FFE0}'..='\u{FFE6}' | '\u{20000}'..='\u{3FFFD}')
}

/// Display width in columns: East Asian wide characters count two, and so do curly
/// quotes in a line with CJK text (CJK fonts set them full width).
pub fn columns(text: &str) -> usize {
    let (mut narrow, mut wide, mut quotes) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_wide(c) {
            wide += 1;
        } else if matches!(c, '“' | '”' | '‘' | '’') {
            quotes += 1;
        } else {
            narrow += 1;
        }
    }
    let quote_width = if wide > 0 { 2 } else { 1 };
    narrow + 2 * wide + quote_width * quotes
}

/// The printed width of `text` in characters of its own size: full width in a CJK font
/// (CJK, full-width punctuation) counts 1, anything narrower ½. The DOCX writer sizes
/// indents with it and the style stage fits titles to a line with it.
pub fn width_in_chars(text: &str) -> f64 {
    text.chars()
        .map(|c| if is_full_width_in_cjk(c) { 1.0 } else { 0.5 })
        .sum()
}

/// True if and only if `c` writes a digit: ASCII, full-width, or a Chinese numeral
/// (〇一二…十百千万亿, 两, 零).
pub fn is_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "〇零一二三四五六七八九十百千万亿两".contains(c)
}

/// True if and only if `c` is a unit or measure word that follows a number and stays
/// with it on a line: 年, 月, 日, 号, 届, 次, 条, 元, 个, %… ("2025年", "第十三届").
pub fn is_number_unit(c: char) -> bool {
    "年月日时分秒号届次期批条款项章节编款名位个件元角万亿千百米里吨亩平方％%‰℃人户家所项"
        .contains(c)
}

/// True if and only if `c`, standing as a word of its own, leans on the word before it:
/// structural and aspect particles, plural 们, locatives (午宴上, 会议中) and 等.
pub fn is_enclitic(c: char) -> bool {
    "的地得之们了着过上中下里内外间等".contains(c)
}

/// True if and only if `c` is a full-width mark whose ink sits in the left half of its
/// cell (，。、；： and the closing brackets and quotes), so its right half may be taken
/// away in the middle of a line when a paragraph is squeezed to save its last line.
pub fn is_squeezable_mark(c: char) -> bool {
    "，。、；：）》」』〕】”’".contains(c)
}

/// True if and only if `c` is CJK or full-width punctuation (、。「」，：…).
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3001..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20)
}

/// True if and only if `ch` belongs to a right-to-left script (Hebrew, Arabic, Syriac,
/// Thaana, NKo, Samaritan, Mandaic, their presentation forms, and the historic
/// right-to-left blocks of the supplementary planes).
pub fn is_rtl(ch: char) -> bool {
    matches!(
        u32::from(ch),
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF
    ) && ch != '\u{FEFF}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_nest_as_their_names_say() {
        for c in ['中', '國', '𠀀'] {
            assert!(is_han(c) && is_cjk(c) && is_wide(c) && is_unspaced(c));
        }
        assert!(is_cjk('か') && !is_han('か'));
        assert!(is_cjk('한') && is_wide('한') && !is_unspaced('한'));
        assert!(is_wide('，') && is_cjk_punct('，') && !is_cjk('，'));
        assert!(is_cjk_ambiguous('“') && !is_wide('“') && is_full_width_in_cjk('“'));
        assert!(!is_wide('a') && !is_cjk('a') && !is_unspaced('a'));
        assert!(is_rtl('ا') && !is_rtl('a'));
        assert_eq!(columns("中文ab"), 6);
        assert_eq!(columns("“中”"), 6);
        assert_eq!(columns("“a”"), 3);
    }
}
