//! Cross-script name keys: a name written in any script — Karimova, Каримова, كريموفا,
//! קרימובה, Καρίμοβα, करीमोवा — reduced to one key, so that reports of one event in several
//! languages can be matched by the names they share (EMM's language-independent evidence).
//!
//! The key is a consonant skeleton of the name's Latin transliteration (`deunicode`): vowels
//! and the letters scripts use as vowels (y, h, a leading w) dropped, consonants folded into classes
//! that transliterations confuse (b/p/f/v, c/k/q/g, d/t, s/z/x/j and digraphs such as "kh",
//! "sh", "ts"), repeats collapsed — Soundex's idea, across scripts. Abjads (Arabic, Hebrew)
//! write few vowels, so vowel-free keys are what makes them comparable at all. Skeletons
//! collide more than spellings: callers weigh keys by how rare they are.

use std::hash::{Hash, Hasher};

/// Fewest consonant classes a key keeps: shorter skeletons match too many names.
const MIN_CONSONANTS: usize = 3;

/// The name key of a word (`None` when its skeleton is too short to tell names apart).
pub fn name_key(word: &str) -> Option<u32> {
    let latin;
    let ascii = if word.is_ascii() {
        word
    } else {
        latin = deunicode::deunicode(word);
        &latin
    };
    let mut skeleton = [0u8; 24];
    let n = classes(ascii, &mut skeleton);
    (n >= MIN_CONSONANTS).then(|| {
        let mut h = rustc_hash::FxHasher::default();
        skeleton[..n].hash(&mut h);
        h.finish() as u32
    })
}

/// The consonant skeleton of a name as letters ("Karimova" → "KRMB"), of any length, for
/// comparing the words of two names (the entity table matches given names of two classes).
/// Before transliterating, the letters `deunicode` renders too plainly are spelt out as they
/// sound: Slavic č/ć as "ch", š as "sh", ž as "zh", Greek ντ/μπ/γκ as d/b/g (Dravić, Дравич,
/// Ντράβιτς and درافيتش then agree).
pub fn skeleton(word: &str) -> String {
    let chars: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut spelt = String::with_capacity(word.len() + 4);
    let mut i = 0;
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        match (chars[i], next) {
            ('č' | 'ć', _) => spelt.push_str("ch"),
            ('š', _) => spelt.push_str("sh"),
            ('ž', _) => spelt.push_str("zh"),
            // Word-final ντ is "nt" (Σαράντ, Sarand); elsewhere it writes a d (Ντράβιτς).
            ('ν', Some('τ')) if !chars.get(i + 2).is_some_and(|c| c.is_alphabetic()) => spelt.push_str("nt"),
            ('ν', Some('τ')) | ('μ', Some('π')) | ('γ', Some('κ')) => {
                spelt.push(match chars[i] {
                    'ν' => 'd',
                    'μ' => 'b',
                    _ => 'g',
                });
                i += 1;
            }
            (c, _) => spelt.push(c),
        }
        i += 1;
    }
    let ascii = deunicode::deunicode(&spelt);
    let mut out = [0u8; 24];
    let n = classes(&ascii, &mut out);
    out[..n].iter().map(|&b| b as char).collect()
}

/// Fills `skeleton` with the consonant classes of an ASCII spelling; returns how many.
fn classes(ascii: &str, skeleton: &mut [u8; 24]) -> usize {
    let mut n = 0;
    let bytes = ascii.as_bytes();
    let mut i = 0;
    while i < bytes.len() && n < skeleton.len() {
        let c = bytes[i].to_ascii_lowercase();
        let next = bytes.get(i + 1).map(u8::to_ascii_lowercase);
        // Digraphs first: one sound, one class.
        let (class, width) = match (c, next) {
            (b'k' | b'g', Some(b'h')) => (b'K', 2),
            (b's' | b'z' | b'c', Some(b'h')) => (b'S', 2),
            (b't' | b'd', Some(b'h')) => (b'T', 2),
            (b'p', Some(b'h')) => (b'B', 2),
            (b't' | b'd', Some(b's' | b'z')) => (b'S', 2),
            (b'b' | b'p' | b'f' | b'v', _) => (b'B', 1),
            // "-ow" is "-ov" in German and Polish spelling; a leading w is a semivowel.
            (b'w', _) if i > 0 => (b'B', 1),
            (b'c' | b'k' | b'q' | b'g', _) => (b'K', 1),
            (b'd' | b't', _) => (b'T', 1),
            (b's' | b'z' | b'x' | b'j', _) => (b'S', 1),
            (b'l', _) => (b'L', 1),
            (b'r', _) => (b'R', 1),
            (b'm', _) => (b'M', 1),
            (b'n', _) => (b'N', 1),
            _ => (0, 1),
        };
        i += width;
        if class != 0 && (n == 0 || skeleton[n - 1] != class) {
            skeleton[n] = class;
            n += 1;
        }
    }
    n
}

