//! The shapes of an official document's head (GB/T 9704 7.2): 份号, 密级和保密期限,
//! 紧急程度, 签发人, the issuing organ's mark, the document number, and a decree's mark
//! and number.

use super::*;

/// 份号: six digits at the head of a classified document.
pub(crate) fn is_copy_number(line: &str) -> bool {
    let digits: Vec<char> = line.chars().collect();
    digits.len() == 6
        && digits
            .iter()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
}

/// 密级和保密期限: "绝密", "机密★1年", "秘密★6个月".
pub(crate) fn is_secrecy(line: &str) -> bool {
    static SECRECY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(绝密|机密|秘密)(\s*[★☆*]\s*[0-9０-９一二三四五六七八九十]*\s*(年|个月|长期)?)?$",
        )
        .expect("secrecy pattern")
    });
    ["绝密", "机密", "秘密"].iter().any(|p| line.starts_with(p)) && SECRECY.is_match(line)
}

/// 紧急程度: "特急", "加急", "特提", "平急".
pub(crate) fn is_urgency(line: &str) -> bool {
    matches!(line, "特急" | "加急" | "特提" | "平急" | "急件" | "特急件")
}

/// 签发人: "签发人：***", "签发人：李强　王刚".
pub(crate) fn is_signer(line: &str) -> bool {
    line.starts_with("签发人") && line["签发人".len()..].trim_start().starts_with(['：', ':'])
}

/// A document number (发文字号): the organ's code, the year in 〔〕 and the serial
/// number, "国办发〔2025〕12号", "*政发〔2025〕7号" (any of `script::REDACTION_MARKS`); a
/// court sets its code after the year, ending in 字 ("〔1992〕民他字第10号").
pub(crate) fn is_document_number(line: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[\p{Han}A-Za-z0-9*＊×Ｘ]{0,16}\s*[〔［\[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*(?:\p{Han}{1,4}字)?\s*第?\s*\d{1,5}\s*[号期]$",
        )
        .expect("valid regex")
    });
    let line = line.trim();
    // A web page sets it in brackets: "（皖政办秘〔2021〕8号）".
    let inner = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']))
        .unwrap_or(line);
    let inner = inner.trim();
    inner.ends_with(['号', '期']) && NUMBER.is_match(inner)
}

/// A line of an issuing organ's mark: short, unpunctuated Chinese ("*市人民政府文件",
/// "中共某某市委办公室"). A line saying what it is about ("中共中央关于……的两个文件") is
/// a title, whoever it names first.
pub(crate) fn is_masthead_line(line: &str) -> bool {
    // Spaced out to fill the line ("公　　告") it still ends like a title; a 纪要's mark
    // ("*市人民政府常务会议纪要" over its 期号) is the one mark named by its kind.
    let squeezed: String = line.split_whitespace().collect();
    char_len(line) <= 25
        && mostly_cjk(line)
        && !line.contains(TERMINAL_PUNCT)
        && !line.contains("关于")
        && (!starts_or_ends_like_a_title(&squeezed) || squeezed.ends_with("纪要"))
}

/// The mark of a decree (令): "中华人民共和国国务院令", "上海市人民政府令", "财政部令".
pub(crate) fn is_decree_mark(line: &str) -> bool {
    is_masthead_line(line) && line.ends_with('令') && char_len(line) >= 3
}

/// Longest mark of a numbered announcement, in characters.
const ANNOUNCEMENT_MARK_MAX: usize = 30;

/// The mark of an announcement issued under a number, as a decree is (GB/T 9704 sets a
/// 公告 of an organ so): "新疆维吾尔自治区第十四届人民代表大会常务委员会公告" over
/// "（第38号）". An organ's name and 公告, no "关于……的" of a title.
pub(crate) fn is_announcement_mark(line: &str) -> bool {
    let squeezed: String = line.split_whitespace().collect();
    squeezed.ends_with("公告")
        && char_len(&squeezed) > 2
        && char_len(&squeezed) <= ANNOUNCEMENT_MARK_MAX
        && mostly_cjk(line)
        && !line.contains(TERMINAL_PUNCT)
        && !line.contains("关于")
        && !line.contains('的')
}

/// A decree's number: "第693号", "（第19号）", "第 682 号".
pub(crate) fn is_decree_number(line: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[（(]?\s*第\s*[0-9０-９]{1,5}\s*号\s*[）)]?$").expect("decree number")
    });
    NUMBER.is_match(line.trim())
}
