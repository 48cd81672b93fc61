//! Shared state: store connections, the ingest writer, the story cache and the metrics.
//!
//! A store is `Send` but not `Sync`, and every call blocks, so each request takes a connection
//! from a small pool on the blocking thread pool ([`AppState::read`]); a semaphore bounds how
//! many run at once (two cores do not go faster with more). Ingest takes the one writer
//! ([`AppState::write`]), so ingests queue and never fight over the write lock. Parsed story
//! views are cached for a few seconds and dropped after every ingest.

use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::views::StoryView;
use crate::ServeConfig;
use newsdesk::store::{Store, StoryRow};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a cached story view or story list is trusted (another process may ingest too).
const CACHE_TTL: Duration = Duration::from_secs(5);
/// Story views kept at most (the cache is emptied when full).
const CACHE_MAX: usize = 1024;

/// Everything a request handler can reach.
pub struct AppState {
    location: String,
    pub(crate) token: Option<String>,
    pub(crate) config: ServeConfig,
    idle: Mutex<Vec<Box<dyn Store>>>,
    writer: Mutex<Option<Box<dyn Store>>>,
    permits: tokio::sync::Semaphore,
    views: Mutex<HashMap<String, (Instant, Arc<StoryView>)>>,
    stories: Mutex<Option<(Instant, Arc<Vec<StoryRow>>)>>,
    pub(crate) metrics: Metrics,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock leaves plain data behind; keep serving.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// Opens the store once (creating it and bringing its schema up to date).
    pub fn open(config: &ServeConfig) -> Result<Self, crate::ServeError> {
        let first = newsdesk::store::open(&config.db)?;
        Ok(Self {
            location: config.db.clone(),
            token: config.token.clone().filter(|t| !t.is_empty()),
            config: config.clone(),
            idle: Mutex::new(vec![first]),
            writer: Mutex::new(None),
            permits: tokio::sync::Semaphore::new(config.workers.max(1)),
            views: Mutex::new(HashMap::new()),
            stories: Mutex::new(None),
            metrics: Metrics::default(),
        })
    }

    fn take_connection(&self) -> Result<Box<dyn Store>, ApiError> {
        if let Some(store) = lock(&self.idle).pop() {
            return Ok(store);
        }
        Ok(newsdesk::store::open(&self.location)?)
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
    /// every cached view.
    pub async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut writer = lock(&state.writer);
            if writer.is_none() {
                *writer = Some(newsdesk::store::open(&state.location)?);
            }
            let out = match writer.as_mut() {
                Some(store) => f(store.as_mut()),
                None => Err(ApiError::unavailable("no writer")),
            };
            state.forget();
            out
        })
        .await
        .map_err(|e| {
            eprintln!("newsdesk serve: ingest worker failed: {e}");
            ApiError::unavailable("the ingest worker failed")
        })?
    }

    /// Drops every cached view and the cached story list.
    pub fn forget(&self) {
        lock(&self.views).clear();
        *lock(&self.stories) = None;
    }

    /// A cached story view, when fresh.
    pub fn cached_view(&self, id: &str) -> Option<Arc<StoryView>> {
        let views = lock(&self.views);
        views.get(id).filter(|(at, _)| at.elapsed() < CACHE_TTL).map(|(_, v)| Arc::clone(v))
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
    pub fn all_stories(&self, store: &dyn Store) -> Result<Arc<Vec<StoryRow>>, ApiError> {
        if let Some((at, rows)) = lock(&self.stories).as_ref() {
            if at.elapsed() < CACHE_TTL {
                return Ok(Arc::clone(rows));
            }
        }
        let rows = Arc::new(store.stories(None)?);
        *lock(&self.stories) = Some((Instant::now(), Arc::clone(&rows)));
        Ok(rows)
    }
}
