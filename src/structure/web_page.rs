//! A web page's furniture copied with the document it shows.
//!
//! Reports and notices are most often copied from a government or newspaper site, and
//! the copy brings the page's furniture along, a piece a line: the breadcrumb ("当前位置：",
//! "首页", ">", "政务信息"), the toolbar ("下载", "打印", "收藏", "分享："), the type-size
//! control ("【字体：", "大", "中", "小", "】"), and at the foot the editor's line, the
//! QR-code prompt, related links, "打印本页" and "关闭窗口"; the site's menu and its
//! footer record (`site_menu`). None of it is the document:
//! it is page furniture (kind `artifact`, left out of every output, counted in a
//! warning). The page's record of the document — "来源：", "发布时间：", "阅读量：", a
//! label and its value on two lines, a bare timestamp — is the document's front matter.
//!
//! The words are the pages' own, a closed family any clerk knows from these sites; a
//! line counts only where such furniture stands (before the body, or from the first
//! footer line to the end), so the same word inside the text stays text.

use super::scene_break::is_scene_break;
use super::shapes::{is_record_key, is_record_metadata};
use super::text::{char_len, has_sentence_end};
use crate::model::{Block, BlockKind};
use regex::Regex;
use std::sync::LazyLock;

/// Labels that open a breadcrumb ("当前位置：首页 > 要闻").
const BREADCRUMB_LABELS: [&str; 8] = [
    "当前位置",
    "您当前的位置",
    "当前所在位置",
    "您当前所在位置",
    "您的位置",
    "您现在的位置",
    "你的位置",
    "所在位置",
];

/// What separates a breadcrumb's steps.
const BREADCRUMB_SEPARATORS: [&str; 6] = [">", "＞", "»", "›", ">>", "/"];

/// Toolbar and footer buttons, whole lines (brackets and a closing colon aside).
const BUTTONS: [&str; 25] = [
    "下载",
    "Aa",
    "关联稿件",
    "网站无障碍关怀版",
    "无障碍浏览",
    "长者模式",
    "打印",
    "全屏",
    "收藏",
    "分享",
    "分享到",
    "打印本页",
    "打印此页",
    "关闭窗口",
    "关闭本页",
    "关闭",
    "返回顶部",
    "我要纠错",
    "扫一扫在手机打开当前页",
    "用手机扫描二维码",
    "相关附件",
    "相关链接",
    "相关阅读",
    "相关新闻",
    "纠错",
];

/// The pieces of a type-size control after its label ("【字体：" 大 中 小 "】").
const SIZE_CONTROL_PIECES: [&str; 11] = [
    "大", "中", "小", "加大", "还原", "减小", "默认", "】", "]", "T", "|",
];

/// Keys of the editor's line at a page's foot ("责任编辑：李莎莎").
const EDITOR_KEYS: [&str; 2] = ["责任编辑", "编辑"];

/// Longest step of a breadcrumb or value of a record line.
const SHORT_MAX: usize = 30;

/// Longest value set under its key in a page's record (a title), in characters.
const VALUE_MAX: usize = 60;

/// Fewest characters of a line of prose (a sentence, not a label).
const PROSE_MIN_CHARS: usize = 12;

/// Most lines from the end a page's footer may take.
const FOOTER_MAX_LINES: usize = 40;

/// `line` without surrounding brackets and a trailing colon or "》" marks ("【打印】",
/// "分享：", "相关链接>>").
fn bare(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['【', '['])
        .trim_end_matches(['】', ']'])
        .trim_end_matches(['>', '》', '»'])
        .trim_end_matches(['：', ':'])
        .trim()
}

fn is_button(line: &str) -> bool {
    BUTTONS.contains(&bare(line))
}

fn is_separator(line: &str) -> bool {
    BREADCRUMB_SEPARATORS.contains(&line.trim())
}

/// The key of a "key：value" line and its value (empty when the value is on the next
/// line).
fn keyed(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(['：', ':'])?;
    Some((key.trim(), value.trim()))
}

/// A short piece of a page (a breadcrumb step, a record's value): no sentence in it.
fn is_short_piece(line: &str) -> bool {
    char_len(line) <= SHORT_MAX && !has_sentence_end(line)
}

