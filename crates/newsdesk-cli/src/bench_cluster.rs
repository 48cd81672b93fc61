//! `newsdesk bench cluster`: story clustering quality on labelled corpora, the parameter
//! search on training splits, and throughput/memory on a long synthetic stream.

use anyhow::Context;
use clap::Subcommand;
use newsdesk::cluster::{place, ClusterConfig, Doc, Stream};
use newsdesk::eval::clusters::{parse_labels, score, Scores};
use newsdesk_model::RawArticle;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Subcommand)]
pub enum ClusterBench {
    /// Cluster a labelled corpus (optionally only some `split`s of it) and score it.
    Quality {
        /// A `.jsonl` file of articles (`id`, `text`, optionally `split`).
        docs: PathBuf,
        /// Gold labels `{"id", "cluster"}` (ids not clustered are ignored).
        #[arg(long)]
        gold: PathBuf,
        /// Keep only articles whose `split` field is one of these (comma-separated).
        #[arg(long, value_delimiter = ',')]
        split: Vec<String>,
        /// Use the full clean stage before featurising.
        #[arg(long)]
        full_clean: bool,
        /// Also write the predicted `{"id", "cluster"}` lines here.
        #[arg(long)]
        pred: Option<PathBuf>,
    },
    /// Learn the online thresholds on labelled splits, without the refinement (grid search; each split
    /// is clustered on its own, the mean of pairwise and BCubed F1 over splits is maximised).
    Tune {
        /// A `.jsonl` file of articles with a `split` field.
        docs: PathBuf,
        /// Gold labels.
        #[arg(long)]
        gold: PathBuf,
        /// Splits to tune on (each one clustered separately).
        #[arg(long, value_delimiter = ',', default_value = "train,dev")]
        split: Vec<String>,
    },
    /// Write each article's features (`{"id", "day", "lang", "terms": [[id, weight]…]}`)
    /// for offline experiments.
    Features {
        /// A `.jsonl` file of articles.
        docs: PathBuf,
        /// Keep only articles whose `split` field is one of these (comma-separated).
        #[arg(long, value_delimiter = ',')]
        split: Vec<String>,
        /// Weights instead of the defaults: title boost, lead tokens, lead boost, names, numbers.
        #[arg(long, value_delimiter = ',')]
        weights: Option<Vec<f32>>,
    },
    /// Throughput and peak memory on a stream built by repeating and perturbing the articles
    /// under PATHs (new ids, one day per `per_day` articles, lines dropped, fresh words added).
    Stream {
        /// Base articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Stream length.
        #[arg(long, default_value_t = 200_000)]
        articles: usize,
        /// Articles per day.
        #[arg(long, default_value_t = 2000)]
        per_day: usize,
        /// Articles featurised in parallel per batch.
        #[arg(long, default_value_t = 8192)]
        batch: usize,
        /// Write the stream as `.jsonl` here instead of clustering it.
        #[arg(long)]
        write: Option<PathBuf>,
    },
}

pub fn run(what: ClusterBench) -> anyhow::Result<ExitCode> {
    match what {
        ClusterBench::Quality { docs, gold, split, full_clean, pred } => {
            quality(&docs, &gold, &split, full_clean, pred)
        }
        ClusterBench::Tune { docs, gold, split } => tune(&docs, &gold, &split),
        ClusterBench::Features { docs, split, weights } => features(&docs, &split, weights),
        ClusterBench::Stream { paths, articles, per_day, batch, write } => {
            stream(&paths, articles, per_day.max(1), batch.max(1), write)
        }
    }
}

/// Articles of `docs` whose `split` is listed (all when `split` is empty).
fn load(docs: &Path, split: &[String]) -> anyhow::Result<Vec<RawArticle>> {
    let text = std::fs::read_to_string(docs).with_context(|| format!("reading {}", docs.display()))?;
    let mut kept = String::new();
    for line in text.lines() {
        let keep = split.is_empty()
            || serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("split").and_then(|s| s.as_str()).map(|s| split.iter().any(|x| x == s)))
                .unwrap_or(false);
        if keep {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    let mut input = newsdesk::ingest::Ingested::default();
    newsdesk::ingest::read_bytes(&format!("{}.jsonl", docs.display()), kept.as_bytes(), &mut input);
    for p in &input.problems {
        eprintln!("newsdesk: warning: {p}");
    }
    anyhow::ensure!(!input.articles.is_empty(), "no article in {} for split {split:?}", docs.display());
    Ok(input.articles)
}

fn gold_of(gold: &Path, articles: &[RawArticle]) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("reading {}", gold.display()))?;
    let labels: HashMap<String, String> = parse_labels(&text)?.into_iter().collect();
    articles.iter().map(|a| labels.get(&a.id).cloned().with_context(|| format!("{} has no gold label", a.id))).collect()
}

