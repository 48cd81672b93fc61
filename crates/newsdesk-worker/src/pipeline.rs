//! The extraction worker's pipeline around its one extracting thread, so that thread never
//! waits for a round trip to the server:
//! - [`Prefetch`] takes the next sources (pull requests of `batch` messages) on the bus's
//!   runtime while the current one is extracted, holding at most `batch` delivered sources
//!   beyond those of the pull request in flight (all within the consumer's `ack_wait`);
//! - [`Outbox`] publishes each source's results as a task and acknowledges the source only
//!   once JetStream has stored every one of them (a worker killed before that leaves the
//!   source to be delivered again, its results deduplicated by id), with at most `window`
//!   sources pending; the extracting thread waits only when the window is full.

use crate::bus::{self, Bus, Consumer, Delivery};
use crate::WorkerError;
use bytes::Bytes;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Semaphore};

/// How long one pull request waits for messages.
const PULL_WAIT: Duration = Duration::from_millis(500);

/// Deliveries taken ahead of the caller by a task on the bus's runtime.
pub struct Prefetch<'a> {
    bus: &'a Bus,
    rx: mpsc::Receiver<Delivery>,
    task: tokio::task::JoinHandle<()>,
    /// Times [`Prefetch::next`] found nothing taken ahead.
    pub empty: usize,
}

impl<'a> Prefetch<'a> {
    /// Starts taking `consumer`'s messages, `batch` per pull request.
    pub fn start(bus: &'a Bus, consumer: &Consumer, batch: usize) -> Self {
        let batch = batch.max(1);
        let (tx, rx) = mpsc::channel(batch);
        let consumer = consumer.inner.clone();
        let task = bus.rt.spawn(async move {
            while !tx.is_closed() {
                let got = bus::pull(&consumer, batch, PULL_WAIT, |d| {
                    let tx = tx.clone();
                    async move { tx.send(d).await.is_ok() }
                })
                .await;
                if got == 0 {
                    // Nothing came (the server away, or an empty stream after its wait).
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        });
        Self { bus, rx, task, empty: 0 }
    }

    /// The next delivery, waiting at most `wait`.
    pub fn next(&mut self, wait: Duration) -> Option<Delivery> {
        if let Ok(d) = self.rx.try_recv() {
            return Some(d);
        }
        self.empty += 1;
        let rx = &mut self.rx;
        self.bus.rt.block_on(async { tokio::time::timeout(wait, rx.recv()).await.ok().flatten() })
    }
}

impl Drop for Prefetch<'_> {
    /// Sources taken but not handed out stay unacknowledged: the server delivers them again.
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Results published, and sources acknowledged after them, by tasks on the bus's runtime.
pub struct Outbox<'a> {
    bus: &'a Bus,
    window: Arc<Semaphore>,
    size: u32,
    failed: Arc<Mutex<Option<String>>>,
    /// When the last source was acknowledged (`f64` bits, seconds since the Unix epoch).
    last_ack: Arc<AtomicU64>,
}

impl<'a> Outbox<'a> {
    /// An outbox holding at most `window` sources whose results are not yet stored.
    pub fn new(bus: &'a Bus, window: u32) -> Self {
        let size = window.max(1);
        Self {
            bus,
            window: Arc::new(Semaphore::new(size as usize)),
            size,
            failed: Arc::new(Mutex::new(None)),
            last_ack: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Publishes `(subject, payload, message id)`s and, once JetStream has stored them all,
    /// acknowledges `source`. Returns as soon as that is under way, waiting only while the
    /// window is full. An error: an earlier source's results could not be published (their
    /// sources stay unacknowledged; the worker should stop).
    pub fn send(&self, messages: Vec<(String, Vec<u8>, String)>, source: Delivery) -> Result<(), WorkerError> {
        self.check()?;
        let permit = self.bus.rt.block_on(Arc::clone(&self.window).acquire_owned()).map_err(closed)?;
        let messages: Vec<(String, Bytes, String)> =
            messages.into_iter().map(|(subject, payload, id)| (subject, Bytes::from(payload), id)).collect();
        let js = self.bus.js.clone();
        let failed = Arc::clone(&self.failed);
        let last_ack = Arc::clone(&self.last_ack);
        self.bus.rt.spawn(async move {
            match bus::publish(&js, &messages).await {
                Ok(_) => {
                    // A lost acknowledgement is a redelivery, whose results are dropped as
                    // duplicates: not retried.
                    let _ = source.message.ack().await;
                    // Positive floats order as their bits do.
                    last_ack.fetch_max(crate::unix_now().to_bits(), Ordering::Relaxed);
                }
                Err(e) => {
                    if let Ok(mut failed) = failed.lock() {
                        failed.get_or_insert_with(|| e.to_string());
                    }
                }
            }
            drop(permit);
        });
        Ok(())
    }

    /// An error if some source's results could not be published.
    pub fn check(&self) -> Result<(), WorkerError> {
        match self.failed.lock().map(|f| f.clone()) {
            Ok(None) => Ok(()),
            Ok(Some(e)) => Err(WorkerError::Nats(e)),
            Err(_) => Err(WorkerError::Nats("outbox: a publishing task panicked".into())),
        }
    }

    /// Waits until every source sent is done and its acknowledgement on the wire; returns
    /// when the last one was acknowledged (seconds since the Unix epoch, 0 for none).
    pub fn finish(&self) -> Result<f64, WorkerError> {
        let bus = self.bus;
        bus.rt.block_on(async {
            let all = self.window.acquire_many(self.size).await.map_err(closed)?;
            drop(all);
            let _ = tokio::time::timeout(Duration::from_secs(2), bus.client.flush()).await;
            Ok::<_, WorkerError>(())
        })?;
        self.check()?;
        Ok(f64::from_bits(self.last_ack.load(Ordering::Relaxed)))
    }
}

fn closed(_: tokio::sync::AcquireError) -> WorkerError {
    WorkerError::Nats("outbox closed".into())
}
