//! Finding name mentions in sentences: capitalised phrases split into gazetteer matches,
//! organisation names and person names, with the titles in front of a name kept as its role
//! ("Deputy Foreign Minister" + "Sergei Ryabkov").

use super::gazetteer::{gazetteer, is_demonym, is_org_word, is_title_word};
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
static SPEECH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*(?:,[^,]{0,60},\s*|,\s*)?(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|stated|warned|warns|insisted|stressed|noted|explained|argued|asked|replied|responded|wrote|tweeted|declared|announced)\b",
    )
});
static SPEECH_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)(?:said|says|added|adds|according to|warned|warns|asked|told|wrote)\s*$"));
static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:\b(?:in|near|outside|to|from|at|on)(?:\s+the)?|city of|town of|village of|region of|province of)\s+$",
    )
});

/// "Terminal 3", "Gate 4": a numbered facility, not a place name of its own.
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| regex(r"^\s\d"));

/// Lowercase words that may sit inside a name ("Organization for Security and Cooperation in
/// Europe", "Jan de Wit").
const CONNECTORS: [&str; 14] =
    ["of", "for", "and", "the", "de", "da", "del", "van", "von", "der", "den", "al", "bin", "in"];

const CALENDAR: &str = "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december";

struct Token<'a> {
    text: &'a str,
    range: std::ops::Range<usize>,
    possessive: bool,
}

fn tokens(sentence: &str) -> Vec<Token<'_>> {
    TOKEN
        .find_iter(sentence)
        .map(|m| {
            let mut text = m.as_str();
            let mut possessive = false;
            for suffix in ["’s", "'s", "’", "'"] {
                if let Some(stripped) = text.strip_suffix(suffix) {
                    text = stripped;
                    possessive = true;
                    break;
                }
            }
            if !ABBREVIATION.is_match(text) {
                text = text.trim_end_matches(['.', '-', '&']);
            }
            Token { text, range: m.start()..m.start() + text.len(), possessive }
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
        || CALENDAR.split(' ').any(|c| c == lower)
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
                | "gmt"
                | "utc"
                | "cet"
                | "est"
                | "edt"
                | "pst"
        )
}

/// Every name mention in the articles' sentences (and removed photo captions), in order.
pub fn find_mentions(articles: &[Article]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (ai, article) in articles.iter().enumerate() {
        for (si, sentence) in article.sentences.iter().enumerate() {
            mentions_in(&sentence.text, ai, si, &mut out);
        }
        for (ri, removed) in article.removed.iter().enumerate() {
            if removed.reason == RemovalReason::Caption {
                let from = out.len();
                mentions_in(&removed.text, ai, ri, &mut out);
                out[from..].iter_mut().for_each(|m| m.in_caption = true);
            }
        }
    }
    out
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

fn mentions_in(sentence: &str, article: usize, index: usize, out: &mut Vec<Mention>) {
    let toks = tokens(sentence);
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(toks[i].text) {
            i += 1;
            continue;
        }
        // A span: capitalised words, joined by single spaces or lowercase connectors, ended
        // by punctuation or a possessive.
        let mut j = i + 1;
        let plural_possessive_in_name =
            toks[i].text.ends_with('s') && toks.get(1 + i).is_some_and(|n| is_org_word(n.text));
        if !toks[i].possessive || plural_possessive_in_name {
            while j < toks.len() {
                // A plural possessive's apostrophe may sit in the gap ("Dockworkers' Union").
                let gap = &sentence[toks[j - 1].range.end..toks[j].range.start];
                if gap.trim_start_matches(['\'', '’']) != " " {
                    break;
                }
                let t = &toks[j];
                if capitalised(t.text) {
                    j += 1;
                    // "Dockworkers' Union": a plural possessive inside an organisation's name.
                    let in_name = t.text.ends_with('s') && toks.get(j).is_some_and(|n| is_org_word(n.text));
                    if t.possessive && !in_name {
                        break;
                    }
                } else if CONNECTORS.contains(&t.text) && toks.get(j + 1).is_some_and(|n| capitalised(n.text)) {
                    j += 1;
                } else {
                    break;
                }
            }
        }
        segment(sentence, &toks[i..j], article, index, out);
        i = j;
    }
}

