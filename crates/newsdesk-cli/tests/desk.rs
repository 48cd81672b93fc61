//! End-to-end tests of the desk commands on our own invented articles: the store, the JSON
//! lines of the contract, the digest, and a large ingest killed at random points.

use newsdesk::store::{SqliteStore, Store};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdesk"));
    cmd.env_remove("NEWSDESK_DB");
    cmd
}

fn pile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../newsdesk/src/desk/testdata").join(name)
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("newsdesk runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn lines(out: &Output) -> Vec<Value> {
    stdout(out).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().expect("an object").keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

#[test]
fn ingest_stories_brief_and_search() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("desk.db");
    let db = db.to_str().unwrap();
    let first = run(bin().args(["ingest", "--db", db]).arg(pile("week1.jsonl")).arg(pile("week2.jsonl")));
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(stdout(&first).contains("19 read, 17 new"), "{}", stdout(&first));
    let again = run(bin().args(["ingest", "--db", db]).arg(pile("week1.jsonl")).arg(pile("week2.jsonl")));
    assert!(again.status.success());
    assert!(stdout(&again).contains("19 read, 0 new (0 near copies), 19 duplicates, 0 failed"), "{}", stdout(&again));

    let stories = lines(&run(bin().args(["stories", "--json", "--db", db])));
    assert_eq!(stories.len(), 4);
    for s in &stories {
        assert_eq!(keys(s), ["articles", "first_seen", "id", "languages", "last_seen", "outlets", "title"]);
    }
    let port =
        stories.iter().find(|s| s["title"].as_str().unwrap_or_default().contains("Valmora")).expect("port story");
    assert_eq!(port["articles"], 6);
    assert_eq!(port["first_seen"], "2031-03-02");
    assert_eq!(port["languages"], serde_json::json!(["en"]));
    let since = lines(&run(bin().args(["stories", "--json", "--since", "2031-03-09", "--db", db])));
    assert_eq!(since.len(), 4);
    assert!(run(bin().args(["stories", "--json", "--since", "2031-04-01", "--db", db])).stdout.is_empty());
    let bad = run(bin().args(["stories", "--since", "yesterday", "--db", db]));
    assert!(!bad.status.success());

    let id = port["id"].as_str().unwrap();
    let brief: Value = serde_json::from_slice(&run(bin().args(["brief", "--story", id, "--db", db])).stdout).unwrap();
    assert_eq!(brief["title"], port["title"]);
    assert_eq!(brief["articles"].as_array().unwrap().len(), 6);
    let md = stdout(&run(bin().args(["brief", "--story", id, "--format", "markdown", "--db", db])));
    assert!(
        md.contains("**Harbor Daily**: [Strike halts cranes at Valmora port](https://harbordaily.example/"),
        "{md}"
    );
    let html = stdout(&run(bin().args(["brief", "--story", id, "--format", "html", "--db", db])));
    assert!(html.contains("href=\"https://harbordaily.example/news/"), "{html}");
    let unknown = run(bin().args(["brief", "--story", "s-none", "--db", db]));
    assert_eq!(unknown.status.code(), Some(2));

    let hits = lines(&run(bin().args(["search", "tram budget", "--json", "--db", db])));
    assert_eq!(hits.len(), 1);
    assert_eq!(keys(&hits[0]), ["article", "score", "snippet", "story", "title"]);
    assert!(hits[0]["article"].as_str().unwrap().starts_with("council"));
    // Members, with the id of the exact copy of port-1 among them.
    let with_members = lines(&run(bin().args(["stories", "--json", "--members", "--db", db])));
    let port_members = with_members.iter().find(|s| s["id"] == port["id"]).expect("port story")["members"].clone();
    let mut port_members: Vec<&str> = port_members.as_array().unwrap().iter().filter_map(Value::as_str).collect();
    port_members.sort_unstable();
    assert_eq!(port_members, ["port-1", "port-1-syndicated", "port-2", "port-3", "port-4", "port-5", "port-6"]);
    // The store named by the environment.
    let env = run(bin().args(["stories", "--json"]).env("NEWSDESK_DB", db));
    assert_eq!(lines(&env).len(), 4);
}

