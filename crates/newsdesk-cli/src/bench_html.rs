//! `newsdesk bench html PAGES_DIR`: HTML main-text extraction throughput, ours beside
//! rs-trafilatura and dom_smoothie on the same pages in the same process, one thread.
//!
//! Ours is timed from the page's bytes through extraction and the clean stage (the path
//! `newsdesk clean page.html` takes); the others from the page (bytes for rs-trafilatura,
//! text decoded by our charset code for dom_smoothie) to their plain text. `--dump DIR`
//! also writes each extractor's output as `{"id","text"}` lines for
//! `shared/tools/eval_html.py`.

use anyhow::Context;
use newsdesk::ingest::{html, read_bytes, Ingested};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// An extractor under test: page index → its text.
type Extractor<'a> = Box<dyn Fn(usize) -> String + 'a>;

/// One page: its id (file stem), name and bytes.
struct Page {
    id: String,
    name: String,
    bytes: Vec<u8>,
}

pub fn run(dir: &Path, iterations: usize, dump: Option<&PathBuf>, ours_only: bool) -> anyhow::Result<()> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let name = path.display().to_string();
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "htm")) {
            continue;
        }
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(&path).with_context(|| format!("reading {name}"))?;
        pages.push(Page { id, name, bytes });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    anyhow::ensure!(!pages.is_empty(), "no .html pages in {}", dir.display());
    let bytes: usize = pages.iter().map(|p| p.bytes.len()).sum();
    println!("html: {} pages, {:.1} MB, 1 thread, best of {iterations}", pages.len(), bytes as f64 / 1e6);
    let decoded: Vec<String> = pages.iter().map(|p| html::charset::decode(&p.bytes, None).into_owned()).collect();

    let mut runs: Vec<(&str, Extractor)> = vec![
        ("newsdesk extract+clean", Box::new(|i| ours_clean(&pages[i]))),
        ("newsdesk extract", Box::new(|i| html::extract(&pages[i].bytes, None).plain_text())),
    ];
    if !ours_only {
        runs.push(("rs-trafilatura 0.2.2", Box::new(|i| trafilatura(&pages[i].bytes))));
        runs.push(("dom_smoothie 0.19", Box::new(|i| smoothie(&decoded[i]))));
    }
    for (label, f) in &runs {
        let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
        let mut texts = Vec::new();
        for _ in 0..iterations.max(1) {
            let (t, cpu) = (Instant::now(), cpu_seconds());
            texts = (0..pages.len()).map(f).collect();
            best = best.min(t.elapsed().as_secs_f64());
            best_cpu = best_cpu.min(cpu_seconds().zip(cpu).map_or(f64::MAX, |(b, a)| b - a));
        }
        // CPU time of this thread is what "per core" means, and it holds on a busy machine.
        let cpu = if best_cpu < f64::MAX {
            format!("{:>7.1} MB/s per core (CPU time);", bytes as f64 / 1e6 / best_cpu)
        } else {
            String::new()
        };
        println!(
            "html: {label:<24} {cpu} {:>7.1} MB/s wall, {:>5.0} pages/s",
            bytes as f64 / 1e6 / best,
            pages.len() as f64 / best
        );
        if let Some(dir) = dump {
            std::fs::create_dir_all(dir)?;
            let file = dir.join(format!("{}.jsonl", label.replace([' ', '+'], "-")));
            let lines: Vec<String> =
                pages.iter().zip(&texts).map(|(p, t)| serde_json::json!({"id": p.id, "text": t}).to_string()).collect();
            std::fs::write(&file, lines.join("\n") + "\n").with_context(|| format!("writing {}", file.display()))?;
        }
    }
    Ok(())
}

/// CPU time this thread has run, in seconds (Linux: `/proc/thread-self/schedstat`).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Our path: bytes → ingest (format choice, extraction) → clean; the sentences joined.
fn ours_clean(page: &Page) -> String {
    let mut input = Ingested::default();
    read_bytes(&page.name, &page.bytes, &mut input);
    let mut out = String::new();
    for raw in &input.articles {
        let article = newsdesk::clean::clean(raw);
        for s in &article.sentences {
            out.push_str(&s.text);
            out.push('\n');
        }
    }
    out
}

fn trafilatura(bytes: &[u8]) -> String {
    rs_trafilatura::extract_bytes(bytes).map(|r| r.content_text).unwrap_or_default()
}

fn smoothie(html: &str) -> String {
    dom_smoothie::Readability::new(html, None, None)
        .and_then(|mut r| r.parse())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}
