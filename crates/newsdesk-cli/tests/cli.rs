//! End-to-end tests of the `newsdesk` binary: contract output, bad input, the shared gold checks.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared` beside the repository, when present.
fn shared() -> Option<PathBuf> {
    let p = repo().join("../shared");
    if p.join("gold/seeds.json").exists() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared is absent; the shared gold checks did not run");
        None
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsdesk-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("newsdesk runs")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn check_brief(brief: &Output, gold: &Path, only: &str) {
    let stem = gold.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let file = scratch(&format!("check-{stem}")).join("brief.json");
    std::fs::write(&file, &brief.stdout).unwrap();
    let tool = repo().join("../shared/tools/check_brief.py");
    let out =
        Command::new("python3").arg(tool).arg(&file).arg(gold).args(["--only", only]).output().expect("python3 runs");
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(out.status.success(), "check_brief failed:\n{report}");
}

const FOUNDATION_CHECKS: &str = "articles,dates,junk-dropped,content-kept,citations-verifiable,summary-clean";
const ALL_CHECKS: &str = "articles,dates,junk-dropped,content-kept,entities,no-wrong-merge-or-split,citations-verifiable,quotes-attributed,timeline,figures,divergences,summary-clean";

#[test]
fn seeds_pass_every_gold_check() {
    let Some(shared) = shared() else { return };
    let out = run(bin().arg("brief").arg(shared.join("seeds")).args(["--format", "json"]));
    check_brief(&out, &shared.join("gold/seeds.json"), ALL_CHECKS);
}

#[test]
fn our_example_passes_every_gold_check() {
    if shared().is_none() {
        return;
    }
    let out = run(bin().arg("brief").arg(repo().join("examples/harbor-strike")));
    check_brief(&out, &repo().join("examples/harbor-strike.gold.json"), ALL_CHECKS);
}

#[test]
fn seeds_pass_the_foundation_checks() {
    let Some(shared) = shared() else { return };
    let out = run(bin().arg("brief").arg(shared.join("seeds")).args(["--format", "json"]));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    check_brief(&out, &shared.join("gold/seeds.json"), FOUNDATION_CHECKS);
}

#[test]
fn our_example_passes_the_foundation_checks() {
    if shared().is_none() {
        return;
    }
    let out = run(bin().arg("brief").arg(repo().join("examples/harbor-strike")));
    assert!(out.status.success());
    check_brief(&out, &repo().join("examples/harbor-strike.gold.json"), FOUNDATION_CHECKS);
}

#[test]
fn json_has_every_contract_key_and_valid_citations() {
    let out = run(bin().arg("brief").arg(repo().join("examples/harbor-strike")).args(["--words", "60"]));
    let v = json(&out);
    for key in ["articles", "summary", "entities", "quotes", "figures", "timeline", "divergences"] {
        assert!(v[key].is_array(), "missing {key}");
    }
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    let words: usize =
        v["summary"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap().split_whitespace().count()).sum();
    assert!(words > 0 && words <= 60, "summary of {words} words");
    for item in v["summary"].as_array().unwrap() {
        let cited: Vec<&str> = item["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let a = articles.iter().find(|a| a["id"] == c["article"]).expect("cited article exists");
                a["sentences"][c["sentence"].as_u64().unwrap() as usize].as_str().expect("cited sentence exists")
            })
            .collect();
        assert_eq!(cited[0], item["text"].as_str().unwrap(), "first citation is the summary sentence itself");
    }
}

#[test]
fn markdown_and_html_render() {
    let dir = repo().join("examples/harbor-strike");
    let md = run(bin().arg("brief").arg(&dir).args(["--format", "markdown"]));
    let md = String::from_utf8(md.stdout).unwrap();
    for section in [
        "## Summary",
        "## People, organisations and places",
        "## Who said what",
        "## Key figures",
        "## Timeline",
        "## Where the sources differ",
        "## Sources",
    ] {
        assert!(md.contains(section), "missing {section}:\n{md}");
    }
    let html = run(bin().arg("brief").arg(&dir).args(["--format", "html"]));
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Content-Security-Policy"));
    assert!(html.contains("<h2>Timeline</h2>") && html.contains("<h2>Who said what</h2>"));
}

