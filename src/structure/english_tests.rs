//! Spec tests for English plain text, read the whole way (paragraph recovery, then the
//! block rules): lines in, kinds out.

use super::{parse, InputFormat};
use crate::model::{Block, BlockKind};

fn read(text: &str) -> Vec<Block> {
    parse(text, InputFormat::Plain, None).blocks
}

fn kinds(text: &str) -> Vec<String> {
    read(text)
        .iter()
        .map(|b| match &b.kind {
            BlockKind::Heading(h) => format!("heading{}", h.level),
            k => k.name().to_string(),
        })
        .collect()
}

const LICENCE: &str = "The Project Gutenberg eBook of Little Women, by Louisa May Alcott\n\n\
This eBook is for the use of anyone anywhere in the United States and\n\
most other parts of the world at no cost and with almost no restrictions\n\
whatsoever. You may copy it, give it away or re-use it under the terms\n\
of the Project Gutenberg License included with this eBook or online at\n\
www.gutenberg.org.\n\n\
Title: Little Women\n\nAuthor: Louisa May Alcott\n\n\
*** START OF THE PROJECT GUTENBERG EBOOK LITTLE WOMEN ***\n\n\n";

#[test]
fn a_gutenberg_book_keeps_its_licence_apart_and_its_own_title() {
    let text = format!(
        "{LICENCE}LITTLE WOMEN\n\nby Louisa May Alcott\n\n\
I.\nPLAYING PILGRIMS.\n\n\
“Christmas won’t be Christmas without any presents,” grumbled Jo, lying\n\
on the rug.\n\n\
II.\nA MERRY CHRISTMAS.\n\n\
Jo was the first to wake in the gray dawn of Christmas morning.\n\n\
*** END OF THE PROJECT GUTENBERG EBOOK LITTLE WOMEN ***\n\n\
Updated editions will replace the previous one.\n"
    );
    let blocks = read(&text);
    let k: Vec<&str> = blocks.iter().map(|b| b.kind.name()).collect();
    assert_eq!(
        k[..6],
        [
            "front_matter",
            "front_matter",
            "front_matter",
            "speaker",
            "front_matter",
            "title"
        ]
    );
    assert_eq!(blocks[5].plain_text(), "LITTLE WOMEN");
    assert_eq!(blocks[6].kind, BlockKind::Speaker);
    // The numeral line and the title under it are one heading.
    assert_eq!(blocks[7].plain_text(), "I. PLAYING PILGRIMS.");
    assert!(blocks[7].heading().is_some());
    assert!(blocks[8].plain_text().ends_with("lying on the rug."));
    assert_eq!(k[k.len() - 2..], ["front_matter", "front_matter"]);
}

#[test]
fn capitals_alone_make_no_heading() {
    let text = "BOSTON\n\nMy dear Mother,\n\nWe are all well and busy here, and I hope you are so too.\n\nYour loving daughter,\n\nAMY.\n";
    assert!(!kinds(text).iter().any(|k| k.starts_with("heading")));
}

#[test]
fn a_scene_break_is_a_rule_that_keeps_its_text() {
    let text =
        "She left the room.\n\n* * *\n\nThe next morning was grey.\n\n-----\n\nAnd so it ended.\n";
    let blocks = read(text);
    let breaks: Vec<String> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::ThematicBreak)
        .map(Block::plain_text)
        .collect();
    assert_eq!(breaks, ["* * *", "-----"]);
}

#[test]
fn a_poem_in_a_wrapped_book_keeps_its_lines() {
    let prose = "It was a bright cold day in April, and the clocks were striking thirteen, and\n\
the wind blew the dust along the road in little eddies as the people went\n\
home from work, and nobody thought very much about it at all that evening.\n\n";
    let poem = "How doth the little crocodile\nImprove his shining tail,\nAnd pour the waters of the Nile\nOn every golden scale!\n\n";
    let text = format!("{prose}{poem}{prose}");
    let k = kinds(&text);
    assert_eq!(
        k,
        ["paragraph", "verse", "verse", "verse", "verse", "paragraph"],
        "{k:?}"
    );
}

