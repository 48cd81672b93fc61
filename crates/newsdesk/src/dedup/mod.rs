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

use rustc_hash::FxHashMap;
use std::collections::VecDeque;

/// Estimated Jaccard similarity (terms + adjacent term pairs) from which two articles are
/// copies. Different reports of one event share far fewer pairs; see the tests.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

struct Entry {
    signature: Signature,
    key: u32,
    day: i32,
}

/// Signatures of the recent articles, with LSH band postings for candidate lookup.
pub struct DupIndex {
    threshold: f32,
    /// Entries in arrival order; entry number `base + i` is `entries[i]`.
    entries: VecDeque<Entry>,
    base: u32,
    bands: FxHashMap<u64, Vec<u32>>,
    postings: usize,
}

impl DupIndex {
    /// An empty index calling pairs at or above `threshold` copies.
    pub fn new(threshold: f32) -> Self {
        Self { threshold, entries: VecDeque::new(), base: 0, bands: FxHashMap::default(), postings: 0 }
    }

    /// The earliest-inserted most similar recent article `signature` copies: `(key, similarity)`.
    pub fn find(&self, signature: &Signature) -> Option<(u32, f32)> {
        let mut best: Option<(u32, f32)> = None;
        let mut seen: Vec<u32> = Vec::new();
        for band in signature.bands() {
            for &n in self.bands.get(&band).map_or(&[][..], Vec::as_slice) {
                if n < self.base || seen.contains(&n) {
                    continue;
                }
                seen.push(n);
                let e = &self.entries[(n - self.base) as usize];
                let sim = e.signature.similarity(signature);
                let better = best.is_none_or(|(_, b)| sim > b);
                if sim >= self.threshold && better {
                    best = Some((e.key, sim));
                }
            }
        }
        best
    }

    /// Remembers an article's signature under `key`, seen on stream day `day`.
    pub fn insert(&mut self, signature: Signature, key: u32, day: i32) {
        let n = self.base + self.entries.len() as u32;
        for band in signature.bands() {
            self.bands.entry(band).or_default().push(n);
            self.postings += 1;
        }
        self.entries.push_back(Entry { signature, key, day });
    }

    /// Forgets articles seen before `day`. Entries arrive in day order, so they leave from
    /// the front; band postings are rebuilt once most of them point at forgotten entries.
    pub fn retire_before(&mut self, day: i32) {
        while self.entries.front().is_some_and(|e| e.day < day) {
            self.entries.pop_front();
            self.base += 1;
        }
        if self.postings > 2 * minhash::BANDS * self.entries.len() + 4096 {
            self.bands.clear();
            self.postings = 0;
            for (i, e) in self.entries.iter().enumerate() {
                for band in e.signature.bands() {
                    self.bands.entry(band).or_default().push(self.base + i as u32);
                    self.postings += 1;
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
    let mut index = DupIndex::new(DEFAULT_THRESHOLD);
    let mut out: Vec<Option<usize>> = Vec::with_capacity(texts.len());
    for (i, text) in texts.iter().enumerate() {
        let terms: Vec<u32> = crate::text::content_terms(text.as_ref()).iter().map(|t| vocab.id(t)).collect();
        let Some(sig) = Signature::from_terms(&terms) else {
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
