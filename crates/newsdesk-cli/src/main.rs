//! `newsdesk`: the command line. Only glue: it parses arguments, runs the library's
//! stages through [`pipeline`], prints, and maps input problems to the exit status.

mod bench;
mod bench_cluster;
mod eval;
mod ner;
mod pipeline;

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
    /// Treat every article under the PATHs as one story and print its brief.
    Brief {
        /// Files, directories (read recursively) or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Word budget of the summary.
        #[arg(long, default_value_t = 120)]
        words: usize,
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
        /// Re-cluster windows (7 days of articles; an undated input is one window) of up to
        /// this many articles, which finds stories better than the online pass alone; larger
        /// windows keep the online stories. It costs 50–100 µs per article, more than all the
        /// rest together.
        #[arg(long, default_value_t = ClusterConfig::default().refine_max_articles)]
        refine_max: usize,
        /// Windows up to this many articles get the exhaustive neighbour search (for
        /// measurements of the pruned one).
        #[arg(long, hide = true, default_value_t = ClusterConfig::default().refine_exact_max)]
        refine_exact_max: usize,
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
    /// Measure throughput.
    Bench {
        #[command(subcommand)]
        what: bench::BenchCommand,
    },
}

/// Output formats of `brief`.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
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
        Command::Brief { paths, format, words } => brief(&paths, format, words),
        Command::Clean { paths, stats } => clean(&paths, stats),
        Command::Cluster { paths, format: ClusterFormat::Jsonl, full_clean, refine_max, refine_exact_max } => {
            let cfg = ClusterConfig { refine_max_articles: refine_max, refine_exact_max, ..ClusterConfig::default() };
            cluster(&paths, full_clean, &cfg)
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
    let out = match format {
        Format::Json => newsdesk::brief::render::to_json(&brief),
        Format::Markdown => newsdesk::brief::render::to_markdown(&brief),
        Format::Html => newsdesk::brief::render::to_html(&brief),
    };
    pipeline::print(&out)?;
    Ok(pipeline::exit_code(&input))
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

fn cluster(paths: &[PathBuf], full_clean: bool, cfg: &ClusterConfig) -> anyhow::Result<ExitCode> {
    if full_clean {
        let input = pipeline::read(paths);
        let stories = pipeline::cluster(&input.articles, full_clean, cfg);
        pipeline::print_jsonl(&stories)?;
        return Ok(pipeline::exit_code(&input));
    }
    let (stories, read) = pipeline::cluster_stream(paths, cfg);
    pipeline::print_jsonl(&stories)?;
    Ok(pipeline::exit_code_of(read.has_errors(), read.articles))
}
