//! Fetching from a local server (a thread on 127.0.0.1 serving invented fixtures; nothing
//! here touches the network).

use super::*;
use crate::ingest::{read_url, Ingested, InputErrorKind};
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// A request as the server saw it: path and lower-cased headers.
#[derive(Clone, Debug)]
pub(crate) struct Seen {
    pub path: String,
    pub headers: Vec<(String, String)>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// An answer: status, extra headers, body; `Pause` sleeps before answering.
pub(crate) enum Answer {
    Reply(u16, Vec<(&'static str, String)>, Vec<u8>),
    Pause(Duration),
}

type Route = dyn Fn(&Seen) -> Answer + Send + Sync;

/// Serves `route` on a fresh loopback port; returns its base URL and the requests seen.
pub(crate) fn serve(route: impl Fn(&Seen) -> Answer + Send + Sync + 'static) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (log, route): (_, Arc<Route>) = (seen.clone(), Arc::new(route));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (log, route) = (log.clone(), route.clone());
            std::thread::spawn(move || answer(stream, &log, &*route));
        }
    });
    (base, seen)
}

fn answer(mut stream: TcpStream, log: &Mutex<Vec<Seen>>, route: &Route) {
    let mut reader = BufReader::new(stream.try_clone().expect("a stream"));
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let request = Seen { path, headers };
    log.lock().expect("the log").push(request.clone());
    let (status, extra, body) = match route(&request) {
        Answer::Reply(status, extra, body) => (status, extra, body),
        Answer::Pause(pause) => {
            std::thread::sleep(pause);
            (200, vec![], b"<html><body><p>late</p></body></html>".to_vec())
        }
    };
    let mut head = format!("HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body));
}

fn html(body: &str) -> Answer {
    Answer::Reply(200, vec![("Content-Type", "text/html; charset=utf-8".into())], body.as_bytes().to_vec())
}

pub(crate) const PAGE: &str = "<!DOCTYPE html><html><head><title>Ferry service resumes on the Kelso route</title>\
<meta property=\"og:site_name\" content=\"Kelso Island Herald\"></head><body><nav><a href=\"/\">Home</a></nav>\
<article><h1>Ferry service resumes on the Kelso route</h1>\
<p>The ferry between Kelso and the mainland sailed again on Tuesday after a week of storms kept it in port, \
the operator said, and extra crossings were added for the weekend.</p>\
<p>Islanders queued from early morning at the harbour, where the harbour master said the first crossing \
carried 212 passengers and 40 cars, twice the usual number for a weekday.</p></article></body></html>";

pub(crate) const FEED: &str = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kelso Island Herald</title>\
<item><guid>kelso-1</guid><title>Storm closes Kelso harbour</title><link>http://unused.invalid/1</link>\
<description>The harbour at Kelso was closed on Monday as the storm brought waves of six metres to the island's \
west coast, the coastguard said.</description><pubDate>Mon, 05 May 2025 08:00:00 GMT</pubDate></item>\
<item><guid>kelso-2</guid><title>Ferry back in service</title><link>LINK</link>\
<pubDate>Tue, 06 May 2025 08:00:00 GMT</pubDate></item></channel></rss>";

fn quick() -> FetchOptions {
    FetchOptions { timeout: Duration::from_secs(5), host_interval: Duration::ZERO, ..FetchOptions::default() }
}

fn read(url: &str, fetcher: &mut Fetcher, known: Option<&Validators>) -> (Ingested, Option<Validators>) {
    let mut out = Ingested::default();
    let validators = read_url(url, fetcher, known, &mut out, &mut HashSet::new());
    (out, validators)
}

#[test]
fn a_page_becomes_one_article_named_by_its_url() {
    let (base, seen) = serve(|r| match r.path.as_str() {
        "/robots.txt" => Answer::Reply(404, vec![], vec![]),
        _ => html(PAGE),
    });
    let mut fetcher = Fetcher::new(quick()).expect("a client");
    let url = format!("{base}/news/ferry");
    let (out, _) = read(&url, &mut fetcher, None);
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let a = &out.articles[0];
    assert_eq!((a.id.as_str(), a.url.as_deref()), (url.as_str(), Some(url.as_str())));
    assert_eq!(a.title.as_deref(), Some("Ferry service resumes on the Kelso route"));
    assert_eq!(a.source.as_deref(), Some("Kelso Island Herald"));
    assert!(a.text.contains("212 passengers") && !a.text.contains("Home"), "{}", a.text);
    let seen = seen.lock().expect("the log");
    assert_eq!(seen.iter().map(|s| s.path.as_str()).collect::<Vec<_>>(), ["/robots.txt", "/news/ferry"]);
    assert!(seen[1].header("user-agent").is_some_and(|ua| ua.starts_with("newsdesk/")));
}

#[test]
fn a_feed_gives_its_items_and_fetches_only_textless_items_links() {
    let (base, seen) = serve(move |r| match r.path.as_str() {
        "/robots.txt" => html(""),
        _ => html(PAGE),
    });
    // The feed names its own server for the textless item's link.
    let feed = FEED.replace("LINK", &format!("{base}/stories/ferry-back"));
    let (base2, seen2) = serve(move |r| match r.path.as_str() {
        "/feed.xml" => {
            Answer::Reply(200, vec![("Content-Type", "application/rss+xml".into())], feed.clone().into_bytes())
        }
        _ => Answer::Reply(404, vec![], vec![]),
    });
    let mut fetcher = Fetcher::new(quick()).expect("a client");
    let (out, _) = read(&format!("{base2}/feed.xml"), &mut fetcher, None);
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["kelso-1", "kelso-2"]);
    assert!(out.articles[1].text.contains("212 passengers"));
    assert_eq!(out.articles[1].date.map(|d| d.to_string()).as_deref(), Some("2025-05-06"));
    let paths = |s: &Mutex<Vec<Seen>>| s.lock().expect("log").iter().map(|r| r.path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&seen), ["/robots.txt", "/stories/ferry-back"], "only the textless item's link");
    assert_eq!(paths(&seen2), ["/robots.txt", "/feed.xml"]);
}

