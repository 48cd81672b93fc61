//! Cluster: group articles into stories — the real-world events they report — online.
//!
//! Input: articles ([`RawArticle`]s on the fast path, or cleaned [`Article`]s). Output: one
//! [`StoryAssignment`] per article, in input order: its story, its language and, for a
//! near-copy, the earlier article it copies.
//!
//! Articles are processed in publication order (undated articles keep their input position,
//! taking the date of the dated article before them; an undated corpus is one window). Each
//! is assigned on arrival by the [`Clusterer`] ([`online`]), from features computed in
//! parallel ([`features`]); [`Stream`] takes articles a batch at a time, so one batch is
//! assigned while the next is featurised. Once a window is complete, its assignments are revised by the
//! [`refine`] pass (relative-similarity agglomeration over the window's articles), which is
//! what the written output shows. The same input always gives the same output: features do
//! not depend on thread scheduling, ties break on the lower story, ids are numbered in input
//! order.
//!
//! ```
//! use newsdesk::cluster::{cluster, ClusterConfig};
//! let mut input = newsdesk::ingest::Ingested::default();
//! newsdesk::ingest::read_bytes("a.jsonl", br#"{"id":"a","text":"Dockworkers at the port of Valmora walked out on Monday over pay; the union of Valmora dockworkers wants a 12% rise."}
//! {"id":"b","text":"A volcano erupted on the island of Kelso on Friday, and ash from the Kelso volcano closed the airport."}
//! {"id":"c","text":"The Valmora port strike by dockworkers went on for a third day as the union held out for 12%."}"#, &mut input);
//! let stories = cluster(&input.articles, &ClusterConfig::default());
//! assert_eq!(stories[0].story, stories[2].story);
//! assert_ne!(stories[0].story, stories[1].story);
//! assert_eq!(stories[0].lang.as_deref(), Some("en"));
//! ```

mod config;
pub mod features;
pub mod online;
pub mod refine;

pub use config::ClusterConfig;
pub use features::Doc;
pub use online::{Clusterer, Placement};

use newsdesk_model::{Article, RawArticle, StoryAssignment};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Raw articles featurised per batch by [`cluster`]: one batch is assigned while the next is
/// featurised.
const BATCH: usize = 4096;

/// Clusters raw articles (fast feature path). Output in input order.
pub fn cluster(raws: &[RawArticle], cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    let mut stream = Stream::new(cfg);
    let mut pending = Vec::new();
    for chunk in raws.chunks(BATCH) {
        let (docs, ()) = rayon::join(
            || chunk.par_iter().map(|r| (r.id.clone(), Doc::from_raw(r, cfg))).collect(),
            || stream.extend(std::mem::take(&mut pending)),
        );
        pending = docs;
    }
    stream.extend(pending);
    stream.finish()
}

/// Clusters articles cleaned by the full clean stage. Output in input order.
pub fn cluster_articles(articles: &[Article], cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    let mut stream = Stream::new(cfg);
    stream.extend(articles.par_iter().map(|a| (a.id.clone(), Doc::from_article(a, cfg))).collect::<Vec<_>>());
    stream.finish()
}

/// [`cluster`] for articles that arrive a batch at a time, as `(id, features)`. While they
/// arrive in publication order (days never decreasing, the usual stream) each one is assigned
/// online at once, so a caller can featurise the next batch meanwhile; otherwise the online
/// pass waits for the end. Either way the result is the same.
pub struct Stream {
    cfg: ClusterConfig,
    ids: Vec<String>,
    docs: Vec<Doc>,
    /// Fed in arrival order so far, while `in_order`.
    clusterer: Clusterer,
    in_order: bool,
    last_day: Option<i32>,
}

impl Stream {
    /// An empty stream.
    pub fn new(cfg: &ClusterConfig) -> Self {
        Self {
            cfg: cfg.clone(),
            ids: Vec::new(),
            docs: Vec::new(),
            clusterer: Clusterer::new(cfg.clone()),
            in_order: true,
            last_day: None,
        }
    }

    /// Adds the next articles of the input.
    pub fn extend(&mut self, batch: impl IntoIterator<Item = (String, Doc)>) {
        for (id, doc) in batch {
            if let Some(day) = doc.day {
                if self.in_order && self.last_day.is_some_and(|last| day < last) {
                    // Arrival order is no longer input order: everything is pushed at the end.
                    self.in_order = false;
                    self.clusterer = Clusterer::new(self.cfg.clone());
                }
                self.last_day = Some(day);
            }
            if self.in_order {
                self.clusterer.push(&doc);
            }
            self.ids.push(id);
            self.docs.push(doc);
        }
    }

    /// Every article's story, in input order.
    pub fn finish(mut self) -> Vec<StoryAssignment> {
        let (order, keys) = arrival(&self.docs);
        if !self.in_order {
            for &i in &order {
                self.clusterer.push(&self.docs[i]);
            }
        }
        let placements = settle(&self.docs, &order, &keys, self.clusterer.placements(), &self.cfg);
        let ids = &self.ids;
        self.docs
            .into_iter()
            .zip(placements)
            .zip(ids)
            .map(|((doc, p), id)| StoryAssignment {
                article: id.clone(),
                story: format!("story-{}", p.story + 1),
                lang: doc.lang,
                duplicate_of: p.duplicate_of.map(|i| ids[i].clone()),
            })
            .collect()
    }
}

/// Runs the online clusterer over `docs` in arrival order, then refines each completed
/// window ([`refine`]). The result is indexed like `docs`: stories are numbered by first
/// appearance in input order and `duplicate_of` is an index into `docs`.
pub fn place(docs: &[Doc], cfg: &ClusterConfig) -> Vec<Placement> {
    let (order, keys) = arrival(docs);
    let mut clusterer = Clusterer::new(cfg.clone());
    for &i in &order {
        clusterer.push(&docs[i]);
    }
    settle(docs, &order, &keys, clusterer.placements(), cfg)
}

