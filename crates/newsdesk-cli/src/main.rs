//! `newsdesk`: the command line. Only glue: it parses arguments, runs the library's
//! stages through [`pipeline`], prints, and maps input problems to the exit status.

mod bench;
mod bench_cluster;
mod bench_desk;
mod bench_html;
mod bench_scale;
mod desk;
mod eval;
mod ner;
mod pipeline;
mod serve;
mod worker;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use newsdesk::cluster::ClusterConfig;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "newsdesk", version, about = "News intelligence: clean articles, stories and cited briefs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Treat every article under the PATHs as one story and print its brief; with `--story`,
    /// print a stored story's brief instead.
    Brief {
        /// Files, directories (read recursively) or `-` for stdin.
        #[arg(required_unless_present = "story", conflicts_with = "story")]
        paths: Vec<PathBuf>,
        /// A story of the store (a merged-away id answers with the story it joined).
        #[arg(long, value_name = "ID")]
        story: Option<String>,
        #[command(flatten)]
        store: desk::StoreArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Word budget of the summary.
        #[arg(long, default_value_t = 120)]
        words: usize,
    },
    /// Add articles to the store: copies recognised, stories grown, changed briefs rebuilt.
    Ingest {
        /// Files, directories (read recursively), `http(s)://` URLs of pages or feeds (fetched
        /// politely: robots.txt, a timeout, a size cap, conditional GET) or `-` for stdin.
        #[arg(required = true, value_name = "SOURCE")]
        sources: Vec<PathBuf>,
        #[command(flatten)]
        store: desk::StoreArg,
        /// Do not rebuild briefs (they are built when asked for).
        #[arg(long)]
        no_briefs: bool,
        /// New articles per step (one clustering and one transaction each).
        #[arg(long, hide = true, default_value_t = newsdesk::desk::DeskOptions::default().step_articles)]
        step: usize,
    },
    /// List the stored stories, latest first.
    Stories {
        #[command(flatten)]
        store: desk::StoreArg,
        /// Only stories seen on or after this day.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = desk::parse_date)]
        since: Option<chrono::NaiveDate>,
        /// One JSON object a line.
        #[arg(long)]
        json: bool,
        /// With `--json`: add each story's member article ids (and the ids of exact copies of
        /// them) as `"members"`.
        #[arg(long, requires = "json")]
        members: bool,
    },
    /// Search the stored articles; one result per story, best first.
    Search {
        /// Words to find (all of them; stemmed).
        query: String,
        #[command(flatten)]
        store: desk::StoreArg,
        /// One JSON object a line.
        #[arg(long)]
        json: bool,
        /// Stories at most.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Serve the store on the web: the JSON API under /api/v1, pages with the briefs and
    /// their charts, Atom feeds, /healthz and /metrics.
    Serve {
        #[command(flatten)]
        store: desk::StoreArg,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Token that `POST /api/v1/articles` must send (`Authorization: Bearer TOKEN`).
        /// Default: $NEWSDESK_TOKEN; without one, ingest over HTTP is refused.
        #[arg(long, value_name = "TOKEN")]
        token: Option<String>,
    },
    /// Write DIR/index.html and one brief page per story of the articles under the PATHs
    /// (no store is kept).
    Digest {
        /// Files, directories (read recursively) or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The folder to write (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Clean every article under the PATHs and print one JSON line per article.
    Clean {
        /// Files, directories (read recursively) or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print a count of removals by reason to stderr at the end.
        #[arg(long)]
        stats: bool,
    },
    /// Group the articles under the PATHs into stories: one JSON line per article,
    /// `{"id", "story", "lang"}` plus `"duplicate_of"` for a near-copy of an earlier article.
    Cluster {
        /// Files, directories (read recursively) or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ClusterFormat::Jsonl)]
        format: ClusterFormat,
        /// Read features from fully cleaned articles (slower; the default reads raw lines,
        /// skipping repeated and boilerplate blocks).
        #[arg(long)]
        full_clean: bool,
        /// Re-cluster windows (7 days of articles, longer for a sparse stream; an undated input
        /// is one window) of up to this many articles and `--refine-max-features` features,
        /// which finds stories much better than the online pass alone; larger windows keep
        /// the online stories. It costs more per article than all the rest together.
        #[arg(long, default_value_t = ClusterConfig::default().refine_max_articles)]
        refine_max: usize,
        /// The refinement's budget in features (300,000: 2,000 full articles of ~150 features
        /// or ~12,000 feed items of ~25).
        #[arg(long, default_value_t = ClusterConfig::default().refine_max_features)]
        refine_max_features: usize,
        /// Windows up to this many articles get the exhaustive neighbour search (for
        /// measurements of the pruned one).
        #[arg(long, hide = true, default_value_t = ClusterConfig::default().refine_exact_max)]
        refine_exact_max: usize,
        /// Sets a clustering parameter for experiments (`bench/suite.py`); the shipped
        /// configuration is the default.
        #[arg(long = "set", hide = true, value_name = "NAME=VALUE")]
        set: Vec<String>,
    },
    /// Score output against gold data.
    Eval {
        #[command(subcommand)]
        what: eval::EvalCommand,
    },
    /// The named-entity model's developer commands (training features, tagging).
    Ner {
        #[command(subcommand)]
        what: ner::NerCommand,
    },
    /// Run one role of a shared deployment over NATS JetStream: extraction workers (any
    /// number), one clusterer per partition writing the store, or a follower of story events.
    Worker(worker::WorkerArgs),
    /// Put sources on the NATS work stream for the extraction workers (then an end mark).
    Publish {
        /// Files, directories (read recursively), `http(s)://` URLs or `-` for stdin.
        #[arg(required = true, value_name = "SOURCE")]
        sources: Vec<PathBuf>,
        #[command(flatten)]
        nats: worker::NatsArg,
    },
    /// Measure throughput.
    Bench {
        #[command(subcommand)]
        what: bench::BenchCommand,
    },
}

/// Output formats of `brief`.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Json,
    Markdown,
    Html,
}

