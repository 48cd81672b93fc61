//! The refinement's agglomeration over a sparse similarity graph: weighted average linkage
//! (WPGMA) down to a threshold, then small fragments join a larger cluster they are close to.
//!
//! Both steps also refuse a join that scores far below the merge that formed the cluster being
//! joined (the *gap* rule, after Chameleon's relative closeness): reports of one event are
//! about as close to each other across two partial clusters as within them, while two events
//! of one topic (two North Korea stories, two extradition cases) are each tight and only
//! loosely related to the other. A fixed threshold cannot tell these apart when the topic's
//! stories are few and far from everything else, as their relative similarities are then all
//! high.
//!
//! Items are a window's eligible articles; `graph[i]` lists `(j, score)` for the pairs that
//! can matter (relative similarity above the floor), in both directions. A pair that is not
//! listed scores 0, exactly as in a dense matrix. Items of different known languages
//! (`lang`) are never put together: a cluster takes the language of its first member that
//! has one.

use rustc_hash::FxHashMap;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// An item's scored neighbours.
pub type Graph = Vec<Vec<(u32, f32)>>;

/// A pair of clusters that may merge, as it stood when pushed (the versions tell whether
/// either side has changed since).
struct Candidate {
    score: f32,
    a: u32,
    b: u32,
    versions: (u32, u32),
}

impl Candidate {
    /// Highest score first; among equal scores the lowest pair, so results do not depend on
    /// the heap's internal order.
    fn key(&self) -> (f32, Reverse<u32>, Reverse<u32>) {
        (self.score, Reverse(self.a), Reverse(self.b))
    }
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        let (s, a, b) = self.key();
        let (t, c, d) = other.key();
        s.total_cmp(&t).then(a.cmp(&c)).then(b.cmp(&d))
    }
}

