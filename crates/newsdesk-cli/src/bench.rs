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
    /// How the brief grows with the story: invented stories of each size (and one article of
    /// many figures, one of many people), each briefed in a child process that reports wall
    /// and CPU time and peak RSS, with the growth ratio and an anchor run.
    BriefScale {
        /// Story sizes in articles.
        #[arg(long, value_delimiter = ',', default_values_t = [1000, 2000, 4000, 8000, 16000])]
        sizes: Vec<usize>,
        /// Figures in the one-article workload (0: skip).
        #[arg(long, default_value_t = 20_000)]
        figures: usize,
        /// People in the one-article workload (0: skip).
        #[arg(long, default_value_t = 20_000)]
        people: usize,
        /// Give up a size after this many seconds (and skip the larger ones).
        #[arg(long, default_value_t = 600)]
        timeout: u64,
        /// Print the invented articles of one workload (`articles:N`, `figures:N`,
        /// `people:N`) as JSON lines instead.
        #[arg(long, value_name = "KIND:N")]
        emit: Option<String>,
        /// Brief one workload and print its measurements (what each size's process runs).
        #[arg(long, value_name = "KIND:N", hide = true)]
        child: Option<String>,
    },
    /// Ingest throughput and memory of the desk (SQLite store, or PostgreSQL with
    /// `--postgres`), and a re-ingest that must add 0.
    Desk {
        /// Files or directories of base articles the stream is made from.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Articles in the stream.
        #[arg(long, default_value_t = 100_000)]
        articles: usize,
        /// Articles per day.
        #[arg(long, default_value_t = 2_000)]
        per_day: usize,
        /// Rebuild the briefs of the stories too.
        #[arg(long)]
        briefs: bool,
        /// Folder for the stream file and the store.
        #[arg(long, default_value = "target/bench-desk")]
        dir: PathBuf,
        /// Ingest into this PostgreSQL server instead (a fresh schema `newsdesk_bench`,
        /// dropped first) — e.g. postgres://postgres@127.0.0.1/test.
        #[arg(long, value_name = "URL")]
        postgres: Option<String>,
        /// Only write the stream (DIR/stream.jsonl) and stop: the input of the multi-process
        /// test and of other benchmarks.
        #[arg(long)]
        stream_only: bool,
    },
    /// HTML main-text extraction throughput: ours (extraction + clean) beside
    /// rs-trafilatura and dom_smoothie on the same pages, one thread.
    Html {
        /// A directory of `.html` pages.
        dir: PathBuf,
        /// Timed runs per extractor (the best is printed).
        #[arg(long, default_value_t = 3)]
        iterations: usize,
        /// Also write each extractor's text as `{"id","text"}` lines into this directory.
        #[arg(long)]
        dump: Option<PathBuf>,
        /// Time only our extractor.
        #[arg(long)]
        ours_only: bool,
        /// Print how our extractor reads this one page instead (for tuning).
        #[arg(long, hide = true)]
        explain: Option<PathBuf>,
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
        BenchCommand::Desk { paths, articles, per_day, briefs, dir, postgres, stream_only } => {
            let stream = super::bench_desk::Stream { articles, per_day, only: stream_only };
            super::bench_desk::run(&paths, stream, briefs, &dir, postgres.as_deref())
        }
        BenchCommand::Html { explain: Some(page), .. } => {
            print!("{}", newsdesk::ingest::html::explain(&std::fs::read(page)?));
            Ok(ExitCode::SUCCESS)
        }
        BenchCommand::Html { dir, iterations, dump, ours_only, explain: None } => {
            super::bench_html::run(&dir, iterations, dump.as_ref(), ours_only)?;
            Ok(ExitCode::SUCCESS)
        }
        BenchCommand::BriefScale { child: Some(w), .. } => {
            super::bench_scale::child(super::bench_scale::Workload::parse(&w)?)
        }
        BenchCommand::BriefScale { emit: Some(w), .. } => {
            super::bench_scale::emit(super::bench_scale::Workload::parse(&w)?)
        }
        BenchCommand::BriefScale { sizes, figures, people, timeout, .. } => {
            super::bench_scale::run(&sizes, figures, people, std::time::Duration::from_secs(timeout))
        }
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
