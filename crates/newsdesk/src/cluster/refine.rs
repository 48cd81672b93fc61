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
//! Cost is quadratic in the window (a dense similarity matrix), so windows larger than
//! `refine_max_articles` keep their online assignment.

use super::features::is_name;
use super::{ClusterConfig, Doc};
use crate::text::sparse::dot_sorted;
use rustc_hash::FxHashMap;

/// Local scales below this are raised to it: an article with no real neighbour must not make
/// every weak similarity look strong.
const MIN_SCALE: f32 = 0.05;
/// Relative similarity of two articles in different known languages (never joined).
const FORBIDDEN: f32 = -1.0e6;

/// Cluster labels (dense, from 0, by first member) for the articles of one window.
pub fn refine(docs: &[&Doc], cfg: &ClusterConfig) -> Vec<usize> {
    let n = docs.len();
    let vectors = tfidf(docs);
    let eligible: Vec<usize> = (0..n).filter(|&i| docs[i].terms.len() >= cfg.min_features).collect();
    let sims = similarities(&vectors);
    // Name cosines are only needed for the few pairs above the floor: computed per pair.
    let names: Vec<Vec<(u32, f32)>> = vectors.iter().map(|v| names_only(v)).collect();
    let named: Vec<bool> =
        docs.iter().map(|d| d.terms.iter().filter(|t| is_name(t.0)).count() >= cfg.names_min).collect();
    let scale: Vec<f32> = (0..n).map(|i| local_scale(&sims[i * n..(i + 1) * n], i, cfg.refine_neighbours)).collect();
    let c = eligible.len();
    // Sum of relative similarities between clusters (starting from single articles).
    let mut w = vec![0.0f32; c * c];
    for (a, &i) in eligible.iter().enumerate() {
        for (b, &j) in eligible.iter().enumerate().skip(a + 1) {
            let s = sims[i * n + j];
            let rel = match (&docs[i].lang, &docs[j].lang) {
                (Some(x), Some(y)) if x != y => FORBIDDEN,
                _ if s < cfg.refine_floor => 0.0,
                _ if named[i] && named[j] => {
                    let overlap = (dot_sorted(&names[i], &names[j]) / cfg.names_overlap).min(1.0);
                    let factor = cfg.names_penalty + (1.0 - cfg.names_penalty) * overlap;
                    factor * s / (scale[i] * scale[j]).sqrt()
                }
                _ => s / (scale[i] * scale[j]).sqrt(),
            };
            w[a * c + b] = rel;
            w[b * c + a] = rel;
        }
    }
    let scores = w.clone();
    let mut members = average_linkage(&mut w, c, cfg.refine_threshold);
    attach_fragments(&scores, &mut members, cfg.refine_attach, cfg.refine_attach_size);
    let mut label = vec![usize::MAX; n];
    for (root, &i) in members.iter().zip(&eligible) {
        label[i] = eligible[*root];
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

/// Dense `n × n` cosine matrix through an inverted index (diagonal left at 0).
fn similarities(vectors: &[Vec<(u32, f32)>]) -> Vec<f32> {
    let n = vectors.len();
    let mut postings: FxHashMap<u32, Vec<(u32, f32)>> = FxHashMap::default();
    for (i, v) in vectors.iter().enumerate() {
        for &(id, w) in v {
            postings.entry(id).or_default().push((i as u32, w));
        }
    }
    let mut sims = vec![0.0f32; n * n];
    for list in postings.values() {
        for (x, &(i, wi)) in list.iter().enumerate() {
            let row = i as usize * n;
            for &(j, wj) in &list[x + 1..] {
                sims[row + j as usize] += wi * wj;
            }
        }
    }
    for i in 0..n {
        for j in i + 1..n {
            sims[j * n + i] = sims[i * n + j];
        }
    }
    sims
}

/// Mean similarity of article `i` to its `k` nearest others (`row` is its similarity row).
fn local_scale(row: &[f32], i: usize, k: usize) -> f32 {
    let mut others: Vec<f32> = row.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, &s)| s).collect();
    let k = k.min(others.len());
    if k == 0 {
        return MIN_SCALE;
    }
    if k < others.len() {
        others.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
    }
    (others[..k].iter().sum::<f32>() / k as f32).max(MIN_SCALE)
}

