//! Numbered clauses that are not headings.
//!
//! A notice or a reply numbers its clauses "一、", "二、" as a report numbers its
//! headings, and a clause that is one short sentence ("二、……比照上述规定办理。") looks
//! like a heading standing on its own line. What tells them apart is the family's other
//! members: where one of them is a long numbered paragraph (read so because it is far too
//! long for a heading), the family numbers clauses, and its members that are a whole
//! sentence alone on their line — a comma inside, a full stop at the end, no text run on
//! after it — are clauses too: labelled paragraphs like their sibling. Headings with text
//! run on after them ("（一）深化改革。……") and titles without a full stop
//! ("一、总体要求") keep their meaning.
//!
//! A family can also say so by its shape alone: where most of its members are lead-ins
//! ("四、两类口岸的具体划分："), whole sentences with a comma, or too long for a heading,
//! and they outnumber its titles and run-in headings, the family numbers the clauses of
//! a rule ("一、本规定所指口岸是……。口岸分为……"), and none of its members is split as a
//! run-in heading or set as one ([`clause_families`]).
//!
//! A run-in sentence counts as a clause where it has a comma inside and what runs on
//! after it is shorter than itself: a heading governs prose longer than its own words, a
//! notice's numbered item states its finding and adds a short remark
//! ("1、由……销售的小红尖椒，氧乐果不符合食品安全国家标准规定。检验机构为……。").
//!
//! A heading also governs something: two or more one-sentence lines of one family in a
//! row, with nothing between them, are a list of clauses ("一、本规定自发布之日起施行。"),
//! and a numbered question of a 解答 ("一、问：……？") is a question, not a heading.

use super::numbered_line::{classify_numbered, AfterLeadIn, Numbered};
use super::numbering::{find_marker, Family};
use crate::model::{Block, BlockKind, Label, MarkerKind};
use crate::script::is_cjk;
use crate::structure::text::char_len;

/// The families of the numbered lines `texts` that number clauses, not headings: more
/// of their members are shaped like clauses (a lead-in, a line too long for a heading, a
/// sentence with a comma that governs no prose: a numbered line or the end follows it)
/// than like headings (a title, a run-in heading, a sentence over prose), and at least
/// [`CLAUSES_IN_A_FAMILY`] of them are. Structural families (章, 节) always head.
pub(crate) fn clause_families(texts: &[&str]) -> Vec<Family> {
    let mut tally: Vec<(Family, usize, usize)> = Vec::new();
    for (k, line) in texts.iter().enumerate() {
        let Some(marker) = find_marker(line) else {
            continue;
        };
        if marker.family.is_structural() || !marker.rest.chars().any(is_cjk) {
            continue;
        }
        let (clause, heading) = match classify_numbered(line, &marker, AfterLeadIn::No) {
            Numbered::Paragraph { .. } => (1, 0),
            // A sentence with clauses that runs on into less than itself governs no
            // prose: the first sentence of a numbered paragraph.
            Numbered::Heading { len } if len < line.len() => {
                let opening = &line[line.len() - marker.rest.len()..len];
                match opening.contains('，') && char_len(&line[len..]) < char_len(opening) {
                    true => (1, 0),
                    false => (0, 1),
                }
            }
            // A whole sentence: a clause, unless prose follows for it to govern.
            Numbered::Heading { .. } if line.ends_with('。') && line.contains('，') => {
                match texts.get(k + 1) {
                    Some(next) if find_marker(next).is_none() => (0, 1),
                    _ => (1, 0),
                }
            }
            Numbered::Heading { .. } if !super::text::ends_with_punct(marker.rest) => (0, 1),
            Numbered::Heading { .. } => (0, 0),
        };
        match tally.iter_mut().find(|(f, ..)| *f == marker.family) {
            Some((_, c, h)) => {
                *c += clause;
                *h += heading;
            }
            None => tally.push((marker.family, clause, heading)),
        }
    }
    tally
        .into_iter()
        .filter(|&(_, clauses, headings)| clauses >= CLAUSES_IN_A_FAMILY && clauses > headings)
        .map(|(family, ..)| family)
        .collect()
}

/// Members shaped like clauses that a family needs before it counts as numbering clauses.
const CLAUSES_IN_A_FAMILY: usize = 2;

