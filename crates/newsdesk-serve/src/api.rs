//! The JSON API under `/api/v1`, answering exactly as `shared/contracts/README.md` says:
//! stories (paged), one story's brief plus `"story"`, one article as `newsdesk clean` prints
//! it plus `"story"`, search, the OpenAPI document; and `/metrics`.

use crate::error::ApiError;
use crate::metrics::StoreSizes;
use crate::pages::path_id;
use crate::params::{self, Params};
use crate::state::AppState;
use crate::views;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::collections::HashSet;
use std::sync::Arc;

/// The OpenAPI 3 description of the API (kept by hand beside the code).
const OPENAPI: &str = include_str!("../data/openapi.json");
/// Stories a search may select for `GET /api/v1/stories?q=` at most.
const QUERY_STORIES: usize = 1000;

fn json(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// `{"story": STORY, ...rest of OBJECT}`: a field put in front of a JSON object written
/// elsewhere, without parsing it again.
fn with_story(story: &str, object: &str) -> Result<String, ApiError> {
    let rest = object.trim_start().strip_prefix('{').ok_or_else(|| ApiError::unavailable("a stored JSON is broken"))?;
    let sep = if rest.trim_start().starts_with('}') { "" } else { "," };
    Ok(format!("{{\"story\":{story}{sep}{rest}"))
}

/// `GET /api/v1/stories?since=&q=&limit=&cursor=`.
pub async fn stories(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, ApiError> {
    let p = params::params(query)?;
    let since = params::since(&p)?;
    let limit = params::limit(&p, 20, 100)?;
    let cursor = params::cursor(&p)?;
    let q = params::query(&p);
    let body = state
        .read(move |state, store| {
            let rows = state.all_stories(store)?;
            let matching: Option<HashSet<String>> = match &q {
                Some(q) => {
                    Some(state.search(store, q, QUERY_STORIES)?.iter().filter_map(|h| h.story.clone()).collect())
                }
                None => None,
            };
            let since = since.map(|d| d.format("%Y-%m-%d").to_string());
            let selected: Vec<_> = rows
                .iter()
                .filter(|r| since.as_deref().is_none_or(|s| r.last_seen.as_deref().unwrap_or("") >= s))
                .filter(|r| matching.as_ref().is_none_or(|m| m.contains(&r.id)))
                .skip(cursor)
                .take(limit + 1)
                .collect();
            let next = (selected.len() > limit).then(|| (cursor + limit).to_string());
            let page: Vec<_> = selected.into_iter().take(limit).collect();
            Ok(serde_json::json!({"stories": page, "next": next}).to_string())
        })
        .await?;
    Ok(json(body))
}

/// `GET /api/v1/stories/{id}`: the brief JSON plus `"story"` (a merged-away id answers with
/// the story it joined).
pub async fn story(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    let body = state
        .read(move |state, store| {
            let view =
                views::load(state, store, &id)?.ok_or_else(|| ApiError::not_found(format!("no story {id:?}")))?;
            let row = serde_json::to_string(&view.row).map_err(|_| ApiError::unavailable("story row"))?;
            with_story(&row, &view.brief_json)
        })
        .await?;
    Ok(json(body))
}

/// `GET /api/v1/articles/{id}`: the article as `newsdesk clean` prints it, plus `"story"`.
pub async fn article(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    let body = state
        .read(move |_, store| {
            let (stored, article) =
                views::cleaned_article(store, &id)?.ok_or_else(|| ApiError::not_found(format!("no article {id:?}")))?;
            let story = serde_json::to_string(&stored.story).map_err(|_| ApiError::unavailable("story id"))?;
            with_story(&story, &newsdesk::brief::render::article_to_json_line(&article))
        })
        .await?;
    Ok(json(body))
}

/// `GET /api/v1/search?q=&limit=`: `{"results": [as `search --json`]}`.
pub async fn search(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, ApiError> {
    let p = params::params(query)?;
    let q = params::required_query(&p)?;
    let limit = params::limit(&p, 20, 100)?;
    let body =
        state.read(move |_, store| Ok(serde_json::json!({"results": store.search(&q, limit)?}).to_string())).await?;
    Ok(json(body))
}

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> Response {
    json(OPENAPI.to_string())
}

/// Any other path under `/api`.
pub async fn unknown() -> ApiError {
    ApiError::not_found("no such API route (see /api/v1/openapi.json)")
}

/// `GET /metrics`: Prometheus text.
pub async fn metrics(State(state): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let text = state
        .read(|state, store| {
            let counts = store.counts()?;
            Ok(state.metrics.render(&StoreSizes { articles: counts.articles, stories: counts.stories }))
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_field_goes_in_front() {
        assert_eq!(with_story("\"s1\"", "{\"a\": 1}").ok().as_deref(), Some("{\"story\":\"s1\",\"a\": 1}"));
        assert_eq!(with_story("null", " {}").ok().as_deref(), Some("{\"story\":null}"));
        assert!(with_story("null", "[1]").is_err());
        let v: serde_json::Value =
            serde_json::from_str(&with_story("{\"id\":\"x\"}", "{\"b\":[]}").unwrap_or_default()).unwrap_or_default();
        assert_eq!(v["story"]["id"], "x");
    }
}
