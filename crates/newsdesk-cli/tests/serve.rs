//! `newsdesk serve` as a user starts it: the binary binds, says where, answers `/healthz` and
//! the API over a store made by `newsdesk ingest`, takes the token from `NEWSDESK_TOKEN`, and
//! stops when killed. (The server itself is tested in `crates/newsdesk-serve/tests`.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};

fn get(addr: &str, method: &str, path: &str, headers: &str, body: &str) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n{headers}\r\n{body}",
        body.len()
    );
    s.write_all(request.as_bytes()).expect("write");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    out
}

#[test]
fn serve_answers_over_an_ingested_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("desk.db");
    let pile = Path::new(env!("CARGO_MANIFEST_DIR")).join("../newsdesk/src/desk/testdata/week1.jsonl");
    let ingest = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["ingest", &pile.display().to_string(), "--db", &db.display().to_string()])
        .output()
        .expect("ingest runs");
    assert!(ingest.status.success(), "{}", String::from_utf8_lossy(&ingest.stderr));
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["serve", "--db", &db.display().to_string(), "--addr", "127.0.0.1:0"])
        .env("NEWSDESK_TOKEN", "t0ken")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let mut first = String::new();
    if let Some(stderr) = child.stderr.take() {
        BufReader::new(stderr).read_line(&mut first).expect("a line on stderr");
    }
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .map(str::to_string)
        .unwrap_or_else(|| panic!("the bound address is printed: {first:?}"));
    assert!(first.contains("ingest with the token"), "{first}");
    let health = get(&addr, "GET", "/healthz", "", "");
    let stories = get(&addr, "GET", "/api/v1/stories", "", "");
    let refused = get(&addr, "POST", "/api/v1/articles", "", "{\"id\":\"x\",\"text\":\"y\"}\n");
    let _ = child.kill();
    let _ = child.wait();
    assert!(health.starts_with("HTTP/1.1 200") && health.ends_with("ok"), "{health}");
    assert!(stories.starts_with("HTTP/1.1 200") && stories.contains("\"stories\":[{"), "{stories}");
    assert!(refused.starts_with("HTTP/1.1 401"), "no token, no ingest: {refused}");
}
