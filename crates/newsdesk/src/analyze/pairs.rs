//! The indexes that keep the divergence rules linear in practice on big stories: candidate
//! pairs of quantities found by counted noun and value instead of by comparing every pair,
//! and a [`Recorder`] that finds a divergence, a side and a citation through maps instead of
//! scanning what it holds. Both change no result: the rules still see the same pairs in the
//! same order (every pair a rule could accept is a candidate), and the recorder builds the
//! same divergences, sides and citations in the same order as the scans did.

use super::figures::Quantity;
use newsdesk_model::{Citation, Divergence, Side};
use std::collections::{HashMap, HashSet};

/// Divergences under construction, with lookups by `about`, side text and citation.
#[derive(Default)]
pub struct Recorder {
    out: Vec<Divergence>,
    by_about: HashMap<String, usize>,
    /// Per divergence: side text → the first side with that text.
    side_of: Vec<HashMap<String, usize>>,
    /// Per divergence and side: its citations, by (interned article id, sentence).
    cited: Vec<Vec<HashSet<(u32, usize)>>>,
    ids: HashMap<String, u32>,
}

impl Recorder {
    fn id(&mut self, article: &str) -> u32 {
        if let Some(&id) = self.ids.get(article) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(article.to_string(), id);
        id
    }

    /// Adds two sides (text and citations as article id and sentence) to the divergence
    /// `about`, opening it when it is new (then both sides are kept as given, as the first
    /// pair found them). Nothing is allocated when both sides are known already.
    pub fn record(&mut self, about: &str, sides: [(&str, &[(&str, usize)]); 2]) {
        match self.by_about.get(about) {
            Some(&d) => {
                for (text, citations) in sides {
                    self.add_side(d, text, citations);
                }
            }
            None => {
                let d = self.out.len();
                self.by_about.insert(about.to_string(), d);
                let mut side_of = HashMap::new();
                let mut cited = Vec::new();
                for (k, (text, citations)) in sides.iter().enumerate() {
                    side_of.entry(text.to_string()).or_insert(k);
                    cited.push(citations.iter().map(|&(a, sentence)| (self.id(a), sentence)).collect());
                }
                self.side_of.push(side_of);
                self.cited.push(cited);
                let sides = sides.map(|(text, citations)| Side { text: text.to_string(), citations: owned(citations) });
                self.out.push(Divergence { about: about.to_string(), sides: sides.into() });
            }
        }
    }

    /// Adds a side, or its new citations to the side with the same text.
    fn add_side(&mut self, d: usize, text: &str, citations: &[(&str, usize)]) {
        match self.side_of[d].get(text) {
            Some(&s) => {
                for &(article, sentence) in citations {
                    let key = (self.id(article), sentence);
                    if self.cited[d][s].insert(key) {
                        self.out[d].sides[s].citations.push(Citation::new(article.to_string(), sentence));
                    }
                }
            }
            None => {
                let s = self.out[d].sides.len();
                self.side_of[d].insert(text.to_string(), s);
                let keys = citations.iter().map(|&(a, sentence)| (self.id(a), sentence)).collect();
                self.cited[d].push(keys);
                self.out[d].sides.push(Side { text: text.to_string(), citations: owned(citations) });
            }
        }
    }

    /// The divergences, in the order they were opened.
    pub fn into_vec(self) -> Vec<Divergence> {
        self.out
    }
}

fn owned(citations: &[(&str, usize)]) -> Vec<Citation> {
    citations.iter().map(|&(article, sentence)| Citation::new(article.to_string(), sentence)).collect()
}

/// Quantities of one group sorted by the low and by the high end of their range, for the
/// pairs whose ranges are disjoint (and close).
#[derive(Default)]
struct Window {
    by_low: Vec<(f64, usize)>,
    by_high: Vec<(f64, usize)>,
}

impl Window {
    fn push(&mut self, q: &Quantity, i: usize) {
        self.by_low.push((q.low, i));
        self.by_high.push((q.high, i));
    }

    fn sort(&mut self) {
        self.by_low.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        self.by_high.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    }

