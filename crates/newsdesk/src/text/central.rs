//! Centrality of documents within a group: how close each is to what the others have in
//! common. Used to pick a story's headline from its most representative article.

use rustc_hash::FxHashMap;

/// For each document (`(term id, weight)` pairs sorted by id, ids unique), its cosine to the
/// centroid of the *other* documents, after weighting terms by their inverse document
/// frequency within the group (terms every member has say little). A lone document scores 1.
pub fn centrality(docs: &[&[(u32, f32)]]) -> Vec<f32> {
    if docs.len() < 2 {
        return vec![1.0; docs.len()];
    }
    let mut df: FxHashMap<u32, f32> = FxHashMap::default();
    for doc in docs {
        for &(t, _) in *doc {
            *df.entry(t).or_default() += 1.0;
        }
    }
    let n = docs.len() as f32;
    let unit: Vec<Vec<(u32, f32)>> = docs
        .iter()
        .map(|doc| {
            let v: Vec<(u32, f32)> =
                doc.iter().map(|&(t, w)| (t, w * (1.0 + n / df.get(&t).copied().unwrap_or(1.0)).ln())).collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            v.into_iter().map(|(t, w)| (t, if norm > 0.0 { w / norm } else { 0.0 })).collect()
        })
        .collect();
    let mut sum: FxHashMap<u32, f32> = FxHashMap::default();
    for v in &unit {
        for &(t, w) in v {
            *sum.entry(t).or_default() += w;
        }
    }
    let sum_sq: f32 = sum.values().map(|w| w * w).sum();
    unit.iter()
        .map(|v| {
            // Centroid of the others = sum − self; cosine = (v·sum − 1) / |sum − v|.
            let dot: f32 = v.iter().map(|&(t, w)| w * sum.get(&t).copied().unwrap_or(0.0)).sum();
            let own: f32 = v.iter().map(|&(_, w)| w * w).sum();
            let others_sq = sum_sq - 2.0 * dot + own;
            if others_sq <= f32::EPSILON {
                0.0
            } else {
                (dot - own) / others_sq.sqrt()
            }
        })
        .collect()
}

/// The index of the most central document among those `eligible` (ties: the first).
pub fn most_central(docs: &[&[(u32, f32)]], eligible: impl Fn(usize) -> bool) -> Option<usize> {
    let scores = centrality(docs);
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if eligible(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_sharing_most_with_the_others_is_central() {
        let a: &[(u32, f32)] = &[(1, 1.0), (2, 1.0), (3, 1.0)];
        let b: &[(u32, f32)] = &[(1, 1.0), (2, 1.0), (4, 1.0)];
        let c: &[(u32, f32)] = &[(1, 1.0), (9, 1.0)];
        let d: &[(u32, f32)] = &[(2, 1.0), (3, 1.0), (4, 1.0)];
        assert_eq!(most_central(&[c, a, b, d], |_| true), Some(1));
        assert_eq!(most_central(&[c, a, b, d], |i| i != 1), Some(2));
        assert_eq!(most_central(&[c], |_| true), Some(0));
        assert_eq!(most_central(&[c, a], |_| false), None);
    }
}
