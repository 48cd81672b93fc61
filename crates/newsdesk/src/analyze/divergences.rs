//! Divergences: where outlets report the same thing differently. Two kinds, each side cited:
//! - the same quantity given differently (ranges that cannot both be right: "100,000" vs
//!   "tens of thousands" of troops), in sentences about the same entities;
//! - the same speaker characterising the same event in different words ("difficult" vs
//!   "complicated but business-like").
//!
//! Precision over recall: only what can be defended is reported.

use super::entities::EntityTable;
use super::figures::Quantity;
use super::mentions::Mention;
use super::pairs::{NounIndex, Recorder};
use super::partners::first_pairs;
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
    entities_of: &SentenceEntities,
    out: &mut Recorder,
) {
    let terms: Vec<HashSet<String>> = quantities
        .iter()
        .map(|q| {
            content_terms(&articles[q.article].sentences[q.sentence].text)
                .into_iter()
                .filter(|t| !q.noun.starts_with(t.as_str()))
                .collect()
        })
        .collect();
    // A story giving many different counts of one noun reports many facts, not a dispute
    // (counting stops past the limit: more versions change nothing).
    let mut values_per_noun: HashMap<&str, Vec<(f64, f64)>> = HashMap::new();
    for q in quantities.iter().filter(|q| !q.noun.is_empty()) {
        let ranges = values_per_noun.entry(q.noun.as_str()).or_default();
        if ranges.len() <= MAX_VERSIONS && !ranges.iter().any(|&(lo, hi)| lo <= q.high && q.low <= hi) {
            ranges.push((q.low, q.high));
        }
    }
    let disputable = |q: &Quantity| values_per_noun.get(q.noun.as_str()).is_some_and(|r| r.len() <= MAX_VERSIONS);
    // Only pairs of related nouns and disjoint ranges can pass: found by index, in order.
    let index = NounIndex::new(quantities, |_| true);
    let mut candidates = Vec::new();
    for (i, a) in quantities.iter().enumerate() {
        if !disputable(a) || a.noun.is_empty() {
            continue;
        }
        index.candidates(i, None, None, &mut candidates);
        for &j in &candidates {
            let b = &quantities[j];
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
            let shared =
                entities_of.get(a.article, a.sentence).intersection(entities_of.get(b.article, b.sentence)).count();
            if shared == 0 && terms[i].intersection(&terms[j]).count() < 2 {
                continue;
            }
            let noun = if a.noun.len() <= b.noun.len() { &a.noun } else { &b.noun };
            let about = format!("number of {}", plural(noun));
            record_quantities(out, &about, articles, a, b);
        }
    }
}

/// The entities named in each sentence of the story (captions left out).
#[derive(Default)]
pub struct SentenceEntities {
    by_sentence: HashMap<(usize, usize), HashSet<usize>>,
    none: HashSet<usize>,
}

impl SentenceEntities {
    /// From each mention and its entity.
    pub fn new(mentions: &[Mention], table: &EntityTable) -> Self {
        let mut by_sentence: HashMap<(usize, usize), HashSet<usize>> = HashMap::new();
        for (m, e) in mentions.iter().zip(&table.of_mention) {
            if let (Some(e), false) = (e, m.in_caption) {
                by_sentence.entry((m.article, m.sentence)).or_default().insert(*e);
            }
        }
        Self { by_sentence, none: HashSet::new() }
    }

    /// From each sentence's entities, for tests.
    #[cfg(test)]
    pub fn from_sentences(by_sentence: HashMap<(usize, usize), HashSet<usize>>) -> Self {
        Self { by_sentence, none: HashSet::new() }
    }

    /// The entities of one sentence.
    pub fn get(&self, article: usize, sentence: usize) -> &HashSet<usize> {
        self.by_sentence.get(&(article, sentence)).unwrap_or(&self.none)
    }
}

/// "Harriet Olsen, 72," / "Olsen, 73, said": the age written right after a person's name.
static AGE_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+(\d{1,3})(?:,|\.|\s+(?:from|of|who)\b)"));

