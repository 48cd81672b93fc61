//! Interned terms and sorted sparse vectors: the fast path for comparing many sentences.

/// Maps terms to dense ids, local to one computation (a story, a batch). Ids are given in
/// order of first sight.
///
/// The terms live back to back in one string and the table holds only ids: a new term costs
/// no allocation of its own (a story brings thousands).
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Every term's text, back to back.
    text: String,
    /// Each id's byte range in `text`.
    spans: Vec<(usize, usize)>,
    /// The ids, found by their term's hash.
    table: hashbrown::HashTable<u32>,
}

impl Vocabulary {
    /// The id of `term`, assigning the next free one on first sight.
    pub fn id(&mut self, term: &str) -> u32 {
        let (text, spans) = (&mut self.text, &mut self.spans);
        let found = |&id: &u32| span_text(text, spans, id) == term;
        match self.table.entry(hash(term), found, |&id| hash(span_text(text, spans, id))) {
            hashbrown::hash_table::Entry::Occupied(entry) => *entry.get(),
            hashbrown::hash_table::Entry::Vacant(entry) => {
                let id = spans.len() as u32;
                let start = text.len();
                text.push_str(term);
                spans.push((start, text.len()));
                entry.insert(id);
                id
            }
        }
    }

    /// Number of distinct terms seen.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether no term was seen.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// The text of term `id`.
fn span_text<'t>(text: &'t str, spans: &[(usize, usize)], id: u32) -> &'t str {
    let (start, end) = spans[id as usize];
    &text[start..end]
}

fn hash(term: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(term)
}

/// A sparse vector: `(term id, weight)` pairs sorted by id, ids unique.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseVec {
    entries: Vec<(u32, f32)>,
    norm: f32,
}

impl SparseVec {
    /// Counts term ids into a vector, each count scaled by `weight(id)`.
    pub fn from_ids(ids: &[u32], weight: impl Fn(u32) -> f32) -> Self {
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        let mut entries: Vec<(u32, f32)> = Vec::new();
        for id in sorted {
            match entries.last_mut() {
                Some((last, c)) if *last == id => *c += 1.0,
                _ => entries.push((id, 1.0)),
            }
        }
        for (id, w) in &mut entries {
            *w *= weight(*id);
        }
        Self::from_sorted(entries)
    }

    /// A vector from entries already sorted by id with unique ids.
    pub fn from_sorted(entries: Vec<(u32, f32)>) -> Self {
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        Self { entries, norm }
    }

    /// The entries, sorted by id.
    pub fn entries(&self) -> &[(u32, f32)] {
        &self.entries
    }

    /// Euclidean norm.
    pub fn norm(&self) -> f32 {
        self.norm
    }

    /// Dot product by merging the sorted entries.
    pub fn dot(&self, other: &SparseVec) -> f32 {
        dot_sorted(&self.entries, &other.entries)
    }

    /// Cosine similarity (0 when either vector is empty).
    pub fn cosine(&self, other: &SparseVec) -> f32 {
        if self.norm == 0.0 || other.norm == 0.0 {
            0.0
        } else {
            self.dot(other) / (self.norm * other.norm)
        }
    }

    /// Sum of vectors, each scaled to unit length first (so long texts do not dominate).
    pub fn unit_sum<'a>(vectors: impl IntoIterator<Item = &'a SparseVec>) -> SparseVec {
        Self::weighted_unit_sum(vectors.into_iter().map(|v| (v, 1.0)))
    }

    /// Sum of vectors, each scaled to unit length and then by its weight.
    pub fn weighted_unit_sum<'a>(vectors: impl IntoIterator<Item = (&'a SparseVec, f32)>) -> SparseVec {
        // A dense table indexed by id (ids are small and dense), with the ids seen listed:
        // each id's terms are added in the same order as through a map, so the same sums.
        let mut acc: Vec<f32> = Vec::new();
        let mut seen: Vec<bool> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        for (v, weight) in vectors {
            if v.norm > 0.0 {
                for &(id, w) in &v.entries {
                    let k = id as usize;
                    if k >= acc.len() {
                        acc.resize(k + 1, 0.0);
                        seen.resize(k + 1, false);
                    }
                    if !seen[k] {
                        seen[k] = true;
                        ids.push(id);
                    }
                    acc[k] += weight * w / v.norm;
                }
            }
        }
        ids.sort_unstable();
        Self::from_sorted(ids.into_iter().map(|id| (id, acc[id as usize])).collect())
    }
}

/// Dot product of two id-sorted `(id, weight)` slices, by merging them.
pub fn dot_sorted(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Whether two vectors sorted by id share at least `m` ids (stops as soon as they do).
pub fn shares_at_least(a: &[(u32, f32)], b: &[(u32, f32)], m: usize) -> bool {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while shared < m && i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared >= m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_ids_are_counted_up_to_the_bar() {
        let a = [(1, 1.0), (3, 1.0), (5, 1.0)];
        let b = [(2, 1.0), (3, 1.0), (5, 1.0)];
        assert!(shares_at_least(&a, &b, 2));
        assert!(!shares_at_least(&a, &b, 3));
        assert!(shares_at_least(&a, &[], 0));
        assert!(!shares_at_least(&a, &[(4, 1.0)], 1));
    }

    #[test]
    fn vocabulary_ids_follow_first_sight_through_growth() {
        let mut v = Vocabulary::default();
        let terms: Vec<String> = (0..1000).map(|i| format!("t{}", i * 7919 % 1000)).collect();
        for (i, t) in terms.iter().enumerate() {
            assert_eq!(v.id(t), i as u32);
        }
        for (i, t) in terms.iter().enumerate().rev() {
            assert_eq!(v.id(t), i as u32);
        }
        assert_eq!((v.len(), v.id(""), v.id("t0"), v.len()), (1000, 1000, 0, 1001));
    }

    #[test]
    fn counts_dot_and_cosine() {
        let mut v = Vocabulary::default();
        let a: Vec<u32> = ["port", "strike", "port"].iter().map(|t| v.id(t)).collect();
        let b: Vec<u32> = ["strike", "union"].iter().map(|t| v.id(t)).collect();
        let (a, b) = (SparseVec::from_ids(&a, |_| 1.0), SparseVec::from_ids(&b, |_| 1.0));
        assert_eq!(a.entries(), &[(0, 2.0), (1, 1.0)]);
        assert_eq!(a.dot(&b), 1.0);
        assert!((a.cosine(&a) - 1.0).abs() < 1e-6);
        assert_eq!(v.len(), 3);
        let sum = SparseVec::unit_sum([&b, &b]);
        assert!((sum.entries()[0].1 - 2.0 / 2f32.sqrt()).abs() < 1e-6);
    }
}
