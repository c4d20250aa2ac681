use super::*;
use crate::model::Block;

/// Kind names of the blocks `text` reads to.
pub(super) fn kinds(text: &str) -> Vec<String> {
    super::super::plain::parse_plain(text)
        .iter()
        .map(|b: &Block| match &b.kind {
            BlockKind::Heading(h) => format!("heading{}", h.level),
            k => k.name().to_string(),
        })
        .collect()
}

const VERSE_SCENE: &str = "SCENE II. A room of state in the castle.\n\
Enter KING CLAUDIUS, QUEEN GERTRUDE, HAMLET, and Attendants\n\
KING CLAUDIUS\n\
Though yet of Hamlet our dear brother's death\n\
The memory be green, and that it us befitted\n\
To bear our hearts in grief.\n\
LAERTES\n\
My dread lord,\n\
Your leave and favour to return to France;\n\
KING CLAUDIUS\n\
Have you your father's leave? What says Polonius?\n\
LORD POLONIUS\n\
He hath, my lord, wrung from me my slow leave\n\
By laboursome petition.\n\
KING CLAUDIUS\n\
Take thy fair hour, Laertes.\n\
Exeunt\n";

#[test]
fn speakers_directions_and_verse_in_a_play() {
    let k = kinds(VERSE_SCENE);
    assert_eq!(k[0], "heading2");
    assert_eq!(k[1], "stage_direction");
    assert_eq!(k[2], "speaker_label");
    assert_eq!(k[3..6], ["verse", "verse", "verse"]);
    assert_eq!(k[6], "speaker_label");
    // A one-line speech reads as its neighbours do.
    assert_eq!(k[9], "speaker_label");
    assert_eq!(k[10], "verse");
    assert_eq!(k.last().map(String::as_str), Some("stage_direction"));
}

#[test]
fn a_title_over_a_play_stops_at_its_first_act() {
    // Lines with no blank between them: the title block must not take "ACT I".
    let text = format!("The Tragedy of Hamlet, Prince of Denmark\nACT I\n{VERSE_SCENE}");
    let k = kinds(&text);
    assert_eq!(k[..3], ["title", "heading1", "heading2"]);
}

#[test]
fn a_play_may_open_on_a_direction_not_a_title() {
    let text = format!("Exeunt\n\n{VERSE_SCENE}");
    assert_eq!(kinds(&text)[0], "stage_direction");
}

#[test]
fn prose_speeches_stay_paragraphs() {
    let text = "ACT I\n\nSCENE I. A public place.\n\n Enter Sampson and Gregory.\n\n\
SAMPSON.\nGregory, on my word, we'll not carry coals.\n\n\
GREGORY.\nNo, for then we should be colliers.\n\n\
SAMPSON.\nI mean, if we be in choler, we'll draw.\n\n\
GREGORY.\nTo move is to stir; and to be valiant is to stand: therefore, if thou art moved, thou runn'st away.\n\n\
SAMPSON.\nA dog of that house shall move me to stand.\nI will take the wall of any man or maid.\n\n\
 [_Exit._]\n";
    let k = kinds(text);
    assert_eq!(
        k[..4],
        ["heading1", "heading2", "stage_direction", "speaker_label"]
    );
    assert!(k.iter().all(|k| k != "verse"), "{k:?}");
    assert_eq!(k.iter().filter(|k| *k == "speaker_label").count(), 5);
    assert_eq!(k.last().map(String::as_str), Some("stage_direction"));
}

#[test]
fn a_prose_line_opening_in_lower_case_runs_on_from_the_line_before() {
    let text = "ACT I\n\nSCENE I. A public place.\n\n Enter Sampson and Gregory.\n\n\
SAMPSON.\nGregory, on my word, we'll not carry coals.\n\n\
GREGORY.\nTo move is to stir; and to be valiant is to stand:\ntherefore, if thou art moved, thou runn'st away.\n\n\
SAMPSON.\nA dog of that house shall move me to stand, I will take the wall of any man or maid of Montague's.\n\n\
GREGORY.\nThat shows thee a weak slave, for the weakest goes to the wall.\n";
    let blocks = crate::structure::parse(text, crate::structure::InputFormat::Plain, None).blocks;
    let speech = blocks
        .iter()
        .find(|b| b.plain_text().starts_with("To move"))
        .expect("the speech");
    assert!(
        speech.plain_text().ends_with("runn'st away."),
        "{}",
        speech.plain_text()
    );
}