/// Whether a letter belongs to a script without letter case (Arabic, Hebrew, the Indic
/// scripts, Thai...): there every word may be a name, as far as case can tell.
pub fn caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase() && !is_cjk(c)
}

/// Han ideographs, kana and hangul: names there are not spelt by sound letter by letter.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The word without a clitic an abjad writes attached to the next word (Arabic "al-", "wa-",
/// "bi-", "li-"; Hebrew "ha-", "ve-", "be-", "le-", "mi-"), when what is left is still a word.
pub fn without_clitic(word: &str) -> Option<&str> {
    const ARABIC: [&str; 2] = ["ال", "وال"];
    for prefix in ARABIC {
        if let Some(rest) = word.strip_prefix(prefix).filter(|r| r.chars().count() >= 3) {
            return Some(rest);
        }
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let clitic = matches!(first, 'و' | 'ب' | 'ل' | 'ف' | 'ك' | 'ה' | 'ו' | 'ב' | 'ל' | 'מ' | 'ש' | 'כ');
    (clitic && rest.chars().count() >= 3).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_in_many_scripts_has_one_key() {
        let key = name_key("Karimova");
        assert!(key.is_some());
        for spelling in ["Каримова", "Καρίμοβα", "करीमोवा", "קרימובה", "كريموفا", "KARIMOVA", "Qarimova", "Karimowa"]
        {
            assert_eq!(name_key(spelling), key, "{spelling} → {}", deunicode::deunicode(spelling));
        }
        let key = name_key("Ryabkov");
        for spelling in ["Рябков", "Riabkov", "Ryabkow"] {
            assert_eq!(name_key(spelling), key, "{spelling} → {}", deunicode::deunicode(spelling));
        }
    }

    #[test]
    fn skeletons_agree_across_scripts_and_cases() {
        let dravic = skeleton("Dravić");
        for spelling in ["Dravič", "Дравич", "Ντράβιτς", "درافيتش"] {
            assert_eq!(skeleton(spelling), dravic, "{spelling}");
        }
        // Case endings are vowels: Karimovová, Каримовой and Karimova share one skeleton.
        assert_eq!(skeleton("Karimovová"), skeleton("Каримовой"));
        assert_eq!(skeleton("Teodor"), skeleton("Θεόντορ"));
        assert_eq!(skeleton("Port Sarand"), skeleton("Πορτ Σαράντ"));
        assert_eq!(skeleton("Brandt"), skeleton("Μπραντ"));
        assert_ne!(skeleton("Karimova"), skeleton("Kasparova"));
    }

    #[test]
    fn different_names_have_different_keys() {
        assert_ne!(name_key("Karimova"), name_key("Kasparova"));
        assert_eq!(name_key("Lee"), None);
    }

    #[test]
    fn clitics_come_off_abjad_words() {
        assert_eq!(without_clitic("والكريموفا"), Some("كريموفا"));
        assert_eq!(without_clitic("وكريموفا"), Some("كريموفا"));
        assert_eq!(without_clitic("הקרימובה"), Some("קרימובה"));
        assert_eq!(without_clitic("בו"), None);
        assert!(caseless_letter('ك') && caseless_letter('क') && !caseless_letter('K') && !caseless_letter('中'));
    }
}
