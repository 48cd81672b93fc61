//! Streaming reading for long inputs: a `.jsonl` file is read a batch of lines at a time, its
//! lines parsed and mapped in parallel, so neither the file nor its articles are held whole.
//! Ids and problems are exactly those [`super::read_paths`] gives, in the same order (only an
//! IO error in the middle of a file differs: the lines before it have been handed on).

use super::{files_under, format, jsonl, looks_binary, read_file, read_stdin, unique_id, Ingested, InputError};
use super::{read_url_with, url_of};
use super::{InputErrorKind, MAX_LINE_BYTES};
use newsdesk_model::RawArticle;
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Bytes of a batch of lines at most (besides the line that crosses it).
const BATCH_BYTES: usize = 64 << 20;

/// What [`stream_paths`] read, besides the articles it handed on.
#[derive(Debug, Default)]
pub struct Streamed {
    /// Articles handed on.
    pub articles: usize,
    /// Problems, each naming its input, in the order [`super::read_paths`] reports them.
    pub problems: Vec<InputError>,
}

impl Streamed {
    /// Whether any input (or part of one) could not be read.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| !p.is_warning())
    }
}

/// Reads every article under `paths` as [`super::read_paths`] does, a batch of about `batch`
/// articles at a time: `map` turns each article into a `T` (in parallel), and `sink` receives
/// each batch as `(id, T)` pairs in input order. The sink of one batch runs while the next
/// batch is parsed and mapped, so a sequential consumer overlaps with the parallel work.
pub fn stream_paths<P, T, M, S>(paths: &[P], batch: usize, map: M, sink: S) -> Streamed
where
    P: AsRef<Path>,
    T: Send,
    M: Fn(&RawArticle) -> T + Sync,
    S: FnMut(Vec<(String, T)>) + Send,
{
    let mut s = Streamer { map, sink, pending: Vec::new(), seen: HashSet::new(), out: Streamed::default() };
    let batch = batch.max(1);
    let mut fetcher = None;
    for path in paths {
        let path = path.as_ref();
        if let Some(url) = url_of(path) {
            let mut whole = Ingested::default();
            read_url_with(url, &mut fetcher, &mut whole, &mut s.seen);
            s.whole(whole, batch);
            continue;
        }
        let mut whole = Ingested::default();
        if path == Path::new("-") {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => read_stdin(&bytes, &mut whole, &mut s.seen),
                Err(e) => whole.problems.push(InputError::new("-", e.into())),
            }
            s.whole(whole, batch);
            continue;
        }
        let (files, problems) = files_under(path);
        s.out.problems.extend(problems);
        for file in files {
            let name = file.display().to_string();
            if format::by_name(&name) == Some(format::Format::Jsonl) {
                s.jsonl(&file, &name, batch);
            } else {
                let mut whole = Ingested::default();
                read_file(&file, &mut whole, &mut s.seen);
                s.whole(whole, batch);
            }
        }
    }
    let last = std::mem::take(&mut s.pending);
    if !last.is_empty() {
        (s.sink)(last);
    }
    s.out
}

struct Streamer<T, M, S> {
    map: M,
    sink: S,
    /// The batch handed to the sink during the next step.
    pending: Vec<(String, T)>,
    seen: HashSet<String>,
    out: Streamed,
}

/// One line of a batch, parsed.
enum Parsed<T> {
    Blank,
    BadUtf8,
    Failed(InputError),
    Article(String, Option<InputError>, T),
}