/// Turns the headings of `families` (block index, family) that are clauses into
/// labelled paragraphs, and drops them from `families`.
pub(crate) fn clauses_as_paragraphs(blocks: &mut [Block], families: &mut Vec<(usize, Family)>) {
    let listed = sentences_in_a_row(blocks, families);
    // The families that number a labelled paragraph: one too long to be a heading, or
    // a member already turned into a clause here.
    let mut clause_families: Vec<MarkerKind> = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Paragraph { label: Some(l) } if !l.text.is_empty() => Some(l.marker),
            _ => None,
        })
        .collect();
    families.retain(|&(index, family)| {
        let block = &blocks[index];
        let Some(heading) = block.heading() else {
            return true;
        };
        let numbers_clauses = clause_families.contains(&family.marker_kind());
        let text = block.plain_text();
        let sentence = text.strip_prefix(heading.marker.as_str()).unwrap_or(&text);
        let whole_sentence = !heading.run_in
            && !heading.marker.is_empty()
            && sentence.ends_with('。')
            && sentence.contains('，')
            && sentence.matches('。').count() == 1;
        let question = sentence.starts_with("问：") || sentence.starts_with("问:");
        if (numbers_clauses && whole_sentence) || question || listed[index] {
            if !heading.marker.is_empty() {
                clause_families.push(family.marker_kind());
            }
            let label = Label::new(heading.marker.clone(), family.marker_kind());
            blocks[index].kind = BlockKind::Paragraph { label: Some(label) };
            false
        } else {
            true
        }
    });
}

/// Marks (by block index) the headings that are one sentence (ending 。；？ with no text
/// run on) standing in a row of two or more of their family with nothing between them,
/// and the numbered lines of a non-structural family standing three or more in a row.
fn sentences_in_a_row(blocks: &[Block], families: &[(usize, Family)]) -> Vec<bool> {
    let is_sentence = |index: usize| {
        let block = &blocks[index];
        block.heading().is_some_and(|h| {
            !h.run_in && !h.marker.is_empty() && block.plain_text().ends_with(['。', '；', '？'])
        })
    };
    let mut out = vec![false; blocks.len()];
    // A run that ends is kept if it is long enough; it starts afresh either way.
    let mut close = |run: &mut Vec<usize>, least: usize| {
        if run.len() >= least {
            for &index in run.iter() {
                out[index] = true;
            }
        }
        run.clear();
    };
    let mut sentences: Vec<usize> = Vec::new();
    let mut numbered: Vec<usize> = Vec::new();
    for (n, &(index, family)) in families.iter().enumerate() {
        let follows = n > 0 && {
            let (prev, prev_family) = families[n - 1];
            prev + 1 == index && prev_family == family
        };
        let sentence = is_sentence(index);
        if !(sentence && follows && !sentences.is_empty()) {
            close(&mut sentences, SENTENCES_IN_A_ROW);
        }
        if sentence {
            sentences.push(index);
        }
        if !follows || family.is_structural() {
            close(&mut numbered, NUMBERED_IN_A_ROW);
        }
        numbered.push(index);
    }
    close(&mut sentences, SENTENCES_IN_A_ROW);
    close(&mut numbered, NUMBERED_IN_A_ROW);
    out
}

/// One-sentence lines of a family in a row that make a list, not headings.
const SENTENCES_IN_A_ROW: usize = 2;
/// Numbered lines of a non-structural family in a row that make a list.
const NUMBERED_IN_A_ROW: usize = 3;

#[cfg(test)]
mod tests {
    use crate::structure::test_support::plain_kinds as kinds;

    #[test]
    fn a_short_clause_beside_a_long_one_is_a_clause() {
        let text = "关于登外轮问题的通知\n各高级人民法院：\n为了便于处理案件，现通知如下。\n\
            一、海事法院的审判人员、执行人员和司法警察在处理案件过程中需要登外轮时，凭海事法院签发的执行公务证登轮，港口公安机关应当予以放行，执行公务证由海事法院统一印制并在有效期限内使用。\n\
            二、海事法院在内河对外开放港口登外轮处理案件时，比照上述规定办理。\n\
            特此通知。\n";
        assert_eq!(
            kinds(text),
            [
                "title",
                "salutation",
                "paragraph",
                "paragraph",
                "paragraph",
                "paragraph"
            ]
        );
    }

