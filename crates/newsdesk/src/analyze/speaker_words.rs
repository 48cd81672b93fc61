//! The words that tell what a speaker is: a group phrase kept as written ("police", "a police
//! source") and the sex of a given name or a pronoun, so that "she" is never resolved to a man.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A group phrase as a speaker: "Police" at a sentence start is "police", "But officials" is
/// "officials"; "American officials" keeps its capital.
pub(super) fn group_phrase(phrase: &str) -> String {
    const LEADING: [&str; 12] =
        ["but", "and", "or", "so", "then", "also", "however", "as", "when", "while", "after", "if"];
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    while words.len() > 1 && LEADING.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    let phrase = words.join(" ");
    let first = words.first().map_or(String::new(), |w| w.to_lowercase());
    let common = ["a", "an", "the"].contains(&first.as_str()) || GROUP_WORDS.contains(&first);
    if common {
        let mut c = phrase.chars();
        c.next().map_or_else(String::new, |f| f.to_lowercase().chain(c).collect())
    } else {
        phrase
    }
}

/// The group nouns, lowercase.
static GROUP_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    super::gazetteer::entries(include_str!("../lexicon/group_nouns.txt")).map(str::to_lowercase).collect()
});

/// Given names one sex holds (census), true for women: "she" is never a David.
static GIVEN_FEMALE: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    super::gazetteer::entries(include_str!("../lexicon/given_gender.txt"))
        .filter_map(|l| l.split_once(' '))
        .map(|(name, sex)| (name, sex == "f"))
        .collect()
});

/// Whether a person's name is a woman's (by the given name it opens with), where clear.
pub(super) fn female_name(name: &str) -> Option<bool> {
    let given = name.split_whitespace().next()?;
    GIVEN_FEMALE.get(given).copied()
}

/// Whether the first personal pronoun of `text` is a woman's ("she", "her").
pub(super) fn female_pronoun(text: &str) -> Option<bool> {
    text.split(|c: char| !c.is_alphabetic()).find_map(|w| match w.to_lowercase().as_str() {
        "she" | "her" | "hers" => Some(true),
        "he" | "him" | "his" => Some(false),
        _ => None,
    })
}
