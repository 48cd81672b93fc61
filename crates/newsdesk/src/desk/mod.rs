//! Desk: the pipeline, wired in one place for the command line and the server.
//!
//! - [`ingest`]: sources → the [`Store`]: exact copies (content hash, URL) are recognised and
//!   skipped, new articles are clustered together with the store's *live window* (its
//!   articles placed within `window_days` of a new one) by [`crate::cluster`], the new
//!   clusters are matched onto the stored stories so ids stay stable ([`mapping`]), and the
//!   briefs of the stories that changed are rebuilt ([`rebuild_briefs`]).
//! - [`digest`]: sources → a folder of HTML briefs and an index, through a store in memory.
//! - [`brief_of`], [`cluster`], [`cluster_stream`]: the one-shot `brief` and `cluster` runs.
//!
//! URL sources are fetched before the files are read (their articles come first), with the
//! `ETag` / `Last-Modified` the store kept from the last fetch; the new ones are kept once the
//! articles are stored.
//!
//! Invariants: re-ingesting an input adds nothing; a step (at most `step_articles` new
//! articles) is written in one store transaction, so a killed run leaves whole steps and the
//! next run picks up where it stopped; a story's brief is rebuilt until it is current (the
//! store's stale mark survives a crash).

mod batch;
mod briefs;
mod digest;
pub mod mapping;
mod step;
#[cfg(test)]
mod tests;

pub use batch::{brief_of, cluster, cluster_stream};
pub use briefs::{current_brief, rebuild_briefs, story_brief};
pub use digest::{digest, DigestReport};

use crate::brief::BriefOptions;
use crate::cluster::ClusterConfig;
use crate::ingest::fetch::{FetchError, FetchOptions, Fetcher, Validators};
use crate::ingest::{read_url, stream_paths, Ingested, InputError, InputErrorKind};
use crate::store::{Store, StoreError};
use newsdesk_model::RawArticle;
use std::collections::HashSet;
use std::path::Path;

/// Articles read and featurised per batch.
const READ_BATCH: usize = 4096;

/// What can stop a desk run (input problems never do: they are reported and skipped).
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// The store failed; the step being written was rolled back.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An output file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// How the desk runs.
#[derive(Clone, Debug)]
pub struct DeskOptions {
    /// The clusterer's parameters (its `window_days` is the live window too).
    pub cluster: ClusterConfig,
    /// Rebuild the briefs of changed stories after ingesting.
    pub briefs: bool,
    /// How briefs are built.
    pub brief: BriefOptions,
    /// Articles of a story a brief is built from at most (non-copies first, then in arrival
    /// order): a brief of thousands of articles reads no better and costs minutes.
    pub brief_max_articles: usize,
    /// New articles per step (one clustering and one transaction each).
    pub step_articles: usize,
    /// Stored undated articles (the most recent) re-clustered with undated new ones.
    pub undated_window: usize,
    /// How `http(s)://` sources are fetched.
    pub fetch: FetchOptions,
}

impl Default for DeskOptions {
    fn default() -> Self {
        Self {
            cluster: ClusterConfig::default(),
            briefs: true,
            brief: BriefOptions::default(),
            brief_max_articles: 50,
            step_articles: 50_000,
            undated_window: 2_000,
            fetch: FetchOptions::default(),
        }
    }
}

/// What an ingest did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// Articles read from the sources.
    pub read: usize,
    /// Articles added to the store.
    pub new: usize,
    /// Exact copies of stored (or earlier) articles: same text or same URL; not added.
    pub duplicates: usize,
    /// New articles that nearly copy an earlier one (kept, marked `duplicate_of`).
    pub near_copies: usize,
    /// Inputs (or lines) that could not be read.
    pub failed: usize,
    /// New articles renamed because the store had their id for another text.
    pub renamed: usize,
    /// Stories started.
    pub stories_new: usize,
    /// Existing stories that changed.
    pub stories_updated: usize,
    /// Stories merged into another (their ids now redirect).
    pub stories_merged: usize,
    /// Briefs rebuilt.
    pub briefs: usize,
}

impl std::fmt::Display for IngestReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "articles: {} read, {} new ({} near copies), {} duplicates, {} failed; stories: {} new, {} updated, {} merged; {} briefs rebuilt",
            self.read,
            self.new,
            self.near_copies,
            self.duplicates,
            self.failed,
            self.stories_new,
            self.stories_updated,
            self.stories_merged,
            self.briefs
        )
    }
}

/// Where an ingest is, for a progress display.
#[derive(Clone, Copy, Debug, Default)]
pub struct Progress {
    /// Articles read so far.
    pub read: usize,
    /// Articles added so far.
    pub new: usize,
    /// Briefs rebuilt so far (after the articles).
    pub briefs: usize,
    /// Briefs to rebuild, once known.
    pub briefs_total: usize,
}

/// An article read and hashed (in parallel, as it is read); only new ones are featurised.
struct Prepared {
    raw: RawArticle,
    hash: [u8; 16],
}

