//! Text primitives shared by the stages: sentence splitting, word tokens with stemming and
//! stopwords, and sparse term vectors for similarity. No stage logic lives here.

pub mod central;
pub mod corpus;
pub mod lang;
pub mod phonetic;
pub mod sentences;
pub mod sparse;
pub mod terms;
pub mod urls;

pub use corpus::SentenceIndex;
pub use sentences::split_sentences;
pub use sparse::{SparseVec, Vocabulary};
pub use terms::{content_terms, normalize_space, word_count, word_count_up_to};

/// Compiles a built-in pattern with ASCII word boundaries. A Unicode `\b` cannot run on the
/// regex crate's DFA when the text holds non-ASCII characters, and the NFA fallback is many
/// times slower; our patterns put `\b` only next to ASCII words, so the meaning is the same.
pub(crate) fn regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("built-in patterns are valid")
}
