//! Chinese letters and dated piece endings inside a collection's text (a writer's letters
//! or essays in a one-file e-book), where the section reader's head and closing cannot see
//! them because the pieces are not split apart: an e-book's chapter line or page furniture
//! falls between them, or a postscript follows the signature.
//!
//! A letter's head is its heading line naming the addressee ("1938年春致沈从文",
//! "致萧军（书信节选）"), perhaps a place-and-date line ("一九三六年八月二十七日（日本东京——青岛）"),
//! and the salutation ("二哥："); a salutation is read only under such a line, because a
//! line ending in a colon in prose is someone about to speak. A letter's closing is the
//! complimentary close ("祝好。") over the writer's name, perhaps with the date under it;
//! a bare name right over the next letter's head signs the letter above.
//!
//! A piece's closing date ("1924年2月1日，温州作。") is read where the piece visibly ends
//! under it: the next section's numbered heading, or the e-book's page furniture.

use super::closing::{is_letter_close, is_piece_date};
use super::numbering::find_marker;
use super::recover::ARTIFACT_MARK;
use super::shapes::is_salutation;
use super::text::{char_len, date_prefix_len, is_date};
use crate::model::BlockKind;

/// Longest letter heading line, in characters ("1931年11月约10日致胡适").
const LETTER_HEADING_MAX: usize = 30;
/// Longest addressee after 致 ("沈从文", "萧军（书信节选）").
const ADDRESSEE_MAX: usize = 12;
/// Longest name signed under a close ("徽音 敬上").
const SIGNED_NAME_MAX: usize = 8;
/// Longest bare name signing a letter with no close above it ("徽因").
const BARE_NAME_MAX: usize = 4;
/// Longest piece date read before a break.
const PIECE_DATE_MAX: usize = 30;

/// Punctuation that no heading, name or date line of a letter carries.
const SENTENCE_MARKS: &[char] = &['。', '！', '？', '；', '：', '，', '!', '?', ';', ':'];

/// A letter's heading line in a collection: an optional date (a year, a season, a day),
/// then 致 and the addressee ("1938年春致沈从文", "致萧军（书信节选）").
pub(crate) fn is_letter_heading(line: &str) -> bool {
    let line = line.trim();
    let Some((when, whom)) = line.split_once('致') else {
        return false;
    };
    let dated = when.is_empty()
        || when.starts_with(|c: char| c.is_numeric() || "〇○零一二三四五六七八九".contains(c))
            && when.contains(['年', '月']);
    let whom_len = char_len(whom);
    dated
        && (1..=ADDRESSEE_MAX).contains(&whom_len)
        && char_len(line) <= LETTER_HEADING_MAX
        && !line.contains(SENTENCE_MARKS)
}

/// A place-and-date line over a salutation: a full date, then perhaps the places in
/// parentheses ("一九三六年八月三十一日（日本东京——青岛）").
fn is_letter_dateline(line: &str) -> bool {
    let line = line.trim();
    let Some(end) = date_prefix_len(line) else {
        return false;
    };
    let rest = line[end..].trim();
    rest.is_empty() || rest.starts_with(['（', '(']) && rest.ends_with(['）', ')'])
}

/// A short line that can only be a name: no punctuation, no digits.
fn is_name_line(line: &str, max: usize) -> bool {
    let line = line.trim();
    (1..=max).contains(&char_len(line))
        && !line.contains(SENTENCE_MARKS)
        && !line.contains(['、', '“', '”', '《', '》', '（', '）', '(', ')'])
        && !line.chars().any(|c| c.is_numeric())
        && !line.starts_with(ARTIFACT_MARK)
}