#[test]
fn one_capitals_line_is_no_play() {
    let text = "Dear Mother,\n\nWe are all well here.\n\nAMY.\n";
    assert!(!kinds(text).iter().any(|k| k == "speaker_label"));
    let lines = ["BOSTON", "It was cold.", "CHORUS.", "Sing."];
    assert!(read_play(&lines, &[false, false, true, false]).is_none());
}

#[test]
fn line_shapes() {
    assert_eq!(heading_level("ACT I"), Some(1));
    assert_eq!(heading_level("ACT III. SCENE II. A hall."), Some(1));
    assert_eq!(
        heading_level("SCENE II. A room of state in the castle."),
        Some(2)
    );
    assert_eq!(heading_level("THE PROLOGUE"), Some(1));
    assert_eq!(heading_level("Dramatis Personæ"), Some(1));
    assert!(is_cast_title("DRAMATIS PERSONAE"));
    assert!(is_cast_title("ROMEO AND JULIET _DRAMATIS PERSONÆ_"));
    assert!(!is_cast_title(
        "The dramatis personae of this play are few."
    ));
    assert_eq!(heading_level("Actually it was late."), None);
    assert!(is_direction("Enter Ghost"));
    assert!(is_direction("[_Exit._]"));
    assert!(is_direction("Exeunt VOLTIMAND and CORNELIUS"));
    assert!(!is_direction("Entertain me."));
    assert!(is_direction("Thunder and lightning. Enter three Witches"));
    assert!(is_direction("Alarum within. Enter DUNCAN, MALCOLM"));
    assert!(!is_direction(
        "He waited at the door. Enter at your peril, he said."
    ));
    assert!(is_name_line("KING CLAUDIUS"));
    assert!(is_name_line("SAMPSON."));
    assert!(!is_name_line("CHAPTER I."));
    assert!(!is_name_line("ACT I"));
    assert!(!is_name_line("Hamlet"));
}

#[test]
fn a_text_that_opens_mid_speech_opens_with_verse_not_a_title() {
    let text = "Th’ unguarded Duncan? what not put upon\n\
His spongy officers; who shall bear the guilt\nOf our great quell?\n\n\
MACBETH.\nBring forth men-children only;\nFor thy undaunted mettle should compose\n\
Nothing but males.\n\nLADY MACBETH.\nWho dares receive it other,\n\
As we shall make our griefs and clamour roar\nUpon his death?\n\n\
MACBETH.\nI am settled, and bend up\nEach corporal agent to this terrible feat.\n\n\
[Exeunt.]\n\nACT II\nSCENE I. Inverness. Court within the Castle.\n\
Enter Banquo and Fleance with a torch before him.\n\nBANQUO.\nHow goes the night, boy?\n\n\
FLEANCE.\nThe moon is down; I have not heard the clock.\n";
    let k = kinds(text);
    assert_eq!(k[..4], ["verse", "verse", "verse", "speaker_label"]);
    let scene = k.iter().position(|k| k == "heading2").expect("a scene");
    assert_eq!(k[scene + 1], "stage_direction");
    // A play's title in capitals stays its title.
    let titled = "THE TRAGEDY OF MACBETH\n\nMACBETH.\nSo foul and fair a day I have not seen.\n\n\
BANQUO.\nHow far is’t call’d to Forres?\n\nMACBETH.\nSpeak, if you can.\n\n\
BANQUO.\nGood sir, why do you start?\n\nExeunt.\n";
    assert_eq!(kinds(titled)[0], "title");
}

#[test]
fn a_minor_part_named_in_mixed_case_is_a_speaker() {
    let text = format!("{VERSE_SCENE}Sailor\n[Within] What, ho! what, ho!\nFirst Officer\nA messenger from the galleys.\nKING CLAUDIUS\nNow, what's the business?\n");
    let found = kinds(&text);
    let n = found.len();
    assert_eq!(
        found[n - 6..],
        [
            "speaker_label",
            "verse",
            "speaker_label",
            "verse",
            "speaker_label",
            "verse"
        ]
    );
}

const FOLIO: &str = "[The Tragedie of Julius Caesar by William Shakespeare 1599]\n\n\n\
Actus Primus. Scoena Prima.\n\n\
Enter Flauius, Murellus, and certaine Commoners ouer the Stage.\n\n\
  Flauius. Hence: home you idle Creatures, get you home:\n\
Is this a Holiday? What, know you not\n\
(Being Mechanicall) you ought not walke\n\
  Car. Why Sir, a Carpenter\n\n\
   Mur. Where is thy Leather Apron, and thy Rule?\n\n\
   Fla. Thou art a Cobler, art thou?\n\
  Car. Truly sir, all that I liue by, is with the Aule: I meddle with no Tradesmans matters.\n\n\
   Mur. What Tributaries follow him to Rome,\n\
To grace in Captiue bonds his Chariot Wheeles?\n\n\
Exeunt.\n";

