//! A government site's menu and footer copied with the page, a piece a line.
//!
//! Above the document: the site's menu ("设为首页", "工作邮箱", "搜索", "首页", "机构概览",
//! "信息公开", "在线办事", …), sometimes with a dash before each item ("-网站首页"). One
//! such word alone may be a heading of the text; a run of three short items or more, most
//! of them the menu words every such site uses, is the menu. At the foot: "网站地图",
//! "联系我们" and the site's record — the ICP and public security registrations, the site
//! code, "版权所有" (its address and sponsor lines look like a document's own and stay). Both are page furniture (`artifact`), read by
//! `web_page` where the page's furniture stands.

use super::text::char_len;

/// Words of a site's menu: the closed family these sites share.
const MENU_WORDS: [&str; 40] = [
    "首页",
    "网站首页",
    "设为首页",
    "加入收藏",
    "工作邮箱",
    "搜索",
    "高级搜索",
    "机构概览",
    "机构设置",
    "机构职能",
    "领导信息",
    "领导之窗",
    "动态要闻",
    "要闻动态",
    "新闻中心",
    "新闻动态",
    "工作动态",
    "信息公开",
    "政务公开",
    "政府信息公开",
    "在线办事",
    "政务服务",
    "办事服务",
    "网上办事",
    "互动回应",
    "互动交流",
    "政民互动",
    "公众参与",
    "专题专栏",
    "数据开放",
    "网站地图",
    "联系我们",
    "简体",
    "繁体",
    "繁體",
    "简体版",
    "繁体版",
    "无障碍",
    "长者模式",
    "English",
];

/// Longest menu item, in characters.
const ITEM_MAX: usize = 8;
/// Fewest items in a run read as the menu.
const MENU_MIN: usize = 3;

/// `line` without the dash or bar a copied menu sets before each item ("-网站首页").
fn item(line: &str) -> &str {
    line.trim().trim_start_matches(['-', '·', '|', '•']).trim()
}

/// True if `line` is a bar or an arrow set between a menu's items ("|", ">").
fn is_menu_separator(line: &str) -> bool {
    matches!(line.trim(), "|" | "｜" | ">" | "＞" | "»" | "/")
}

/// True if `line` could be an item of a menu: short, no punctuation, or a separator.
fn is_menu_item(line: &str) -> bool {
    if is_menu_separator(line) {
        return true;
    }
    let item = item(line);
    !item.is_empty()
        && char_len(item) <= ITEM_MAX
        && !item.contains(['，', '。', '：', ':', '；', '、', '（', '('])
}

/// How many lines from `lines[i]` are the site's menu: a run of three short items or
/// more, at least half of them menu words, the first one of them.
pub(crate) fn menu_len(lines: &[&str], i: usize) -> Option<usize> {
    if !MENU_WORDS.contains(&item(lines.get(i)?)) {
        return None;
    }
    let run = lines[i..].iter().take_while(|l| is_menu_item(l)).count();
    let words = lines[i..i + run]
        .iter()
        .filter(|l| MENU_WORDS.contains(&item(l)))
        .count();
    let separators = lines[i..i + run]
        .iter()
        .filter(|l| is_menu_separator(l))
        .count();
    (run - separators >= MENU_MIN && words * 2 >= run - separators).then_some(run)
}

/// Marks of a site's own record at its foot.
/// (Only marks no document text carries: a notice may end with its own "地址：" and
/// "主办单位：" lines, which must stay in the outputs.)
const FOOTER_MARKS: [&str; 4] = ["ICP备", "公网安备", "网站标识码", "版权所有"];

/// Longest line of a site's footer record, in characters.
const FOOTER_LINE_MAX: usize = 60;

/// True if `line` is a line of a site's footer: its map and contact links, or its record
/// (address, postcode, sponsor, registrations, copyright).
pub(crate) fn is_site_footer_line(line: &str) -> bool {
    let line = line.trim();
    if char_len(line) > FOOTER_LINE_MAX {
        return false;
    }
    matches!(item(line), "网站地图" | "联系我们") || FOOTER_MARKS.iter().any(|m| line.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_menu_items_is_the_menu() {
        let lines = [
            "设为首页",
            "工作邮箱",
            "搜索",
            "首页",
            "机构概览",
            "动态要闻",
            "信息公开",
            "标题",
        ];
        assert_eq!(menu_len(&lines, 0), Some(8));
        let dashed = ["-网站首页", "-新闻中心", "-县政府", "-政务公开", "正文。"];
        assert_eq!(menu_len(&dashed, 0), Some(4));
        // Bars and arrows between the items are the menu's, and count as no item.
        let barred = [
            "简体",
            "|",
            "繁体",
            "无障碍",
            "政务公开",
            ">",
            "政策法规",
            "名称：",
        ];
        assert_eq!(menu_len(&barred, 0), Some(7));
        // One menu word over the text is the text's.
        let text = ["信息公开", "各单位要按照规定公开政府信息。"];
        assert_eq!(menu_len(&text, 0), None);
        // Short headings are no menu: most items must be the sites' words.
        let heads = ["首页", "总则", "目标", "措施", "保障"];
        assert_eq!(menu_len(&heads, 0), None);
    }

    #[test]
    fn the_sites_record_at_the_foot() {
        assert!(is_site_footer_line("网站地图"));
        assert!(is_site_footer_line("京ICP备11044902号"));
        assert!(is_site_footer_line("国家能源局江苏监管办公室版权所有"));
        // A document's own contact lines are its text.
        assert!(!is_site_footer_line("地址：南京市中山路268号"));
        assert!(!is_site_footer_line("主办单位：省教育厅、省民政厅"));
    }
}
