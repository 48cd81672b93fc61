//! The one place that speaks NATS: a connection that reconnects for ever, the three
//! JetStream streams, durable pull consumers, publishing with message ids (JetStream drops a
//! second message with the same id inside the duplicate window) and acknowledgements.
//! Everything is blocking for the callers: each call runs on the bus's own tokio runtime, so
//! the roles stay plain loops and the store (a blocking client) never runs inside it.

use crate::WorkerError;
use async_nats::jetstream::{self, consumer::pull, stream, AckKind, Context};
use bytes::Bytes;
use futures_util::StreamExt;
use std::time::Duration;

/// Sources to extract (one message a page, feed, URL or `.jsonl` line).
pub const SOURCES: &str = "NEWSDESK_SOURCES";
/// Their subject.
pub const SOURCES_SUBJECT: &str = "newsdesk.sources";
/// Extracted articles, one subject per partition (`newsdesk.extracted.<partition>`).
pub const EXTRACTED: &str = "NEWSDESK_EXTRACTED";
/// Story updates, one subject per partition (`newsdesk.stories.<partition>`).
pub const STORIES: &str = "NEWSDESK_STORIES";

/// How long JetStream remembers message ids: redeliveries come well within it.
const DUPLICATE_WINDOW: Duration = Duration::from_secs(600);
/// Waits between retries while the server is away.
const RETRY: Duration = Duration::from_millis(500);

/// The extracted subject of a partition.
pub fn extracted_subject(partition: &str) -> String {
    format!("newsdesk.extracted.{partition}")
}

/// The story-update subject of a partition.
pub fn stories_subject(partition: &str) -> String {
    format!("newsdesk.stories.{partition}")
}

/// A message delivered by a consumer.
pub struct Delivery {
    /// Its sequence number in its stream.
    pub seq: u64,
    /// Times it was delivered (above 1: a redelivery).
    pub delivered: i64,
    pub(crate) message: jetstream::Message,
}

impl Delivery {
    /// The payload.
    pub fn payload(&self) -> &[u8] {
        &self.message.payload
    }
}

/// A durable pull consumer.
pub struct Consumer {
    pub(crate) inner: jetstream::consumer::Consumer<pull::Config>,
}

/// A connection to NATS with JetStream.
pub struct Bus {
    pub(crate) rt: tokio::runtime::Runtime,
    pub(crate) client: async_nats::Client,
    pub(crate) js: Context,
}

fn nats<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> WorkerError + '_ {
    move |e| WorkerError::Nats(format!("{what}: {e}"))
}

