//! What stands under a document's title: the subtitle ("——在……上的讲话"), the date line
//! ("（2025年1月8日）"), a sentence reporting the delivery, the issuer, a bracketed note
//! that may run over several lines, and an occasion with its speaker run on after it.

use super::*;

/// An occasion line with the speaker run on after a space ("2026年1月27日在……会议上
/// 陕西省省长 赵刚"), split between them.
pub(super) fn occasion_and_speaker(line: &str) -> Option<(&str, &str)> {
    line.char_indices()
        .filter(|&(at, c)| c.is_whitespace() && line[..at].trim_end().ends_with('上'))
        .map(|(at, _)| (line[..at].trim_end(), line[at..].trim()))
        .find(|(_, rest)| is_speaker(rest))
}

/// How many lines from `start` form a subtitle or date line, or 0.
pub(super) fn under_title_len(lines: &[&str], start: usize) -> usize {
    let Some(first) = lines.get(start).map(|l| without_quote_mark(l)) else {
        return 0;
    };
    if first.starts_with(['（', '(']) {
        // A parenthesised note runs to the line that closes it; a line that was wrapped
        // is a line's width long, so a stub such as "（" opens no note over lines.
        if !closes_note(first) && char_len(first) < NOTE_WRAPPED_MIN_CHARS {
            return 0;
        }
        // It never runs over page furniture: a note is set apart on one page.
        let end = (start + NOTE_MAX_LINES).min(lines.len());
        let close = (start..end)
            .take_while(|&i| !lines[i].starts_with(ARTIFACT_MARK))
            .find(|&i| closes_note(lines[i]));
        // A note over lines is an adoption note or a date: it holds its year.
        let dated = |i: usize| lines[start..=i].iter().any(|l| l.contains('年'));
        return close
            .filter(|&i| i == start || dated(i))
            .map_or(0, |i| i - start + 1);
    }
    // A date, alone or with the document number after it ("1986年10月25日 法（经）发
    // 〔1986〕30号").
    let dated = date_prefix_len(first).is_some()
        && (!has_sentence_end(first) && char_len(first) <= 60 || reports_the_delivery(first));
    // An occasion broken over two lines ("——2026年1月……广东省第十四届" / "人民代表大会第五次
    // 会议上"): the second line ends where an occasion ends.
    let occasion_goes_on = is_dash_line(first)
        && !ends_an_occasion(first)
        && lines.get(start + 1).is_some_and(|next| {
            ends_an_occasion(next) && !has_sentence_end(next) && char_len(next) <= 30
        });
    if occasion_goes_on {
        return 2;
    }
    usize::from(
        is_dash_line(first)
            || crate::structure::shapes::is_exclaimed_subtitle(first)
            || dated
            || is_effective_date_note(first)
            || is_classical_source(first),
    )
}

/// True if `lines[i]` is a reply's or notice's date set over its number, on the line
/// before it ("1994年4月22日" / "法发〔1994〕9号"): the document's `date`, where a
/// speech's date under its title, alone or bracketed ("（2025年1月8日）"), is a subtitle.
pub(super) fn dates_the_number(lines: &[&str], i: usize) -> bool {
    lines
        .get(i)
        .is_some_and(|line| crate::structure::text::is_date(line))
        && lines
            .get(i + 1)
            .is_some_and(|next| is_document_number(next))
}

/// True if `lines[i]` names the organs that issue a document under its title, not the
/// first line of a title repeated below (the organ over "关于……的批复").
pub(super) fn is_issuer(lines: &[&str], i: usize) -> bool {
    lines.get(i).is_some_and(|line| is_organ_name(line))
        && !lines
            .get(i + 1)
            .is_some_and(|next| starts_or_ends_like_a_title(next))
}

/// True if the last title line found ends with its kind of document ("……统计公报").
pub(super) fn titled_as_a_document(found: &Found<'_>) -> bool {
    found
        .iter()
        .rev()
        .find(|(kind, _)| *kind == BlockKind::Title)
        .is_some_and(|(_, text)| ends_with_document_kind(text))
}

/// Longest sentence reporting a report's delivery, in characters.
const DELIVERY_MAX: usize = 90;

/// True if `line` is one sentence reporting where and by whom the report was delivered,
/// as a newspaper prints it under the title: "2025年1月14日在北京市第十六届人民代表大会第三次
/// 会议上北京市市长 殷勇同志作政府工作报告。"
fn reports_the_delivery(line: &str) -> bool {
    let Some(date_end) = date_prefix_len(line) else {
        return false;
    };
    let rest = line[date_end..].trim_start();
    let body = rest.trim_end().trim_end_matches('。');
    rest.starts_with('在')
        && body.contains('上')
        && !has_sentence_end(body)
        && char_len(line) <= DELIVERY_MAX
        && ["报告", "讲话", "致辞", "说明", "演讲"]
            .iter()
            .any(|w| body.ends_with(w))
}

/// True if `line` ends where an occasion line ends: "……会议上", "……上的讲话".
fn ends_an_occasion(line: &str) -> bool {
    let line = line.trim_end_matches(['）', ')']);
    line.ends_with('上')
        || ["上的讲话", "上的报告", "上的致辞", "上的演讲", "上的说明"]
            .iter()
            .any(|end| line.ends_with(end))
}

/// True if `line` opens an entry of a note rather than carrying on a wrapped one: it
/// starts with a date or with 根据/依据 ("根据1988年4月12日……修正案").
pub(super) fn opens_a_note_entry(line: &str) -> bool {
    date_prefix_len(line).is_some() || line.starts_with("根据") || line.starts_with("依据")
}

/// `line` without an e-mail style quote mark ("> （2014年4月24日……通过）").
fn without_quote_mark(line: &str) -> &str {
    line.strip_prefix('>').map_or(line, str::trim_start)
}

/// True if `line` closes a parenthesised note: it ends with "）", or with an editor's
/// bracketed remark right after it ("……修正）[刑法……的施行日期……确定。]").
fn closes_note(line: &str) -> bool {
    let line = match line.strip_suffix([']', '】']) {
        Some(inner) => inner.rfind(['[', '【']).map_or(inner, |at| &inner[..at]),
        None => line,
    };
    line.ends_with(['）', ')'])
}
