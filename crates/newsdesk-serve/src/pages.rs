//! Pages for people: the front page, a story, an article, search, errors. Handlers gather
//! what a page shows on the blocking pool and hand it to an askama template, which escapes
//! every value; untrusted inline text is wrapped in `<bdi>` by the templates so that a
//! direction override in it cannot turn the text around it.

use crate::charts;
use crate::error::{ApiError, PageError};
use crate::params::{self, path_segment, Params};
use crate::state::AppState;
use crate::story_page::StoryPage;
use crate::views;
use askama::Template;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use newsdesk::text::urls::safe_url;
use std::sync::Arc;

/// The one style sheet.
const STYLE: &str = include_str!("../static/style.css");
/// The tab icon.
const ICON: &str = include_str!("../static/icon.svg");

/// A rendered template as an HTML response (a template error is logged and answered 503).
pub fn html(page: &impl Template) -> Response {
    match page.render() {
        Ok(body) => Html(body).into_response(),
        Err(e) => {
            eprintln!("newsdesk serve: template failed: {e}");
            (StatusCode::SERVICE_UNAVAILABLE, "the page could not be rendered").into_response()
        }
    }
}

fn template_error(e: askama::Error) -> ApiError {
    eprintln!("newsdesk serve: template failed: {e}");
    ApiError::unavailable("the page could not be rendered")
}

/// An id from the path (a malformed one is a 400).
pub fn path_id(path: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    path.map(|Path(id)| id).map_err(|e| ApiError::bad_request(format!("bad id in the path: {e}")))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    q: &'a str,
    status: u16,
    title: &'a str,
    message: &'a str,
}

/// An error as a page.
pub fn error_page(e: &ApiError) -> Response {
    let page = ErrorPage {
        q: "",
        status: e.status.as_u16(),
        title: e.status.canonical_reason().unwrap_or("Error"),
        message: &e.message,
    };
    let mut response = html(&page);
    *response.status_mut() = e.status;
    response
}

/// Unknown paths.
pub async fn not_found() -> Response {
    error_page(&ApiError::not_found("There is no page at this address."))
}

/// `GET /static/icon.svg`: the tab icon (without one, browsers ask for `/favicon.ico`).
pub async fn icon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], ICON).into_response()
}

/// `GET /static/style.css`.
pub async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE)
        .into_response()
}

/// One story on the front page.
pub struct FrontStory {
    href: String,
    title: String,
    lead: String,
    outlets: String,
    /// The story's languages ("en, fr, ru"), shown when there are several.
    languages: String,
    articles: usize,
    seen: String,
    spark: String,
}

#[derive(Template)]
#[template(path = "front.html")]
struct FrontPage {
    q: String,
    stories: Vec<FrontStory>,
    page: usize,
    pages: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
}

/// The days a story was seen, as one short text.
pub fn seen(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (a, b) => a.or(b).unwrap_or_default().to_string(),
    }
}

/// Outlets as one line: the first few, then how many more. Names are labels, so direction
/// controls are taken out of them (one name's override would turn the names after it).
pub fn outlet_line(outlets: &[String], show: usize) -> String {
    let mut line = outlets.iter().take(show).map(|o| charts::plain(o, 80)).collect::<Vec<_>>().join(", ");
    if outlets.len() > show {
        line.push_str(&format!(" and {} more", outlets.len() - show));
    }
    line
}

/// `GET /`: stories, latest and largest first, a page at a time.
pub async fn front(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params::params(query)?;
    let page = params::page(&p)?;
    let out = state
        .read(move |state, store| {
            let size = state.config.page_size.max(1);
            let rows = state.all_stories(store)?;
            let pages = rows.len().div_ceil(size).max(1);
            let mut stories = Vec::new();
            for row in rows.iter().skip((page - 1) * size).take(size) {
                let Some(view) = views::load(state, store, &row.id)? else { continue };
                stories.push(FrontStory {
                    href: format!("/stories/{}", path_segment(&row.id)),
                    title: row.title.clone().unwrap_or_else(|| "(untitled story)".into()),
                    lead: view.brief.summary.first().map(|s| s.text.clone()).unwrap_or_default(),
                    outlets: outlet_line(&row.outlets, 5),
                    languages: language_line(&row.languages),
                    articles: row.articles,
                    seen: seen(row.first_seen.as_deref(), row.last_seen.as_deref()),
                    spark: charts::sparkline(&view.members).svg(),
                });
            }
            Ok(FrontPage {
                q: String::new(),
                stories,
                page,
                pages,
                total: rows.len(),
                prev: (page > 1).then(|| if page == 2 { "/".to_string() } else { format!("/?page={}", page - 1) }),
                next: (page < pages).then(|| format!("/?page={}", page + 1)),
            })
        })
        .await?;
    Ok(html(&out))
}

/// `GET /stories/{id}[?since=DAY]`: the brief with its charts (and what changed since).
pub async fn story(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let id = path_id(path)?;
    let p = params::params(query)?;
    let since = params::since(&p)?;
    let body = state
        .read(move |state, store| {
            let view = views::load(state, store, &id)?
                .ok_or_else(|| ApiError::not_found(format!("There is no story {id:?}.")))?;
            let render = || StoryPage::build(&view, since).render();
            match since {
                // The plain page is rendered once per view.
                None => match view.page.get() {
                    Some(page) => Ok(page.clone()),
                    None => {
                        let page = render().map_err(template_error)?;
                        Ok(view.page.get_or_init(|| page).clone())
                    }
                },
                Some(_) => render().map_err(template_error),
            }
        })
        .await?;
    Ok(Html(body).into_response())
}

