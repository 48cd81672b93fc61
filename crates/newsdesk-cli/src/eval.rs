//! `newsdesk eval`: quality against reference data, printed as a compact table.
//!
//! `eval clusters` scores a clustering against gold labels (pairwise, BCubed, NMI, ARI).
//!
//! `eval summaries` runs every cluster of a Multi-News-shaped file through the same
//! clean → brief path as `newsdesk brief`, scores the summary with ROUGE (rouge-score
//! semantics, stemmed), checks every summary statement's citations, and times the pipeline
//! (reading, scoring and one warm-up cluster that compiles the built-in patterns are not
//! timed; the citation check is). Speed is printed per wall-clock second and, single-threaded
//! on Linux, per CPU second of the summarising thread.

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use newsdesk::brief::BriefOptions;
use newsdesk::eval::clusters::{align, parse_labels, score, OnMissing};
use newsdesk::eval::{self, rouge, Cluster};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Pairwise P/R/F1, BCubed P/R/F1, NMI and ARI of a clustering against gold labels.
    /// Both files are JSON lines `{"id", "cluster"}` (the prediction may use `"story"`).
    Clusters {
        /// Gold labels.
        #[arg(long)]
        gold: PathBuf,
        /// Predicted labels (e.g. the output of `newsdesk cluster`).
        #[arg(long)]
        pred: PathBuf,
        /// Gold ids missing from the prediction: fail, count as singletons, or drop.
        #[arg(long, value_enum, default_value_t = Missing::Error)]
        on_missing: Missing,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Summarise every cluster of FILE and score the summaries against the references.
    Summaries {
        /// JSON lines: {"id", "docs": [{"id", "title", "text"}], "refs": [...]}.
        file: PathBuf,
        /// Word budget of each summary.
        #[arg(long, default_value_t = 300)]
        words: usize,
        /// Which clusters: the first half (tuning), the second half (report) or all.
        #[arg(long, value_enum, default_value_t = Half::All)]
        half: Half,
        /// Only the first N clusters of the chosen half.
        #[arg(long)]
        limit: Option<usize>,
        /// Write each cluster's summary and scores here as JSON lines.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Threads summarising clusters in parallel (1: single-threaded).
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Override a summariser weight (`name=value`, repeatable; see `SummaryWeights`).
        #[arg(long = "set", value_name = "NAME=VALUE")]
        set: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Missing {
    Error,
    Singleton,
    Drop,
}

/// A deterministic split of the clusters in file order.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Half {
    First,
    Second,
    All,
}

pub fn run(what: EvalCommand) -> anyhow::Result<ExitCode> {
    match what {
        EvalCommand::Clusters { gold, pred, on_missing, json } => {
            let read = |p: &PathBuf| -> anyhow::Result<_> {
                let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
                parse_labels(&text).with_context(|| p.display().to_string())
            };
            let on_missing = match on_missing {
                Missing::Error => OnMissing::Error,
                Missing::Singleton => OnMissing::Singleton,
                Missing::Drop => OnMissing::Drop,
            };
            let (g, p) = align(&read(&gold)?, &read(&pred)?, on_missing)?;
            let scores = score(&g, &p)?;
            let out = if json { serde_json::to_string_pretty(&scores)? } else { scores.to_string() };
            super::pipeline::print(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        EvalCommand::Summaries { file, words, half, limit, threads, out, set } => {
            // The summary alone is scored and timed: the story analysis does not feed it.
            let mut options = BriefOptions { words, analyze: false, ..BriefOptions::default() };
            for s in &set {
                let (name, value) = s.split_once('=').context("--set takes NAME=VALUE")?;
                let value: f32 = value.trim().parse().with_context(|| format!("--set {s}: not a number"))?;
                options.weights.set(name.trim(), value)?;
            }
            summaries(&file, &options, half, limit, threads, out.as_deref())
        }
    }
}

#[derive(Default)]
struct Totals {
    clusters: usize,
    articles: usize,
    r1: f64,
    r2: f64,
    rl: f64,
    words: usize,
    checked: usize,
    valid: usize,
    time: Duration,
    /// CPU time of the (single) summarising thread, where the platform tells it.
    cpu: Option<Duration>,
    threads: usize,
}

/// CPU time this thread has run, from Linux's `/proc/thread-self/schedstat` (nanoseconds on
/// the CPU). Unlike wall time it does not count time other processes held the CPU, so speed
/// comparisons on a shared machine stay meaningful. `None` elsewhere.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// What the timed part keeps of one cluster's brief: the summary text and its citation check.
struct Summarised {
    text: String,
    checked: usize,
    valid: usize,
}

fn summarise(cluster: &Cluster, options: &BriefOptions) -> Summarised {
    let brief = super::pipeline::brief_with(&cluster.articles, options);
    let (checked, valid) = eval::check_citations(&brief);
    Summarised { text: eval::summary_text(&brief), checked, valid }
}

/// Summarises every cluster on `threads` threads (contiguous shares, results in input order).
fn summarise_all(clusters: &[Cluster], options: &BriefOptions, threads: usize) -> Vec<Summarised> {
    if threads <= 1 || clusters.len() < 2 {
        return clusters.iter().map(|c| summarise(c, options)).collect();
    }
    let share = clusters.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = clusters
            .chunks(share)
            .map(|part| scope.spawn(move || part.iter().map(|c| summarise(c, options)).collect::<Vec<_>>()))
            .collect();
        // A worker panics only on a bug; re-raise it here rather than report partial numbers.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

fn summaries(
    file: &Path,
    options: &BriefOptions,
    half: Half,
    limit: Option<usize>,
    threads: usize,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let (clusters, problems) = eval::read_clusters(file)?;
    for p in &problems {
        eprintln!("newsdesk: error: {p}");
    }
    let mid = clusters.len() / 2;
    let chosen = match half {
        Half::First => &clusters[..mid],
        Half::Second => &clusters[mid..],
        Half::All => &clusters[..],
    };
    let chosen = &chosen[..limit.unwrap_or(chosen.len()).min(chosen.len())];
    anyhow::ensure!(!chosen.is_empty(), "no cluster to evaluate in {}", file.display());

    // Warm-up, untimed: compiles the built-in patterns once (a per-process cost, like an import).
    let _ = summarise(&chosen[0], options);
    let (start, cpu_start) = (Instant::now(), thread_cpu_time());
    let results = summarise_all(chosen, options, threads);
    let cpu = match (cpu_start, thread_cpu_time()) {
        (Some(a), Some(b)) if threads <= 1 => b.checked_sub(a),
        _ => None,
    };
    let mut t = Totals { time: start.elapsed(), cpu, threads: threads.max(1), ..Totals::default() };

    let mut sink = match out {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    for (cluster, r) in chosen.iter().zip(&results) {
        let s = rouge::score_multi(&cluster.references, &r.text, true);
        let words = r.text.split_whitespace().count();
        t.clusters += 1;
        t.articles += cluster.articles.len();
        (t.r1, t.r2, t.rl) = (t.r1 + s.rouge1.f, t.r2 + s.rouge2.f, t.rl + s.rouge_l.f);
        (t.words, t.checked, t.valid) = (t.words + words, t.checked + r.checked, t.valid + r.valid);
        if let Some(w) = sink.as_mut() {
            let line = serde_json::json!({
                "id": cluster.id, "summary": r.text, "words": words,
                "rouge1": s.rouge1.f, "rouge2": s.rouge2.f, "rougeL": s.rouge_l.f,
                "sentences": r.checked, "valid_citations": r.valid,
            });
            writeln!(w, "{line}").context("writing summaries")?;
        }
    }
    if let Some(mut w) = sink {
        w.flush().context("writing summaries")?;
    }
    print_table(&t, options.words);
    Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
}

fn print_table(t: &Totals, budget: usize) {
    let n = t.clusters as f64;
    let secs = t.time.as_secs_f64().max(1e-9);
    let per_cpu =
        t.cpu.map_or_else(|| "-".to_string(), |c| format!("{:.1}", t.articles as f64 / c.as_secs_f64().max(1e-9)));
    println!(
        "| clusters | words (budget {budget}) | R-1 F | R-2 F | R-L F | cited sentences | clusters/s | articles/s | articles/CPU-s | threads |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {} | {:.1} | {:.2} | {:.2} | {:.2} | {}/{} | {:.1} | {:.1} | {per_cpu} | {} |",
        t.clusters,
        t.words as f64 / n,
        100.0 * t.r1 / n,
        100.0 * t.r2 / n,
        100.0 * t.rl / n,
        t.valid,
        t.checked,
        n / secs,
        t.articles as f64 / secs,
        t.threads
    );
}
