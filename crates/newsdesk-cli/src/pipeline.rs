//! Wires the library stages together for the commands, and reports input problems.

use anyhow::Context;
use newsdesk::brief::BriefOptions;
use newsdesk::cluster::ClusterConfig;
use newsdesk::ingest::{read_paths, Ingested};
use newsdesk_model::{Brief, RawArticle, StoryAssignment};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Reads the inputs, printing every problem to stderr as it names its input.
pub fn read(paths: &[PathBuf]) -> Ingested {
    let input = read_paths(paths);
    for p in &input.problems {
        let level = if p.is_warning() { "warning" } else { "error" };
        eprintln!("newsdesk: {level}: {p}");
    }
    if input.articles.is_empty() {
        eprintln!("newsdesk: error: no article could be read");
    }
    input
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
pub fn cluster(raw: &[RawArticle], full_clean: bool) -> Vec<StoryAssignment> {
    let cfg = ClusterConfig::default();
    if full_clean {
        let articles: Vec<_> = raw.iter().map(newsdesk::clean::clean).collect();
        newsdesk::cluster::cluster_articles(&articles, &cfg)
    } else {
        newsdesk::cluster::cluster(raw, &cfg)
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
    if input.has_errors() || input.articles.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
