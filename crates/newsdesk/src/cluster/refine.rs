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
//! in CSLS for embeddings; `k` grows as √n with the window's size n, so that it still reaches
//! past a story's own reports when stories are big). Pairs below an absolute floor count as unrelated (0) whatever their
//! neighbourhood, so an isolated article with weak neighbours cannot glue stories together.
//!
//! Two reports of one event name the same people and places; two events of one kind (two
//! earthquakes, two arrests) share their vocabulary but not their names. So when both articles
//! name enough (`names_min`) and their names barely overlap (name cosine under `names_overlap`),
//! the pair's relative similarity is scaled down, to `names_penalty` when no name is shared.
//!
//! The local scale of an article of `n` features is at least `refine_scale_floor / √n`:
//! a headline's nearest articles are chance overlaps of a word or two, whose cosines are
//! larger the shorter the texts, and a scale at the absolute minimum made any such overlap
//! look like a strong pair (a long article's floor is under the absolute minimum anyway).
//!
//! A pair counts only when the two articles share at least `refine_min_shared` features: in
//! headline-sized items the local scale sits at its minimum and one rare word in common (a
//! surname, "airport", "April") would score as a strong pair.
//!
//! A dated pair's relative similarity is divided by `1 + (days apart − window_days) /
//! refine_time_scale_days` when they are more than `window_days` apart.
//!
//! TF-IDF is two-pass here (document frequencies of the whole window), so early articles are
//! weighted as well as late ones. Articles with too little content ([`Doc::no_content`]) stay alone;
//! two articles in different known languages never share a cluster.
//!
//! The similarities form a sparse graph: each article's row is computed through an inverted
//! index (rows in parallel), and only its pairs above the floor are kept for the linkage
//! ([`linkage`], which also applies the gap rule). Up to `refine_exact_max` articles the
//! search is exhaustive (every pair sharing a term is scored, quadratic); above, it is pruned
//! to a fixed amount of work per article.
//! Either way the refinement costs far more per article than the online pass, so windows
//! larger than `refine_max_articles` keep their online assignment.

use super::copies;
use super::features::is_name;
use super::linkage::{self, Graph};
use super::{ClusterConfig, Doc};
use crate::text::sparse::{dot_sorted, shares_at_least};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Local scales below this are raised to it: an article with no real neighbour must not make
/// every weak similarity look strong.
const MIN_SCALE: f32 = 0.05;

/// Cluster labels (dense, from 0, by first member) for the articles of one window.
pub fn refine(docs: &[&Doc], cfg: &ClusterConfig) -> Vec<usize> {
    let vectors = tfidf(docs);
    let k = cfg.scale_neighbours(docs.len());
    let rows = neighbours(&vectors, cfg.refine_floor, k, cfg.refine_exact_max);
    let eligible: Vec<bool> = docs.iter().map(|d| d.no_content(cfg).is_none()).collect();
    let Some(families) = copies::families(docs, &vectors, &eligible, &rows, cfg) else {
        return dense(&cluster(docs, &vectors, rows, cfg));
    };
    // Each family of near-copies is clustered as one report (see `copies`).
    let units = copies::units(docs, &families);
    let units: Vec<&Doc> = units.iter().collect();
    // A unit's vector is the mean of its members', weighted with the document frequencies of
    // the window's articles (counted over units instead, the tuning rows lost 0.001).
    let vectors = copies::mean_vectors(&vectors, &families);
    let rows = neighbours(&vectors, cfg.refine_floor, k, cfg.refine_exact_max);
    let labels = cluster(&units, &vectors, rows, cfg);
    dense(&families.family.iter().map(|&f| labels[f as usize]).collect::<Vec<_>>())
}

/// Dense labels (from 0, by first member) for any labels.
fn dense(labels: &[usize]) -> Vec<usize> {
    let mut dense: FxHashMap<usize, usize> = FxHashMap::default();
    labels
        .iter()
        .map(|&l| {
            let next = dense.len();
            *dense.entry(l).or_insert(next)
        })
        .collect()
}

