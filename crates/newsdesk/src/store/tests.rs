use super::testing::{on_each_backend, postgres_url, Backend};
use super::*;

fn article(id: &str, story: &str, text: &str) -> (NewArticle, Assign) {
    let url = format!("https://www.{id}.example/news/1");
    let article = NewArticle {
        id: id.to_string(),
        content_hash: xxhash_rust::xxh3::xxh3_128(text.as_bytes()).to_le_bytes(),
        outlet: outlet(None, Some(&url)),
        url: Some(url),
        title: Some(format!("Headline of {id}")),
        source: None,
        date: NaiveDate::from_ymd_opt(2031, 5, 2),
        origin: "t.jsonl".into(),
        raw: text.to_string(),
        markup: false,
    };
    let assign = Assign {
        article: id.to_string(),
        story: Some(story.to_string()),
        lang: Some("en".into()),
        day: Some(10),
        ..Assign::default()
    };
    (article, assign)
}

fn change(articles: Vec<(NewArticle, Assign)>) -> Change {
    let (articles, assign): (Vec<NewArticle>, Vec<Assign>) = articles.into_iter().unzip();
    let mut touched: Vec<String> = assign.iter().filter_map(|a| a.story.clone()).collect();
    touched.sort();
    touched.dedup();
    Change { articles, assign, touched, ..Change::default() }
}

fn store_with_two_stories(backend: &mut Backend) -> Box<dyn Store> {
    let mut store = backend.store();
    store
        .apply(&change(vec![
            article("a", "s1", "Dockworkers in Valmora walked out over pay on Monday."),
            article("b", "s1", "The Valmora strike closed the container terminal."),
            article("c", "s2", "A volcano on Kelso island erupted and closed the airport."),
        ]))
        .unwrap();
    store
}

#[test]
fn migrations_run_from_empty_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 5);
    drop(store);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 5);
    assert_eq!(store.counts().unwrap(), Counts::default());
}

#[test]
fn an_older_file_is_migrated_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("sqlite/migrations/0001_init.sql")).unwrap();
        conn.execute_batch(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
             INSERT INTO schema_migrations VALUES (1, 'then');",
        )
        .unwrap();
    }
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 5);
    let mut c = change(vec![article("a", "s1", "Dockworkers in Valmora walked out over pay on Monday.")]);
    c.aliases.push(("a-copy".into(), "a".into()));
    store.apply(&c).unwrap();
    assert_eq!(store.article("a-copy").unwrap().map(|a| a.id).as_deref(), Some("a"));
    assert_eq!(store.aliases("s1").unwrap(), [("a-copy".to_string(), "a".to_string())]);
}

#[test]
fn stories_carry_their_members_counts() {
    on_each_backend(|b| {
        let store = store_with_two_stories(b);
        let s1 = store.story("s1").unwrap().unwrap();
        assert_eq!(s1.articles, 2);
        assert_eq!(s1.outlets, ["a.example", "b.example"]);
        assert_eq!(s1.languages, ["en"]);
        assert_eq!(s1.first_seen.as_deref(), Some("2031-05-02"));
        assert_eq!(store.stories(None).unwrap().len(), 2);
        assert!(store.stories(NaiveDate::from_ymd_opt(2031, 6, 1)).unwrap().is_empty());
        assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    });
}

#[test]
fn undated_members_do_not_move_a_dated_story_but_date_an_undated_one() {
    on_each_backend(|b| {
        let mut store = store_with_two_stories(b);
        let (mut a, mut b) = (article("u", "s1", "An undated note on Valmora."), article("v", "s9", "Undated only."));
        (a.0.date, b.0.date) = (None, None);
        store.apply(&change(vec![a, b])).unwrap();
        let s1 = store.story("s1").unwrap().unwrap();
        assert_eq!(
            (s1.articles, s1.first_seen.as_deref(), s1.last_seen.as_deref()),
            (3, Some("2031-05-02"), Some("2031-05-02"))
        );
        let s9 = store.story("s9").unwrap().unwrap();
        assert!(s9.first_seen.as_ref().is_some_and(|d| d.len() == 10 && d != "2031-05-02"), "{s9:?}");
        assert!(store.check().unwrap().is_empty());
    });
}

