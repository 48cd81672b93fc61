//! The extraction worker's pipeline around its one extracting thread, so that thread never
//! waits for a round trip to the server, and wakes the bus's network thread about once per
//! `batch` sources rather than per source (a woken thread may take the core from the waker):
//! - [`Prefetch`] takes the next sources (pull requests of `batch` messages) on the bus's
//!   runtime while the current one is extracted: it asks again once at most `batch` are held
//!   ahead, so at most `2 × batch` delivered sources wait (all within the consumer's
//!   `ack_wait`);
//! - [`Outbox`] gathers `batch` sources' results, publishes them as a task and acknowledges
//!   each source only once JetStream has stored every result of it (a worker killed before
//!   that leaves the source to be delivered again, its results deduplicated by id), with at
//!   most `window` sources pending; the extracting thread waits only when the window is full.

use crate::bus::{self, Bus, Consumer, Delivery};
use crate::WorkerError;
use bytes::Bytes;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Notify, Semaphore};

/// How long one pull request waits for messages.
const PULL_WAIT: Duration = Duration::from_millis(500);

/// Deliveries taken ahead of the caller by a task on the bus's runtime.
pub struct Prefetch<'a> {
    bus: &'a Bus,
    rx: mpsc::UnboundedReceiver<Delivery>,
    held: Arc<AtomicUsize>,
    room: Arc<Notify>,
    batch: usize,
    task: tokio::task::JoinHandle<()>,
    /// Times [`Prefetch::next`] found nothing taken ahead.
    pub empty: usize,
}

impl<'a> Prefetch<'a> {
    /// Starts taking `consumer`'s messages, `batch` per pull request.
    pub fn start(bus: &'a Bus, consumer: &Consumer, batch: usize) -> Self {
        let batch = batch.max(1);
        // Unbounded, but never holding more than `2 × batch`: the task waits for `room`.
        let (tx, rx) = mpsc::unbounded_channel();
        let held = Arc::new(AtomicUsize::new(0));
        let room = Arc::new(Notify::new());
        let consumer = consumer.inner.clone();
        let (task_held, task_room) = (Arc::clone(&held), Arc::clone(&room));
        let task = bus.rt.spawn(async move {
            while !tx.is_closed() {
                while task_held.load(Ordering::Acquire) > batch {
                    task_room.notified().await;
                }
                let got = bus::pull(&consumer, batch, PULL_WAIT, |d| {
                    task_held.fetch_add(1, Ordering::AcqRel);
                    std::future::ready(tx.send(d).is_ok())
                })
                .await;
                if got == 0 {
                    // Nothing came (the server away, or an empty stream after its wait).
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        });
        Self { bus, rx, held, room, batch, task, empty: 0 }
    }

    /// The next delivery, waiting at most `wait`.
    pub fn next(&mut self, wait: Duration) -> Option<Delivery> {
        let d = match self.rx.try_recv() {
            Ok(d) => d,
            Err(_) => {
                self.empty += 1;
                let rx = &mut self.rx;
                self.bus.rt.block_on(async { tokio::time::timeout(wait, rx.recv()).await.ok().flatten() })?
            }
        };
        // The task asks for more once `batch` or fewer are held (a notification with nobody
        // waiting is kept for the next wait, so none is lost).
        if self.held.fetch_sub(1, Ordering::AcqRel) == self.batch + 1 {
            self.room.notify_one();
        }
        Some(d)
    }

    /// Whether a source is waiting.
    pub fn ready(&self) -> bool {
        !self.rx.is_empty()
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
    gather: usize,
    messages: Vec<(String, Bytes, String)>,
    sources: Vec<Delivery>,
    failed: Arc<Mutex<Option<String>>>,
    /// When the last source was acknowledged (`f64` bits, seconds since the Unix epoch).
    last_ack: Arc<AtomicU64>,
}

impl<'a> Outbox<'a> {
    /// An outbox holding at most `window` sources whose results are not yet stored, handing
    /// them to the runtime `gather` at a time.
    pub fn new(bus: &'a Bus, window: u32, gather: usize) -> Self {
        let size = window.max(1);
        Self {
            bus,
            window: Arc::new(Semaphore::new(size as usize)),
            size,
            gather: gather.clamp(1, size as usize),
            messages: Vec::new(),
            sources: Vec::new(),
            failed: Arc::new(Mutex::new(None)),
            last_ack: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Publishes `(subject, payload, message id)`s and, once JetStream has stored them all,
    /// acknowledges `source`: gathered until `gather` sources are, or [`Outbox::flush`], then
    /// handed to a task. Waits only while the window is full. An error: earlier results could
    /// not be published (their sources stay unacknowledged; the worker should stop).
    pub fn send(&mut self, messages: Vec<(String, Vec<u8>, String)>, source: Delivery) -> Result<(), WorkerError> {
        self.check()?;
        self.messages.extend(messages.into_iter().map(|(subject, payload, id)| (subject, Bytes::from(payload), id)));
        self.sources.push(source);
        if self.sources.len() >= self.gather {
            self.flush()?;
        }
        Ok(())
    }

    /// Hands what is gathered to a task (before the caller waits for more work).
    pub fn flush(&mut self) -> Result<(), WorkerError> {
        if self.sources.is_empty() {
            return Ok(());
        }
        let n = u32::try_from(self.sources.len()).map_or(self.size, |n| n.min(self.size));
        let permits = self.bus.rt.block_on(Arc::clone(&self.window).acquire_many_owned(n)).map_err(closed)?;
        let messages = std::mem::take(&mut self.messages);
        let sources = std::mem::take(&mut self.sources);
        let js = self.bus.js.clone();
        let failed = Arc::clone(&self.failed);
        let last_ack = Arc::clone(&self.last_ack);
        self.bus.rt.spawn(async move {
            match bus::publish(&js, &messages).await {
                Ok(_) => {
                    // A lost acknowledgement is a redelivery, whose results are dropped as
                    // duplicates: not retried.
                    for source in &sources {
                        let _ = source.message.ack().await;
                    }
                    // Positive floats order as their bits do.
                    last_ack.fetch_max(crate::unix_now().to_bits(), Ordering::Relaxed);
                }
                Err(e) => {
                    if let Ok(mut failed) = failed.lock() {
                        failed.get_or_insert_with(|| e.to_string());
                    }
                }
            }
            drop(permits);
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

    /// Flushes, then waits until every source sent is done and its acknowledgement on the
    /// wire; returns when the last one was acknowledged (seconds since the Unix epoch, 0 for
    /// none).
    pub fn finish(&mut self) -> Result<f64, WorkerError> {
        self.flush()?;
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
