use super::*;

fn read(name: &str, bytes: &[u8]) -> Ingested {
    let mut out = Ingested::default();
    read_bytes(name, bytes, &mut out);
    out
}

#[test]
fn txt_date_line_with_text_after_it() {
    let out = read("dir/a1.txt", b" date 2022-01-10 Talks open in Geneva\n\nDiplomats met.");
    let a = &out.articles[0];
    assert_eq!(a.id, "a1");
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2022, 1, 10));
    assert_eq!(a.title.as_deref(), Some("Talks open in Geneva"));
    assert_eq!(a.text, "\n\nDiplomats met.");
    assert!(out.problems.is_empty());
}

#[test]
fn txt_without_date_keeps_none() {
    let out = read("b.txt", b"Headline\n\nBody text.\n");
    assert_eq!(out.articles[0].date, None);
    assert_eq!(out.articles[0].text, "Headline\n\nBody text.\n");
}

#[test]
fn txt_unknown_date_is_a_warning_and_article_kept() {
    let out = read("c.txt", b"date 2022-13-45 Title\nBody.");
    assert_eq!(out.articles.len(), 1);
    assert_eq!(out.articles[0].date, None);
    assert!(out.problems[0].is_warning());
    assert!(out.problems[0].to_string().contains("c.txt:1"));
    assert!(!out.has_errors());
}

#[test]
fn empty_and_whitespace_files_are_errors() {
    for bytes in [&b""[..], b"  \n\n\t\n"] {
        let out = read("empty.txt", bytes);
        assert!(out.articles.is_empty());
        assert!(out.has_errors());
        assert!(out.problems[0].to_string().starts_with("empty.txt: empty"));
    }
}

