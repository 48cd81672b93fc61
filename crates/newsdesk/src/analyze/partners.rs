//! First partners: the pairs of the close-value rule that can change the brief.
//!
//! When one noun has hundreds of close values, the rule accepts a number of pairs that grows
//! with the square of the story, yet a pair changes the divergences only when it brings one of
//! its quantities into a divergence for the first time (later pairs add a side or citation
//! that is there already). So per quantity and per *partition* of the quantities it may pair
//! with (same noun, slot and unit; without a slot, also a shared entity), only the earliest
//! partner before it and the earliest after it in its close window are needed: a range query
//! over the partition sorted by value. Replayed in pair order, those pairs build exactly what
//! every pair built.

use super::divergences::CloseRule;
use super::figures::Quantity;
use std::collections::{HashMap, HashSet};

/// An empty entry: no index, no article.
const EMPTY: (u32, u32) = (u32::MAX, u32::MAX);

/// Over positions switched on one by one: the smallest index in a range of positions whose
/// article differs from a given one. Each node keeps its smallest (index, article) and the
/// smallest of another article, which is all a query excluding one article needs.
struct MinTree {
    leaves: usize,
    nodes: Vec<[(u32, u32); 2]>,
}

impl MinTree {
    fn new(len: usize) -> Self {
        let leaves = len.next_power_of_two();
        Self { leaves, nodes: vec![[EMPTY; 2]; 2 * leaves] }
    }

    /// Switches on position `pos` holding `index` of `article`.
    fn set(&mut self, pos: usize, index: u32, article: u32) {
        let mut n = pos + self.leaves;
        self.nodes[n] = [(index, article), EMPTY];
        while n > 1 {
            n /= 2;
            self.nodes[n] = merge(self.nodes[2 * n], self.nodes[2 * n + 1]);
        }
    }

    /// The smallest index at positions `from..to` whose article is not `article`.
    fn first(&self, from: usize, to: usize, article: u32) -> Option<u32> {
        let pick = |node: [(u32, u32); 2]| if node[0].1 != article { node[0].0 } else { node[1].0 };
        let (mut l, mut r) = (from + self.leaves, to + self.leaves);
        let mut best = u32::MAX;
        while l < r {
            if l % 2 == 1 {
                best = best.min(pick(self.nodes[l]));
                l += 1;
            }
            if r % 2 == 1 {
                r -= 1;
                best = best.min(pick(self.nodes[r]));
            }
            l /= 2;
            r /= 2;
        }
        (best != u32::MAX).then_some(best)
    }
}

/// The smallest entry of two nodes, and the smallest of another article: both are among the
/// nodes' own two.
fn merge(a: [(u32, u32); 2], b: [(u32, u32); 2]) -> [(u32, u32); 2] {
    let all = [a[0], a[1], b[0], b[1]];
    let best = all.into_iter().min_by_key(|e| e.0).unwrap_or(EMPTY);
    let second = all.into_iter().filter(|e| e.1 != best.1).min_by_key(|e| e.0).unwrap_or(EMPTY);
    [best, second]
}

/// The quantities of one partition, sorted by the low and by the high end of their range.
struct Partition {
    /// Members by index, ascending; the last `active` of them are switched on.
    members: Vec<u32>,
    active: usize,
    /// Per member: its position in the order by low and by high.
    at: Vec<(usize, usize)>,
    lows: Vec<f64>,
    highs: Vec<f64>,
    by_low: MinTree,
    by_high: MinTree,
}

impl Partition {
    fn new(members: Vec<u32>, quantities: &[Quantity]) -> Self {
        let q = |m: &u32| &quantities[*m as usize];
        let mut by_low: Vec<usize> = (0..members.len()).collect();
        by_low.sort_by(|&x, &y| q(&members[x]).low.total_cmp(&q(&members[y]).low));
        let mut by_high: Vec<usize> = (0..members.len()).collect();
        by_high.sort_by(|&x, &y| q(&members[x]).high.total_cmp(&q(&members[y]).high));
        let mut at = vec![(0, 0); members.len()];
        for (pos, &m) in by_low.iter().enumerate() {
            at[m].0 = pos;
        }
        for (pos, &m) in by_high.iter().enumerate() {
            at[m].1 = pos;
        }
        Self {
            lows: by_low.iter().map(|&m| q(&members[m]).low).collect(),
            highs: by_high.iter().map(|&m| q(&members[m]).high).collect(),
            by_low: MinTree::new(members.len()),
            by_high: MinTree::new(members.len()),
            at,
            active: 0,
            members,
        }
    }

