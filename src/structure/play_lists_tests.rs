//! The front of a play: persons, scenes, time and place, the first performance.

use super::tests::kinds;

/// A Wilde comedy's opening act under "SCENE" alone, speakers run in.
const WILDE_ACT: &str = "FIRST ACT\n\n\nSCENE\n\nLawn in front of the terrace.\n\n\
[SIR JOHN and LADY CAROLINE on chairs.]\n\n\
LADY CAROLINE.  I believe this is the first English country house you have stayed at?\n\n\
HESTER.  Yes, Lady Caroline.\n\n\
LADY CAROLINE.  You have no country houses, I am told, in America?\n\n\
HESTER.  We have not many.\n";

#[test]
fn a_plays_persons_scenes_time_and_first_performance_are_its_front() {
    let text = format!(
        "THE PERSONS OF THE PLAY\n\nLord Illingworth\nThe Ven. Archdeacon Daubeny, D.D.\n\n\
Lady Hunstanton\nMrs. Allonby\n\n\nTHE SCENES OF THE PLAY\n\n\
ACT I.  The Terrace at Hunstanton Chase.\nACT II.  The Drawing-room at Hunstanton Chase.\n\n\
TIME:  The Present.\nPLACE:  The Shires.\n\n\
The action of the play takes place within twenty-four hours.\n\n\n\
LONDON: HAYMARKET THEATRE\n\n\nLessee and Manager: Mr. H Beerbohm Tree\nApril 19th, 1893\n\n\
* * * * *\n\nLord Illingworth, Mr. Tree\nLady Hunstanton: Miss Rose Leclercq\n\n\n{WILDE_ACT}"
    );
    let k = kinds(&text);
    assert_eq!(
        k[..5],
        [
            "heading1",
            "list_item",
            "list_item",
            "list_item",
            "list_item"
        ]
    );
    assert_eq!(k[5..8], ["heading1", "list_item", "list_item"]);
    assert_eq!(
        k[8..11],
        ["stage_direction", "stage_direction", "stage_direction"]
    );
    assert_eq!(
        k[11..17],
        [
            "heading1",
            "paragraph",
            "paragraph",
            "thematic_break",
            "list_item",
            "list_item"
        ]
    );
    assert_eq!(k[17..19], ["heading1", "heading2"]);
}

#[test]
fn the_setting_under_scene_alone_is_a_direction_however_short() {
    let k = kinds(WILDE_ACT);
    assert_eq!(
        k[..5],
        [
            "heading1",
            "heading2",
            "stage_direction",
            "stage_direction",
            "speaker_label"
        ]
    );
}

#[test]
fn a_cast_list_ends_at_its_footnotes_and_the_scene_of_the_action_is_a_direction() {
    let text = "CHARACTERS.\n\n  GEORGE TESMAN.*\n  HEDDA TESMAN, his wife.\n  BERTA, servant.\n\n\
  *Tesman is described as the holder of a scholarship for purposes of research into the history.\n\n\
  **In the original.\n\n  The scene of the action is Tesman's villa.\n\n\nACT FIRST.\n\n\
MISS TESMAN.  Upon my word, I don't believe they are stirring yet!\n\n\
BERTA.  I told you so, Miss.\n\nMISS TESMAN.  Well well.\n\nBERTA.  Yes, Miss.\n";
    let k = kinds(text);
    assert_eq!(k[..4], ["heading1", "list_item", "list_item", "list_item"]);
    assert_ne!(k[5], "list_item");
    assert_eq!(k[6..8], ["stage_direction", "heading1"]);
}

#[test]
fn the_title_and_kind_over_the_front_after_an_introduction_are_title_and_subtitle() {
    let text = "The inclusion or omission of commas between repeated words is reproduced faithfully from both editions.\n\n\
HEDDA GABLER.\n\nPLAY IN FOUR ACTS.\n\n\nCHARACTERS.\n\n  GEORGE TESMAN.\n  BERTA, servant.\n\n\nACT FIRST.\n\n\
MISS TESMAN.  Upon my word, I don't believe they are stirring yet!\n\n\
BERTA.  I told you so, Miss.\n\nMISS TESMAN.  Well well.\n\nBERTA.  Yes, Miss.\n";
    let k = kinds(text);
    assert_eq!(k[..4], ["paragraph", "title", "subtitle", "heading1"]);
    // A sentence over the first act is no title.
    let thanks = text.replace("HEDDA GABLER.\n\nPLAY IN FOUR ACTS.", "Thank you.");
    assert_eq!(kinds(&thanks)[1], "paragraph");
}
