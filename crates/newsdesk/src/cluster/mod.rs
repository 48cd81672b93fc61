//! Cluster: group articles into stories — the real-world events they report — online.
//!
//! Input: articles ([`RawArticle`]s on the fast path, or cleaned [`Article`]s). Output: one
//! [`StoryAssignment`] per article, in input order: its story, its language and, for a
//! near-copy, the earlier article it copies.
//!
//! Articles are processed in publication order (undated articles keep their input position,
//! taking the date of the dated article before them; an undated corpus is one window). Each
//! is assigned on arrival by the [`Clusterer`] ([`online`]), from features computed in
//! parallel ([`features`]). The same input always gives the same output: features do not
//! depend on thread scheduling, ties break on the lower story, ids are numbered in input order.
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

pub use config::ClusterConfig;
pub use features::Doc;
pub use online::{Clusterer, Placement};

use newsdesk_model::{Article, RawArticle, StoryAssignment};
use rayon::prelude::*;

/// Clusters raw articles (fast feature path). Output in input order.
pub fn cluster(raws: &[RawArticle], cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    let docs: Vec<Doc> = raws.par_iter().map(|r| Doc::from_raw(r, cfg)).collect();
    assignments(raws.iter().map(|r| r.id.as_str()), docs, cfg)
}

/// Clusters articles cleaned by the full clean stage. Output in input order.
pub fn cluster_articles(articles: &[Article], cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    let docs: Vec<Doc> = articles.par_iter().map(|a| Doc::from_article(a, cfg)).collect();
    assignments(articles.iter().map(|a| a.id.as_str()), docs, cfg)
}

fn assignments<'a>(ids: impl Iterator<Item = &'a str>, docs: Vec<Doc>, cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    let ids: Vec<&str> = ids.collect();
    let placements = place(&docs, cfg);
    docs.into_iter()
        .zip(placements)
        .zip(&ids)
        .map(|((doc, p), id)| StoryAssignment {
            article: id.to_string(),
            story: format!("story-{}", p.story + 1),
            lang: doc.lang,
            duplicate_of: p.duplicate_of.map(|i| ids[i].to_string()),
        })
        .collect()
}

/// Runs the online clusterer over `docs` in arrival order. The result is indexed like `docs`:
/// stories are numbered by first appearance in input order and `duplicate_of` is an index
/// into `docs`.
pub fn place(docs: &[Doc], cfg: &ClusterConfig) -> Vec<Placement> {
    let order = arrival_order(docs);
    let mut clusterer = Clusterer::new(cfg.clone());
    for &i in &order {
        clusterer.push(&docs[i]);
    }
    let pushed = clusterer.placements();
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

/// Publication order: by day, undated articles taking the day of the nearest dated article
/// before them in the input (or the first one after, at the start); ties keep input order.
pub fn arrival_order(docs: &[Doc]) -> Vec<usize> {
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
    order
}

#[cfg(test)]
mod tests;