impl Bus {
    /// Connects (retrying until the server answers; reconnecting for ever later) and makes
    /// the streams when missing.
    pub fn connect(url: &str) -> Result<Self, WorkerError> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .map_err(|e| WorkerError::Nats(format!("runtime: {e}")))?;
        let client = rt.block_on(
            async_nats::ConnectOptions::new()
                .retry_on_initial_connect()
                .max_reconnects(None)
                .connection_timeout(Duration::from_secs(2))
                .reconnect_delay_callback(|attempts| Duration::from_millis((100 * attempts as u64).min(1000)))
                .event_callback(|event| async move {
                    match event {
                        async_nats::Event::Disconnected | async_nats::Event::Connected => {
                            eprintln!("newsdesk: nats: {event}");
                        }
                        _ => {}
                    }
                })
                .connect(url),
        );
        let client = client.map_err(nats("connecting"))?;
        // The JetStream context spawns a task of its own: inside the runtime.
        let js = {
            let _inside = rt.enter();
            jetstream::new(client.clone())
        };
        let bus = Self { rt, client, js };
        for (name, subjects) in [
            (SOURCES, vec![SOURCES_SUBJECT.to_string()]),
            (EXTRACTED, vec!["newsdesk.extracted.>".to_string()]),
            (STORIES, vec!["newsdesk.stories.>".to_string()]),
        ] {
            let config = stream::Config {
                name: name.to_string(),
                subjects,
                storage: stream::StorageType::File,
                duplicate_window: DUPLICATE_WINDOW,
                ..stream::Config::default()
            };
            bus.retry(&format!("stream {name}"), || bus.js.get_or_create_stream(config.clone()))?;
        }
        Ok(bus)
    }

    /// Runs `op` until it succeeds, waiting while the server is away (at most ~2 minutes).
    fn retry<T, E: std::fmt::Display, F: std::future::Future<Output = Result<T, E>>>(
        &self,
        what: &str,
        op: impl Fn() -> F,
    ) -> Result<T, WorkerError> {
        let mut last = String::new();
        for _ in 0..240 {
            match self.rt.block_on(async { tokio::time::timeout(Duration::from_secs(5), op()).await }) {
                Ok(Ok(v)) => return Ok(v),
                Ok(Err(e)) => last = e.to_string(),
                Err(_) => last = "timed out".into(),
            }
            std::thread::sleep(RETRY);
        }
        Err(WorkerError::Nats(format!("{what}: {last}")))
    }

    /// The durable pull consumer `name` of `stream` on `subject`, made when missing.
    /// `ack_wait`: how long a delivered, unacknowledged message waits before it is delivered
    /// again (to this or another member).
    pub fn consumer(
        &self,
        stream: &str,
        name: &str,
        subject: &str,
        ack_wait: Duration,
        max_ack_pending: i64,
    ) -> Result<Consumer, WorkerError> {
        let config = pull::Config {
            durable_name: Some(name.to_string()),
            filter_subject: subject.to_string(),
            ack_policy: jetstream::consumer::AckPolicy::Explicit,
            ack_wait,
            max_ack_pending,
            ..pull::Config::default()
        };
        let inner = self.retry(&format!("consumer {name}"), || async {
            let s = self.js.get_stream(stream).await.map_err(|e| e.to_string())?;
            s.get_or_create_consumer(name, config.clone()).await.map_err(|e| e.to_string())
        })?;
        Ok(Consumer { inner })
    }

    /// The largest message the server takes (nats-server's `max_payload`, 1 MiB by default).
    pub fn max_payload(&self) -> usize {
        self.client.server_info().max_payload
    }

    /// The first sequence number `stream` holds (where a consumer without a position starts).
    pub fn first_seq(&self, stream: &str) -> Result<u64, WorkerError> {
        self.retry(&format!("stream {stream}"), || async {
            let s = self.js.get_stream(stream).await.map_err(|e| e.to_string())?;
            let info = s.get_info().await.map_err(|e| e.to_string())?;
            Ok::<_, String>(info.state.first_sequence.max(1))
        })
    }

    /// Up to `max` messages, waiting at most `wait` for the first; none while the server is
    /// away (the error is not the caller's business: it asks again).
    pub fn fetch(&self, consumer: &Consumer, max: usize, wait: Duration) -> Vec<Delivery> {
        let mut got = Vec::new();
        self.rt.block_on(pull(&consumer.inner, max, wait, |d| {
            got.push(d);
            std::future::ready(true)
        }));
        if got.is_empty() {
            std::thread::sleep(Duration::from_millis(20));
        }
        got
    }

    /// Acknowledges messages (a lost acknowledgement means a redelivery, which every
    /// consumer recognises, so failures are not retried).
    pub fn ack(&self, deliveries: &[Delivery]) {
        self.send_acks(deliveries.iter(), AckKind::Ack);
    }

    /// Tells the server these messages are still being worked on (resets their `ack_wait`).
    pub fn in_progress<'a>(&self, deliveries: impl Iterator<Item = &'a Delivery>) {
        self.send_acks(deliveries, AckKind::Progress);
    }

    fn send_acks<'a>(&self, deliveries: impl Iterator<Item = &'a Delivery>, kind: AckKind) {
        let messages: Vec<&jetstream::Message> = deliveries.map(|d| &d.message).collect();
        self.rt.block_on(async {
            for m in messages {
                let _ = m.ack_with(kind).await;
            }
            let _ = tokio::time::timeout(Duration::from_secs(2), self.client.flush()).await;
        });
    }

    /// Publishes `(subject, payload, message id)`s and waits until JetStream has stored each
    /// one, retrying what failed (the ids make a retried message count once). Returns their
    /// stream sequence numbers.
    pub fn publish(&self, messages: &[(String, Vec<u8>, String)]) -> Result<Vec<u64>, WorkerError> {
        let messages: Vec<(String, Bytes, String)> =
            messages.iter().map(|(s, p, id)| (s.clone(), Bytes::copy_from_slice(p), id.clone())).collect();
        self.rt.block_on(publish(&self.js, &messages))
    }

    /// Follows a core subject (story updates), calling `on` for each payload until it
    /// returns false.
    pub fn follow(&self, subject: &str, mut on: impl FnMut(&[u8]) -> bool) -> Result<(), WorkerError> {
        self.rt.block_on(async {
            let mut sub = self.client.subscribe(subject.to_string()).await.map_err(nats("subscribing"))?;
            while let Some(m) = sub.next().await {
                if !on(&m.payload) {
                    break;
                }
            }
            Ok(())
        })
    }
}

