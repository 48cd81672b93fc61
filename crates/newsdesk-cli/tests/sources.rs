//! End-to-end tests of the inputs beyond `.txt`/`.jsonl`: web pages, feeds, web archives,
//! the bad-input fixes of issue 15, and a battery of malformed inputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../newsdesk/tests/data/ingest")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsdesk-sources-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs `cmd`, killing it after `limit` (a hang fails the test instead of blocking it).
/// Output is collected on another thread, so a full pipe never stalls the child.
fn run_within(cmd: &mut Command, limit: Duration) -> Output {
    let child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.expect("output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("{cmd:?} did not finish within {limit:?}");
        }
    }
}

fn run(cmd: &mut Command) -> Output {
    run_within(cmd, Duration::from_secs(60))
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn clean_a_page_prints_its_body_and_metadata() {
    let out = run(bin().arg("clean").arg(fixtures().join("lighthouse.html")));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let articles = lines(&out);
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(a["id"], "lighthouse");
    assert_eq!(a["title"], "Lighthouse on Skerra Point relit after forty years");
    assert_eq!(a["date"], "2031-05-14");
    assert_eq!(a["url"], "https://www.northcoast-courier.example/news/skerra-lighthouse-relit");
    assert_eq!(a["source"], "The Northcoast Courier");
    let sentences: Vec<&str> =
        a["sentences"].as_array().map_or(vec![], |s| s.iter().filter_map(|x| x.as_str()).collect());
    assert!(sentences[0].starts_with("The lighthouse on Skerra Point shone again"), "{sentences:?}");
    let all = sentences.join(" ");
    for junk in
        ["cookies", "Share on", "wonderful evening", "Most read", "relit after forty years", "Registered office"]
    {
        assert!(!all.contains(junk), "{junk:?} in {all}");
    }
}

#[test]
fn brief_of_a_directory_of_every_format() {
    let dir = scratch("formats");
    for f in ["lighthouse.html", "cafe_latin1.html", "council_feed.atom", "archive.warc.gz"] {
        std::fs::copy(fixtures().join(f), dir.join(f)).expect("copy");
    }
    std::fs::write(
        dir.join("note.txt"),
        " date 2031-05-15\nThe harbour council thanked the Skerra Light Trust on Wednesday.",
    )
    .expect("write");
    let out = run(bin().arg("brief").arg(&dir).args(["--format", "json"]));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let brief: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let ids: Vec<&str> =
        brief["articles"].as_array().map_or(vec![], |a| a.iter().filter_map(|x| x["id"].as_str()).collect());
    assert_eq!(ids.len(), 7, "{ids:?}");
    for id in [
        "lighthouse",
        "cafe_latin1",
        "tag:council-watch.example,2031:cycle-lanes",
        "https://corran-post.example/night-buses",
        "note",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let md = run(bin().arg("brief").arg(&dir).args(["--format", "markdown"]));
    assert_eq!(md.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn a_fifo_argument_or_entry_does_not_hang() {
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    if !made {
        eprintln!("SKIPPED: mkfifo is not available");
        return;
    }
    std::fs::write(dir.join("good.txt"), "The ferry runs again from Monday, the operator said.").expect("write");
    for args in [vec![fifo.clone(), dir.join("good.txt")], vec![dir.clone()]] {
        let out = run_within(bin().arg("clean").args(&args), Duration::from_secs(20));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("pipe.txt: not a regular file"), "{stderr}");
        assert_eq!(lines(&out).len(), 1);
    }
}

#[test]
fn markdown_ids_cannot_break_out_of_their_code_span() {
    let dir = scratch("md-ids");
    let jsonl = "{\"id\":\"evil`id\\n# Injected heading\",\"text\":\"The bridge over the Orra river reopened on Monday after repairs, the city said.\"}\n";
    std::fs::write(dir.join("a.jsonl"), jsonl).expect("write");
    let out = run(bin().arg("brief").arg(dir.join("a.jsonl")).args(["--format", "markdown"]));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(!md.lines().any(|l| l.starts_with("# Injected")), "{md}");
    assert!(md.contains("``evil`id\\n# Injected heading``"), "{md}");
}

#[test]
fn bom_jsonl_on_stdin_is_jsonl() {
    let mut child = bin()
        .args(["clean", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ =
            stdin.write_all(b"\xef\xbb\xbf{\"id\":\"s1\",\"text\":\"First.\"}\n{\"id\":\"s2\",\"text\":\"Second.\"}\n");
    }
    let out = child.wait_with_output().expect("output");
    let ids: Vec<String> = lines(&out).iter().filter_map(|a| a["id"].as_str().map(str::to_string)).collect();
    assert_eq!(ids, ["s1", "s2"]);
}

/// A deterministic byte generator for the malformed battery.
struct Lcg(u64);

impl Lcg {
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n)
            .map(|_| {
                self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                (self.0 >> 33) as u8
            })
            .collect()
    }
}

/// At least 200 malformed inputs: (file name, bytes).
fn malformed() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut rng = Lcg(7);
    let sources = [
        "lighthouse.html",
        "cafe_latin1.html",
        "harbour_feed.rss",
        "council_feed.atom",
        "archive.warc",
        "archive.warc.gz",
    ];
    for (k, f) in sources.iter().enumerate() {
        let bytes = std::fs::read(fixtures().join(f)).expect("fixture");
        let ext = f.split_once('.').map_or("", |(_, e)| e);
        for cut in 1..=16 {
            out.push((format!("cut{k}_{cut}.{ext}"), bytes[..bytes.len() * cut / 17].to_vec()));
        }
        // Flipped bytes in the middle.
        let mut flipped = bytes.clone();
        for i in (bytes.len() / 3..bytes.len() / 2).step_by(7) {
            flipped[i] ^= 0xa5;
        }
        out.push((format!("flip{k}.{ext}"), flipped));
    }
    for (k, ext) in ["html", "htm", "xml", "rss", "atom", "warc", "warc.gz", "txt", "jsonl"].iter().enumerate() {
        out.push((format!("empty{k}.{ext}"), Vec::new()));
        for n in 0..3 {
            out.push((format!("noise{k}_{n}.{ext}"), rng.bytes(64 << (3 * n))));
        }
        out.push((format!("nul{k}.{ext}"), vec![0; 4096]));
        out.push((format!("utf16_{k}.{ext}"), "<p>wide text</p>".encode_utf16().flat_map(u16::to_le_bytes).collect()));
    }
    let hostile: Vec<Vec<u8>> = vec![
        "<div>".repeat(200_000).into_bytes(),
        format!("<p title=\"{}\">x</p>", "a".repeat(2_000_000)).into_bytes(),
        b"<html><body><!-- never closed <p>text</p>".to_vec(),
        b"<html><script>while(1){}".to_vec(),
        "&amp;".repeat(300_000).into_bytes(),
        b"<html><body><p>\xff\xfe\xfd broken utf-8 \xc3</p></body></html>".to_vec(),
        b"<html><head><meta charset=\"x-unknown-charset\"></head><body><p>a</p></body></html>".to_vec(),
        b"<html><head><meta charset=\"utf-16\"></head></html>".to_vec(),
        b"<<<<>>>><</</<!<!--<?".to_vec(),
        "<table><tr><td>".repeat(50_000).into_bytes(),
    ];
    for (k, h) in hostile.into_iter().enumerate() {
        out.push((format!("hostile{k}.html"), h));
    }
    let feeds = [
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>a</title><pubDate>32 Foo 99999</pubDate></item></channel></rss>",
        "<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>",
        "<?xml version='1.0'?><rss version='2.0'><channel><item></item><item/></channel></rss>",
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><updated>yesterday</updated></entry></feed>",
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><content type='html'>&lt;p&gt;</content></entry></feed>",
        "<?xml version='1.0' encoding='x-nonsense'?><rss><channel><item><description>d</description></item></channel></rss>",
        "<?xml version='1.0'?><html><body><p>not a feed</p></body></html>",
        "<?xml version='1.0'?><rss version='2.0'><channel><item><description>&undefined;</description></item></channel></rss>",
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]><rss><channel><item><description>&b;</description></item></channel></rss>",
        "<rss><channel><item><title>unclosed",
    ];
    for (k, f) in feeds.iter().enumerate() {
        out.push((format!("feed{k}.xml"), f.as_bytes().to_vec()));
        out.push((format!("feed{k}.rss"), f.as_bytes().to_vec()));
    }
    let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>";
    let warcs: Vec<Vec<u8>> = vec![
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n".to_vec(),
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999999999999\r\n\r\n".to_vec(),
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10".to_vec(),
        b"WARC/1.0\r\nWARC-Type: response\r\n\r\nno length".to_vec(),
        [
            &b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nContent-Length: 20\r\n\r\n"[..],
            page,
        ]
        .concat(),
        b"NOT/1.0\r\n\r\n".to_vec(),
        vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3],
        [
            &b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://b.example/\r\nContent-Length: 52\r\n\r\n"[..],
            &b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\nnot gzip"[..],
        ]
        .concat(),
        [
            &b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://c.example/\r\nContent-Length: 75\r\n\r\n"[..],
            &b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\nzz\r\nbroken\r\n"[..],
        ]
        .concat(),
        b"WARC/1.0\r\n".repeat(1000),
    ];
    for (k, w) in warcs.into_iter().enumerate() {
        out.push((format!("warc{k}.warc"), w));
    }
    let jsonls = [
        "{",
        "[]",
        "{\"id\":\"x\"}",
        "{\"text\":\"y\"}",
        "{\"id\":true,\"text\":\"z\"}",
        "{\"id\":\"q\",\"text\":\"\"}",
        "{\"id\":\"r\",\"text\":5}",
        "null",
    ];
    for (k, j) in jsonls.iter().enumerate() {
        out.push((format!("bad{k}.jsonl"), j.as_bytes().to_vec()));
    }
    for (k, t) in [" date 0000-01-03\n", " date tomorrow\n", "\u{feff}\n\n", " date 2031-02-30\n"].iter().enumerate() {
        out.push((format!("date{k}.txt"), t.as_bytes().to_vec()));
    }
    out
}

