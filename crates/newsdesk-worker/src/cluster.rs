//! The clustering role: one writer per partition. Extracted messages are put back in source
//! order ([`Sequencer`]), cut into steps of `step` articles (and a short last step at each
//! end mark) and written by the library's desk step with the stream position in the same
//! transaction; the messages are acknowledged after the commit and the touched stories
//! announced on `newsdesk.stories.<partition>`.
//!
//! A second clusterer on the same partition is harmless but useless: the store refuses the
//! step whose position it has ([`StoreError::Behind`]), which is also what a redelivered step
//! meets after a crash between commit and acknowledgement.

use crate::bus::{self, Bus, Delivery};
use crate::sequencer::{Offer, Position, Sequencer};
use crate::wire::{Extracted, StoryEvent};
use crate::WorkerError;
use newsdesk::desk::{DeskError, DeskOptions, IngestReport};
use newsdesk::store::{Store, StoreError};
use std::time::{Duration, Instant};

/// How long a held message may go without a sign of life before it is delivered again; held
/// messages get one every [`PROGRESS_EVERY`].
const ACK_WAIT: Duration = Duration::from_secs(30);
const PROGRESS_EVERY: Duration = Duration::from_secs(10);

/// Options of a clusterer.
#[derive(Clone, Debug)]
pub struct ClusterOptions {
    /// Its partition.
    pub partition: String,
    /// The desk's options; `step_articles` is the step size.
    pub desk: DeskOptions,
    /// Stop after this long without messages and with nothing held (`None`: run until killed).
    pub idle_exit: Option<Duration>,
}

/// What a clusterer did.
#[derive(Clone, Debug, Default)]
pub struct ClusterReport {
    /// The desk's counts over the steps written.
    pub ingest: IngestReport,
    /// Steps written.
    pub steps: usize,
    /// Steps found written already (refused by the store).
    pub replayed: usize,
    /// Messages that came again after their step was written.
    pub redelivered: usize,
    /// Input problems the extraction workers reported.
    pub problems: usize,
    /// Seconds from the first step's start to the last step's commit.
    pub busy: f64,
    /// CPU seconds this process used.
    pub cpu: f64,
}

/// The store's name for a partition's position.
pub fn cursor_name(partition: &str) -> String {
    format!("cluster-{partition}")
}

/// Runs a clusterer until killed (or idle for `idle_exit`).
pub fn run(bus: &Bus, store: &mut dyn Store, options: &ClusterOptions) -> Result<ClusterReport, WorkerError> {
    let name = cursor_name(&options.partition);
    let start = match store.cursor(&name)? {
        Some(packed) => Position::unpack(packed),
        None => Position { seq: bus.first_seq(bus::SOURCES)?, offset: 0 },
    };
    let step = options.desk.step_articles.max(1);
    let consumer = bus.consumer(
        bus::EXTRACTED,
        &name,
        &bus::extracted_subject(&options.partition),
        ACK_WAIT,
        // Room for a step's messages plus those that arrive while a gap waits.
        (step as i64).saturating_mul(8).max(100_000),
    )?;
    let mut sequencer: Sequencer<Delivery> = Sequencer::new(start, step);
    let mut report = ClusterReport::default();
    let (mut idle_since, mut progress_at) = (Instant::now(), Instant::now());
    let (mut first_step, mut last_step) = (None, None);
    loop {
        let deliveries = bus.fetch(&consumer, 1024, Duration::from_millis(300));
        if deliveries.is_empty() {
            // Idle only counts once something was written (a test may start it early).
            let worked = report.steps + report.replayed > 0;
            if worked && options.idle_exit.is_some_and(|idle| idle_since.elapsed() >= idle) && sequencer.waiting() == 0
            {
                report.busy = first_step.zip(last_step).map_or(0.0, |(a, b): (Instant, Instant)| (b - a).as_secs_f64());
                report.cpu = crate::cpu_seconds();
                return Ok(report);
            }
        } else {
            idle_since = Instant::now();
        }
        let mut done = Vec::new();
        for d in deliveries {
            let extracted: Extracted = match serde_json::from_slice(d.payload()) {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("newsdesk: cluster: message {} is not an extracted source ({e}); dropped", d.seq);
                    done.push(d);
                    continue;
                }
            };
            report.problems += extracted.problems.len();
            match sequencer.offer(extracted, d) {
                Offer::Ack(d) => {
                    report.redelivered += 1;
                    done.push(d);
                }
                Offer::Held => {}
            }
        }
        bus.ack(&done);
        while let Some(next) = sequencer.next_step() {
            // A step can take longer than the held messages' ack_wait.
            if progress_at.elapsed() >= PROGRESS_EVERY / 2 {
                bus.in_progress(sequencer.unacknowledged());
                progress_at = Instant::now();
            }
            let position = next.position;
            first_step = first_step.or(Some(Instant::now()));
            let cursor = Some((name.clone(), position.pack()));
            let mut counts = IngestReport::default();
            match newsdesk::desk::ingest_step(store, next.articles, cursor, &options.desk, &mut counts) {
                Ok(stories) => {
                    report.steps += 1;
                    let event = StoryEvent {
                        partition: options.partition.clone(),
                        position: position.pack(),
                        new: counts.new,
                        stories,
                    };
                    add(&mut report.ingest, &counts);
                    let id = format!("ev-{}-{}", options.partition, position.pack());
                    bus.publish(&[(bus::stories_subject(&options.partition), serde_json::to_vec(&event)?, id)])?;
                }
                Err(DeskError::Store(StoreError::Behind { .. })) => report.replayed += 1,
                Err(e) => return Err(e.into()),
            }
            bus.ack(&sequencer.written(position));
            last_step = Some(Instant::now());
            if options.desk.briefs && sequencer.waiting() == 0 {
                report.ingest.briefs += newsdesk::desk::rebuild_briefs(store, &options.desk, &mut |_, _| {})?;
            }
        }
        if progress_at.elapsed() >= PROGRESS_EVERY {
            bus.in_progress(sequencer.unacknowledged());
            progress_at = Instant::now();
        }
    }
}

fn add(total: &mut IngestReport, step: &IngestReport) {
    total.read += step.read;
    total.new += step.new;
    total.duplicates += step.duplicates;
    total.near_copies += step.near_copies;
    total.renamed += step.renamed;
    total.stories_new += step.stories_new;
    total.stories_updated += step.stories_updated;
    total.stories_merged += step.stories_merged;
}
