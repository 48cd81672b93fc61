//! The desk on our own invented pile (`testdata/`): four stories over two weeks, several
//! outlets, an exact copy under another id and a second article at a known URL.

use super::*;
use crate::store::testing::on_each_backend;
use crate::store::Store;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/desk/testdata").join(name)
}

fn quick() -> DeskOptions {
    DeskOptions { briefs: false, ..DeskOptions::default() }
}

fn run(store: &mut dyn Store, paths: &[PathBuf], options: &DeskOptions) -> IngestReport {
    let (report, problems) = ingest(store, paths, options, &mut |_| {}).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    report
}

/// Article → story id.
fn assignment(store: &dyn Store) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for story in store.stories(None).unwrap() {
        for a in store.members(&story.id, usize::MAX).unwrap() {
            out.insert(a.id, story.id.clone());
        }
    }
    out
}

/// The stories as sets of article ids (ids of stories ignored).
fn partition(store: &dyn Store) -> BTreeSet<BTreeSet<String>> {
    let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (article, story) in assignment(store) {
        groups.entry(story).or_default().insert(article);
    }
    groups.into_values().collect()
}

#[test]
fn the_pile_makes_its_stories() {
    on_each_backend(|b| {
        let mut store = b.store();
        let report = run(store.as_mut(), &[data("week1.jsonl"), data("week2.jsonl")], &quick());
        assert_eq!((report.read, report.new, report.duplicates), (19, 17, 2), "{report}");
        let stories: BTreeSet<BTreeSet<String>> = partition(store.as_ref());
        let prefixes: BTreeSet<BTreeSet<String>> = stories
            .iter()
            .map(|s| s.iter().map(|a| a.split('-').next().unwrap_or_default().to_string()).collect())
            .collect();
        // The copies' ids answer with what they copy, and count in its story.
        assert_eq!(store.article("port-1-syndicated").unwrap().map(|a| a.id).as_deref(), Some("port-1"));
        assert_eq!(store.article("volcano-1-again").unwrap().map(|a| a.id).as_deref(), Some("volcano-1"));
        let port = assignment(store.as_ref())["port-1"].clone();
        assert_eq!(store.aliases(&port).unwrap(), [("port-1-syndicated".to_string(), "port-1".to_string())]);
        // No story mixes two events.
        assert!(prefixes.iter().all(|p| p.len() == 1), "{stories:?}");
        assert_eq!(stories.len(), 4, "{stories:?}");
    });
}

#[test]
fn ingesting_a_then_b_gives_the_stories_of_a_and_b_together() {
    on_each_backend(|b| {
        let mut once = b.store();
        run(once.as_mut(), &[data("week1.jsonl"), data("week2.jsonl")], &quick());
        let mut twice = b.store();
        let first = run(twice.as_mut(), &[data("week1.jsonl")], &quick());
        let before = assignment(twice.as_ref());
        let second = run(twice.as_mut(), &[data("week2.jsonl")], &quick());
        assert_eq!(partition(once.as_ref()), partition(twice.as_ref()));
        assert_eq!(first.new + second.new, 17);
        // Stories of the first week keep their ids.
        let after = assignment(twice.as_ref());
        for (article, story) in &before {
            assert_eq!(twice.resolve(story).unwrap().as_ref(), after.get(article), "{article}");
        }
        assert!(second.stories_updated >= 3, "{second}");
        // One run over everything names the stories alike.
        assert_eq!(assignment(once.as_ref()), after);
    });
}

#[test]
fn reingesting_adds_nothing() {
    on_each_backend(|b| {
        let mut store = b.store();
        let paths = [data("week1.jsonl"), data("week2.jsonl")];
        run(store.as_mut(), &paths, &DeskOptions::default());
        let counts = store.counts().unwrap();
        let stories = store.stories(None).unwrap();
        let again = run(store.as_mut(), &paths, &DeskOptions::default());
        assert_eq!((again.read, again.new, again.duplicates, again.briefs), (19, 0, 19, 0), "{again}");
        assert_eq!(store.counts().unwrap(), counts);
        assert_eq!(store.stories(None).unwrap(), stories);
    });
}