/// The online placements (in push order) refined, mapped back to input order and renumbered.
fn settle(
    docs: &[Doc],
    order: &[usize],
    keys: &[Option<i32>],
    pushed: Vec<Placement>,
    cfg: &ClusterConfig,
) -> Vec<Placement> {
    let pushed = revise(docs, order, keys, pushed, cfg);
    let mut out = vec![Placement { story: 0, duplicate_of: None }; docs.len()];
    for (k, p) in pushed.into_iter().enumerate() {
        out[order[k]] = Placement { story: p.story, duplicate_of: p.duplicate_of.map(|d| order[d]) };
    }
    let mut numbers = vec![usize::MAX; docs.len()];
    let mut next = 0;
    for p in &mut out {
        if numbers[p.story] == usize::MAX {
            numbers[p.story] = next;
            next += 1;
        }
        p.story = numbers[p.story];
    }
    out
}

/// Replaces the online stories of each window (`window_days` of arrival days; an undated
/// input is one window) by the refined clusters, when the window is small enough. Stories
/// that continue from one window into the next stay linked through their online story, and a
/// copy stays with its original. Indices are push numbers.
fn revise(
    docs: &[Doc],
    order: &[usize],
    keys: &[Option<i32>],
    pushed: Vec<Placement>,
    cfg: &ClusterConfig,
) -> Vec<Placement> {
    let n = pushed.len();
    if cfg.refine_max_articles == 0 || n == 0 {
        return pushed;
    }
    let mut uf: Vec<usize> = (0..n).collect();
    fn find(uf: &mut [usize], mut x: usize) -> usize {
        while uf[x] != x {
            uf[x] = uf[uf[x]];
            x = uf[x];
        }
        x
    }
    let union = |uf: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(uf, a), find(uf, b));
        if ra != rb {
            uf[ra.max(rb)] = ra.min(rb);
        }
    };
    // Last push number of each online story in an earlier window.
    let mut previous: FxHashMap<usize, usize> = FxHashMap::default();
    let (mut start, mut previous_start) = (0, 0);
    while start < n {
        let first_day = keys[order[start]];
        let mut end = start + 1;
        while end < n && within(first_day, keys[order[end]], cfg.window_days) {
            end += 1;
        }
        if end - start <= cfg.refine_max_articles {
            // The previous window is refined again as context, so a story that continues
            // across the boundary is found even when the online pass split it; its
            // articles only link a new cluster to one earlier one (earlier clusters are not
            // re-merged among themselves).
            // Only earlier articles whose story can still be active (within `window_days`).
            let recent =
                (previous_start..start).find(|&k| within(keys[order[k]], first_day, cfg.window_days)).unwrap_or(start);
            let from = if end - recent <= cfg.refine_max_articles { recent } else { start };
            let window: Vec<&Doc> = order[from..end].iter().map(|&i| &docs[i]).collect();
            let labels = refine::refine(&window, cfg);
            let mut first: FxHashMap<usize, usize> = FxHashMap::default();
            let mut earlier: FxHashMap<usize, usize> = FxHashMap::default();
            for (k, &label) in labels.iter().enumerate() {
                let at = from + k;
                if at < start {
                    earlier.entry(label).or_insert(at);
                    continue;
                }
                let f = *first.entry(label).or_insert(at);
                union(&mut uf, f, at);
                if let Some(&e) = earlier.get(&label) {
                    union(&mut uf, e, at);
                }
            }
        } else {
            let mut first: FxHashMap<usize, usize> = FxHashMap::default();
            for (k, p) in pushed.iter().enumerate().take(end).skip(start) {
                let f = *first.entry(p.story).or_insert(k);
                union(&mut uf, f, k);
            }
        }
        let mut seen: FxHashMap<usize, usize> = FxHashMap::default();
        for (k, placed) in pushed.iter().enumerate().take(end).skip(start) {
            if let Some(&p) = previous.get(&placed.story) {
                if seen.insert(placed.story, k).is_none() {
                    union(&mut uf, p, k);
                }
            }
            if let Some(d) = placed.duplicate_of {
                union(&mut uf, d, k);
            }
        }
        for (k, placed) in pushed.iter().enumerate().take(end).skip(start) {
            previous.insert(placed.story, k);
        }
        previous_start = start;
        start = end;
    }
    (0..n).map(|k| Placement { story: find(&mut uf, k), duplicate_of: pushed[k].duplicate_of }).collect()
}

fn within(first: Option<i32>, day: Option<i32>, window_days: i32) -> bool {
    match (first, day) {
        (Some(f), Some(d)) => d - f < window_days,
        _ => true,
    }
}

/// Publication order (see [`arrival`]).
pub fn arrival_order(docs: &[Doc]) -> Vec<usize> {
    arrival(docs).0
}

/// Publication order: by day, undated articles taking the day of the nearest dated article
/// before them in the input (or the first one after, at the start); ties keep input order.
/// Also returns each article's (input-indexed) day key.
fn arrival(docs: &[Doc]) -> (Vec<usize>, Vec<Option<i32>>) {
    let first = docs.iter().find_map(|d| d.day);
    let mut current = first;
    let keys: Vec<Option<i32>> = docs
        .iter()
        .map(|d| {
            if d.day.is_some() {
                current = d.day;
            }
            current
        })
        .collect();
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by_key(|&i| keys[i]);
    (order, keys)
}

#[cfg(test)]
mod tests;