/// The kinds of the Chinese letter parts and piece dates among `lines` (a body's lines),
/// one entry a line.
pub(crate) fn letter_parts_zh(lines: &[&str]) -> Vec<Option<BlockKind>> {
    let n = lines.len();
    let mut kinds: Vec<Option<BlockKind>> = vec![None; n];
    let line = |k: usize| lines.get(k).map_or("", |l| l.trim());
    for i in 0..n {
        if kinds[i].is_some() {
            continue;
        }
        let text = line(i);
        // The head: heading line, perhaps a dateline, then the salutation.
        if is_letter_heading(text) {
            let dated = usize::from(is_letter_dateline(line(i + 1)));
            if i + 1 + dated < n && is_salutation(line(i + 1 + dated)) {
                kinds[i] = Some(BlockKind::Title);
                if dated == 1 {
                    kinds[i + 1] = Some(BlockKind::Dateline);
                }
                kinds[i + 1 + dated] = Some(BlockKind::Salutation);
                // The bare name right above signs the letter before.
                if i >= 2 && kinds[i - 1].is_none() && is_name_line(line(i - 1), BARE_NAME_MAX) {
                    kinds[i - 1] = Some(BlockKind::Signature);
                }
                continue;
            }
        }
        if i > 0 && is_letter_dateline(text) && i + 1 < n && is_salutation(line(i + 1)) {
            kinds[i] = Some(BlockKind::Dateline);
            kinds[i + 1] = Some(BlockKind::Salutation);
            continue;
        }
        // The closing: the close, the name, perhaps the date.
        if i > 0 && is_letter_close(text) && is_name_line(line(i + 1), SIGNED_NAME_MAX) {
            kinds[i] = Some(BlockKind::Signature);
            kinds[i + 1] = Some(BlockKind::Signature);
            if is_piece_date(line(i + 2)) {
                kinds[i + 2] = Some(BlockKind::Date);
            }
            continue;
        }
        // A piece's date right where the piece ends.
        let ends_here =
            line(i + 1).starts_with(ARTIFACT_MARK) || find_marker(line(i + 1)).is_some();
        if i > 0
            && ends_here
            && char_len(text) <= PIECE_DATE_MAX
            && (is_date(text.trim_end_matches('。')) || is_piece_date(text))
        {
            kinds[i] = Some(BlockKind::Date);
        }
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(lines: &[&str]) -> Vec<Option<BlockKind>> {
        letter_parts_zh(lines)
    }

    #[test]
    fn a_letter_heading_over_a_salutation_heads_a_letter() {
        use BlockKind::*;
        let lines = [
            "大驾刚北返尚未得晤面怅怅。",
            "徽因",
            "1932年1月1日下午致胡适",
            "适之先生：",
            "志摩刚刚离开我们。",
        ];
        assert_eq!(
            kinds(&lines),
            [None, Some(Signature), Some(Title), Some(Salutation), None]
        );
        let dated = [
            "致萧军（书信节选）",
            "一九三六年八月二十七日（日本东京——青岛）",
            "均：",
            "我和房东的孩子很熟了。",
        ];
        assert_eq!(
            kinds(&dated),
            [Some(Title), Some(Dateline), Some(Salutation), None]
        );
        // A line naming someone in prose, or with no salutation under it, is no head.
        let prose = ["他写信致谢。", "他说：", "好。"];
        assert_eq!(kinds(&prose), [None, None, None]);
        let alone = ["正文。", "1938年春致沈从文", "事情多得不可开交。"];
        assert_eq!(kinds(&alone), [None, None, None]);
    }

    #[test]
    fn a_dateline_over_a_salutation_opens_the_next_letter() {
        use BlockKind::*;
        let lines = [
            "东京趜町区富士见町，二丁目九一五中村方",
            "一九三六年八月三十一日（日本东京——青岛）",
            "均：",
            "正文。",
        ];
        assert_eq!(
            kinds(&lines),
            [None, Some(Dateline), Some(Salutation), None]
        );
    }

    #[test]
    fn a_close_over_a_name_signs_a_letter_in_mid_text() {
        use BlockKind::*;
        let lines = [
            "不写了。",
            "祝好。",
            "吟",
            "八月二十七日晚七时",
            "你的信封上带一个小花我可很喜欢。",
        ];
        assert_eq!(
            kinds(&lines),
            [None, Some(Signature), Some(Signature), Some(Date), None]
        );
        // A wish in a sentence closes nothing.
        let prose = ["正文。", "祝你们一路平安，早日归来。", "他"];
        assert_eq!(kinds(&prose), [None, None, None]);
    }

    #[test]
    fn a_piece_date_over_the_next_section_or_page_furniture_is_its_date() {
        use BlockKind::*;
        let lines = [
            "这页画布局那样经济。",
            "1924年2月1日，温州作。",
            "二、绿",
            "我第二次到仙岩。",
            "一九三九年一月三十日",
            "\u{1}www.example.net",
        ];
        assert_eq!(
            kinds(&lines),
            [None, Some(Date), None, None, Some(Date), None]
        );
        // A date in the text's run, with nothing ending under it, is text.
        let text = ["正文。", "1924年2月1日，温州作。", "正文。"];
        assert_eq!(kinds(&text), [None, None, None]);
    }
}
