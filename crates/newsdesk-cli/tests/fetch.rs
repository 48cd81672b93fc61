//! `http(s)://` sources end to end, against a local server (a thread on 127.0.0.1 serving
//! invented fixtures; nothing here touches the network): `ingest` stores a page and a feed,
//! names a failing URL and goes on (exit 2), and a second run sends the remembered ETag and
//! reads nothing (304, exit 0); `clean` reads a URL without a store.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

const PAGE: &str = "<!DOCTYPE html><html><head><title>Kelso ferry sails again after storms</title>\
<meta property=\"og:site_name\" content=\"Kelso Island Herald\"></head><body><nav><a href=\"/\">Home</a></nav>\
<article><h1>Kelso ferry sails again after storms</h1>\
<p>The ferry between Kelso and the mainland sailed again on Tuesday after a week of storms kept it in port, \
the operator said, and extra crossings were added for the weekend.</p>\
<p>Islanders queued from early morning at the harbour, where the harbour master said the first crossing \
carried 212 passengers and 40 cars, twice the usual number for a weekday.</p></article></body></html>";

const FEED: &str = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mainland Wire</title>\
<item><guid>wire-kelso-1</guid><title>Kelso harbour closed by storm</title>\
<description>The harbour at Kelso was closed on Monday as the storm brought waves of six metres to the \
island's west coast, the coastguard said; the ferry stayed in port for a week.</description>\
<pubDate>Mon, 05 May 2025 08:00:00 GMT</pubDate></item></channel></rss>";

/// `(path, if-none-match)` of each request the server saw.
type Log = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// Serves the fixtures; every answer carries an ETag and honours If-None-Match. Returns the
/// base URL and the `(path, if-none-match)` of each request.
fn serve() -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().expect("a stream"));
            let mut first = String::new();
            let _ = reader.read_line(&mut first);
            let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
            let mut etag = None;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("if-none-match:") {
                    etag = Some(v.trim().to_string());
                }
            }
            seen.lock().expect("the log").push((path.clone(), etag.clone()));
            let (status, kind, body) = match path.as_str() {
                "/robots.txt" => (200, "text/plain", "User-agent: *\nDisallow: /members/\n"),
                "/news/kelso-ferry" => (200, "text/html; charset=utf-8", PAGE),
                "/feed.rss" => (200, "application/rss+xml", FEED),
                _ => (404, "text/plain", "no such page"),
            };
            let tag = format!("\"{}\"", body.len());
            let (status, body) =
                if status == 200 && etag.as_deref() == Some(tag.as_str()) { (304, "") } else { (status, body) };
            let head = format!(
                "HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Type: {kind}\r\nETag: {tag}\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(body.as_bytes()));
        }
    });
    (base, log)
}

fn newsdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .env_remove("NEWSDESK_DB")
        .stdin(Stdio::null())
        .output()
        .expect("newsdesk runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn ingest_urls_then_again_with_conditional_gets() {
    let (base, log) = serve();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = dir.path().join("desk.db");
    let db = db.to_str().expect("a UTF-8 path");
    let page = format!("{base}/news/kelso-ferry");
    let feed = format!("{base}/feed.rss");
    let missing = format!("{base}/news/gone");
    let private = format!("{base}/members/kelso");

    let first = newsdesk(&["ingest", &page, &feed, &missing, &private, "--db", db, "--no-briefs"]);
    let (out, err) = (text(&first.stdout), text(&first.stderr));
    assert_eq!(first.status.code(), Some(2), "{out}\n{err}");
    assert!(out.contains("2 read, 2 new"), "{out}");
    assert!(err.contains(&format!("error: {missing}: cannot fetch: HTTP status 404")), "{err}");
    assert!(err.contains(&format!("error: {private}: cannot fetch: robots.txt")), "{err}");

    let stories = newsdesk(&["stories", "--json", "--members", "--db", db]);
    let members = text(&stories.stdout);
    assert!(members.contains(&page) && members.contains("wire-kelso-1"), "{members}");

    let second = newsdesk(&["ingest", &page, &feed, "--db", db, "--no-briefs"]);
    let (out, err) = (text(&second.stdout), text(&second.stderr));
    assert!(second.status.success(), "{out}\n{err}");
    assert!(out.contains("0 read, 0 new"), "{out}");
    assert!(err.contains(&format!("warning: {page}: not modified since the last fetch")), "{err}");
    let log = log.lock().expect("the log");
    let conditional: Vec<&(String, Option<String>)> = log.iter().filter(|(_, tag)| tag.is_some()).collect();
    assert_eq!(conditional.len(), 2, "{log:?}");
    assert!(!log.iter().any(|(path, _)| path.starts_with("/members/")), "a disallowed page was requested");
}

#[test]
fn clean_reads_a_url_without_a_store() {
    let (base, _) = serve();
    let out = newsdesk(&["clean", &format!("{base}/news/kelso-ferry")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let article: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).expect("one JSON line");
    assert_eq!(article["title"], "Kelso ferry sails again after storms");
    assert!(article["sentences"].to_string().contains("212 passengers"), "{article}");
}
