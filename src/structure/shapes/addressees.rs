//! The addressees of an official document (主送机关): organs listed with 、 and ，,
//! ending "：" — or with the colon lost — told from a sentence that leads into a list.

use super::*;

/// Longest list of addressees (主送机关) in a document's head.
const ADDRESSEES_MAX: usize = 200;
/// Longest addressee in such a list.
const ADDRESSEE_MAX: usize = 24;

/// A long 主送机关 line: organs listed with 、 and ，, ending "：" ("各省、自治区、直辖市高级
/// 人民法院，解放军军事法院，新疆维吾尔自治区高级人民法院生产建设兵团分院："), longer than
/// a salutation may be but made only of short names.
pub(crate) fn is_addressee_list(line: &str) -> bool {
    let Some(body) = line.strip_suffix(['：', ':']) else {
        return false;
    };
    let parts: Vec<&str> = body.split(['、', '，', ',', '；']).collect();
    char_len(line) <= ADDRESSEES_MAX
        && parts.len() >= 3
        && parts
            .iter()
            .all(|p| (1..=ADDRESSEE_MAX).contains(&char_len(p.trim())))
        && mostly_cjk(body)
        && !has_sentence_end(body)
        && !is_lead_in(line)
        && find_marker(line).is_none()
}

/// Endings of addressees besides organs' names: "各成员单位", "各有关部门", "各直属机构".
const ADDRESSEE_ENDINGS: &[&str] = &["单位", "部门", "机构", "企业", "机关"];

/// A 主送 line whose colon was lost ("各县（区）人民政府，市安委会各成员单位，各重点企业"):
/// an addressee list but for the colon, most of its parts naming organs.
pub(crate) fn is_colonless_addressee_list(line: &str) -> bool {
    if line.ends_with(['：', ':']) || !is_addressee_list(&format!("{line}：")) {
        return false;
    }
    lists_organs(line)
}

/// True if most of the parts of `line`, listed with 、 and ，, name organs or addressees
/// ("各区人民政府，市政府各部门"), as no line of a title does ("团结起来，为……而奋斗").
pub(crate) fn lists_organs(line: &str) -> bool {
    let parts: Vec<&str> = line.split(['、', '，', ',', '；']).map(str::trim).collect();
    let organs = parts
        .iter()
        .filter(|p| {
            ORGAN_ENDINGS
                .iter()
                .chain(ADDRESSEE_ENDINGS)
                .any(|e| p.ends_with(e))
        })
        .count();
    parts.len() >= 2 && organs * 2 > parts.len()
}

/// A sentence that leads into what follows ("……作如下修改：", "现将有关事项通知如下：",
/// "……规定如下："): it names a document (《……》) or ends "如下：", which no list of
/// addressees does.
pub(super) fn is_lead_in(line: &str) -> bool {
    let body = line.trim_end_matches(['：', ':']);
    body.ends_with("如下") || body.ends_with("以下") || line.contains('《')
}