#[test]
fn a_wrapped_letter_rejoins_at_its_own_width() {
    // An indented letter, narrower than the text around it: a line that stops
    // mid-sentence before one in lower case is a wrap.
    let text = "It was a bright cold day in April, and the clocks were striking thirteen, and\n\
the wind blew the dust along the road in little eddies as the people went\n\
home from work, and nobody thought very much about it at all that evening.\n\n\
     My dear Lizzy, you will exclaim. He is\n\
     so; but then he is a man of sense, and\n\
     we must bear it as we can.\n\n\
It was a bright cold day in April, and the clocks were striking thirteen, and\n\
the wind blew the dust along the road in little eddies as the people went\n\
home from work.\n";
    let blocks = read(text);
    assert_eq!(blocks.len(), 3, "{blocks:?}");
    assert!(blocks[1].plain_text().ends_with("as we can."));
}

#[test]
fn a_speech_opens_with_its_roll_of_dignitaries() {
    let text = "Vice President Johnson, Mr. Speaker, Mr. Chief Justice, President Eisenhower, fellow citizens:\n\nWe observe today not a victory of party but a celebration of freedom.\n";
    assert_eq!(kinds(text)[..2], ["salutation", "paragraph"]);
}

#[test]
fn a_part_title_in_capitals_keeps_its_full_stop_and_outranks_its_chapters() {
    let text = "PART I. A VOYAGE TO LILLIPUT.\n\n\nCHAPTER I.\n\n\
The author gives some account of himself and family.\n\n\
My father had a small estate in Nottinghamshire.\n\n\
CHAPTER II.\n\nThe emperor of Lilliput comes to see the author.\n";
    let k = kinds(text);
    assert_eq!(k[..3], ["heading1", "heading2", "paragraph"]);
    assert_eq!(k[4], "heading2");
}

#[test]
fn a_letter_set_in_capitals_heads_its_text() {
    let text = "It was a long winter.\n\n LETTER FROM WENDELL PHILLIPS, ESQ.\n\n\n\
You remember the old fable of the Man and the Lion.\n";
    assert_eq!(kinds(text), ["paragraph", "heading1", "paragraph"]);
}

#[test]
fn a_bare_numeral_is_a_section_under_a_titled_numeral() {
    let text = "I. A SCANDAL IN BOHEMIA\n\n\nI.\n\n\
To Sherlock Holmes she is always the woman.\n\nII.\n\n\
At three o'clock precisely I was at Baker Street.\n\n\
II. THE RED-HEADED LEAGUE\n\nI had called upon my friend.\n";
    let k = kinds(text);
    assert_eq!(
        k,
        [
            "heading1",
            "heading2",
            "paragraph",
            "heading2",
            "paragraph",
            "heading1",
            "paragraph"
        ]
    );
    // Alone, bare numerals are the top level.
    let alone = "I\n\nIn my younger years my father gave me some advice.\n\n\
II\n\nAbout halfway between West Egg and New York the road meets the railroad.\n";
    assert_eq!(
        kinds(alone),
        ["heading1", "paragraph", "heading1", "paragraph"]
    );
}

#[test]
fn a_numbered_chapter_with_a_stopped_title_is_a_heading() {
    let text = "CHAPTER 1. Loomings.\n\nCall me Ishmael. Some years ago I thought I would sail about a little.\n\n\
CHAPTER 2. The Carpet-Bag.\n\nI stuffed a shirt or two into my old carpet-bag.\n";
    assert_eq!(
        kinds(text),
        ["heading1", "paragraph", "heading1", "paragraph"]
    );
    // A sentence after the number is not a title.
    let sentence = "Chapter 3. He went home. Then he slept a long while.\n";
    assert_eq!(kinds(sentence), ["paragraph"]);
}