/// A cluster label for every one of `docs` (their unit vectors and neighbourhoods given): the
/// relative-similarity graph, the agglomeration and the fragments' attachment. Ineligible
/// articles are their own cluster.
fn cluster(docs: &[&Doc], vectors: &[Vec<(u32, f32)>], mut rows: Vec<Row>, cfg: &ClusterConfig) -> Vec<usize> {
    let n = docs.len();
    // A short item's neighbours are mostly chance overlaps of a word or two, so its local scale
    // is not below what such overlaps give an item of its length (see `refine_scale_floor`).
    for (row, v) in rows.iter_mut().zip(vectors) {
        row.scale = row.scale.max(cfg.refine_scale_floor / (v.len().max(1) as f32).sqrt());
    }
    let eligible: Vec<usize> = (0..n).filter(|&i| docs[i].no_content(cfg).is_none()).collect();
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
    // The eligible pairs above the floor, once each (a pruned search may find a pair from one
    // side only).
    let mut pairs: Vec<(usize, usize, f32)> = rows
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.near.iter().map(move |&(j, s)| (i.min(j as usize), i.max(j as usize), s)))
        .filter(|&(i, j, _)| item[i] != u32::MAX && item[j] != u32::MAX)
        .collect();
    // One shared word between two headlines is coincidence, not evidence ("Kelso port strike"
    // and "Kelso wins the cup"): with the local scale of a short item low, a single rare word
    // would otherwise score far above the threshold. Long articles above the floor share many.
    pairs.retain(|&(i, j, _)| shares_at_least(&vectors[i], &vectors[j], cfg.refine_min_shared));
    pairs.sort_unstable_by_key(|p| (p.0, p.1));
    pairs.dedup_by_key(|p| (p.0, p.1));
    let mut graph: Graph = vec![Vec::new(); eligible.len()];
    for (i, j, s) in pairs {
        let mut rel = s / (rows[i].scale * rows[j].scale).powf(cfg.refine_scale_power / 2.0);
        if named[i] && named[j] {
            let overlap = (dot_sorted(&names[i], &names[j]) / cfg.names_overlap).min(1.0);
            rel *= cfg.names_penalty + (1.0 - cfg.names_penalty) * overlap;
        }
        if let (Some(a), Some(b)) = (docs[i].day, docs[j].day) {
            // Reports of one story come close together; two events of one kind may be weeks
            // apart (a sparse stream's window spans months). Within `window_days` time says
            // nothing (a story's first week), beyond it the similarity weakens.
            let beyond = a.abs_diff(b).saturating_sub(cfg.window_days.unsigned_abs());
            rel /= 1.0 + beyond as f32 / cfg.refine_time_scale_days;
        }
        let (a, b) = (item[i], item[j]);
        graph[a as usize].push((b, rel));
        graph[b as usize].push((a, rel));
    }
    let mut clusters = linkage::average_linkage(&graph, &lang, cfg.refine_threshold, cfg.refine_gap);
    linkage::attach_fragments(
        &graph,
        &lang,
        &mut clusters,
        cfg.refine_attach,
        cfg.refine_attach_gap,
        cfg.refine_attach_size,
    );
    let mut label: Vec<usize> = (0..n).collect();
    for (r, &i) in clusters.root.iter().zip(&eligible) {
        label[i] = eligible[*r];
    }
    label
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
pub(super) fn names_only(v: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut names: Vec<(u32, f32)> = v.iter().copied().filter(|t| is_name(t.0)).collect();
    let norm = names.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        names.iter_mut().for_each(|t| t.1 /= norm);
    }
    names
}

/// An article's neighbourhood in the window.
pub(super) struct Row {
    /// Mean cosine to its `k` nearest articles (at least [`MIN_SCALE`]).
    scale: f32,
    /// The articles with a cosine of at least the floor, and that cosine.
    pub(super) near: Vec<(u32, f32)>,
}

/// Pruned search (windows over `refine_exact_max` articles): each article is indexed and
/// looked up by this many of its heaviest terms ...
const PRUNED_TERMS: usize = 40;
/// ... and the exact cosine is computed for this many of its best candidates. On the tuning
/// data (searched this way instead of exhaustively) this keeps ECB+ train and Multi-News as
/// they are and costs ECB+ dev 0.014 pairwise F1.
const PRUNED_CANDIDATES: usize = 60;