/// A person given different ages by different outlets.
pub fn age_divergences(articles: &[Article], mentions: &[Mention], table: &EntityTable) -> Vec<Divergence> {
    let mut ages: HashMap<usize, Vec<(u32, Side, usize)>> = HashMap::new();
    for (m, e) in mentions.iter().zip(&table.of_mention) {
        let Some(e) = *e else { continue };
        if m.in_caption || table.entities[e].kind != newsdesk_model::EntityKind::Person {
            continue;
        }
        let text = &articles[m.article].sentences[m.sentence].text;
        let Some(c) = AGE_AFTER_NAME.captures(&text[m.range.end..]) else { continue };
        let (Some(age), Ok(years)) = (c.get(1), c[1].parse::<u32>()) else { continue };
        if !(1..=120).contains(&years) {
            continue;
        }
        let side = Side {
            text: text[m.range.start..m.range.end + age.end()].to_string(),
            citations: vec![Citation::new(articles[m.article].id.clone(), m.sentence)],
        };
        ages.entry(e).or_default().push((years, side, m.article));
    }
    let mut out = Vec::new();
    let mut people: Vec<_> = ages.into_iter().collect();
    people.sort_by_key(|(e, _)| *e);
    for (e, said) in people {
        let distinct: HashSet<u32> = said.iter().map(|(y, ..)| *y).collect();
        let outlets: HashSet<usize> = said.iter().map(|(.., a)| *a).collect();
        // Two ages a year apart in one outlet may be a birthday; across outlets it is a dispute.
        if distinct.len() < 2 || outlets.len() < 2 {
            continue;
        }
        let mut d = Divergence { about: format!("age of {}", table.entities[e].name), sides: Vec::new() };
        for (_, side, _) in said {
            add_side(&mut d, side);
        }
        out.push(d);
    }
    out
}

use super::figures::{slot_name, slot_of};

/// Two values this close are one fact told differently (14 and 16 hurt, 140 and 150 miles);
/// further apart they are more likely different facts.
const CLOSE_RATIO: f64 = 1.3;

/// Counts of the same slot that outlets give differently, close enough to be one fact: the
/// same counted thing (noun, or a slot word as the noun: "10,259 missing"), in sentences
/// sharing a slot or an entity.
pub fn close_quantity_divergences(
    articles: &[Article],
    quantities: &[Quantity],
    entities_of: &SentenceEntities,
    out: &mut Recorder,
) {
    // The slot of the words right after the count ("10,700 people are missing with many feared
    // dead" is a count of the missing), else of its sentence.
    let slots: Vec<Option<usize>> = quantities
        .iter()
        .map(|q| {
            let text = &articles[q.article].sentences[q.sentence].text;
            let near = text.find(q.text.as_str()).map(|at| {
                let end = (at + q.text.len() + 40).min(text.len());
                let end = (end..=text.len()).find(|&e| text.is_char_boundary(e)).unwrap_or(text.len());
                &text[at..end]
            });
            near.and_then(slot_of).or_else(|| slot_of(text))
        })
        .collect();
    let noun_is_slot: Vec<bool> = quantities.iter().map(|q| slot_of(&q.noun).is_some()).collect();
    let rule = CloseRule { quantities, slots, noun_is_slot, entities_of };
    // A pair changes the brief only when it brings a quantity into a divergence for the first
    // time, so only each quantity's first pairs are replayed (`partners.rs`), in pair order.
    let mut accepted: Vec<(usize, usize, About)> = Vec::new();
    for (i, j) in first_pairs(&rule) {
        if let Some(about) = rule.accept(i, j) {
            accepted.push((i, j, about));
        }
    }
    // Two sides of one text opening a divergence would make a later pair add a citation, which
    // the replay could miss; equal texts have equal ranges, so this never happens, but if it
    // did every pair is visited as before.
    if accepted.iter().any(|&(i, j, _)| quantities[i].text == quantities[j].text) {
        accepted.clear();
        rule.for_each_pair(|i, j| {
            if let Some(about) = rule.accept(i, j) {
                accepted.push((i, j, about));
            }
        });
    }
    let mut abouts: HashMap<(Option<usize>, &str), String> = HashMap::new();
    for (i, j, (slot, noun)) in accepted {
        // Most pairs repeat a divergence already open: its name is made once.
        let about = abouts.entry((slot, noun)).or_insert_with(|| match slot.map(slot_name) {
            Some(slot) if slot != noun => format!("number of {} {slot}", plural(noun)),
            Some(slot) => format!("number {slot}"),
            None => format!("number of {}", plural(noun)),
        });
        record_quantities(out, about, articles, &quantities[i], &quantities[j]);
    }
}

/// A divergence of the close-value rule: its slot and counted noun.
pub type About<'a> = (Option<usize>, &'a str);

/// The close-value rule on one story's quantities: each one's slot, whether its noun is a slot
/// word, and the entities of its sentence.
pub struct CloseRule<'a> {
    pub quantities: &'a [Quantity],
    pub slots: Vec<Option<usize>>,
    pub noun_is_slot: Vec<bool>,
    pub entities_of: &'a SentenceEntities,
}

impl<'a> CloseRule<'a> {
    /// Whether quantity `i` may pair at all: exact, with a counted noun.
    pub fn eligible(&self, i: usize) -> bool {
        !self.quantities[i].vague && !self.quantities[i].noun.is_empty()
    }

