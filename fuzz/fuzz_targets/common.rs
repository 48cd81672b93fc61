// Shared by the targets: read `data` as the input `name` through ingest (format choice
// included) and clean every article, checking the ingest invariants on the way.
use newsdesk::ingest::{read_bytes, Ingested};

pub fn ingest_and_clean(name: &str, data: &[u8]) {
    let mut out = Ingested::default();
    read_bytes(name, data, &mut out);
    let mut ids = std::collections::HashSet::new();
    for article in &out.articles {
        assert!(ids.insert(article.id.clone()), "duplicate id {:?}", article.id);
        let cleaned = newsdesk::clean::clean(article);
        assert_eq!(cleaned.id, article.id);
    }
    for problem in &out.problems {
        // Every problem names its input.
        assert!(problem.to_string().starts_with(name), "{problem}");
    }
}