impl Prepared {
    fn new(raw: &RawArticle) -> Self {
        Self { hash: content_hash(&raw.text), raw: raw.clone() }
    }
}

/// Hash of a text with its whitespace normalised: equal for exact copies.
pub fn content_hash(text: &str) -> [u8; 16] {
    thread_local! {
        static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUFFER.with_borrow_mut(|normal| {
        normal.clear();
        for word in text.split_whitespace() {
            normal.push_str(word);
            normal.push(' ');
        }
        xxhash_rust::xxh3::xxh3_128(normal.as_bytes()).to_le_bytes()
    })
}

/// Fetches the `urls` (conditional GETs with the validators the store keeps), returning what
/// was read and the validators to remember.
fn fetch_urls(
    store: &dyn Store,
    urls: &[&Path],
    options: &FetchOptions,
) -> Result<(Ingested, Vec<(String, Validators)>), DeskError> {
    let mut out = Ingested::default();
    let mut remember = Vec::new();
    if urls.is_empty() {
        return Ok((out, remember));
    }
    let mut fetcher = match Fetcher::new(options.clone()) {
        Ok(f) => f,
        Err(e) => {
            let e = e.to_string();
            let failed = |url: &str| InputError::new(url, InputErrorKind::Fetch(FetchError::Transport(e.clone())));
            out.problems.extend(urls.iter().filter_map(|p| crate::ingest::url_of(p)).map(failed));
            return Ok((out, remember));
        }
    };
    let mut seen = HashSet::new();
    for url in urls.iter().filter_map(|p| crate::ingest::url_of(p)) {
        let known = store.fetch_validators(url)?;
        if let Some(v) = read_url(url, &mut fetcher, known.as_ref(), &mut out, &mut seen) {
            remember.push((url.to_string(), v));
        }
    }
    Ok((out, remember))
}

/// Adds the articles under `paths` to the store, step by step, then (when `options.briefs`)
/// rebuilds the stale briefs. Input problems are returned, not fatal; a store failure stops
/// the run after rolling back the step it was writing.
pub fn ingest<P: AsRef<Path>>(
    store: &mut dyn Store,
    paths: &[P],
    options: &DeskOptions,
    progress: &mut (dyn FnMut(&Progress) + Send),
) -> Result<(IngestReport, Vec<InputError>), DeskError> {
    let step_size = options.step_articles.max(1);
    let mut report = IngestReport::default();
    // URLs are fetched first (with what the store remembers of their last fetch), files streamed.
    let (urls, files): (Vec<&Path>, Vec<&Path>) =
        paths.iter().map(AsRef::as_ref).partition(|p| crate::ingest::url_of(p).is_some());
    let (fetched, validators) = fetch_urls(&*store, &urls, &options.fetch)?;
    report.read += fetched.articles.len();
    let mut pending: Vec<Prepared> = fetched.articles.iter().map(Prepared::new).collect();
    let mut failure: Option<StoreError> = None;
    let mut read = stream_paths(&files, READ_BATCH, Prepared::new, |batch| {
        if failure.is_some() {
            return;
        }
        report.read += batch.len();
        pending.extend(batch.into_iter().map(|(_, p)| p));
        while pending.len() >= step_size && failure.is_none() {
            let rest = pending.split_off(step_size);
            let step = std::mem::replace(&mut pending, rest);
            failure = step::run(&mut *store, step, options, &mut report, None).err();
        }
        progress(&Progress { read: report.read, new: report.new, ..Progress::default() });
    });
    if let Some(e) = failure {
        return Err(e.into());
    }
    if !pending.is_empty() {
        step::run(store, pending, options, &mut report, None)?;
    }
    // Remembered only once their articles are stored: a failed run fetches them again.
    for (url, v) in &validators {
        store.put_fetch_validators(url, v)?;
    }
    read.problems.splice(0..0, fetched.problems);
    report.failed = read.problems.iter().filter(|p| !p.is_warning()).count();
    progress(&Progress { read: report.read, new: report.new, ..Progress::default() });
    if options.briefs {
        let (read, new) = (report.read, report.new);
        report.briefs = rebuild_briefs(store, options, &mut |built, total| {
            progress(&Progress { read, new, briefs: built, briefs_total: total })
        })?;
    }
    Ok((report, read.problems))
}

/// One step of articles read elsewhere (a worker of the work stream), in stream order: the
/// same step [`ingest`] runs, with `cursor` — the stream consumer's position after these
/// articles — committed in its transaction, so a step delivered twice is written once
/// ([`StoreError::Behind`] the second time). Returns the stories it touched. Briefs are not
/// rebuilt here ([`rebuild_briefs`]).
pub fn ingest_step(
    store: &mut dyn Store,
    articles: Vec<RawArticle>,
    cursor: Option<(String, u64)>,
    options: &DeskOptions,
    report: &mut IngestReport,
) -> Result<Vec<String>, DeskError> {
    report.read += articles.len();
    let step: Vec<Prepared> = articles.into_iter().map(|raw| Prepared { hash: content_hash(&raw.text), raw }).collect();
    Ok(step::run(store, step, options, report, cursor)?)
}
