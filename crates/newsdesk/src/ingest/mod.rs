//! Ingest: turn paths (files, directories, `-` for stdin) into [`RawArticle`]s.
//!
//! Formats are fixed by `shared/contracts`: `.txt` (one article, optional ` date YYYY-MM-DD`
//! first line) and `.jsonl` (one article per line). A problem with one input or line is
//! recorded as an [`InputError`] naming it, and reading goes on with everything else.

mod error;
mod jsonl;
mod stream;
mod txt;

pub use error::{InputError, InputErrorKind, MAX_LINE_BYTES};
pub use stream::{stream_paths, Streamed};

use newsdesk_model::RawArticle;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

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

/// Reads every article under `paths`, in order. Never fails as a whole.
pub fn read_paths<P: AsRef<Path>>(paths: &[P]) -> Ingested {
    let mut out = Ingested::default();
    let mut seen = HashSet::new();
    for path in paths {
        let path = path.as_ref();
        if path == Path::new("-") {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => read_stdin(&bytes, &mut out, &mut seen),
                Err(e) => out.problems.push(InputError::new("-", e.into())),
            }
            continue;
        }
        match files_under(path) {
            Ok(files) => {
                for file in files {
                    read_file(&file, &mut out, &mut seen);
                }
            }
            Err(e) => out.problems.push(InputError::new(&path.display().to_string(), e.into())),
        }
    }
    out
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
    if name.ends_with(".jsonl") {
        jsonl::read(name, bytes, out, seen);
    } else {
        let id = Path::new(name).file_stem().map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned());
        txt::read(name, &id, bytes, out, seen);
    }
}

fn read_stdin(bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'{') {
        jsonl::read("-", bytes, out, seen);
    } else {
        txt::read("-", "stdin", bytes, out, seen);
    }
}

/// The article files under `path`: the path itself when it is a file, else every `.txt` and
/// `.jsonl` file below it (hidden entries skipped), sorted by path.
fn files_under(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let p = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if entry.file_type()?.is_dir() {
                stack.push(p);
            } else if matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "jsonl")) {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files)
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
            Ok(s) => lines.push((number, s.strip_suffix('\r').unwrap_or(s))),
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

/// NUL bytes, or a high share of control bytes, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || control * 10 > head.len()
}

#[cfg(test)]
mod tests;
