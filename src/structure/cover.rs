//! A cover's series line: a publisher sets the name of its series over the cover of each
//! document ("上海证券交易所技术文档" over "IS120 上海证券交易所行情网关" / "BINARY 数据
//! 接口规范" / "0.58 版" / "上海证券交易所" / "二〇二五年八月"). The line is the issuer's
//! name, which signs the same cover lower down, and a few words naming the series:
//! furniture of the cover, as a running head is of a page, not a line of the title. A
//! cover says which edition it covers ("0.58 版", "V1.0"); a title over a notice's
//! signature ("国务院办公厅转发……" / "国务院办公厅") has no such line.

use super::shapes::{is_organ_name, is_unpunctuated_short};
use super::text::char_len;
use super::title_page::is_work_description;

/// Most lines of a cover between its series line and the issuer's name.
const COVER_MAX_LINES: usize = 8;
/// Most characters of the series' name after the issuer's.
const SERIES_MAX: usize = 8;

/// True if line `i` of `lines` is a cover's series line: the issuer's name that a later
/// line of the same cover (no blank line between) gives alone, then a short series name.
/// `separated[k]` is true when a blank line comes before line `k`.
pub(crate) fn is_series_line(lines: &[&str], separated: &[bool], i: usize) -> bool {
    let Some(line) = lines.get(i).map(|l| l.trim()) else {
        return false;
    };
    if !is_unpunctuated_short(line) {
        return false;
    }
    let cover: Vec<&str> = (i + 1..lines.len().min(i + 1 + COVER_MAX_LINES))
        .take_while(|&k| !separated.get(k).copied().unwrap_or(true))
        .map(|k| lines[k].trim())
        .collect();
    cover.iter().any(|issuer| {
        is_organ_name(issuer)
            && cover.iter().any(|l| is_work_description(l))
            && line.strip_prefix(issuer).is_some_and(|series| {
                let len = char_len(series);
                (1..=SERIES_MAX).contains(&len) && !series.contains(char::is_whitespace)
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds as kinds;

    #[test]
    fn the_issuers_series_line_over_a_cover_is_furniture() {
        let text = "上海证券交易所技术文档\nIS120 上海证券交易所行情网关\nBINARY 数据接口规范\n\
            0.58 版\n上海证券交易所\n二〇二五年八月\n\n修订记录\n2018-03-09 ， 0.10 版，文档创建。\n\
            2018-03-25 ， 0.20 版，调整字段。\n2018-07-25 ， 0.30 版，调整说明。\n";
        assert_eq!(kinds(text)[..2], ["artifact", "title"]);
        // A title wrapped over a line of the organ's own, no edition between: a title.
        let text = "国务院办公厅转发国家地震局\n关于加强防震减灾工作意见的通知\n国务院办公厅\n\
            一九九七年一月十日\n\n各省人民政府：\n现将意见转发给你们。\n";
        assert_eq!(kinds(text)[0], "title");
    }
}
