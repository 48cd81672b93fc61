//! Name comparison that survives transliteration and naming customs: spelling keys
//! (Ryabkov/Riabkov, Antony/Anthony, Dmitri/Dmitry, Catherine/Katherine), given-name variants
//! from `src/lexicon/given_names.txt` (Bill/William, Pyotr/Peter) and initials (J./Jens).
//! Keys and lists only, no guessing: two names match when their keys are equal or one variant
//! group holds both, never on string similarity alone (Guterres ≠ Gutierrez).

use super::gazetteer::entries;
use deunicode::deunicode;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Spelling key of a given name → the variant groups (line numbers) it belongs to.
static VARIANTS: LazyLock<FxHashMap<String, Vec<usize>>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (group, line) in entries(include_str!("../lexicon/given_names.txt")).enumerate() {
        for name in line.split_whitespace() {
            let groups = map.entry(spelling_key(name)).or_default();
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
    }
    map
});

/// Whether one variant group holds both given names (not transitive: Harry is in Harold's
/// group and in Henry's, which never makes Harold Henry).
pub fn given_name_variants(a: &str, b: &str) -> bool {
    let (Some(ga), Some(gb)) = (VARIANTS.get(&spelling_key(a)), VARIANTS.get(&spelling_key(b))) else {
        return false;
    };
    ga.iter().any(|g| gb.contains(g))
}

/// Whether a word is a known given name.
pub fn is_given_name(word: &str) -> bool {
    VARIANTS.contains_key(&spelling_key(word))
}

/// A spelling key: ASCII, lowercase, with the letter groups that transliteration systems
/// and English spelling render differently folded together.
pub fn spelling_key(name: &str) -> String {
    let mut s: String = deunicode(name).to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    for (from, to) in [
        ("sch", "sh"),
        ("tch", "ch"),
        ("ck", "k"),
        ("ph", "f"),
        ("th", "t"),
        ("kh", "h"),
        ("ks", "x"),
        ("ya", "ia"),
        ("yu", "iu"),
        ("ye", "ie"),
        ("yo", "io"),
        ("ou", "u"),
        ("w", "v"),
        ("y", "i"),
        ("j", "i"),
    ] {
        s = s.replace(from, to);
    }
    // "C" before a, o, u sounds as "k" (Catherine/Katherine, Carl/Karl).
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let c = if c == 'c' && chars.get(i + 1).is_some_and(|n| matches!(n, 'a' | 'o' | 'u' | 'r' | 'l')) {
            'k'
        } else {
            c
        };
        // Doubled letters are spelling noise (Mohammed/Mohamed).
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The spellings one swap of two neighbouring letters away ("jazcko" → "jaczko", …), for
/// surnames of five letters or more (shorter ones are too easily another name).
pub fn adjacent_swaps(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 5 {
        return Vec::new();
    }
    (0..chars.len() - 1)
        .filter(|&i| chars[i] != chars[i + 1])
        .map(|i| {
            let mut c = chars.clone();
            c.swap(i, i + 1);
            c.into_iter().collect()
        })
        .collect()
}

/// Whether two given names can be the same person's: equal keys, variants of one name, or
/// one is an initial of the other ("J." / "Jens").
pub fn given_names_compatible(a: &str, b: &str) -> bool {
    let (ka, kb) = (spelling_key(a), spelling_key(b));
    if ka == kb || given_name_variants(a, b) {
        return true;
    }
    let initial = |s: &str| s.trim_end_matches('.').chars().count() == 1;
    (initial(a) || initial(b)) && ka.chars().next() == kb.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_share_a_key() {
        for (a, b) in [
            ("Ryabkov", "Riabkov"),
            ("Antony", "Anthony"),
            ("Dmitri", "Dmitry"),
            ("Catherine", "Katherine"),
            ("Mohammed", "Mohamed"),
            ("Zelensky", "Zelenskyy"),
            ("Рябков", "Riabkov"),
        ] {
            assert_eq!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        for (a, b) in [("Guterres", "Gutierrez"), ("Maria", "Pieter"), ("Lavrov", "Ryabkov"), ("Jansen", "Janssens")] {
            assert_ne!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
        assert!(given_names_compatible("J.", "Jens"));
        assert!(!given_names_compatible("Joe", "Jens"));
    }

    #[test]
    fn given_name_variants_are_groups_not_chains() {
        assert!(given_names_compatible("Bill", "William") && given_names_compatible("Pyotr", "Peter"));
        assert!(given_name_variants("Harry", "Henry") && given_name_variants("Harry", "Harold"));
        assert!(!given_name_variants("Henry", "Harold") && !given_names_compatible("Maria", "Pieter"));
        assert!(is_given_name("Katherine") && !is_given_name("Jansen"));
    }
}
