//! Spec tests for the Project Gutenberg frame.

use super::*;

fn kinds(blocks: &[Block]) -> Vec<&'static str> {
    blocks.iter().map(|b| b.kind.name()).collect()
}

#[test]
fn the_licence_header_and_footer_frame_the_work() {
    let lines = [
        "The Project Gutenberg eBook of Romeo and Juliet, by William Shakespeare",
        "This eBook is for the use of anyone anywhere.",
        "Title: Romeo and Juliet",
        "Author: William Shakespeare",
        "Release Date: November, 1998 [eBook #1513]",
        "[Most recently updated: October 23, 2021]",
        "*** START OF THE PROJECT GUTENBERG EBOOK ROMEO AND JULIET ***",
        "THE TRAGEDY OF ROMEO AND JULIET",
        "by William Shakespeare",
        "*** END OF THE PROJECT GUTENBERG EBOOK ROMEO AND JULIET ***",
        "Updated editions will replace the previous one.",
    ];
    let blank = [
        false, true, true, true, true, false, true, true, true, true, true,
    ];
    let f = frame(&lines, &blank).expect("a Gutenberg text");
    assert_eq!(
        kinds(&f.head),
        [
            "front_matter",
            "front_matter",
            "front_matter",
            "speaker",
            "front_matter",
            "front_matter"
        ]
    );
    assert!(f.head[4].plain_text().ends_with("2021]"));
    assert_eq!(f.body, 7..9);
    assert_eq!(kinds(&f.tail), ["front_matter", "front_matter"]);
}

#[test]
fn no_header_no_frame() {
    let lines = ["Alice’s Adventures in Wonderland", "by Lewis Carroll"];
    assert!(frame(&lines, &[false, true]).is_none());
    // A START line opening the text frames it, with no header before it.
    let lines = [
        "*** START OF THE PROJECT GUTENBERG EBOOK X ***",
        "X",
        "by Y",
    ];
    let f = frame(&lines, &[false, true, true]).expect("framed");
    assert_eq!(kinds(&f.head), ["front_matter"]);
    assert_eq!(f.body, 1..3);
    // The transcribers' credit under the START line belongs to the header.
    let lines = [
        "*** START OF THIS PROJECT GUTENBERG EBOOK X ***",
        "Produced by Anonymous Volunteers",
        "PRIDE AND PREJUDICE",
    ];
    let f = frame(&lines, &[false, true, true]).expect("framed");
    assert_eq!(kinds(&f.head), ["front_matter", "front_matter"]);
    assert_eq!(f.body, 2..3);
    // A copy that lost its punctuation keeps the frame in its capitals.
    let lines = [
        "The Project Gutenberg EBook of Dracula, by Bram Stoker",
        "Title Dracula",
        "Author Bram Stoker",
        "START OF THIS PROJECT GUTENBERG EBOOK DRACULA",
        "DRACULA",
        "END OF THIS PROJECT GUTENBERG EBOOK DRACULA",
    ];
    let f = frame(&lines, &[false, true, true, true, true, true]).expect("framed");
    assert_eq!(
        kinds(&f.head),
        ["front_matter", "front_matter", "speaker", "front_matter"]
    );
    assert_eq!(f.body, 4..5);
    // In running text the words are no frame.
    assert!(!start_line("Start of the Project Gutenberg talk"));
    // A START line without the publisher named before it is someone's own text.
    let lines = [
        "Notes",
        "*** START OF THE PROJECT GUTENBERG EBOOK X ***",
        "x",
    ];
    assert!(frame(&lines, &[false, true, true]).is_none());
}

#[test]
fn an_old_etext_header_ends_with_its_small_print() {
    // An excerpt opening inside the Small Print: what stands before its closing line is
    // the header, that line its own block, and the preparers' groups under it join it.
    let lines = [
        "This \"Small Print!\" by Charles B. Kramer, Attorney",
        "Internet (72600.2026@compuserve.com); TEL: (212-254-5093)",
        "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*",
        "*******The Project Gutenberg Etext of Shakespeare's Sonnets******",
        "A Woman of No Importance by Oscar Wilde",
        "Scanned and proofed by David Price",
        "THE SONNETS",
        "by William Shakespeare",
    ];
    let blank = [false, false, false, true, true, false, true, true];
    let f = frame(&lines, &blank).expect("an old Etext");
    assert_eq!(
        kinds(&f.head),
        [
            "front_matter",
            "front_matter",
            "front_matter",
            "front_matter"
        ]
    );
    assert!(f.head[0].plain_text().ends_with("5093)"));
    assert_eq!(f.body, 6..8);
    // The Etext's closing line at the end is furniture too, header or none.
    let lines = [
        "XLIV",
        "And tell thy soul, their roots are left in mine.",
        "End of Project Gutenberg Etext Sonnets from the Portuguese, by Browning",
    ];
    let f = frame(&lines, &[false, true, true]).expect("an Etext's end");
    assert!(f.head.is_empty());
    assert_eq!(f.body, 0..2);
    assert_eq!(kinds(&f.tail), ["front_matter"]);
}

#[test]
fn an_old_etext_header_cut_short_runs_to_its_last_word_of_the_publisher() {
    let lines = [
        "****The Project Gutenberg Etext of The Red Badge of Courage****",
        "**Welcome To The World of Free Plain Vanilla Electronic Texts**",
        "The Red Badge of Courage",
        "Stephen Crane (1871-1900)",
        "July, 1993  [Etext #73]",
        "We would prefer to send you this information by email",
        "******",
        "If you have an FTP program (or emulator), please",
        "**Information prepared by the Project Gutenberg legal advisor**",
    ];
    let blank = [false, true, true, true, true, true, true, false, true];
    let f = frame(&lines, &blank).expect("an old Etext header");
    assert_eq!(
        kinds(&f.head),
        [
            "front_matter",
            "front_matter",
            "front_matter",
            "speaker",
            "front_matter",
            "front_matter",
            "thematic_break",
            "front_matter",
            "front_matter"
        ]
    );
    assert_eq!(f.body, 9..9);
    // Without the opening line, a text that mentions an etext is no header.
    assert!(frame(&lines[1..], &blank[1..]).is_none());
}
