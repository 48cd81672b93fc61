//! `newsdesk bench`: in-process throughput of the pipeline, printed, not asserted.

use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Time clean + brief of the articles under PATHs (read once, briefed N times).
    Brief {
        /// Files or directories of one story.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Number of timed repetitions.
        #[arg(long, default_value_t = 50)]
        iterations: usize,
        /// Word budget of the summary.
        #[arg(long, default_value_t = 120)]
        words: usize,
        /// Repeat the articles this many times (new ids) to make a larger story.
        #[arg(long, default_value_t = 1)]
        copies: usize,
    },
    /// Named-entity tagging throughput (tokens/s on one thread) over the articles under PATHs.
    Ner {
        /// Files or directories of articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Number of timed passes over the articles.
        #[arg(long, default_value_t = 3)]
        iterations: usize,
    },
    /// Story clustering: quality on labelled corpora, parameter search, stream throughput.
    Cluster {
        #[command(subcommand)]
        what: super::bench_cluster::ClusterBench,
    },
}

pub fn run(what: BenchCommand) -> anyhow::Result<ExitCode> {
    match what {
        BenchCommand::Cluster { what } => super::bench_cluster::run(what),
        BenchCommand::Ner { paths, iterations } => super::ner::bench(&paths, iterations),
        BenchCommand::Brief { paths, iterations, words, copies } => {
            let mut input = super::pipeline::read(&paths);
            anyhow::ensure!(!input.articles.is_empty(), "nothing to benchmark");
            let originals = input.articles.clone();
            for copy in 1..copies.max(1) {
                input.articles.extend(originals.iter().map(|a| {
                    let mut a = a.clone();
                    a.id = format!("{}~{copy}", a.id);
                    a
                }));
            }
            let iterations = iterations.max(1);
            let _warm = super::pipeline::brief(&input.articles, words);
            let mut times = Vec::with_capacity(iterations);
            for _ in 0..iterations {
                let t = Instant::now();
                let brief = super::pipeline::brief(&input.articles, words);
                std::hint::black_box(&brief);
                times.push(t.elapsed().as_secs_f64());
            }
            times.sort_by(f64::total_cmp);
            let mean = times.iter().sum::<f64>() / times.len() as f64;
            let n = input.articles.len() as f64;
            println!(
                "brief: {} articles, {iterations} iterations: mean {:.2} ms, median {:.2} ms, min {:.2} ms; {:.0} articles/s",
                input.articles.len(),
                mean * 1e3,
                times[times.len() / 2] * 1e3,
                times[0] * 1e3,
                n / mean
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
