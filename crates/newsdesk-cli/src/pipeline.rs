//! Wires the library stages together for the commands, and reports input problems.

use anyhow::Context;
use newsdesk::brief::BriefOptions;
use newsdesk::cluster::{ClusterConfig, Doc};
use newsdesk::ingest::{read_paths, stream_paths, Ingested, InputError, Streamed};
use newsdesk_model::{Brief, RawArticle, StoryAssignment};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Articles per batch of the streaming `cluster` command.
const STREAM_BATCH: usize = 4096;

/// Reads the inputs, printing every problem to stderr as it names its input.
pub fn read(paths: &[PathBuf]) -> Ingested {
    let input = read_paths(paths);
    report(&input.problems, input.articles.len());
    input
}

fn report(problems: &[InputError], articles: usize) {
    for p in problems {
        let level = if p.is_warning() { "warning" } else { "error" };
        eprintln!("newsdesk: {level}: {p}");
    }
    if articles == 0 {
        eprintln!("newsdesk: error: no article could be read");
    }
}

/// Cleans the articles and builds their brief.
pub fn brief(raw: &[RawArticle], words: usize) -> Brief {
    brief_with(raw, &BriefOptions { words, ..BriefOptions::default() })
}

/// Cleans the articles and builds their brief with explicit options.
pub fn brief_with(raw: &[RawArticle], options: &BriefOptions) -> Brief {
    let articles = raw.iter().map(newsdesk::clean::clean).collect();
    newsdesk::brief::build(articles, options)
}

/// Groups the articles into stories (fast feature path unless `full_clean`).
pub fn cluster(raw: &[RawArticle], full_clean: bool, cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    if full_clean {
        let articles: Vec<_> = raw.iter().map(newsdesk::clean::clean).collect();
        newsdesk::cluster::cluster_articles(&articles, cfg)
    } else {
        newsdesk::cluster::cluster(raw, cfg)
    }
}

/// Reads and clusters the articles under `paths` on the fast feature path without holding
/// the input: each batch of lines is parsed and featurised in parallel while the previous
/// batch is assigned. Problems are printed as [`read`] prints them.
pub fn cluster_stream(paths: &[PathBuf], cfg: &ClusterConfig) -> (Vec<StoryAssignment>, Streamed) {
    let mut stream = newsdesk::cluster::Stream::new(cfg);
    let read = stream_paths(paths, STREAM_BATCH, |a| Doc::from_raw(a, cfg), |batch| stream.extend(batch));
    report(&read.problems, read.articles);
    (stream.finish(), read)
}

/// Writes one JSON line per story assignment to stdout; a closed pipe is not an error.
pub fn print_jsonl(items: &[StoryAssignment]) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = items.iter().try_for_each(|item| {
        serde_json::to_writer(&mut out, item)?;
        out.write_all(b"\n").map_err(serde_json::Error::io)
    });
    match written.map_err(std::io::Error::from).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("writing to stdout"),
    }
}

/// Writes `text` to stdout; a closed pipe is not an error.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.write_all(b"\n")).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("writing to stdout"),
    }
}

/// 0 when every input was read, 2 when any could not be (or nothing was).
pub fn exit_code(input: &Ingested) -> ExitCode {
    exit_code_of(input.has_errors(), input.articles.len())
}

/// [`exit_code`] from whether there were errors and how many articles were read.
pub fn exit_code_of(errors: bool, articles: usize) -> ExitCode {
    if errors || articles == 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
