//! Cluster: group articles into stories — the real-world events they report — online.
//!
//! Input: articles ([`RawArticle`]s on the fast path, or cleaned [`Article`]s). Output: one
//! [`StoryAssignment`] per article, in input order: its story, its language and, for a
//! near-copy, the earlier article it copies.
//!
//! Articles are processed in publication order (undated articles keep their input position,
//! taking the date of the dated article before them; an undated corpus is one window), put in
//! that order by a bounded reorder buffer ([`Stream`]). Each is assigned on arrival by the
//! [`Clusterer`] ([`online`]), from features computed in parallel ([`features`]); [`Stream`]
//! takes articles a batch at a time, so one batch is placed while the next is featurised.
//! Once a window is complete, its articles are re-clustered by the [`refine`] pass
//! (relative-similarity agglomeration over the window's articles), which is what the written
//! output shows (`windows.rs`). The same input always gives the same output: features do not
//! depend on thread scheduling, ties break on the lower story, ids are numbered in input
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
mod copies;
pub mod features;
mod languages;
mod languages_model;
mod linkage;
pub mod online;
pub mod refine;
mod stream;
mod windows;

pub use config::{ClusterConfig, UnknownParameter};
pub use features::Doc;
pub use online::{Clusterer, Placement};
pub use stream::Stream;

use newsdesk_model::{Article, RawArticle, StoryAssignment};
use rayon::prelude::*;

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

/// Places `docs` (an input in order) as [`cluster`] does. The result is indexed like `docs`:
/// stories are numbered by first appearance and `duplicate_of` is an index into `docs`.
pub fn place(docs: &[Doc], cfg: &ClusterConfig) -> Vec<Placement> {
    let mut placer = stream::Placer::new(cfg);
    docs.iter().for_each(|d| placer.add(d.clone()));
    placer.finish()
}

#[cfg(test)]
mod tests;
