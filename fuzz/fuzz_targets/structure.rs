//! Structure on arbitrary text as ingest hands it on (no control characters but tab and
//! newline: ingest's own target checks that): never a panic; nothing invented (the
//! blocks' text, whitespace aside, is the input's with parts left out), and nothing left
//! out unless the document says so in a warning (HTML tags taken out, page furniture), but
//! the hyphens of words rejoined across hard-wrapped lines and a drawn table's frame.
//! Text with HTML tags is compared with its character references decoded.
//! Page furniture (artifact blocks: running page numbers, left out of every output, with a
//! warning) counts as left out, not kept: it moves after the sentence it broke.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if text.chars().any(|c| c < ' ' && c != '\n' && c != '\t') {
        return;
    }
    let doc = docpipe::structure::parse(text, docpipe::InputFormat::Plain, None);
    let blocks: String = doc
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, docpipe::BlockKind::Artifact))
        .map(|b| b.plain_text())
        .collect();
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    // Text with HTML tags is HTML: its character references ("&quot;") are the characters
    // they name, and the warning about the tags says so.
    let html = doc.warnings.iter().any(|w| w.contains("HTML tag"));
    let source = if html {
        html_escape::decode_html_entities(text)
    } else {
        text.into()
    };
    let (blocks, input) = (squash(&blocks), squash(&source));
    let has_table = doc
        .blocks
        .iter()
        .any(|b| matches!(b.kind, docpipe::BlockKind::Table(_)));
    // The input's characters the blocks do not keep, matching greedily in order; a
    // character kept but not matched was invented. A drawn (grid) table's cell may run
    // over several lines of its row ("| a | b |" / "| c | d |" is the cells "a c" and
    // "b d"), so with a table the blocks must keep the input's characters, each as
    // often as it stands there, in any order.
    let mut dropped = String::new();
    if has_table {
        let mut counts = std::collections::HashMap::new();
        for c in input.chars() {
            *counts.entry(c).or_insert(0i64) += 1;
        }
        for kept in blocks.chars() {
            let n = counts.entry(kept).or_insert(0);
            *n -= 1;
            assert!(*n >= 0, "{kept:?} invented: {blocks:?} from {input:?}");
        }
        let mut left: Vec<(char, i64)> = counts.into_iter().filter(|&(_, n)| n > 0).collect();
        left.sort_unstable();
        dropped.extend(left.into_iter().flat_map(|(c, n)| std::iter::repeat_n(c, n as usize)));
    } else {
        let mut rest = input.chars();
        for kept in blocks.chars() {
            loop {
                match rest.next() {
                    Some(c) if c == kept => break,
                    Some(c) => dropped.push(c),
                    None => panic!("{kept:?} invented: {blocks:?} from {input:?}"),
                }
            }
        }
        dropped.extend(rest);
    }
    // Rejoining hard-wrapped lines takes out the hyphen that split a word ("exam-" +
    // "ple"), and a drawn (grid) table loses its frame; anything more needs a warning
    // saying what was left out.
    let unannounced = |c: char| c == '-' || c == '\u{AD}' || has_table && "+|=:".contains(c);
    assert!(
        !doc.warnings.is_empty() || dropped.chars().all(unannounced),
        "{dropped:?} left out without a warning: {blocks:?} from {input:?}"
    );
});
