//! The named-entity model's tokens: words, abbreviations and single punctuation marks of one
//! sentence, with their byte ranges.
//!
//! Input: a sentence's text. Output: tokens in order, never overlapping, never empty. A
//! possessive ending ("'s", "’s") is a token of its own so that "Russia's" tags "Russia";
//! words joined by hyphens or apostrophes stay one token ("Kremlin-backed", "O'Brien").
//! Training and tagging both tokenise here, so the model always sees the same tokens.

use crate::text::regex;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Its byte range in the sentence.
    pub range: Range<usize>,
}

/// Dotted abbreviations ("U.S.", "U.N."), words with inner hyphens, apostrophes, dots between
/// letters or ampersands ("AT&T"), numbers with separators, or any other single character.
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&.,][\p{L}\p{M}\p{N}]+)*|\S"));

/// Splits a sentence into tokens.
pub fn tokenize(sentence: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(sentence.len() / 5 + 1);
    for m in TOKEN.find_iter(sentence) {
        let (start, text) = (m.start(), m.as_str());
        // A possessive ending is a token of its own; "it's" (no capital) stays whole, which
        // never matters for names.
        let cut = ["'s", "’s", "'S", "’S"].iter().find_map(|suffix| {
            text.strip_suffix(suffix)
                .filter(|stem| stem.chars().next().is_some_and(char::is_uppercase) && stem.len() > 1)
                .map(str::len)
        });
        match cut {
            Some(cut) => {
                out.push(Token { text: &text[..cut], range: start..start + cut });
                out.push(Token { text: &text[cut..], range: start + cut..start + text.len() });
            }
            None => out.push(Token { text, range: start..start + text.len() }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_punctuation_and_possessives() {
        assert_eq!(
            words("Russia's envoy met the U.S. team (in Geneva), O'Brien said."),
            [
                "Russia", "'s", "envoy", "met", "the", "U.S.", "team", "(", "in", "Geneva", ")", ",", "O'Brien",
                "said", "."
            ]
        );
        assert_eq!(
            words("A Kremlin-backed “plan” for 1,200 AT&T staff"),
            ["A", "Kremlin-backed", "“", "plan", "”", "for", "1,200", "AT&T", "staff"]
        );
    }

    #[test]
    fn ranges_point_into_the_sentence() {
        let s = "Ms. Jansen’s union";
        for t in tokenize(s) {
            assert_eq!(&s[t.range.clone()], t.text);
        }
        assert_eq!(words(s), ["Ms", ".", "Jansen", "’s", "union"]);
    }
}