#[test]
fn malformed_battery_every_input_named_or_read_nothing_lost() {
    let inputs = malformed();
    assert!(inputs.len() >= 200, "{} inputs", inputs.len());
    let dir = scratch("battery");
    let mut expected_articles = 0;
    for (name, bytes) in &inputs {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = run_within(bin().arg("clean").arg(&path), Duration::from_secs(60));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        assert!(matches!(code, Some(0 | 2)), "{name}: exit {code:?}\n{stderr}");
        let n = lines(&out).len();
        expected_articles += n;
        // Read, or named with a reason: never silently dropped.
        assert!(
            n > 0 || stderr.contains(&format!("{}:", path.display())),
            "{name}: nothing read and not named:\n{stderr}"
        );
        if code == Some(0) {
            assert!(n > 0, "{name}");
        }
    }
    std::fs::write(dir.join("zz_good.txt"), "The harbour reopened on Monday after the storm, officials said.")
        .expect("write");
    let out = run_within(bin().arg("clean").arg(&dir), Duration::from_secs(300));
    assert_eq!(out.status.code(), Some(2));
    let all = lines(&out);
    assert_eq!(all.len(), expected_articles + 1, "the whole directory gives what the files give one by one");
    let mut ids: Vec<&str> = all.iter().filter_map(|a| a["id"].as_str()).collect();
    assert!(ids.contains(&"zz_good"));
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "ids are unique");
}
