//! Names in capitals run in as Shaw sets them, and names alone over a blank line.

use super::run_in_name;
use super::tests::kinds;

#[test]
fn a_name_in_capitals_run_in_with_an_action_or_of_three_words() {
    assert_eq!(run_in_name("CATHERINE. Such news."), Some(10));
    // The action in brackets stays in the speech.
    assert_eq!(
        run_in_name("CATHERINE (entering hastily, full of good news). Raina--"),
        Some(9)
    );
    assert_eq!(
        run_in_name("THE YOUNG LADY. Waiting for somebody to show some signs"),
        Some(15)
    );
}

#[test]
fn three_speeches_run_in_in_capitals_under_an_act_make_a_play() {
    let text = "HEARTBREAK HOUSE\n\nACT I\n\n\
The hilly country in the middle of the north edge of Sussex, looking very pleasant on a fine evening, is seen through the windows.\n\n\
A clock strikes six.\n\n\
THE WOMANSERVANT. God bless us! [The young lady picks up the book]. Sorry to wake you, miss.\n\n\
THE YOUNG LADY. Waiting for somebody to show some signs of knowing that I have been invited here.\n\n\
THE WOMANSERVANT. Oh, you're invited, are you? And has nobody come? Dear! dear!\n";
    let k = kinds(text);
    assert_eq!(
        k[1..6],
        [
            "heading1",
            "stage_direction",
            "stage_direction",
            "speaker_label",
            "paragraph"
        ]
    );
    // Outside a play with acts, three such lines are paragraphs.
    let book = text.replace("ACT I", "CHAPTER I");
    assert!(kinds(&book).iter().all(|k| k != "speaker_label"));
}

#[test]
fn a_word_in_mixed_case_opening_a_setting_is_no_name_among_names_in_capitals() {
    let text = "ACT I\n\n\
Night. A lady's bedchamber in Bulgaria, in a small town near the Dragoman Pass, late in November in the year 1885.\n\n\
CATHERINE (entering hastily). Raina--Raina! Heavens! child, are you out in the night air?\n\n\
RAINA (coming in). I sent her away. I wanted to be alone.\n\n\
CATHERINE. Such news. There has been a battle!\n\n\
RAINA (her eyes dilating). Ah!\n\n\
CATHERINE. A great battle at Slivnitza! A victory!\n";
    let k = kinds(text);
    assert_eq!(
        k[..4],
        ["heading1", "stage_direction", "speaker_label", "paragraph"]
    );
}

#[test]
fn names_in_capitals_alone_over_a_blank_line_where_they_recur() {
    let text = "HEDDA GABLER.\n\n\nACT FIRST.\n\n\
A spacious, handsome, and tastefully furnished drawing room, decorated in dark colours, with a wide doorway.\n\n\
MISS TESMAN.\n\n[Stops close to the door.]  Upon my word, I don't believe they are stirring yet!\n\n\n\
BERTA.\n\n[Also softly.]  I told you so, Miss.  Remember how late the steamboat got in last night.\n\n\n\
MISS TESMAN.\n\nWell well--let them have their sleep out.\n\n\n\
BERTA.\n\n[On the point of weeping.]  And do you think it wasn't hard for me?\n";
    let k = kinds(text);
    assert_eq!(
        k[1..5],
        ["heading1", "stage_direction", "speaker_label", "paragraph"]
    );
    assert_eq!(k.iter().filter(|k| *k == "speaker_label").count(), 4);
    // Without acts, capitals over a blank line are headings or paragraphs, not names.
    let book = text.replace("ACT FIRST.", "CHAPTER I.");
    assert!(kinds(&book).iter().all(|k| k != "speaker_label"));
}

#[test]
fn a_name_run_in_with_an_action_in_square_brackets_or_parentheses_or_a_dash() {
    // Shaw's early editions: the action in square brackets, no stop.
    assert_eq!(
        run_in_name("THE GENTLEMAN [taking off his hat] I beg your pardon."),
        Some(13)
    );
    // Translations: a name in mixed case, the action in parentheses, then the stop.
    assert_eq!(
        run_in_name("Billing (as he eats). It is uncommonly good, thank you."),
        Some(7)
    );
    assert_eq!(
        run_in_name("Mrs. Stockmann (coming forward into the sitting-room). Ah"),
        Some(14)
    );
    // A speech taking up the one before it opens with a dash after the stop.
    assert_eq!(
        run_in_name("ENGSTRAND.--and temptations are manifold in this world."),
        Some(10)
    );
    // A bracket holding a capital is no action ("THE END [Note] Then").
    assert_eq!(run_in_name("THE END [Note] Then"), None);
}