#[test]
fn section_heads_in_capitals_recur_in_a_speech_set_one_line_a_paragraph() {
    let text = "My countrymen:\nThis occasion is not alone the administration of an oath.\n\
OUR PROGRESS\nIf we survey the situation of our Nation we find many satisfactions.\n\
EDUCATION\nAlthough education is primarily a responsibility of the States, we must help.\n\
WORLD PEACE\nThe United States fully accepts the profound truth of our dependence.\n";
    assert_eq!(
        kinds(text),
        [
            "salutation",
            "paragraph",
            "heading1",
            "paragraph",
            "heading1",
            "paragraph",
            "heading1",
            "paragraph"
        ]
    );
}

#[test]
fn a_catalogue_line_in_brackets_is_the_title() {
    let text = "[The Wisdom of Father Brown by G. K. Chesterton 1914]\n\n\n\
I. The Absence of Mr Glass\n\n\nTHE consulting-rooms of Dr Orion Hood lay along the sea-front.\n";
    assert_eq!(kinds(text), ["title", "heading1", "paragraph"]);
    // A bracketed note is no title.
    let note = "[Illustration]\n\nCHAPTER I.\n\nIt was a dark night.\n";
    assert_eq!(kinds(note)[0], "paragraph");
}

#[test]
fn a_letter_set_in_is_rejoined_against_its_own_width() {
    let narration = "Nobody talked much, but as the time drew very near, and they sat waiting\n\
for the carriage, Mrs. March said to the girls, who were all busied about\n\
her, one folding her shawl, another smoothing out the strings of her\n\
bonnet, a third putting on her overshoes, and a fourth fastening up her\n\
travelling bag, and the last of them watching the road from the window.\n\n";
    let letter = [
        "    \"MY DEAREST MOTHER,--",
        "",
        "    \"It is impossible to tell you how happy your last letter made",
        "    us, for the news was so good we couldn't help laughing and",
        "    all sorts of hard jobs. I should be afraid she might overdo, if",
        "    I didn't know that her 'moral fit' wouldn't last long. Beth is",
        "    as regular about her tasks as a clock, and believe me, ever your own",
        "                                                              \"MEG.\"",
        "",
        "This note, prettily written on scented paper, was a great contrast to",
        "the next, which was scribbled on a big sheet of thin foreign paper.",
    ];
    let text = format!("{narration}{}\n", letter.join("\n"));
    assert_eq!(
        kinds(&text),
        [
            "paragraph",
            "salutation",
            "paragraph",
            "signature",
            "paragraph"
        ]
    );
}

#[test]
fn a_section_head_in_capitals_may_hold_an_ordinal_in_figures() {
    let speech = "My countrymen:\n\
OUR PROGRESS\nIf we survey the situation of our Nation we find many satisfactions.\n\
ENFORCEMENT OF THE 18th AMENDMENT\nIt is only in part due to the burdens of the amendment.\n\
EDUCATION\nAlthough education is primarily a responsibility of the States, we must help.\n";
    assert_eq!(
        kinds(speech),
        [
            "salutation",
            "heading1",
            "paragraph",
            "heading1",
            "paragraph",
            "heading1",
            "paragraph"
        ]
    );
}

#[test]
fn a_numbered_piece_of_a_series_alone_on_its_line_is_a_heading() {
    let text = "This shall constitute the subject of my next address.\n\n\n\
FEDERALIST No. 2\n\n\n\
To the People of the State of New York:\n\n\
WHEN the people of America reflect that they are now called upon\n\
to decide a question, the propriety of it will be evident.\n";
    assert_eq!(kinds(text)[1], "heading1");
    // A sentence naming a number is no heading.
    let prose = "We met.\n\nPatent No. 5 was granted in the spring of that year.\n";
    assert!(kinds(prose).iter().all(|k| k == "paragraph"));
}

