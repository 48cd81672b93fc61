//! The desk commands: `ingest`, `stories`, `brief --story`, `search` and `digest`.
//!
//! Arguments go through two layers, after ripgrep's LowArgs/HiArgs: [`StoreArg`] is what was
//! typed (checked by clap: dates parse, numbers are numbers), [`StoreArg::resolve`] turns it
//! into a store location (flag, else `NEWSDESK_DB`, else `newsdesk.db`) and opens it.
//! Everything else is one call into [`newsdesk::desk`] and printing.

use crate::pipeline;
use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use newsdesk::desk::{DeskOptions, Progress};
use newsdesk::ingest::InputErrorKind;
use newsdesk::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

/// The store file when neither `--db` nor `NEWSDESK_DB` names one.
const DEFAULT_DB: &str = "newsdesk.db";

/// `--db`, shared by the desk commands.
#[derive(Args, Clone, Debug, Default)]
pub struct StoreArg {
    /// The store: an SQLite file (created by `ingest` when missing) or a `postgres://` URL.
    /// Default: $NEWSDESK_DB, else `newsdesk.db` in the current directory.
    #[arg(long, value_name = "PATH|URL")]
    pub db: Option<String>,
}

/// A resolved store location.
pub struct HiStore {
    location: String,
}

impl StoreArg {
    /// The location: the flag, else `NEWSDESK_DB`, else the default file.
    pub fn resolve(&self) -> HiStore {
        let env = std::env::var("NEWSDESK_DB").ok().filter(|v| !v.trim().is_empty());
        HiStore { location: self.db.clone().or(env).unwrap_or_else(|| DEFAULT_DB.to_string()) }
    }
}

impl HiStore {
    /// The store location (a file path or a URL; may hold a password: see `redact`).
    pub fn location(&self) -> &str {
        &self.location
    }

    /// Opens the store; a command that only reads refuses to create a missing file.
    fn open(&self, create: bool) -> anyhow::Result<Box<dyn Store>> {
        let is_file = !newsdesk::store::is_postgres(&self.location);
        if is_file && !create && !std::path::Path::new(&self.location).exists() {
            anyhow::bail!(
                "no store at {} (run `newsdesk ingest SOURCE... --db {}` first)",
                self.location,
                self.location
            );
        }
        newsdesk::store::open(&self.location)
            .with_context(|| format!("opening the store {}", newsdesk::store::redact(&self.location)))
    }
}

/// Parses a `--since` date.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

/// `newsdesk ingest`.
pub fn ingest(sources: &[PathBuf], store: &StoreArg, briefs: bool, step: usize) -> anyhow::Result<ExitCode> {
    let mut db = store.resolve().open(true)?;
    let options = DeskOptions { briefs, step_articles: step, ..DeskOptions::default() };
    // indicatif draws nothing when stderr is not a terminal.
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    let mut show = |p: &Progress| {
        if p.briefs_total > 0 {
            bar.set_message(format!("{} articles read, {} new; briefs {}/{}", p.read, p.new, p.briefs, p.briefs_total));
        } else {
            bar.set_message(format!("{} articles read, {} new", p.read, p.new));
        }
    };
    let result = newsdesk::desk::ingest(db.as_mut(), sources, &options, &mut show);
    bar.finish_and_clear();
    let (report, problems) = result?;
    // A URL whose server says it has not changed was read successfully: it just has nothing new.
    let unchanged = problems.iter().filter(|p| matches!(p.kind, InputErrorKind::NotModified)).count();
    pipeline::report(&problems, report.read + unchanged);
    pipeline::print(&format!("newsdesk: {report}"))?;
    Ok(pipeline::exit_code_of(problems.iter().any(|p| !p.is_warning()), report.read + unchanged))
}

/// A story line with its member ids (`stories --json --members`).
#[derive(serde::Serialize)]
struct WithMembers<'a> {
    #[serde(flatten)]
    row: &'a newsdesk::store::StoryRow,
    members: Vec<String>,
}

/// `newsdesk stories`.
pub fn stories(store: &StoreArg, since: Option<NaiveDate>, json: bool, members: bool) -> anyhow::Result<ExitCode> {
    let db = store.resolve().open(false)?;
    let rows = db.stories(since)?;
    if json && members {
        let mut lines = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut members: Vec<String> = db.members(&row.id, usize::MAX)?.into_iter().map(|a| a.id).collect();
            members.extend(db.aliases(&row.id)?.into_iter().map(|(alias, _)| alias));
            lines.push(WithMembers { row, members });
        }
        pipeline::print_jsonl(&lines)?;
    } else if json {
        pipeline::print_jsonl(&rows)?;
    } else {
        let mut out = String::new();
        for s in &rows {
            let seen = match (&s.first_seen, &s.last_seen) {
                (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
                (a, b) => a.clone().or_else(|| b.clone()).unwrap_or_default(),
            };
            let outlets = if s.outlets.is_empty() { String::new() } else { format!("  ({})", s.outlets.join(", ")) };
            // A story told in several languages says which.
            let outlets = match s.languages.len() {
                0 | 1 => outlets,
                _ => format!("{outlets}  [{}]", s.languages.join(", ")),
            };
            out.push_str(&format!(
                "{}  {:>4} articles  {:<22}  {}{}\n",
                s.id,
                s.articles,
                seen,
                one_line(s.title.as_deref().unwrap_or("(untitled)")),
                one_line(&outlets)
            ));
        }
        if !out.is_empty() {
            pipeline::print(out.trim_end())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `newsdesk brief --story ID`.
pub fn story_brief(store: &StoreArg, id: &str, format: crate::Format) -> anyhow::Result<ExitCode> {
    let mut db = store.resolve().open(false)?;
    let Some(brief) = newsdesk::desk::current_brief(db.as_mut(), id, &DeskOptions::default())? else {
        eprintln!("newsdesk: error: unknown story {:?}", one_line(id));
        return Ok(ExitCode::from(2));
    };
    pipeline::print(&crate::render(&brief, format))?;
    Ok(ExitCode::SUCCESS)
}

/// `newsdesk search`.
pub fn search(store: &StoreArg, query: &str, limit: usize, json: bool) -> anyhow::Result<ExitCode> {
    let db = store.resolve().open(false)?;
    let hits = db.search(query, limit)?;
    if json {
        pipeline::print_jsonl(&hits)?;
    } else {
        let mut out = String::new();
        for h in &hits {
            out.push_str(&format!(
                "{:>6.2}  {}  {}\n        {}\n",
                h.score,
                h.story.as_deref().unwrap_or("(no story)"),
                one_line(h.title.as_deref().unwrap_or(&h.article)),
                one_line(&h.snippet)
            ));
        }
        if !out.is_empty() {
            pipeline::print(out.trim_end())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `newsdesk digest`.
pub fn digest(paths: &[PathBuf], out: &std::path::Path) -> anyhow::Result<ExitCode> {
    let (report, problems) = newsdesk::desk::digest(paths, out, &DeskOptions::default())?;
    pipeline::report(&problems, report.ingest.read);
    pipeline::print(&format!(
        "newsdesk: {} stories from {} articles written to {}",
        report.stories,
        report.ingest.new,
        report.index.display()
    ))?;
    Ok(pipeline::exit_code_of(problems.iter().any(|p| !p.is_warning()), report.ingest.read))
}

/// Text from the store on one terminal line: control characters (a newline in a title, an
/// escape sequence) become spaces.
fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}
