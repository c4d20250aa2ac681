use super::*;
use crate::model::{Block, BlockKind};

/// Kind names of the blocks `text` reads to.
fn kinds(text: &str) -> Vec<String> {
    crate::structure::plain::parse_plain(text)
        .iter()
        .map(|b: &Block| match &b.kind {
            BlockKind::Heading(h) => format!("heading{}", h.level),
            k => k.name().to_string(),
        })
        .collect()
}

const ITALIC_PLAY: &str = "_Halla (rising)._\n\nI am cold. Will you fetch some wood?\n\n\
_Kari._\n\nYes, indeed. You cannot see a hand\nbefore you.\n\n\
    [_Halla goes to the door, listens, opens the door. A cloud\n\
    of snow comes whirling in.\n    She goes out._\n\n\
_Kari returns, covered with snow._\n\n\
_Kari._\n\nWhy do you leave the door open?\n\n\
_Halla._\n\n[_Laughing._] Because I will.\n\n\
DRAMATIS PERSONÆ\n\n  SVEINUNGI, owner of the farm.\n  JON      }\n  HELGI    } Servants.\n\n\
_The action takes place in Iceland._\n\nACT I\n\n\
_Jakobina (talking half to herself)._\n\nThis must be coffee, and what has Jorunn got\nin these, I wonder!\n\n\
_Halla._\n\nIt is.\n";

#[test]
fn italic_names_alone_over_speeches_make_a_play_with_italic_directions() {
    let k = kinds(ITALIC_PLAY);
    assert_eq!(
        k,
        [
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
            "stage_direction",
            "stage_direction",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
            "heading1",
            "list_item",
            "list_item",
            "list_item",
            "stage_direction",
            "heading1",
            "speaker_label",
            "paragraph",
            "speaker_label",
            "paragraph",
        ]
    );
}

#[test]
fn italic_lines_that_do_not_recur_are_no_speakers() {
    let text = "_Preface._\n\nSome words here.\n\n_Note._\n\nMore words here.\n";
    assert!(kinds(text).iter().all(|k| k != "speaker_label"));
}

#[test]
fn italic_name_shapes() {
    assert_eq!(italic_name("_Kari._").as_deref(), Some("Kari"));
    assert_eq!(italic_name("_Ogre_").as_deref(), Some("Ogre"));
    assert_eq!(
        italic_name("_The Shepherd Boy._").as_deref(),
        Some("The Shepherd Boy")
    );
    assert_eq!(italic_name("_Halla (rising)._").as_deref(), Some("Halla"));
    assert_eq!(italic_name("_Exit._"), None);
    assert_eq!(italic_name("_It is morning, before breakfast._"), None);
}

#[test]
fn an_italic_bracket_closed_inside_the_paragraph_is_no_direction() {
    assert!(!is_italic_direction(&["[_To ROPER._] I'll tell her."]));
    assert!(!is_italic_direction(&[
        "[_To ROPER._] I'll tell",
        "her you're here."
    ]));
    assert!(is_italic_direction(&["(_The stage stands empty._)"]));
    assert!(is_italic_direction(&[
        "[_Halla goes out,",
        "carried by the storm._"
    ]));
    assert!(!is_italic_direction(&["_Pisc_. Sir, I know the house"]));
}

#[test]
fn a_cast_in_two_columns_under_characters_is_a_list_until_the_italic_title() {
    let mut text = String::from(
        "  CHARACTERS                  ORIGINAL CAST\n\n  King                        Rob Moore.\n\n\
  Queen                       Allison Walton.\n\n  Chorus of Fairies.\n\n\
\"_THE RESCUE_\"\n\nACT I.\n\n",
    );
    for name in ["Ogre", "Witch", "Ogre", "Witch"] {
        text.push_str(&format!("_{name}_\n\n  Ha, old witch, it is done at last!\n  I have broken the King's stronghold!\n\n"));
    }
    let k = kinds(&text);
    assert_eq!(k[..4], ["heading1", "list_item", "list_item", "list_item"]);
    assert_ne!(k[4], "list_item");
    assert_eq!(k[6..9], ["speaker_label", "verse", "verse"]);
}

#[test]
fn an_act_counted_with_its_article_is_an_act() {
    assert_eq!(super::super::heading_level("THE FIRST ACT"), Some(1));
    assert_eq!(super::super::heading_level("The Second Act."), Some(1));
    assert_eq!(super::super::heading_level("THE FIRST ACTOR"), None);
}