    /// Whether a range wholly below another (`lo_high < hi_low`) is close enough to be the same
    /// fact; the one test of closeness, shared with the partner search.
    pub fn close(lo_high: f64, hi_low: f64) -> bool {
        hi_low / lo_high.max(f64::MIN_POSITIVE) <= CLOSE_RATIO
    }

    /// Whether quantities `i` < `j` are one fact told differently; then the divergence's slot
    /// and counted noun.
    pub fn accept(&self, i: usize, j: usize) -> Option<About<'a>> {
        let (a, b) = (&self.quantities[i], &self.quantities[j]);
        let slots = &self.slots;
        if a.article == b.article || a.unit != b.unit || !self.eligible(i) || !self.eligible(j) {
            return None;
        }
        let same_noun = a.noun.ends_with(&b.noun) || b.noun.ends_with(&a.noun);
        let same_slot = slots[i].is_some() && slots[i] == slots[j];
        if !(same_noun || (same_slot && (self.noun_is_slot[i] || self.noun_is_slot[j]))) {
            return None;
        }
        let (lo, hi) = if a.high < b.low {
            (a, b)
        } else if b.high < a.low {
            (b, a)
        } else {
            return None;
        };
        if !Self::close(lo.high, hi.low) {
            return None;
        }
        // Counts of people need the same slot: "14 hurt" and "16 arrested" are two facts.
        let either_slot = slots[i].is_some() || slots[j].is_some();
        if !same_slot
            && (either_slot
                || self.entities_of.get(a.article, a.sentence).is_disjoint(self.entities_of.get(b.article, b.sentence)))
        {
            return None;
        }
        let noun = if a.noun.len() <= b.noun.len() { &a.noun } else { &b.noun };
        Some((slots[i].or(slots[j]), noun.as_str()))
    }

    /// Every candidate pair `i` < `j` in pair order (a superset of the accepted ones): the
    /// all-pairs visit, kept as the fallback and as the tests' reference.
    pub fn for_each_pair(&self, mut f: impl FnMut(usize, usize)) {
        let eligible = |q: &Quantity| !q.vague;
        let index = NounIndex::new(self.quantities, eligible).with_slots(&self.slots, &self.noun_is_slot, eligible);
        let mut candidates = Vec::new();
        for i in (0..self.quantities.len()).filter(|&i| self.eligible(i)) {
            let slot = self.slots[i].map(|s| (s, self.noun_is_slot[i]));
            index.candidates(i, Some(CLOSE_RATIO), slot, &mut candidates);
            candidates.iter().for_each(|&j| f(i, j));
        }
    }
}

/// "Founded in 1990" / "founded in 1989": the year of the same happening to the same entity.
static YEAR_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\b(founded|established|created|launched|opened|built|born|elected|married)\s+in\s+(\d{4})\b")
});

/// The same happening (founded, opened, born…) dated to different years by different outlets,
/// in sentences naming the same entity.
pub fn year_divergences(articles: &[Article], entities_of: &SentenceEntities) -> Vec<Divergence> {
    let mut found: Vec<(String, u32, Side, usize, &HashSet<usize>)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate() {
            for c in YEAR_OF.captures_iter(&s.text) {
                let (Some(whole), Ok(year)) = (c.get(0), c[2].parse::<u32>()) else { continue };
                let side = Side { text: whole.as_str().to_string(), citations: vec![Citation::new(a.id.clone(), si)] };
                found.push((c[1].to_lowercase(), year, side, ai, entities_of.get(ai, si)));
            }
        }
    }
    let mut out = Recorder::default();
    // Only the same happening pairs: each item meets the later ones of its own word.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        by_word.entry(f.0.as_str()).or_default().push(i);
    }
    for (i, a) in found.iter().enumerate() {
        let group = &by_word[a.0.as_str()];
        for b in group[group.partition_point(|&j| j <= i)..].iter().map(|&j| &found[j]) {
            if a.0 != b.0 || a.1 == b.1 || a.3 == b.3 || a.4.is_disjoint(b.4) {
                continue;
            }
            let about = format!("year {}", a.0);
            out.record(&about, [(&a.2.text, &cited(&a.2.citations)), (&b.2.text, &cited(&b.2.citations))]);
        }
    }
    out.into_vec()
}

/// A side's citations as the recorder takes them.
fn cited(citations: &[Citation]) -> Vec<(&str, usize)> {
    citations.iter().map(|c| (c.article.as_str(), c.sentence)).collect()
}

/// Two quantities as the two sides of a divergence.
fn record_quantities(out: &mut Recorder, about: &str, articles: &[Article], a: &Quantity, b: &Quantity) {
    let ca = [(articles[a.article].id.as_str(), a.sentence)];
    let cb = [(articles[b.article].id.as_str(), b.sentence)];
    out.record(about, [(&a.text, &ca), (&b.text, &cb)]);
}

