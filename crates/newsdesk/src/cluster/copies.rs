//! Families of near-copies in a refinement window: a wire story re-posted by a dozen feeds, a
//! re-post with a line dropped or a word changed. They are one report, and the refinement
//! clusters each family as one unit.
//!
//! Why: the refinement reads a pair's cosine relative to each article's local scale, the mean
//! cosine to its `refine_neighbours` nearest articles. The scale is a neighbourhood density
//! only while an article's nearest are mostly other stories' articles. When every report
//! comes in ten copies, an article's nearest are its own copies and the copies of its
//! story-mates, so its scale is the story's own tightness: every other report of the story
//! then scores under the threshold relative to it, and the families stay apart (on a pile of
//! 11,109 feed items, ~60 a story, BCubed recall fell to 0.19). Counted once, a family is one
//! neighbour among others, as a report without copies is.
//!
//! Families are the connected pairs whose cosine is at least `refine_copy` (single linkage:
//! a copy of a copy is a copy), both articles eligible, in one language, published within
//! `window_days` of each other (when dated), sharing `refine_copy_shared` features and not in a
//! name conflict (both name enough and their names barely overlap, as in the refinement). A
//! unit's vector is the normalised mean of its members'; its day the earliest member's. A
//! window without any such pair is clustered exactly as before.

use super::features::is_name;
use super::refine::{names_only, Row};
use super::{ClusterConfig, Doc};
use crate::text::sparse::{dot_sorted, shares_at_least};
use crate::text::UnionFind;
use rustc_hash::FxHashMap;

/// Each article's family (dense, from 0, by first member) and the families' members.
pub struct Families {
    pub family: Vec<u32>,
    pub members: Vec<Vec<u32>>,
}

/// The families of near-copies among `docs` (cosines from `rows`), or `None` when no two
/// articles are copies.
pub fn families(
    docs: &[&Doc],
    vectors: &[Vec<(u32, f32)>],
    eligible: &[bool],
    rows: &[Row],
    cfg: &ClusterConfig,
) -> Option<Families> {
    let n = docs.len();
    let mut uf = UnionFind::new(n);
    let mut any = false;
    for (i, row) in rows.iter().enumerate() {
        for &(j, s) in &row.near {
            let j = j as usize;
            if j > i
                && s >= cfg.refine_copy
                && eligible[i]
                && eligible[j]
                && alike(docs[i], docs[j], cfg)
                && shares_at_least(&vectors[i], &vectors[j], cfg.refine_copy_shared)
                && !names_conflict(docs[i], docs[j], &vectors[i], &vectors[j], cfg)
            {
                uf.union(i as u32, j as u32);
                any = true;
            }
        }
    }
    if !any {
        return None;
    }
    let mut index: FxHashMap<u32, u32> = FxHashMap::default();
    let mut members: Vec<Vec<u32>> = Vec::new();
    let family = (0..n as u32)
        .map(|i| {
            let next = index.len() as u32;
            let f = *index.entry(uf.find(i)).or_insert(next);
            if f as usize == members.len() {
                members.push(Vec::new());
            }
            members[f as usize].push(i);
            f
        })
        .collect();
    Some(Families { family, members })
}

/// Whether two articles can be copies of one report: one language, and published within the
/// window's days of each other (when both are dated).
fn alike(a: &Doc, b: &Doc, cfg: &ClusterConfig) -> bool {
    let lang = a.lang.is_none() || b.lang.is_none() || a.lang == b.lang;
    let days = match (a.day, b.day) {
        (Some(x), Some(y)) => x.abs_diff(y) <= cfg.window_days.unsigned_abs(),
        _ => true,
    };
    lang && days
}

/// The unit vector of each family: the normalised sum of its members' unit vectors (an
/// article alone keeps its own).
pub fn mean_vectors(vectors: &[Vec<(u32, f32)>], families: &Families) -> Vec<Vec<(u32, f32)>> {
    families
        .members
        .iter()
        .map(|m| {
            if let [only] = m[..] {
                return vectors[only as usize].clone();
            }
            let mut sum: FxHashMap<u32, f32> = FxHashMap::default();
            for &i in m {
                for &(id, w) in &vectors[i as usize] {
                    *sum.entry(id).or_insert(0.0) += w;
                }
            }
            let mut v: Vec<(u32, f32)> = sum.into_iter().collect();
            v.sort_unstable_by_key(|t| t.0);
            let norm = v.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|t| t.1 /= norm);
            }
            v
        })
        .collect()
}

/// Whether two articles both name enough and their names barely overlap (the refinement's
/// name conflict): one template told of other people and places is not a copy.
fn names_conflict(a: &Doc, b: &Doc, va: &[(u32, f32)], vb: &[(u32, f32)], cfg: &ClusterConfig) -> bool {
    let named = |d: &Doc| d.terms.iter().filter(|t| is_name(t.0)).count() >= cfg.names_min;
    named(a) && named(b) && dot_sorted(&names_only(va), &names_only(vb)) < cfg.names_overlap
}

/// One document per family, for what the refinement reads besides the vector: its members'
/// mean base weights (their names), the first known language and the earliest day. A single
/// article stays as it is.
pub fn units(docs: &[&Doc], families: &Families) -> Vec<Doc> {
    families
        .members
        .iter()
        .map(|m| {
            if let [only] = m[..] {
                return docs[only as usize].clone();
            }
            let mut sum: FxHashMap<u32, f32> = FxHashMap::default();
            for &i in m {
                for &(id, w) in &docs[i as usize].terms {
                    *sum.entry(id).or_insert(0.0) += w;
                }
            }
            let mut terms: Vec<(u32, f32)> = sum.into_iter().map(|(id, w)| (id, w / m.len() as f32)).collect();
            terms.sort_unstable_by_key(|t| t.0);
            let first = docs[m[0] as usize];
            Doc {
                terms,
                lang: m.iter().find_map(|&i| docs[i as usize].lang.clone()),
                day: m.iter().filter_map(|&i| docs[i as usize].day).min(),
                content_words: first.content_words,
                ..Doc::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_average_their_members() {
        let a = Doc { terms: vec![(4, 1.0), (8, 2.0)], day: Some(5), ..Doc::default() };
        let b = Doc { terms: vec![(8, 2.0), (12, 1.0)], day: Some(3), ..Doc::default() };
        let c = Doc { terms: vec![(16, 1.0)], ..Doc::default() };
        let families = Families { family: vec![0, 0, 1], members: vec![vec![0, 1], vec![2]] };
        let u = units(&[&a, &b, &c], &families);
        assert_eq!(u[0].terms, [(4, 0.5), (8, 2.0), (12, 0.5)]);
        assert_eq!(u[0].day, Some(3));
        assert_eq!(u[1], c);
        let v = mean_vectors(&[vec![(4, 1.0)], vec![(8, 1.0)], vec![(4, 0.6), (8, 0.8)]], &families);
        let h = 0.5f32.sqrt();
        assert!((v[0][0].1 - h).abs() < 1e-6 && (v[0][1].1 - h).abs() < 1e-6);
        assert_eq!(v[1], [(4, 0.6), (8, 0.8)]);
    }
}