#[test]
fn an_unreachable_postgres_store_is_named_without_its_password() {
    let out = run(bin().args(["stories", "--db", "postgres://desk:secret@127.0.0.1:1/news?connect_timeout=2"]));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("desk@127.0.0.1:1/news") && err.contains("cannot connect") && !err.contains("secret"),
        "{err}"
    );
}

/// The desk commands on PostgreSQL give what they give on SQLite (skipped, with a message,
/// when no PostgreSQL server answers).
#[test]
fn postgres_desk_gives_the_sqlite_stories() {
    let url = std::env::var("NEWSDESK_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test?connect_timeout=3".into());
    let schema = format!("newsdesk_cli_test_{}", std::process::id());
    if let Err(e) = newsdesk::store::PostgresStore::open_in_schema(&url, &schema) {
        eprintln!("SKIP the PostgreSQL desk test: {e}");
        return;
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    let pg = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("desk.db");
    let sqlite = sqlite.to_str().unwrap();
    for db in [sqlite, pg.as_str()] {
        for _ in 0..2 {
            let out = run(bin()
                .args(["ingest", "--no-briefs", "--db", db])
                .arg(pile("week1.jsonl"))
                .arg(pile("week2.jsonl")));
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        }
    }
    let stories = |db: &str| stdout(&run(bin().args(["stories", "--json", "--members", "--db", db])));
    let search = |db: &str| lines(&run(bin().args(["search", "eruption ash", "--json", "--db", db])));
    let (on_pg, on_sqlite) = (stories(&pg), stories(sqlite));
    let (found_pg, found_sqlite) = (search(&pg), search(sqlite));
    newsdesk::store::PostgresStore::drop_schema(&url, &schema).unwrap();
    assert_eq!(on_pg, on_sqlite);
    assert_eq!(on_pg.lines().count(), 4);
    assert_eq!(found_pg.len(), 1);
    // The two engines rank articles differently; the story found is the same.
    assert_eq!(found_pg[0]["story"], found_sqlite[0]["story"]);
}

#[test]
fn reading_a_missing_store_does_not_create_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let out = run(bin().args(["search", "port", "--db"]).arg(&db));
    assert_eq!(out.status.code(), Some(2));
    assert!(!db.exists());
}

#[test]
fn digest_writes_an_index_and_a_brief_per_story() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("digest");
    let res = run(bin().arg("digest").arg(pile("week1.jsonl")).arg(pile("week2.jsonl")).arg("--out").arg(&out));
    assert!(res.status.success(), "{}", String::from_utf8_lossy(&res.stderr));
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let links: Vec<&str> = index.split("<a href=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
    assert_eq!(links.len(), 4, "{index}");
    for link in links {
        let page = std::fs::read_to_string(out.join(link)).unwrap();
        assert!(page.contains("Content-Security-Policy") && page.contains("<h2>Sources</h2>"));
    }
    assert!(index.contains("Coastal Wire, Harbor Daily, Valmora Post"), "{index}");
    assert!(index.contains("2031-03-02 – 2031-03-10"));
    assert!(!dir.path().join("newsdesk.db").exists());
}

