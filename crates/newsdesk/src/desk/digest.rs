//! Digest: a pile of articles → a folder of HTML pages, no store kept: `index.html` lists the
//! stories (title, size, outlets, dates) and links one self-contained brief page per story.
//! It runs the same ingest as the desk, into a store in memory.

use super::{ingest, DeskError, DeskOptions, IngestReport};
use crate::brief::render::html::escape;
use crate::ingest::InputError;
use crate::store::{SqliteStore, Store, StoryRow};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// What a digest wrote.
#[derive(Debug, Default)]
pub struct DigestReport {
    /// The ingest behind it.
    pub ingest: IngestReport,
    /// Stories written.
    pub stories: usize,
    /// Articles without a story (too little content), left out.
    pub storyless: usize,
    /// The index page.
    pub index: PathBuf,
}

/// Writes the digest of the articles under `paths` into `out` (created when missing).
pub fn digest<P: AsRef<Path>>(
    paths: &[P],
    out: &Path,
    options: &DeskOptions,
) -> Result<(DigestReport, Vec<InputError>), DeskError> {
    let mut store = SqliteStore::open_in_memory()?;
    let options = DeskOptions { briefs: true, ..options.clone() };
    let (ingest_report, problems) = ingest(&mut store, paths, &options, &mut |_| {})?;
    std::fs::create_dir_all(out).map_err(|source| DeskError::Write { path: out.display().to_string(), source })?;
    let stories = store.stories(None)?;
    let mut rows = String::new();
    for story in &stories {
        let Some(brief) = super::story_brief(&store, &story.id)? else { continue };
        let file = page_name(&story.id);
        write(&out.join(&file), &crate::brief::render::to_html(&brief))?;
        rows.push_str(&index_row(story, &file));
    }
    let counts = store.counts()?;
    let index = out.join("index.html");
    write(&index, &index_page(&rows, stories.len(), counts.articles, counts.storyless))?;
    let report = DigestReport { ingest: ingest_report, stories: stories.len(), storyless: counts.storyless, index };
    Ok((report, problems))
}

fn write(path: &Path, text: &str) -> Result<(), DeskError> {
    std::fs::write(path, text).map_err(|source| DeskError::Write { path: path.display().to_string(), source })
}

/// A file name for a story's page: the id with anything but letters, digits, `-` and `_`
/// replaced (ids are ours, but a file name must never climb out of the folder).
fn page_name(id: &str) -> String {
    let safe: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    format!("{safe}.html")
}

fn index_row(story: &StoryRow, file: &str) -> String {
    let dates = match (&story.first_seen, &story.last_seen) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) | (None, Some(a)) => a.clone(),
        (None, None) => String::new(),
    };
    format!(
        "<tr><td><a href=\"{}\">{}</a></td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>\n",
        escape(file),
        escape(story.title.as_deref().unwrap_or("(untitled story)")),
        story.articles,
        escape(&story.outlets.join(", ")),
        escape(&dates)
    )
}

fn index_page(rows: &str, stories: usize, articles: usize, storyless: usize) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>Stories</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem}}\
         table{{border-collapse:collapse;width:100%}}th,td{{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}}\
         .n{{text-align:right}}.meta{{color:#666}}</style></head><body>\n<h1>Stories</h1>\n\
         <p class=\"meta\">{stories} stories from {articles} articles"
    );
    if storyless > 0 {
        let _ = write!(out, "; {storyless} articles had too little content for a story");
    }
    out.push_str(
        ".</p>\n<table>\n<tr><th>Story</th><th class=\"n\">Articles</th><th>Outlets</th><th>Dates</th></tr>\n",
    );
    out.push_str(rows);
    out.push_str("</table>\n</body></html>\n");
    out
}
