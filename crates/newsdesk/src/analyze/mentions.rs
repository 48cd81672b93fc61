//! Finding name mentions in sentences. The named-entity model ([`super::ner`]) finds the names
//! and their kind; this module cleans each span the way a brief lists names: title words in
//! front of a person's name become its role ("Deputy Foreign Minister" + "Sergei Ryabkov"),
//! sentence-initial function words and trailing connectors are dropped, and a span made only of
//! group nouns, titles, nationality words or calendar words ("Police", "Officials", "Sept")
//! is no name at all. The gazetteer then gives known names their canonical form and kind.
//!
//! Input: the articles of a story. Output: every mention, in article and sentence order.
//! Invariant: a mention's `range` is a non-empty range of its sentence and `text` is that slice.

use super::gazetteer::{gazetteer, is_demonym, is_title_word};
use super::ner::features::in_class;
use super::ner::{self, NerKind};
use crate::text::regex;
use crate::text::terms::is_stopword;
use newsdesk_model::{Article, EntityKind, RemovalReason};
use regex::Regex;
use std::sync::LazyLock;

/// One mention of a name in one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Position of the article in the story.
    pub article: usize,
    /// Sentence index in the article (an index into `removed` when `in_caption`).
    pub sentence: usize,
    /// Found in a photo caption the clean stage removed: it shows the article names the
    /// entity, but there is no sentence to cite.
    pub in_caption: bool,
    /// Byte range of the name in the sentence text.
    pub range: std::ops::Range<usize>,
    /// The name as written (titles and possessive removed).
    pub text: String,
    /// Title and role words written in front of it ("Deputy Foreign Minister").
    pub role: String,
    /// Kind when the text itself tells (gazetteer, organisation word, title, speech cue).
    pub kind: Option<EntityKind>,
    /// Canonical name when the gazetteer knows it.
    pub known: Option<String>,
    /// Whether the mention starts its sentence (capitalisation then proves nothing).
    pub initial: bool,
}

impl Mention {
    /// Number of words in the name.
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// The last word of the name (a person's surname).
    pub fn last_word(&self) -> &str {
        self.text.split_whitespace().last().unwrap_or("")
    }
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| regex(r"[\p{L}\p{N}][\p{L}\p{N}’'.&-]*"));
static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?:\p{Lu}\.){2,}$"));
struct Token<'a> {
    text: &'a str,
    range: std::ops::Range<usize>,

}

fn tokens(sentence: &str) -> Vec<Token<'_>> {
    TOKEN
        .find_iter(sentence)
        .map(|m| {
            let mut text = m.as_str();
            for suffix in ["’s", "'s", "’", "'"] {
                if let Some(stripped) = text.strip_suffix(suffix) {
                    text = stripped;
                    break;
                }
            }
            if !ABBREVIATION.is_match(text) {
                text = text.trim_end_matches(['.', '-', '&']);
            }
            Token { text, range: m.start()..m.start() + text.len() }
        })
        .filter(|t| !t.text.is_empty())
        .collect()
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Capitalised words that start sentences or stand in titles without being names.
fn is_function_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_stopword(&lower)
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

/// Every name mention in the articles' sentences (and removed photo captions), in order.
pub fn find_mentions(articles: &[Article]) -> Vec<Mention> {
    use rayon::prelude::*;
    // Articles are tagged in parallel: the model is most of the analysis's time.
    let per_article: Vec<Vec<Mention>> = articles
        .par_iter()
        .enumerate()
        .map(|(ai, article)| {
            let captions: Vec<(usize, &str)> = article
                .removed
                .iter()
                .enumerate()
                .filter(|(_, r)| r.reason == RemovalReason::Caption)
                .map(|(ri, r)| (ri, r.text.as_str()))
                .collect();
            let texts: Vec<&str> =
                article.sentences.iter().map(|s| s.text.as_str()).chain(captions.iter().map(|c| c.1)).collect();
            let mut out = Vec::new();
            for (k, spans) in ner::tag_document(&texts).into_iter().enumerate() {
                let (index, in_caption) = match k.checked_sub(article.sentences.len()) {
                    Some(c) => (captions[c].0, true),
                    None => (k, false),
                };
                let from = out.len();
                for span in spans {
                    name_mention(texts[k], &span, ai, index, &mut out);
                }
                out[from..].iter_mut().for_each(|m| m.in_caption = in_caption);
            }
            out
        })
        .collect();
    per_article.into_iter().flatten().collect()
}

/// The text a mention was found in.
pub fn source_text<'a>(articles: &'a [Article], m: &Mention) -> &'a str {
    let a = &articles[m.article];
    if m.in_caption {
        &a.removed[m.sentence].text
    } else {
        &a.sentences[m.sentence].text
    }
}