#[test]
fn a_folio_play_runs_its_speakers_in_and_names_its_acts_in_latin() {
    assert_eq!(heading_level("Actus Primus. Scoena Prima."), Some(1));
    assert_eq!(heading_level("Scena Secunda."), Some(2));
    assert_eq!(run_in_name("Mur. Where is thy Leather Apron?"), Some(4));
    assert_eq!(run_in_name("Lord Ham. Go on"), Some(9));
    assert_eq!(run_in_name("Mr. Holmes came in."), None);
    assert_eq!(run_in_name("Enter Brutus. He reads"), None);
    let k = kinds(FOLIO);
    assert_eq!(
        k,
        [
            "title",
            "heading1",
            "stage_direction",
            "speaker_label",
            "verse",
            "verse",
            "verse",
            "speaker_label",
            "verse",
            "speaker_label",
            "verse",
            "speaker_label",
            "verse",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "verse",
            "verse",
            "stage_direction"
        ]
    );
}

#[test]
fn a_book_whose_paragraphs_open_on_a_short_word_and_a_stop_is_no_play() {
    let text = "CHAPTER I.\n\nYes. I know it well, and so does he.\n\n\
Well. Then we shall go on to the town together.\n\n\
No. He never said so to me or to anyone.\n\n\
Yes. She came in at last.\n\n\
Enter the garden by the gate, she said.\n";
    let k = kinds(text);
    assert!(!k.iter().any(|k| k == "speaker_label"), "{k:?}");
}

#[test]
fn acts_counted_in_ordinals_and_names_run_in_after_two_spaces() {
    assert_eq!(heading_level("FIRST ACT"), Some(1));
    assert_eq!(heading_level("Act the Second."), Some(1));
    assert_eq!(heading_level("First act of kindness was his."), None);
    assert_eq!(heading_level("SCENE"), Some(2));
    assert_eq!(heading_level("Scenery"), None);
    assert_eq!(
        run_in_name("ALGERNON.  Did you hear what I was playing, Lane?"),
        Some(9)
    );
    assert_eq!(run_in_name("LADY BRACKNELL.  Good afternoon"), Some(15));
    assert_eq!(run_in_name("MRS. ERLYNNE.  Lady Windermere!"), Some(13));
    assert_eq!(run_in_name("Mr. Holmes came in."), None);
    let play = "THE IMPORTANCE OF BEING EARNEST\n\n\nFIRST ACT\n\n\nSCENE\n\n\
[Lane is arranging afternoon tea on the table.]\n\n\
ALGERNON.  Did you hear what I was playing, Lane?\n\n\
LANE.  I didn't think it polite to listen, sir.\n\n\
ALGERNON.  I'm sorry for that, for your sake.  I don't play accurately, but I play with wonderful expression.\n\n\
LANE.  Yes, sir.  [Hands them on a salver.]\n";
    assert_eq!(
        kinds(play),
        [
            "title",
            "heading1",
            "heading2",
            "stage_direction",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph"
        ]
    );
}

#[test]
fn names_in_italics_run_in_at_the_head_of_prose_speeches() {
    let text = "ACT I\n\nSCENE I. _Verona. A Public Place_.\n\n\
_Enter_ SAMPSON _and_ GREGORY, _with swords and bucklers_\n\n\
_Sampson._ Gregory, on my word, we'll not carry coals.\n\n\
_Gregory._ No, for then we should be colliers.\n\n\
_Sampson._ I mean, an we be in choler we'll draw.\n\n\
_Gregory._ To move is to stir, and to be valiant is to stand; therefore, if thou art moved, thou runn'st away.\n\n\
_First Citizen_. Clubs, bills, and partisans! strike! beat them down!\n";
    let blocks = super::super::plain::parse_plain(text);
    let k = kinds(text);
    assert_eq!(k[..3], ["heading1", "heading2", "stage_direction"]);
    assert_eq!(k[3..5], ["speaker_label", "paragraph"]);
    assert_eq!(blocks[3].plain_text(), "_Sampson._");
    assert_eq!(
        blocks[4].plain_text(),
        "Gregory, on my word, we'll not carry coals."
    );
    assert_eq!(blocks[11].plain_text(), "_First Citizen_.");
    assert_eq!(k.iter().filter(|k| *k == "speaker_label").count(), 5);
}

