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

fn jsonl(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn story_of<'a>(lines: &'a [serde_json::Value], id: &str) -> &'a str {
    lines.iter().find(|l| l["id"] == id).and_then(|l| l["story"].as_str()).expect("article clustered")
}

#[test]
fn cluster_separates_events_and_marks_copies() {
    let out = run(bin().arg("cluster").arg(repo().join("examples/stream")).args(["--format", "jsonl"]));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = jsonl(&out);
    assert_eq!(lines.len(), 8, "every article exactly once");
    let s = |id| story_of(&lines, id);
    assert_eq!(s("ferry-coastal"), s("ferry-gazette"));
    assert_eq!(s("ferry-coastal"), s("ferry-islander"));
    let gazette = lines.iter().find(|l| l["id"] == "ferry-gazette").unwrap();
    assert_eq!(gazette["duplicate_of"], "ferry-coastal");
    assert!(lines.iter().filter(|l| l.get("duplicate_of").is_some()).count() == 1);
    // Two earthquakes are two stories, and neither is the ferry story.
    assert_ne!(s("quake-tarvos-1"), s("quake-kessa"));
    assert_ne!(s("quake-tarvos-1"), s("ferry-coastal"));
    // Pages that are only a tweet widget have no story, and say why (the contract's `null`).
    for id in ["widget", "widget-2"] {
        let line = lines.iter().find(|l| l["id"] == id).expect("every article once");
        assert!(line["story"].is_null() && line["reason"].as_str().is_some_and(|r| r.contains("content")), "{line}");
    }
    assert!(lines.iter().all(|l| l["lang"] == "en"));
    let again = run(bin().arg("cluster").arg(repo().join("examples/stream")));
    assert_eq!(out.stdout, again.stdout, "deterministic");
    // The same stories with the pruned neighbour search of big windows.
    let pruned = run(bin().arg("cluster").arg(repo().join("examples/stream")).args(["--refine-exact-max", "0"]));
    assert_eq!(out.stdout, pruned.stdout);
}

#[test]
fn cluster_reports_bad_inputs_and_clusters_the_rest() {
    let dir = scratch("cluster-bad");
    std::fs::write(dir.join("good.txt"), "Dockworkers at the port of Valmora walked out on Monday.").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x00\x01\x02PNG\x00").unwrap();
    std::fs::write(
        dir.join("lines.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Cranes stood idle.\",\"lang\":\"de\"}\n{not json\n{\"id\":\"j1\",\"text\":\"Again.\"}\n",
    )
    .unwrap();
    let out = run(bin().arg("cluster").arg(&dir).arg(dir.join("missing.txt")));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for needle in
        ["empty.txt: empty", "binary.txt: binary", "lines.jsonl:2: malformed JSON", "missing.txt: cannot read"]
    {
        assert!(err.contains(needle), "stderr lacks {needle:?}:\n{err}");
    }
    let lines = jsonl(&out);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good", "j1", "j1#2"]);
    assert_eq!(lines[1]["lang"], "de", "a given language is kept");
}

/// Runs both scorers on one gold/prediction pair and compares every shared number.
fn eval_agrees(gold: &Path, pred: &Path) {
    let ours = run(bin().args(["eval", "clusters", "--json", "--gold"]).arg(gold).arg("--pred").arg(pred));
    assert!(ours.status.success(), "{}", String::from_utf8_lossy(&ours.stderr));
    let ours = json(&ours);
    let tool = repo().join("../shared/tools/eval_clusters.py");
    let theirs = Command::new("python3").arg(tool).arg(gold).arg(pred).arg("--json").output().expect("python3 runs");
    let theirs: serde_json::Value = serde_json::from_slice(&theirs.stdout).expect("tool prints JSON");
    let theirs = &theirs["prediction"];
    for (mine, key) in [
        ("pair_p", "pair_P"),
        ("pair_r", "pair_R"),
        ("pair_f1", "pair_F1"),
        ("bcubed_p", "bcubed_P"),
        ("bcubed_r", "bcubed_R"),
        ("bcubed_f1", "bcubed_F1"),
        ("ari", "ARI"),
        ("rand_index", "rand_index"),
        ("nmi_arithmetic", "NMI_arithmetic"),
        ("nmi_geometric", "NMI_geometric"),
        ("homogeneity", "homogeneity"),
        ("completeness", "completeness"),
        ("v_measure", "v_measure"),
        ("purity", "purity"),
        ("inverse_purity", "inverse_purity"),
    ] {
        let (a, b) = (ours[mine].as_f64().unwrap(), theirs[key].as_f64().unwrap());
        assert!((a - b).abs() < 1e-6, "{key}: ours {a} vs tool {b} ({})", pred.display());
    }
    assert_eq!(ours["n_pred_clusters"], theirs["n_pred_clusters"]);
}

#[test]
fn eval_clusters_agrees_with_the_shared_tool() {
    let Some(shared) = shared() else { return };
    let e = shared.join("data/ecbplus");
    eval_agrees(&e.join("gold_event_test.jsonl"), &e.join("pred_test_barhom2019_kmeans_topics.jsonl"));
    eval_agrees(&e.join("gold_event_test.jsonl"), &e.join("gold_topic_test.jsonl"));
    // Our own clustering of the test split, as `newsdesk cluster` prints it (ids and text only).
    let dir = scratch("ecb-test");
    let docs = std::fs::read_to_string(e.join("ecbplus_docs.jsonl")).unwrap();
    let test: Vec<String> = docs
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["split"] == "test")
        .map(|v| serde_json::json!({"id": v["id"], "text": v["text"]}).to_string())
        .collect();
    std::fs::write(dir.join("test.jsonl"), test.join("\n")).unwrap();
    let out = run(bin().arg("cluster").arg(dir.join("test.jsonl")));
    assert!(out.status.success());
    let pred: Vec<String> =
        jsonl(&out).iter().map(|l| serde_json::json!({"id": l["id"], "cluster": l["story"]}).to_string()).collect();
    std::fs::write(dir.join("pred.jsonl"), pred.join("\n")).unwrap();
    eval_agrees(&e.join("gold_event_test.jsonl"), &dir.join("pred.jsonl"));
}