/// Every article's [`Row`], through an inverted index of the window: exhaustive (every pair
/// that shares a term is scored) up to `exact_max` articles, pruned above.
fn neighbours(vectors: &[Vec<(u32, f32)>], floor: f32, k: usize, exact_max: usize) -> Vec<Row> {
    let n = vectors.len();
    let exact = n <= exact_max;
    let tops: Vec<Vec<(u32, f32)>> = if exact { Vec::new() } else { vectors.par_iter().map(|v| heaviest(v)).collect() };
    let indexed = if exact { vectors } else { &tops[..] };
    let mut postings: FxHashMap<u32, Vec<(u32, f32)>> = FxHashMap::default();
    for (i, v) in indexed.iter().enumerate() {
        for &(id, w) in v {
            postings.entry(id).or_default().push((i as u32, w));
        }
    }
    let candidates = PRUNED_CANDIDATES.max(k);
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0.0f32; n], Vec::new(), Vec::new()),
            |(acc, touched, sims), i| {
                let acc: &mut [f32] = acc;
                sims.clear();
                if exact {
                    // A window small enough to scan the whole row: no bookkeeping in the hot loop.
                    for (id, w) in &indexed[i] {
                        for &(j, wj) in &postings[id] {
                            acc[j as usize] += w * wj;
                        }
                    }
                    acc[i] = 0.0;
                    for (j, a) in acc.iter_mut().enumerate() {
                        if *a > 0.0 {
                            sims.push((j as u32, std::mem::take(a)));
                        }
                    }
                } else {
                    for (id, w) in &indexed[i] {
                        for &(j, wj) in &postings[id] {
                            // Weights are positive: a zero sum means not yet touched.
                            if acc[j as usize] == 0.0 {
                                touched.push(j);
                            }
                            acc[j as usize] += w * wj;
                        }
                    }
                    sims.extend(touched.drain(..).map(|j| (j, std::mem::take(&mut acc[j as usize]))));
                    sims.retain(|&(j, _)| j as usize != i);
                    if sims.len() > candidates {
                        sims.select_nth_unstable_by(candidates - 1, |x, y| y.1.total_cmp(&x.1));
                        sims.truncate(candidates);
                    }
                    sims.iter_mut().for_each(|s| s.1 = dot_sorted(&vectors[i], &vectors[s.0 as usize]));
                }
                let scale = local_scale(sims, n.saturating_sub(1), k);
                let mut near: Vec<(u32, f32)> = sims.iter().copied().filter(|s| s.1 >= floor).collect();
                near.sort_unstable_by_key(|s| s.0);
                Row { scale, near }
            },
        )
        .collect()
}