#[test]
fn html_escapes_script_from_input() {
    let dir = scratch("xss");
    std::fs::write(
        dir.join("evil.txt"),
        "Port <script>alert(1)</script> strike\n\nDockworkers at the port of Valmora walked out on Monday <img src=x onerror=alert(2)> at dawn.",
    )
    .unwrap();
    let out = run(bin().arg("brief").arg(&dir).args(["--format", "html"]));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("<script>") && !html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_processed() {
    let dir = scratch("bad");
    std::fs::write(
        dir.join("good.txt"),
        " date 2023-03-14 Port strike\n\nDockworkers at the port of Valmora walked out on Monday.",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x00\x01\x02PNG\x00").unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Caf\xe9 strike\n\nWorkers at the caf\xe9 walked out on Monday morning.\nThe owners said little.",
    )
    .unwrap();
    std::fs::write(
        dir.join("lines.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Cranes stood idle at the port on Tuesday as the strike went on.\"}\n{not json\n",
    )
    .unwrap();
    let mut huge = b"{\"id\":\"j2\",\"text\":\"".to_vec();
    huge.extend(std::iter::repeat_n(b'a', 50 * 1024 * 1024));
    huge.extend(b"\"}\n{\"id\":\"j3\",\"text\":\"The union met the operator on Wednesday.\"}\n");
    std::fs::write(dir.join("huge.jsonl"), huge).unwrap();
    let out = run(bin().arg("brief").arg(&dir).arg(dir.join("missing.txt")));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for needle in [
        "empty.txt: empty",
        "binary.txt: binary",
        "latin1.txt:1: invalid UTF-8",
        "lines.jsonl:2: malformed JSON",
        "huge.jsonl:1: line 1 is 52428",
        "missing.txt: cannot read",
    ] {
        assert!(err.contains(needle), "stderr lacks {needle:?}:\n{err}");
    }
    let v = json(&out);
    let ids: Vec<&str> = v["articles"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good", "j3", "latin1", "j1"]);
}

#[test]
fn stdin_is_read_as_text_or_jsonl() {
    let mut child = bin().args(["brief", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"{\"id\":\"s1\",\"text\":\"The port of Valmora reopened on Friday after talks.\",\"date\":\"2023-03-17\"}\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["articles"][0]["id"], "s1");
    assert_eq!(v["articles"][0]["date"], "2023-03-17");
}

#[test]
fn undated_article_keeps_null_date() {
    let out = run(bin().arg("brief").arg(repo().join("examples/harbor-strike/05_harbourside_daily.txt")));
    assert!(json(&out)["articles"][0]["date"].is_null());
}

#[test]
fn brief_survives_the_whole_multinews_sample_as_one_story() {
    let Some(shared) = shared() else { return };
    let clusters = std::fs::read_to_string(shared.join("data/multinews/multinews_test_sample250.jsonl")).unwrap();
    let mut lines = String::new();
    for cluster in clusters.lines() {
        let c: serde_json::Value = serde_json::from_str(cluster).unwrap();
        for doc in c["docs"].as_array().unwrap() {
            let article = serde_json::json!({"id": format!("{}/{}", c["id"].as_str().unwrap(), doc["id"].as_str().unwrap()), "text": doc["text"]});
            lines.push_str(&article.to_string());
            lines.push('\n');
        }
    }
    let file = scratch("multinews").join("articles.jsonl");
    std::fs::write(&file, lines).unwrap();
    let out = run(bin().arg("brief").arg(&file));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out);
    assert_eq!(v["articles"].as_array().unwrap().len(), 666);
    assert!(!v["quotes"].as_array().unwrap().is_empty() && !v["entities"].as_array().unwrap().is_empty());
}