#[test]
fn an_article_is_stored_once() {
    on_each_backend(|b| {
        let mut store = store_with_two_stories(b);
        let a = article("a", "s1", "Dockworkers in Valmora walked out over pay on Monday.");
        let (h, url) = (a.0.content_hash, a.0.url.clone());
        let known = store
            .known(&[(h, None, "x"), ([0; 16], url.as_deref(), "y"), ([0; 16], None, "a"), ([0; 16], None, "z")])
            .unwrap();
        let a_ = Some("a".to_string());
        assert_eq!(known, [(a_.clone(), false), (a_, false), (None, true), (None, false)]);
        // A second write of the same article fails as a whole and changes nothing.
        assert!(store.apply(&change(vec![article("d", "s3", "new text"), a])).is_err());
        assert_eq!(store.counts().unwrap().articles, 3);
        assert!(store.story("s3").unwrap().is_none());
        assert!(store.check().unwrap().is_empty());
    });
}

#[test]
fn a_merged_story_redirects_to_the_one_it_joined() {
    on_each_backend(|b| {
        let mut store = store_with_two_stories(b);
        let merge = Change {
            moves: vec![("c".into(), Some("s1".into()))],
            redirects: vec![("s2".into(), "s1".into())],
            touched: vec!["s1".into(), "s2".into()],
            ..Change::default()
        };
        store.apply(&merge).unwrap();
        assert_eq!(store.resolve("s2").unwrap().as_deref(), Some("s1"));
        assert_eq!(store.story("s2").unwrap().unwrap().articles, 3);
        assert!(store.id_taken(false, "s2").unwrap());
        assert_eq!(store.counts().unwrap(), Counts { articles: 3, stories: 1, redirects: 1, storyless: 0 });
        // s1 merges on into a new story s9: the old redirect follows.
        let merge = Change {
            moves: ["a", "b", "c"].iter().map(|a| (a.to_string(), Some("s9".into()))).collect(),
            redirects: vec![("s1".into(), "s9".into())],
            touched: vec!["s9".into(), "s1".into()],
            ..Change::default()
        };
        store.apply(&merge).unwrap();
        assert_eq!(store.resolve("s2").unwrap().as_deref(), Some("s9"));
        assert_eq!(store.resolve("s1").unwrap().as_deref(), Some("s9"));
        assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    });
}

#[test]
fn search_answers_by_story() {
    on_each_backend(|b| {
        let store = store_with_two_stories(b);
        let hits = store.search("strikes", 10).unwrap();
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].story.as_deref(), Some("s1"));
        assert!(hits[0].snippet.contains("strike"));
        assert!(hits[0].score > 0.0);
        // Query syntax is never interpreted.
        assert_eq!(store.search("\"volcano* (airport", 10).unwrap().len(), 1);
        assert!(store.search("--", 10).unwrap().is_empty());
    });
}

#[test]
fn briefs_are_kept_per_story_and_clear_the_stale_mark() {
    on_each_backend(|b| {
        let mut store = store_with_two_stories(b);
        assert_eq!(store.stale_stories().unwrap(), ["s1", "s2"]);
        let update = BriefUpdate {
            story: "s2".into(),
            json: "{\"articles\": []}".into(),
            title: Some("Kelso volcano erupts".into()),
            cleaned: vec![("c".into(), "{}".into(), Some("Volcano".into()))],
        };
        store.put_briefs(&[update]).unwrap();
        assert_eq!(store.stale_stories().unwrap(), ["s1"]);
        assert_eq!(store.brief("s2").unwrap().as_deref(), Some("{\"articles\": []}"));
        assert_eq!(store.story("s2").unwrap().unwrap().title.as_deref(), Some("Kelso volcano erupts"));
        assert_eq!(store.article("c").unwrap().unwrap().cleaned.as_deref(), Some("{}"));
        assert!(store.check().unwrap().is_empty());
    });
}

#[test]
fn a_bad_postgres_location_is_named_without_its_password() {
    let Err(e) = open("postgres://desk:secret@127.0.0.1:1/news?connect_timeout=2") else { panic!("opened") };
    let message = e.to_string();
    assert!(message.contains("desk@127.0.0.1:1/news") && !message.contains("secret"), "{message}");
}

#[test]
fn postgres_migrations_run_once() {
    let Some(url) = postgres_url() else { return };
    let schema = format!("newsdesk_test_migrate_{}", std::process::id());
    let store = PostgresStore::open_in_schema(url, &schema).unwrap();
    assert_eq!(store.schema_version().unwrap(), 3);
    let again = PostgresStore::open_in_schema(url, &schema).unwrap();
    assert_eq!(again.schema_version().unwrap(), 3);
    assert_eq!(again.counts().unwrap(), Counts::default());
    PostgresStore::drop_schema(url, &schema).unwrap();
}

