//! `http://` and `https://` sources, fetched politely: a user agent naming newsdesk, a timeout,
//! a size cap, robots.txt honoured (read once per host and run), one request at a time with a
//! pause between requests to the same host (robots.txt's `crawl-delay` when longer), redirects
//! followed by hand up to a limit (each hop checked against its host's robots.txt), and
//! conditional GET: the `ETag` / `Last-Modified` of an earlier fetch are sent back and a
//! `304 Not Modified` reads nothing.
//!
//! Input: a URL and, when the caller keeps them (the store does), the validators of the last
//! fetch. Output: the body and its final URL, content type and new validators, or "not
//! modified", or a [`FetchError`] (the caller names the URL with it).

mod robots;
#[cfg(test)]
mod tests;

pub use robots::Robots;

use reqwest::blocking::Client;
use reqwest::header::{HeaderMap, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION};
use std::collections::HashMap;
use std::io::Read;
use std::time::{Duration, Instant};

/// The product token robots.txt groups are matched against.
pub const AGENT_TOKEN: &str = "newsdesk";

/// Longest robots.txt read (RFC 9309 asks for at least 500 KiB).
const ROBOTS_MAX_BYTES: usize = 512 * 1024;

/// Longest `crawl-delay` honoured: a larger one is taken as this.
const MAX_CRAWL_DELAY: Duration = Duration::from_secs(10);

/// How sources are fetched.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// Whole-request limit (connecting, sending, reading the body).
    pub timeout: Duration,
    /// Largest body read; a larger one is an error, not a truncated article.
    pub max_bytes: usize,
    /// Redirects followed at most.
    pub max_redirects: usize,
    /// Least time between two requests to the same host.
    pub host_interval: Duration,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Linked pages fetched at most per feed (for items that carry no text).
    pub max_feed_links: usize,
}

impl Default for FetchOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(30),
            max_bytes: 10 << 20,
            max_redirects: 5,
            host_interval: Duration::from_secs(1),
            user_agent: format!(
                "{AGENT_TOKEN}/{} (news-intelligence desk; honours robots.txt)",
                env!("CARGO_PKG_VERSION")
            ),
            max_feed_links: 50,
        }
    }
}

/// What a server said about a resource's version: sent back on the next fetch.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}

impl Validators {
    /// Whether there is anything to send back.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }

    fn of(headers: &HeaderMap) -> Self {
        let get =
            |name| headers.get(name).and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok()).map(str::to_string);
        Self { etag: get(ETAG), last_modified: get(LAST_MODIFIED) }
    }
}

/// A fetched body.
#[derive(Clone, Debug)]
pub struct Body {
    /// The address it came from after redirects.
    pub url: String,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// To send back next time.
    pub validators: Validators,
}

/// The outcome of a successful fetch.
#[derive(Clone, Debug)]
pub enum Fetched {
    /// A body (status 2xx).
    Body(Body),
    /// `304 Not Modified` to a conditional request: nothing new.
    NotModified,
}

/// Why a URL could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not an absolute `http(s)://` URL.
    #[error("not an http(s) URL: {0}")]
    BadUrl(String),
    /// robots.txt disallows it for newsdesk.
    #[error("robots.txt of {0} disallows fetching it; skipped")]
    Robots(String),
    /// An answer other than 2xx, 3xx with a location, or 304.
    #[error("HTTP status {0}")]
    Status(u16),
    /// The body is over the size cap.
    #[error("the body is over the {0} byte limit; skipped")]
    TooLarge(usize),
    /// More redirects than allowed (or a loop).
    #[error("more than {0} redirects; skipped")]
    TooManyRedirects(usize),
    /// A redirect without a usable `Location`.
    #[error("a redirect without a usable Location header")]
    BadRedirect,
    /// Connecting, sending or reading failed (timeouts included).
    #[error("{0}")]
    Transport(String),
}

/// Fetches URLs one at a time, remembering each host's robots.txt and last request.
pub struct Fetcher {
    client: Client,
    options: FetchOptions,
    robots: HashMap<String, Robots>,
    last_request: HashMap<String, Instant>,
}

impl Fetcher {
    /// A fetcher with `options`.
    pub fn new(options: FetchOptions) -> Result<Self, FetchError> {
        let client = Client::builder()
            .user_agent(options.user_agent.clone())
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            // Redirects are followed by hand so each hop is counted and checked against robots.txt.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| FetchError::Transport(describe(&e)))?;
        Ok(Self { client, options, robots: HashMap::new(), last_request: HashMap::new() })
    }

    /// The options it runs with.
    pub fn options(&self) -> &FetchOptions {
        &self.options
    }