#[test]
fn an_underscored_phrase_opening_a_paragraph_is_no_name() {
    assert_eq!(run_in_name("_Enter_ SAMPSON and GREGORY"), None);
    assert_eq!(run_in_name("_Verona_; _Mantua_."), None);
    assert_eq!(run_in_name("_Sampson._ Gregory"), Some("_Sampson._".len()));
}

const COLON_SCRIPT: &str = "First Citizen:\nBefore we proceed any further, hear me speak.\n\n\
All:\nSpeak, speak.\n\n\
First Citizen:\nYou are all resolved rather to die than to famish?\n\n\
All:\nResolved. resolved.\n\n\
Second Citizen:\nOne word, good citizens.\n\n\
First Citizen:\nWe are accounted poor citizens, the patricians good. What authority surfeits on would relieve us.\n\n\
Second Citizen:\nWould you proceed especially against Caius Marcius?\n\n\
MENENIUS:\nWhy, masters, my good friends, mine honest neighbours,\nWill you undo yourselves?\n";

#[test]
fn names_with_a_colon_alone_over_the_speech_make_a_script_where_a_cast_recurs() {
    let k = kinds(COLON_SCRIPT);
    assert_eq!(
        k[..4],
        ["speaker_label", "paragraph", "speaker_label", "paragraph"]
    );
    assert_eq!(k.iter().filter(|k| *k == "speaker_label").count(), 8);
    assert!(!k.contains(&"salutation".to_string()), "{k:?}");
}

#[test]
fn lines_ending_in_a_colon_without_a_recurring_cast_are_no_play() {
    // Two labels recur, but a script needs a cast of three without acts or directions.
    let text = "Note:\nThe steps are few.\n\nExample:\nRun the tool.\n\n\
Note:\nIt reads every file.\n\nExample:\nRun it again.\n\nNote:\nThat is all.\n";
    assert!(kinds(text).iter().all(|k| k != "speaker_label"));
}

#[test]
fn a_numbered_chapter_in_capitals_is_no_name_run_in() {
    assert_eq!(run_in_name("II. THE FALLING STAR."), None);
    assert_eq!(run_in_name("XIV. In London."), None);
    assert_eq!(
        run_in_name("Iras. Am I not an inch of fortune better than she?"),
        Some(5)
    );
}

#[test]
fn a_contents_list_of_numbered_chapters_in_two_books_is_no_script() {
    let mut text = String::from("Contents\n\nBOOK ONE\n");
    for book in 0..2 {
        for n in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"] {
            text.push_str(&format!("{n}. THE CHAPTER OF BOOK {book}.\n"));
        }
        text.push_str("\nBOOK TWO\n");
    }
    text.push_str("\nNo one would have believed it.\n");
    assert!(kinds(&text).iter().all(|k| k != "speaker_label"));
}

#[test]
fn a_direction_in_brackets_between_a_run_in_name_and_the_speech() {
    assert_eq!(run_in_name("Edm. [comes forward] No, my lord."), Some(4));
    assert_eq!(
        run_in_name("Cor. [aside] What shall Cordelia speak?"),
        Some(4)
    );
}

#[test]
fn an_illustration_placeholder_is_no_direction() {
    assert!(!is_direction("[Illustration: THE \"MEASURE\"]"));
    assert!(is_direction("[Exit Romeo.]"));
}

const MOBY_HEAD: &str =
    "SCENE:\nThe Roman Empire\n\nACT I. SCENE I.\nAlexandria. CLEOPATRA'S palace\n\n\
Enter DEMETRIUS and PHILO\n\n\
PHILO. Nay, but this dotage of our general's\nO'erflows the measure. Those his goodly eyes,\n\n\
Flourish. Enter ANTONY, CLEOPATRA, her LADIES, the train,\nwith eunuchs fanning her\n\n\
CLEOPATRA. If it be love indeed, tell me how much.\n\
ANTONY. There's beggary in the love that can be reckon'd.\n\
CLEOPATRA. I'll set a bourn how far to be belov'd.\n\
ANTONY. Then must thou needs find out new heaven, new earth.\n";

