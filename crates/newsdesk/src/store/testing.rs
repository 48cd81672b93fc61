//! Test support: the store and desk tests run on every backend this machine has — SQLite in
//! memory always, PostgreSQL when the server named by `NEWSDESK_TEST_POSTGRES` (default: the
//! local `test` database) answers; otherwise those runs are skipped with a message.

use super::{PostgresStore, SqliteStore, Store};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/test?connect_timeout=3";

/// The PostgreSQL URL tests use, or `None` (with the reason printed once) when it does not answer.
pub(crate) fn postgres_url() -> Option<&'static str> {
    static URL: OnceLock<Option<String>> = OnceLock::new();
    URL.get_or_init(|| {
        let url = std::env::var("NEWSDESK_TEST_POSTGRES").unwrap_or_else(|_| DEFAULT_URL.to_string());
        match postgres::Client::connect(&url, postgres::NoTls) {
            Ok(_) => Some(url),
            Err(e) => {
                eprintln!("SKIP PostgreSQL store tests: {}: {e}", super::redact(&url));
                None
            }
        }
    })
    .as_deref()
}

/// Fresh, empty stores of one backend; PostgreSQL stores each live in their own schema,
/// dropped when the backend goes out of scope.
pub(crate) struct Backend {
    pub name: &'static str,
    url: Option<&'static str>,
    schemas: Vec<String>,
}

impl Backend {
    /// A new empty store.
    pub fn store(&mut self) -> Box<dyn Store> {
        let Some(url) = self.url else { return Box::new(SqliteStore::open_in_memory().unwrap()) };
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let schema = format!("newsdesk_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let store = PostgresStore::open_in_schema(url, &schema).unwrap();
        self.schemas.push(schema);
        Box::new(store)
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        let Some(url) = self.url else { return };
        for schema in &self.schemas {
            let _ = PostgresStore::drop_schema(url, schema);
        }
    }
}

/// Runs `test` once per backend available. The PostgreSQL runs of one test process take
/// turns: writers share one advisory lock per database, and a step holding it waits for the
/// clustering on the rayon pool, whose few threads another test's step (run from a parallel
/// reader's callback) may be blocking on that same lock — a deadlock no single desk meets.
pub(crate) fn on_each_backend(test: impl Fn(&mut Backend)) {
    static POSTGRES_TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let mut backends = vec![Backend { name: "sqlite", url: None, schemas: Vec::new() }];
    backends.extend(postgres_url().map(|url| Backend { name: "postgres", url: Some(url), schemas: Vec::new() }));
    for mut backend in backends {
        eprintln!("backend: {}", backend.name);
        let _turn = backend.url.map(|_| POSTGRES_TURN.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        test(&mut backend);
    }
}
