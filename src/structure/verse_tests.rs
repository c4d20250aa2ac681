//! Spec tests for verse in English plain text, read the whole way (paragraph recovery,
//! then the block rules): poems in long lines, and verse numbered in the margin.

use crate::structure::test_support::plain_kinds;

#[test]
fn stanzas_of_long_lines_of_one_length_are_verse() {
    let stanza = |refrain: &str| {
        format!(
            "  Once upon a midnight dreary, while I pondered, weak and weary,\n\
  Over many a quaint and curious volume of forgotten lore--\n\
  While I nodded, nearly napping, suddenly there came a tapping,\n\
  As of some one gently rapping, rapping at my chamber door.\n\
  \"'Tis some visitor,\" I muttered, \"tapping at my chamber door--\n\
                                     {refrain}\n\n"
        )
    };
    let text = format!(
        "{}{}{}",
        stanza("Only this and nothing more.\""),
        stanza("Nameless here for evermore."),
        stanza("This it is and nothing more.\"")
    );
    assert_eq!(plain_kinds(&text), ["verse"; 18]);
    // Two such stanzas alone are not enough to tell a poem from short paragraphs.
    let two = format!(
        "{}{}",
        stanza("Only this and nothing more.\""),
        stanza("Nameless here for evermore.")
    );
    assert!(!plain_kinds(&two).contains(&"verse"));
}

#[test]
fn line_numbers_in_the_margin_do_not_break_the_verse() {
    let text = "  What dire offence from am'rous causes springs,\n\
  What mighty contests rise from trivial things,\n\
  I sing--This verse to CARYL, Muse! is due:\n\
  This, ev'n Belinda may vouchsafe to view:\n\
  Slight is the subject, but not so the praise,                    5\n\
  If She inspire, and He approve my lays.\n\n\
  Say what strange motive, Goddess! could compel\n\
  A well-bred Lord t' assault a gentle Belle?\n\
  O say what stranger cause, yet unexplor'd,\n\
  Could make a gentle Belle reject a Lord?                        10\n";
    assert_eq!(plain_kinds(text), ["verse"; 10]);
}
