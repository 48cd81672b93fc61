//! `newsdesk bench desk`: ingest throughput into a fresh store (SQLite, or a PostgreSQL
//! schema), then the same input
//! again (which must add nothing), with peak memory. The stream is synthesised from the given
//! articles as `bench cluster stream` does (lines dropped at random, fresh words added, dates
//! advancing `per_day` articles a day), each article given one of a few invented outlets and
//! its own URL; it is written to a file first and its generation is not timed.

use super::bench_cluster::{peak_rss_mib, synthetic, Rng};
use anyhow::Context;
use newsdesk::desk::DeskOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Invented outlets the synthetic articles are spread over.
const OUTLETS: [&str; 6] =
    ["Valmora Post", "Harbor Daily", "Coastal Wire", "Island Herald", "Metro Ledger", "Brindlemoor Courier"];

/// The PostgreSQL schema the benchmark fills (dropped first).
const BENCH_SCHEMA: &str = "newsdesk_bench";

/// CPU time (user + system) of this process so far, in seconds (Linux; 0 elsewhere): on a
/// machine shared with other work, wall time alone says little.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; 100 ticks a second.
    (ticks(11) + ticks(12)) / 100.0
}

/// The stream to make.
pub struct Stream {
    /// Articles in it.
    pub articles: usize,
    /// Articles a day.
    pub per_day: usize,
    /// Write it and stop.
    pub only: bool,
}

/// Runs the benchmark; `dir` holds the stream file and the store (kept for inspection).
pub fn run(
    paths: &[PathBuf],
    stream: Stream,
    briefs: bool,
    dir: &Path,
    postgres: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let Stream { articles, per_day, only } = stream;
    let bases = super::pipeline::read(paths).articles;
    anyhow::ensure!(!bases.is_empty(), "no base articles");
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let input = dir.join("stream.jsonl");
    let db = dir.join(if briefs { "desk-briefs.db" } else { "desk.db" });
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let t = Instant::now();
    {
        let file = std::fs::File::create(&input).with_context(|| format!("creating {}", input.display()))?;
        let mut out = std::io::BufWriter::new(file);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for i in 0..articles {
            let a = synthetic(&bases, i, per_day.max(1), &mut rng);
            let outlet = OUTLETS[i % OUTLETS.len()];
            let host = outlet.to_lowercase().replace(' ', "");
            let line = serde_json::json!({
                "id": a.id, "title": a.title, "date": a.date.map(|d| d.to_string()), "text": a.text,
                "source": outlet, "url": format!("https://{host}.example/news/{i}"),
            });
            writeln!(out, "{line}")?;
        }
        out.flush()?;
    }
    let generate = t.elapsed().as_secs_f64();
    if only {
        println!("stream: {articles} articles ({per_day}/day) written to {} in {generate:.1} s", input.display());
        return Ok(ExitCode::SUCCESS);
    }
    let options = DeskOptions { briefs, ..DeskOptions::default() };
    let mut store: Box<dyn newsdesk::store::Store> = match postgres {
        Some(url) => {
            newsdesk::store::PostgresStore::drop_schema(url, BENCH_SCHEMA)?;
            Box::new(newsdesk::store::PostgresStore::open_in_schema(url, BENCH_SCHEMA)?)
        }
        None => newsdesk::store::open(&db.display().to_string())?,
    };
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let (first, _) = newsdesk::desk::ingest(store.as_mut(), &[&input], &options, &mut |_| {})?;
    let (ingest, ingest_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let (again, _) = newsdesk::desk::ingest(store.as_mut(), &[&input], &options, &mut |_| {})?;
    let (reingest, reingest_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let counts = store.counts()?;
    println!(
        "desk ({}): {articles} articles over {} days ({per_day}/day), briefs {}, {} threads (stream written in {generate:.1} s, not counted)",
        if postgres.is_some() { "PostgreSQL" } else { "SQLite" },
        articles.div_ceil(per_day.max(1)),
        if briefs { "on" } else { "off" },
        rayon::current_num_threads()
    );
    println!(
        "ingest {ingest:.2} s: {:.0} articles/s ({ingest_cpu:.1} CPU s: {:.0} articles per CPU second); {first}",
        articles as f64 / ingest,
        articles as f64 / ingest_cpu.max(1e-3)
    );
    println!(
        "re-ingest {reingest:.2} s: {:.0} articles/s ({reingest_cpu:.1} CPU s); {again}",
        articles as f64 / reingest
    );
    let size = std::fs::metadata(&db).map(|m| m.len() as f64 / (1 << 20) as f64).unwrap_or(0.0);
    println!(
        "store: {} articles, {} stories, {} redirects, {size:.0} MiB; peak RSS {}",
        counts.articles,
        counts.stories,
        counts.redirects,
        peak_rss_mib().map_or_else(|| "n/a".to_string(), |m| format!("{m:.0} MiB"))
    );
    Ok(ExitCode::SUCCESS)
}