/// One sentence of an article page.
pub struct SentenceRow {
    index: usize,
    text: String,
}

/// One removed piece of an article page.
pub struct RemovedRow {
    text: String,
    reason: &'static str,
}

#[derive(Template)]
#[template(path = "article.html")]
struct ArticlePage {
    q: String,
    id: String,
    title: String,
    outlet: String,
    date: String,
    url: Option<String>,
    byline: String,
    lang: String,
    story: Option<(String, String)>,
    copy_of: Option<(String, String)>,
    sentences: Vec<SentenceRow>,
    removed: Vec<RemovedRow>,
}

/// `GET /articles/{id}`: the cleaned text, a numbered anchor per sentence, what was removed.
pub async fn article(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    let id = path_id(path)?;
    let page = state
        .read(move |state, store| {
            let (stored, article) = views::cleaned_article(store, &id)?
                .ok_or_else(|| ApiError::not_found(format!("There is no article {id:?}.")))?;
            let story = match stored.story.as_deref() {
                Some(s) => {
                    let title = state
                        .all_stories(store)?
                        .iter()
                        .find(|r| r.id == s)
                        .and_then(|r| r.title.clone())
                        .unwrap_or_else(|| s.to_string());
                    Some((format!("/stories/{}", path_segment(s)), title))
                }
                None => None,
            };
            Ok(ArticlePage {
                q: String::new(),
                id: stored.id.clone(),
                title: article.title.clone().or(stored.headline.clone()).unwrap_or_else(|| "(untitled)".into()),
                outlet: stored.outlet.clone().unwrap_or_default(),
                date: article.date.or(stored.date).map(|d| d.to_string()).unwrap_or_default(),
                url: stored.url.as_deref().and_then(safe_url),
                byline: article.byline.clone().unwrap_or_default(),
                lang: stored.lang.clone().unwrap_or_default(),
                story,
                copy_of: article.copy_of.as_ref().map(|c| (format!("/articles/{}", path_segment(c)), c.clone())),
                sentences: article
                    .sentences
                    .iter()
                    .enumerate()
                    .map(|(index, s)| SentenceRow { index, text: s.text.clone() })
                    .collect(),
                removed: article
                    .removed
                    .iter()
                    .map(|r| RemovedRow { text: r.text.clone(), reason: r.reason.as_str() })
                    .collect(),
            })
        })
        .await?;
    Ok(html(&page))
}

/// One search result.
pub struct SearchRow {
    story_href: Option<String>,
    story_title: String,
    article_href: String,
    article_title: String,
    snippet: String,
    outlets: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    q: String,
    feed: String,
    results: Vec<SearchRow>,
}

/// Search results, by story.
pub fn search_rows(
    state: &AppState,
    store: &dyn newsdesk::store::Store,
    q: &str,
    limit: usize,
) -> Result<Vec<SearchRow>, ApiError> {
    let rows = state.all_stories(store)?;
    let hits = state.search(store, q, limit)?;
    Ok(hits
        .iter()
        .cloned()
        .map(|h| {
            let row = h.story.as_deref().and_then(|s| rows.iter().find(|r| r.id == s));
            SearchRow {
                story_href: h.story.as_deref().map(|s| format!("/stories/{}", path_segment(s))),
                story_title: row
                    .and_then(|r| r.title.clone())
                    .or(h.title.clone())
                    .unwrap_or_else(|| "(untitled)".into()),
                article_href: format!("/articles/{}", path_segment(&h.article)),
                article_title: h.title.clone().unwrap_or_else(|| h.article.clone()),
                snippet: h.snippet,
                outlets: row.map(|r| outlet_line(&r.outlets, 4)).unwrap_or_default(),
            }
        })
        .collect())
}

impl SearchRow {
    /// The story's title.
    pub fn story_title(&self) -> &str {
        &self.story_title
    }

    /// Where the result leads: its story, else its article.
    pub fn href(&self) -> &str {
        self.story_href.as_deref().unwrap_or(&self.article_href)
    }

    /// The story's outlets.
    pub fn outlets(&self) -> &str {
        &self.outlets
    }
}

/// `GET /search?q=`: results by story.
pub async fn search(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params::params(query)?;
    let q = params::query(&p).unwrap_or_default();
    if q.chars().count() > 500 {
        return Err(ApiError::bad_request("The search is longer than 500 characters.").into());
    }
    let page = state
        .read(move |state, store| {
            let results = if q.is_empty() { Vec::new() } else { search_rows(state, store, &q, 30)? };
            let feed = format!("/search/feed.atom?q={}", path_segment(&q));
            Ok(SearchPage { q, feed, results })
        })
        .await?;
    Ok(html(&page))
}

/// A story's languages for a meta line: empty for a story told in one language.
pub fn language_line(languages: &[String]) -> String {
    if languages.len() < 2 {
        return String::new();
    }
    languages.join(", ")
}