#[test]
fn a_scenes_place_and_a_wrapped_entry_stay_with_their_heading_and_direction() {
    let blocks = super::super::plain::parse_plain(MOBY_HEAD);
    let k = kinds(MOBY_HEAD);
    assert_eq!(
        k[..4],
        [
            "stage_direction",
            "heading1",
            "stage_direction",
            "speaker_label"
        ]
    );
    assert_eq!(blocks[0].plain_text(), "SCENE:\nThe Roman Empire");
    assert_eq!(
        blocks[1].plain_text(),
        "ACT I. SCENE I.\nAlexandria. CLEOPATRA'S palace"
    );
    let entry = blocks
        .iter()
        .find(|b| b.plain_text().starts_with("Flourish"))
        .unwrap();
    assert!(entry.plain_text().ends_with("with eunuchs fanning her"));
    assert_eq!(k.iter().filter(|k| *k == "speaker_label").count(), 5);
}

#[test]
fn prose_describing_the_stage_before_the_first_speech_is_a_direction() {
    let text = "PROLOGUE\n\nOverture; forest sounds, roaring of lions, Christian hymn faintly.\n\n\
A jungle path. A lion's roar, a melancholy suffering roar, comes from the jungle. It is repeated nearer.\n\n\
MEGAERA.\n(_suddenly throwing down her stick_) I won't go another step.\n\n\
ANDROCLES.\nOh, not again, dear. What's the good of stopping every two miles and saying you won't go another step?\n\n\
MEGAERA.\nI don't believe a word of it.\n\n\
ANDROCLES.\nWell, dear, do you want to see one?\n";
    let k = kinds(text);
    assert_eq!(
        k[..4],
        [
            "heading1",
            "stage_direction",
            "stage_direction",
            "speaker_label"
        ]
    );
    assert_eq!(k[4], "paragraph");
}

#[test]
fn a_prologue_in_verse_before_the_first_speech_stays_verse() {
    let text = format!("PROLOGUE\n\nTwo households, both alike in dignity,\nIn fair Verona, where we lay our scene,\n\
From ancient grudge break to new mutiny,\nWhere civil blood makes civil hands unclean.\n\n{VERSE_SCENE}");
    let k = kinds(&text);
    assert!(k[1..5].iter().all(|k| k != "stage_direction"), "{k:?}");
}

#[test]
fn an_act_and_its_scene_joined_by_a_comma_are_one_heading() {
    assert_eq!(heading_level("Act I, Scene 2"), Some(1));
    assert_eq!(heading_level("ACT 2, SCENE 3. A street."), Some(1));
    assert_eq!(heading_level("Act I, they say, was long."), None);
}

#[test]
fn names_with_a_colon_run_in_at_the_head_of_the_speech() {
    assert_eq!(run_in_name("HAMLET: To be, or not to be"), Some(7));
    assert_eq!(run_in_name("First Citizen: Before we proceed"), Some(14));
    assert_eq!(run_in_name("Note: the tool reads every file."), None);
    assert_eq!(run_in_name("Title: Romeo and Juliet"), None);
    let text = "ACT I\n\nSCENE I. Elsinore. A platform before the castle.\n\n\
Enter Francisco and Barnardo.\n\n\
BARNARDO: Who's there?\n\
FRANCISCO: Nay, answer me: stand, and unfold yourself.\n\
BARNARDO: Long live the king!\n\
FRANCISCO: Barnardo?\n\
BARNARDO: He.\n";
    let k = kinds(text);
    assert_eq!(
        k.iter().filter(|k| *k == "speaker_label").count(),
        5,
        "{k:?}"
    );
}

#[test]
fn names_in_mixed_case_alone_over_their_speeches_where_they_recur() {
    let text = "Act I, Scene 1\n\nEnter Duke, Curio, and other Lords; Musicians attending.\n\n\
Duke\nIf music be the food of love, play on;\nGive me excess of it, that, surfeiting,\n\n\
Curio\nWill you go hunt, my lord?\n\nDuke\nWhat, Curio?\n\nCurio\nThe hart.\n\n\
Duke\nWhy, so I do, the noblest that I have.\n";
    let k = kinds(text);
    assert_eq!(
        k[..4],
        ["heading1", "stage_direction", "speaker_label", "verse"]
    );
    assert_eq!(
        k.iter().filter(|k| *k == "speaker_label").count(),
        5,
        "{k:?}"
    );
}

#[test]
fn a_word_alone_on_a_line_now_and_then_is_no_speaker() {
    let text =
        "CHAPTER I\n\nYes.\nShe said it twice and went out.\n\nWell.\nThat was the end of it.\n\n\
Yes.\nHe did not answer her.\n\nNo more was said.\n";
    assert!(kinds(text).iter().all(|k| k != "speaker_label"));
}
