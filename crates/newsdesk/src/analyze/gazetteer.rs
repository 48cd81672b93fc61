//! Facts built into the binary: countries, major cities, international organisations and
//! news agencies, their common aliases, nationality adjectives and the title words that
//! precede names. The lists live in `src/lexicon/*.txt` (one entry a line); extend them freely.

use newsdesk_model::EntityKind;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The entries of a lexicon file: one a line, `#` comments and blank lines skipped.
pub(crate) fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

const PLACES: &str = include_str!("../lexicon/places.txt");
const CITIES: &str = include_str!("../lexicon/cities.txt");
const ORGANIZATIONS: &str = include_str!("../lexicon/organizations.txt");
const MEDIA: &str = include_str!("../lexicon/media.txt");
const ALIASES: &str = include_str!("../lexicon/aliases.txt");
const DEMONYMS: &str = include_str!("../lexicon/demonyms.txt");
const TITLE_WORDS: &str = include_str!("../lexicon/title_words.txt");
const ORG_WORDS: &str = include_str!("../lexicon/org_words.txt");

/// A built-in entry: canonical name and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
}

/// Lookup from every known surface form to its entry, and from acronyms to expansions.
pub struct Gazetteer {
    forms: HashMap<String, Known>,
    /// The longest known form, in words, to bound phrase lookups.
    pub max_words: usize,
    /// First words (lowercase) of every known form: a phrase starting with any other word is
    /// never looked up.
    first_words: std::collections::HashSet<String>,
}

fn key(s: &str) -> String {
    s.to_lowercase()
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    let mut add = |form: &str, name: &str, kind: EntityKind| {
        forms.entry(key(form)).or_insert(Known { name: name.to_string(), kind });
    };
    for c in entries(PLACES) {
        add(c, c, EntityKind::Place);
    }
    for c in entries(CITIES) {
        add(c, c, EntityKind::Place);
    }
    for list in [ORGANIZATIONS, MEDIA] {
        for entry in entries(list) {
            match entry.split_once('=') {
                // An organisation with an acronym is named by the acronym, as news does.
                Some((full, acronym)) => {
                    add(acronym, acronym, EntityKind::Organization);
                    add(full, acronym, EntityKind::Organization);
                }
                None => add(entry, entry, EntityKind::Organization),
            }
        }
    }
    let canonical: Vec<(String, Known)> = entries(ALIASES)
        .filter_map(|a| a.split_once('='))
        .map(|(alias, target)| {
            let known =
                forms.get(&key(target)).cloned().unwrap_or(Known { name: target.to_string(), kind: EntityKind::Place });
            (alias.to_string(), known)
        })
        .collect();
    for (alias, known) in canonical {
        forms.insert(key(&alias), known);
    }
    let max_words = forms.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(1);
    let first_words = forms.keys().filter_map(|k| k.split_whitespace().next()).map(str::to_string).collect();
    Gazetteer { forms, max_words, first_words }
});

/// The built-in gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

impl Gazetteer {
    /// Whether some known form starts with this (lowercase) word.
    pub fn may_start(&self, lower_first: &str) -> bool {
        self.first_words.contains(lower_first)
    }

    /// The entry for a surface form, if known (case-insensitive, but an all-lowercase
    /// form never matches a capitalised entry: "turkey" is food).
    pub fn get(&self, form: &str) -> Option<&Known> {
        // Longer than any known form: never known (and never lowercased whole).
        if form.split_whitespace().nth(self.max_words).is_some() {
            return None;
        }
        let first = form.split_whitespace().next().unwrap_or("");
        if !self.first_words.contains(&first.to_lowercase()) {
            return None;
        }
        if !form.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        self.forms.get(&key(form))
    }
}

type WordSet = std::collections::HashSet<String>;

static WORD_SETS: LazyLock<[WordSet; 3]> = LazyLock::new(|| {
    let set = |s: &'static str| entries(s).map(str::to_lowercase).collect::<WordSet>();
    [set(DEMONYMS), set(TITLE_WORDS), set(ORG_WORDS)]
});

/// Whether a word is a nationality or regional adjective ("Russian", "Western").
pub fn is_demonym(word: &str) -> bool {
    WORD_SETS[0].contains(&word.to_lowercase())
}

/// Whether a word is part of a title or role ("Deputy", "Minister", "Mr").
pub fn is_title_word(word: &str) -> bool {
    WORD_SETS[1].contains(&word.to_lowercase())
}

/// Whether a word marks an organisation name ("Council", "Ministry").
pub fn is_org_word(word: &str) -> bool {
    WORD_SETS[2].contains(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let g = gazetteer();
        assert_eq!(g.get("Geneva").map(|k| k.kind), Some(EntityKind::Place));
        assert_eq!(g.get("U.S.").map(|k| k.name.as_str()), Some("United States"));
        assert_eq!(g.get("Organization for Security and Cooperation in Europe").map(|k| k.name.as_str()), Some("OSCE"));
        assert_eq!(g.get("Kiev").map(|k| k.name.as_str()), Some("Kyiv"));
        assert_eq!(g.get("turkey"), None);
        assert!(is_demonym("Russian") && is_title_word("deputy") && is_org_word("Council"));
    }
}
