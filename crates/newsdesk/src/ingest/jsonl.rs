//! `.jsonl` articles: one JSON object per line with `id` and `text`, optionally `title`,
//! `date`, `url`, `source`, `lang`; other fields are ignored.

use super::{checked_lines, looks_binary, Ingested, InputError, InputErrorKind};
use crate::dates::parse_iso_date;
use newsdesk_model::{Origin, RawArticle};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
struct Line {
    id: Id,
    text: String,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
    lang: Option<String>,
}

/// Ids may be strings or numbers in the wild.
#[derive(Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

pub(super) fn read(name: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    if looks_binary(bytes) {
        out.problems.push(InputError::new(name, InputErrorKind::Binary));
        return;
    }
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
    let parsed: Line = serde_json::from_str(line).map_err(|e| problem(InputErrorKind::MalformedJson(e.to_string())))?;
    let id = match parsed.id {
        Id::Text(s) => s,
        Id::Number(n) => n.to_string(),
    };
    if id.trim().is_empty() {
        return Err(problem(InputErrorKind::MalformedJson("empty `id`".into())));
    }
    let mut warning = None;
    let date = parsed.date.as_deref().filter(|d| !d.trim().is_empty()).and_then(|d| {
        let parsed = parse_iso_date(d);
        if parsed.is_none() {
            warning = Some(problem(InputErrorKind::UnknownDate(d.to_string())));
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
        origin: Origin { input: name.to_string(), line: Some(number) },
    };
    Ok((article, warning))
}