fn quality(
    docs: &Path,
    gold: &Path,
    split: &[String],
    full_clean: bool,
    pred: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let articles = load(docs, split)?;
    let labels = gold_of(gold, &articles)?;
    let t = Instant::now();
    let out = super::pipeline::cluster(&articles, full_clean, &ClusterConfig::default());
    let secs = t.elapsed().as_secs_f64();
    let labels_out: Vec<_> = out.iter().map(|a| a.story_label()).collect();
    let stories: Vec<&str> = labels_out.iter().map(|s| s.as_ref()).collect();
    let scores = score(&labels, &stories)?;
    if let Some(path) = pred {
        let lines: Vec<String> =
            out.iter().map(|a| serde_json::json!({"id": a.article, "cluster": a.story_label()}).to_string()).collect();
        std::fs::write(&path, lines.join("\n") + "\n").with_context(|| format!("writing {}", path.display()))?;
    }
    println!("{scores}");
    println!("clustered {} articles in {:.3} s ({:.0} articles/s)", articles.len(), secs, articles.len() as f64 / secs);
    Ok(ExitCode::SUCCESS)
}

fn features(docs: &Path, split: &[String], weights: Option<Vec<f32>>) -> anyhow::Result<ExitCode> {
    let mut cfg = ClusterConfig::default();
    if let Some(&[title_boost, lead, lead_boost, entity_weight, number_weight]) = weights.as_deref() {
        cfg =
            ClusterConfig { title_boost, lead_tokens: lead as usize, lead_boost, entity_weight, number_weight, ..cfg };
    }
    let mut out = String::new();
    for a in load(docs, split)? {
        let d = Doc::from_raw(&a, &cfg);
        let terms: Vec<(u32, f32)> = d.terms;
        out.push_str(&serde_json::json!({"id": a.id, "day": d.day, "lang": d.lang, "terms": terms}).to_string());
        out.push('\n');
    }
    super::pipeline::print(out.trim_end())?;
    Ok(ExitCode::SUCCESS)
}

fn objective(s: &Scores) -> f64 {
    (s.pair_f1 + s.bcubed_f1) / 2.0
}

