//! Refinement of one window: the online pass assigns every article on arrival; once a window
//! of articles is complete (the whole input when undated), its articles are re-clustered by
//! weighted average linkage (WPGMA), small fragments left by it join a larger cluster they are
//! close to, and the window's assignments are revised.
//!
//! Why not an absolute cosine threshold: how similar two reports of one event are depends on
//! the corpus (its size, how alike its events are, how long its texts are), so a cosine learned
//! on one corpus does not transfer to another. The refinement compares each pair *relative to
//! the two articles' neighbourhoods*: `sim(i, j) / sqrt(r_i · r_j)`, where `r_i` is the mean
//! cosine of article `i` to its `k` nearest articles in the window (a local density scale, as
//! in CSLS for embeddings). Pairs below an absolute floor count as unrelated (0) whatever their
//! neighbourhood, so an isolated article with weak neighbours cannot glue stories together.
//!
//! Two reports of one event name the same people and places; two events of one kind (two
//! earthquakes, two arrests) share their vocabulary but not their names. So when both articles
//! name enough (`names_min`) and their names barely overlap (name cosine under `names_overlap`),
//! the pair's relative similarity is scaled down, to `names_penalty` when no name is shared.
//!
//! TF-IDF is two-pass here (document frequencies of the whole window), so early articles are
//! weighted as well as late ones. Articles with fewer than `min_features` features stay alone;
//! two articles in different known languages never share a cluster.
//!
//! The similarities form a sparse graph: each article's row is computed through an inverted
//! index (rows in parallel), and only its pairs above the floor are kept for the linkage
//! ([`linkage`]). The search is still quadratic in the window (every pair sharing a term is
//! scored), so windows larger than `refine_max_articles` keep their online assignment.

use super::features::is_name;
use super::linkage::{self, Graph};
use super::{ClusterConfig, Doc};
use crate::text::sparse::dot_sorted;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Local scales below this are raised to it: an article with no real neighbour must not make
/// every weak similarity look strong.
const MIN_SCALE: f32 = 0.05;

/// Cluster labels (dense, from 0, by first member) for the articles of one window.
pub fn refine(docs: &[&Doc], cfg: &ClusterConfig) -> Vec<usize> {
    let n = docs.len();
    let vectors = tfidf(docs);
    let rows = neighbours(&vectors, cfg.refine_floor, cfg.refine_neighbours);
    let eligible: Vec<usize> = (0..n).filter(|&i| docs[i].terms.len() >= cfg.min_features).collect();
    let mut item = vec![u32::MAX; n];
    for (a, &i) in eligible.iter().enumerate() {
        item[i] = a as u32;
    }
    let mut codes: FxHashMap<&str, u32> = FxHashMap::default();
    let lang: Vec<Option<u32>> = eligible
        .iter()
        .map(|&i| {
            let next = codes.len() as u32;
            docs[i].lang.as_deref().map(|l| *codes.entry(l).or_insert(next))
        })
        .collect();
    let names: Vec<Vec<(u32, f32)>> = vectors.iter().map(|v| names_only(v)).collect();
    let named: Vec<bool> =
        docs.iter().map(|d| d.terms.iter().filter(|t| is_name(t.0)).count() >= cfg.names_min).collect();
    // The eligible pairs above the floor (each row lists both directions; taken from the lower).
    let mut graph: Graph = vec![Vec::new(); eligible.len()];
    let pairs = rows.iter().enumerate().flat_map(|(i, row)| row.near.iter().map(move |&(j, s)| (i, j as usize, s)));
    for (i, j, s) in pairs.filter(|&(i, j, _)| i < j && item[i] != u32::MAX && item[j] != u32::MAX) {
        let mut rel = s / (rows[i].scale * rows[j].scale).sqrt();
        if named[i] && named[j] {
            let overlap = (dot_sorted(&names[i], &names[j]) / cfg.names_overlap).min(1.0);
            rel *= cfg.names_penalty + (1.0 - cfg.names_penalty) * overlap;
        }
        let (a, b) = (item[i], item[j]);
        graph[a as usize].push((b, rel));
        graph[b as usize].push((a, rel));
    }
    let mut root = linkage::average_linkage(&graph, &lang, cfg.refine_threshold);
    linkage::attach_fragments(&graph, &lang, &mut root, cfg.refine_attach, cfg.refine_attach_size);
    let mut label = vec![usize::MAX; n];
    for (r, &i) in root.iter().zip(&eligible) {
        label[i] = eligible[*r];
    }
    // Dense labels by first member; ineligible articles are their own cluster.
    let mut dense: FxHashMap<usize, usize> = FxHashMap::default();
    (0..n)
        .map(|i| {
            let key = if label[i] == usize::MAX { i } else { label[i] };
            let next = dense.len();
            *dense.entry(key).or_insert(next)
        })
        .collect()
}

