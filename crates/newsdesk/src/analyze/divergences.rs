//! Divergences: where outlets report the same thing differently. Two kinds, each side cited:
//! - the same quantity given differently (ranges that cannot both be right: "100,000" vs
//!   "tens of thousands" of troops), in sentences about the same entities;
//! - the same speaker characterising the same event in different words ("difficult" vs
//!   "complicated but business-like").
//!
//! Precision over recall: only what can be defended is reported.

use super::figures::Quantity;
use crate::text::{content_terms, regex};
use newsdesk_model::{Article, Citation, Divergence, Quote, Side};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// More distinct values than this for one counted noun are different facts.
const MAX_VERSIONS: usize = 2;

/// Nouns for a meeting or exchange that a characterisation can be about.
const EVENT_NOUNS: [&str; 9] =
    ["talk", "meet", "negoti", "convers", "discuss", "dinner", "session", "round", "exchang"];
static CHARACTERISING: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:were|was|been|is|are|as|called|described|termed)\b"));

/// Figures for the same thing that disagree.
pub fn quantity_divergences(
    articles: &[Article],
    quantities: &[Quantity],
    entities_of: impl Fn(usize, usize) -> HashSet<usize>,
) -> Vec<Divergence> {
    let mut out: Vec<Divergence> = Vec::new();
    let terms: Vec<HashSet<String>> = quantities
        .iter()
        .map(|q| {
            content_terms(&articles[q.article].sentences[q.sentence].text)
                .into_iter()
                .filter(|t| !q.noun.starts_with(t.as_str()))
                .collect()
        })
        .collect();
    // A story giving many different counts of one noun reports many facts, not a dispute.
    let mut values_per_noun: HashMap<&str, Vec<(f64, f64)>> = HashMap::new();
    for q in quantities.iter().filter(|q| !q.noun.is_empty()) {
        let ranges = values_per_noun.entry(q.noun.as_str()).or_default();
        if !ranges.iter().any(|&(lo, hi)| lo <= q.high && q.low <= hi) {
            ranges.push((q.low, q.high));
        }
    }
    let disputable = |q: &Quantity| values_per_noun.get(q.noun.as_str()).is_some_and(|r| r.len() <= MAX_VERSIONS);
    for (i, a) in quantities.iter().enumerate() {
        if !disputable(a) {
            continue;
        }
        for (j, b) in quantities.iter().enumerate().skip(i + 1) {
            let same_noun =
                !a.noun.is_empty() && !b.noun.is_empty() && (a.noun.ends_with(&b.noun) || b.noun.ends_with(&a.noun));
            if a.unit != b.unit {
                continue;
            }
            let disjoint = a.high < b.low || b.high < a.low;
            if a.article == b.article || !same_noun || !disjoint {
                continue;
            }
            // Same context: a shared entity, or two shared content words besides the count.
            let shared = entities_of(a.article, a.sentence).intersection(&entities_of(b.article, b.sentence)).count();
            if shared == 0 && terms[i].intersection(&terms[j]).count() < 2 {
                continue;
            }
            let noun = if a.noun.len() <= b.noun.len() { &a.noun } else { &b.noun };
            let about = format!("number of {noun}s");
            let side = |q: &Quantity| Side {
                text: q.text.clone(),
                citations: vec![Citation::new(articles[q.article].id.clone(), q.sentence)],
            };
            match out.iter_mut().find(|d| d.about == about) {
                Some(d) => {
                    for q in [a, b] {
                        add_side(d, side(q));
                    }
                }
                None => out.push(Divergence { about, sides: vec![side(a), side(b)] }),
            }
        }
    }
    out
}

/// Adds a side, or its citations to an existing side with the same text.
fn add_side(d: &mut Divergence, side: Side) {
    match d.sides.iter_mut().find(|s| s.text == side.text) {
        Some(s) => {
            for c in side.citations {
                if !s.citations.contains(&c) {
                    s.citations.push(c);
                }
            }
        }
        None => d.sides.push(side),
    }
}

/// Short characterisations of the same event by the same speaker that differ.
pub fn quote_divergences(articles: &[Article], quotes: &[Quote]) -> Vec<Divergence> {
    let sentence = |c: &Citation| {
        articles.iter().find(|a| a.id == c.article).and_then(|a| a.sentences.get(c.sentence)).map(|s| s.text.as_str())
    };
    // A characterisation: a short quote after a copula, in a sentence about a meeting.
    let characterising = |q: &Quote| -> Option<String> {
        if q.speaker.is_none() || !q.direct || q.text.split_whitespace().count() > 6 {
            return None;
        }
        let c = q.citations.first()?;
        let text = sentence(c)?;
        let at = text.find(q.text.as_str())?;
        let from = (0..=at.saturating_sub(40)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let window = &text[from..at];
        if !CHARACTERISING.is_match(window) {
            return None;
        }
        content_terms(text).into_iter().find(|t| EVENT_NOUNS.iter().any(|n| t.starts_with(n)))
    };
    let mut out: Vec<Divergence> = Vec::new();
    for (i, a) in quotes.iter().enumerate() {
        let Some(topic) = characterising(a) else { continue };
        for b in &quotes[i + 1..] {
            if b.speaker != a.speaker || characterising(b).is_none() {
                continue;
            }
            let (ta, tb): (HashSet<String>, HashSet<String>) =
                (content_terms(&a.text).into_iter().collect(), content_terms(&b.text).into_iter().collect());
            let articles_a: HashSet<&str> = a.citations.iter().map(|c| c.article.as_str()).collect();
            if !ta.is_disjoint(&tb) || b.citations.iter().all(|c| articles_a.contains(c.article.as_str())) {
                continue;
            }
            let speaker = a.speaker.clone().unwrap_or_default();
            let about =
                format!("how {speaker} described the {}", if topic.starts_with("meet") { "meeting" } else { "talks" });
            let side = |q: &Quote| Side {
                text: q.text.trim_end_matches(['.', ',']).to_string(),
                citations: q.citations.clone(),
            };
            match out.iter_mut().find(|d| d.about == about) {
                Some(d) => {
                    add_side(d, side(a));
                    add_side(d, side(b));
                }
                None => out.push(Divergence { about, sides: vec![side(a), side(b)] }),
            }
        }
    }
    out
}
