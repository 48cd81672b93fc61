//! The extraction role: sources → articles. Stateless, any number of copies share one durable
//! consumer; each message is read with the library's readers (a page's main text, a feed's
//! items, a `.jsonl` line; a URL fetched first) on the worker's one extracting thread, the
//! result published to every partition under the id `x-<partition>-<seq>` and only once
//! JetStream has stored it the source acknowledged (both in the background, see
//! [`crate::pipeline`]). A worker killed
//! in between leaves the source unacknowledged: it is delivered again (to any worker) and its
//! result, published again under the same id, is dropped by JetStream — and would be by the
//! clusterer, which takes each sequence number once.

use crate::bus::{self, Bus};
use crate::pipeline::{Outbox, Prefetch};
use crate::wire::{Extracted, Source, WireArticle};
use crate::{Partitions, WorkerError};
use newsdesk::ingest::fetch::{FetchOptions, Fetcher};
use newsdesk::ingest::{read_bytes, read_url, Ingested, InputError};
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// How long a source may stay unacknowledged before another worker gets it.
pub const ACK_WAIT: Duration = Duration::from_secs(10);

/// Options of an extraction worker.
#[derive(Clone, Debug)]
pub struct ExtractOptions {
    /// Sources asked for per pull request (the worker holds at most twice this many ahead).
    pub batch: usize,
    /// Sources whose results may be on their way to the server at once (each acknowledged
    /// once its results are stored).
    pub window: u32,
    /// Stop after this long without work (`None`: run until killed).
    pub idle_exit: Option<Duration>,
    /// The partitions the clusterers read.
    pub partitions: Partitions,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self { batch: 16, window: 64, idle_exit: None, partitions: Partitions::default() }
    }
}

/// What a worker did.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractReport {
    /// Source messages handled.
    pub sources: usize,
    /// Articles read from them.
    pub articles: usize,
    /// Of those, messages delivered more than once.
    pub redelivered: usize,
    /// When the first message came and the last was acknowledged (seconds since the Unix
    /// epoch): the span several workers' reports are measured over.
    pub first_at: f64,
    /// See `first_at`.
    pub last_at: f64,
    /// CPU seconds this process used.
    pub cpu: f64,
    /// Of which the extracting thread's (the rest: taking, publishing, acknowledging).
    pub cpu_extracting: f64,
    /// Seconds the extracting thread waited, once busy, for the next source or for room in
    /// the outbox's window (the time the pipeline did not hide).
    pub waited: f64,
    /// Times the extracting thread found no source taken ahead (the first and the idle
    /// polls included).
    pub starved: usize,
}

/// Reads one source; fetching a URL with `fetcher` (made on first use).
pub fn extract(source: Source, seq: u64, fetcher: &mut Option<Fetcher>) -> Extracted {
    let mut out = Ingested::default();
    let end = matches!(source, Source::End);
    match source {
        Source::Bytes { name, line, body } => {
            read_bytes(&name, body.as_bytes(), &mut out);
            if line.is_some() {
                for a in &mut out.articles {
                    a.origin.line = line;
                }
            }
        }
        Source::Url { url } => {
            if fetcher.is_none() {
                match Fetcher::new(FetchOptions::default()) {
                    Ok(f) => *fetcher = Some(f),
                    Err(e) => out.problems.push(InputError::new(&url, e.into())),
                }
            }
            if let Some(f) = fetcher.as_mut() {
                read_url(&url, f, None, &mut out, &mut HashSet::new());
            }
        }
        Source::End => {}
    }
    Extracted {
        seq,
        articles: out.articles.into_iter().map(WireArticle::from).collect(),
        problems: out.problems.iter().map(ToString::to_string).collect(),
        end,
    }
}

/// Runs an extraction worker until killed (or idle for `idle_exit`): this thread extracts,
/// one source after another, while the next sources are taken and the results published
/// ([`crate::pipeline`]).
pub fn run(bus: &Bus, options: &ExtractOptions) -> Result<ExtractReport, WorkerError> {
    let consumer = bus.consumer(bus::SOURCES, "extract", bus::SOURCES_SUBJECT, ACK_WAIT, 10_000)?;
    let mut prefetch = Prefetch::start(bus, &consumer, options.batch);
    let mut outbox = Outbox::new(bus, options.window, options.batch);
    let mut fetcher = None;
    let mut report = ExtractReport::default();
    let mut idle_since = Instant::now();
    loop {
        let asked = Instant::now();
        let Some(d) = prefetch.next(Duration::from_millis(500)) else {
            outbox.check()?;
            // Idle only counts once something came (a benchmark may start it early).
            if report.sources > 0 && options.idle_exit.is_some_and(|idle| idle_since.elapsed() >= idle) {
                report.last_at = outbox.finish()?;
                report.cpu = crate::cpu_seconds();
                report.cpu_extracting = crate::thread_cpu_seconds();
                report.starved = prefetch.empty;
                return Ok(report);
            }
            continue;
        };
        idle_since = Instant::now();
        if report.first_at == 0.0 {
            report.first_at = crate::unix_now();
        } else {
            report.waited += asked.elapsed().as_secs_f64();
        }
        report.sources += 1;
        report.redelivered += usize::from(d.delivered > 1);
        // A message that is not a source still yields a (problem-only) result, so the
        // clusterer's sequence has no hole.
        let extracted = match Source::decode(d.payload()) {
            Ok(source) => extract(source, d.seq, &mut fetcher),
            Err(e) => Extracted {
                seq: d.seq,
                articles: Vec::new(),
                problems: vec![format!("message {}: {e}", d.seq)],
                end: false,
            },
        };
        report.articles += extracted.articles.len();
        let mut out = Vec::new();
        for (partition, part) in options.partitions.split(extracted) {
            let id = format!("x-{partition}-{}", d.seq);
            out.push((bus::extracted_subject(&partition), serde_json::to_vec(&part)?, id));
        }
        let sending = Instant::now();
        outbox.send(out, d)?;
        if !prefetch.ready() {
            outbox.flush()?;
        }
        report.waited += sending.elapsed().as_secs_f64();
    }
}
