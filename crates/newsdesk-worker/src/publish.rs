//! Putting sources on the work stream, and following story events.
//!
//! [`publish`] turns command-line sources into messages the way `newsdesk ingest` reads them:
//! a directory is walked in the same order, a `.jsonl` file is one message a line (so
//! extraction spreads over workers), any other file one message, a URL one message (fetched
//! by a worker; URLs first, as `ingest` reads them); an end mark closes the run. Each message id is the run's id and the
//! message's number, so a publish retried after a cut connection counts once.

use crate::bus::{self, Bus};
use crate::wire::{Body, Source, StoryEvent};
use crate::WorkerError;
use newsdesk::ingest::format::{by_name, Format};
use newsdesk::ingest::{files_under, url_of};
use std::io::Read;
use std::path::Path;

/// Messages sent per round trip.
const CHUNK: usize = 512;

/// What a publishing run sent.
#[derive(Clone, Copy, Debug, Default)]
pub struct PublishReport {
    /// Source messages (the end mark not counted).
    pub messages: usize,
    /// Inputs that could not be read (named on stderr).
    pub failed: usize,
    /// Sequence number of the end mark.
    pub end: u64,
}

/// Publishes the sources under `paths`, then an end mark.
pub fn publish<P: AsRef<Path>>(bus: &Bus, paths: &[P]) -> Result<PublishReport, WorkerError> {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let run = format!("{nanos:x}-{}", std::process::id());
    let mut report = PublishReport::default();
    let mut batch: Vec<(String, Vec<u8>, String)> = Vec::new();
    let mut n = 0usize;
    // Room for the headers (message id) beside the payload.
    let max = bus.max_payload().saturating_sub(1024);
    let mut push = |source: Source, batch: &mut Vec<(String, Vec<u8>, String)>| -> Result<bool, WorkerError> {
        let payload = source.encode()?;
        if payload.len() > max {
            return Ok(false);
        }
        n += 1;
        batch.push((bus::SOURCES_SUBJECT.to_string(), payload, format!("src-{run}-{n}")));
        if batch.len() >= CHUNK {
            bus.publish(batch)?;
            batch.clear();
        }
        Ok(true)
    };
    let too_large = |name: &str, report: &mut PublishReport| {
        eprintln!("newsdesk: {name}: larger than the NATS server's max_payload ({max} bytes); not published");
        report.failed += 1;
    };
    // URLs first, as `newsdesk ingest` reads them.
    let (urls, files): (Vec<&Path>, Vec<&Path>) = paths.iter().map(AsRef::as_ref).partition(|p| url_of(p).is_some());
    for url in urls.iter().filter_map(|p| url_of(p)) {
        match push(Source::Url { url: url.to_string() }, &mut batch)? {
            true => report.messages += 1,
            false => too_large(url, &mut report),
        }
    }
    for path in files {
        let files = if path == Path::new("-") {
            vec![path.to_path_buf()]
        } else {
            let (files, problems) = files_under(path);
            for p in &problems {
                eprintln!("newsdesk: {p}");
            }
            report.failed += problems.iter().filter(|p| !p.is_warning()).count();
            files
        };
        for file in files {
            let name = file.display().to_string();
            let mut bytes = Vec::new();
            let read = if name == "-" {
                std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
            } else {
                std::fs::File::open(&file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
            };
            if let Err(e) = read {
                eprintln!("newsdesk: {name}: {e}");
                report.failed += 1;
                continue;
            }
            if name != "-" && by_name(&name) == Some(Format::Jsonl) {
                for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let source = Source::Bytes { name: name.clone(), line: Some(i + 1), body: Body::of(line.to_vec()) };
                    match push(source, &mut batch)? {
                        true => report.messages += 1,
                        false => too_large(&format!("{name}:{}", i + 1), &mut report),
                    }
                }
            } else {
                match push(Source::Bytes { name: name.clone(), line: None, body: Body::of(bytes) }, &mut batch)? {
                    true => report.messages += 1,
                    false => too_large(&name, &mut report),
                }
            }
        }
    }
    bus.publish(&batch)?;
    let end = vec![(bus::SOURCES_SUBJECT.to_string(), Source::End.encode()?, format!("src-{run}-end"))];
    report.end = bus.publish(&end)?.first().copied().unwrap_or(0);
    Ok(report)
}

/// Calls `on` with each story event of every partition until it returns false.
pub fn follow(bus: &Bus, mut on: impl FnMut(StoryEvent) -> bool) -> Result<(), WorkerError> {
    bus.follow("newsdesk.stories.>", |payload| match serde_json::from_slice::<StoryEvent>(payload) {
        Ok(event) => on(event),
        Err(_) => true,
    })
}