#[test]
fn postgres_stores_opened_at_once_migrate_once() {
    // Several processes (workers, API servers) start together on a new database.
    let Some(url) = postgres_url() else { return };
    let schema = format!("newsdesk_test_race_{}", std::process::id());
    let mut admin = ::postgres::Client::connect(url, ::postgres::NoTls).unwrap();
    admin.batch_execute(&format!("CREATE SCHEMA {schema}")).unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let location = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let opened: Vec<_> = std::thread::scope(|scope| {
        let openers: Vec<_> = (0..6).map(|_| scope.spawn(|| PostgresStore::open(&location))).collect();
        openers.into_iter().map(|t| t.join().unwrap().map(|s| s.schema_version().unwrap())).collect()
    });
    PostgresStore::drop_schema(url, &schema).unwrap();
    for version in opened {
        assert_eq!(version.unwrap(), 3);
    }
}

#[test]
fn text_with_nul_bytes_is_stored() {
    on_each_backend(|b| {
        let mut store = b.store();
        let mut c = change(vec![article("n", "s1", "A line with a NUL \0 byte in it about Valmora.")]);
        c.articles[0].title = Some("NUL\0title".into());
        store.apply(&c).unwrap();
        assert!(store.article("n").unwrap().unwrap().raw.contains("NUL"));
        assert!(store.check().unwrap().is_empty());
    });
}

#[test]
fn member_info_lists_members_without_text() {
    on_each_backend(|b| {
        let store = store_with_two_stories(b);
        let info = store.member_info("s1").unwrap();
        assert_eq!(info.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(info[0].outlet.as_deref(), Some("a.example"));
        assert_eq!(info[0].headline.as_deref(), Some("Headline of a"));
        assert_eq!(info[0].date, NaiveDate::from_ymd_opt(2031, 5, 2));
        assert!(info[0].ingested_at.starts_with("20"));
        assert!(store.member_info("nope").unwrap().is_empty());
    });
}

#[test]
fn fetch_validators_are_kept_and_replaced() {
    use crate::ingest::fetch::Validators;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let mut store = SqliteStore::open(&path).unwrap();
    let url = "http://example.test/feed.xml";
    assert_eq!(store.fetch_validators(url).unwrap(), None);
    let first = Validators { etag: Some("\"v1\"".into()), last_modified: None };
    store.put_fetch_validators(url, &first).unwrap();
    let second = Validators { etag: None, last_modified: Some("Tue, 06 May 2025 08:00:00 GMT".into()) };
    store.put_fetch_validators(url, &second).unwrap();
    drop(store);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.fetch_validators(url).unwrap(), Some(second));
    assert_eq!(store.fetch_validators("http://example.test/other").unwrap(), None);
}

#[test]
fn fetch_validators_are_remembered_per_url() {
    use crate::ingest::fetch::Validators;
    on_each_backend(|b| {
        let mut store = b.store();
        let url = "https://valmorapost.example/feed.xml";
        assert_eq!(store.fetch_validators(url).unwrap(), None);
        let first = Validators { etag: Some("\"v1\"".into()), last_modified: None };
        store.put_fetch_validators(url, &first).unwrap();
        let second =
            Validators { etag: Some("\"v2\"".into()), last_modified: Some("Tue, 06 May 2031 10:00:00 GMT".into()) };
        store.put_fetch_validators(url, &second).unwrap();
        assert_eq!(store.fetch_validators(url).unwrap(), Some(second));
    });
}

#[test]
fn a_stream_cursor_only_moves_forward_with_its_step() {
    on_each_backend(|b| {
        let mut store = b.store();
        assert_eq!(store.cursor("cluster-all").unwrap(), None);
        let mut step = change(vec![article("a", "s1", "Dockworkers in Valmora walked out over pay on Monday.")]);
        step.cursor = Some(("cluster-all".into(), 7));
        store.apply(&step).unwrap();
        assert_eq!(store.cursor("cluster-all").unwrap(), Some(7));
        // The same step delivered again is refused whole: no second article, no count twice.
        let again = store.apply(&step);
        assert!(matches!(again, Err(StoreError::Behind { stored: 7, position: 7, .. })), "{again:?}");
        assert_eq!(store.counts().unwrap().articles, 1);
        assert_eq!(store.story("s1").unwrap().map(|s| s.articles), Some(1));
        // Another consumer has its own position; a later step moves this one on.
        let mut next = change(vec![article("b", "s1", "The Valmora port strike entered a second day.")]);
        next.cursor = Some(("cluster-all".into(), 9));
        store.apply(&next).unwrap();
        assert_eq!(store.cursor("cluster-all").unwrap(), Some(9));
        assert_eq!(store.cursor("cluster-de").unwrap(), None);
        assert!(store.check().unwrap().is_empty());
    });
}
