//! Shared state: store connections, the ingest writer, the story cache and the metrics.
//!
//! A store is `Send` but not `Sync`, and every call blocks, so each request takes a connection
//! from a small pool on the blocking thread pool ([`AppState::read`]); a semaphore bounds how
//! many run at once (two cores do not go faster with more). Ingest takes the one writer
//! ([`AppState::write`]), so ingests queue and never fight over the write lock; a brief built
//! on demand is written through the same writer (a reader connection that writes could meet
//! the writer's transaction and fail). The story list and search results are cached for a few
//! seconds and dropped after every ingest; a parsed story view is kept while its story row is
//! unchanged (an ingest that touches a story changes its row), at most a minute.

use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::views::StoryView;
use crate::ServeConfig;
use newsdesk::store::{SearchHit, Store, StoryRow};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long the story list and search results are trusted (another process may ingest too).
const LIST_TTL: Duration = Duration::from_secs(3);
/// How long a story view whose row has not changed is trusted.
const VIEW_TTL: Duration = Duration::from_secs(60);
/// Page cache of each read connection (the writer keeps the store's default).
const READER_CACHE_MIB: u32 = 8;
/// Story views (and searches) kept at most (the cache is emptied when full).
const CACHE_MAX: usize = 1024;

/// Every live story, latest first, with an index by id.
pub struct StoryList {
    rows: Vec<StoryRow>,
    index: HashMap<String, usize>,
}

impl StoryList {
    /// The live story with this id (redirects are not followed here).
    pub fn get(&self, id: &str) -> Option<&StoryRow> {
        self.index.get(id).and_then(|&i| self.rows.get(i))
    }
}

impl std::ops::Deref for StoryList {
    type Target = [StoryRow];
    fn deref(&self) -> &[StoryRow] {
        &self.rows
    }
}

/// Cached search results by (lower-cased query, limit), with when they were made.
type SearchCache = HashMap<(String, usize), (Instant, Arc<Vec<SearchHit>>)>;

/// Everything a request handler can reach.
pub struct AppState {
    location: String,
    pub(crate) token: Option<String>,
    pub(crate) config: ServeConfig,
    idle: Mutex<Vec<Box<dyn Store>>>,
    writer: Mutex<Option<Box<dyn Store>>>,
    permits: tokio::sync::Semaphore,
    views: Mutex<HashMap<String, (Instant, Arc<StoryView>)>>,
    stories: Mutex<Option<(Instant, Arc<StoryList>)>>,
    searches: Mutex<SearchCache>,
    pub(crate) metrics: Metrics,
}

/// A read connection: an SQLite file with a small page cache (several are open at once, and
/// the operating system caches the file for all of them), else whatever the location names.
fn open_reader(location: &str) -> Result<Box<dyn Store>, ApiError> {
    if newsdesk::store::is_postgres(location) {
        return Ok(newsdesk::store::open(location)?);
    }
    let store = newsdesk::store::SqliteStore::open(location)?;
    store.set_cache_mib(READER_CACHE_MIB)?;
    Ok(Box::new(store))
}

