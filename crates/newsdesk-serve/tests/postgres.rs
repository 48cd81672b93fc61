//! `newsdesk serve` over PostgreSQL: the desk ingested into PostgreSQL answers the story list
//! and briefs the SQLite desk answers, and the server starts and stops inside its async runtime
//! (PostgreSQL's client blocks, so it must be opened and closed off the async threads).
//! Skipped with a message when no PostgreSQL answers (`NEWSDESK_TEST_POSTGRES`, default the
//! local `test` database).

mod common;

use common::{request, seg, Server};
use newsdesk::store::PostgresStore;
use newsdesk_serve::ServeConfig;
use serde_json::Value;
use std::net::SocketAddr;

const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/test?connect_timeout=3";

/// Drops the test's schema however the test ends.
struct Schema {
    url: String,
    name: String,
}

impl Drop for Schema {
    fn drop(&mut self) {
        let _ = PostgresStore::drop_schema(&self.url, &self.name);
    }
}

/// Every story of the list (id, title, article count), and each one's brief summary and entities.
fn desk_view(addr: SocketAddr) -> Vec<(String, String, u64, Value, Value)> {
    let list = request(addr, "GET", "/api/v1/stories?limit=100", &[], b"");
    assert_eq!(list.status, 200, "{}", list.body);
    let stories = list.json()["stories"].as_array().cloned().unwrap_or_default();
    assert!(!stories.is_empty(), "the desk has stories");
    stories
        .iter()
        .map(|s| {
            let id = s["id"].as_str().unwrap_or_default().to_string();
            let brief = request(addr, "GET", &format!("/api/v1/stories/{}", seg(&id)), &[], b"");
            assert_eq!(brief.status, 200, "{}", brief.body);
            let brief = brief.json();
            let title = s["title"].as_str().unwrap_or_default().to_string();
            (id, title, s["articles"].as_u64().unwrap_or(0), brief["summary"].clone(), brief["entities"].clone())
        })
        .collect()
}

#[test]
fn serves_the_desk_from_postgres_as_from_sqlite() {
    let url = std::env::var("NEWSDESK_TEST_POSTGRES").unwrap_or_else(|_| DEFAULT_URL.to_string());
    let schema = Schema { url: url.clone(), name: format!("newsdesk_serve_test_{}", std::process::id()) };
    let mut store = match PostgresStore::open_in_schema(&url, &schema.name) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("SKIP serve over PostgreSQL: {}: {e}", newsdesk::store::redact(&url));
            return;
        }
    };
    common::ingest_desk(&mut store);
    drop(store);
    let sep = if url.contains('?') { '&' } else { '?' };
    let location = format!("{url}{sep}options=-csearch_path%3D{}", schema.name);

    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let from_postgres = runtime.block_on(async move {
        let config = ServeConfig::new(location, "127.0.0.1:0".parse().expect("addr"));
        let running = newsdesk_serve::spawn(config).await.expect("serve starts over PostgreSQL");
        let addr = running.addr;
        let view = tokio::task::spawn_blocking(move || desk_view(addr)).await.expect("requests");
        running.stop().await.expect("serve stops");
        view
    });
    drop(runtime);
    let from_sqlite = desk_view(Server::start(|_| {}).addr);
    assert_eq!(from_postgres, from_sqlite);
}
