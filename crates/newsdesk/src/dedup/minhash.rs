//! MinHash signatures by one-permutation hashing: each shingle is hashed once and lands in
//! one of [`BINS`] bins, which keeps only its minimum; empty bins borrow from the next full
//! one (densification). One hash per shingle instead of one per shingle *and* bin is what
//! makes signatures cheap enough to compute for every article of a fast stream.
//!
//! Our own ~80 lines rather than `gaoya`: gaoya hashes strings with its own tokenizer, while
//! the clusterer already holds interned term ids, and we need the bins for our LSH bands.

/// Bins of a signature.
pub const BINS: usize = 64;
/// Rows per LSH band. With 3 rows and 21 bands a pair at Jaccard 0.5 becomes a candidate
/// with probability 0.94, at 0.2 with probability 0.16.
pub const ROWS: usize = 3;
/// LSH bands ([`BINS`] / [`ROWS`], the last bin unused).
pub const BANDS: usize = BINS / ROWS;
/// Fewer shingles than this cannot tell a copy from a coincidence; no signature is made.
pub const MIN_SHINGLES: usize = 24;

/// A MinHash signature of a set of shingles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    bins: [u32; BINS],
}

/// A well-mixed 64-bit hash of `x` (splitmix64's finaliser).
pub fn mix64(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl Signature {
    /// The signature of the shingles of a term sequence: every term and every pair of
    /// adjacent terms. Pairs catch copied wording; single terms keep a reworded
    /// (machine-translated) copy close. `None` when there are too few shingles.
    pub fn from_terms(terms: &[u32]) -> Option<Self> {
        if terms.len() * 2 < MIN_SHINGLES {
            return None;
        }
        let singles = terms.iter().map(|&t| u64::from(t));
        let pairs = terms.windows(2).map(|w| (u64::from(w[0]) << 32 | u64::from(w[1])) ^ 0x9e37_79b9_7f4a_7c15);
        Self::from_hashes(singles.chain(pairs))
    }

    /// The signature of a set of shingle hashes (repeats do not matter).
    pub fn from_hashes(shingles: impl IntoIterator<Item = u64>) -> Option<Self> {
        let mut bins = [u32::MAX; BINS];
        let mut filled = [false; BINS];
        let mut count = 0;
        for s in shingles {
            let h = mix64(s);
            let bin = (h >> 58) as usize;
            bins[bin] = bins[bin].min(h as u32);
            filled[bin] = true;
            count += 1;
        }
        if count < MIN_SHINGLES {
            return None;
        }
        let source = bins;
        for i in 0..BINS {
            if !filled[i] {
                let (dist, j) = (1..BINS).map(|d| (d, (i + d) % BINS)).find(|&(_, j)| filled[j])?;
                bins[i] = mix64(u64::from(source[j]) ^ (dist as u64) << 40) as u32;
            }
        }
        Some(Self { bins })
    }

    /// The bins (for storing the signature).
    pub fn bins(&self) -> &[u32; BINS] {
        &self.bins
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f32 {
        let same = self.bins.iter().zip(&other.bins).filter(|(a, b)| a == b).count();
        same as f32 / BINS as f32
    }

    /// The LSH band keys: two signatures sharing any key are candidate copies.
    pub fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.bins.chunks_exact(ROWS).enumerate().map(|(band, rows)| {
            let mut h = band as u64;
            for &r in rows {
                h = mix64(h ^ u64::from(r)).rotate_left(17);
            }
            h
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(range: std::ops::Range<u32>) -> Vec<u32> {
        range.collect()
    }

    #[test]
    fn identical_sets_have_similarity_one() {
        let a = Signature::from_terms(&seq(0..100)).unwrap();
        assert_eq!(a.similarity(&a), 1.0);
        assert_eq!(a.bands().count(), BANDS);
    }

    #[test]
    fn estimate_tracks_jaccard() {
        // Unigram+bigram sets of 0..200 and 100..300 share 100 of 300 singles.
        let a = Signature::from_terms(&seq(0..200)).unwrap();
        let b = Signature::from_terms(&seq(100..300)).unwrap();
        let est = a.similarity(&b);
        assert!((0.15..0.5).contains(&est), "{est}");
        let c = Signature::from_terms(&seq(1000..1200)).unwrap();
        assert!(a.similarity(&c) < 0.1);
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert!(Signature::from_terms(&seq(0..5)).is_none());
    }
}