#[test]
fn binary_file_is_an_error() {
    let out = read("img.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(out.articles.is_empty());
    assert!(matches!(out.problems[0].kind, InputErrorKind::Binary));
}

#[test]
fn invalid_utf8_lines_are_reported_and_skipped() {
    let out = read("latin1.txt", b"Title\n\nCaf\xe9 owners met.\nThe rest is fine.");
    assert_eq!(out.articles.len(), 1);
    assert!(!out.articles[0].text.contains("Caf"));
    assert!(out.articles[0].text.contains("The rest is fine."));
    let msg = out.problems[0].to_string();
    assert!(msg.contains("latin1.txt:3") && msg.contains("invalid UTF-8"), "{msg}");
}

#[test]
fn huge_line_is_reported_and_the_rest_kept() {
    let mut bytes = b"{\"id\":\"ok1\",\"text\":\"Fine.\"}\n".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', MAX_LINE_BYTES + 1));
    bytes.extend(b"\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
    let out = read("big.jsonl", &bytes);
    assert_eq!(out.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["ok1", "ok2"]);
    assert!(out.problems[0].to_string().starts_with("big.jsonl:2: line 2 is"));
}

#[test]
fn jsonl_fields_and_malformed_lines() {
    let text = concat!(
        "{\"id\":\"x\",\"text\":\"Body.\",\"title\":\"T\",\"date\":\"2023-03-14T09:00:00Z\",\"source\":\"S\",\"extra\":1}\n",
        "{\"id\":\"y\",\"text\":\n",
        "\n",
        "{\"text\":\"no id\"}\n",
        "{\"id\":7,\"text\":\"numeric id\",\"date\":\"last week\"}\n",
    );
    let out = read("in.jsonl", text.as_bytes());
    let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["x", "7"]);
    assert_eq!(out.articles[0].title.as_deref(), Some("T"));
    assert_eq!(out.articles[0].date, chrono::NaiveDate::from_ymd_opt(2023, 3, 14));
    let msgs: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
    assert!(msgs[0].starts_with("in.jsonl:2: malformed JSON"), "{msgs:?}");
    assert!(msgs[1].starts_with("in.jsonl:4: malformed JSON"), "{msgs:?}");
    assert!(msgs[2].starts_with("in.jsonl:5: unknown date"), "{msgs:?}");
}

#[test]
fn duplicate_ids_are_renamed() {
    let mut out = Ingested::default();
    read_bytes("a/x.txt", b"One.", &mut out);
    read_bytes("b/x.txt", b"Two.", &mut out);
    assert_eq!(out.articles[1].id, "x#2");
    assert!(out.problems[0].is_warning());
}

#[test]
fn directories_are_read_recursively_in_sorted_order() {
    let dir = std::env::temp_dir().join(format!("newsdesk-ingest-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "B.").unwrap();
    std::fs::write(dir.join("a.txt"), "A.").unwrap();
    std::fs::write(dir.join("sub/c.jsonl"), "{\"id\":\"c\",\"text\":\"C.\"}").unwrap();
    std::fs::write(dir.join("notes.md"), "ignored").unwrap();
    let out = read_paths(&[&dir]);
    let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let missing = read_paths(&[dir.join("nope")]);
    assert!(missing.problems[0].to_string().contains("nope: cannot read"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn streaming_gives_what_read_paths_gives() {
    let dir = std::env::temp_dir().join(format!("newsdesk-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut big = b"{\"id\":\"ok1\",\"text\":\"Fine.\"}\n".to_vec();
    big.extend(std::iter::repeat_n(b'x', MAX_LINE_BYTES + 1));
    big.extend(b"\n{\"id\":\"ok1\",\"text\":\"Also fine.\",\"date\":\"soon\"}\r\n\xff\n\n{\"id\":\n{\"id\":\"z\",\"text\":\"Z.\"}");
    std::fs::write(dir.join("a.jsonl"), big).unwrap();
    std::fs::write(dir.join("b.txt"), "Body of b.").unwrap();
    std::fs::write(dir.join("c.jsonl"), " \n\n").unwrap();
    std::fs::write(dir.join("d.jsonl"), "{\"id\":\"b\",\"text\":\"Again b.\"}\n{\"id\":\"ok1\",\"text\":\"More.\"}")
        .unwrap();
    std::fs::write(dir.join("e.jsonl"), b"\0\0\0").unwrap();
    let whole = read_paths(&[&dir]);
    for batch in [1, 2, 100] {
        let mut got: Vec<(String, String)> = Vec::new();
        let streamed = stream_paths(&[&dir], batch, |a| a.text.clone(), |b| got.extend(b));
        let want: Vec<(String, String)> = whole.articles.iter().map(|a| (a.id.clone(), a.text.clone())).collect();
        assert_eq!(got, want);
        assert_eq!(streamed.articles, want.len());
        let msgs = |p: &[InputError]| p.iter().map(|e| e.to_string()).collect::<Vec<_>>();
        assert_eq!(msgs(&streamed.problems), msgs(&whole.problems));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

const RSS: &[u8] = include_bytes!("../../tests/data/ingest/harbour_feed.rss");
const ATOM: &[u8] = include_bytes!("../../tests/data/ingest/council_feed.atom");
const WARC: &[u8] = include_bytes!("../../tests/data/ingest/archive.warc");
const WARC_GZ: &[u8] = include_bytes!("../../tests/data/ingest/archive.warc.gz");
const WARC_CUT: &[u8] = include_bytes!("../../tests/data/ingest/truncated.warc.gz");

#[test]
fn rss_items_ids_dates_and_empty_items() {
    let out = read("feeds/harbour_feed.rss", RSS);
    let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
    // guid, else link, else FILESTEM#N.
    assert_eq!(ids, ["hg-2031-0311", "https://harbour-gazette.example/2031/03/ferry-running", "harbour_feed#3"]);
    let first = &out.articles[0];
    assert_eq!(first.title.as_deref(), Some("Dock cranes idle as strike enters second day"));
    assert_eq!(first.date, chrono::NaiveDate::from_ymd_opt(2031, 3, 11));
    assert_eq!(first.url.as_deref(), Some("https://harbour-gazette.example/2031/03/cranes-idle"));
    assert_eq!(first.source.as_deref(), Some("Valmora Harbour Gazette"));
    assert_eq!(first.text, "All twelve container cranes at the port of Valmora stood idle on Tuesday as the strike by 900 dockworkers entered its second day.\n\nThe union said talks with the operator would resume on Thursday.");
    assert_eq!(out.articles[2].date, None, "a broken feed date is no date");
    assert_eq!(out.problems.len(), 1);
    assert!(out.problems[0].to_string().starts_with("feeds/harbour_feed.rss: item 4:"), "{}", out.problems[0]);
}

#[test]
fn atom_html_content_goes_through_the_page_reader() {
    let out = read("council_feed.atom", ATOM);
    assert_eq!(out.articles.len(), 2);
    let a = &out.articles[0];
    assert_eq!(a.id, "tag:council-watch.example,2031:cycle-lanes");
    assert_eq!(a.title.as_deref(), Some("Council approves new cycle lanes"));
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2031, 4, 1));
    assert!(a.text.starts_with("## A vote of 31 to 12\n\nEastmere's council approved"), "{}", a.text);
    assert!(!a.text.contains("alert"), "{}", a.text);
    assert_eq!(out.articles[1].date, chrono::NaiveDate::from_ymd_opt(2031, 4, 2), "updated when not published");
    assert!(out.problems.is_empty(), "{:?}", out.problems);
}

#[test]
fn broken_feed_is_named() {
    let out = read("bad.rss", b"<?xml version='1.0'?><rss><channel><item><title>x</tit");
    assert!(out.articles.is_empty());
    assert!(out.problems[0].to_string().starts_with("bad.rss: not a readable feed"), "{}", out.problems[0]);
}

#[test]
fn warc_plain_and_gzip_give_the_same_articles() {
    for (name, bytes) in [("a.warc", WARC), ("a.warc.gz", WARC_GZ)] {
        let out = read(name, bytes);
        assert!(out.problems.is_empty(), "{name}: {:?}", out.problems);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["https://corran-post.example/night-buses", "https://gruenfeld-news.example/bakery"], "{name}");
        assert_eq!(out.articles[0].url.as_deref(), Some("https://corran-post.example/night-buses"));
        assert_eq!(out.articles[0].source.as_deref(), Some("Corran Evening Post"));
        // Chunked, gzip-encoded, windows-1252 from the HTTP header.
        assert!(out.articles[1].text.contains("Grünfeld that Renée Stahl opened"), "{}", out.articles[1].text);
    }
}

#[test]
fn truncated_warc_gz_keeps_the_records_before_the_break() {
    let out = read("cut.warc.gz", WARC_CUT);
    assert_eq!(out.articles.len(), 1);
    assert!(out.has_errors());
    assert!(out.problems.iter().all(|p| p.to_string().starts_with("cut.warc.gz: record 5:")), "{:?}", out.problems);
}

#[test]
fn stdin_is_sniffed() {
    let cases: [(&[u8], &str); 4] = [
        (b"\xef\xbb\xbf{\"id\": \"b1\", \"text\": \"Body.\"}\n", "b1"),
        (RSS, "hg-2031-0311"),
        (WARC, "https://corran-post.example/night-buses"),
        (b"<!doctype html><p>A page on stdin, with enough words to be prose for sure.</p>", "stdin"),
    ];
    for (bytes, id) in cases {
        let out = read("-", bytes);
        assert_eq!(out.articles.first().map(|a| a.id.as_str()), Some(id), "{:?}", out.problems);
    }
}

#[test]
fn bom_before_the_date_line() {
    let out = read("bom.txt", b"\xef\xbb\xbf date 2031-02-03 Bridge reopens\nThe bridge reopened.");
    assert_eq!(out.articles[0].date, chrono::NaiveDate::from_ymd_opt(2031, 2, 3));
    assert_eq!(out.articles[0].title.as_deref(), Some("Bridge reopens"));
}

#[test]
fn date_words_and_years_out_of_range_are_warnings() {
    let out = read("t.txt", b" date tomorrow\nTalks resume in the capital.");
    assert_eq!(out.articles[0].title, None);
    assert_eq!(out.articles[0].text.trim(), "Talks resume in the capital.");
    assert!(out.problems[0].is_warning() && out.problems[0].to_string().contains("\"tomorrow\""));
    let out = read("y.txt", b" date 0000-01-03\nText.");
    assert_eq!(out.articles[0].date, None);
    assert!(out.problems[0].to_string().contains("out of range"), "{}", out.problems[0]);
    // "date" as the first word of a sentence, at the margin, is text.
    let out = read("d.txt", b"date night ideas for the rainy season\nBody.");
    assert!(out.problems.is_empty());
    assert!(out.articles[0].text.starts_with("date night"));
}

#[test]
fn jsonl_nul_byte_spoils_only_its_line() {
    let out = read(
        "n.jsonl",
        b"{\"id\":\"a\",\"text\":\"First.\"}\n{\"id\":\"b\",\0\"text\":\"x\"}\n{\"id\":\"c\",\"text\":\"Third.\"}\n",
    );
    let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(out.problems.len(), 1);
    assert!(out.problems[0].to_string().starts_with("n.jsonl:2:"), "{}", out.problems[0]);
    // A file of nothing but binary is one problem.
    let out = read("bin.jsonl", &[0u8, 1, 2, 3, 0, 0, 10, 0, 5]);
    assert!(matches!(out.problems[..], [InputError { kind: InputErrorKind::Binary, .. }]), "{:?}", out.problems);
}

#[test]
fn jsonl_big_integer_ids_are_kept_exactly_and_empty_text_rejected() {
    let out = read("ids.jsonl", b"{\"id\":9007199254740993,\"text\":\"A.\"}\n{\"id\":9007199254740992,\"text\":\"B.\"}\n{\"id\":123456789012345678901234567890,\"text\":\"C.\"}\n{\"id\":\"e\",\"text\":\"  \"}\n{\"id\":null,\"text\":\"D.\"}\n");
    let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["9007199254740993", "9007199254740992", "123456789012345678901234567890"]);
    assert_eq!(out.problems.len(), 2, "{:?}", out.problems);
    assert!(out.problems[0].to_string().starts_with("ids.jsonl:4: empty"), "{}", out.problems[0]);
    assert!(out.problems[1].to_string().starts_with("ids.jsonl:5:"), "{}", out.problems[1]);
}

#[cfg(unix)]
#[test]
fn fifo_symlinks_and_unreadable_dirs_do_not_stop_the_walk() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = std::env::temp_dir().join(format!("newsdesk-walk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let real = dir.join("real");
    std::fs::create_dir_all(real.join("locked")).unwrap_or_default();
    std::fs::write(real.join("a.txt"), "Article a.").unwrap_or_default();
    std::fs::write(real.join("locked/b.txt"), "Article b.").unwrap_or_default();
    let fifo = real.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    symlink(&real, dir.join("link")).unwrap_or_default();
    symlink(&dir, real.join("loop")).unwrap_or_default();
    std::fs::set_permissions(real.join("locked"), std::fs::Permissions::from_mode(0o000)).unwrap_or_default();
    let root_can_read = std::fs::read_dir(real.join("locked")).is_ok();

    let out = read_paths(&[&dir]);
    let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
    let problems: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
    std::fs::set_permissions(real.join("locked"), std::fs::Permissions::from_mode(0o755)).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);

    // `link` and `real` are one directory: read once, the second way reported.
    assert!(ids.contains(&"a") && ids.iter().filter(|i| **i == "a").count() == 1, "{ids:?}");
    assert!(problems.iter().any(|p| p.contains("already read")), "{problems:?}");
    if made {
        assert!(problems.iter().any(|p| p.contains("pipe.txt: not a regular file")), "{problems:?}");
    }
    if !root_can_read {
        assert!(problems.iter().any(|p| p.contains("locked: cannot read")), "{problems:?}");
    }
}
