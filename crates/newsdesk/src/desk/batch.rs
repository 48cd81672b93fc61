//! The one-shot runs: a brief of everything given, and the clustering of a whole input.

use crate::brief::BriefOptions;
use crate::cluster::{ClusterConfig, Doc};
use crate::ingest::{stream_paths, Streamed};
use newsdesk_model::{Brief, RawArticle, StoryAssignment};
use rayon::prelude::*;
use std::path::Path;

/// Articles per batch of the streaming clustering.
const STREAM_BATCH: usize = 4096;

/// Cleans the articles and builds their brief (they are one story).
pub fn brief_of(raw: &[RawArticle], options: &BriefOptions) -> Brief {
    // Each article is cleaned on its own; in parallel the patterns they need are also
    // compiled on both cores.
    let articles = raw.par_iter().map(crate::clean::clean).collect();
    crate::brief::build(articles, options)
}

/// Groups the articles into stories (the fast feature path unless `full_clean`).
pub fn cluster(raw: &[RawArticle], full_clean: bool, cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    if full_clean {
        let articles: Vec<_> = raw.iter().map(crate::clean::clean).collect();
        crate::cluster::cluster_articles(&articles, cfg)
    } else {
        crate::cluster::cluster(raw, cfg)
    }
}

/// Reads and clusters the articles under `paths` on the fast feature path without holding
/// the input: each batch of lines is parsed and featurised in parallel while the previous
/// batch is assigned.
pub fn cluster_stream<P: AsRef<Path>>(paths: &[P], cfg: &ClusterConfig) -> (Vec<StoryAssignment>, Streamed) {
    let mut stream = crate::cluster::Stream::new(cfg);
    let read = stream_paths(paths, STREAM_BATCH, |a| Doc::from_raw(a, cfg), |batch| stream.extend(batch));
    (stream.finish(), read)
}
