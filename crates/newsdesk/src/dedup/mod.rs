//! Dedup: near-duplicate articles — syndicated copies (one wire story under several
//! mastheads) and reworded or machine-translated copies.
//!
//! Input: a [`Signature`] per article (MinHash of its content terms and term pairs, see
//! [`minhash`]), in arrival order. Output: for each article, the earlier article it copies,
//! if any. [`DupIndex`] answers that online through LSH bands; [`copies`] does it for a batch
//! of texts. A copy is reported against the *first* article of its family, so a family of
//! copies counts as one source.
//!
//! Invariants: an article is never a copy of itself or of a later article; articles too
//! short for a signature (a tweet widget, a headline) are never copies, so boilerplate that
//! many pages share cannot chain unrelated articles together. Memory is bounded by
//! [`DupIndex::retire_before`]: only articles inside the active window are kept.

pub mod minhash;

pub use minhash::Signature;

use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::hash_map::Entry as Entry_;
use std::collections::VecDeque;

/// Estimated Jaccard similarity (terms + adjacent term pairs) from which two articles are
/// copies. Different reports of one event share far fewer pairs; see the tests.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// End of a band chain.
const NONE: u32 = u32::MAX;
/// A band whose key repeats an earlier band of the same entry (a 64-bit collision): not linked.
const UNLINKED: u32 = u32::MAX - 1;

struct Entry {
    signature: Signature,
    key: u32,
    day: i32,
    /// Per band: the next entry with the same band key (`NONE` at the end of the chain).
    next: [u32; minhash::BANDS],
}

/// Signatures of the recent articles, with LSH band chains for candidate lookup.
pub struct DupIndex {
    threshold: f32,
    /// Entries in arrival order; entry number `base + i` is `entries[i]`.
    entries: VecDeque<Entry>,
    base: u32,
    /// Band key → first and last entry holding it; the entries in between are chained
    /// through [`Entry::next`] in insertion order. Entries carry the links themselves (they
    /// are read anyway to compare signatures) and leave their chains' heads when retired, so
    /// a lookup touches no stale posting and no separate posting list.
    bands: FxHashMap<u64, (u32, u32)>,
}

impl DupIndex {
    /// An empty index calling pairs at or above `threshold` copies.
    pub fn new(threshold: f32) -> Self {
        Self { threshold, entries: VecDeque::new(), base: 0, bands: FxHashMap::default() }
    }

    fn entry(&self, n: u32) -> Option<&Entry> {
        n.checked_sub(self.base).and_then(|i| self.entries.get(i as usize))
    }

    /// The most similar recent article `signature` copies, the first found among equals
    /// (bands in order, each band's articles in insertion order): `(key, similarity)`.
    pub fn find(&self, signature: &Signature) -> Option<(u32, f32)> {
        let mut best: Option<(u32, f32)> = None;
        // A set, not a list: a family of many copies makes chains long, and a linear
        // membership test made each lookup quadratic in the family's size.
        let mut seen: FxHashSet<u32> = FxHashSet::default();
        // All heads first: independent lookups whose cache misses overlap.
        let mut heads = [NONE; minhash::BANDS];
        for (head, band) in heads.iter_mut().zip(signature.bands()) {
            *head = self.bands.get(&band).map_or(NONE, |&(first, _)| first);
        }
        for (b, &head) in heads.iter().enumerate() {
            let mut n = head;
            while let Some(e) = self.entry(n) {
                if seen.insert(n) {
                    let sim = e.signature.similarity(signature);
                    let better = best.is_none_or(|(_, b)| sim > b);
                    if sim >= self.threshold && better {
                        best = Some((e.key, sim));
                    }
                }
                // Chains only link forward, so this ends.
                n = e.next[b];
            }
        }
        best
    }

    /// Remembers an article's signature under `key`, seen on stream day `day`.
    pub fn insert(&mut self, signature: Signature, key: u32, day: i32) {
        let n = self.base + self.entries.len() as u32;
        let mut next = [NONE; minhash::BANDS];
        for (b, band) in signature.bands().enumerate() {
            let previous = match self.bands.entry(band) {
                Entry_::Vacant(v) => {
                    v.insert((n, n));
                    continue;
                }
                Entry_::Occupied(mut o) if o.get().1 != n => std::mem::replace(&mut o.get_mut().1, n),
                Entry_::Occupied(_) => {
                    next[b] = UNLINKED;
                    continue;
                }
            };
            if let Some(i) = previous.checked_sub(self.base) {
                if let Some(p) = self.entries.get_mut(i as usize) {
                    p.next[b] = n;
                }
            }
        }
        self.entries.push_back(Entry { signature, key, day, next });
    }

    /// Forgets articles seen before `day`. Entries arrive in day order, so they leave from
    /// the front, each the head of its chains.
    pub fn retire_before(&mut self, day: i32) {
        while self.entries.front().is_some_and(|e| e.day < day) {
            let Some(e) = self.entries.pop_front() else { break };
            let n = self.base;
            self.base += 1;
            for (b, band) in e.signature.bands().enumerate() {
                let next = e.next[b];
                if next == UNLINKED {
                    continue;
                }
                if let Some(head) = self.bands.get_mut(&band) {
                    if head.0 == n {
                        if next == NONE {
                            self.bands.remove(&band);
                        } else {
                            head.0 = next;
                        }
                    }
                }
            }
        }
    }

    /// Number of articles remembered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// For each text, the index of the first earlier text it is a near-copy of. Texts are
/// compared through their stemmed content terms (see [`crate::text::content_terms`]).
pub fn copies<S: AsRef<str>>(texts: &[S]) -> Vec<Option<usize>> {
    let mut vocab = crate::text::Vocabulary::default();
    copies_of(texts.iter().map(|text| {
        let terms: Vec<u32> = crate::text::content_terms(text.as_ref()).iter().map(|t| vocab.id(t)).collect();
        Signature::from_terms(&terms)
    }))
}

/// [`copies`] for texts already reduced to their signatures (`None`: too short to tell).
pub fn copies_of(signatures: impl IntoIterator<Item = Option<Signature>>) -> Vec<Option<usize>> {
    let mut index = DupIndex::new(DEFAULT_THRESHOLD);
    let mut out: Vec<Option<usize>> = Vec::new();
    for (i, sig) in signatures.into_iter().enumerate() {
        let Some(sig) = sig else {
            out.push(None);
            continue;
        };
        let original = index.find(&sig).map(|(k, _)| out[k as usize].unwrap_or(k as usize));
        out.push(original);
        index.insert(sig, i as u32, 0);
    }
    out
}

#[cfg(test)]
mod tests;