/// The [`PRUNED_TERMS`] heaviest terms of a vector (any order).
fn heaviest(v: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut top = v.to_vec();
    if top.len() > PRUNED_TERMS {
        top.select_nth_unstable_by(PRUNED_TERMS - 1, |x, y| y.1.total_cmp(&x.1));
        top.truncate(PRUNED_TERMS);
    }
    top
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
    fn a_big_story_told_in_copies_is_one_story() {
        // Three stories of twelve reports each, every report in five identical copies (180
        // items); a report has six words of its story and ten of its own. Counted item by item,
        // an article's 30 nearest are its copies and its story-mates, whose relative score then
        // falls under the threshold: the story splits into its reports. Each family of copies
        // counted once, the story-mates stand out against the other stories.
        let docs: Vec<Doc> = (0..180u32)
            .map(|i| {
                let (story, report) = (i / 60, i / 5);
                let mut terms: Vec<(u32, f32)> = (0..6).map(|k| ((story * 100 + k) << 2, 1.0)).collect();
                terms.extend((0..10).map(|k| ((10_000 + report * 100 + k) << 2, 1.0)));
                Doc { terms, ..Doc::default() }
            })
            .collect();
        let docs: Vec<&Doc> = docs.iter().collect();
        let cfg = ClusterConfig::default();
        let stories = |labels: &[usize]| labels.iter().collect::<std::collections::HashSet<_>>().len();
        let labels = refine(&docs, &cfg);
        assert_eq!(stories(&labels), 3);
        assert!((0..180).all(|i| labels[i] == labels[i / 60 * 60]));
        let item_by_item = refine(&docs, &ClusterConfig { refine_copy: 2.0, ..cfg });
        assert_eq!(stories(&item_by_item), 36);
    }

    #[test]
    fn a_story_of_more_reports_than_neighbours_holds_when_k_grows_with_the_window() {
        // 25 stories of 40 distinct reports (1,000 articles); report r of a story uses 12
        // consecutive words (from r) of the story's 16-word cycle and 6 words of its own, so
        // reports close on the cycle are more alike than far ones. Read over a fixed 10
        // nearest, the scale is the story's own tightness and the story falls apart; read over
        // ~√n nearest (47 > 40) it reaches the other stories, and each story holds.
        let docs: Vec<Doc> = (0..1000u32)
            .map(|i| {
                let (story, r) = (i / 40, i % 40);
                let mut terms: Vec<(u32, f32)> = (0..12).map(|k| ((story * 100 + (r + k) % 16) << 2, 1.0)).collect();
                terms.extend((0..6).map(|k| ((10_000 + i * 10 + k) << 2, 1.0)));
                terms.sort_unstable_by_key(|t| t.0);
                Doc { terms, ..Doc::default() }
            })
            .collect();
        let docs: Vec<&Doc> = docs.iter().collect();
        let stories = |labels: &[usize]| labels.iter().collect::<std::collections::HashSet<_>>().len();
        let fixed = ClusterConfig { refine_neighbours: 10, refine_neighbours_root: 0.0, ..ClusterConfig::default() };
        // 125 pieces with k = 10 (100 with 16; 25 from k = 32 on).
        assert!(stories(&refine(&docs, &fixed)) > 25);
        let grown = ClusterConfig { refine_neighbours_root: 1.5, ..fixed };
        assert_eq!(grown.scale_neighbours(docs.len()), 47);
        let labels = refine(&docs, &grown);
        assert_eq!(stories(&labels), 25);
        assert!((0..1000).all(|i| labels[i] == labels[i / 40 * 40]));
    }

    #[test]
    fn pruned_search_finds_what_the_exhaustive_one_finds_when_nothing_is_pruned() {
        // Articles of at most PRUNED_TERMS terms, fewer than PRUNED_CANDIDATES of them: the
        // pruned search must score exactly the pairs the exhaustive one scores.
        let docs: Vec<Doc> = (0..12u32)
            .map(|i| Doc {
                terms: (0..20).map(|k| (((i / 4) * 100 + (k + i) % 25) << 2, 1.0)).collect(),
                ..Doc::default()
            })
            .map(|mut d| {
                d.terms.sort_unstable_by_key(|t| t.0);
                d
            })
            .collect();
        let docs: Vec<&Doc> = docs.iter().collect();
        let vectors = tfidf(&docs);
        let exhaustive = neighbours(&vectors, 0.1, 3, usize::MAX);
        let pruned = neighbours(&vectors, 0.1, 3, 0);
        for (e, p) in exhaustive.iter().zip(&pruned) {
            assert!((e.scale - p.scale).abs() < 1e-6);
            assert_eq!(e.near.len(), p.near.len());
            for (x, y) in e.near.iter().zip(&p.near) {
                assert!(x.0 == y.0 && (x.1 - y.1).abs() < 1e-6, "{x:?} {y:?}");
            }
        }
        assert!(exhaustive.iter().all(|r| r.near.len() >= 3), "each article has its group of four");
        let cfg = ClusterConfig::default();
        assert_eq!(refine(&docs, &cfg), refine(&docs, &ClusterConfig { refine_exact_max: 0, ..cfg.clone() }));
    }

    #[test]
    fn headlines_sharing_one_word_stay_apart() {
        // Two five-word headlines with one word in common ("white"): no evidence of one story.
        let doc = |ids: [u32; 5]| Doc { terms: ids.map(|k| (k << 2, 1.0)).to_vec(), ..Doc::default() };
        let docs = [doc([1, 2, 3, 4, 5]), doc([1, 6, 7, 8, 9])];
        let docs: Vec<&Doc> = docs.iter().collect();
        let cfg = ClusterConfig::default();
        assert_eq!(refine(&docs, &cfg), [0, 1]);
        // Without the rule (and the length-aware scale, which alone keeps this pair apart
        // too) they are one cluster.
        let loose = ClusterConfig { refine_min_shared: 1, refine_scale_floor: 0.0, ..cfg.clone() };
        assert_eq!(refine(&docs, &loose), [0, 0]);
        assert_eq!(refine(&docs, &ClusterConfig { refine_min_shared: 1, ..cfg.clone() }), [0, 1]);
        // Two words in common are.
        let docs = [doc([1, 2, 3, 4, 5]), doc([1, 2, 7, 8, 9])];
        let docs: Vec<&Doc> = docs.iter().collect();
        assert_eq!(refine(&docs, &cfg), [0, 0]);
    }

    #[test]
    fn local_scale_is_the_mean_of_the_nearest() {
        assert_eq!(local_scale(&mut [(1, 0.4), (2, 0.2), (3, 0.6)], 3, 2), 0.5);
        // Articles sharing no term count 0.
        assert_eq!(local_scale(&mut [(1, 0.6)], 3, 2), 0.3);
        assert_eq!(local_scale(&mut [], 1, 5), MIN_SCALE);
    }
}
