//! Ingest: turn paths (files, directories, `-` for stdin) into [`RawArticle`]s.
//!
//! Formats are fixed by `shared/contracts`: `.txt` (one article, optional ` date YYYY-MM-DD`
//! first line) and `.jsonl` (one article per line), web pages, feeds and web archives, and
//! `http(s)://` URLs of any of them (fetched by [`fetch`], read by [`url`]). A problem with one
//! input or line is recorded as an [`InputError`] naming it, and reading goes on with everything else.

mod error;
mod feed;
pub mod fetch;
pub mod format;
pub mod html;
mod jsonl;
mod stream;
mod txt;
mod url;
mod walk;
mod warc;

pub use error::{InputError, InputErrorKind, MAX_LINE_BYTES};
pub use stream::{stream_paths, Streamed};
pub use url::read_url;
pub use walk::files_under;

use format::Format;
use newsdesk_model::RawArticle;
use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

/// Everything read from a set of inputs.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Articles in input order (directories are walked in sorted order). Ids are unique.
    pub articles: Vec<RawArticle>,
    /// Problems, each naming its input; see [`InputError::is_warning`].
    pub problems: Vec<InputError>,
}

impl Ingested {
    /// Whether any input (or part of one) could not be read.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| !p.is_warning())
    }

    fn push(&mut self, mut article: RawArticle, seen: &mut HashSet<String>) {
        if let Some(problem) = unique_id(&mut article.id, &article.origin.input, article.origin.line, seen) {
            self.problems.push(problem);
        }
        self.articles.push(article);
    }
}

/// Renames `id` when an earlier article has it (`x` → `x#2`), returning the warning.
fn unique_id(id: &mut String, input: &str, line: Option<usize>, seen: &mut HashSet<String>) -> Option<InputError> {
    if seen.insert(id.clone()) {
        return None;
    }
    let original = std::mem::take(id);
    let renamed = (2..).map(|n| format!("{original}#{n}")).find(|id| !seen.contains(id)).unwrap_or_default();
    seen.insert(renamed.clone());
    *id = renamed.clone();
    Some(InputError::at(input, line, InputErrorKind::DuplicateId(original, renamed)))
}

/// Reads every article under `paths`, in order (`http(s)://` ones fetched). Never fails as a whole.
pub fn read_paths<P: AsRef<Path>>(paths: &[P]) -> Ingested {
    let mut out = Ingested::default();
    let mut seen = HashSet::new();
    let mut fetcher = None;
    for path in paths {
        let path = path.as_ref();
        if let Some(url) = url_of(path) {
            read_url_with(url, &mut fetcher, &mut out, &mut seen);
            continue;
        }
        if path == Path::new("-") {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => read_stdin(&bytes, &mut out, &mut seen),
                Err(e) => out.problems.push(InputError::new("-", e.into())),
            }
            continue;
        }
        let (files, problems) = files_under(path);
        out.problems.extend(problems);
        for file in files {
            read_file(&file, &mut out, &mut seen);
        }
    }
    out
}

/// The URL a path argument stands for, when it is one.
pub fn url_of(path: &Path) -> Option<&str> {
    path.to_str().filter(|s| fetch::is_url(s))
}

/// Reads `url` with a fetcher made on first use (default options, nothing remembered).
fn read_url_with(url: &str, fetcher: &mut Option<fetch::Fetcher>, out: &mut Ingested, seen: &mut HashSet<String>) {
    if fetcher.is_none() {
        match fetch::Fetcher::new(fetch::FetchOptions::default()) {
            Ok(f) => *fetcher = Some(f),
            Err(e) => return out.problems.push(InputError::new(url, e.into())),
        }
    }
    if let Some(f) = fetcher.as_mut() {
        read_url(url, f, None, out, seen);
    }
}

/// Parses one input already in memory. `name` is the path used for ids and messages.
pub fn read_bytes(name: &str, bytes: &[u8], out: &mut Ingested) {
    let mut seen: HashSet<String> = out.articles.iter().map(|a| a.id.clone()).collect();
    read_named(name, bytes, out, &mut seen);
}

fn read_file(path: &Path, out: &mut Ingested, seen: &mut HashSet<String>) {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => read_named(&name, &bytes, out, seen),
        Err(e) => out.problems.push(InputError::new(&name, e.into())),
    }
}

fn read_named(name: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    let format = if name == "-" { format::sniff(bytes) } else { format::choose(name, bytes) };
    let stem = || file_stem(name);
    match format {
        Format::Jsonl => jsonl::read(name, bytes, out, seen),
        Format::Html => html::read(name, &stem(), bytes, out, seen),
        Format::Feed => feed::read(name, &stem(), bytes, out, seen),
        Format::Warc => warc::read(name, bytes, out, seen),
        Format::Txt => txt::read(name, &stem(), bytes, out, seen),
    }
}

/// The id of a whole-file article: the file name without its extension(s).
fn file_stem(name: &str) -> String {
    if name == "-" {
        return "stdin".to_string();
    }
    let path = Path::new(name);
    let base = path.file_name().map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned());
    let lower = base.to_ascii_lowercase();
    let cut = [".warc.gz", ".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".warc", ".jsonl"]
        .iter()
        .find(|e| lower.ends_with(*e) && lower.len() > e.len())
        .map_or_else(|| path.file_stem().map_or(base.len(), |s| s.len()), |e| base.len() - e.len());
    base[..cut.min(base.len())].to_string()
}

fn read_stdin(bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    read_named("-", bytes, out, seen);
}

/// Splits `bytes` into lines, reporting lines that are too long or not UTF-8 (and skipping
/// them) under `name`. Yields `(1-based line number, text)`.
fn checked_lines<'a>(name: &str, bytes: &'a [u8], out: &mut Ingested) -> Vec<(usize, &'a str)> {
    let mut lines = Vec::new();
    let mut bad_utf8: Option<(usize, usize)> = None;
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let number = i + 1;
        if raw.len() > MAX_LINE_BYTES {
            out.problems.push(InputError::at(
                name,
                Some(number),
                InputErrorKind::LineTooLong { line: number, bytes: raw.len() },
            ));
            continue;
        }
        match std::str::from_utf8(raw) {
            // A byte-order mark is no part of the text (nor of a ` date` line).
            Ok(s) => {
                let s = s.strip_suffix('\r').unwrap_or(s);
                let s = if i == 0 { s.strip_prefix('\u{feff}').unwrap_or(s) } else { s };
                lines.push((number, s));
            }
            Err(_) => {
                bad_utf8.get_or_insert((number, 0)).1 += 1;
            }
        }
    }
    if let Some((first, count)) = bad_utf8 {
        out.problems.push(InputError::at(name, Some(first), InputErrorKind::InvalidUtf8 { first, lines: count }));
    }
    lines
}

/// The warning for a date token that is not a usable publication date.
fn date_problem(token: &str) -> InputErrorKind {
    if crate::dates::parse_iso_date_any_year(token).is_some() {
        InputErrorKind::DateOutOfRange(token.to_string())
    } else {
        InputErrorKind::UnknownDate(token.to_string())
    }
}

/// NUL bytes, or a high share of control bytes, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || control * 10 > head.len()
}

#[cfg(test)]
mod tests;