    /// Switches on the highest member not yet on, which must be `index`.
    fn switch_on(&mut self, index: u32, article: u32) {
        let m = self.members.len() - self.active - 1;
        debug_assert_eq!(self.members[m], index);
        let (low, high) = self.at[m];
        self.by_low.set(low, index, article);
        self.by_high.set(high, index, article);
        self.active += 1;
    }

    /// The smallest index switched on of another article than `q`'s whose range lies wholly
    /// above or below `q`'s and close to it ([`CloseRule::close`], the rule's own test: the
    /// sorted ends make each side one range of positions).
    fn first(&self, q: &Quantity, article: u32) -> Option<u32> {
        let above_from = self.lows.partition_point(|&low| low <= q.high);
        let above_to = self.lows.partition_point(|&low| low <= q.high || CloseRule::close(q.high, low));
        let below_to = self.highs.partition_point(|&high| high < q.low);
        let below_from = self.highs.partition_point(|&high| high < q.low && !CloseRule::close(high, q.low));
        let above = self.by_low.first(above_from, above_to, article);
        let below = self.by_high.first(below_from, below_to, article);
        above.into_iter().chain(below).min()
    }
}

/// The pairs `i` < `j` to replay, in pair order: for every quantity and every partition it
/// may pair with, its earliest partner before it and its earliest after it. Among them is the
/// first pair bringing each quantity into each divergence; every pair left out only repeats
/// a side and citation a replayed pair recorded first.
pub fn first_pairs(rule: &CloseRule) -> Vec<(usize, usize)> {
    let quantities = rule.quantities;
    let mut index = PartitionIndex::new(rule);
    let members = std::mem::take(&mut index.members);
    let mut parts: Vec<Partition> = members.into_iter().map(|m| Partition::new(m, quantities)).collect();
    let mut partners = Vec::new();
    let mut pairs = Vec::new();
    // Later partners: from the last quantity down, each partition holds only later ones.
    for k in (0..quantities.len()).rev() {
        let (q, own) = (&quantities[k], &index.own[k]);
        if own.is_empty() {
            continue;
        }
        index.partners(rule, k, &mut partners);
        for &p in &partners {
            if let Some(j) = parts[p].first(q, q.article as u32) {
                pairs.push((k, j as usize));
            }
        }
        for &p in own {
            parts[p].switch_on(k as u32, q.article as u32);
        }
    }
    // Earlier partners: with every quantity on, the earliest is earlier when below `k`.
    for (k, q) in quantities.iter().enumerate() {
        if index.own[k].is_empty() {
            continue;
        }
        index.partners(rule, k, &mut partners);
        for &p in &partners {
            if let Some(i) = parts[p].first(q, q.article as u32).filter(|&i| (i as usize) < k) {
                pairs.push((i as usize, k));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// A partition: counted noun, slot, unit and (without a slot) one entity of the sentence.
type Key<'q> = (&'q str, Option<usize>, &'q str, Option<usize>);

/// The partitions of a story's quantities and which of them each quantity may pair with.
struct PartitionIndex<'q> {
    ids: HashMap<Key<'q>, usize>,
    /// Per partition, its members by index.
    members: Vec<Vec<u32>>,
    /// Per quantity, the partitions it belongs to.
    own: Vec<Vec<usize>>,
    /// Noun → the nouns it ends with or that end with it (itself included).
    related: HashMap<&'q str, Vec<&'q str>>,
    slot_nouns: HashMap<(usize, &'q str), SlotNouns<'q>>,
}

/// The nouns of one slot and unit, and those of them that are slot words.
#[derive(Default)]
struct SlotNouns<'q> {
    all: Vec<&'q str>,
    slot_words: Vec<&'q str>,
}

impl<'q> PartitionIndex<'q> {
    fn new(rule: &CloseRule<'q>) -> Self {
        let quantities = rule.quantities;
        let mut index = Self {
            ids: HashMap::new(),
            members: Vec::new(),
            own: vec![Vec::new(); quantities.len()],
            related: HashMap::new(),
            slot_nouns: HashMap::new(),
        };
        for (k, q) in quantities.iter().enumerate().filter(|&(k, _)| rule.eligible(k)) {
            let (noun, unit) = (q.noun.as_str(), q.unit.as_str());
            let keys: Vec<Key> = match rule.slots[k] {
                Some(s) => {
                    // A noun is a slot word or not whatever its sentence (`slot_of` of the noun).
                    if !index.ids.contains_key(&(noun, Some(s), unit, None)) {
                        let nouns = index.slot_nouns.entry((s, unit)).or_default();
                        nouns.all.push(noun);
                        if rule.noun_is_slot[k] {
                            nouns.slot_words.push(noun);
                        }
                    }
                    vec![(noun, Some(s), unit, None)]
                }
                None => {
                    let mut entities: Vec<usize> =
                        rule.entities_of.get(q.article, q.sentence).iter().copied().collect();
                    entities.sort_unstable();
                    entities.into_iter().map(|e| (noun, None, unit, Some(e))).collect()
                }
            };
            for key in keys {
                let next = index.members.len();
                let p = *index.ids.entry(key).or_insert(next);
                if p == next {
                    index.members.push(Vec::new());
                }
                index.members[p].push(k as u32);
                index.own[k].push(p);
            }
        }
        let nouns: HashSet<&str> = index.ids.keys().map(|&(noun, ..)| noun).collect();
        for &noun in &nouns {
            for (at, _) in noun.char_indices() {
                if let Some(&other) = nouns.get(&noun[at..]) {
                    index.related.entry(noun).or_default().push(other);
                    if other != noun {
                        index.related.entry(other).or_default().push(noun);
                    }
                }
            }
        }
        index
    }

    /// The partitions quantity `k` may pair with: of its slot, those of a related noun or a
    /// slot word (any noun when its own is one); without a slot, those of a related noun and
    /// an entity of its sentence.
    fn partners(&self, rule: &CloseRule, k: usize, out: &mut Vec<usize>) {
        out.clear();
        let q = &rule.quantities[k];
        let (noun, unit) = (q.noun.as_str(), q.unit.as_str());
        let related = self.related.get(noun).map_or(&[][..], Vec::as_slice);
        match rule.slots[k] {
            Some(s) => {
                let nouns = self.slot_nouns.get(&(s, unit));
                let others = nouns.map_or(&[][..], |n| if rule.noun_is_slot[k] { &n.all } else { &n.slot_words });
                for &other in related.iter().chain(others) {
                    out.extend(self.ids.get(&(other, Some(s), unit, None)));
                }
            }
            None => {
                for e in rule.entities_of.get(q.article, q.sentence) {
                    for &other in related {
                        out.extend(self.ids.get(&(other, None, unit, Some(*e))));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::super::divergences::SentenceEntities;
    use super::super::pairs::Recorder;
    use super::*;
    use newsdesk_model::Divergence;

    /// A small deterministic generator (splitmix64).
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            ((z ^ (z >> 31)) % n as u64) as usize
        }
    }

    #[test]
    fn min_tree_finds_the_smallest_index_of_another_article() {
        let mut rng = Rng(7);
        for len in [1, 2, 3, 5, 8, 13, 40] {
            let entries: Vec<(u32, u32)> = (0..len).map(|_| (rng.below(1000) as u32, rng.below(3) as u32)).collect();
            let mut tree = MinTree::new(len);
            let mut on = vec![false; len];
            for _ in 0..len {
                let pos = rng.below(len);
                tree.set(pos, entries[pos].0, entries[pos].1);
                on[pos] = true;
                for from in 0..=len {
                    for to in from..=len {
                        for article in 0..4 {
                            let expected =
                                (from..to).filter(|&p| on[p] && entries[p].1 != article).map(|p| entries[p].0).min();
                            assert_eq!(tree.first(from, to, article), expected, "{entries:?} {on:?} {from}..{to}");
                        }
                    }
                }
            }
        }
    }

    /// Invented quantities: a few articles, suffix-related nouns, slot words, close values,
    /// hedged ranges, two units, sentences sharing entities.
    fn story(rng: &mut Rng, n: usize) -> (Vec<Quantity>, Vec<Option<usize>>, Vec<bool>, SentenceEntities) {
        const NOUNS: [&str; 8] = ["worker", "dockworker", "crew", "hurt", "injured", "family", "home", "people"];
        let slot_word = |noun: &str| noun == "hurt" || noun == "injured";
        let mut quantities = Vec::new();
        let mut slots = Vec::new();
        for _ in 0..n {
            let noun = if rng.below(20) == 0 { "" } else { NOUNS[rng.below(NOUNS.len())] };
            let v = 10.0 + rng.below(30) as f64;
            let (low, high) = match rng.below(4) {
                0 => (v, v * 1.5),
                1 => (v * 0.5, v),
                2 => (v * 0.85, v * 1.15),
                _ => (v * 0.98, v * 1.02),
            };
            let unit = if rng.below(5) == 0 { "%" } else { "" };
            quantities.push(Quantity {
                article: rng.below(6),
                sentence: rng.below(3),
                value: v.to_string(),
                // One text per range, noun and unit: a text never has two ranges.
                text: format!("{low}-{high}{unit} {noun}"),
                noun: noun.to_string(),
                low,
                high,
                vague: rng.below(10) == 0,
                unit: unit.to_string(),
            });
            slots.push([None, None, Some(0), Some(1)][rng.below(4)]);
        }
        let noun_is_slot = quantities.iter().map(|q| slot_word(&q.noun)).collect();
        let mut by_sentence = HashMap::new();
        for article in 0..6 {
            for sentence in 0..3 {
                let entities: HashSet<usize> = (0..4).filter(|_| rng.below(3) == 0).collect();
                by_sentence.insert((article, sentence), entities);
            }
        }
        (quantities, slots, noun_is_slot, SentenceEntities::from_sentences(by_sentence))
    }

    /// The divergences the accepted pairs among `pairs` build, in order.
    fn replay(rule: &CloseRule, pairs: impl IntoIterator<Item = (usize, usize)>) -> Vec<Divergence> {
        let mut out = Recorder::default();
        for (i, j) in pairs {
            let Some((slot, noun)) = rule.accept(i, j) else { continue };
            let (a, b) = (&rule.quantities[i], &rule.quantities[j]);
            let (ia, ib) = (format!("a{}", a.article), format!("a{}", b.article));
            let about = format!("{slot:?} {noun}");
            out.record(&about, [(&a.text, &[(&ia, a.sentence)]), (&b.text, &[(&ib, b.sentence)])]);
        }
        out.into_vec()
    }

    #[test]
    fn first_pairs_build_what_every_pair_builds() {
        let mut rng = Rng(14);
        let (mut sides, mut accepted, mut replayed) = (0, 0, 0);
        for round in 0..300 {
            let n = match round {
                0..200 => 1 + rng.below(30),
                200..280 => 1 + rng.below(150),
                _ => 400 + rng.below(400),
            };
            let (quantities, slots, noun_is_slot, entities_of) = story(&mut rng, n);
            let rule = CloseRule { quantities: &quantities, slots, noun_is_slot, entities_of: &entities_of };
            let every: Vec<(usize, usize)> = (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).collect();
            let expected = replay(&rule, every.iter().copied());
            let first = first_pairs(&rule);
            assert!(first.windows(2).all(|w| w[0] < w[1]), "pair order");
            assert_eq!(replay(&rule, first.iter().copied()), expected, "round {round}");
            sides += expected.iter().map(|d| d.sides.len()).sum::<usize>();
            accepted += every.iter().filter(|&&(i, j)| rule.accept(i, j).is_some()).count();
            replayed += first.iter().filter(|&&(i, j)| rule.accept(i, j).is_some()).count();
            // The index the fallback uses finds every accepted pair too.
            let mut candidates = Vec::new();
            rule.for_each_pair(|i, j| candidates.push((i, j)));
            assert_eq!(replay(&rule, candidates), expected, "round {round}");
        }
        // The stories hold divergences of many sides, and the replay skips pairs.
        assert!(sides > 10_000 && replayed < accepted, "{sides} sides, {replayed} of {accepted} pairs");
    }

    #[test]
    fn many_close_values_need_few_pairs() {
        // One noun, one slot, 400 close counts from 20 articles: 80,000 pairs, few replayed.
        let quantities: Vec<Quantity> = (0..400)
            .map(|k| {
                let v = 1000.0 + k as f64;
                Quantity {
                    article: k % 20,
                    sentence: 0,
                    value: v.to_string(),
                    text: format!("{v} people"),
                    noun: "people".to_string(),
                    low: v * 0.98,
                    high: v * 1.02,
                    vague: false,
                    unit: String::new(),
                }
            })
            .collect();
        let entities_of = SentenceEntities::default();
        let rule = CloseRule {
            quantities: &quantities,
            slots: vec![Some(0); 400],
            noun_is_slot: vec![false; 400],
            entities_of: &entities_of,
        };
        let first = first_pairs(&rule);
        assert!(first.len() <= 800, "{} pairs", first.len());
        let every: Vec<(usize, usize)> = (0..400).flat_map(|i| (i + 1..400).map(move |j| (i, j))).collect();
        assert_eq!(replay(&rule, first), replay(&rule, every));
    }
}