#[test]
fn an_id_cannot_break_the_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("odd.jsonl");
    let line = serde_json::json!({"id": "a`b\n# injected", "text": "Dockworkers at the port of Valmora walked out on Monday over pay.", "url": "https://x.example/a)(b"});
    std::fs::write(&input, format!("{line}\n")).unwrap();
    let md = stdout(&run(bin().arg("brief").arg(&input).args(["--format", "markdown"])));
    assert!(!md.lines().any(|l| l.starts_with("# injected")), "{md}");
    assert!(md.contains("(https://x.example/a%29%28b)"), "{md}");
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// `n` invented articles about `n / 20` invented events over 30 days.
fn generated(path: &Path, n: usize) {
    const SYL: [&str; 16] =
        ["val", "mor", "kel", "dru", "bri", "sen", "tor", "lum", "os", "ka", "ren", "ul", "ba", "ti", "ne", "dor"];
    const THINGS: [&str; 6] =
        ["port strike", "volcano eruption", "tram vote", "river flood", "film festival", "bridge collapse"];
    let mut rng = Rng(0x5eed);
    let mut out = String::new();
    for i in 0..n {
        let event = i % (n / 20).max(1);
        let place = format!("{}{}{}", SYL[event % 16], SYL[(event / 16) % 16], SYL[(event / 256) % 16]);
        let place = format!("{}{}", place[..1].to_uppercase(), &place[1..]);
        let thing = THINGS[event % THINGS.len()];
        let day = 1 + (event % 28) + (rng.next() % 3) as usize;
        let text = format!(
            "Officials in {place} spoke about the {thing} on day {day}. The {thing} in {place} affected {} people, \
             said {place} mayor {}. Residents of {place} described the {thing} to reporters number {}. Report {i}.",
            100 + event * 7,
            SYL[(event + 3) % 16].to_uppercase(),
            rng.next() % 1000
        );
        let line = serde_json::json!({
            "id": format!("gen-{i}"), "title": format!("{thing} in {place}"), "date": format!("2032-01-{day:02}"),
            "source": format!("Outlet {}", i % 7), "url": format!("https://outlet{}.example/{i}", i % 7), "text": text,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

fn assert_consistent(db: &Path, expected: Option<usize>) -> usize {
    let store = SqliteStore::open(db).unwrap();
    let problems = store.check().unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let counts = store.counts().unwrap();
    if let Some(n) = expected {
        assert_eq!(counts.articles, n);
    }
    counts.articles
}

#[test]
fn a_killed_ingest_loses_nothing_and_duplicates_nothing() {
    const ARTICLES: usize = 3000;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pile.jsonl");
    generated(&input, ARTICLES);
    let db = dir.path().join("desk.db");
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64);
    eprintln!("kill seed {seed}");
    let mut rng = Rng(seed | 1);
    let ingest = |briefs: bool| {
        let mut cmd = bin();
        cmd.args(["ingest", "--step", "150", "--db"]).arg(&db).arg(&input);
        if !briefs {
            cmd.arg("--no-briefs");
        }
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        cmd
    };
    // Time one whole run to spread the kills over it.
    let t = Instant::now();
    let probe_db = dir.path().join("probe.db");
    let probe = run(bin().args(["ingest", "--step", "150", "--no-briefs", "--db"]).arg(&probe_db).arg(&input));
    assert!(probe.status.success());
    let whole = t.elapsed().as_millis().max(50) as u64;
    let mut stored = Vec::new();
    // Four kills while articles are written (each run gets a little further: a run over
    // what is stored goes faster), then one while briefs are built.
    for k in 0..5 {
        let briefs = k == 4;
        let at = if briefs { whole + rng.next() % (2 * whole) } else { rng.next() % (whole / 3) };
        let mut child = ingest(briefs).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(at));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        stored.push(assert_consistent(&db, None));
    }
    eprintln!("articles stored when killed: {stored:?}");
    let last = run(&mut ingest(true));
    assert!(last.status.success());
    assert_consistent(&db, Some(ARTICLES));
    // Every article once, every brief built, and nothing more to add.
    let store = SqliteStore::open(&db).unwrap();
    assert!(store.stale_stories().unwrap().is_empty());
    drop(store);
    let again = run(bin().args(["ingest", "--db"]).arg(&db).arg(&input));
    assert!(stdout(&again).contains(&format!("{ARTICLES} read, 0 new")), "{}", stdout(&again));
    assert_consistent(&db, Some(ARTICLES));
}

/// Our multilingual set (six events, each told in six languages): the desk makes one story
/// per event across languages, and `stories` names each story's languages.
#[test]
fn a_story_told_in_several_languages_is_one_story_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("multi.db");
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/multilingual");
    let out = run(bin().args(["ingest", "--no-briefs", "--db"]).arg(&db).arg(&set));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = lines(&run(bin().args(["stories", "--json", "--db"]).arg(&db)));
    let multilingual: Vec<&Value> =
        rows.iter().filter(|s| s["languages"].as_array().is_some_and(|l| l.len() >= 5)).collect();
    assert!(multilingual.len() >= 5, "{rows:?}");
    assert!(multilingual.iter().all(|s| s["articles"].as_u64().is_some_and(|n| (10..=12).contains(&n))), "{rows:?}");
    let plain = stdout(&run(bin().args(["stories", "--db"]).arg(&db)));
    assert!(plain.lines().any(|l| l.contains("[ar, ") && l.contains(", ru")), "{plain}");
}