    /// Members whose range lies wholly above or below `q`'s; with `ratio`, only those whose
    /// near end is within that factor of `q`'s (a slightly wider bound: the caller checks).
    fn disjoint(&self, q: &Quantity, ratio: Option<f64>, out: &mut Vec<usize>) {
        const SLACK: f64 = 1e-9;
        let above_from = self.by_low.partition_point(|&(low, _)| low <= q.high);
        let above_to = match ratio {
            Some(r) => {
                let limit = q.high.max(f64::MIN_POSITIVE) * r * (1.0 + SLACK);
                self.by_low.partition_point(|&(low, _)| low <= limit)
            }
            None => self.by_low.len(),
        }
        .max(above_from);
        out.extend(self.by_low[above_from..above_to].iter().map(|&(_, j)| j));
        let below_to = self.by_high.partition_point(|&(high, _)| high < q.low);
        let below_from = match ratio {
            Some(r) => {
                let limit = q.low / r * (1.0 - SLACK);
                self.by_high.partition_point(|&(high, _)| high < limit)
            }
            None => 0,
        }
        .min(below_to);
        out.extend(self.by_high[below_from..below_to].iter().map(|&(_, j)| j));
    }
}

/// Candidate pairs by counted noun: two quantities are compared only when one noun ends with
/// the other ("troop" / "army troop") and their ranges are disjoint, and, when a slot is
/// given, also those of one slot (see [`NounIndex::candidates`]).
pub struct NounIndex<'q> {
    quantities: &'q [Quantity],
    nouns: HashMap<&'q str, Window>,
    /// Noun → the nouns of the index it ends with or that end with it (itself included).
    related: HashMap<&'q str, Vec<&'q str>>,
    /// Slot → (all its quantities, those whose noun is a slot word).
    slots: HashMap<usize, (Window, Window)>,
}

impl<'q> NounIndex<'q> {
    /// Indexes the quantities `keep` accepts (those with an empty noun never pair by noun).
    pub fn new(quantities: &'q [Quantity], keep: impl Fn(&Quantity) -> bool) -> Self {
        let mut nouns: HashMap<&str, Window> = HashMap::new();
        for (i, q) in quantities.iter().enumerate().filter(|(_, q)| !q.noun.is_empty() && keep(q)) {
            nouns.entry(q.noun.as_str()).or_default().push(q, i);
        }
        nouns.values_mut().for_each(Window::sort);
        let mut related: HashMap<&str, Vec<&str>> = HashMap::new();
        for &noun in nouns.keys() {
            for (at, _) in noun.char_indices() {
                let suffix = &noun[at..];
                if let Some((&other, _)) = nouns.get_key_value(suffix) {
                    related.entry(noun).or_default().push(other);
                    if other != noun {
                        related.entry(other).or_default().push(noun);
                    }
                }
            }
        }
        Self { quantities, nouns, related, slots: HashMap::new() }
    }

    /// Also pairs quantities of one slot (`slots[i]`) when one of the two has a slot word for
    /// its noun (`noun_is_slot[i]`).
    pub fn with_slots(
        mut self,
        slots: &[Option<usize>],
        noun_is_slot: &[bool],
        keep: impl Fn(&Quantity) -> bool,
    ) -> Self {
        for (i, q) in self.quantities.iter().enumerate().filter(|(_, q)| !q.noun.is_empty() && keep(q)) {
            if let Some(s) = slots[i] {
                let (all, slot_nouns) = self.slots.entry(s).or_default();
                all.push(q, i);
                if noun_is_slot[i] {
                    slot_nouns.push(q, i);
                }
            }
        }
        for (all, slot_nouns) in self.slots.values_mut() {
            all.sort();
            slot_nouns.sort();
        }
        self
    }

    /// The later quantities (index above `i`) a rule may pair with quantity `i`, in order:
    /// related nouns with a disjoint range (within `ratio` when given), and with slots, those
    /// of its slot.
    pub fn candidates(&self, i: usize, ratio: Option<f64>, slot: Option<(usize, bool)>, out: &mut Vec<usize>) {
        out.clear();
        let q = &self.quantities[i];
        for noun in self.related.get(q.noun.as_str()).map_or(&[][..], Vec::as_slice) {
            if let Some(w) = self.nouns.get(noun) {
                w.disjoint(q, ratio, out);
            }
        }
        if let Some((all, slot_nouns)) = slot.and_then(|(s, _)| self.slots.get(&s)) {
            let noun_is_slot = slot.is_some_and(|(_, n)| n);
            (if noun_is_slot { all } else { slot_nouns }).disjoint(q, ratio, out);
        }
        out.retain(|&j| j > i);
        out.sort_unstable();
        out.dedup();
    }
}
