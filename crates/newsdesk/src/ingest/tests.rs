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