fn tune(docs: &Path, gold: &Path, splits: &[String]) -> anyhow::Result<ExitCode> {
    let sets: Vec<(Vec<RawArticle>, Vec<String>)> = splits
        .iter()
        .map(|s| {
            let a = load(docs, std::slice::from_ref(s))?;
            let g = gold_of(gold, &a)?;
            Ok((a, g))
        })
        .collect::<anyhow::Result<_>>()?;
    let mut results: Vec<(f64, ClusterConfig, Vec<Scores>)> = Vec::new();
    // The feature weights are fixed (learned with the refinement, bench/cluster_refine_tune.py);
    // this search learns the online pass's thresholds, which decide alone in windows too big
    // for the refinement.
    let d = ClusterConfig::default();
    let weights = [(d.title_boost, d.lead_tokens, d.entity_weight, d.number_weight)];
    for (title_boost, lead_tokens, entity_weight, number_weight) in weights {
        let base = ClusterConfig {
            title_boost,
            lead_tokens,
            entity_weight,
            number_weight,
            refine_max_articles: 0,
            ..ClusterConfig::default()
        };
        let docs: Vec<Vec<Doc>> =
            sets.iter().map(|(a, _)| a.par_iter().map(|r| Doc::from_raw(r, &base)).collect()).collect();
        let grid: Vec<(f32, f32)> = (0..13)
            .flat_map(|t| {
                let threshold = 0.1 + 0.025 * t as f32;
                [0.0, 0.1, 2.0].map(move |m| (threshold, threshold + m))
            })
            .collect();
        let scored: Vec<(f64, ClusterConfig, Vec<Scores>)> = grid
            .par_iter()
            .map(|&(threshold, merge_threshold)| {
                let cfg = ClusterConfig { threshold, merge_threshold, ..base.clone() };
                let scores: Vec<Scores> = docs
                    .iter()
                    .zip(&sets)
                    .map(|(d, (_, g))| {
                        let p: Vec<usize> = place(d, &cfg).iter().map(|p| p.story).collect();
                        score(g, &p).expect("non-empty split")
                    })
                    .collect();
                let mean = scores.iter().map(objective).sum::<f64>() / scores.len() as f64;
                (mean, cfg, scores)
            })
            .collect();
        results.extend(scored);
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("configurations tried: {}; best by mean of (pairwise F1 + BCubed F1)/2 over {splits:?}:", results.len());
    for (mean, cfg, scores) in results.iter().take(8) {
        let per: Vec<String> = scores
            .iter()
            .zip(splits)
            .map(|(s, n)| format!("{n}: pair F1 {:.4} B3 F1 {:.4}", s.pair_f1, s.bcubed_f1))
            .collect();
        println!(
            "{mean:.4}  threshold {:.3} merge {:.3} title {:.1} lead {} entity {:.1} number {:.1}  |  {}",
            cfg.threshold,
            cfg.merge_threshold,
            cfg.title_boost,
            cfg.lead_tokens,
            cfg.entity_weight,
            cfg.number_weight,
            per.join("; ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// xorshift64*: a fixed, dependency-free generator so the stream is the same on every run.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

pub(crate) fn synthetic(bases: &[RawArticle], i: usize, per_day: usize, rng: &mut Rng) -> RawArticle {
    use std::fmt::Write;
    let base = &bases[(rng.next() % bases.len() as u64) as usize];
    let mut text = String::with_capacity(base.text.len() + 80);
    for line in base.text.lines() {
        if rng.next() % 10 < 8 {
            text.push_str(line);
            text.push('\n');
        }
    }
    // Fresh words: the vocabulary of a real stream never stops growing.
    for _ in 0..6 {
        let _ = write!(text, "zq{:x} ", rng.next() % 100_000_000);
    }
    let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    RawArticle {
        id: format!("{}~{i}", base.id),
        text,
        title: base.title.clone(),
        date: start.checked_add_days(chrono::Days::new((i / per_day) as u64)),
        url: None,
        source: None,
        lang: None,
        markup: base.markup,
        origin: base.origin.clone(),
    }
}

/// Peak resident set size of this process (Linux), in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn stream(
    paths: &[PathBuf],
    articles: usize,
    per_day: usize,
    batch: usize,
    write: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let bases = super::pipeline::read(paths).articles;
    anyhow::ensure!(!bases.is_empty(), "no base articles");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    if let Some(path) = write {
        use std::io::Write;
        let file = std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        let mut out = std::io::BufWriter::new(file);
        for i in 0..articles {
            let a = synthetic(&bases, i, per_day, &mut rng);
            let line = serde_json::json!({"id": a.id, "title": a.title, "date": a.date.map(|d| d.to_string()), "text": a.text});
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let cfg = ClusterConfig::default();
    let mut stream = Stream::new(&cfg);
    let (mut generate, mut work) = (0.0, 0.0);
    let (mut max_active, mut done) = (0, 0);
    // Batch k is placed (one thread) while batch k + 1 is featurised (all threads), as the
    // `cluster` command does; the last batch, the reorder buffer and the links at the end
    // are timed too.
    let mut pending: Vec<(String, Doc)> = Vec::new();
    while done < articles {
        let n = batch.min(articles - done);
        let t = Instant::now();
        let raw: Vec<RawArticle> = (done..done + n).map(|i| synthetic(&bases, i, per_day, &mut rng)).collect();
        generate += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let (docs, ()) = rayon::join(
            || raw.par_iter().map(|r| (r.id.clone(), Doc::from_raw(r, &cfg))).collect(),
            || stream.extend(std::mem::take(&mut pending)),
        );
        pending = docs;
        work += t.elapsed().as_secs_f64();
        max_active = max_active.max(stream.active_stories());
        done += n;
    }
    let t = Instant::now();
    stream.extend(pending);
    let out = stream.finish();
    work += t.elapsed().as_secs_f64();
    let stories = out.iter().map(|a| a.story_label()).collect::<std::collections::HashSet<_>>().len();
    println!(
        "stream: {articles} articles over {} days ({per_day}/day), {} threads",
        articles.div_ceil(per_day),
        rayon::current_num_threads()
    );
    println!(
        "features + placement + refinement (overlapped) {work:.2} s: {:.0} articles/s (stream generation, not counted: {generate:.2} s)",
        articles as f64 / work
    );
    println!(
        "stories {stories}, most active at once {max_active}; peak RSS {}",
        peak_rss_mib().map_or_else(|| "n/a".to_string(), |m| format!("{m:.0} MiB"))
    );
    Ok(ExitCode::SUCCESS)
}
