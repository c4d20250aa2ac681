//! The salutation that ends a head: 同志们：, the 主送机关 (with or without its colon, or run
//! into the first paragraph), a hailed audience; a news dateline opening the first
//! paragraph is split off it the same way.

use super::Found;
use crate::model::BlockKind;
use crate::structure::shapes::{
    addresses_audience, dateline_len, is_addressee_list, is_colonless_addressee_list,
    is_hailed_audience, is_salutation,
};
use crate::structure::text::has_sentence_end;

/// Longest head of a run-in salutation ("同志们：" + text).
const RUN_IN_SALUTATION_MAX: usize = 24;

/// The salutation at line `i`, alone or run into its paragraph.
pub(super) fn salutation<'a>(lines: &[&'a str], i: usize, out: &mut Found<'a>) -> usize {
    let Some(line) = lines.get(i) else {
        return i;
    };
    if is_salutation(line)
        || is_addressee_list(line)
        || is_colonless_addressee_list(line)
        || is_hailed_audience(line)
    {
        out.push((BlockKind::Salutation, (*line).into()));
        // An address may hail its audiences a line each ("Honourable Members of the
        // Senate:" / "Members of the House of Commons:").
        let mut next = i + 1;
        while let Some(more) = lines
            .get(next)
            .filter(|l| is_salutation(l) && addresses_audience(l))
        {
            out.push((BlockKind::Salutation, (*more).into()));
            next += 1;
        }
        return next;
    }
    // The addressees run into the text ("各省、自治区、直辖市人民政府，……：现将……").
    let addressees_run_in = line
        .find('：')
        .map(|at| at + '：'.len_utf8())
        .filter(|&end| is_addressee_list(&line[..end]) && !line[end..].trim().is_empty());
    if let Some(end) = run_in_salutation(line).or(addressees_run_in) {
        out.push((BlockKind::Salutation, line[..end].into()));
        out.push((
            BlockKind::Paragraph { label: None },
            line[end..].trim().into(),
        ));
        return i + 1;
    }
    if let Some(end) = dateline_len(line).filter(|&end| end < line.len()) {
        // A dateline opening the first paragraph: "新华社北京3月5日电 国务院……".
        out.push((BlockKind::Dateline, line[..end].into()));
        out.push((
            BlockKind::Paragraph { label: None },
            line[end..].trim().into(),
        ));
        return i + 1;
    }
    i
}

/// The byte length of a run-in salutation at the start of `line` ("同志们：" in
/// "同志们：现在我代表…", "同志们！" in "同志们！今天邀集大家来……"), if it addresses an
/// audience.
pub(super) fn run_in_salutation(line: &str) -> Option<usize> {
    let (pos, mark) = line
        .char_indices()
        .take(RUN_IN_SALUTATION_MAX)
        .find(|(_, c)| matches!(c, '：' | ':' | '！'))?;
    let end = pos + mark.len_utf8();
    let head = &line[..end];
    let rest = line[end..].trim();
    let hailed = matches!(mark, '！') && is_hailed_audience(head);
    let colon = matches!(mark, '：' | ':') && !has_sentence_end(head);
    (addresses_audience(head) && (colon || hailed) && !rest.is_empty()).then_some(end)
}
