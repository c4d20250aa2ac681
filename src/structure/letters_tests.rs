use super::*;

fn names(lines: &[&str]) -> Vec<&'static str> {
    letter_parts(lines)
        .iter()
        .map(|k| k.as_ref().map_or("-", BlockKind::name))
        .collect()
}

#[test]
fn a_preface_signed_with_a_name_and_a_place_and_date_in_capitals() {
    let lines = [
        "Some of these thoughts of mine have seen the light before in other guise.",
        "W.E.B Du B.",
        "ATLANTA, GA., FEB. 1, 1903.",
        "I",
    ];
    assert_eq!(names(&lines), ["-", "signature", "date", "-"]);
    assert!(!is_place_and_date("ATLANTA, GEORGIA"));
    let square = [lines[0], "D.", "ST. JAMES'S SQUARE, _May,_ 1885.", "I"];
    assert_eq!(names(&square), ["-", "signature", "date", "-"]);
}

#[test]
fn a_bare_sir_or_madam_opens_a_letter() {
    for greeting in ["MADAM,", "Sir,", "My Lord,--"] {
        assert!(is_greeting(greeting), "{greeting}");
    }
    assert!(!is_greeting("sir, he said"));
    assert!(!is_greeting("Madam"));
}

#[test]
fn a_place_and_date_alone_under_a_preface_signs_it() {
    let lines = [
        "Naturally, the author does not share that grievance.",
        "PICCARD'S COTTAGE, JANUARY 1902.",
        "[The play was performed for the first time in the",
    ];
    assert_eq!(names(&lines), ["-", "date", "-"]);
    // Over a letter's greeting it heads the letter instead.
    let heading = [lines[0], lines[1], "Dear Sir,"];
    assert_ne!(names(&heading)[1], "date");
}

#[test]
fn a_sign_off_under_a_long_introduction_before_the_title() {
    let prose = "Shaw and men like him--if indeed he is not absolutely unique--will not for the future lack a hearing, and the audience which demands the truth and despises the contemptible conventions is daily growing.";
    assert_eq!(
        names(&[prose, "M.", "ARMS AND THE MAN"]),
        ["-", "signature", "-"]
    );
    assert_eq!(
        names(&[prose, "WILLIAM STANLEY BRAITHWAITE", "A SHROPSHIRE LAD"]),
        ["-", "signature", "-"]
    );
    assert_eq!(
        names(&[prose, "June, 1919.", "HEARTBREAK HOUSE"]),
        ["-", "date", "-"]
    );
    // Under a short line, or over prose, a name is no sign-off.
    assert_eq!(
        names(&["Short.", "M.", "ARMS AND THE MAN"]),
        ["-", "-", "-"]
    );
    assert_eq!(names(&[prose, "CATHERINE.", "Such news."]), ["-", "-", "-"]);
    assert_eq!(
        names(&[prose, "THE BETROTHED.", "CHAPTER I."]),
        ["-", "-", "-"]
    );
}

#[test]
fn a_typewritten_letter_with_its_address_under_the_date_and_its_name_on_the_close() {
    let lines = [
        "St. Petersburgh, Dec. 11th, 17--",
        "TO Mrs. Saville, England",
        "Archangel, 28th March, 17--",
        "You will rejoice to hear that no disaster has accompanied the commencement.",
        "Your affectionate brother, R. Walton",
        "The next chapter begins here.",
    ];
    assert_eq!(
        names(&lines),
        ["dateline", "salutation", "dateline", "-", "signature", "-"]
    );
    // A close runs on into a sentence, not a name.
    assert_eq!(names(&["Yours truly, I am not sure of it"]), ["-"]);
}

#[test]
fn a_letter_in_a_novel_has_its_head_and_closing() {
    let lines = [
        "Letter 1",
        "_To Mrs. Saville, England._",
        "St. Petersburgh, Dec. 11th, 17—.",
        "You will rejoice to hear that no disaster has accompanied the commencement.",
        "Your affectionate brother,",
        "R. Walton",
        "The next chapter begins here.",
    ];
    assert_eq!(
        names(&lines),
        [
            "-",
            "salutation",
            "dateline",
            "-",
            "signature",
            "signature",
            "-"
        ]
    );
    let little_women = ["Your loving daughter,", "AMY."];
    assert_eq!(names(&little_women), ["signature", "signature"]);
    let pride = ["“Yours, very sincerely,", "“M. GARDINER.”"];
    assert_eq!(names(&pride), ["signature", "signature"]);
}

#[test]
fn greetings_and_the_dates_letters_are_signed_with() {
    let preface = [
        "May it haunt their houses pleasantly, and no one wish to lay it.",
        "Their faithful Friend and Servant,",
        "C. D.",
        "December, 1843.",
        "CONTENTS",
    ];
    assert_eq!(
        names(&preface),
        ["-", "signature", "signature", "date", "-"]
    );
    let signed = [
        "Be faithful, be vigilant, and let the oppressed go free.",
        "WM. LLOYD GARRISON BOSTON,",
        "_May_ 1, 1845.",
        "LETTER FROM WENDELL PHILLIPS, ESQ.",
        "BOSTON, _April_ 22, 1845.",
        "My Dear Friend:",
        "You remember the old fable of the Man and the Lion.",
    ];
    assert_eq!(
        names(&signed),
        ["-", "signature", "date", "-", "dateline", "salutation", "-"]
    );
    let dated = [
        "I have now done with all such visionary schemes for ever.",
        "_April_ 2, 1727",
        "PART I. A VOYAGE TO LILLIPUT.",
    ];
    assert_eq!(names(&dated), ["-", "date", "-"]);
    let addressed = [
        "JAY",
        "To the People of the State of New York:",
        "WHEN the people",
    ];
    assert_eq!(names(&addressed), ["-", "salutation", "-"]);
}

#[test]
fn dashed_greetings_and_names_under_a_run_in_close() {
    let letters = [
        "\"MY DEAREST MOTHER,--",
        "\"It is impossible to tell you how happy we were. Give my love to father, and believe me, ever your own",
        "\"MEG.\"",
        "This note was a great contrast to the next.",
        "\"MA CHERE MAMMA,--",
        "My dearest Lucy,--",
        "Dear Madam,",
    ];
    assert_eq!(
        names(&letters),
        [
            "salutation",
            "-",
            "signature",
            "-",
            "salutation",
            "salutation",
            "salutation"
        ]
    );
    // A heading in capitals after an open line, or a name after a finished sentence,
    // signs nothing.
    let headed = [
        "and so the journey began with good omens of sunshine and smiles,",
        "CHAPTER XVII.",
        "It was over.",
        "JO.",
    ];
    assert_eq!(names(&headed), ["-", "-", "-", "-"]);
}

#[test]
fn sentences_are_not_letter_parts() {
    let lines = [
        "Your father, who had gone out early, came back at noon,",
        "and we all sat down to dinner together in the long room.",
        "To Kill a Mockingbird",
        "Boston, they said, was cold.",
    ];
    assert_eq!(names(&lines), ["-", "-", "-", "-"]);
    assert!(is_place_date("Boston, March 3, 1862."));
    assert!(is_place_date("London, 14th July 1820"));
    // A date inside the text, or a name over a date in running text, is no closing.
    let running = [
        "It happened long ago.",
        "March 3, 1862.",
        "The war went on.",
        "Dear me, what a day it was, said she,",
    ];
    assert_eq!(names(&running), ["-", "-", "-", "-"]);
}