    #[test]
    fn sentences_in_a_row_are_clauses_and_questions_are_questions() {
        let text = "印章管理规定\n一、本规定自发布之日起施行。\n二、本规定由办公厅负责解释。\n";
        assert_eq!(kinds(text), ["title", "paragraph", "paragraph"]);
        let text =
            "有关问题的解答\n一、问：名誉权纠纷案件如何管辖？\n答：由侵权行为地人民法院管辖。\n";
        assert_eq!(kinds(text), ["title", "paragraph", "paragraph"]);
    }

    #[test]
    fn a_family_shaped_like_clauses_numbers_clauses() {
        // Lead-ins and rules in the majority: the run-in first clause is not a heading,
        // nor the one-sentence items under a lead-in.
        let text = "口岸开放的若干规定\n\
            一、本规定所指口岸是供人员、货物出入国境的港口、机场。口岸分为一类口岸和二类口岸。\n\
            二、口岸的开放和关闭，由国务院或省级人民政府审批后公布执行。\n\
            三、两类口岸的具体划分：\n\
            （一）以下为一类口岸：\n\
            1．对外国籍船舶开放的海、陆、空客货口岸；\n\
            2．允许外国籍船舶进出我国领海内的海面交货点。\n\
            （二）以下为二类口岸：\n\
            1．只限边境居民通行的出入境口岸。\n\
            四、报批开放口岸应附具下列资料：\n\
            （一）可行性研究报告。\n";
        let kinds = kinds(text);
        assert_eq!(kinds[0], "title");
        assert!(kinds[1..].iter().all(|k| *k == "paragraph"), "{kinds:?}");
    }

    #[test]
    fn a_sentence_over_prose_heads_it() {
        // The same sentences, each governing prose of its own: headings of a report.
        let text = "工作报告\n\
            一、坚持稳中求进，推动高质量发展。\n今年经济运行总体平稳。\n\
            二、深化改革开放，增强发展动力。\n改革取得新进展。\n\
            三、今年的主要任务：\n\
            四、保障和改善民生，办好实事。\n民生持续改善。\n";
        assert_eq!(
            kinds(text),
            [
                "title",
                "heading",
                "paragraph",
                "heading",
                "paragraph",
                "paragraph",
                "heading",
                "paragraph"
            ]
        );
    }

    #[test]
    fn a_provision_naming_its_document_is_a_clause_among_headings() {
        let text = "聘任制度的规定\n一、基本内容\n职务是根据实际工作需要设置的。\n\
            二、职务的设置\n职务系列由有关部门提出。\n\
            三、本规定适用于国家机关、事业单位。\n企业单位也应参照上述规定执行。\n\
            四、本规定自发布之日起实行。过去颁发的有关规定同时废止。\n";
        assert_eq!(
            kinds(text),
            [
                "title",
                "heading",
                "paragraph",
                "heading",
                "paragraph",
                "paragraph",
                "paragraph",
                "paragraph"
            ]
        );
    }

    #[test]
    fn sentences_running_on_into_less_open_numbered_paragraphs() {
        // Each item's sentence with clauses runs on into a shorter remark: a notice's
        // numbered paragraphs, not run-in headings.
        let text = "抽检情况的通告\n（一）农兽药残留问题\n\
            1、由某某商业有限公司销售的小红尖椒，氧乐果不符合食品安全国家标准规定。检验机构为某某研究院。\n\
            2、由某某超市有限公司销售的鸡蛋，氟苯尼考不符合食品安全国家标准规定。检验机构为某某检验所。\n";
        assert_eq!(kinds(text), ["title", "heading", "paragraph", "paragraph"]);
    }

    #[test]
    fn headings_of_a_report_stay_headings() {
        // No long numbered paragraph in the family: one-sentence lines stay headings.
        let text = "工作报告\n一、坚持稳中求进，推动高质量发展。\n今年经济运行总体平稳。\n\
            二、深化改革开放，增强发展动力。\n改革取得新进展。\n";
        assert_eq!(
            kinds(text),
            ["title", "heading", "paragraph", "heading", "paragraph"]
        );
    }
}
