//! Word tests for reading a model span as a name: which capitalised words are function
//! words, which lowercase words end a name, when "and" joins two names, and whether a
//! sentence is in title case (where a capital proves nothing).

use super::gazetteer::gazetteer;
use super::ner::features::in_class;
use crate::text::terms::is_stopword;
use std::sync::LazyLock;

pub(super) fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Capitalised words that start sentences or stand in titles without being names.
pub(super) fn is_function_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    // "New", "One", "Two" are in the similarity stopwords but start names ("New Zealand").
    (is_stopword(&lower) && !matches!(lower.as_str(), "new" | "one" | "two"))
        || in_class(&lower, "cal")
        || in_class(&lower, "tz")
        || matches!(
            lower.as_str(),
            "meanwhile"
                | "however"
                | "according"
                | "following"
                | "among"
                | "even"
                | "nonetheless"
                | "furthermore"
                | "naturally"
                | "monday’s"
                | "last"
                | "next"
                | "senior"
                | "both"
                | "several"
                | "many"
                | "direct"
                | "due"
                | "head"
        )
}

/// A given name of the census or the names lexicon ("Theresa").
pub(super) fn is_given_name_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    in_class(&lower, "given") || in_class(&lower, "cgiven")
}

/// A sentence written in title case (a headline): most of its words capitalised, and either
/// none in lowercase or a function word capitalised after the first word ("… Return To The
/// Valley"). A list of names in running text ("IBM, Computer Sciences Corp. and CGI") is not.
pub(super) fn headline_cased(sentence: &str) -> bool {
    let (mut words, mut caps, mut function_caps) = (0, 0, 0);
    for (i, w) in sentence.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).enumerate()
    {
        words += 1;
        if capitalised(w) {
            caps += 1;
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            function_caps +=
                usize::from(i > 0 && is_stopword(&bare) && !matches!(bare.as_str(), "new" | "one" | "two"));
        }
    }
    words >= 4 && caps * 10 >= words * 7 && (caps == words || function_caps > 0)
}

/// A content word written all in lowercase: neither a connector names use ("of", "de",
/// "al"; short words, which are connectors in other languages too: "en", "et", "v.") nor a
/// function word ("on" in "Council on Foreign Relations").
pub(super) fn is_common_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !word.chars().any(|c| c.is_uppercase() || c.is_numeric())
        && !in_class(word, "conn")
        && (!is_stopword(word) || SPEECH_VERBS.contains(word))
}

/// The verbs of saying, which the similarity stopwords hold ("said", "told") but which end
/// a name all the same ("Southwest Airlines told …").
static SPEECH_VERBS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| crate::text::speech_verbs().split('|').collect());

/// Whether `and` in `range` joins two names rather than sitting inside one: the span as a
/// whole is not a known name and one side of it is.
pub(super) fn joins_two_names(sentence: &str, range: &std::ops::Range<usize>, and: &std::ops::Range<usize>) -> bool {
    let g = gazetteer();
    let (left, right) = (sentence[range.start..and.start].trim(), sentence[and.end..range.end].trim());
    g.get(&sentence[range.clone()]).is_none() && (g.get(left).is_some() || g.get(right).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_is_title_cased_and_a_list_of_names_is_not() {
        assert!(headline_cased("Why Shrew Rats Came Back To Valley Farms"));
        assert!(headline_cased("Harbour Strike Ends After Nine Days"));
        assert!(!headline_cased(
            "Four firms applied: IBM, Computer Sciences Corp., Quality Software Services and CGI Federal."
        ));
        assert!(!headline_cased("The strike at the harbour ended on Monday."));
    }

    #[test]
    fn common_words_end_names_but_connectors_do_not() {
        assert!(is_common_word("organization") && is_common_word("told"));
        assert!(!is_common_word("of") && !is_common_word("en") && !is_common_word("al-Assad") && !is_common_word("on"));
    }
}
