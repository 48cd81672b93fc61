//! Text primitives shared by the stages: sentence splitting, word tokens with stemming and
//! stopwords, sparse term vectors for similarity, disjoint sets. No stage logic lives here.

pub mod central;
pub mod corpus;
pub mod lang;
pub mod phonetic;
pub mod segment;
pub mod sentence_model;
pub mod sentences;
pub mod sparse;
pub mod terms;
pub mod union_find;
pub mod urls;

pub use corpus::SentenceIndex;
pub use sentences::split_sentences;
pub use sparse::{SparseVec, Vocabulary};
pub use terms::{content_terms, normalize_space, word_count, word_count_up_to};
pub use union_find::UnionFind;

/// Compiles a built-in pattern with ASCII word boundaries. A Unicode `\b` cannot run on the
/// regex crate's DFA when the text holds non-ASCII characters, and the NFA fallback is many
/// times slower; our patterns put `\b` only next to ASCII words, so the meaning is the same.
pub(crate) fn regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("built-in patterns are valid")
}

/// [`regex`] for a pattern that runs on few short texts (behind a gate): the NFA engines
/// only, without the lazy DFA and the reverse NFA it needs, which halves the compile time
/// of patterns with bounded Unicode repetitions. Same matches, found more slowly.
pub(crate) fn rare_regex(pattern: &str) -> regex_automata::meta::Regex {
    regex_automata::meta::Regex::builder()
        .configure(regex_automata::meta::Config::new().hybrid(false))
        .build(&pattern.replace(r"\b", r"(?-u:\b)"))
        .expect("built-in patterns are valid")
}

/// The speech verbs of `lexicon/speech_verbs.txt` ("said", "told", …) as a regex alternation:
/// the one list the quote finder and the sentence splitter's attribution repair share.
pub(crate) fn speech_verbs() -> &'static str {
    static VERBS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let verbs: Vec<&str> = include_str!("../lexicon/speech_verbs.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        verbs.join("|")
    });
    &VERBS
}