/// Output formats of `cluster`.
#[derive(Clone, Copy, ValueEnum)]
enum ClusterFormat {
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Brief { story: Some(id), store, format, .. } => desk::story_brief(&store, &id, format),
        Command::Brief { paths, format, words, .. } => brief(&paths, format, words),
        Command::Ingest { sources, store, no_briefs, step } => desk::ingest(&sources, &store, !no_briefs, step),
        Command::Stories { store, since, json, members } => desk::stories(&store, since, json, members),
        Command::Search { query, store, json, limit } => desk::search(&store, &query, limit, json),
        Command::Digest { paths, out } => desk::digest(&paths, &out),
        Command::Serve { store, addr, token } => serve::serve(&store, addr, token),
        Command::Worker(args) => worker::worker(&args),
        Command::Publish { sources, nats } => worker::publish(&sources, &nats),
        Command::Clean { paths, stats } => clean(&paths, stats),
        Command::Cluster {
            paths,
            format: ClusterFormat::Jsonl,
            full_clean,
            refine_max,
            refine_max_features,
            refine_exact_max,
            set,
        } => {
            let cfg = ClusterConfig {
                refine_max_articles: refine_max,
                refine_max_features,
                refine_exact_max,
                ..ClusterConfig::default()
            };
            cluster_config(cfg, &set).and_then(|cfg| cluster(&paths, full_clean, &cfg))
        }
        Command::Eval { what } => eval::run(what),
        Command::Ner { what } => ner::run(what),
        Command::Bench { what } => bench::run(what),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsdesk: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn brief(paths: &[PathBuf], format: Format, words: usize) -> anyhow::Result<ExitCode> {
    let input = pipeline::read(paths);
    let brief = pipeline::brief(&input.articles, words);
    pipeline::print(&render(&brief, format))?;
    Ok(pipeline::exit_code(&input))
}

/// A brief in the chosen format.
pub(crate) fn render(brief: &newsdesk_model::Brief, format: Format) -> String {
    match format {
        Format::Json => newsdesk::brief::render::to_json(brief),
        Format::Markdown => newsdesk::brief::render::to_markdown(brief),
        Format::Html => newsdesk::brief::render::to_html(brief),
    }
}

fn clean(paths: &[PathBuf], stats: bool) -> anyhow::Result<ExitCode> {
    let input = pipeline::read(paths);
    let mut counts: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut out = String::new();
    for raw in &input.articles {
        let article = newsdesk::clean::clean(raw);
        for r in &article.removed {
            let c = counts.entry(r.reason.as_str()).or_default();
            c.0 += 1;
            c.1 += r.text.split_whitespace().count();
        }
        out.push_str(&newsdesk::brief::render::article_to_json_line(&article));
        out.push('\n');
    }
    pipeline::print(out.trim_end())?;
    if stats {
        eprintln!("removed from {} articles:", input.articles.len());
        for (reason, (n, words)) in counts {
            eprintln!("  {reason:<20} {n:>6} blocks {words:>8} words");
        }
    }
    Ok(pipeline::exit_code(&input))
}

/// `cfg` with each `NAME=VALUE` of `--set` applied.
fn cluster_config(mut cfg: ClusterConfig, set: &[String]) -> anyhow::Result<ClusterConfig> {
    for s in set {
        let (name, value) = s.split_once('=').with_context(|| format!("--set {s}: expected NAME=VALUE"))?;
        let value: f32 = match value.trim() {
            "true" => 1.0,
            "false" => 0.0,
            v => v.parse().with_context(|| format!("--set {s}: not a number (or true/false)"))?,
        };
        cfg.set(name.trim(), value)?;
    }
    Ok(cfg)
}

/// One line on stderr when the input mixes languages and the sentence model that links
/// stories across them is off for want of its file.
fn sentence_model_note(stories: &[newsdesk_model::StoryAssignment], cfg: &ClusterConfig) {
    use newsdesk::text::sentence_model;
    let mut langs = stories.iter().filter_map(|s| s.lang.as_deref());
    let Some(first) = langs.next() else { return };
    if cfg.languages_model_budget == 0 || langs.all(|l| l == first) {
        return;
    }
    if let Err(e) = sentence_model::shared() {
        eprintln!(
            "newsdesk: the multilingual sentence model is off ({e}); stories across languages are linked by names and numbers only; to turn it on, {}",
            sentence_model::HOW_TO_GET
        );
    }
}

fn cluster(paths: &[PathBuf], full_clean: bool, cfg: &ClusterConfig) -> anyhow::Result<ExitCode> {
    if full_clean {
        let input = pipeline::read(paths);
        let stories = pipeline::cluster(&input.articles, full_clean, cfg);
        sentence_model_note(&stories, cfg);
        pipeline::print_jsonl(&stories)?;
        return Ok(pipeline::exit_code(&input));
    }
    let (stories, read) = pipeline::cluster_stream(paths, cfg);
    sentence_model_note(&stories, cfg);
    pipeline::print_jsonl(&stories)?;
    Ok(pipeline::exit_code_of(read.has_errors(), read.articles))
}
