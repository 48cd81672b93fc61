//! `newsdesk eval`: score pipeline output against gold files and print the scores.

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use newsdesk::eval::clusters::{align, parse_labels, score, OnMissing};
use std::path::PathBuf;
use std::process::ExitCode;

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
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Missing {
    Error,
    Singleton,
    Drop,
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
    }
}
