//! A download site's advertising left inside an e-book's text: the site stamps its address
//! between chapters ("更多精彩图书、手机资源尽在飞库" / "电脑访问:www.feiku.com" /
//! "手机访问:wap.feiku.com"), and its address alone on a line.
//!
//! A line counts only on general evidence: it holds a web address and, besides the
//! address, no more than a short label ("电脑访问:", "下载：") with no sentence in it; or it
//! states a site's advertising formula ("更多……尽在……", "本书由……整理", "欢迎访问……",
//! "……请到……下载") with no sentence in it and stands in one run (no blank line between)
//! with such an address line. The site's banner at the top of the file is its front
//! matter, read with the page's head (`web_page`): only lines after the text has begun (its
//! first sentence) are marked here, with [`ARTIFACT_MARK`], kept where they stand (they
//! broke no sentence), so the block rules record each as an artifact.

use super::ARTIFACT_MARK;
use crate::script::is_cjk;
use crate::structure::text::{char_len, has_sentence_end, SENTENCE_ENDS};
use regex::Regex;
use std::sync::LazyLock;

/// Most letters of a label beside an address ("手机访问:", "TXT小说下载：").
const LABEL_MAX_CHARS: usize = 16;
/// Longest formula line, in characters.
const FORMULA_MAX_CHARS: usize = 40;
/// Fewest characters of the line that opens the text (a sentence, not a label).
const PROSE_MIN_CHARS: usize = 8;

/// A web address: a scheme, "www." or "wap.", or a host under a common top-level domain.
/// Full-width Latin letters and stops are read as their ASCII forms first.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:https?://|\b(?:www|wap)\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[!-~]*)?|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|cc|info)\b(?:/[!-~]*)?",
    )
    .expect("address pattern")
});

/// The verbs and frames of a site's advertising: where more books are, who put the book
/// together, where to go for it.
static FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:更多.*(?:尽在|请到|请访问|下载)|本书由.+整理|欢迎(?:访问|光临)|.*请到.+下载)")
        .expect("formula pattern")
});

