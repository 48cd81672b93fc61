//! newsdesk workers over NATS JetStream: the desk's ingest shared by several processes and
//! machines, with the stories one process would make.
//!
//! Three streams ([`bus`]): *sources* (one message a page, feed, URL or `.jsonl` line, put
//! there by [`publish`]), *extracted* (one message per source and partition) and *stories*
//! (one event per committed step). Roles:
//! - [`extract`]: stateless, any number (one extracting thread each); reads each source with
//!   the library's readers and publishes the articles before acknowledging the source, the
//!   next sources taken and the results published while it extracts ([`pipeline`]).
//! - [`cluster`]: one per partition; puts the extracted messages back in source order
//!   ([`sequencer`]), cuts steps exactly as `newsdesk ingest --step N` does and runs the
//!   library's desk step on each ([`newsdesk::desk::ingest_step`]), the stream position
//!   committed in the step's transaction; acknowledges after the commit, then announces the
//!   stories the step touched.
//! - [`follow`]: prints story events (what servers and alert consumers subscribe to).
//!
//! Exactly-once effect: every message may come twice (a worker killed before its
//! acknowledgement, a connection cut); the extracted results carry message ids JetStream
//! deduplicates, the clusterer takes each sequence number once, and the store refuses a step
//! whose position it already has ([`newsdesk::store::StoreError::Behind`]), while an article
//! is stored once by id, content hash and URL anyway.
//!
//! This crate is the only one that depends on async-nats; the library knows nothing of it.

pub mod bus;
pub mod cluster;
pub mod extract;
pub mod pipeline;
pub mod publish;
pub mod sequencer;
pub mod wire;

pub use bus::Bus;
pub use sequencer::Position;

use wire::Extracted;

/// What stops a worker.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// NATS could not be reached for long, or refused.
    #[error("nats: {0}")]
    Nats(String),
    /// The desk (its store) failed.
    #[error(transparent)]
    Desk(#[from] newsdesk::desk::DeskError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] newsdesk::store::StoreError),
    /// A message could not be written or read as JSON.
    #[error("message: {0}")]
    Json(#[from] serde_json::Error),
    /// A source could not be read by the publisher.
    #[error("{0}")]
    Input(String),
}

/// How articles are split between clusterers. Stories never mix languages before the
/// cross-language linking, so a language is a natural partition: each listed language gets
/// its own clusterer (`newsdesk.extracted.<code>`), the other articles go to `rest`. With no
/// language listed there is one partition, `all` (and cross-language links are made, which
/// per-language partitions give up).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Partitions {
    /// Languages with a partition of their own (ISO 639-1).
    pub languages: Vec<String>,
}

impl Partitions {
    /// The partition names.
    pub fn names(&self) -> Vec<String> {
        if self.languages.is_empty() {
            return vec!["all".into()];
        }
        self.languages.iter().cloned().chain(["rest".to_string()]).collect()
    }

    /// The partition of an article: its given language, else the one its text is in.
    fn of(&self, article: &wire::WireArticle) -> String {
        if self.languages.is_empty() {
            return "all".into();
        }
        let lang = article
            .lang
            .as_deref()
            .and_then(newsdesk::text::lang::normalize)
            .or_else(|| newsdesk::text::lang::detect(&article.text));
        match lang {
            Some(l) if self.languages.contains(&l) => l,
            _ => "rest".into(),
        }
    }

    /// One message per partition (every partition gets one, empty or not, so that each
    /// clusterer sees every sequence number); problems go with the first.
    pub fn split(&self, extracted: Extracted) -> Vec<(String, Extracted)> {
        let names = self.names();
        let mut parts: Vec<(String, Extracted)> = names.iter().map(|n| (n.clone(), extracted.clone_empty())).collect();
        if let Some(first) = parts.first_mut() {
            first.1.problems = extracted.problems;
        }
        for article in extracted.articles {
            let p = self.of(&article);
            if let Some(part) = parts.iter_mut().find(|(n, _)| *n == p) {
                part.1.articles.push(article);
            }
        }
        parts
    }
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// CPU time (user + system) of this process so far, in seconds (Linux; 0 elsewhere): on a
/// machine shared with other work, wall time alone says little.
pub fn cpu_seconds() -> f64 {
    stat_cpu_seconds("/proc/self/stat")
}

/// CPU time of the calling thread so far, in seconds (Linux; 0 elsewhere): the extraction
/// worker's extracting thread beside its process's network thread.
pub fn thread_cpu_seconds() -> f64 {
    stat_cpu_seconds("/proc/thread-self/stat")
}

fn stat_cpu_seconds(path: &str) -> f64 {
    let Ok(stat) = std::fs::read_to_string(path) else { return 0.0 };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime, 100 ticks a second.
    (ticks(11) + ticks(12)) / 100.0
}

impl Extracted {
    fn clone_empty(&self) -> Self {
        Self { seq: self.seq, articles: Vec::new(), problems: Vec::new(), end: self.end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdesk_model::RawArticle;

    #[test]
    fn every_partition_gets_every_sequence_number() {
        let article = |id: &str, text: &str| wire::WireArticle::from(RawArticle::new(id, text, "t.jsonl"));
        let extracted = Extracted {
            seq: 4,
            articles: vec![
                article("en", "Dockworkers in the port of Valmora walked out over pay on Monday morning."),
                article("de", "Die Hafenarbeiter in Valmora haben am Montag wegen der Löhne die Arbeit niedergelegt."),
            ],
            problems: vec!["t.jsonl:3: bad".into()],
            end: false,
        };
        let one = Partitions::default().split(extracted.clone());
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].1.articles.len(), 2);
        let two = Partitions { languages: vec!["de".into()] }.split(extracted);
        let names: Vec<&str> = two.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["de", "rest"]);
        assert!(two.iter().all(|(_, e)| e.seq == 4 && e.articles.len() == 1));
        assert_eq!(two[0].1.articles[0].id, "de");
    }
}