/// Incidents of `lexicon/incident_words.txt`: a name and its words or phrases.
static INCIDENTS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    super::gazetteer::entries(include_str!("../lexicon/incident_words.txt"))
        .filter_map(|l| l.split_once(':'))
        .map(|(name, words)| (name.trim(), words.split(',').map(str::trim).filter(|w| !w.is_empty()).collect()))
        .collect()
});
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.|\b\d{1,2}:\d{2}\s*(?:[ap]m)\b"));

/// The incident a sentence tells of, when one of its words says so.
fn incident_of(sentence: &str) -> Option<usize> {
    let lower = sentence.to_lowercase();
    INCIDENTS.iter().position(|(_, words)| {
        words
            .iter()
            .any(|w| lower.match_indices(w).any(|(i, _)| i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric()))
    })
}

/// The same incident on the same day put at different clock times by different outlets.
pub fn time_divergences(articles: &[Article]) -> Vec<Divergence> {
    let mut found: Vec<(usize, chrono::NaiveDate, String, Side, usize)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate() {
            let Some(clock) = CLOCK.find(&s.text) else { continue };
            let Some(incident) = incident_of(&s.text) else { continue };
            let days = super::timeline::sentence_dates(&s.text, a.date);
            let [day] = days.as_slice() else { continue };
            let time = clock.as_str().to_lowercase().replace(' ', "");
            let side = Side { text: clock.as_str().to_string(), citations: vec![Citation::new(a.id.clone(), si)] };
            found.push((incident, *day, time, side, ai));
        }
    }
    let mut out = Recorder::default();
    // Only one incident on one day pairs: each item meets the later ones of its own.
    let mut by_day: HashMap<(usize, chrono::NaiveDate), Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        by_day.entry((f.0, f.1)).or_default().push(i);
    }
    for (i, a) in found.iter().enumerate() {
        let group = &by_day[&(a.0, a.1)];
        for b in group[group.partition_point(|&j| j <= i)..].iter().map(|&j| &found[j]) {
            if a.0 != b.0 || a.1 != b.1 || a.2 == b.2 || a.4 == b.4 {
                continue;
            }
            let about = format!("time of the {} on {}", INCIDENTS[a.0].0, a.1);
            out.record(&about, [(&a.3.text, &cited(&a.3.citations)), (&b.3.text, &cited(&b.3.citations))]);
        }
    }
    out.into_vec()
}

/// "troop" → "troops"; "people" stays.
fn plural(noun: &str) -> String {
    if noun.ends_with('s') || noun.ends_with("people") {
        noun.to_string()
    } else {
        format!("{noun}s")
    }
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
    let position: HashMap<&str, usize> = articles.iter().enumerate().rev().map(|(i, a)| (a.id.as_str(), i)).collect();
    let sentence = |c: &Citation| {
        position.get(c.article.as_str()).and_then(|&a| articles[a].sentences.get(c.sentence)).map(|s| s.text.as_str())
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
    // Judged once per quote; only characterisations by one speaker pair, in order.
    let topics: Vec<Option<String>> = quotes.iter().map(characterising).collect();
    let mut by_speaker: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate().filter(|(i, _)| topics[*i].is_some()) {
        by_speaker.entry(q.speaker.as_deref().unwrap_or_default()).or_default().push(i);
    }
    let terms: HashMap<usize, HashSet<String>> =
        by_speaker.values().flatten().map(|&i| (i, content_terms(&quotes[i].text).into_iter().collect())).collect();
    let mut out = Recorder::default();
    for (i, a) in quotes.iter().enumerate() {
        let Some(topic) = &topics[i] else { continue };
        let group = &by_speaker[a.speaker.as_deref().unwrap_or_default()];
        for (j, b) in group[group.partition_point(|&j| j <= i)..].iter().map(|&j| (j, &quotes[j])) {
            if b.speaker != a.speaker || topics[j].is_none() {
                continue;
            }
            let (ta, tb) = (&terms[&i], &terms[&j]);
            let articles_a: HashSet<&str> = a.citations.iter().map(|c| c.article.as_str()).collect();
            if !ta.is_disjoint(tb) || b.citations.iter().all(|c| articles_a.contains(c.article.as_str())) {
                continue;
            }
            let speaker = a.speaker.clone().unwrap_or_default();
            let about =
                format!("how {speaker} described the {}", if topic.starts_with("meet") { "meeting" } else { "talks" });
            let (sa, sb) = (a.text.trim_end_matches(['.', ',']), b.text.trim_end_matches(['.', ',']));
            out.record(&about, [(sa, &cited(&a.citations)), (sb, &cited(&b.citations))]);
        }
    }
    out.into_vec()
}
