//! Capitals that prove nothing. In a title-cased line ("Colic Prevalence: A Systematic
//! Review") every word is capitalised, and the first words of any sentence are; there a span
//! the model reads as a name is one only if the story does not write it as common words:
//! - in a title-cased line, a span all of whose capitalised words the story also writes in
//!   lowercase ("infants", "review");
//! - at the start of a sentence, a span the story also writes, whole, in lowercase ("Shrew
//!   rats …" where the story speaks of "shrew rats").
//!
//! Such spans are dropped; the story-level pass after this one puts back any name the model
//! found in running text.

use super::mentions::{source_text, Mention};
use super::span_words::headline_cased;
use newsdesk_model::Article;
use std::collections::HashSet;

/// Drops the mentions above. `lower`: the words the story writes in lowercase.
pub(super) fn drop_unproven(articles: &[Article], lower: &HashSet<&str>, out: &mut Vec<Mention>) {
    let sentences = || articles.iter().flat_map(|a| a.sentences.iter()).map(|s| s.text.as_str());
    let words_common = |m: &Mention| {
        let mut words = m.text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
        words.peek().is_some()
            && words
                .all(|w| !w.chars().next().is_some_and(char::is_uppercase) || lower.contains(w.to_lowercase().as_str()))
    };
    let phrases: Vec<String> = out
        .iter()
        .filter(|m| m.initial && m.known.is_none() && m.words() >= 2)
        .map(|m| m.text.to_lowercase())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let phrases_common = written_in_lowercase(&phrases, sentences());
    out.retain(|m| {
        if m.known.is_some() || m.matched.is_some() {
            return true;
        }
        let title_case = headline_cased(source_text(articles, m)) && words_common(m);
        let initial =
            m.initial && if m.words() == 1 { words_common(m) } else { phrases_common.contains(&m.text.to_lowercase()) };
        !(title_case || initial)
    });
}

/// The `phrases` (lowercase) that some sentence writes as they are, between word boundaries.
fn written_in_lowercase<'a>(phrases: &[String], sentences: impl Iterator<Item = &'a str>) -> HashSet<String> {
    let mut found = HashSet::new();
    if phrases.is_empty() {
        return found;
    }
    let Ok(ac) = aho_corasick::AhoCorasick::new(phrases) else { return found };
    for s in sentences {
        for hit in ac.find_overlapping_iter(s) {
            let r = hit.range();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if boundary(s[..r.start].chars().next_back()) && boundary(s[r.end..].chars().next()) {
                found.insert(phrases[hit.pattern().as_usize()].clone());
            }
        }
    }
    found
}
