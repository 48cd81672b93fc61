//! Words as features: lowercase word tokens, English stopwords removed, Snowball-stemmed,
//! the features every similarity in the project is built from.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// English function words and reporting filler that say nothing about a topic.
pub const STOPWORDS: &str = "a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say told according mr mrs ms dr s t don will would one two new also like get got";

static STOP: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| STOPWORDS.split_whitespace().collect());

/// Collapses runs of whitespace (including non-breaking spaces) to one space and trims.
pub fn normalize_space(s: &str) -> String {
    let trimmed = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    if is_normalized(trimmed) {
        return trimmed.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `s` already has single spaces only, none at either end (most text does). Reads
/// bytes: ASCII is judged directly, a multi-byte character is decoded at its first byte.
fn is_normalized(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut prev_space = true;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while they are printable ASCII or single spaces, the common
        // case in running text; anything else goes byte by byte.
        if let Some(chunk) = bytes.get(i..i + 8) {
            const LOW: u64 = 0x0101_0101_0101_0101;
            const HIGH: u64 = LOW * 0x80;
            const SEVEN: u64 = LOW * 0x7f;
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // Some byte below 0x20 (exact for "any") or at or above 0x80.
            let other = (x.wrapping_sub(LOW * 0x20) & !x & HIGH) | (x & HIGH);
            if other == 0 {
                // 0x80 in exactly the bytes that are spaces (no carry between bytes).
                let v = x ^ (LOW * 0x20);
                let spaces = !(((v & SEVEN) + SEVEN) | v | SEVEN);
                if spaces & (spaces << 8) != 0 || (prev_space && spaces & 0x80 != 0) {
                    return false;
                }
                prev_space = spaces >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let (space, plain) = match b {
            b' ' => (true, true),
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => (true, false),
            0..0x80 => (false, true),
            // A continuation byte: its character was judged at its first byte.
            0x80..0xc0 => {
                i += 1;
                continue;
            }
            _ => match s[i..].chars().next() {
                Some(c) if c.is_whitespace() || c == '\u{a0}' => (true, false),
                _ => (false, true),
            },
        };
        if space && (prev_space || !plain) {
            return false;
        }
        prev_space = space;
        i += 1;
    }
    !prev_space || s.is_empty()
}

/// `s.split_whitespace().count().min(limit)`, stopping early: a byte scan, eight bytes at
/// a time through printable ASCII, costs a fraction of the iterator's, and clean and the
/// sentence index count the words of every block and sentence.
pub fn word_count_up_to(s: &str, limit: usize) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = LOW * 0x80;
    const SEVEN: u64 = LOW * 0x7f;
    let bytes = s.as_bytes();
    let (mut count, mut in_word) = (0, false);
    let mut i = 0;
    while i < bytes.len() && count < limit {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // No byte below 0x20 nor at or above 0x80: the spaces are the only whitespace.
            if (x.wrapping_sub(LOW * 0x20) & !x & HIGH) | (x & HIGH) == 0 {
                // 0x80 in exactly the bytes that are spaces (no carry between bytes).
                let v = x ^ (LOW * 0x20);
                let spaces = !(((v & SEVEN) + SEVEN) | v | SEVEN);
                let letters = !spaces & HIGH;
                // A word starts at a non-space after a space (or after whatever came before).
                let after_space = (spaces << 8) | if in_word { 0 } else { 0x80 };
                count += (letters & after_space).count_ones() as usize;
                in_word = letters >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        let space = match b {
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
            0..0x80 => false,
            // A continuation byte belongs to the character judged at its first byte.
            0x80..0xc0 => continue,
            // Only these first bytes begin a non-ASCII whitespace character (U+0085, U+00A0,
            // U+1680, U+2000–U+205F, U+3000).
            0xc2 | 0xe1 | 0xe2 | 0xe3 => s[i - 1..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
        }
    }
    count.min(limit)
}

/// `s.split_whitespace().count()`, by [`word_count_up_to`].
pub fn word_count(s: &str) -> usize {
    word_count_up_to(s, usize::MAX)
}

/// Whether a lowercase word is a stopword.
pub fn is_stopword(lower: &str) -> bool {
    STOP.contains(lower)
}

/// The English (Snowball) stem of a lowercase word.
pub fn stem(lower: &str) -> std::borrow::Cow<'_, str> {
    STEMMER.stem(lower)
}

/// A lowercase word's stem by its script, for text of any language without knowing which:
/// Cyrillic words by the Russian stemmer, Greek by the Greek one, Arabic script by the Arabic
/// one (each script's main language among Snowball's), everything else by the English one.
/// A story told in an inflected language keeps its word forms together ("Каримова",
/// "Каримовой"; "σεισμός", "σεισμού").
pub fn stem_by_script(lower: &str) -> std::borrow::Cow<'_, str> {
    static RUSSIAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Russian));
    static GREEK: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Greek));
    static ARABIC: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Arabic));
    match lower.chars().next() {
        Some('\u{0400}'..='\u{04FF}') => RUSSIAN.stem(lower),
        Some('\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}') => GREEK.stem(lower),
        Some('\u{0600}'..='\u{06FF}') => ARABIC.stem(lower),
        _ => STEMMER.stem(lower),
    }
}

/// Stemmed, lowercase content words of `text` (stopwords, one-letter words and pure
/// numbers dropped), in order.
pub fn content_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_term(text, |t| out.push(t.to_string()));
    out
}