/// [`Bus::publish`] inside the runtime (the extraction worker's outbox runs it as a task).
pub(crate) async fn publish(js: &Context, messages: &[(String, Bytes, String)]) -> Result<Vec<u64>, WorkerError> {
    let mut seqs = vec![0u64; messages.len()];
    let mut todo: Vec<usize> = (0..messages.len()).collect();
    let mut last = String::new();
    for _ in 0..240 {
        if todo.is_empty() {
            return Ok(seqs);
        }
        let mut acks = Vec::with_capacity(todo.len());
        for &i in &todo {
            let (subject, payload, id) = &messages[i];
            let publish = jetstream::message::PublishMessage::build().payload(payload.clone()).message_id(id);
            acks.push(js.send_publish(subject.clone(), publish).await.map_err(|e| e.to_string()));
        }
        let mut failed = Vec::new();
        for (&i, ack) in todo.iter().zip(acks) {
            let stored = match ack {
                Ok(future) => match tokio::time::timeout(Duration::from_secs(10), future).await {
                    Ok(Ok(ack)) => Ok(ack.sequence),
                    Ok(Err(e)) => Err(e.to_string()),
                    Err(_) => Err("timed out".to_string()),
                },
                Err(e) => Err(e),
            };
            match stored {
                Ok(seq) => seqs[i] = seq,
                Err(e) if e.contains("maximum payload") => {
                    return Err(WorkerError::Nats(format!("message {} is too large: {e}", messages[i].2)))
                }
                Err(e) => {
                    last = e;
                    failed.push(i);
                }
            }
        }
        todo = failed;
        if !todo.is_empty() {
            tokio::time::sleep(RETRY).await;
        }
    }
    Err(WorkerError::Nats(format!("publishing: {last}")))
}

/// Pulls up to `max` messages of `consumer`, waiting at most `wait` for the first, handing
/// each to `on` as it comes (its future awaited before the next is taken); stops early when
/// `on` gives false. Returns how many came (none while the server is away).
pub(crate) async fn pull<F: std::future::Future<Output = bool>>(
    consumer: &jetstream::consumer::Consumer<pull::Config>,
    max: usize,
    wait: Duration,
    mut on: impl FnMut(Delivery) -> F,
) -> usize {
    let batch = consumer.batch().max_messages(max).expires(wait).messages();
    let mut batch = match tokio::time::timeout(wait + Duration::from_secs(2), batch).await {
        Ok(Ok(b)) => b,
        _ => return 0,
    };
    let mut n = 0;
    while let Ok(Some(next)) = tokio::time::timeout(wait + Duration::from_secs(2), batch.next()).await {
        let Ok(message) = next else { break };
        let Ok((seq, delivered)) = message.info().map(|info| (info.stream_sequence, info.delivered)) else {
            continue;
        };
        n += 1;
        if !on(Delivery { seq, delivered, message }).await {
            break;
        }
    }
    n
}