/// Unit TF-IDF vectors with the window's own document frequencies (`ln((n+1)/(df+1)) + 1`).
fn tfidf(docs: &[&Doc]) -> Vec<Vec<(u32, f32)>> {
    let mut df: FxHashMap<u32, u32> = FxHashMap::default();
    for d in docs {
        for &(id, _) in &d.terms {
            *df.entry(id).or_insert(0) += 1;
        }
    }
    let n = docs.len() as f32 + 1.0;
    docs.iter()
        .map(|d| {
            let mut v: Vec<(u32, f32)> = d
                .terms
                .iter()
                .map(|&(id, base)| {
                    let f = df.get(&id).copied().unwrap_or(0) as f32;
                    (id, base * ((n / (f + 1.0)).ln() + 1.0))
                })
                .collect();
            let norm = v.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|t| t.1 /= norm);
            }
            v
        })
        .collect()
}

/// The name features of a unit vector, renormalised: the vector of the names an article
/// mentions, weighted as in the whole.
fn names_only(v: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut names: Vec<(u32, f32)> = v.iter().copied().filter(|t| is_name(t.0)).collect();
    let norm = names.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        names.iter_mut().for_each(|t| t.1 /= norm);
    }
    names
}

/// An article's neighbourhood in the window.
struct Row {
    /// Mean cosine to its `k` nearest articles (at least [`MIN_SCALE`]).
    scale: f32,
    /// The articles with a cosine of at least the floor, and that cosine.
    near: Vec<(u32, f32)>,
}

/// Every article's [`Row`], through an inverted index of the window.
fn neighbours(vectors: &[Vec<(u32, f32)>], floor: f32, k: usize) -> Vec<Row> {
    let n = vectors.len();
    let mut postings: FxHashMap<u32, Vec<(u32, f32)>> = FxHashMap::default();
    for (i, v) in vectors.iter().enumerate() {
        for &(id, w) in v {
            postings.entry(id).or_default().push((i as u32, w));
        }
    }
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0.0f32; n], Vec::new()),
            |(acc, touched), i| {
                for (id, w) in &vectors[i] {
                    for &(j, wj) in &postings[id] {
                        // Weights are positive: a zero sum means not yet touched.
                        if acc[j as usize] == 0.0 {
                            touched.push(j);
                        }
                        acc[j as usize] += w * wj;
                    }
                }
                let mut sims: Vec<(u32, f32)> = touched
                    .drain(..)
                    .map(|j| (j, std::mem::take(&mut acc[j as usize])))
                    .filter(|&(j, _)| j as usize != i)
                    .collect();
                let scale = local_scale(&mut sims, n.saturating_sub(1), k);
                // A new vector: `sims` may hold the whole window.
                let mut near: Vec<(u32, f32)> = sims.into_iter().filter(|s| s.1 >= floor).collect();
                near.sort_unstable_by_key(|s| s.0);
                Row { scale, near }
            },
        )
        .collect()
}

/// Mean of the `k` highest of an article's cosines to the `others` articles of the window, of
/// which `sims` lists the non-zero ones (reordered).
fn local_scale(sims: &mut [(u32, f32)], others: usize, k: usize) -> f32 {
    let k = k.min(others);
    if k == 0 {
        return MIN_SCALE;
    }
    if k < sims.len() {
        sims.select_nth_unstable_by(k - 1, |x, y| y.1.total_cmp(&x.1));
    }
    (sims.iter().take(k).map(|s| s.1).sum::<f32>() / k as f32).max(MIN_SCALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_of_one_kind_with_different_names_stay_apart() {
        // Two events told in the same words (150 shared word features), each with its own
        // three names: without the name penalty the shared vocabulary merges them.
        let word = |k: u32| k << 2;
        let name = |k: u32| (k << 2) | 1;
        assert!(is_name(name(7)) && !is_name(word(7)));
        let doc = |names: [u32; 3]| {
            let mut terms: Vec<(u32, f32)> = (0..150).map(|k| (word(k), 1.0)).collect();
            terms.extend(names.map(|k| (name(k), 1.0)));
            Doc { terms, ..Doc::default() }
        };
        let docs: Vec<Doc> = (0..6).map(|i| doc(if i < 3 { [1000, 1001, 1002] } else { [2000, 2001, 2002] })).collect();
        let docs: Vec<&Doc> = docs.iter().collect();
        let cfg = ClusterConfig::default();
        assert_eq!(refine(&docs, &cfg), [0, 0, 0, 1, 1, 1]);
        let off = ClusterConfig { names_penalty: 1.0, ..cfg };
        assert_eq!(refine(&docs, &off), [0; 6]);
    }

    #[test]
    fn local_scale_is_the_mean_of_the_nearest() {
        assert_eq!(local_scale(&mut [(1, 0.4), (2, 0.2), (3, 0.6)], 3, 2), 0.5);
        // Articles sharing no term count 0.
        assert_eq!(local_scale(&mut [(1, 0.6)], 3, 2), 0.3);
        assert_eq!(local_scale(&mut [], 1, 5), MIN_SCALE);
    }
}
