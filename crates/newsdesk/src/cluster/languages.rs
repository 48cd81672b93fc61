//! Stories across languages. The online pass and the refinement never put two languages in one
//! story: their words differ, so word similarity cannot tell. Here the stories they made are
//! linked across languages by the evidence that crosses languages ([`Doc::xkeys`]: names
//! by cross-script keys, and numbers), EMM's way:
//!
//! - a key counts only when it occurs in stories of at least two languages (a word of one
//!   language whose skeleton happens to be a key is no evidence) and weighs by its rarity
//!   (inverse story frequency), each story's keys by how many of its articles give them;
//! - two stories of different languages, close in time (`window_days` between their spans),
//!   are linked when they share two keys or more and the cosine of their key vectors reaches
//!   `languages_threshold`;
//! - stories are grouped by average linkage over those links: two groups merge, best first,
//!   while the mean similarity of their cross-language story pairs reaches the threshold;
//!   groups that both hold a story of one language need more (see [`group`]): within a
//!   language the word clustering has decided, and one article whose language was misread
//!   must not bridge two stories of its real language.
//!
//! Then the multilingual sentence model links stories the keys left in one language
//! ([`super::languages_model`]). Input with one language is returned unchanged.
//!
//! [`Doc::xkeys`]: super::Doc::xkeys

use super::ClusterConfig;
use crate::text::union_find::UnionFind;
use rustc_hash::FxHashMap;

/// One article as the linking sees it.
pub(crate) struct Member<'a> {
    /// Its story (dense number).
    pub story: usize,
    /// Its language (0: unknown).
    pub lang: u32,
    pub day: Option<i32>,
    pub xkeys: &'a [u32],
    /// Title and lead (empty when not kept), for the sentence model.
    pub lead: &'a str,
}

/// Distinct keys two stories must share to be linked: one name or one figure in common
/// (a country, a year) is not yet the same event.
const MIN_SHARED_KEYS: usize = 2;

/// A key shared by more stories than this is too common to look candidates up by.
const MAX_KEY_STORIES: usize = 200;

#[derive(Default)]
pub(super) struct StoryEvidence {
    pub lang: u32,
    pub first: Option<i32>,
    pub last: Option<i32>,
    /// Key → members giving it (emptied once `vector` is made).
    pub counts: FxHashMap<u32, u32>,
    /// The weighted, normalised key vector, sorted by key (keys met in one language only
    /// left out).
    pub vector: Vec<(u32, f32)>,
}