#[test]
fn a_dialogue_with_speakers_named_in_italics_run_in_is_read_as_speeches() {
    let speeches = [
        "_Piscator_. You are well overtaken Sir; a good morning to you; I have stretch'd my legs up the hill to overtake you.",
        "_Viator_. Sir, I shall almost answer your hopes: for my purpose is to be at the town before I drink.",
        "_Pisc_. Sir, I know the thatcht house very well, and the Ale there, for which that place is very remarkable.",
        "_Viat_. It may do so Sir, with the help of good discourse, which I may promise from you.",
        "_Pisc_. Sir, I am right glad of your answer; and in confidence that you speak the truth, I shall be bold.",
        "_Viat_. Indeed, Sir, a little business, and more pleasure: for my purpose is to hunt the Otter a day.",
        "_Pisc_. Sir, my fortune hath answered my desires, and my purpose is to drink my morning's draught.",
        "_Viat_. But what say you to the Foxes of this Nation, are not they as good as the Otter, Sir?",
    ];
    let text = speeches.join("\n\n") + "\n";
    let got = kinds(&text);
    assert_eq!(got.len(), 16, "{got:?}");
    assert!(got
        .chunks(2)
        .all(|pair| pair[0] == "speaker_label" && pair[1] == "paragraph"));
    // Four such paragraphs are a book's words in italics now and then, not a dialogue.
    let few = speeches[..4].join("\n\n") + "\n";
    assert!(kinds(&few).iter().all(|k| k == "paragraph"));
}

#[test]
fn poem_titles_in_italics_over_their_verse_are_headings_under_the_collection() {
    let text = "Their errors will be lost in beatific light.\n\n\n\
BOOK I.\n\n\n\
These hymns were written in the year of the author's retirement to the country.\n\n\n\
_Hymn to Humility_\n\n\
Of all the Christian virtues chief\n\
With modest charms, and mild relief,\n\
Most apt to heal the wounds of pride, and spleen,\n\
To thee, humility; I bend;\n\n\n\
_Hymn to Contrition._\n\n\
Tenderest Herald of the sky,\n\
Nature's safeguard from perdition,\n\
Friend of sweet, tho' tearful eye,\n\
Call'd by angels meek Contrition--\n";
    let got = kinds(text);
    assert_eq!(got[1], "heading1", "{got:?}");
    assert_eq!(got[3], "heading2", "{got:?}");
    assert_eq!(got[8], "heading2", "{got:?}");
}

#[test]
fn a_chapter_numbered_in_figures_under_a_part_takes_its_title_set_apart_under_it() {
    let text = "TREASURE ISLAND\n\n\n\nPART ONE--The Old Buccaneer\n\n\n\n1\n\n\
The Old Sea-dog at the Admiral Benbow\n\n\n\
SQUIRE TRELAWNEY, Dr. Livesey, and the rest of these gentlemen having asked me to write.\n\n\
I remember him as if it were yesterday, as he came plodding to the inn door.\n";
    assert_eq!(
        kinds(text),
        ["title", "heading1", "heading2", "paragraph", "paragraph"]
    );
}

#[test]
fn an_epigraph_under_a_chapter_numeral_is_verse_signed_by_its_poet() {
    let text = "I\n\nOf Our Spiritual Strivings\n\n\
O water, voice of my heart, crying in the sand,\n  All night long crying with a mournful cry,\n\n\
Unresting water, there shall never be rest\n  Till the last moon droop and the last tide fail,\n\
    And the heart shall be weary and wonder and cry like the sea,\n  All life long crying without avail,\n\n\
ARTHUR SYMONS.\n\n\n\
II\n\nOf the Dawn of Freedom\n\n\
The problem of the twentieth century is the problem of the color-line.\n";
    let got = kinds(text);
    assert_eq!(got[1..7], ["verse"; 6], "{got:?}");
    assert_eq!(got[7], "signature", "{got:?}");
}
