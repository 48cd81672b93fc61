//! The commands' calls into the library's pipeline ([`newsdesk::desk`], where the stages are
//! wired), with what only a command line does: reporting input problems on stderr, printing,
//! exit codes.

use anyhow::Context;
use newsdesk::brief::BriefOptions;
use newsdesk::cluster::ClusterConfig;
use newsdesk::ingest::{read_paths, Ingested, InputError, Streamed};
use newsdesk_model::{Brief, RawArticle, StoryAssignment};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Reads the inputs, printing every problem to stderr as it names its input.
pub fn read(paths: &[PathBuf]) -> Ingested {
    let input = read_paths(paths);
    report(&input.problems, input.articles.len());
    input
}

/// Prints every input problem to stderr, and says so when no article could be read.
pub fn report(problems: &[InputError], articles: usize) {
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
    newsdesk::desk::brief_of(raw, options)
}

/// Groups the articles into stories (fast feature path unless `full_clean`).
pub fn cluster(raw: &[RawArticle], full_clean: bool, cfg: &ClusterConfig) -> Vec<StoryAssignment> {
    newsdesk::desk::cluster(raw, full_clean, cfg)
}

/// Reads and clusters the articles under `paths` on the fast feature path without holding
/// the input: each batch of lines is parsed and featurised in parallel while the previous
/// batch is assigned. Problems are printed as [`read`] prints them.
pub fn cluster_stream(paths: &[PathBuf], cfg: &ClusterConfig) -> (Vec<StoryAssignment>, Streamed) {
    let (stories, read) = newsdesk::desk::cluster_stream(paths, cfg);
    report(&read.problems, read.articles);
    (stories, read)
}

/// Writes one JSON line per item to stdout; a closed pipe is not an error.
pub fn print_jsonl<T: serde::Serialize>(items: &[T]) -> anyhow::Result<()> {
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
