//! The README's first command, end to end: `scripts/demo.sh` (run with the binary under test)
//! ingests the built-in example desk into a store, prints the stories and a brief in Markdown
//! and writes a digest; a second run adds nothing. The stories are scored against the desk's
//! gold (`examples/desk.gold.jsonl`) with the library's own cluster evaluation.

use newsdesk::eval::clusters::{align, parse_labels, score, OnMissing};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn demo(out: &Path) -> Output {
    Command::new("bash")
        .arg(repo().join("scripts/demo.sh"))
        .env("NEWSDESK", env!("CARGO_BIN_EXE_newsdesk"))
        .env("DEMO_DIR", out)
        .env_remove("NEWSDESK_DB")
        .stdin(Stdio::null())
        .output()
        .expect("bash runs the demo")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `{"id", "cluster"}` lines of the stored stories (a storyless article is left out here and
/// scored as a story of its own).
fn predicted(db: &Path) -> (String, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["stories", "--json", "--members", "--db"])
        .arg(db)
        .output()
        .expect("newsdesk runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut lines = String::new();
    let mut members = Vec::new();
    for line in text(&out.stdout).lines() {
        let story: Value = serde_json::from_str(line).expect("a JSON line");
        for m in story["members"].as_array().expect("members") {
            let id = m.as_str().expect("an id").to_string();
            lines.push_str(&serde_json::json!({"id": id, "cluster": story["id"]}).to_string());
            lines.push('\n');
            members.push(id);
        }
    }
    (lines, members)
}

#[test]
fn the_readme_main_job_on_the_example_desk() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let first = demo(dir.path());
    let stdout = text(&first.stdout);
    assert!(first.status.success(), "demo failed:\n{stdout}\n{}", text(&first.stderr));
    assert!(stdout.contains("57 read, 57 new"), "{stdout}");
    assert!(stdout.contains("== newsdesk stories"), "{stdout}");
    // The brief is Markdown with cited sources, and the digest's index exists.
    assert!(stdout.contains("\n# ") && stdout.contains("## "), "{stdout}");
    let index = dir.path().join("desk-digest/index.html");
    assert!(stdout.contains(&format!("digest written: {}", index.display())), "{stdout}");
    let page = std::fs::read_to_string(&index).expect("the digest's index");
    assert!(page.matches("<tr><td><a href=").count() >= 7, "{page}");

    // The stories against the gold: BCubed F1 and the junk pages without a story.
    let gold_text = std::fs::read_to_string(repo().join("examples/desk.gold.jsonl")).expect("the gold");
    let gold = parse_labels(&gold_text).expect("gold labels");
    let (pred_text, members) = predicted(&dir.path().join("example-desk.db"));
    let pred = parse_labels(&pred_text).expect("predicted labels");
    let (g, p) = align(&gold, &pred, OnMissing::Singleton).expect("aligned");
    let scores = score(&g, &p).expect("scores");
    assert!(scores.bcubed_f1 >= 0.95, "BCubed F1 {:.4} on the example desk: {scores:?}", scores.bcubed_f1);
    // Junk pages (error, archive, paywall, consent, embed) never join a real story: each is
    // storyless or in a story holding junk only.
    let mut junk = std::collections::HashSet::new();
    for line in gold_text.lines() {
        let g: Value = serde_json::from_str(line).expect("a gold line");
        if g["junk"] == Value::Bool(true) {
            junk.insert(g["id"].as_str().expect("an id").to_string());
        }
    }
    assert_eq!(junk.len(), 5);
    for story in pred_text.lines().map(|l| serde_json::from_str::<Value>(l).expect("a line")) {
        let key = story["cluster"].to_string();
        let in_story: Vec<&str> = pred.iter().filter(|(_, c)| *c == key).map(|(id, _)| id.as_str()).collect();
        let junk_members = in_story.iter().filter(|id| junk.contains(**id)).count();
        assert!(junk_members == 0 || junk_members == in_story.len(), "junk in a real story: {in_story:?}");
    }
    assert!(members.len() >= 52, "{members:?}");

    // Running it again adds nothing and still succeeds.
    let second = demo(dir.path());
    let stdout = text(&second.stdout);
    assert!(second.status.success(), "second run failed:\n{stdout}\n{}", text(&second.stderr));
    assert!(stdout.contains("57 read, 0 new (0 near copies), 57 duplicates, 0 failed"), "{stdout}");
}