/// Splits one capitalised span into gazetteer entries, roles and names.
fn segment(sentence: &str, span: &[Token<'_>], article: usize, index: usize, out: &mut Vec<Mention>) {
    let g = gazetteer();
    let mut role: Vec<&str> = Vec::new();
    let mut rest_start: Option<usize> = None;
    let mut k = 0;
    let flush = |from: Option<usize>, to: usize, role: &mut Vec<&str>, out: &mut Vec<Mention>| {
        if let Some(from) = from {
            name_mention(sentence, &span[from..to], role, article, index, out);
        }
        role.clear();
    };
    while k < span.len() {
        let word = span[k].text;
        // Longest gazetteer match starting here.
        let longest = (1..=g.max_words.min(span.len() - k)).rev().find_map(|n| {
            let phrase = &sentence[span[k].range.start..span[k + n - 1].range.end];
            g.get(phrase).map(|known| (n, known))
        });
        if let Some((n, known)) = longest {
            flush(rest_start.take(), k, &mut role, out);
            let range = span[k].range.start..span[k + n - 1].range.end;
            out.push(Mention {
                article,
                sentence: index,
                in_caption: false,
                text: sentence[range.clone()].to_string(),
                range,
                role: String::new(),
                kind: Some(known.kind),
                known: Some(known.name.clone()),
                initial: span[k].range.start == 0,
            });
            k += n;
            continue;
        }
        if word.chars().all(|c| c.is_lowercase()) && rest_start.is_none() {
            // A connector between a role and what follows ("Secretary General of NATO").
            k += 1;
            continue;
        }
        let title = is_title_word(word) || is_demonym(word) || is_function_word(word);
        if rest_start.is_none() && title {
            if is_title_word(word) {
                role.push(word);
            }
            k += 1;
            continue;
        }
        if rest_start.is_some() && matches!(word, "and" | "&") && !span[k..].iter().any(|t| is_org_word(t.text)) {
            flush(rest_start.take(), k, &mut role, out);
            k += 1;
            continue;
        }
        if rest_start.is_some() && (is_function_word(word) && capitalised(word)) {
            flush(rest_start.take(), k, &mut role, out);
            continue;
        }
        if rest_start.is_none() {
            rest_start = Some(k);
        }
        k += 1;
    }
    let end = span.len();
    flush(rest_start, end, &mut role, out);
}

fn name_mention(
    sentence: &str,
    words: &[Token<'_>],
    role: &[&str],
    article: usize,
    index: usize,
    out: &mut Vec<Mention>,
) {
    // Trailing connectors are not part of a name.
    let end = words.iter().rposition(|t| capitalised(t.text)).map_or(0, |p| p + 1);
    let words = &words[..end];
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
    let range = first.range.start..last.range.end;
    let text = sentence[range.clone()].to_string();
    let initial = range.start == 0;
    let kind = if words.iter().any(|t| is_org_word(t.text)) || (words.len() == 1 && is_acronym(first.text)) {
        Some(EntityKind::Organization)
    } else if !role.is_empty()
        || SPEECH_AFTER.is_match(&sentence[range.end..])
        || SPEECH_BEFORE.is_match(&sentence[..range.start])
    {
        Some(EntityKind::Person)
    } else if words.len() == 1
        && PLACE_BEFORE.is_match(&sentence[..range.start])
        && !NUMBERED.is_match(&sentence[range.end..])
    {
        Some(EntityKind::Place)
    } else {
        None
    };
    out.push(Mention {
        article,
        sentence: index,
        in_caption: false,
        range,
        text,
        role: role.join(" "),
        kind,
        known: None,
        initial,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sentence: &str) -> Vec<(String, String, Option<EntityKind>)> {
        let mut out = Vec::new();
        mentions_in(sentence, 0, 0, &mut out);
        out.into_iter().map(|m| (m.known.unwrap_or(m.text), m.role, m.kind)).collect()
    }

    #[test]
    fn titles_become_roles() {
        let n = names("Russian Deputy Foreign Minister Sergei Ryabkov and US Secretary of State Anthony Blinken met.");
        assert_eq!(n[0], ("Sergei Ryabkov".into(), "Deputy Foreign Minister".into(), Some(EntityKind::Person)));
        assert_eq!(n[1].0, "United States");
        assert_eq!(n[2], ("Anthony Blinken".into(), "Secretary State".into(), Some(EntityKind::Person)));
    }

    #[test]
    fn gazetteer_entries_split_spans() {
        let n = names("Secretary General of NATO Jens Stoltenberg stated it.");
        assert_eq!(n[0].0, "NATO");
        assert_eq!(n[1].0, "Jens Stoltenberg");
        let n = names("He met the Organization for Security and Cooperation in Europe in Vienna.");
        assert_eq!(n.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["OSCE", "Vienna"]);
    }

    #[test]
    fn conjunctions_and_possessives_separate_names() {
        let n = names("Wendy Sherman and Sergei Ryabkov met; Russia’s Ryabkov spoke.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Wendy Sherman", "Sergei Ryabkov", "Russia", "Ryabkov"]);
    }

    #[test]
    fn speech_and_place_cues() {
        let n = names("“I doubt it,” said Mykhailo, a soldier in the city of Avdiivka.");
        assert_eq!(n[0], ("Mykhailo".into(), String::new(), Some(EntityKind::Person)));
        assert_eq!(n[1], ("Avdiivka".into(), String::new(), Some(EntityKind::Place)));
        let n = names("The Permanent Council of the OSCE will meet on Thursday.");
        assert_eq!(n[0].2, Some(EntityKind::Organization));
    }
}