    /// Fetches `url`, sending `known` validators for a conditional GET.
    pub fn fetch(&mut self, url: &str, known: Option<&Validators>) -> Result<Fetched, FetchError> {
        let mut current = parse_url(url)?;
        for _ in 0..=self.options.max_redirects {
            let site = origin(&current);
            if !self.robots_for(&current)?.allows(&path_and_query(&current)) {
                return Err(FetchError::Robots(site));
            }
            self.wait_turn(&site);
            let mut request = self.client.get(current.clone());
            if let Some(v) = known {
                if let Some(etag) = &v.etag {
                    request = request.header(IF_NONE_MATCH, etag);
                }
                if let Some(date) = &v.last_modified {
                    request = request.header(IF_MODIFIED_SINCE, date);
                }
            }
            let response = request.send().map_err(|e| FetchError::Transport(describe(&e)))?;
            self.last_request.insert(site, Instant::now());
            let status = response.status();
            if status == reqwest::StatusCode::NOT_MODIFIED {
                return Ok(Fetched::NotModified);
            }
            if status.is_redirection() {
                let location = response.headers().get(LOCATION).and_then(|l| l.to_str().ok());
                let next = location.and_then(|l| current.join(l).ok()).ok_or(FetchError::BadRedirect)?;
                if !matches!(next.scheme(), "http" | "https") {
                    return Err(FetchError::BadRedirect);
                }
                current = next;
                continue;
            }
            if !status.is_success() {
                return Err(FetchError::Status(status.as_u16()));
            }
            let validators = Validators::of(response.headers());
            let content_type =
                response.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
            let bytes = read_capped(response, self.options.max_bytes)?;
            return Ok(Fetched::Body(Body { url: current.to_string(), bytes, content_type, validators }));
        }
        Err(FetchError::TooManyRedirects(self.options.max_redirects))
    }

    /// The robots.txt rules of `url`'s host, fetched on first use.
    fn robots_for(&mut self, url: &reqwest::Url) -> Result<&Robots, FetchError> {
        let site = origin(url);
        if !self.robots.contains_key(&site) {
            let rules = self.fetch_robots(url);
            self.robots.insert(site.clone(), rules);
        }
        self.robots.get(&site).ok_or(FetchError::BadUrl(site))
    }

    /// RFC 9309 §2.3.1: 2xx → its rules; 4xx → allow all; 5xx or no answer → disallow all.
    /// Redirects are followed (within the limit).
    fn fetch_robots(&mut self, url: &reqwest::Url) -> Robots {
        let Ok(mut at) = url.join("/robots.txt") else { return Robots::disallow_all() };
        for _ in 0..=self.options.max_redirects {
            let Ok(response) = self.client.get(at.clone()).send() else { return Robots::disallow_all() };
            let status = response.status();
            if status.is_redirection() {
                let location = response.headers().get(LOCATION).and_then(|l| l.to_str().ok());
                match location.and_then(|l| at.join(l).ok()) {
                    Some(next) => at = next,
                    None => return Robots::allow_all(),
                }
                continue;
            }
            if status.is_client_error() {
                return Robots::allow_all();
            }
            if !status.is_success() {
                return Robots::disallow_all();
            }
            return match read_capped(response, ROBOTS_MAX_BYTES) {
                Ok(bytes) => Robots::parse(&String::from_utf8_lossy(&bytes), AGENT_TOKEN),
                // Longer than the cap: the RFC lets a crawler ignore what follows; keep it simple.
                Err(FetchError::TooLarge(_)) => Robots::allow_all(),
                Err(_) => Robots::disallow_all(),
            };
        }
        Robots::allow_all()
    }

    /// Sleeps until the host's pause (or its robots.txt crawl-delay) since the last request
    /// has passed.
    fn wait_turn(&self, site: &str) {
        let delay = self.robots.get(site).and_then(|r| r.crawl_delay).map(Duration::from_secs_f64);
        let pause =
            delay.map_or(self.options.host_interval, |d| d.min(MAX_CRAWL_DELAY).max(self.options.host_interval));
        if let Some(last) = self.last_request.get(site) {
            let since = last.elapsed();
            if since < pause {
                std::thread::sleep(pause - since);
            }
        }
    }
}

/// Whether a source argument is a URL rather than a path.
pub fn is_url(source: &str) -> bool {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn parse_url(url: &str) -> Result<reqwest::Url, FetchError> {
    let parsed = reqwest::Url::parse(url.trim()).map_err(|_| FetchError::BadUrl(url.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(FetchError::BadUrl(url.to_string()));
    }
    Ok(parsed)
}

/// `scheme://host:port`: what robots.txt and the pause are kept per.
fn origin(url: &reqwest::Url) -> String {
    url.origin().ascii_serialization()
}

fn path_and_query(url: &reqwest::Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}

/// The body, or [`FetchError::TooLarge`] once it passes `max` bytes (never read further).
fn read_capped(response: reqwest::blocking::Response, max: usize) -> Result<Vec<u8>, FetchError> {
    if response.content_length().is_some_and(|n| n > max as u64) {
        return Err(FetchError::TooLarge(max));
    }
    let mut bytes = Vec::new();
    response.take(max as u64 + 1).read_to_end(&mut bytes).map_err(|e| FetchError::Transport(e.to_string()))?;
    if bytes.len() > max {
        return Err(FetchError::TooLarge(max));
    }
    Ok(bytes)
}

/// A reqwest error with its causes (the top line alone says little: "error sending request").
fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() { "timed out".to_string() } else { e.to_string() };
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text
}
