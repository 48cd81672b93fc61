//! The pages in a real browser: Debian's `chromium`, driven headless through `chromedriver`
//! (WebDriver, with fantoccini) on a loopback port. It loads the front page, pages through the
//! stories, opens a story, follows a citation to its sentence, searches, opens the hostile
//! articles and checks that nothing in them ran, and that the browser logged no error (a CSP
//! violation, a failed request or a script error would be one). Screenshots go to
//! `target/screenshots/`. Without chromium or chromedriver the test prints SKIP and passes
//! (`scripts/setup-browser.sh` installs them).

mod common;

use common::Server;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A program on the PATH (or the path an environment variable names).
fn find(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env).map(PathBuf::from).filter(|p| p.is_file()) {
        return Some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).flat_map(|dir| names.iter().map(move |n| dir.join(n))).find(|p| p.is_file())
}

/// chromedriver, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_driver(binary: &Path) -> Driver {
    let port =
        std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port");
    let child = Command::new(binary)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(30), "chromedriver did not listen on {port}");
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver { child, port }
}

/// chromedriver's log endpoint (not part of W3C WebDriver, so fantoccini has no method for it).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        (axum::http::Method::POST, Some(json!({"type": "browser"}).to_string()))
    }
}

/// A DevTools command through chromedriver (to emulate the dark colour scheme).
#[derive(Debug)]
struct Cdp(&'static str, Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        (axum::http::Method::POST, Some(json!({"cmd": self.0, "params": self.1}).to_string()))
    }
}

/// Browser log entries at warning level or above since the last call.
async fn log_problems(client: &Client) -> Vec<String> {
    let entries = client.issue_cmd(BrowserLog).await.expect("browser log");
    assert!(entries.is_array(), "chromedriver answers the log command with a list: {entries}");
    entries
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| matches!(e["level"].as_str(), Some("SEVERE") | Some("WARNING")))
        .map(|e| e["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn screenshot(client: &Client, name: &str) {
    let dir = common::repo().join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    let png = client.screenshot().await.expect("screenshot");
    std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
}

async fn connect(driver: &Driver, chromium: &Path, args: &[&str]) -> Client {
    let mut all =
        vec!["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"];
    all.extend_from_slice(args);
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {"binary": chromium.display().to_string(), "args": all},
        "goog:loggingPrefs": {"browser": "ALL"},
    });
    let Value::Object(caps) = caps else { unreachable!("an object literal") };
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session")
}