fn compatible(a: Option<u32>, b: Option<u32>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The agglomeration's clusters.
#[derive(Debug)]
pub struct Clusters {
    /// Each item's cluster, named by its lowest item.
    pub root: Vec<usize>,
    /// Per root, the score of the merge that formed its cluster (infinite for a single item).
    pub height: Vec<f32>,
}

/// The score a join of clusters with these heights needs under the gap rule: `gap` times the
/// lower height of the two (single items set no bar).
fn gap_bar(gap: f32, a: f32, b: f32) -> f32 {
    let h = a.min(b);
    if h.is_finite() {
        gap * h
    } else {
        0.0
    }
}

/// WPGMA while the best cluster pair scores at least `threshold`: a merged cluster's score to
/// another is the mean of its two parts' scores (so a big fragment does not outvote a small
/// one). A pair scoring under `gap` times the score that formed either cluster is not merged.
///
/// Since a merged score is a mean of two old ones, only pairs that reach the threshold are
/// ever candidates, merges come in falling score order, and a merge only changes the merged
/// cluster's pairs: the heap holds the candidates, and entries made stale by a merge are
/// skipped when they come up.
pub fn average_linkage(graph: &Graph, lang: &[Option<u32>], threshold: f32, gap: f32) -> Clusters {
    let c = graph.len();
    let mut height = vec![f32::INFINITY; c];
    let mut links: Vec<FxHashMap<u32, f32>> = graph.iter().map(|l| l.iter().copied().collect()).collect();
    let mut lang = lang.to_vec();
    let mut version = vec![0u32; c];
    let mut alive = vec![true; c];
    let mut members: Vec<Vec<u32>> = (0..c as u32).map(|i| vec![i]).collect();
    let mut heap: BinaryHeap<Candidate> = BinaryHeap::new();
    for (a, list) in graph.iter().enumerate() {
        for &(b, score) in list {
            if (a as u32) < b && score >= threshold {
                heap.push(Candidate { score, a: a as u32, b, versions: (0, 0) });
            }
        }
    }
    while let Some(Candidate { score, a, b, versions }) = heap.pop() {
        let (a, b) = (a as usize, b as usize);
        if !alive[a]
            || !alive[b]
            || versions != (version[a], version[b])
            || !compatible(lang[a], lang[b])
            || score < gap_bar(gap, height[a], height[b])
        {
            continue;
        }
        // The lower item keeps the cluster.
        let (keep, gone) = (a.min(b), a.max(b));
        alive[gone] = false;
        let kept = std::mem::take(&mut links[keep]);
        let lost = std::mem::take(&mut links[gone]);
        let mut merged: FxHashMap<u32, f32> = FxHashMap::default();
        for (&x, &s) in kept.iter().chain(&lost) {
            if x as usize != keep && x as usize != gone {
                *merged.entry(x).or_insert(0.0) += s / 2.0;
            }
        }
        version[keep] += 1;
        for (&x, &s) in &merged {
            let other = &mut links[x as usize];
            other.remove(&(gone as u32));
            other.insert(keep as u32, s);
            if s >= threshold {
                let (lo, hi) = (x.min(keep as u32), x.max(keep as u32));
                heap.push(Candidate { score: s, a: lo, b: hi, versions: (version[lo as usize], version[hi as usize]) });
            }
        }
        links[keep] = merged;
        height[keep] = score;
        lang[keep] = lang[keep].or(lang[gone]);
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
    }
    let mut root = vec![0; c];
    for (r, list) in members.iter().enumerate() {
        for &i in list {
            root[i as usize] = r;
        }
    }
    Clusters { root, height }
}

/// A fragment left by the agglomeration (a cluster of at most `max_size` items) joins the
/// cluster larger than itself that it is closest to on average (mean over all its pairs with
/// that cluster, unlisted pairs counting 0), when that mean reaches `threshold`: an outlier
/// report of a story (an odd angle, a short text) is more often a member than a story of its
/// own. The mean must also reach `gap` times the score that formed that cluster. The clusters
/// are those of the agglomeration; attachments do not chain.
pub fn attach_fragments(
    graph: &Graph,
    lang: &[Option<u32>],
    clusters: &mut Clusters,
    threshold: f32,
    gap: f32,
    max_size: usize,
) {
    let Clusters { root, height } = clusters;
    let c = root.len();
    let mut size = vec![0usize; c];
    let mut cluster_lang: Vec<Option<u32>> = vec![None; c];
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, &r) in root.iter().enumerate() {
        size[r] += 1;
        cluster_lang[r] = cluster_lang[r].or(lang[i]);
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
                for &(j, s) in &graph[i] {
                    let r = root[j as usize];
                    if size[r] > size[f] && compatible(cluster_lang[r], cluster_lang[f]) {
                        *sums.entry(r).or_insert(0.0) += s;
                    }
                }
            }
            let mut best: Option<(usize, f32)> = None;
            for (&r, &sum) in &sums {
                let m = sum / (size[r] * size[f]) as f32;
                if best.is_none_or(|(br, bm)| m > bm || (m == bm && r < br)) {
                    best = Some((r, m));
                }
            }
            // `r` is larger than a fragment, so it was formed by a merge and has a height.
            best.filter(|&(r, m)| m >= threshold.max(gap * height[r])).map(|(r, _)| (f, r))
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

    /// A symmetric graph from `(i, j, score)` pairs.
    fn graph(c: usize, pairs: &[(usize, usize, f32)]) -> Graph {
        let mut g: Graph = vec![Vec::new(); c];
        for &(i, j, s) in pairs {
            g[i].push((j as u32, s));
            g[j].push((i as u32, s));
        }
        g
    }

    /// Clusters as given, each formed at score 1.0 (single items at infinity).
    fn clusters(root: Vec<usize>) -> Clusters {
        let mut height = vec![f32::INFINITY; root.len()];
        for (i, &r) in root.iter().enumerate() {
            if r != i {
                height[r] = 1.0;
            }
        }
        Clusters { root, height }
    }

    #[test]
    fn average_linkage_stops_at_the_threshold() {
        // Items 0,1 close; 2,3 close; across weak.
        let g = graph(4, &[(0, 1, 0.9), (0, 2, 0.1), (1, 3, 0.1), (2, 3, 0.8)]);
        assert_eq!(average_linkage(&g, &[None; 4], 0.5, 0.0).root, [0, 0, 2, 2]);
        // Merged scores are means: {0,1}–{2,3} is (0.05 + 0.05) / 2.
        assert_eq!(average_linkage(&g, &[None; 4], 0.05, 0.0).root, [0, 0, 0, 0]);
        assert_eq!(average_linkage(&g, &[None; 4], 0.06, 0.0).root, [0, 0, 2, 2]);
    }

    #[test]
    fn two_tight_stories_of_one_topic_stay_apart() {
        // {0,1} formed at 0.9 and {2,3} at 0.8 score 0.3 to each other; 4 scores 0.35 to 0 and 1.
        let across: Vec<(usize, usize, f32)> =
            [(0, 2), (0, 3), (1, 2), (1, 3)].iter().map(|&(i, j)| (i, j, 0.3)).collect();
        let g = graph(5, &[across, vec![(0, 1, 0.9), (2, 3, 0.8), (4, 0, 0.35), (4, 1, 0.35)]].concat());
        let none = [None; 5];
        assert_eq!(average_linkage(&g, &none, 0.1, 0.0).root, [0, 0, 0, 0, 0]);
        // Half the lower height (0.4) is more than 0.3; 0.35 is under half of 0.9.
        let c = average_linkage(&g, &none, 0.1, 0.5);
        assert_eq!(c.root, [0, 0, 2, 2, 4]);
        assert_eq!((c.height[0], c.height[2], c.height[4]), (0.9, 0.8, f32::INFINITY));
        // With a third as the bar, 4 joins {0,1} (at 0.35), and {0,1,4} then scores 0.15 with
        // {2,3}, over a third of 0.35.
        assert_eq!(average_linkage(&g, &none, 0.1, 0.3).root, [0, 0, 0, 0, 0]);
    }

    #[test]
    fn clusters_of_different_languages_never_merge() {
        // 1 has no language: it joins 2 (de), and then {1, 2} scores 0.45 with 0 (en).
        let g = graph(3, &[(0, 1, 0.9), (1, 2, 0.95)]);
        assert_eq!(average_linkage(&g, &[None; 3], 0.4, 0.0).root, [0, 0, 0]);
        assert_eq!(average_linkage(&g, &[Some(0), None, Some(1)], 0.4, 0.0).root, [0, 1, 1]);
    }

    #[test]
    fn small_fragments_join_their_closest_larger_cluster() {
        // Items 0,1,2 one cluster; 3,4 a fragment close to it (mean 0.8); 5 alone and far.
        let close: Vec<(usize, usize, f32)> =
            [(3, 0), (3, 1), (3, 2), (4, 0), (4, 1), (4, 2)].iter().map(|&(i, j)| (i, j, 0.8)).collect();
        let g = graph(6, &[close.clone(), vec![(5, 0, 0.3)]].concat());
        let none = [None; 6];
        // The fragments' roots after attaching to the clusters {0,1,2}, {3,4}, {5}, each formed
        // at 1.0.
        let attached = |g: &Graph, lang: &[Option<u32>], gap: f32, max_size: usize| {
            let mut c = clusters(vec![0, 0, 0, 3, 3, 5]);
            attach_fragments(g, lang, &mut c, 0.7, gap, max_size);
            c.root
        };
        assert_eq!(attached(&g, &none, 0.0, 2), [0, 0, 0, 0, 0, 5]);
        // Unless the mean is far below the score that formed the cluster.
        assert_eq!(attached(&g, &none, 0.9, 2), [0, 0, 0, 3, 3, 5]);
        // A lone article joins a pair (a cluster larger than itself).
        let g = graph(6, &[close, vec![(5, 0, 0.3), (5, 3, 0.9), (5, 4, 0.9)]].concat());
        assert_eq!(attached(&g, &none, 0.0, 2), [0, 0, 0, 0, 0, 3]);
        // With fragments of one article only, the pair stays apart (and the lone one still
        // joins it).
        assert_eq!(attached(&g, &none, 0.0, 1), [0, 0, 0, 3, 3, 3]);
        // Not across languages.
        let lang = [Some(0), Some(0), Some(0), Some(1), Some(1), Some(0)];
        assert_eq!(attached(&g, &lang, 0.0, 1), [0, 0, 0, 3, 3, 5]);
    }
}