#[test]
fn robots_txt_disallow_is_honoured() {
    let (base, seen) = serve(|r| match r.path.as_str() {
        "/robots.txt" => Answer::Reply(200, vec![], b"User-agent: *\nDisallow: /private/\n".to_vec()),
        _ => html(PAGE),
    });
    let mut fetcher = Fetcher::new(quick()).expect("a client");
    let (out, _) = read(&format!("{base}/private/page"), &mut fetcher, None);
    assert!(out.articles.is_empty());
    assert!(matches!(out.problems[0].kind, InputErrorKind::Fetch(FetchError::Robots(_))), "{}", out.problems[0]);
    assert!(out.problems[0].to_string().contains("/private/page"), "the message names the URL");
    let (ok, _) = read(&format!("{base}/public/page"), &mut fetcher, None);
    assert_eq!(ok.articles.len(), 1);
    let paths: Vec<String> = seen.lock().expect("log").iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, ["/robots.txt", "/public/page"], "robots.txt read once, the disallowed page never asked for");
}

#[test]
fn a_second_fetch_is_conditional_and_304_reads_nothing() {
    let (base, seen) = serve(|r| match (r.path.as_str(), r.header("if-none-match")) {
        ("/robots.txt", _) => Answer::Reply(404, vec![], vec![]),
        (_, Some("\"v1\"")) => Answer::Reply(304, vec![], vec![]),
        _ => Answer::Reply(
            200,
            vec![
                ("Content-Type", "text/html".into()),
                ("ETag", "\"v1\"".into()),
                ("Last-Modified", "Tue, 06 May 2025 08:00:00 GMT".into()),
            ],
            PAGE.as_bytes().to_vec(),
        ),
    });
    let mut fetcher = Fetcher::new(quick()).expect("a client");
    let url = format!("{base}/news/ferry");
    let (first, validators) = read(&url, &mut fetcher, None);
    assert_eq!(first.articles.len(), 1);
    let validators = validators.expect("validators to keep");
    assert_eq!(validators.etag.as_deref(), Some("\"v1\""));
    let (second, again) = read(&url, &mut fetcher, Some(&validators));
    assert!(second.articles.is_empty() && again.is_none());
    assert!(matches!(second.problems[0].kind, InputErrorKind::NotModified) && second.problems[0].is_warning());
    let log = seen.lock().expect("log");
    let last = log.last().expect("a request");
    assert_eq!(last.header("if-modified-since"), Some("Tue, 06 May 2025 08:00:00 GMT"));
}

#[test]
fn oversize_slow_missing_and_looping_urls_are_named_errors() {
    let (base, _) = serve(|r| match r.path.as_str() {
        "/robots.txt" => Answer::Reply(404, vec![], vec![]),
        "/huge" => html(&format!("<html><body><p>{}</p></body></html>", "x".repeat(300_000))),
        "/slow" => Answer::Pause(Duration::from_secs(3)),
        "/a" => Answer::Reply(302, vec![("Location", "/b".into())], vec![]),
        "/b" => Answer::Reply(301, vec![("Location", "/a".into())], vec![]),
        _ => Answer::Reply(404, vec![], b"not here".to_vec()),
    });
    let options = FetchOptions { max_bytes: 100_000, timeout: Duration::from_millis(700), ..quick() };
    let mut fetcher = Fetcher::new(options).expect("a client");
    let kind = |path: &str, fetcher: &mut Fetcher| {
        let (out, _) = read(&format!("{base}{path}"), fetcher, None);
        assert!(out.articles.is_empty());
        assert!(out.problems[0].to_string().starts_with(&format!("{base}{path}")), "{}", out.problems[0]);
        match &out.problems[0].kind {
            InputErrorKind::Fetch(e) => e.to_string(),
            other => panic!("{other}"),
        }
    };
    assert!(kind("/huge", &mut fetcher).contains("over the 100000 byte limit"));
    let started = Instant::now();
    assert!(kind("/slow", &mut fetcher).contains("timed out"));
    assert!(started.elapsed() < Duration::from_secs(3), "the timeout cut the wait short");
    assert_eq!(kind("/gone", &mut fetcher), "HTTP status 404");
    assert!(kind("/a", &mut fetcher).contains("more than 5 redirects"));
}

#[test]
fn a_body_without_length_is_capped_while_read() {
    // No Content-Length: the cap must stop the read itself.
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut line = String::new();
            let mut reader = BufReader::new(stream.try_clone().expect("a stream"));
            while reader.read_line(&mut line).unwrap_or(0) > 2 {
                line.clear();
            }
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n");
            let chunk = [b'y'; 8192];
            for _ in 0..64 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
    });
    let options = FetchOptions { max_bytes: 50_000, ..quick() };
    let mut fetcher = Fetcher::new(options).expect("a client");
    // robots.txt is answered the same way: over its own cap, so everything is allowed.
    match fetcher.fetch(&format!("{base}/endless"), None) {
        Err(FetchError::TooLarge(50_000)) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn urls_are_told_from_paths() {
    assert!(is_url("https://example.test/a") && is_url("HTTP://example.test"));
    assert!(!is_url("examples/desk") && !is_url("http:/x") && !is_url("ftp://example.test"));
    assert!(matches!(Fetcher::new(quick()).expect("a client").fetch("http://", None), Err(FetchError::BadUrl(_))));
}
