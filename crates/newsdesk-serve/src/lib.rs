/*!
The `serve` stage: the desk's store on the web — a JSON API under `/api/v1`, pages for people
(front page, story briefs with their charts, articles, search), Atom feeds, `/healthz` and
`/metrics`.

Brief overview:
- [`ServeConfig`] says where the store is, which address to listen on and the ingest token;
  [`run`] serves until Ctrl-C, [`spawn`] serves in the background (tests, benchmarks).
- `state.rs` holds the shared state: a small pool of store connections (a store is not `Sync`;
  every store call runs on the blocking pool, at most [`ServeConfig::workers`] at once), one
  writer for ingest, and a short-lived cache of parsed story views.
- `api.rs` answers the routes of `shared/contracts` exactly; `pages.rs` renders askama
  templates (which escape every value), `charts.rs` the SVG pictures, `feed.rs` Atom.
- `http.rs` adds what every response gets: security headers (a strict Content-Security-Policy:
  no script at all, styles only from our one CSS file), timeouts and metrics.

Invariants: article text is untrusted everywhere — it only reaches a page through a template's
escaping, links only to `http(s)` addresses; a bad parameter is a 400 and an unknown id a 404,
both as JSON `{"error": {"code", "message"}}` under `/api`; ingest needs the start-up token.
*/
#![deny(missing_docs)]

mod api;
mod charts;
mod error;
mod feed;
mod http;
mod ingest;
mod metrics;
mod pages;
mod params;
mod state;
mod story_page;
mod views;

pub use error::ServeError;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    /// The store location (an SQLite file; created when missing).
    pub db: String,
    /// Address to listen on.
    pub addr: SocketAddr,
    /// The token `POST /api/v1/articles` needs; without one, ingest is refused.
    pub token: Option<String>,
    /// Largest request body accepted (bytes).
    pub max_body: usize,
    /// Longest a read request may take before it is answered 503.
    pub timeout: Duration,
    /// Longest an ingest request may take.
    pub ingest_timeout: Duration,
    /// Store calls running at once (and store connections kept open).
    pub workers: usize,
    /// Stories on one front page.
    pub page_size: usize,
}

impl ServeConfig {
    /// The defaults for a store at `db`, listening on `addr`.
    pub fn new(db: impl Into<String>, addr: SocketAddr) -> Self {
        Self {
            db: db.into(),
            addr,
            token: None,
            max_body: 16 << 20,
            timeout: Duration::from_secs(30),
            ingest_timeout: Duration::from_secs(600),
            workers: 8,
            page_size: 20,
        }
    }
}

/// A server running in the background.
pub struct Running {
    /// The address it listens on (the real port when `addr` asked for port 0).
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Stops the server and waits for it.
    pub async fn stop(mut self) -> Result<(), ServeError> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.task.await {
            Ok(result) => Ok(result?),
            Err(e) => Err(ServeError::Task(e.to_string())),
        }
    }
}

/// Opens the store, binds `config.addr` and serves in a background task of the current
/// tokio runtime.
pub async fn spawn(config: ServeConfig) -> Result<Running, ServeError> {
    // Opened on the blocking pool: the PostgreSQL client blocks on a runtime of its own,
    // which cannot start on a thread that drives this one.
    let (state, config) = tokio::task::spawn_blocking(move || (state::AppState::open(&config), config))
        .await
        .map_err(|e| ServeError::Task(e.to_string()))?;
    let state = Arc::new(state?);
    let app = http::router(state);
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await
    });
    Ok(Running { addr, shutdown: Some(tx), task })
}

/// Serves until Ctrl-C; `ready` is called with the bound address once listening.
pub fn run(config: ServeConfig, ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let running = spawn(config).await?;
        ready(running.addr);
        let _ = tokio::signal::ctrl_c().await;
        running.stop().await
    })
}