impl<T, M, S> Streamer<T, M, S>
where
    T: Send,
    M: Fn(&RawArticle) -> T + Sync,
    S: FnMut(Vec<(String, T)>) + Send,
{
    /// Maps `items` in parallel while the sink takes the pending batch.
    fn step<I: Sync, R: Send>(&mut self, items: &[I], f: impl Fn(&M, &I) -> R + Sync) -> Vec<R> {
        let pending = std::mem::take(&mut self.pending);
        let (map, sink) = (&self.map, &mut self.sink);
        let (mapped, ()) = rayon::join(
            || items.par_iter().map(|i| f(map, i)).collect(),
            || {
                if !pending.is_empty() {
                    sink(pending);
                }
            },
        );
        mapped
    }

    /// Articles read whole (`.txt` files, stdin).
    fn whole(&mut self, input: Ingested, batch: usize) {
        self.out.problems.extend(input.problems);
        for chunk in input.articles.chunks(batch) {
            let mapped = self.step(chunk, |map, a| (a.id.clone(), map(a)));
            self.out.articles += mapped.len();
            self.pending = mapped;
        }
    }

    fn jsonl(&mut self, path: &Path, name: &str, batch: usize) {
        let (mut reader, binary) = match open(path) {
            Ok(opened) => opened,
            Err(e) => return self.out.problems.push(InputError::new(name, e.into())),
        };
        let articles_before = self.out.articles;
        // As `read_paths` orders them: long lines, bad UTF-8, then the lines' own problems.
        let (mut long, mut problems) = (Vec::new(), Vec::new());
        let (mut bad_utf8, mut non_blank, mut number) = (None::<(usize, usize)>, false, 0);
        let (mut data, mut lines) = (Vec::new(), Vec::new());
        loop {
            data.clear();
            lines.clear();
            let read = read_lines(&mut reader, &mut data, &mut lines, &mut number, batch, |line, bytes| {
                long.push(InputError::at(name, Some(line), InputErrorKind::LineTooLong { line, bytes }))
            });
            let done = match read {
                Ok(more) => !more,
                Err(e) => {
                    problems.push(InputError::new(name, e.into()));
                    true
                }
            };
            let data = &data;
            let parsed = self.step(&lines, |map, &(n, start, end)| parse(name, n, &data[start..end], map));
            for ((n, ..), p) in lines.iter().zip(parsed) {
                match p {
                    Parsed::Blank => {}
                    Parsed::BadUtf8 => bad_utf8.get_or_insert((*n, 0)).1 += 1,
                    Parsed::Failed(e) => {
                        non_blank = true;
                        problems.push(e);
                    }
                    Parsed::Article(mut id, warning, t) => {
                        non_blank = true;
                        problems.extend(warning);
                        problems.extend(unique_id(&mut id, name, Some(*n), &mut self.seen));
                        self.pending.push((id, t));
                        self.out.articles += 1;
                    }
                }
            }
            if done {
                break;
            }
        }
        if binary && self.out.articles == articles_before {
            // As `read_paths`: a binary file from which no line could be read is one problem.
            return self.out.problems.push(InputError::new(name, InputErrorKind::Binary));
        }
        self.out.problems.append(&mut long);
        if let Some((first, lines)) = bad_utf8 {
            self.out.problems.push(InputError::at(name, Some(first), InputErrorKind::InvalidUtf8 { first, lines }));
        }
        if non_blank {
            self.out.problems.append(&mut problems);
        } else {
            self.out.problems.push(InputError::new(name, InputErrorKind::Empty));
        }
    }
}

/// The file, and whether its first bytes look binary (its lines are read all the same: a
/// NUL byte spoils its line, not the file).
fn open(path: &Path) -> std::io::Result<(impl BufRead, bool)> {
    let mut file = std::fs::File::open(path)?;
    let mut head = Vec::new();
    (&mut file).take(8192).read_to_end(&mut head)?;
    let binary = looks_binary(&head);
    Ok((BufReader::with_capacity(1 << 20, std::io::Cursor::new(head).chain(file)), binary))
}

/// Reads up to `batch` lines into `data`, as `(1-based number, start, end)`; a line over
/// [`MAX_LINE_BYTES`] is reported through `too_long` and dropped. `Ok(false)` at the end.
fn read_lines(
    reader: &mut impl BufRead,
    data: &mut Vec<u8>,
    lines: &mut Vec<(usize, usize, usize)>,
    number: &mut usize,
    batch: usize,
    mut too_long: impl FnMut(usize, usize),
) -> std::io::Result<bool> {
    while lines.len() < batch && data.len() < BATCH_BYTES {
        let start = data.len();
        if reader.read_until(b'\n', data)? == 0 {
            return Ok(false);
        }
        *number += 1;
        if data.last() == Some(&b'\n') {
            data.pop();
        }
        if data.len() - start > MAX_LINE_BYTES {
            too_long(*number, data.len() - start);
            data.truncate(start);
            continue;
        }
        lines.push((*number, start, data.len()));
    }
    Ok(true)
}

fn parse<T, M: Fn(&RawArticle) -> T>(name: &str, number: usize, bytes: &[u8], map: &M) -> Parsed<T> {
    let Ok(line) = std::str::from_utf8(bytes) else { return Parsed::BadUtf8 };
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.trim().is_empty() {
        return Parsed::Blank;
    }
    match jsonl::parse(name, number, line) {
        Ok((article, warning)) => {
            let mapped = map(&article);
            Parsed::Article(article.id, warning, mapped)
        }
        Err(e) => Parsed::Failed(e),
    }
}