/// For each of `stories` stories, the story it is told as across languages (itself when
/// unlinked; one story number of its group): by the keys, then by the sentence model for the
/// stories the keys left in one language ([`super::languages_model`]).
pub(crate) fn link(members: &[Member<'_>], stories: usize, cfg: &ClusterConfig) -> Vec<usize> {
    let unlinked: Vec<usize> = (0..stories).collect();
    let first = members.iter().map(|m| m.lang).find(|&l| l != 0);
    if !members.iter().any(|m| m.lang != 0 && Some(m.lang) != first) {
        return unlinked;
    }
    let evidence = evidence(members, stories);
    let mut told = unlinked;
    if cfg.languages_keys && cfg.languages_threshold <= 1.0 {
        let langs: Vec<u32> = evidence.iter().map(|s| s.lang).collect();
        told = group(&langs, &key_pairs(&evidence, cfg), cfg.languages_threshold);
    }
    super::languages_model::link(members, &evidence, &mut told, cfg);
    told
}

/// Each story's language, span and weighted key vector.
fn evidence(members: &[Member<'_>], stories: usize) -> Vec<StoryEvidence> {
    let mut evidence: Vec<StoryEvidence> = (0..stories).map(|_| StoryEvidence::default()).collect();
    for m in members {
        let Some(s) = evidence.get_mut(m.story) else { continue };
        if m.lang != 0 {
            s.lang = m.lang;
        }
        s.first = min_day(s.first, m.day);
        s.last = s.last.max(m.day);
        for &k in m.xkeys {
            *s.counts.entry(k).or_insert(0) += 1;
        }
    }
    // Stories per key, and the languages each key occurs in (bit per language, folded).
    let mut df: FxHashMap<u32, (u32, u64)> = FxHashMap::default();
    for s in &evidence {
        for &k in s.counts.keys() {
            let e = df.entry(k).or_insert((0, 0));
            e.0 += 1;
            e.1 |= 1u64 << (s.lang % 64);
        }
    }
    let n = evidence.len() as f32;
    for s in &mut evidence {
        let mut v: Vec<(u32, f32)> = s
            .counts
            .iter()
            .filter_map(|(&k, &c)| {
                let (stories, langs) = df.get(&k).copied()?;
                (langs.count_ones() >= 2).then(|| (k, (1.0 + (c as f32).ln()) * (1.0 + n / stories as f32).ln()))
            })
            .collect();
        let norm = v.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        v.iter_mut().for_each(|t| t.1 /= norm.max(f32::MIN_POSITIVE));
        v.sort_unstable_by_key(|t| t.0);
        s.vector = v;
        s.counts = FxHashMap::default();
    }
    evidence
}

/// Story pairs of different languages, close in time, sharing [`MIN_SHARED_KEYS`] keys or
/// more with a key cosine of at least `languages_threshold`.
fn key_pairs(evidence: &[StoryEvidence], cfg: &ClusterConfig) -> Vec<(f32, usize, usize)> {
    // Candidate pairs through the keys they share.
    let mut by_key: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (i, s) in evidence.iter().enumerate() {
        for &(k, _) in &s.vector {
            by_key.entry(k).or_default().push(i);
        }
    }
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for list in by_key.values().filter(|l| l.len() <= MAX_KEY_STORIES) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                let (a, b) = (&evidence[i], &evidence[j]);
                if (a.lang == b.lang && a.lang != 0) || !close(a, b, cfg.window_days) {
                    continue;
                }
                if !seen.insert((i.min(j), i.max(j))) {
                    continue;
                }
                let (sim, shared) = dot(&a.vector, &b.vector);
                if shared >= MIN_SHARED_KEYS && sim >= cfg.languages_threshold {
                    pairs.push((sim, i, j));
                }
            }
        }
    }
    pairs
}

/// Average linkage over the linked stories: two groups merge, best first, while the mean
/// similarity of their cross-language story pairs (pairs never scored count 0) reaches
/// `threshold`. Within a language the word clustering has decided, so two groups that both
/// hold a story of one language merge only on more evidence: the mean over all their pairs
/// (the same-language ones counting 0) must reach the threshold, from at least two scored
/// pairs — one article whose language was misread must not bridge two stories of its real
/// language, while an event the word clustering split in one language is still made whole.
pub(super) fn group(langs: &[u32], pairs: &[(f32, usize, usize)], threshold: f32) -> Vec<usize> {
    let stories = langs.len();
    // Per group: summed similarity and scored pairs to each neighbour group, and stories per
    // language.
    let mut sums: Vec<FxHashMap<usize, (f32, u32)>> = vec![FxHashMap::default(); stories];
    for &(sim, i, j) in pairs {
        for (x, y) in [(i, j), (j, i)] {
            let e = sums[x].entry(y).or_insert((0.0, 0));
            e.0 += sim;
            e.1 += 1;
        }
    }
    let mut langs: Vec<Vec<(u32, u32)>> = langs.iter().map(|&l| vec![(l, 1)]).collect();
    let mut version = vec![0u32; stories];
    let mut sets = UnionFind::new(stories);
    let score = |(sum, scored): (f32, u32), a: &[(u32, u32)], b: &[(u32, u32)]| {
        let size = |g: &[(u32, u32)]| g.iter().map(|l| l.1).sum::<u32>();
        let same: u32 = a.iter().map(|&(l, n)| n * b.iter().find(|m| m.0 == l).map_or(0, |m| m.1)).sum();
        let shares_language = a.iter().any(|&(l, _)| l != 0 && b.iter().any(|m| m.0 == l));
        let pairs = if shares_language { size(a) * size(b) } else { size(a) * size(b) - same };
        if pairs == 0 || (shares_language && scored < 2) {
            f32::MIN
        } else {
            sum / pairs as f32
        }
    };
    let mut heap: std::collections::BinaryHeap<(Score, usize, usize, u32, u32)> = Default::default();
    for &(_, i, j) in pairs {
        heap.push((Score(score(sums[i][&j], &langs[i], &langs[j])), i, j, 0, 0));
    }
    while let Some((Score(best), a, b, va, vb)) = heap.pop() {
        if best < threshold {
            break;
        }
        if va != version[a] || vb != version[b] || sets.find(a as u32) != a as u32 || sets.find(b as u32) != b as u32 {
            continue;
        }
        // b joins a: its neighbours become a's, and a's scores are renewed.
        let (keep, gone) = (a.min(b), a.max(b));
        sets.union(a as u32, b as u32);
        let moved = std::mem::take(&mut sums[gone]);
        for (c, (sum, scored)) in moved {
            sums[c].remove(&gone);
            if c != keep {
                for (x, y) in [(keep, c), (c, keep)] {
                    let e = sums[x].entry(y).or_insert((0.0, 0));
                    e.0 += sum;
                    e.1 += scored;
                }
            }
        }
        sums[keep].remove(&gone);
        let gone_langs = std::mem::take(&mut langs[gone]);
        for (l, n) in gone_langs {
            match langs[keep].iter_mut().find(|m| m.0 == l) {
                Some(m) => m.1 += n,
                None => langs[keep].push((l, n)),
            }
        }
        version[keep] += 1;
        for (&c, &e) in &sums[keep] {
            heap.push((Score(score(e, &langs[keep], &langs[c])), keep, c, version[keep], version[c]));
        }
    }
    (0..stories).map(|s| sets.find(s as u32) as usize).collect()
}

