//! `.jsonl` articles: one JSON object per line with `id` and `text`, optionally `title`,
//! `date`, `url`, `source`, `lang`; other fields are ignored.

use super::{checked_lines, date_problem, looks_binary, Ingested, InputError, InputErrorKind};
use crate::dates::parse_iso_date;
use newsdesk_model::{Origin, RawArticle};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::HashSet;

#[derive(Deserialize)]
struct Line {
    /// Kept as its JSON token: a number id is its digits exactly (1e3, 2^64 + 1 and
    /// 9007199254740993 stay what they say; no float rounding can make two ids collide).
    id: Box<RawValue>,
    text: String,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
    lang: Option<String>,
}

pub(super) fn read(name: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    // A NUL byte makes a line unreadable, not the file: only a file from which no line
    // could be read is reported as binary.
    let binary = looks_binary(bytes);
    let (articles, problems) = (out.articles.len(), out.problems.len());
    read_lines(name, bytes, out, seen);
    if binary && out.articles.len() == articles {
        out.problems.truncate(problems);
        out.problems.push(InputError::new(name, InputErrorKind::Binary));
    }
}

fn read_lines(name: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    let lines = checked_lines(name, bytes, out);
    if lines.iter().all(|(_, l)| l.trim().is_empty()) {
        out.problems.push(InputError::new(name, InputErrorKind::Empty));
        return;
    }
    for (number, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        match parse(name, number, line) {
            Ok((article, warning)) => {
                out.problems.extend(warning);
                out.push(article, seen);
            }
            Err(e) => out.problems.push(e),
        }
    }
}

/// One non-blank line: the article and, when its date could not be understood, the warning;
/// or the error that makes the line unreadable.
pub(super) fn parse(name: &str, number: usize, line: &str) -> Result<(RawArticle, Option<InputError>), InputError> {
    let problem = |kind| InputError::at(name, Some(number), kind);
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    let parsed: Line = serde_json::from_str(line).map_err(|e| problem(InputErrorKind::MalformedJson(e.to_string())))?;
    let raw_id = parsed.id.get();
    let id = match raw_id.as_bytes().first() {
        Some(b'"') => {
            serde_json::from_str::<String>(raw_id).map_err(|e| problem(InputErrorKind::MalformedJson(e.to_string())))?
        }
        Some(b'-' | b'0'..=b'9') => raw_id.to_string(),
        _ => return Err(problem(InputErrorKind::MalformedJson("`id` must be a string or a number".into()))),
    };
    if parsed.text.trim().is_empty() {
        return Err(problem(InputErrorKind::Empty));
    }
    if id.trim().is_empty() {
        return Err(problem(InputErrorKind::MalformedJson("empty `id`".into())));
    }
    let mut warning = None;
    let date = parsed.date.as_deref().filter(|d| !d.trim().is_empty()).and_then(|d| {
        let parsed = parse_iso_date(d);
        if parsed.is_none() {
            warning = Some(problem(date_problem(d)));
        }
        parsed
    });
    let article = RawArticle {
        id,
        text: parsed.text,
        title: parsed.title.filter(|t| !t.trim().is_empty()),
        date,
        url: parsed.url,
        source: parsed.source,
        lang: parsed.lang,
        markup: false,
        origin: Origin { input: name.to_string(), line: Some(number) },
    };
    Ok((article, warning))
}