/// Weighted average-linkage (WPGMA) agglomeration over `c` items whose pairwise scores are
/// in `w` (row-major), while the best cluster pair's score is at least `threshold`; a merged
/// cluster's score to another is the mean of its two parts' scores (so a big fragment does
/// not outvote a small one). Returns each item's cluster root (an item index).
///
/// Each cluster keeps its best partner; after a merge only clusters whose best partner was one
/// of the two merged need a new scan: the merged cluster's score to any other is the mean of
/// two old ones, so it beats no one's current best.
fn average_linkage(w: &mut [f32], c: usize, threshold: f32) -> Vec<usize> {
    // Live clusters in increasing order: scans skip the merged ones (the matrix is never
    // compacted, so their rows and columns are simply no longer read).
    let mut live: Vec<usize> = (0..c).collect();
    let mut root: Vec<usize> = (0..c).collect();
    let best_of = |w: &[f32], live: &[usize], a: usize| -> Option<(usize, f32)> {
        let row = &w[a * c..(a + 1) * c];
        let mut best: Option<(usize, f32)> = None;
        for &b in live.iter().filter(|&&b| b != a) {
            if best.is_none_or(|(_, bm)| row[b] > bm) {
                best = Some((b, row[b]));
            }
        }
        best
    };
    let mut best: Vec<Option<(usize, f32)>> = (0..c).map(|a| best_of(w, &live, a)).collect();
    loop {
        let mut pick: Option<(usize, usize, f32)> = None;
        for &a in &live {
            if let Some((b, m)) = best[a] {
                if pick.is_none_or(|(_, _, pm)| m > pm) {
                    pick = Some((a, b, m));
                }
            }
        }
        let Some((a, b, m)) = pick else { break };
        if m < threshold {
            break;
        }
        // The lower index keeps the cluster, so results do not depend on scan order.
        let (keep, gone) = (a.min(b), a.max(b));
        live.retain(|&x| x != gone);
        for &x in &live {
            let merged = (w[keep * c + x] + w[gone * c + x]) / 2.0;
            w[keep * c + x] = merged;
            w[x * c + keep] = merged;
        }
        for r in root.iter_mut() {
            if *r == gone {
                *r = keep;
            }
        }
        for &x in &live {
            if x == keep || matches!(best[x], Some((p, _)) if p == keep || p == gone) {
                best[x] = best_of(w, &live, x);
            }
        }
        best[gone] = None;
    }
    root
}

/// A fragment left by the agglomeration (a cluster of at most `max_size` articles) joins the
/// cluster larger than itself that it is closest to on average (mean over all its pairs with
/// that cluster), when that mean relative similarity reaches `threshold`: an outlier report of a
/// story (an odd angle, a short text) is more often a member than a story of its own. The
/// clusters are those of the agglomeration; attachments do not chain.
fn attach_fragments(scores: &[f32], root: &mut [usize], threshold: f32, max_size: usize) {
    let c = root.len();
    let mut size = vec![0usize; c];
    root.iter().for_each(|&r| size[r] += 1);
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, &r) in root.iter().enumerate() {
        members.entry(r).or_default().push(i);
    }
    let mut fragments: Vec<usize> = members.keys().copied().filter(|&r| size[r] <= max_size).collect();
    fragments.sort_unstable();
    let mut sums: FxHashMap<usize, f32> = FxHashMap::default();
    let moves: Vec<(usize, usize)> = fragments
        .into_iter()
        .filter_map(|f| {
            sums.clear();
            for &i in &members[&f] {
                for j in (0..c).filter(|&j| size[root[j]] > size[f]) {
                    *sums.entry(root[j]).or_insert(0.0) += scores[i * c + j];
                }
            }
            let mut best: Option<(usize, f32)> = None;
            for (&r, &sum) in &sums {
                let m = sum / (size[r] * size[f]) as f32;
                if best.is_none_or(|(br, bm)| m > bm || (m == bm && r < br)) {
                    best = Some((r, m));
                }
            }
            best.filter(|&(_, m)| m >= threshold).map(|(r, _)| (f, r))
        })
        .collect();
    for (f, r) in moves {
        for &i in &members[&f] {
            root[i] = r;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_linkage_stops_at_the_threshold() {
        // Items 0,1 close; 2,3 close; across weak.
        let s = [[0.0, 0.9, 0.1, 0.0], [0.9, 0.0, 0.0, 0.1], [0.1, 0.0, 0.0, 0.8], [0.0, 0.1, 0.8, 0.0]];
        let mut w: Vec<f32> = s.iter().flatten().copied().collect();
        assert_eq!(average_linkage(&mut w, 4, 0.5), [0, 0, 2, 2]);
        let mut w: Vec<f32> = s.iter().flatten().copied().collect();
        assert_eq!(average_linkage(&mut w, 4, 0.01), [0, 0, 0, 0]);
    }

    #[test]
    fn small_fragments_join_their_closest_larger_cluster() {
        // Items 0,1,2 one cluster; 3,4 a fragment close to it (mean 0.8); 5 alone and far.
        let c = 6;
        let mut scores = vec![0.0f32; c * c];
        let mut set = |i: usize, j: usize, v: f32| {
            scores[i * c + j] = v;
            scores[j * c + i] = v;
        };
        for (i, j) in [(3, 0), (3, 1), (3, 2), (4, 0), (4, 1), (4, 2)] {
            set(i, j, 0.8);
        }
        set(5, 0, 0.3);
        let mut root = vec![0, 0, 0, 3, 3, 5];
        attach_fragments(&scores, &mut root, 0.7, 2);
        assert_eq!(root, [0, 0, 0, 0, 0, 5]);
        // A lone article joins a pair (a cluster larger than itself).
        let mut root = vec![0, 0, 0, 3, 3, 5];
        scores[5 * c + 3] = 0.9;
        scores[3 * c + 5] = 0.9;
        scores[5 * c + 4] = 0.9;
        scores[4 * c + 5] = 0.9;
        attach_fragments(&scores, &mut root, 0.7, 2);
        assert_eq!(root, [0, 0, 0, 0, 0, 3]);
        // With fragments of one article only, the pair stays apart (and the lone one still
        // joins it).
        let mut root = vec![0, 0, 0, 3, 3, 5];
        attach_fragments(&scores, &mut root, 0.7, 1);
        assert_eq!(root, [0, 0, 0, 3, 3, 3]);
    }

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
        assert_eq!(local_scale(&[1.0, 0.4, 0.2, 0.6], 0, 2), 0.5);
        assert_eq!(local_scale(&[1.0, 0.0], 0, 5), MIN_SCALE);
    }
}