/// A similarity ordered for the heap.
#[derive(PartialEq)]
struct Score(f32);
impl Eq for Score {}
impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Score {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

fn min_day(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether two stories' spans are within `days` of each other (undated ones always are).
pub(super) fn close(a: &StoryEvidence, b: &StoryEvidence, days: i32) -> bool {
    match (a.first, a.last, b.first, b.last) {
        (Some(af), Some(al), Some(bf), Some(bl)) => bf - al <= days && af - bl <= days,
        _ => true,
    }
}

/// Dot product of two sorted sparse vectors, and how many keys they share.
pub(super) fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> (f32, usize) {
    let (mut i, mut j, mut sum, mut shared) = (0, 0, 0.0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (sum, shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(story: usize, lang: u32, day: i32, xkeys: &[u32]) -> Member<'_> {
        Member { story, lang, day: Some(day), xkeys, lead: "" }
    }

    #[test]
    fn stories_sharing_rare_names_across_languages_are_linked() {
        let cfg = ClusterConfig::default();
        // Stories 0 (lang 1) and 1 (lang 2) share keys 10, 11, 12; story 2 (lang 2, same
        // kind of event) shares only the common key 99; story 3 (lang 1) is a month later.
        let (a, b, c, d) = ([10, 11, 12, 99], [10, 11, 12, 99, 50], [99, 60, 61], [10, 11, 12]);
        let members = [member(0, 1, 100, &a), member(1, 2, 101, &b), member(2, 2, 100, &c), member(3, 1, 140, &d)];
        assert_eq!(link(&members, 4, &cfg), [0, 0, 2, 3]);
    }

    #[test]
    fn one_language_is_left_alone() {
        let cfg = ClusterConfig::default();
        let keys = [1, 2, 3];
        let members = [member(0, 1, 100, &keys), member(1, 1, 100, &keys)];
        assert_eq!(link(&members, 2, &cfg), [0, 1]);
    }

    #[test]
    fn a_weak_link_does_not_chain_two_groups() {
        let cfg = ClusterConfig::default();
        // 0 (lang 1) and 1 (lang 2) tell one event; 2 (lang 3) and 3 (lang 4) another of the
        // same kind; story 1 shares one of five keys with story 2.
        let (a, b, c, d) = ([1, 2, 3, 4, 5], [1, 2, 3, 4, 20], [20, 30, 31, 32, 33], [30, 31, 32, 33, 34]);
        let e = [34, 5];
        let members = [
            member(0, 1, 100, &a),
            member(1, 2, 100, &b),
            member(2, 3, 100, &c),
            member(3, 4, 100, &d),
            member(4, 5, 100, &e),
        ];
        assert_eq!(link(&members, 5, &cfg)[..4], [0, 0, 2, 2]);
    }
}
