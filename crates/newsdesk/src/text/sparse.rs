//! Interned terms and sorted sparse vectors: the fast path for comparing many sentences.

use rustc_hash::FxHashMap;

/// Maps terms to dense ids, local to one computation (a story, a batch).
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, u32>,
}

impl Vocabulary {
    /// The id of `term`, assigning the next free one on first sight.
    pub fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_string(), id);
        id
    }

    /// Number of distinct terms seen.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no term was seen.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
