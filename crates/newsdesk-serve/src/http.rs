//! The router and what every response gets: security headers, a time limit, metrics.

use crate::error::ApiError;
use crate::state::AppState;
use crate::{api, feed, ingest, pages};
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::header::{HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use std::sync::Arc;
use std::time::Instant;

/// No script at all; styles only from our own CSS file; pictures are inline SVG; forms submit
/// only to us; nothing may frame the pages.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'none'; style-src 'self'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Every route of the server.
pub fn router(state: Arc<AppState>) -> Router {
    let max_body = state.config.max_body;
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/metrics", get(api::metrics))
        .route("/api/v1/stories", get(api::stories))
        .route("/api/v1/stories/{id}", get(api::story))
        .route("/api/v1/articles/{id}", get(api::article))
        .route("/api/v1/articles", axum::routing::post(ingest::post_articles).layer(DefaultBodyLimit::max(max_body)))
        .route("/api/v1/search", get(api::search))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api", any(api::unknown))
        .route("/api/{*rest}", any(api::unknown))
        .route("/", get(pages::front))
        .route("/stories/{id}", get(pages::story))
        .route("/stories/{id}/feed.atom", get(feed::story_feed))
        .route("/articles/{id}", get(pages::article))
        .route("/search", get(pages::search))
        .route("/search/feed.atom", get(feed::search_feed))
        .route("/static/style.css", get(pages::css))
        .route("/static/icon.svg", get(pages::icon))
        .route("/favicon.ico", get(pages::icon))
        .fallback(pages::not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&state), guard))
        .with_state(state)
}

/// Times the request out, counts it, and sets the security headers on whatever answers.
async fn guard(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route =
        request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let limit = if route == "/api/v1/articles" { state.config.ingest_timeout } else { state.config.timeout };
    let mut response = match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::unavailable("the request took too long").into_response(),
    };
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: &'static str, value: &'static str| {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    };
    set(headers, "content-security-policy", CONTENT_SECURITY_POLICY);
    set(headers, "x-content-type-options", "nosniff");
    set(headers, "referrer-policy", "no-referrer");
    set(headers, "x-frame-options", "DENY");
    state.metrics.observe(&route, response.status().as_u16(), started.elapsed());
    response
}
