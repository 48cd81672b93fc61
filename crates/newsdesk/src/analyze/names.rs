//! Name comparison that survives transliteration and naming customs: spelling keys
//! (Ryabkov/Riabkov, Antony/Anthony, Dmitri/Dmitry, Catherine/Katherine), given-name variants
//! from `src/lexicon/given_names.txt` (Bill/William, Pyotr/Peter) and initials (J./Jens).
//! Keys and lists only, no guessing: two names match when their keys are equal or one variant
//! group holds both, never on string similarity alone (Guterres ≠ Gutierrez).

use super::gazetteer::{entries, gazetteer, is_org_word, is_title_word};
use crate::text::phonetic::skeleton;
use deunicode::deunicode;
use newsdesk_model::EntityKind;
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
    // Vowels apart, a name of three consonants or more is one name (Kristen / Kristin).
    let (sa, sb) = (skeleton(a), skeleton(b));
    ((initial(a) || initial(b)) && ka.chars().next() == kb.chars().next()) || (sa.len() >= 3 && sa == sb)
}

/// "KARSU" → "Karsu".
pub fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
}

/// The reason a name written in another language or script joins an entity, with the
/// evidence: the skeleton both share.
pub fn across(first: &str, variant: &str) -> String {
    format!("{first} in another language or script (same consonant skeleton {})", skeleton(variant))
}

/// Given names of one person across languages: compatible in spelling, else one skeleton
/// (Nadia / Надия), or, for names of three consonant classes or more, skeletons one class
/// apart (Bakhyt / Bachyt: Czech writes "ch" for "kh").
pub fn sounds_alike(a: &str, b: &str) -> bool {
    if given_names_compatible(a, b) {
        return true;
    }
    let (sa, sb) = (skeleton(a), skeleton(b));
    sa == sb || (sa.len().min(sb.len()) >= 3 && one_apart(sa.as_bytes(), sb.as_bytes()))
}

/// Script of a word, coarsely: Latin (with its accented letters) or the Unicode block.
pub fn script_of(word: &str) -> u32 {
    word.chars().find(|c| c.is_alphabetic()).map_or(0, |c| if (c as u32) < 0x250 { 0 } else { c as u32 >> 7 })
}

/// A name matched by skeleton must still be spelt alike where the script is the same: endings
/// aside (Karimovová / Karimova), one script writes one name one way ("Travail" ≠ "Dorval").
/// True when no name of `others` is in `word`'s script.
pub fn spelt_alike<'a>(word: &str, others: impl Iterator<Item = &'a str>) -> bool {
    let (script, key) = (script_of(word), spelling_key(word));
    let mut same = others.filter(|o| script_of(o) == script).peekable();
    if same.peek().is_none() {
        return true;
    }
    same.any(|o| {
        let other = spelling_key(o);
        let common = key.chars().zip(other.chars()).take_while(|(a, b)| a == b).count();
        common >= 3 && common + 2 >= key.chars().count().min(other.chars().count())
    })
}

/// Whether two skeletons differ by one class substituted, inserted or dropped.
pub fn one_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[p + 1..] == long[p + 1..]
    } else {
        short[p..] == long[p + 1..]
    }
}

/// The skeletons a name may be found under across languages: its own and, when it has four
/// classes or more, without the last (a case or gender ending in a consonant: Kamranová /
/// Kamran, Λουζενίας / Lusenia, Karimovovin / Karimova).
pub fn sounds(word: &str) -> Vec<String> {
    let k = skeleton(word);
    let mut out = vec![k.clone()];
    if k.len() >= 4 {
        out.push(k[..k.len() - 1].to_string());
    }
    out
}

/// Initials of the capitalised words of a phrase ("Organization for Security and Cooperation
/// in Europe" → "OSCE").
pub fn initials(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// A single word written in capitals ("UN", "U.N.", "ITF"), dots dropped.
pub fn acronym_key(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())).then_some(letters)
}

pub static FACILITY: std::sync::LazyLock<std::collections::HashSet<String>> = std::sync::LazyLock::new(|| {
    super::gazetteer::entries(include_str!("../lexicon/facility_words.txt")).map(str::to_lowercase).collect()
});

/// The name's content words, stemmed and sorted: equal for reordered translations.
pub fn word_bag(name: &str) -> String {
    let mut words = crate::text::content_terms(name);
    words.sort();
    words.join(" ")
}

/// The words of a multi-word name that tell it apart: without organisation words, connectors
/// and titles ("Church of Scientology" → "Scientology", "Wikimedia Foundation" → "Wikimedia").
pub fn distinctive(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !is_org_word(w)
                && !is_title_word(w)
                && !FACILITY.contains(&w.to_lowercase())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name qualified by a known place in front ("US State Department") or after "of"
/// ("Comic Corps of Canada"): the name without it, and the place.
pub fn place_qualified(name: &str) -> Option<(String, String)> {
    let g = gazetteer();
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_place = |p: &str| g.get(p).is_some_and(|k| k.kind == EntityKind::Place);
    for k in (1..words.len()).rev() {
        let head = words[..k].join(" ");
        if is_place(&head) && words.len() - k >= 2 {
            return Some((words[k..].join(" "), head));
        }
    }
    let of = words.iter().rposition(|w| *w == "of")?;
    let tail = words[of + 1..].join(" ");
    (of >= 2 && is_place(&tail)).then(|| (words[..of].join(" "), tail))
}

/// A word and every form of it with one letter left out: two words one letter apart (added,
/// dropped or changed) share one of these.
pub fn one_letter_variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![word.to_string()];
    for i in 0..chars.len() {
        out.push(chars[..i].iter().chain(&chars[i + 1..]).collect());
    }
    out.sort();
    out.dedup();
    out
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
        assert!(given_names_compatible("Kristen", "Kristin") && !given_names_compatible("Maria", "Mario"));
    }

    #[test]
    fn given_name_variants_are_groups_not_chains() {
        assert!(given_names_compatible("Bill", "William") && given_names_compatible("Pyotr", "Peter"));
        assert!(given_name_variants("Harry", "Henry") && given_name_variants("Harry", "Harold"));
        assert!(!given_name_variants("Henry", "Harold") && !given_names_compatible("Maria", "Pieter"));
        assert!(is_given_name("Katherine") && !is_given_name("Jansen"));
    }
}
