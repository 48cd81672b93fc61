//! Name comparison that survives transliteration: Ryabkov/Riabkov, Antony/Anthony,
//! Dmitri/Dmitry, Catherine/Katherine. Spelling keys only, no guessing: two surnames match
//! when their keys are equal, never on string similarity alone (Guterres ≠ Gutierrez).

use deunicode::deunicode;

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

/// Whether two given names can be the same person's: equal keys, or one is an initial of
/// the other ("J." / "Jens").
pub fn given_names_compatible(a: &str, b: &str) -> bool {
    let (ka, kb) = (spelling_key(a), spelling_key(b));
    if ka == kb {
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
}