/// Calls `f` with each of [`content_terms`] in turn, without allocating per word: the hot
/// path of vectorising a story's sentences.
pub fn for_each_term(text: &str, mut f: impl FnMut(&str)) {
    TERMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            if let Some(term) = cache.get(w) {
                if let Some(stem) = term {
                    f(stem);
                }
                continue;
            }
            // "The", "Talks": the lowercase word's entry serves (ASCII only, where lowercasing
            // keeps every character's count and class, so both words have the same term).
            let lower_hit = (w.is_ascii() && w.bytes().any(|b| b.is_ascii_uppercase()))
                .then(|| cache.get(w.to_ascii_lowercase().as_str()).cloned())
                .flatten();
            let term = lower_hit.unwrap_or_else(|| term_of(w));
            if let Some(stem) = &term {
                f(stem);
            }
            if cache.len() >= STEM_CACHE_MAX {
                cache.clear();
            }
            cache.insert(w.into(), term);
        }
    });
}

/// The stemmed term of one word as written, `None` for words that are no content term.
fn term_of(w: &str) -> Option<Box<str>> {
    if w.chars().nth(1).is_none() || !w.chars().any(char::is_alphabetic) {
        return None;
    }
    let lower = w.to_lowercase();
    (!is_stopword(&lower)).then(|| STEMMER.stem(&lower).into())
}

thread_local! {
    /// Terms of the words this thread has seen, keyed as written: news vocabulary repeats, and
    /// lowercasing, the stopword test and Snowball cost more than one lookup.
    static TERMS: std::cell::RefCell<FxHashMap<Box<str>, Option<Box<str>>>> = Default::default();
}

/// Entries kept in a thread's stem cache before it starts over (bounds memory).
const STEM_CACHE_MAX: usize = 1 << 17;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stemmed_without_stopwords() {
        assert_eq!(
            content_terms("The talks were difficult, Ryabkov said of 2 meetings."),
            ["talk", "difficult", "ryabkov", "meet"]
        );
    }

    #[test]
    fn each_script_by_its_stemmer() {
        assert_eq!(stem_by_script("каримовой"), stem_by_script("каримова"));
        assert_eq!(stem_by_script("σεισμού"), stem_by_script("σεισμός"));
        assert_eq!(stem_by_script("meetings"), "meet");
        assert_eq!(stem_by_script("ferry"), stem("ferry"));
    }

    #[test]
    fn whitespace_is_normalised() {
        assert_eq!(normalize_space("  a\u{a0} b\n\tc "), "a b c");
        assert_eq!(normalize_space("café — naïve"), "café — naïve");
        assert_eq!(normalize_space("a\u{2003}b \u{85}c"), "a b c");
        assert!(is_normalized("é ü") && !is_normalized("é\u{a0}ü") && !is_normalized("a  b") && !is_normalized(" a"));
        // The eight-byte path: spaces at chunk edges, doubled across a chunk boundary.
        assert!(is_normalized("abcdefg hijklmn opqrstu v") && is_normalized("a b c d e f g h i j k"));
        assert!(
            !is_normalized("abcdefg  hijklmn") && !is_normalized("abcdefgh ") && !is_normalized("abcdefg\thijklmn")
        );
        assert!(
            !is_normalized("abcd  efgh")
                && !is_normalized("abcdefghijklmnop\u{a0}q")
                && is_normalized("abcdefghijklmnopé")
        );
    }

    #[test]
    fn words_are_counted_like_split_whitespace() {
        for s in ["", " ", "a", " a  b\tc\n", "é\u{a0}ü\u{2003}x\u{3000}y\u{85}z\u{1680}w", "a\u{2028}b\u{202f}c—d"]
        {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
            assert_eq!(word_count_up_to(s, 2), s.split_whitespace().count().min(2), "{s:?}");
        }
        let symbols = ["a", "bc", " ", " ", "\t", "é", "\u{a0}", "\u{2003}", ".", "\u{1}", "xyz"];
        let mut seed = 99u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = (seed >> 58) as usize;
            let s: String =
                (0..len).map(|k| symbols[((seed >> (k % 40)) as usize ^ (k * 13)) % symbols.len()]).collect();
            let n = s.split_whitespace().count();
            assert_eq!(word_count(&s), n, "{s:?}");
            assert_eq!(word_count_up_to(&s, 3), n.min(3), "{s:?}");
        }
        // Every character whose UTF-8 form starts with a byte the scan does not decode is
        // no whitespace.
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|c| c.is_whitespace() && !c.is_ascii()) {
            assert!([0xc2, 0xe1, 0xe2, 0xe3].contains(&c.encode_utf8(&mut [0; 4]).as_bytes()[0]), "{c:?}");
        }
    }

    #[test]
    fn normalized_test_agrees_with_its_definition() {
        let reference = |s: &str| normalize_space(s) == s && !s.contains(['\t', '\n', '\u{a0}', '\u{2003}']);
        let symbols = ['a', 'b', ' ', ' ', '\t', 'é', '\u{a0}', '\u{2003}', '.', '~'];
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = (seed >> 59) as usize + (seed >> 62) as usize * 8;
            let s: String =
                (0..len).map(|k| symbols[((seed >> (k % 50)) as usize ^ k.wrapping_mul(7)) % symbols.len()]).collect();
            assert_eq!(is_normalized(&s), reference(&s), "{s:?}");
        }
    }
}