/// A timestamp alone on a line ("2026-02-09 09:45:30", "2026年02月10日 07时41分").
fn is_timestamp(line: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:时]\s*\d{2}\s*分?(?:\s*:?\s*\d{2}\s*秒?)?$",
        )
        .expect("timestamp pattern")
    });
    STAMP.is_match(line.trim())
}

/// How many lines from `lines[i]` are one piece of the page's furniture, and what they
/// are: the page's record of the document (front matter) or its furniture (artifact).
pub(crate) fn web_lines(lines: &[&str], i: usize) -> Option<(BlockKind, usize)> {
    let line = lines.get(i)?.trim();
    let next = lines.get(i + 1).map(|l| l.trim());
    if let Some(n) = site_banner(lines, i) {
        return Some((BlockKind::FrontMatter, n));
    }
    if let Some(n) = super::site_menu::menu_len(lines, i) {
        return Some((BlockKind::Artifact, n));
    }
    // A breadcrumb: its label, then steps and separators, a line each or all on one.
    let labelled = keyed(line).is_some_and(|(key, _)| BREADCRUMB_LABELS.contains(&key));
    let home_first = line == "首页" && next.is_some_and(is_separator);
    let one_line = line.starts_with("首页")
        && BREADCRUMB_SEPARATORS[..4].iter().any(|s| line.contains(s))
        && is_short_piece(line);
    if labelled || home_first || one_line {
        let mut end = i + 1;
        let steps_follow = labelled && keyed(line).is_some_and(|(_, v)| v.is_empty());
        if steps_follow || home_first {
            // "首页" / ">" / "要闻" …: a step, then more while a separator follows.
            if steps_follow && lines.get(end).is_some_and(|l| is_short_piece(l.trim())) {
                end += 1;
            }
            while lines.get(end).is_some_and(|l| is_separator(l))
                && lines.get(end + 1).is_some_and(|l| is_short_piece(l.trim()))
            {
                end += 2;
            }
            // The section's name, repeated as the page's heading under the breadcrumb.
            if end - i >= 2
                && lines.get(end).map(|l| l.trim()) == lines.get(end - 1).map(|l| l.trim())
            {
                end += 1;
            }
        }
        return Some((BlockKind::Artifact, end - i));
    }
    // The type-size control, its pieces a line each.
    let bare_line = bare(line);
    if matches!(bare_line, "字体" | "字号")
        || line.starts_with("【字体")
        || line.starts_with("【字号")
    {
        let pieces = lines[i + 1..]
            .iter()
            .take_while(|l| SIZE_CONTROL_PIECES.contains(&l.trim()))
            .count();
        return Some((BlockKind::Artifact, 1 + pieces));
    }
    if is_button(line) {
        return Some((BlockKind::Artifact, 1));
    }
    if let Some((key, value)) = keyed(line) {
        if EDITOR_KEYS.contains(&key) && is_short_piece(value) {
            let name_under = value.is_empty() && next.is_some_and(is_name_like);
            return Some((BlockKind::Artifact, 1 + usize::from(name_under)));
        }
        if is_record_key(key) && !has_sentence_end(value) && char_len(line) <= 60 {
            // The value under its key may be the document's whole title ("名称：").
            let value_under = value.is_empty()
                && next.is_some_and(|n| {
                    char_len(n) <= VALUE_MAX
                        && !has_sentence_end(n)
                        && web_lines(lines, i + 1).is_none()
                });
            return Some((BlockKind::FrontMatter, 1 + usize::from(value_under)));
        }
    }
    if is_record_metadata(line) || is_timestamp(line) || is_page_byline(line) {
        return Some((BlockKind::FrontMatter, 1));
    }
    None
}

/// Longest byline of a page, in characters.
const BYLINE_MAX: usize = 100;

/// A page's byline under its title, its fields spaced apart on one line: the site, the
/// date (and time) of posting, and a record key with its value ("中央政府门户网站
/// www.gov.cn　　 2006年02月23日 14时43分　　 来源：人民网").
fn is_page_byline(line: &str) -> bool {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let dated = fields
        .iter()
        .any(|f| super::text::date_prefix_len(f).is_some());
    let keyed_field = fields
        .iter()
        .any(|f| keyed(f).is_some_and(|(k, _)| !k.is_empty() && is_record_key(k)));
    fields.len() >= 3
        && dated
        && keyed_field
        && !has_sentence_end(line)
        && char_len(line) <= BYLINE_MAX
}