/// Words that are never a name on their own: group nouns, titles, nationality and calendar
/// words, sentence-initial function words.
fn is_not_a_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_title_word(word)
        || is_demonym(word)
        || is_function_word(word)
        || in_class(&lower, "grp")
        || in_class(&lower, "cal")
        || in_class(&lower, "tz")
}

/// Turns one model span into a mention: role words split off, function words and trailing
/// connectors dropped, known names canonicalised.
fn name_mention(sentence: &str, span: &ner::NerSpan, article: usize, index: usize, out: &mut Vec<Mention>) {
    let NerKind::Entity(model_kind) = span.kind else { return };
    let words: Vec<Token<'_>> =
        tokens(sentence).into_iter().filter(|t| t.range.start >= span.range.start && t.range.end <= span.range.end).collect();
    let g = gazetteer();
    let mut first = 0;
    let mut role: Vec<&str> = Vec::new();
    // A known name as a whole keeps its words ("State Department", "General Assembly").
    let whole_known = words.first().zip(words.last()).and_then(|(a, b)| g.get(&sentence[a.range.start..b.range.end]));
    if whole_known.is_none() {
        while first < words.len() {
            let w = words[first].text;
            let rest_known = g.get(&sentence[words[first].range.start..words[words.len() - 1].range.end]).is_some();
            if rest_known && first > 0 {
                break;
            }
            if !capitalised(w) || is_function_word(w) || is_demonym(w) {
                first += 1;
            } else if is_title_word(w) && (model_kind == EntityKind::Person || model_kind == EntityKind::Other) {
                role.push(w);
                first += 1;
            } else {
                break;
            }
        }
    }
    // Trailing connectors and lowercase words are not part of a name.
    let end = words.iter().rposition(|t| capitalised(t.text) || t.text.chars().any(char::is_numeric)).map_or(0, |p| p + 1);
    if first >= end {
        return;
    }
    let words = &words[first..end];
    if words.iter().all(|t| is_not_a_name(t.text) || !capitalised(t.text)) {
        return;
    }
    let (Some(head), Some(last)) = (words.first(), words.last()) else { return };
    let mut range = head.range.start..last.range.end;
    // "The Hague": a capitalised article that belongs to a known name.
    let before = sentence[..range.start].trim_end();
    if before.ends_with("The") && g.get(&sentence[before.len() - 3..range.end]).is_some() {
        range.start = before.len() - 3;
    }
    let text = sentence[range.clone()].to_string();
    let known = g.get(&text);
    let kind = known.map_or(model_kind, |k| k.kind);
    let acronym_or_org = words.len() == 1 && is_acronym(head.text) && model_kind == EntityKind::Other;
    out.push(Mention {
        article,
        sentence: index,
        in_caption: false,
        initial: range.start == 0,
        range,
        text,
        role: role.join(" "),
        kind: Some(if acronym_or_org { EntityKind::Organization } else { kind }),
        known: known.map(|k| k.name.clone()),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{read_bytes, Ingested};

    /// (name or canonical name, role, kind) of each mention in one short article.
    fn names(text: &str) -> Vec<(String, String, Option<EntityKind>)> {
        let mut input = Ingested::default();
        read_bytes("t.txt", text.as_bytes(), &mut input);
        let articles: Vec<Article> = input.articles.iter().map(crate::clean::clean).collect();
        find_mentions(&articles).into_iter().map(|m| (m.known.unwrap_or(m.text), m.role, m.kind)).collect()
    }

    #[test]
    fn titles_become_roles() {
        let n = names("Deputy Foreign Minister Sergei Ryabkov met Secretary of State Anthony Blinken in Geneva on Monday.");
        assert!(n.contains(&("Sergei Ryabkov".into(), "Deputy Foreign Minister".into(), Some(EntityKind::Person))), "{n:?}");
        assert!(n.iter().any(|x| x.0 == "Anthony Blinken" && x.2 == Some(EntityKind::Person)), "{n:?}");
        assert!(n.iter().any(|x| x.0 == "Geneva" && x.2 == Some(EntityKind::Place)), "{n:?}");
        assert!(!n.iter().any(|x| x.0.contains("Monday")), "{n:?}");
    }

    #[test]
    fn group_nouns_and_calendar_words_are_not_names() {
        for word in ["Police", "Officials", "Supporters", "Sept", "Dutch", "GMT"] {
            assert!(is_not_a_name(word), "{word}");
        }
        assert!(!is_not_a_name("Jansen"));
    }

    #[test]
    fn known_names_are_canonical() {
        let n = names("The talks in Kiev were hosted by the U.S. embassy, a spokesman for the Organization for Security and Cooperation in Europe said.");
        let known: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert!(known.contains(&"Kyiv") && known.contains(&"United States"), "{known:?}");
    }
}