/// Waits (up to 10 s) until the page's address satisfies `want`, and returns it.
async fn wait_url(client: &Client, want: impl Fn(&url::Url) -> bool) -> Result<url::Url, String> {
    let started = Instant::now();
    loop {
        let url = client.current_url().await.map_err(|e| e.to_string())?;
        if want(&url) || started.elapsed() > Duration::from_secs(10) {
            return Ok(url);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn texts(client: &Client, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in client.find_all(Locator::Css(css)).await.expect("find") {
        out.push(e.text().await.expect("text"));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_work_in_a_real_browser() {
    let (Some(chromium), Some(chromedriver)) = (
        find("NEWSDESK_CHROMIUM", &["chromium", "chromium-browser", "google-chrome"]),
        find("NEWSDESK_CHROMEDRIVER", &["chromedriver"]),
    ) else {
        eprintln!(
            "SKIP pages_work_in_a_real_browser: chromium or chromedriver not installed (run scripts/setup-browser.sh)"
        );
        return;
    };
    let server = Server::shared();
    let driver = start_driver(&chromedriver);
    let client = connect(&driver, &chromium, &["--window-size=1280,1000"]).await;
    let result = run(&client, server).await;
    let _ = client.close().await;
    if let Err(e) = result {
        panic!("{e}");
    }
}

async fn run(c: &Client, server: &Server) -> Result<(), String> {
    // Front page: stories, paging (the shared server shows 4 a page).
    c.goto(&server.url("/")).await.map_err(|e| e.to_string())?;
    let first_page = texts(c, "ol.stories h2").await;
    assert_eq!(first_page.len(), 4, "{first_page:?}");
    assert!(c.find(Locator::Css("ol.stories svg.chart.spark")).await.is_ok(), "sparklines are drawn");
    screenshot(c, "front").await;
    c.find(Locator::Css("a[rel=next]")).await.map_err(|e| e.to_string())?.click().await.map_err(|e| e.to_string())?;
    let url = wait_url(c, |u| u.query() == Some("page=2")).await?;
    assert!(url.as_str().ends_with("/?page=2"), "{url}");
    let second_page = texts(c, "ol.stories h2").await;
    assert!(!second_page.is_empty() && second_page.iter().all(|t| !first_page.contains(t)), "{second_page:?}");
    c.find(Locator::Css("a[rel=prev]")).await.map_err(|e| e.to_string())?.click().await.map_err(|e| e.to_string())?;
    wait_url(c, |u| u.query().is_none()).await?;
    assert_eq!(texts(c, "ol.stories h2").await, first_page, "back to the first page");

    // A story page: its brief and both pictures.
    let saga = common::request(server.addr, "GET", "/api/v1/articles/northgate-hungary-mayor-charged", &[], b"").json();
    let story = saga["story"].as_str().unwrap_or_default().to_string();
    c.goto(&server.url(&format!("/stories/{}", common::seg(&story)))).await.map_err(|e| e.to_string())?;
    let h1 = c.find(Locator::Css("h1")).await.map_err(|e| e.to_string())?.text().await.map_err(|e| e.to_string())?;
    assert!(h1.contains("Szalókút") || h1.contains("mayor"), "{h1}");
    for chart in ["svg.chart.timeline rect.bar", "svg.chart.coverage rect.c1", "svg.chart.timeline circle.event"] {
        assert!(c.find(Locator::Css(chart)).await.is_ok(), "{chart} is drawn");
    }
    screenshot(c, "story").await;

    // Follow the first summary citation to its sentence in context.
    let cite = c.find(Locator::Css("ul.summary a.cite")).await.map_err(|e| e.to_string())?;
    let tip = cite.attr("title").await.map_err(|e| e.to_string())?.unwrap_or_default();
    cite.click().await.map_err(|e| e.to_string())?;
    let url = wait_url(c, |u| u.path().starts_with("/articles/")).await?;
    assert!(url.path().starts_with("/articles/") && url.fragment().is_some_and(|f| f.starts_with('s')), "{url}");
    let target = c.find(Locator::Css("ol.sentences li:target")).await.map_err(|e| e.to_string())?;
    let sentence = target.text().await.map_err(|e| e.to_string())?;
    let words: Vec<&str> = sentence.split_whitespace().skip(1).take(6).collect();
    assert!(
        !words.is_empty() && tip.contains(&words.join(" ")),
        "the cited sentence {sentence:?} is the one the citation names ({tip:?})"
    );
    screenshot(c, "article").await;

    // Search from the box in the header.
    c.goto(&server.url("/")).await.map_err(|e| e.to_string())?;
    let input = c.find(Locator::Css("form.search input[name=q]")).await.map_err(|e| e.to_string())?;
    input.send_keys("ferry").await.map_err(|e| e.to_string())?;
    c.find(Locator::Css("form.search button"))
        .await
        .map_err(|e| e.to_string())?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    let url = wait_url(c, |u| u.path() == "/search").await?;
    assert!(url.path() == "/search" && url.query() == Some("q=ferry"), "{url}");
    assert!(texts(c, "ol.results h2").await.len() >= 2);
    screenshot(c, "search").await;
    let problems = log_problems(c).await;
    assert!(problems.is_empty(), "the browser logged problems: {problems:?}");

    // Hostile articles: the markup in them is text, nothing ran, no CSP violation.
    let hostile = common::request(server.addr, "GET", "/api/v1/articles/hostile-script", &[], b"").json();
    let hostile_story = hostile["story"].as_str().unwrap_or_default().to_string();
    for path in [
        "/articles/hostile-script".to_string(),
        "/articles/hostile-css".into(),
        format!("/stories/{}", common::seg(&hostile_story)),
        "/search?q=quellmark".into(),
    ] {
        c.goto(&server.url(&path)).await.map_err(|e| e.to_string())?;
        let state = c
            .execute(
                "return [typeof window.__pwned, document.scripts.length, document.querySelectorAll('img,style,iframe,object').length, document.body.innerText, getComputedStyle(document.body).display]",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        assert_eq!(state[0], "undefined", "{path}: a script ran");
        assert_eq!((state[1].as_u64(), state[2].as_u64()), (Some(0), Some(0)), "{path}: hostile elements exist");
        assert_ne!(state[4], "none", "{path}: injected CSS hid the page");
        if path.starts_with("/articles/hostile-script") {
            let text = state[3].as_str().unwrap_or_default();
            assert!(text.contains("<script>window.__pwned=1</script>"), "the script is shown as text");
            screenshot(c, "hostile").await;
        }
    }
    let problems = log_problems(c).await;
    assert!(problems.is_empty(), "the browser logged problems on hostile pages: {problems:?}");

    // A phone in dark mode: the story page follows the colour scheme and fits the width.
    c.issue_cmd(Cdp(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
    ))
    .await
    .map_err(|e| e.to_string())?;
    c.set_window_size(390, 844).await.map_err(|e| e.to_string())?;
    c.goto(&server.url(&format!("/stories/{}", common::seg(&story)))).await.map_err(|e| e.to_string())?;
    let look = c
        .execute(
            "return [getComputedStyle(document.body).backgroundColor, document.documentElement.scrollWidth, window.innerWidth]",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    assert_eq!(look[0], "rgb(21, 23, 26)", "dark mode background");
    assert!(look[1].as_u64() <= look[2].as_u64(), "no sideways scrolling on a phone: {look}");
    screenshot(c, "story-phone-dark").await;
    Ok(())
}