impl Drop for AppState {
    fn drop(&mut self) {
        // A blocking client (PostgreSQL's) must not be closed on an async thread, where the
        // state's last reference usually goes: close the connections on a thread of their own.
        let idle = std::mem::take(&mut *lock(&self.idle));
        let writer = lock(&self.writer).take();
        let closing = std::thread::spawn(move || drop((idle, writer)));
        let _ = closing.join();
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock leaves plain data behind; keep serving.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// Opens the store once (creating it and bringing its schema up to date).
    pub fn open(config: &ServeConfig) -> Result<Self, crate::ServeError> {
        // Opening once creates the file and migrates it before any reader needs it.
        drop(newsdesk::store::open(&config.db)?);
        let first = open_reader(&config.db)
            .map_err(|e| crate::ServeError::Io(std::io::Error::other(format!("{}: {}", config.db, e.message))))?;
        Ok(Self {
            location: config.db.clone(),
            token: config.token.clone().filter(|t| !t.is_empty()),
            config: config.clone(),
            idle: Mutex::new(vec![first]),
            writer: Mutex::new(None),
            permits: tokio::sync::Semaphore::new(config.workers.max(1)),
            views: Mutex::new(HashMap::new()),
            stories: Mutex::new(None),
            searches: Mutex::new(HashMap::new()),
            metrics: Metrics::default(),
        })
    }

    fn take_connection(&self) -> Result<Box<dyn Store>, ApiError> {
        if let Some(store) = lock(&self.idle).pop() {
            return Ok(store);
        }
        open_reader(&self.location)
    }

    /// Runs `f` with a store connection on the blocking pool.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Self, &mut dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let _permit = self.permits.acquire().await.map_err(|_| ApiError::unavailable("shutting down"))?;
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut store = state.take_connection()?;
            let out = f(&state, store.as_mut());
            lock(&state.idle).push(store);
            out
        })
        .await
        .map_err(|e| {
            eprintln!("newsdesk serve: worker failed: {e}");
            ApiError::unavailable("a worker failed")
        })?
    }

    /// Runs `f` with the writer connection (one at a time) on the blocking pool, then drops
    /// the cached story list and searches.
    pub async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let out = state.with_writer(f);
            state.forget();
            out
        })
        .await
        .map_err(|e| {
            eprintln!("newsdesk serve: ingest worker failed: {e}");
            ApiError::unavailable("the ingest worker failed")
        })?
    }

    /// Runs `f` with the writer connection, on the calling (blocking) thread.
    pub fn with_writer<T>(&self, f: impl FnOnce(&mut dyn Store) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let mut writer = lock(&self.writer);
        if writer.is_none() {
            *writer = Some(newsdesk::store::open(&self.location)?);
        }
        match writer.as_mut() {
            Some(store) => f(store.as_mut()),
            None => Err(ApiError::unavailable("no writer")),
        }
    }

    /// Drops the cached story list and searches (story views are checked against the list).
    pub fn forget(&self) {
        *lock(&self.stories) = None;
        lock(&self.searches).clear();
    }

    /// A cached story view, when its row is still the live one.
    pub fn cached_view(&self, id: &str, list: &StoryList) -> Option<Arc<StoryView>> {
        let views = lock(&self.views);
        let (at, view) = views.get(id)?;
        let current = at.elapsed() < VIEW_TTL && list.get(&view.row.id) == Some(&view.row);
        current.then(|| Arc::clone(view))
    }

    /// Search results, cached for a few seconds.
    pub fn search(&self, store: &dyn Store, q: &str, limit: usize) -> Result<Arc<Vec<SearchHit>>, ApiError> {
        let key = (q.to_lowercase(), limit);
        if let Some((at, hits)) = lock(&self.searches).get(&key) {
            if at.elapsed() < LIST_TTL {
                return Ok(Arc::clone(hits));
            }
        }
        let hits = Arc::new(store.search(q, limit)?);
        let mut searches = lock(&self.searches);
        if searches.len() >= CACHE_MAX {
            searches.clear();
        }
        searches.insert(key, (Instant::now(), Arc::clone(&hits)));
        Ok(hits)
    }

    /// Remembers a story view under the id it was asked for.
    pub fn keep_view(&self, id: &str, view: Arc<StoryView>) {
        let mut views = lock(&self.views);
        if views.len() >= CACHE_MAX {
            views.clear();
        }
        views.insert(id.to_string(), (Instant::now(), view));
    }

    /// Every live story, latest first (cached for a few seconds).
    pub fn all_stories(&self, store: &dyn Store) -> Result<Arc<StoryList>, ApiError> {
        if let Some((at, rows)) = lock(&self.stories).as_ref() {
            if at.elapsed() < LIST_TTL {
                return Ok(Arc::clone(rows));
            }
        }
        let rows = store.stories(None)?;
        let index = rows.iter().enumerate().map(|(i, r)| (r.id.clone(), i)).collect();
        let rows = Arc::new(StoryList { rows, index });
        *lock(&self.stories) = Some((Instant::now(), Arc::clone(&rows)));
        Ok(rows)
    }
}
