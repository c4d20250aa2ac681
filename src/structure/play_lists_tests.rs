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

#[test]
fn the_year_under_a_plays_kind_line_is_a_subtitle_too() {
    let text =
        "The play was the first to move the frontiers of the art, as a critic said of it.\n\n\
GHOSTS\n\nA FAMILY-DRAMA IN THREE ACTS.\n\n(1881)\n\n\
CHARACTERS.\n\n  MRS. HELEN ALVING, a widow.\n  OSWALD ALVING, her son, a painter.\n\n\
ACT FIRST.\n\n\
ENGSTRAND.  Upon my word, I don't believe they are stirring yet!\n\n\
REGINA.  I told you so.\n\nENGSTRAND.  Well well.\n\nREGINA.  Yes.\n";
    let k = kinds(text);
    assert_eq!(
        k[..5],
        ["paragraph", "title", "subtitle", "subtitle", "heading1"]
    );
}

#[test]
fn a_person_described_over_two_lines_stays_in_the_list() {
    // The entries as paragraph recovery rejoins them from the source's wrapped lines.
    let text = "DRAMATIS PERSONAE\n\n\
  Dr. Thomas Stockmann, Medical Officer of the Municipal Baths.\n\
  Mrs. Stockmann, his wife.\n\
  Peter Stockmann (the Doctor's elder brother), Mayor of the Town and Chief Constable, Chairman of the Baths' Committee, etc.\n\
  Morten Kiil, a tanner (Mrs. Stockmann's adoptive father).\n\
  Billing, sub-editor.\n\
  Men of various conditions and occupations, some few women, and a troop of schoolboys--the audience at a meeting.\n\n\
The action takes place in a coastal town in southern Norway.\n\n\n\
ACT I\n\n\
(SCENE.--DR. STOCKMANN'S sitting-room. It is evening.)\n\n\
Billing (as he eats). It is uncommonly good, thank you--remarkably good.\n\n\
Mrs. Stockmann. My husband makes such a point of having his meals punctually.\n\n\
Billing. That doesn't affect me a bit.\n\n\
Mrs. Stockmann. Oh well, as long as you are enjoying it.\n";
    let k = kinds(text);
    assert_eq!(
        k[..8],
        [
            "heading1",
            "list_item",
            "list_item",
            "list_item",
            "list_item",
            "list_item",
            "list_item",
            "stage_direction",
        ]
    );
    // The speaker's action in parentheses stays in the speech.
    assert_eq!(k[8..11], ["heading1", "stage_direction", "speaker_label"]);
    assert_ne!(k[11], "speaker_label");
}

#[test]
fn a_prologue_in_capitals_ends_the_persons_and_its_verse_is_no_person() {
    let text = "     DRAMATIS PERSONAE\n\n\
     SIR PETER TEAZLE      Mr. King\n\
     SIR OLIVER SURFACE    Mr. Yates\n\
     MARIA\n\
     MRS. CANDOUR\n\n\n\n\n\
PROLOGUE WRITTEN BY MR. GARRICK\n\n\
     A school for Scandal! tell me, I beseech you,\n\
     Needs there a school this modish art to teach you?\n\
     No need of lessons now, the knowing think;\n\
     We might as well be taught to eat and drink.\n\
     Caused by a dearth of scandal, should the vapours\n\
     Distress our fair ones--let them read the papers;\n\n\n\n\n\
ACT I\n\n\
SCENE I.--LADY SNEERWELL'S House.\n\n\
LADY SNEERWELL. The paragraphs, you say, were all inserted?\n\n\
SNAKE. They were, madam.\n\n\
LADY SNEERWELL. Did you circulate the report?\n\n\
SNAKE. That's in as fine a train as your ladyship could wish.\n";
    let k = kinds(text);
    assert_eq!(k[4..6], ["list_item", "heading1"]);
    assert_eq!(k[6..12], ["verse"; 6]);
}
