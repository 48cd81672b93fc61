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
    let mut prev_space = true;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let (space, plain) = match b {
            b' ' => (true, true),
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => (true, false),
            0..0x80 => (false, true),
            // A continuation byte: its character was judged at its first byte.
            0x80..0xc0 => continue,
            _ => match s[i..].chars().next() {
                Some(c) if c.is_whitespace() || c == '\u{a0}' => (true, false),
                _ => (false, true),
            },
        };
        if space && (prev_space || !plain) {
            return false;
        }
        prev_space = space;
    }
    !prev_space || s.is_empty()
}

/// Whether a lowercase word is a stopword.
pub fn is_stopword(lower: &str) -> bool {
    STOP.contains(lower)
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
            let term = term_of(w);
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
    fn whitespace_is_normalised() {
        assert_eq!(normalize_space("  a\u{a0} b\n\tc "), "a b c");
        assert_eq!(normalize_space("café — naïve"), "café — naïve");
        assert_eq!(normalize_space("a\u{2003}b \u{85}c"), "a b c");
        assert!(is_normalized("é ü") && !is_normalized("é\u{a0}ü") && !is_normalized("a  b") && !is_normalized(" a"));
    }
}
