use super::*;
use crate::structure::{parse, InputFormat};

fn kinds(text: &str, format: InputFormat) -> Vec<(String, String)> {
    parse(text, format, None)
        .blocks
        .iter()
        .map(|b| (b.kind.name().to_string(), b.plain_text()))
        .collect()
}

const CONVERSATION: &str =
    "*New World Center  \nMiami Beach, Florida*\n\n6:13 P.M. EST  \n\u{a0} \u{a0}  \n\
MS. ESTEFAN: Thank you so much for being here. Good evening,\neveryone.\n\n\
THE VICE PRESIDENT: Good evening.\n\n\
MS. ESTEFAN:  It's great to have you here. Can it get any better?\n(Applause.)\n\n\
THE VICE PRESIDENT:  (Laughs.)\n\n\
But you and I have had the privilege of traveling the globe.\n";

#[test]
fn each_turn_of_a_conversation_opens_with_its_speaker_label() {
    let k = kinds(CONVERSATION, InputFormat::Markdown);
    let names: Vec<&str> = k.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "dateline",
            "dateline",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "stage_direction",
            "paragraph"
        ]
    );
    assert_eq!(k[1].1, "6:13 P.M. EST");
    assert_eq!(k[2].1, "MS. ESTEFAN:");
    assert!(k[3].1.starts_with("Thank you so much"));
    // The audience's reaction stays in the turn it interrupts.
    assert!(k[7].1.ends_with("(Applause.)"), "{:?}", k[7]);
    assert_eq!(k[9].1, "(Laughs.)");
}

#[test]
fn one_speaker_naming_an_office_is_a_transcript_in_plain_text_too() {
    let text = "House of Commons of Canada\n\n2:52 P.M. EDT\n\n\
PRESIDENT BIDEN:  Good afternoon.  Thank you, thank you.\n\n\
Good afternoon.  Bonjour, Canada.  (Applause.)\n";
    let k = kinds(text, InputFormat::Plain);
    let names: Vec<&str> = k.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[2..], ["speaker_label", "paragraph", "paragraph"]);
    assert_eq!(k[2].1, "PRESIDENT BIDEN:");
}

#[test]
fn notes_and_single_labels_in_capitals_are_no_turns() {
    let md = "# Guide\n\nNOTE: run it twice.\n\nNOTE: then stop.\n\nAPI: the calls are few.\n";
    let k = kinds(md, InputFormat::Markdown);
    assert!(k.iter().all(|(n, _)| n != "speaker_label"), "{k:?}");
}

#[test]
fn a_tag_is_capitals_and_a_colon_then_the_turn() {
    assert_eq!(
        tag_of("THE PRESIDENT:  Thank you."),
        Some(("THE PRESIDENT:", 16))
    );
    assert_eq!(tag_of("MS. ESTEFAN: Hi."), Some(("MS. ESTEFAN:", 13)));
    assert_eq!(tag_of("The President: Thank you."), None);
    assert_eq!(tag_of("WARNING:\nYou should never"), None);
    assert_eq!(tag_of("Q: Why?"), None);
}

#[test]
fn content_splits_inside_text_only() {
    let content = vec![
        Inline::Text("MS. ESTEFAN:  It's ".into()),
        Inline::Emphasis(vec![Inline::Text("great".into())]),
    ];
    let (before, after) = split_content(&content, 14).unwrap();
    assert_eq!(before, [Inline::Text("MS. ESTEFAN:  ".into())]);
    assert_eq!(after[0], Inline::Text("It's ".into()));
    assert_eq!(split_content(&content, 21), None);
}
