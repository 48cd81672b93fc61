//! A shared deployment on loopback: a NATS server of its own (JetStream, a temporary store
//! directory, a free port), a fresh PostgreSQL database, three extraction workers, one
//! clusterer, two API servers and a follower of story events ingest the example desk grown to
//! 20,000 articles. Mid-run one worker is killed (`kill -9`) and restarted, and the NATS
//! server is stopped and started again. At the end every article is stored once and every
//! article's story equals that of one `newsdesk ingest` process on the same input.
//! Skipped with a message when PostgreSQL or `nats-server` is absent.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ARTICLES: usize = 20_000;
const STEP: &str = "2000";
const PG_DEFAULT: &str = "postgres://postgres@127.0.0.1:5432/test?connect_timeout=3";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `nats-server`: $NEWSDESK_TEST_NATS_SERVER, else on the PATH, else Debian's /usr/sbin.
fn nats_server() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("NEWSDESK_TEST_NATS_SERVER") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var("PATH").unwrap_or_default();
    let dirs = path.split(':').map(PathBuf::from).chain(["/usr/sbin".into(), "/usr/local/bin".into()]);
    dirs.map(|d| d.join("nats-server")).find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn wait_for(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
    let t = Instant::now();
    while !ready() {
        assert!(t.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A process whose output goes to `dir/name.log`; killed when dropped.
struct Proc {
    child: Child,
    log: PathBuf,
}

impl Proc {
    fn start(cmd: &mut Command, dir: &Path, name: &str) -> Self {
        let log = dir.join(format!("{name}.log"));
        let file = std::fs::File::create(&log).expect("log file");
        let err = file.try_clone().expect("log file");
        let child = cmd.stdin(Stdio::null()).stdout(file).stderr(err).spawn().expect("process starts");
        Self { child, log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn signal(&mut self, signal: &str) {
        let _ = Command::new("kill").args([signal, &self.child.id().to_string()]).status();
        let _ = self.child.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The NATS server: started, stopped and started again on one port and one store directory.
struct Nats {
    port: u16,
    dir: PathBuf,
    binary: PathBuf,
    proc: Option<Proc>,
    starts: usize,
}

impl Nats {
    fn start(&mut self) {
        self.starts += 1;
        let store = self.dir.join("jetstream");
        let mut cmd = Command::new(&self.binary);
        cmd.args(["-js", "-a", "127.0.0.1", "-p", &self.port.to_string(), "-sd"]).arg(&store);
        self.proc = Some(Proc::start(&mut cmd, &self.dir, &format!("nats-{}", self.starts)));
        let port = self.port;
        wait_for("nats-server listening", Duration::from_secs(20), || TcpStream::connect(("127.0.0.1", port)).is_ok());
    }

    /// A clean stop (the server flushes its store), which cuts every client's connection.
    fn stop(&mut self) {
        if let Some(mut p) = self.proc.take() {
            p.signal("-TERM");
        }
    }

    fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }
}

/// A database of its own on the test server, dropped at the end.
struct Database {
    admin: String,
    name: String,
    url: String,
}

impl Database {
    fn create(admin: &str) -> Option<Self> {
        let mut client = match postgres::Client::connect(admin, postgres::NoTls) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("SKIP multi-process workers test: PostgreSQL does not answer: {e}");
                return None;
            }
        };
        let name = format!("newsdesk_workers_{}", std::process::id());
        let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"));
        client.batch_execute(&format!("CREATE DATABASE {name}")).expect("CREATE DATABASE");
        let (base, query) = admin.split_once('?').unwrap_or((admin, ""));
        let server = base.rsplit_once('/').map_or(base, |(s, _)| s);
        let url = if query.is_empty() { format!("{server}/{name}") } else { format!("{server}/{name}?{query}") };
        Some(Self { admin: admin.to_string(), name, url })
    }

    fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("connect to the test database")
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// `GET path` on a server: status line and body.
fn get(port: u16, path: &str) -> Option<(String, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").ok()?;
    let mut response = String::new();
    s.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    Some((head.lines().next()?.to_string(), body.to_string()))
}

/// Article (and exact copy) id → story id, from `newsdesk stories --json --members`.
fn assignment(db: &str) -> BTreeMap<String, String> {
    let out = bin().args(["stories", "--json", "--members", "--db", db]).output().expect("newsdesk runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut map = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let story: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let id = story["id"].as_str().unwrap_or_default().to_string();
        for m in story["members"].as_array().cloned().unwrap_or_default() {
            let previous = map.insert(m.as_str().unwrap_or_default().to_string(), id.clone());
            assert!(previous.is_none(), "{m} is in two stories");
        }
    }
    map
}

#[test]
fn workers_over_nats_make_the_stories_of_one_process() {
    let Some(binary) = nats_server() else {
        eprintln!("SKIP multi-process workers test: no nats-server (apt install nats-server)");
        return;
    };
    let admin = std::env::var("NEWSDESK_TEST_POSTGRES").unwrap_or_else(|_| PG_DEFAULT.to_string());
    let Some(db) = Database::create(&admin) else { return };
    let dir = std::env::temp_dir().join(format!("newsdesk-workers-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let started = Instant::now();

    // The input: the example desk grown to 20,000 articles over 100 days.
    let out = bin()
        .args(["bench", "desk"])
        .arg(repo().join("examples/desk"))
        .args(["--articles", &ARTICLES.to_string(), "--per-day", "200", "--stream-only", "--dir"])
        .arg(&dir)
        .output()
        .expect("newsdesk runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stream = dir.join("stream.jsonl");

    let mut nats = Nats { port: free_port(), dir: dir.clone(), binary, proc: None, starts: 0 };
    nats.start();
    let url = nats.url();
    let worker = |n: usize| {
        Proc::start(bin().args(["worker", "--role", "extract", "--nats", &url]), &dir, &format!("extract-{n}"))
    };
    let clusterer = Proc::start(
        bin()
            .args(["worker", "--role", "cluster", "--nats", &url, "--db", &db.url, "--step", STEP, "--no-briefs"])
            .args(["--idle-exit", "20"]),
        &dir,
        "cluster",
    );
    let mut workers = vec![worker(1), worker(2), worker(3)];
    let follower = Proc::start(bin().args(["worker", "--role", "follow", "--nats", &url]), &dir, "follow");
    let ports = [free_port(), free_port()];
    let _servers: Vec<Proc> = ports
        .iter()
        .enumerate()
        .map(|(i, port)| {
            let addr = format!("127.0.0.1:{port}");
            Proc::start(bin().args(["serve", "--db", &db.url, "--addr", &addr]), &dir, &format!("serve-{i}"))
        })
        .collect();
    for port in ports {
        wait_for("newsdesk serve", Duration::from_secs(30), || get(port, "/healthz").is_some());
    }
    let publisher = Proc::start(bin().args(["publish", "--nats", &url]).arg(&stream), &dir, "publish");
    // The one-process run on the same input, meanwhile.
    let single = dir.join("single.db");
    let mut one = Proc::start(
        bin().arg("ingest").arg(&stream).arg("--db").arg(&single).args(["--step", STEP, "--no-briefs"]),
        &dir,
        "single",
    );

    // Faults: a worker killed mid-extraction and restarted; then the NATS server goes away.
    std::thread::sleep(Duration::from_millis(1500));
    workers[0].signal("-KILL");
    workers.push(worker(4));
    let mut pg = db.client();
    let stored = |pg: &mut postgres::Client| -> i64 {
        pg.query_one("SELECT count(*) FROM articles", &[]).map(|r| r.get(0)).unwrap_or(0)
    };
    wait_for("a first step written", Duration::from_secs(120), || stored(&mut pg) > 0);
    for port in ports {
        let (status, body) = get(port, "/api/v1/stories").expect("serve answers mid-run");
        assert!(status.contains("200") && body.contains("\"stories\""), "{status} {body}");
    }
    nats.stop();
    std::thread::sleep(Duration::from_secs(2));
    nats.start();

    // The end: the publisher says where its end mark is; the clusterer gets past it and exits.
    let mut publisher = publisher;
    let _ = publisher.child.wait();
    let log = publisher.log();
    let end: u64 = log
        .split("end mark ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("publisher: {log}"));
    let mut clusterer = clusterer;
    let t = Instant::now();
    while clusterer.child.try_wait().ok().flatten().is_none() {
        assert!(t.elapsed() < Duration::from_secs(240), "clusterer still running: {}", clusterer.log());
        std::thread::sleep(Duration::from_millis(200));
    }
    let report = clusterer.log();
    println!("{report}");
    let position: i64 = pg
        .query_one("SELECT position FROM stream_cursors WHERE name = 'cluster-all'", &[])
        .map(|r| r.get(0))
        .expect("the clusterer's position");
    assert_eq!(position as u64, (end + 1) << 24, "the clusterer stopped before the end mark:\n{report}");
    assert!(one.child.wait().map(|s| s.success()).unwrap_or(false), "{}", one.log());

    // Every article once: ids, URLs and texts unique, as many as the one process stored.
    let row = pg
        .query_one("SELECT count(*), count(DISTINCT url), count(DISTINCT content_hash) FROM articles", &[])
        .expect("counts");
    let (n, urls, hashes): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
    assert_eq!((urls, hashes), (n, n));
    let whole = assignment(single.to_str().unwrap());
    let shared = assignment(&db.url);
    let single_articles = whole.len();
    assert!(single_articles >= ARTICLES * 9 / 10, "{single_articles}");
    let differ: Vec<_> = whole.iter().filter(|(a, s)| shared.get(*a) != Some(*s)).take(5).collect();
    assert!(
        differ.is_empty() && whole.len() == shared.len(),
        "{} vs {} assigned; first differences: {differ:?}",
        whole.len(),
        shared.len()
    );

    // Both servers answer the same stories from the shared store.
    for port in ports {
        let (status, _) = get(port, "/api/v1/stories?limit=100").expect("serve answers");
        assert!(status.contains("200"), "{status}");
    }
    wait_for("both servers agree", Duration::from_secs(15), || {
        let a = get(ports[0], "/api/v1/stories?limit=100").map(|r| r.1);
        a.is_some() && a == get(ports[1], "/api/v1/stories?limit=100").map(|r| r.1)
    });
    drop(follower);
    let events = std::fs::read_to_string(dir.join("follow.log")).unwrap_or_default();
    assert!(events.lines().any(|l| l.contains("\"stories\"")), "no story event seen: {events}");
    println!(
        "workers test: {n} articles stored once, {} stories, assignment equal to one process; {:.0} s",
        shared.values().collect::<std::collections::BTreeSet<_>>().len(),
        started.elapsed().as_secs_f64()
    );
    drop(workers);
    drop(nats);
    let _ = std::fs::remove_dir_all(&dir);
}
