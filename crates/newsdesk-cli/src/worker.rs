//! `newsdesk worker` and `newsdesk publish`: the NATS JetStream roles of
//! [`newsdesk_worker`], resolved from the command line and reported on stderr.

use crate::desk::StoreArg;
use clap::{Args, ValueEnum};
use newsdesk::desk::DeskOptions;
use newsdesk_worker::{cluster, extract, publish, Bus, Partitions};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The NATS server when neither `--nats` nor `NEWSDESK_NATS` names one.
const DEFAULT_NATS: &str = "nats://127.0.0.1:4222";

/// A worker's job.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Role {
    /// Read sources (fetching URLs) into articles; stateless, run any number.
    Extract,
    /// Write one partition's articles to the store in source order; one per partition.
    Cluster,
    /// Print story-update events, one JSON line each.
    Follow,
}

/// Options shared by `worker` and `publish`.
#[derive(Args, Clone, Debug)]
pub struct NatsArg {
    /// The NATS server (JetStream on). Default: $NEWSDESK_NATS, else nats://127.0.0.1:4222.
    #[arg(long, value_name = "URL")]
    pub nats: Option<String>,
}

impl NatsArg {
    fn connect(&self) -> anyhow::Result<Bus> {
        let env = std::env::var("NEWSDESK_NATS").ok().filter(|v| !v.trim().is_empty());
        let url = self.nats.clone().or(env).unwrap_or_else(|| DEFAULT_NATS.to_string());
        Ok(Bus::connect(&url)?)
    }
}

/// `newsdesk worker` arguments.
#[derive(Args, Clone, Debug)]
pub struct WorkerArgs {
    /// What this process does.
    #[arg(long, value_enum)]
    pub role: Role,
    #[command(flatten)]
    pub nats: NatsArg,
    #[command(flatten)]
    pub store: StoreArg,
    /// The clusterer's partition: `all`, or a language code / `rest` when the extraction
    /// workers split by `--languages`.
    #[arg(long, default_value = "all")]
    pub partition: String,
    /// Extraction workers: languages with a clusterer of their own (comma-separated); the
    /// rest goes to `rest`. Default: one partition, `all`.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub languages: Vec<String>,
    /// Clusterer: articles per step (one clustering and one transaction each); a run of
    /// `newsdesk ingest --step N` on the same input makes the same stories.
    #[arg(long, default_value_t = 2000)]
    pub step: usize,
    /// Clusterer: do not rebuild briefs when the stream is caught up.
    #[arg(long)]
    pub no_briefs: bool,
    /// Extraction workers: sources asked for per pull request (at most twice this many are
    /// held ahead of the one being extracted).
    #[arg(long, default_value_t = 16)]
    pub batch: usize,
    /// Extraction workers: sources whose results may be on their way to the server at once.
    #[arg(long, default_value_t = 64)]
    pub window: u32,
    /// Exit after this many seconds without work, once some work was done (tests, benchmarks);
    /// default: run until killed.
    #[arg(long, value_name = "SECONDS")]
    pub idle_exit: Option<f64>,
}

/// `newsdesk worker`.
pub fn worker(args: &WorkerArgs) -> anyhow::Result<ExitCode> {
    let bus = args.nats.connect()?;
    let idle_exit = args.idle_exit.map(Duration::from_secs_f64);
    match args.role {
        Role::Extract => {
            let partitions = Partitions { languages: args.languages.clone() };
            let options =
                extract::ExtractOptions { idle_exit, partitions, batch: args.batch.max(1), window: args.window.max(1) };
            eprintln!("newsdesk: extraction worker {} ready", std::process::id());
            let r = extract::run(&bus, &options)?;
            eprintln!(
                "newsdesk: extraction worker: {} sources ({} delivered again), {} articles; busy from {:.3} to {:.3} ({:.2} s), {:.2} CPU s ({:.2} s extracting); waited {:.2} s ({} times no source ahead)",
                r.sources,
                r.redelivered,
                r.articles,
                r.first_at,
                r.last_at,
                r.last_at - r.first_at,
                r.cpu,
                r.cpu_extracting,
                r.waited,
                r.starved
            );
        }
        Role::Cluster => {
            let mut store = newsdesk::store::open(args.store.resolve().location())?;
            let desk = DeskOptions { briefs: !args.no_briefs, step_articles: args.step, ..DeskOptions::default() };
            let options = cluster::ClusterOptions { partition: args.partition.clone(), desk, idle_exit };
            eprintln!("newsdesk: clusterer of partition {} ready", args.partition);
            let r = cluster::run(&bus, store.as_mut(), &options)?;
            eprintln!(
                "newsdesk: clusterer: {} steps written, {} found written, {} messages delivered again, {} input problems; {}; steps took {:.2} s: {:.0} articles/s ({:.2} CPU s)",
                r.steps,
                r.replayed,
                r.redelivered,
                r.problems,
                r.ingest,
                r.busy,
                r.ingest.read as f64 / r.busy.max(1e-3),
                r.cpu
            );
        }
        Role::Follow => {
            publish::follow(&bus, |event| serde_json::to_string(&event).map(|line| println!("{line}")).is_ok())?
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `newsdesk publish`.
pub fn publish(sources: &[PathBuf], nats: &NatsArg) -> anyhow::Result<ExitCode> {
    let bus = nats.connect()?;
    let r = publish::publish(&bus, sources)?;
    eprintln!("newsdesk: published {} sources (end mark {}), {} inputs failed", r.messages, r.end, r.failed);
    Ok(if r.failed > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