/// Most lines above a page's menu or breadcrumb that its top bar may take.
const TOP_BAR_MAX_LINES: usize = 4;

/// How many lines from `lines[i]` are the page's top bar: short pieces (the site's name,
/// the day's date, a language or accessibility switch, a close mark) standing right above
/// the site's menu or breadcrumb. Page furniture like the menu under them.
pub(crate) fn top_bar_len(lines: &[&str], i: usize) -> Option<usize> {
    (1..=TOP_BAR_MAX_LINES)
        .take_while(|&n| {
            lines.get(i + n - 1).is_some_and(|l| {
                is_short_piece(l.trim()) && !super::shapes::ends_with_document_kind(l)
            })
        })
        .find(|&n| matches!(web_lines(lines, i + n), Some((BlockKind::Artifact, _))))
}

/// Longest site name after a page title's separator, in characters.
const SITE_NAME_MAX: usize = 24;

/// A page's own title as the browser shows it: the document's title, then the site or
/// its sections after "_" or "】-" ("……的通知_国家能源局江苏监管办公室", "……的通知_委局文件_政务公开",
/// "【……的通知(发改能源规〔2018〕637号)】-国家发展和改革委员会").
pub(crate) fn is_page_title(line: &str) -> bool {
    let line = line.trim();
    let (title, site) = if let Some(inner) = line.strip_prefix('【') {
        match inner.rsplit_once("】-") {
            Some(parts) => parts,
            None => return false,
        }
    } else {
        match line.split_once('_') {
            Some(parts) => parts,
            None => return false,
        }
    };
    let title = title.trim();
    let site_ok = !site.is_empty()
        && char_len(site) <= SITE_NAME_MAX
        && !site.contains(['，', '。', '：', ' ']);
    let titled = super::shapes::ends_with_document_kind(title)
        || super::shapes::ends_with_document_kind(
            title.split(['(', '（']).next().unwrap_or(title).trim(),
        );
    site_ok && titled && !has_sentence_end(title)
}

/// Most lines of an e-book site's banner, its rules included.
const BANNER_MAX_LINES: usize = 12;

/// Words an e-book site's banner uses besides its address.
const BANNER_WORDS: [&str; 7] = ["电子书", "下载", "整理", "访问", "本站", "TXT", "txt"];

/// True if `line` names a site's address with what the site offers ("更多TXT电子书下载,
/// 请访问雨枫轩:http://www.rain8.com", "必读网（http://www.beduu.com）整理").
fn is_banner_line(line: &str) -> bool {
    (line.contains("http://") || line.contains("https://") || line.contains("www."))
        && BANNER_WORDS.iter().any(|w| line.contains(w))
        && char_len(line) <= 80
}

/// How many lines from `i` an e-book site's banner takes: its address line, and where
/// rules ("-----") frame it, the rule above and the copyright notice down to the rule
/// below. The publisher's, not the work's: front matter.
fn site_banner(lines: &[&str], i: usize) -> Option<usize> {
    let rule = |k: usize| lines.get(k).is_some_and(|l| is_scene_break(l.trim()));
    let first = match lines.get(i) {
        Some(l) if is_banner_line(l.trim()) => i,
        Some(_) if rule(i) && lines.get(i + 1).is_some_and(|l| is_banner_line(l.trim())) => i + 1,
        _ => return None,
    };
    let closing = (first + 1..(first + BANNER_MAX_LINES).min(lines.len())).find(|&k| rule(k));
    Some(match closing {
        Some(k) => k + 1 - i,
        None => first + 1 - i,
    })
}

/// True if `line` is a piece of a page's furniture or record on its own: a line that
/// hard-wrap rejoining must leave alone.
pub(crate) fn is_page_line(line: &str) -> bool {
    web_lines(&[line], 0).is_some()
}

/// A person's name alone (an editor's under "责任编辑："): two to four Chinese
/// characters.
fn is_name_like(line: &str) -> bool {
    let n = char_len(line);
    (2..=4).contains(&n) && line.chars().all(crate::script::is_cjk)
}

