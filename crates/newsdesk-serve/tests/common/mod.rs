//! Test helpers: a store ingested from `examples/desk` plus hostile articles, a server over it
//! on 127.0.0.1:0 (its own runtime on its own thread, alive for the whole test binary), and a
//! minimal HTTP/1.1 client on `std::net` (no client library needed for loopback).

#![allow(dead_code)]

use newsdesk_serve::ServeConfig;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// The token the test servers take.
pub const TOKEN: &str = "test-token-4711";

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A store file ingested from the example desk and the hostile fixture, in a fresh temp dir.
pub fn desk() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("desk.db").display().to_string();
    let mut store = newsdesk::store::open(&db).expect("store");
    ingest_desk(store.as_mut());
    (dir, db)
}

/// Ingests the example desk and the hostile fixture into `store`.
pub fn ingest_desk(store: &mut dyn newsdesk::store::Store) {
    let sources =
        [repo().join("examples/desk"), Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile.jsonl")];
    let options = newsdesk::desk::DeskOptions::default();
    let (report, _) = newsdesk::desk::ingest(store, &sources, &options, &mut |_| {}).expect("ingest");
    assert!(report.new >= 59, "the example desk and the hostile articles are ingested: {report}");
}

/// A server running on its own thread.
pub struct Server {
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts a server over a fresh desk; `adjust` may change the configuration.
    pub fn start(adjust: impl FnOnce(&mut ServeConfig)) -> Server {
        let (dir, db) = desk();
        let mut config = ServeConfig::new(db, "127.0.0.1:0".parse().expect("addr"));
        config.token = Some(TOKEN.to_string());
        adjust(&mut config);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let running = newsdesk_serve::spawn(config).await.expect("server starts");
                tx.send(running.addr).expect("send addr");
                std::future::pending::<()>().await;
            });
        });
        let addr = rx.recv_timeout(Duration::from_secs(60)).expect("server address");
        Server { addr, _dir: dir }
    }

    /// A server shared by the read-only tests of one test binary.
    pub fn shared() -> &'static Server {
        static SERVER: OnceLock<Server> = OnceLock::new();
        SERVER.get_or_init(|| Server::start(|c| c.page_size = 4))
    }

    pub fn get(&self, path: &str) -> Reply {
        request(self.addr, "GET", path, &[], b"")
    }

    pub fn post(&self, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        request(self.addr, "POST", path, headers, body)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The JSON error code of an error reply.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"].as_str().unwrap_or("").to_string()
    }
}

/// One request with `Connection: close`; the reply is read to the end.
pub fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(120))).expect("timeout");
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("write head");
    // A server may answer (413) before reading a large body; a failed write is fine then.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse(&raw)
}

fn parse(raw: &[u8]) -> Reply {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete response head");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
        body = unchunk(&body);
    }
    Reply { status, headers, body: String::from_utf8_lossy(&body).to_string() }
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        out.extend_from_slice(&data[start..(start + size).min(data.len())]);
        data = &data[(start + size + 2).min(data.len())..];
    }
    out
}

/// Percent-encodes an id for a path.
pub fn seg(id: &str) -> String {
    id.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
