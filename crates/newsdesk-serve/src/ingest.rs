//! `POST /api/v1/articles`: articles in the body — JSON lines, one HTML page or a feed (RSS,
//! Atom) — added to the store by the same desk pipeline as `newsdesk ingest`.
//!
//! The token given at start-up is required (`Authorization: Bearer TOKEN`); without a token
//! configured, ingest is refused. The body is capped (`ServeConfig::max_body`) and written to
//! a temporary file named after `?name=` (a page's article id is its file name) so the desk
//! reads it exactly as it reads a file. Ingests run one at a time on the writer connection.

use crate::error::ApiError;
use crate::params::{self, Params};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use newsdesk::desk::{DeskOptions, IngestReport};
use std::sync::Arc;

/// Input problems reported back at most.
const MAX_PROBLEMS: usize = 50;

/// Whether the request carries the token (compared in constant time).
fn authorised(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = state.token.as_deref() else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest_disabled",
            "ingest is off: start the server with --token (or NEWSDESK_TOKEN)",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .unwrap_or_default();
    let same =
        given.len() == token.len() && given.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
    if same {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid `Authorization: Bearer TOKEN` is required",
        ))
    }
}

/// The file extension a body is read as: from the content type, else `.jsonl` when it looks
/// like JSON, else left to the desk's format sniffing (`.txt` is only used for `text/plain`).
fn extension(headers: &HeaderMap, body: &[u8]) -> &'static str {
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
        .unwrap_or_default();
    match kind.as_str() {
        "application/x-ndjson" | "application/jsonl" | "application/json" | "application/jsonlines" => "jsonl",
        "text/html" | "application/xhtml+xml" => "html",
        "application/rss+xml" | "application/atom+xml" | "application/xml" | "text/xml" | "application/feed+xml" => {
            "xml"
        }
        "text/plain" => "txt",
        _ => match newsdesk::ingest::format::sniff(body) {
            newsdesk::ingest::format::Format::Jsonl => "jsonl",
            newsdesk::ingest::format::Format::Html => "html",
            newsdesk::ingest::format::Format::Feed => "xml",
            newsdesk::ingest::format::Format::Warc => "warc",
            newsdesk::ingest::format::Format::Txt => "txt",
        },
    }
}

/// The file name (without extension) a posted body gets: `?name=` when it is a plain name,
/// else `post-` and a hash of the body (so the same page posted twice gets the same id).
fn file_stem(p: &Params, body: &[u8]) -> Result<String, ApiError> {
    match p.get("name").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        Some(name) => {
            let plain = name.len() <= 120
                && !name.starts_with('.')
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
            if plain {
                Ok(name.to_string())
            } else {
                Err(ApiError::bad_request("name may hold only letters, digits, '-', '_' and '.' (at most 120)"))
            }
        }
        None => {
            let hash = newsdesk::desk::content_hash(&String::from_utf8_lossy(body));
            Ok(format!("post-{}", hash.iter().take(6).map(|b| format!("{b:02x}")).collect::<String>()))
        }
    }
}

fn report_json(report: &IngestReport, problems: &[String]) -> serde_json::Value {
    serde_json::json!({
        "read": report.read,
        "new": report.new,
        "duplicates": report.duplicates,
        "near_copies": report.near_copies,
        "failed": report.failed,
        "renamed": report.renamed,
        "stories_new": report.stories_new,
        "stories_updated": report.stories_updated,
        "stories_merged": report.stories_merged,
        "briefs": report.briefs,
        "problems": problems,
    })
}

/// `POST /api/v1/articles[?name=ID]`.
pub async fn post_articles(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    query: Result<Query<Params>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    authorised(&state, &headers)?;
    let p = params::params(query)?;
    let body = body.map_err(|e| {
        let status = e.status();
        let code = if status == StatusCode::PAYLOAD_TOO_LARGE { "too_large" } else { "bad_request" };
        ApiError::new(status, code, format!("the body could not be read: {e}"))
    })?;
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ApiError::bad_request("the body is empty: post JSON lines, an HTML page or a feed"));
    }
    let trimmed = String::from_utf8_lossy(&body[..body.len().min(4096)]).trim().to_ascii_lowercase();
    if (trimmed.starts_with("http://") || trimmed.starts_with("https://")) && !trimmed.contains(char::is_whitespace) {
        // The server never fetches: it would let anyone with the token make it call any host.
        return Err(ApiError::bad_request("the server does not fetch addresses: post the page or the feed itself"));
    }
    let name = format!("{}.{}", file_stem(&p, &body)?, extension(&headers, &body));
    let metrics_state = Arc::clone(&state);
    let (report, problems) = state
        .write(move |store| {
            let dir = tempfile::tempdir().map_err(|e| ApiError::unavailable(format!("no temporary folder: {e}")))?;
            let path = dir.path().join(&name);
            std::fs::write(&path, &body).map_err(|e| ApiError::unavailable(format!("cannot buffer the body: {e}")))?;
            let (report, problems) = newsdesk::desk::ingest(store, &[&path], &DeskOptions::default(), &mut |_| {})
                .map_err(|e| {
                    eprintln!("newsdesk serve: ingest failed: {e}");
                    ApiError::unavailable("the store could not take the articles; nothing was added")
                })?;
            // Messages name the input by its temporary path; show the posted name instead.
            let shown = path.display().to_string();
            let problems: Vec<String> = problems
                .iter()
                .filter(|p| !p.is_warning())
                .take(MAX_PROBLEMS)
                .map(|p| p.to_string().replace(&shown, &name))
                .collect();
            Ok((report, problems))
        })
        .await?;
    metrics_state.metrics.ingested(report.new, report.failed);
    if report.read == 0 {
        let message = problems.first().cloned().unwrap_or_else(|| "no article could be read from the body".into());
        return Err(ApiError::bad_request(message));
    }
    let body = report_json(&report, &problems).to_string();
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_plain_or_refused() {
        let p = |v: &str| Params::from([("name".to_string(), v.to_string())]);
        assert_eq!(file_stem(&p("kestrel-page_1.x"), b"x").ok().as_deref(), Some("kestrel-page_1.x"));
        assert!(file_stem(&p("../etc/passwd"), b"x").is_err());
        assert!(file_stem(&p(".hidden"), b"x").is_err());
        let a = file_stem(&Params::new(), b"same body").unwrap_or_default();
        assert!(a.starts_with("post-") && a == file_stem(&Params::new(), b"same body").unwrap_or_default());
    }

    #[test]
    fn content_types_choose_the_reader() {
        let with = |t: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::CONTENT_TYPE, t.parse().unwrap_or(header::HeaderValue::from_static("x/x")));
            h
        };
        assert_eq!(extension(&with("text/html; charset=utf-8"), b""), "html");
        assert_eq!(extension(&with("application/x-ndjson"), b""), "jsonl");
        assert_eq!(extension(&with("application/atom+xml"), b""), "xml");
        assert_eq!(extension(&HeaderMap::new(), b"{\"id\":\"a\",\"text\":\"b\"}\n"), "jsonl");
    }
}
