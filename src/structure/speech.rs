//! An English speech's salutation: the line that opens an address by naming its
//! audience, "My fellow citizens:", or a whole roll of dignitaries, "Vice President
//! Johnson, Mr. Speaker, Mr. Chief Justice, …, fellow citizens, friends:".
//!
//! The short forms ("Dear …", "Fellow-Citizens:") are read in `shapes`; here is the roll,
//! which runs past any length a salutation usually has. It is told from a sentence that
//! happens to end in a colon by its parts: every comma-separated part is a short name or
//! title, and one of them names an audience.

use super::text::char_len;

/// Longest roll of names in characters.
const ROLL_MAX: usize = 250;
/// Most words in one part of the roll ("Vice President Johnson", "reverend clergy").
const PART_MAX_WORDS: usize = 5;

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
    "mr. speaker",
    "mr. president",
    "madam speaker",
    "madam president",
    "americans",
];

/// True if and only if `line` is a roll of addressees ending in a colon.
pub(crate) fn is_address_roll(line: &str) -> bool {
    let Some(body) = line.strip_suffix(':') else {
        return false;
    };
    if char_len(line) > ROLL_MAX || !body.contains(',') {
        return false;
    }
    let lower = body.to_lowercase();
    let parts: Vec<&str> = lower
        .split(',')
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let short = parts
        .iter()
        .all(|p| p.split_whitespace().count() <= PART_MAX_WORDS && !p.contains(['!', '?', ';']));
    short && parts.iter().any(|p| AUDIENCE.iter().any(|w| p.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