/// `line` as a site writes its address to slip past filters, read back: full-width ASCII
/// forms (Ｗ, ．, ／) folded to ASCII, and a run of stops, commas, dashes and spaces between
/// two Latin letters or digits read as one dot ("www。xiaoshuotxt。net", "www-xiaoshuotxt-net",
/// "ww　w.x"), a run of spaces alone closed up.
fn unmasked(line: &str) -> String {
    let chars: Vec<char> = line
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    let is_separator = |c: char| c.is_whitespace() || matches!(c, '.' | '。' | '、' | '-');
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let end = (i..chars.len())
            .find(|&k| !is_separator(chars[k]))
            .unwrap_or(chars.len());
        let between = i > 0
            && end > i
            && end < chars.len()
            && chars[i - 1].is_ascii_alphanumeric()
            && chars[end].is_ascii_alphanumeric();
        if between {
            if !chars[i..end].iter().all(|c| c.is_whitespace()) {
                out.push('.');
            }
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Words a site's label beside its address uses ("电脑访问:", "TXT小说天堂").
const LABEL_WORDS: [&str; 9] = [
    "访问",
    "下载",
    "电子书",
    "整理",
    "小说",
    "书",
    "本站",
    "txt",
    "TXT",
];

/// True if `line` (trimmed) is a site's address with at most a short label of the site's
/// own words: no sentence, no e-mail address (a contact line is the document's own), no
/// key of the document's contact list ("网址：").
fn is_address_line(line: &str) -> bool {
    let line = unmasked(line);
    let Some(found) = ADDRESS.find(&line) else {
        return false;
    };
    if line.contains('@') || has_sentence_end(&line) || !is_site_root(found.as_str()) {
        return false;
    }
    let rest = format!("{}{}", &line[..found.start()], &line[found.end()..]);
    // The label's letters, closed up past the marks that mask them ("小／／说").
    let letters: String = rest.chars().filter(|c| c.is_alphanumeric()).collect();
    letters.is_empty()
        || char_len(&letters) <= LABEL_MAX_CHARS
            && !rest.contains(['，', '。'])
            && LABEL_WORDS.iter().any(|w| letters.contains(w))
}

/// Longest path after a site's host that still names the site ("/", "/txt/").
const SITE_PATH_MAX_CHARS: usize = 12;

/// True if `address` names a site, not a page on it: a site stamps its host ("www.feiku.com",
/// "wap.feiku.com/"), while a link to an article ("…/archives/2004_08_29.html#1094", a feed
/// item's link, a reference) is the document's own and stays.
fn is_site_root(address: &str) -> bool {
    let host_and_path = address.split_once("://").map_or(address, |(_, rest)| rest);
    let path = host_and_path
        .find('/')
        .map_or("", |at| &host_and_path[at..]);
    char_len(path) <= SITE_PATH_MAX_CHARS
        && !path.contains(['.', '#', '='])
        && path.trim_matches('/').split('/').count() <= 1
}

/// True if `line` (trimmed) states a site's advertising formula and nothing else.
fn is_formula_line(line: &str) -> bool {
    char_len(line) <= FORMULA_MAX_CHARS && !has_sentence_end(line) && FORMULA.is_match(line)
}

/// `text` with a download site's advertising in its body marked, and how many lines.
pub(super) fn mark_site_ads(text: &str) -> (String, usize) {
    let lines: Vec<&str> = text.split('\n').collect();
    // The site's banner over the text is its front matter: the body begins with prose.
    let Some(body) = lines.iter().position(|l| {
        let l = l.trim().trim_end_matches(['”', '’', '」', '』', '"']);
        l.ends_with(SENTENCE_ENDS) && char_len(l) > PROSE_MIN_CHARS
    }) else {
        return (text.to_string(), 0);
    };
    // A Chinese e-book's: an English text's addresses are its printer's (Gutenberg's).
    let cjk = text.chars().filter(|&c| is_cjk(c)).count();
    if cjk <= text.chars().filter(char::is_ascii_alphabetic).count() {
        return (text.to_string(), 0);
    }
    let trimmed: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    // An address the text points to ("下载地址：" over it) is the text's own.
    let pointed_to = |i: usize| trimmed[i - 1].ends_with(['：', ':']);
    let address: Vec<bool> = trimmed
        .iter()
        .enumerate()
        .map(|(i, l)| {
            i > body && !l.starts_with(ARTIFACT_MARK) && !pointed_to(i) && is_address_line(l)
        })
        .collect();
    let mut marked = address.clone();
    // A formula line counts in a run of lines that holds an address line.
    let mut start = body + 1;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&k| trimmed[k].is_empty())
            .unwrap_or(lines.len());
        if address[start..end].contains(&true) {
            for k in start..end {
                if !trimmed[k].starts_with(ARTIFACT_MARK) && is_formula_line(trimmed[k]) {
                    marked[k] = true;
                }
            }
        }
        start = end + 1;
    }
    let count = marked.iter().filter(|&&m| m).count();
    if count == 0 {
        return (text.to_string(), 0);
    }
    (super::furniture::mark_in_place(&lines, &marked), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<String> {
        mark_site_ads(text)
            .0
            .lines()
            .filter_map(|l| l.strip_prefix(ARTIFACT_MARK))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_download_site_s_stamp_between_chapters_is_marked() {
        let text = "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n\
                    更多精彩图书、手机资源尽在飞库\n电脑访问:www.feiku.com\n手机访问:wap.feiku.com\n\
                    第二章\n白日依山尽，黄河入海流。";
        assert_eq!(
            marked(text),
            [
                "更多精彩图书、手机资源尽在飞库",
                "电脑访问:www.feiku.com",
                "手机访问:wap.feiku.com"
            ]
        );
        // An address in full-width letters, alone on its line, is the site's too.
        // An address in full-width letters or broken up by stops, dashes and spaces, alone
        // on its line with the site's name, is the site's too.
        let text = "他走了很远的路，终于到了。他在那里住了一夜，第二天一早又上路了。\nwww.xiＡoshuotxＴ.Ｎｅｔ《t》xt小说天堂\n第二天早上，天还没有亮，他就起来了，收拾好东西走出门去。\n\
                    www-xiaoshuotxt-net（／t／／xt｜小／／说／//天//堂）\n他又走了很远的路，一直走到天黑，才在路边的一家小店里住下。\n\
                    ww　w.xＩaoshuotxt.。net《t》xt小说天堂\nwww。xiaoshuotxt。nett.xt.小`说`天.堂";
        assert_eq!(marked(text).len(), 4, "{:?}", marked(text));
    }

    #[test]
    fn the_text_s_own_lines_and_the_head_banner_stay() {
        // The banner over the text is the front matter's; a contact line, a sentence
        // naming a site, a file name and a formula with no address near it are text.
        let text = "《某书》作者；某某\n下载：多多电子书(www.duoduomi.com)\n第一回\n话说天下大势，分久必合，合久必分。\n\
                    联系邮箱：tech_support@sse.com.cn\n请登录www.gov.cn查询，详见附件。\n\
                    行情文件 mktdt00.txt\n网址：www.sse.com.cn\n下载地址：\nhttp://www.sse.com.cn/a.pdf\n\
                    \n更多精彩内容尽在下一章\n\n本书由某某整理";
        assert!(marked(text).is_empty(), "{:?}", marked(text));
        // A link to a page (a feed item's, a reference's) alone on its line is text too.
        let text = "出版商推出了开放图书项目，部分图书是完全开放的。\n\
                    http://www.cnblog.org/blog/archives/2004_08_29_cnblog_archive.html#109405270763030919\n\
                    袁贵仁教授在书中指出了这一点。\nwww.example.com/a/b\n马克思论人的发展。";
        assert!(marked(text).is_empty(), "{:?}", marked(text));
    }
}