/// True if a footer line opens the page's foot: the editor's line, the QR prompt, the
/// related links, print and close.
fn opens_footer(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    is_button(line)
        || super::site_menu::is_site_footer_line(line)
        || keyed(line).is_some_and(|(k, v)| {
            EDITOR_KEYS.contains(&k) && is_short_piece(v)
                // "相关附件：某某通知.pdf(/path/…)": the page's list, its first entry run in.
                || LINK_LIST_KEYS.contains(&k) && !has_sentence_end(v)
        })
        || QR_PROMPTS.iter().any(|p| line.contains(p)) && char_len(line) <= QR_PROMPT_LINE_MAX
}

/// Keys of a page's list of links or files at its foot.
const LINK_LIST_KEYS: [&str; 4] = ["相关附件", "相关链接", "相关阅读", "相关新闻"];

/// A page's prompt to open it on a phone, inside whatever else its foot prints with it
/// ("二维码开始扫一扫在手机打开当前页用来校验该浏览器是否支持HTML5").
const QR_PROMPTS: [&str; 3] = ["扫一扫在手机打开当前页", "用手机扫描二维码", "手机扫一扫"];

/// Longest line holding a phone prompt, in characters.
const QR_PROMPT_LINE_MAX: usize = 60;

/// Longest page foot run onto a document's last line, in characters.
const RUN_ON_FOOTER_MAX: usize = 300;

/// Where a page's foot run onto the end of a line starts, and where its phone prompt
/// starts after that, as a scraper that saved the page's text on one line leaves them:
/// "……2022年7月29日相关附件：……通知.pdf(/path/…)二维码开始扫一扫在手机打开当前页……". The
/// foot follows a date or a sentence end, holds no sentence, and opens with the page's
/// list of files or links.
pub(crate) fn run_on_footer(text: &str) -> Vec<usize> {
    // Every key opens with 相关: other lines, nearly all, are passed over with one scan.
    if !text.contains("相关") {
        return Vec::new();
    }
    let Some(start) = LINK_LIST_KEYS
        .iter()
        .filter_map(|key| {
            text.match_indices(key)
                .map(|(at, _)| at)
                .find(|&at| text[at + key.len()..].starts_with(['：', ':']))
        })
        .min()
    else {
        return Vec::new();
    };
    let before = text[..start].trim_end();
    let foot = &text[start..];
    let after_an_end = before.ends_with('日') || before.ends_with(['。', '！', '？']);
    if !after_an_end || has_sentence_end(foot) || char_len(foot) > RUN_ON_FOOTER_MAX {
        return Vec::new();
    }
    let prompt = ["二维码", QR_PROMPTS[0]]
        .iter()
        .filter_map(|p| foot.find(p))
        .min()
        .filter(|&at| at > 0);
    std::iter::once(start)
        .chain(prompt.map(|at| start + at))
        .collect()
}

/// Where a page's footer starts: the first footer line among the last lines, when two or
/// more footer lines stand from there to the end (all that follows is the page's, not
/// the document's: its link list, its repeat of the title).
pub(crate) fn footer_start(lines: &[&str]) -> Option<usize> {
    // After the body's prose: a toolbar over the title is the head's, not a footer.
    let prose = lines
        .iter()
        .position(|l| has_sentence_end(l) && char_len(l) > PROSE_MIN_CHARS)?;
    let from = lines.len().saturating_sub(FOOTER_MAX_LINES).max(prose + 1);
    let first = (from..lines.len()).find(|&i| opens_footer(lines, i))?;
    let footer_lines = (first..lines.len())
        .filter(|&i| opens_footer(lines, i))
        .count();
    let editor_alone = footer_lines == 1
        && lines.len() - first <= 2
        && keyed(lines[first].trim()).is_some_and(|(k, _)| EDITOR_KEYS.contains(&k));
    (footer_lines >= 2 || editor_alone).then_some(first)
}

/// A warning naming how many lines of furniture (a web page's toolbars, a download site's
/// stamps, a cover's series line) `blocks` leave out of the outputs (page furniture of
/// copied PDFs, marked in `recovered`, has its own).
pub(crate) fn furniture_warning(blocks: &[Block], recovered: &str) -> Option<String> {
    let artifacts = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Artifact)
        .count();
    let page_numbers = recovered.matches(super::recover::ARTIFACT_MARK).count();
    let web = artifacts.saturating_sub(page_numbers);
    (web > 0).then(|| {
        format!("{web} line(s) of page or site furniture (breadcrumb, toolbar, footer, running head, section stamp) left out of the outputs")
    })
}

#[cfg(test)]
#[path = "web_page_tests.rs"]
mod tests;
