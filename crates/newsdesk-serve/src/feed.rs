//! Atom feeds, so that a feed reader becomes the alert channel: a story's feed has one entry
//! per article (newest first), a saved search's feed one entry per matching story. Links are
//! relative to the feed's own address (Atom resolves them against it).

use crate::error::ApiError;
use crate::pages::{path_id, search_rows};
use crate::params::{self, path_segment, Params};
use crate::state::AppState;
use crate::views::{self, StoryView};
use askama::Template;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use std::sync::Arc;

/// Entries in a feed at most.
const MAX_ENTRIES: usize = 50;

/// One Atom entry.
pub struct Entry {
    id: String,
    title: String,
    updated: String,
    link: String,
    author: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "feed.xml")]
struct Feed {
    id: String,
    title: String,
    updated: String,
    self_link: String,
    alternate: String,
    entries: Vec<Entry>,
}

fn atom(feed: &Feed) -> Result<Response, ApiError> {
    let body = feed.render().map_err(|e| {
        eprintln!("newsdesk serve: feed template failed: {e}");
        ApiError::unavailable("the feed could not be rendered")
    })?;
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], body).into_response())
}

fn day_time(day: Option<NaiveDate>) -> String {
    day.map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| format!("{d}T00:00:00Z"))
}

/// A feed id: a `tag:` URI, the same for the same thing on every server.
fn tag(kind: &str, id: &str) -> String {
    format!("tag:newsdesk,2026:{kind}:{}", path_segment(id))
}

/// `GET /stories/{id}/feed.atom`.
pub async fn story_feed(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    let feed = state
        .read(move |state, store| {
            let view =
                views::load(state, store, &id)?.ok_or_else(|| ApiError::not_found(format!("no story {id:?}")))?;
            let mut members: Vec<_> = view.members.iter().collect();
            members.sort_by(|a, b| StoryView::day_of(b).cmp(&StoryView::day_of(a)).then(b.seq.cmp(&a.seq)));
            let story_href = format!("/stories/{}", path_segment(&view.row.id));
            let entries: Vec<Entry> = members
                .into_iter()
                .take(MAX_ENTRIES)
                .map(|m| {
                    let lead = view
                        .brief
                        .articles
                        .iter()
                        .find(|a| a.id == m.id)
                        .and_then(|a| a.sentences.first())
                        .map(|s| s.text.clone())
                        .unwrap_or_default();
                    Entry {
                        id: tag("article", &m.id),
                        title: m.headline.clone().unwrap_or_else(|| m.id.clone()),
                        updated: day_time(StoryView::day_of(m)),
                        link: format!("/articles/{}", path_segment(&m.id)),
                        author: m.outlet.clone().unwrap_or_else(|| "unknown outlet".into()),
                        summary: lead,
                    }
                })
                .collect();
            Ok(Feed {
                id: tag("story", &view.row.id),
                title: view.row.title.clone().unwrap_or_else(|| view.row.id.clone()),
                updated: entries.first().map_or_else(|| day_time(None), |e| e.updated.clone()),
                self_link: format!("{story_href}/feed.atom"),
                alternate: story_href,
                entries,
            })
        })
        .await?;
    atom(&feed)
}

/// `GET /search/feed.atom?q=`: one entry per matching story.
pub async fn search_feed(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, ApiError> {
    let p = params::params(query)?;
    let q = params::required_query(&p)?;
    let feed = state
        .read(move |state, store| {
            let rows = state.all_stories(store)?;
            let results = search_rows(state, store, &q, MAX_ENTRIES)?;
            let hits = state.search(store, &q, MAX_ENTRIES)?;
            let entries: Vec<Entry> = results
                .into_iter()
                .zip(hits.iter().cloned())
                .map(|(r, h)| {
                    let row = h.story.as_deref().and_then(|s| rows.iter().find(|x| x.id == s));
                    let last = row.and_then(|x| x.last_seen.as_deref()).and_then(|d| d.parse::<NaiveDate>().ok());
                    Entry {
                        id: tag("story", h.story.as_deref().unwrap_or(&h.article)),
                        title: r.story_title().to_string(),
                        updated: day_time(last),
                        link: r.href().to_string(),
                        author: r.outlets().to_string(),
                        summary: h.snippet,
                    }
                })
                .collect();
            let updated = entries.iter().map(|e| e.updated.clone()).max().unwrap_or_else(|| day_time(None));
            let q_enc = path_segment(&q);
            Ok(Feed {
                id: tag("search", &q),
                title: format!("newsdesk search: {q}"),
                updated,
                self_link: format!("/search/feed.atom?q={q_enc}"),
                alternate: format!("/search?q={q_enc}"),
                entries,
            })
        })
        .await?;
    atom(&feed)
}
