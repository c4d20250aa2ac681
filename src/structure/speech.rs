//! An English speech's salutation: the line that opens an address by naming its
//! audience, "My fellow citizens:", or a whole roll of dignitaries, "Vice President
//! Johnson, Mr. Speaker, Mr. Chief Justice, …, fellow citizens, friends:".
//!
//! The short forms ("Dear …", "Fellow-Citizens:") are read in `shapes`; here is the roll,
//! which runs past any length a salutation usually has. It is told from a sentence that
//! happens to end in a colon by its parts: every comma-separated part is a short name or
//! title, and one of them names an audience.
//!
//! Here too is a speech's delivery note in brackets over its text, "[As delivered in person
//! before a joint session]", "(As Prepared for Delivery)": part of the head, like a date.

use super::text::char_len;

/// Longest roll of names in characters.
const ROLL_MAX: usize = 250;
/// Most words in one part of the roll ("Vice President Johnson", "reverend clergy",
/// "Members of the Congress of the United States").
const PART_MAX_WORDS: usize = 8;

/// Words that name an audience in an English address.
const AUDIENCE: &[&str] = &[
    "citizens",
    "countrymen",
    "friends",
    "ladies",
    "gentlemen",
    "members",
    "colleagues",
    "delegates",
    "mr speaker",
    "mr president",
    "madam speaker",
    "madam president",
    "americans",
];

/// Fewest parts naming an audience in a roll set as sentences ("Madam Speaker, Madam Vice
/// President. Members of Congress. My fellow Americans."), where no colon closes it.
const STOPPED_ROLL_AUDIENCES: usize = 2;

/// True if and only if `line` is a roll of addressees ending in a colon — or set as
/// short sentences, as some transcripts print it, where two parts or more name an
/// audience and none says anything else.
pub(crate) fn is_address_roll(line: &str) -> bool {
    let (body, stopped) = match (line.strip_suffix(':'), line.strip_suffix('.')) {
        (Some(body), _) => (body, false),
        (None, Some(body)) => (body, true),
        _ => return false,
    };
    if char_len(line) > ROLL_MAX || !body.contains(',') {
        return false;
    }
    // A form of address keeps its stop out of the way of the sentence stops.
    let lower = ["mr", "mrs", "ms", "dr"]
        .iter()
        .fold(format!(" {}", body.to_lowercase()), |text, title| {
            text.replace(&format!(" {title}. "), &format!(" {title} "))
        });
    let separators: &[char] = if stopped { &[',', '.'] } else { &[','] };
    let parts: Vec<&str> = lower
        .split(separators)
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // Each part names someone: short, and no verb of a sentence in it.
    let short = parts.iter().all(|p| {
        p.split_whitespace().count() <= PART_MAX_WORDS
            && !p.contains(['!', '?', ';'])
            && !p.split_whitespace().any(|w| STOPPED_ROLL_NOT.contains(&w))
    });
    let audiences = parts
        .iter()
        .filter(|p| AUDIENCE.iter().any(|w| p.contains(w)))
        .count();
    // Set as sentences, every part must address someone: no verb of a sentence ("thank
    // you", "we are") among them, so a title or a name opens each part.
    let addressed = !stopped || parts.len() >= 3 && audiences >= STOPPED_ROLL_AUDIENCES;
    short && audiences > 0 && addressed
}

/// Words no part of a roll holds: they make a sentence of it.
const STOPPED_ROLL_NOT: &[&str] = &[
    "i", "we", "you", "is", "are", "was", "were", "be", "thank", "thanks", "have", "has", "will",
];

/// Longest delivery note in characters.
const NOTE_MAX: usize = 120;

/// True if and only if `line` is a speech's delivery note: a short line wholly in brackets
/// or parentheses that says how the speech was delivered ("[Delivered in person at the
/// Capitol]", "[As delivered in person before a joint session]", "(As prepared for delivery)").
pub(crate) fn is_delivery_note(line: &str) -> bool {
    let enclosed = (line.starts_with('[') && line.ends_with(']'))
        || (line.starts_with('(') && line.ends_with(')'));
    let lower = line.to_lowercase();
    enclosed
        && char_len(line) <= NOTE_MAX
        && (lower.contains("delivered") || lower.contains("delivery"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roll_naming_a_whole_house_is_a_salutation() {
        assert!(is_address_roll(
            "Mr. President, Mr. Speaker, Members of the Congress of the United States:"
        ));
        // A sentence with a colon is not, however its parts run.
        assert!(!is_address_roll(
            "Members of Congress, we have work to do, and I am glad to report:"
        ));
    }

    #[test]
    fn a_bracketed_note_on_the_delivery_is_part_of_the_head() {
        assert!(is_delivery_note(
            "[As delivered in person before a joint session]"
        ));
        assert!(is_delivery_note("[Delivered in person at the Capitol]"));
        assert!(is_delivery_note("(As Prepared for Delivery)"));
        assert!(!is_delivery_note("[Illustration]"));
        assert!(!is_delivery_note("The speech was delivered in person."));
    }

    #[test]
    fn a_delivery_note_opening_a_speech_reads_as_its_subtitle() {
        let text = "[As delivered in person before a joint session]\n\
Mr. Vice President, Members of the Congress, ladies and gentlemen:\n\
This week we begin anew our joint and separate efforts.\n";
        let blocks = super::super::plain::parse_plain(text);
        assert_eq!(blocks[0].kind, crate::model::BlockKind::Subtitle);
        assert_eq!(blocks[1].kind, crate::model::BlockKind::Salutation);
    }

    #[test]
    fn a_roll_of_dignitaries_is_a_salutation() {
        assert!(is_address_roll("Vice President Johnson, Mr. Speaker, Mr. Chief Justice, President Eisenhower, Vice President Nixon, President Truman, reverend clergy, fellow citizens, friends:"));
        assert!(is_address_roll(
            "Mr. President, Mr. Speaker, members of the Congress:"
        ));
        assert!(!is_address_roll(
            "My friends, we have come here today to say this:"
        ));
        assert!(!is_address_roll("Citizens, friends"));
        // Set as sentences, as a transcript prints it.
        assert!(is_address_roll("Madam Speaker, Madam Vice President, our First Lady and Second Gentleman. Members of Congress and the Cabinet. Justices of the Supreme Court. My fellow Americans."));
        assert!(is_address_roll(
            "Mr. Speaker, Mr. Vice President, Members of Congress, my fellow Americans."
        ));
        assert!(!is_address_roll(
            "Thank you, my friends. Thank you, fellow citizens."
        ));
        assert!(!is_address_roll(
            "Friends, we are here. Members of Congress, listen."
        ));
        assert!(!is_address_roll("Mr. Smith, my friend."));
    }
}