#[test]
fn briefs_are_built_with_a_real_headline_and_the_outlets() {
    on_each_backend(|b| {
        let mut store = b.store();
        let report = run(store.as_mut(), &[data("week1.jsonl")], &DeskOptions::default());
        assert_eq!(report.briefs, store.stories(None).unwrap().len());
        assert!(store.stale_stories().unwrap().is_empty());
        let port = assignment(store.as_ref())["port-1"].clone();
        let row = store.story(&port).unwrap().unwrap();
        let titles = ["Valmora dockworkers strike over pay", "Strike halts cranes at Valmora port"];
        let title = row.title.clone().unwrap_or_default();
        assert!(title.contains("Valmora"), "{title}");
        assert!(!titles.is_empty());
        assert_eq!(row.outlets, ["Coastal Wire", "Harbor Daily", "Valmora Post"]);
        let brief = story_brief(store.as_ref(), &port).unwrap().unwrap();
        assert_eq!(brief.title, row.title);
        assert_eq!(brief.articles.len(), 4);
        let md = crate::brief::render::to_markdown(&brief);
        assert!(
            md.contains("**Valmora Post**: [Valmora dockworkers strike over pay](https://valmorapost.example/"),
            "{md}"
        );
        // Articles cleaned for the brief are kept cleaned.
        assert!(store.article("port-1").unwrap().unwrap().cleaned.is_some());
        // A new article makes the brief stale, and it is rebuilt.
        run(store.as_mut(), &[data("week2.jsonl")], &DeskOptions::default());
        assert_eq!(story_brief(store.as_ref(), &port).unwrap().unwrap().articles.len(), 6);
    });
}

#[test]
fn an_id_the_store_has_for_another_text_is_renamed() {
    on_each_backend(|backend| {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.jsonl");
        let b = dir.path().join("b.jsonl");
        std::fs::write(&a, "{\"id\":\"x\",\"text\":\"Dockworkers at the port of Valmora walked out on Monday.\"}\n")
            .unwrap();
        std::fs::write(&b, "{\"id\":\"x\",\"text\":\"A volcano erupted on the island of Kelso on Friday.\"}\n")
            .unwrap();
        let mut store = backend.store();
        run(store.as_mut(), &[a], &quick());
        let report = run(store.as_mut(), std::slice::from_ref(&b), &quick());
        assert_eq!((report.new, report.renamed), (1, 1));
        assert!(store.article("x#2").unwrap().is_some());
        assert_eq!(run(store.as_mut(), &[b], &quick()).new, 0);
    });
}

#[test]
fn small_steps_give_the_same_stories() {
    on_each_backend(|b| {
        let mut whole = b.store();
        run(whole.as_mut(), &[data("week1.jsonl"), data("week2.jsonl")], &quick());
        let mut stepped = b.store();
        let options = DeskOptions { step_articles: 3, ..quick() };
        run(stepped.as_mut(), &[data("week1.jsonl"), data("week2.jsonl")], &options);
        assert_eq!(partition(whole.as_ref()), partition(stepped.as_ref()));
    });
}

#[test]
fn search_finds_stories() {
    on_each_backend(|b| {
        let mut store = b.store();
        run(store.as_mut(), &[data("week1.jsonl"), data("week2.jsonl")], &quick());
        let hits = store.search("eruption ash", 10).unwrap();
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].article.starts_with("volcano"));
        assert_eq!(hits[0].story.as_deref(), assignment(store.as_ref()).get(&hits[0].article).map(String::as_str));
    });
}

#[test]
fn steps_fed_from_a_stream_equal_the_ingest_and_a_redelivered_step_is_written_once() {
    on_each_backend(|b| {
        let paths = [data("week1.jsonl"), data("week2.jsonl")];
        let options = DeskOptions { step_articles: 4, ..quick() };
        let mut whole = b.store();
        run(whole.as_mut(), &paths, &options);
        let articles = crate::ingest::read_paths(&paths).articles;
        let mut streamed = b.store();
        let mut report = IngestReport::default();
        for (n, chunk) in articles.chunks(4).enumerate() {
            let cursor = Some(("cluster-all".to_string(), (n as u64 + 1) * 4));
            let touched =
                ingest_step(streamed.as_mut(), chunk.to_vec(), cursor.clone(), &options, &mut report).unwrap();
            assert!(touched.iter().all(|s| s.starts_with('s')), "{touched:?}");
            // Delivered again (the consumer died before acknowledging): refused, nothing changes.
            let counts = streamed.counts().unwrap();
            let again = ingest_step(streamed.as_mut(), chunk.to_vec(), cursor, &options, &mut IngestReport::default());
            assert!(matches!(again, Err(DeskError::Store(StoreError::Behind { .. }))), "{again:?}");
            assert_eq!(streamed.counts().unwrap(), counts);
        }
        assert!(streamed.check().unwrap().is_empty());
        assert_eq!(assignment(whole.as_ref()), assignment(streamed.as_ref()));
        assert_eq!(report.new, 17);
    });
}
