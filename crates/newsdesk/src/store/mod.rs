//! Store: the desk's only persistent state — articles, stories, the redirects of merged
//! stories, each story's latest brief, and full-text search over the articles.
//!
//! Input: the changes the desk ([`crate::desk`]) decides, one [`Change`] per step, and briefs.
//! Output: what the desk commands and the server read (story rows as `stories --json` prints
//! them, briefs as the contract's brief JSON, search hits grouped by story).
//!
//! [`Store`] is the narrow interface every backend implements: [`SqliteStore`] (one file, WAL,
//! foreign keys; the default) and [`PostgresStore`] (a shared server: several desks and API
//! servers on one store). Each keeps its versioned migrations in its own `migrations/`.
//! Nothing above the trait knows SQL.
//!
//! Invariants a backend keeps (and [`Store::check`] verifies):
//! - every [`Change`] is applied in one transaction: a crash leaves the store as before it or
//!   as after it, never in between;
//! - an article is stored once: its id, its content hash and (when given) its URL are unique;
//! - a story row exists exactly while it has members, and its counts, outlets, languages and
//!   first/last seen are those of its members;
//! - a redirect points at a live story (chains are collapsed when the target itself moves).

mod postgres;
mod sqlite;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeSet;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The SQLite database refused an operation.
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The PostgreSQL server refused an operation or could not be reached.
    #[error("store: {0}")]
    Postgres(#[from] ::postgres::Error),
    /// A JSON column could not be read or written.
    #[error("store: bad JSON column: {0}")]
    Json(#[from] serde_json::Error),
    /// A schema migration failed.
    #[error("store: migration {version} failed: {source}")]
    Migration {
        /// The migration's version number.
        version: u32,
        /// Why it failed.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The file was written by a newer newsdesk.
    #[error("store: schema version {found} is newer than this newsdesk knows ({known})")]
    TooNew {
        /// Version recorded in the file.
        found: u32,
        /// Newest version this build knows.
        known: u32,
    },
    /// A store location that cannot be used.
    #[error("{0}")]
    BadLocation(String),
    /// A step's stream position is not past the one stored: it was written already.
    #[error("store: stream consumer {name} is at {stored}; a step ending at {position} was written already")]
    Behind {
        /// The consumer.
        name: String,
        /// Its stored position.
        stored: u64,
        /// The position the refused step ends at.
        position: u64,
    },
}

/// Result of store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// An article as the desk writes it first (where it goes comes with [`Assign`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewArticle {
    /// Unique id.
    pub id: String,
    /// Hash of the whitespace-normalised text: equal hashes are exact copies.
    pub content_hash: [u8; 16],
    /// Canonical URL.
    pub url: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Outlet as the input names it.
    pub source: Option<String>,
    /// Outlet shown to readers: `source`, else the URL's host.
    pub outlet: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// The input (and line) it was read from.
    pub origin: String,
    /// The text as read.
    pub raw: String,
    /// The text was laid out from markup ([`newsdesk_model::RawArticle::markup`]).
    pub markup: bool,
}

/// Where a new article goes, once clustered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assign {
    /// The article id.
    pub article: String,
    /// Its story; `None` with a `reason` for an article too thin for one.
    pub story: Option<String>,
    /// Why `story` is `None`.
    pub reason: Option<String>,
    /// The earlier article it nearly copies.
    pub duplicate_of: Option<String>,
    /// Language code (given or detected).
    pub lang: Option<String>,
    /// The day the clusterer placed it on (days since 1 January of year 1).
    pub day: Option<i32>,
    /// MinHash bins, when the text is long enough for a signature.
    pub signature: Option<Vec<u32>>,
}

/// An article as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredArticle {
    /// Arrival order in the store.
    pub seq: i64,
    /// Unique id.
    pub id: String,
    /// Canonical URL.
    pub url: Option<String>,
    /// Headline as the input gave it.
    pub title: Option<String>,
    /// Headline shown: the input's, else the one cleaning found.
    pub headline: Option<String>,
    /// Outlet as the input names it.
    pub source: Option<String>,
    /// Outlet shown to readers.
    pub outlet: Option<String>,
    /// Language code.
    pub lang: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// The day the clusterer placed it on.
    pub day: Option<i32>,
    /// The input it was read from.
    pub origin: String,
    /// The text as read.
    pub raw: String,
    /// The cleaned article as `newsdesk clean` prints it, once cleaned.
    pub cleaned: Option<String>,
    /// Its story.
    pub story: Option<String>,
    /// The earlier article it nearly copies.
    pub duplicate_of: Option<String>,
    /// The text was laid out from markup.
    pub markup: bool,
}

/// A story as `newsdesk stories --json` prints it (the contract's fields).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoryRow {
    /// Stable story id.
    pub id: String,
    /// A headline chosen from its articles.
    pub title: Option<String>,
    /// Number of member articles.
    pub articles: usize,
    /// Outlets of the members, sorted.
    pub outlets: Vec<String>,
    /// Earliest member date (for a story without a dated member: the day it was ingested).
    pub first_seen: Option<String>,
    /// Latest member date.
    pub last_seen: Option<String>,
    /// Languages of the members, sorted.
    pub languages: Vec<String>,
}

/// One search result: the best-matching article of a story (`story` is `None` for an
/// article without one).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchHit {
    /// The story the article belongs to.
    pub story: Option<String>,
    /// The best-matching article.
    pub article: String,
    /// Its headline.
    pub title: Option<String>,
    /// The matching passage.
    pub snippet: String,
    /// Relevance (bm25, higher is better).
    pub score: f64,
}

/// A story member's facts without its text (charts, feeds and "what changed" read these).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberInfo {
    /// Arrival order in the store.
    pub seq: i64,
    /// Article id.
    pub id: String,
    /// Headline shown.
    pub headline: Option<String>,
    /// Outlet shown.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// When it was stored (RFC 3339, UTC).
    pub ingested_at: String,
}

/// Everything one desk step changes, applied in one transaction.
#[derive(Clone, Debug, Default)]
pub struct Change {
    /// Articles to add.
    pub articles: Vec<NewArticle>,
    /// Where the added articles go.
    pub assign: Vec<Assign>,
    /// Stored articles that change story: `(article id, new story)`.
    pub moves: Vec<(String, Option<String>)>,
    /// Merged-away stories: `(from, to)`; `from` answers with `to` from then on.
    pub redirects: Vec<(String, String)>,
    /// Stories whose members changed: created when missing, their counts recomputed, deleted
    /// when left empty, and marked for a new brief.
    pub touched: Vec<String>,
    /// New titles of stories.
    pub titles: Vec<(String, Option<String>)>,
    /// Ids of exact copies: `(copy's id, stored article's id)`.
    pub aliases: Vec<(String, String)>,
    /// A stream consumer's position after this step: `(consumer, position)`. Written in the
    /// step's transaction, and only forward: a step whose position the store already has
    /// (a message delivered again, a second writer) fails with [`StoreError::Behind`] and
    /// changes nothing.
    pub cursor: Option<(String, u64)>,
}

/// A story's new brief, with the articles cleaned to build it.
#[derive(Clone, Debug, Default)]
pub struct BriefUpdate {
    /// The story.
    pub story: String,
    /// The brief JSON (the contract's shape).
    pub json: String,
    /// The story's title, taken from the brief.
    pub title: Option<String>,
    /// `(article id, cleaned JSON, cleaned title)` of articles cleaned for it.
    pub cleaned: Vec<(String, String, Option<String>)>,
}

/// Sizes of the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles stored.
    pub articles: usize,
    /// Live stories.
    pub stories: usize,
    /// Merged-away story ids.
    pub redirects: usize,
    /// Articles without a story.
    pub storyless: usize,
}

/// The desk's persistent state. Reads take `&self`; every write is one transaction.
pub trait Store: Send {
    /// For each `(content hash, url, id)` of an article read: the id of the stored article it
    /// exactly copies (same hash or same URL), and whether its id is taken.
    fn known(&self, probes: &[([u8; 16], Option<&str>, &str)]) -> Result<Vec<(Option<String>, bool)>>;
    /// Whether an article or a story (live or redirected) has this id.
    fn id_taken(&self, article: bool, id: &str) -> Result<bool>;
    /// Stored articles placed on a day inside one of `ranges` (inclusive), plus the last
    /// `undated` articles without a day, in arrival order.
    fn window(&self, ranges: &[(i32, i32)], undated: usize) -> Result<Vec<StoredArticle>>;
    /// Opens a step's transaction and indexes its new articles for search, so that this slow
    /// write overlaps the clustering that decides where they go. Nothing is visible to others
    /// before [`Store::finish_step`].
    fn begin_step(&mut self, articles: &[NewArticle]) -> Result<()>;
    /// Writes the step's change — `articles` the same, in the same order, as given to
    /// `begin_step` — and commits. On error the whole step is rolled back.
    fn finish_step(&mut self, change: &Change) -> Result<()>;
    /// Rolls back a step begun and not finished.
    fn abort_step(&mut self) -> Result<()>;
    /// Applies one step's changes in one transaction.
    fn apply(&mut self, change: &Change) -> Result<()> {
        self.begin_step(&change.articles)?;
        self.finish_step(change)
    }
    /// Stories whose brief no longer covers their members.
    fn stale_stories(&self) -> Result<Vec<String>>;
    /// A story's members in arrival order, at most `limit`, non-copies first.
    fn members(&self, story: &str, limit: usize) -> Result<Vec<StoredArticle>>;
    /// Stores briefs (and the articles cleaned for them), clearing their stale marks.
    fn put_briefs(&mut self, briefs: &[BriefUpdate]) -> Result<()>;
    /// The live story an id names, following redirects.
    fn resolve(&self, story: &str) -> Result<Option<String>>;
    /// A story (redirects followed).
    fn story(&self, id: &str) -> Result<Option<StoryRow>>;
    /// Live stories seen on or after `since`, latest first.
    fn stories(&self, since: Option<NaiveDate>) -> Result<Vec<StoryRow>>;
    /// A story's latest brief JSON (redirects followed).
    fn brief(&self, story: &str) -> Result<Option<String>>;
    /// One stored article, by its id or the id of an exact copy of it.
    fn article(&self, id: &str) -> Result<Option<StoredArticle>>;
    /// Every member of a story (redirects not followed), without text, in arrival order.
    fn member_info(&self, story: &str) -> Result<Vec<MemberInfo>> {
        Ok(self
            .members(story, usize::MAX)?
            .into_iter()
            .map(|a| MemberInfo {
                seq: a.seq,
                id: a.id,
                headline: a.headline.or(a.title),
                outlet: a.outlet,
                url: a.url,
                date: a.date,
                ingested_at: String::new(),
            })
            .collect())
    }
    /// The ids of exact copies of a story's members: `(copy's id, member's id)`.
    fn aliases(&self, story: &str) -> Result<Vec<(String, String)>>;
    /// Full-text search, best story first, one hit per story, at most `limit`.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>>;
    /// Sizes.
    fn counts(&self) -> Result<Counts>;
    /// Every broken invariant found (empty when consistent).
    fn check(&self) -> Result<Vec<String>>;
    /// What the server said about `url` when it was last fetched (for a conditional GET).
    fn fetch_validators(&self, url: &str) -> Result<Option<crate::ingest::fetch::Validators>>;
    /// A stream consumer's stored position ([`Change::cursor`]), if it ever wrote a step.
    fn cursor(&self, name: &str) -> Result<Option<u64>>;
    /// Remembers what the server said about `url` (after its articles are stored).
    fn put_fetch_validators(&mut self, url: &str, validators: &crate::ingest::fetch::Validators) -> Result<()>;
}

/// Opens the store a `--db` argument names: a PostgreSQL URL (`postgres://user@host/db`,
/// tables created when missing) or an SQLite file, created when missing.
pub fn open(location: &str) -> Result<Box<dyn Store>> {
    if is_postgres(location) {
        return Ok(Box::new(PostgresStore::open(location)?));
    }
    Ok(Box::new(SqliteStore::open(location)?))
}

/// Whether a store location is a PostgreSQL URL.
pub fn is_postgres(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// A location with any password taken out, for messages.
pub fn redact(location: &str) -> String {
    match (location.find("://"), location.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &location[scheme + 3..at];
            let user = user.split(':').next().unwrap_or_default();
            format!("{}{user}@{}", &location[..scheme + 3], &location[at + 1..])
        }
        _ => location.to_string(),
    }
}

/// The words of a search query as an FTS5 query: each word quoted (so no query syntax is
/// ever interpreted), all required. `None` when the query has no word.
pub fn fts_query(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.to_lowercase()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

pub use crate::text::urls::outlet;

/// Now, as an RFC 3339 UTC timestamp.
fn now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    chrono::DateTime::from_timestamp(secs as i64, 0).map_or_else(String::new, |t| t.to_rfc3339())
}

fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

/// A story's counts as its members give them: `(articles, outlets, languages, first, last)`.
/// First and last seen are publication dates; a story none of whose members is dated is seen
/// on the days it was ingested.
type Aggregate = (usize, BTreeSet<String>, BTreeSet<String>, Option<String>, Option<String>);

/// The members of a story that share an outlet and a language, as a backend's query counts them.
struct MemberGroup {
    outlet: Option<String>,
    lang: Option<String>,
    first_date: Option<String>,
    last_date: Option<String>,
    first_ingested: Option<String>,
    last_ingested: Option<String>,
    count: i64,
}

/// The SQL of one backend that yields [`MemberGroup`] columns in order, for story `$1`/`?1`.
const MEMBER_GROUPS: &str = "SELECT outlet, lang, min(date), max(date), min(substr(ingested_at, 1, 10)),
        max(substr(ingested_at, 1, 10)), count(*)
 FROM articles WHERE story = $1 GROUP BY outlet, lang";

fn aggregate(groups: impl IntoIterator<Item = MemberGroup>) -> Aggregate {
    fn pick(a: Option<String>, b: Option<String>, low: bool) -> Option<String> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if low { a.min(b) } else { a.max(b) }),
            (a, b) => a.or(b),
        }
    }
    let mut agg: Aggregate = Default::default();
    let (mut first_in, mut last_in) = (None, None);
    for g in groups {
        agg.0 += usize::try_from(g.count).unwrap_or(0);
        agg.1.extend(g.outlet);
        agg.2.extend(g.lang);
        agg.3 = pick(agg.3.take(), g.first_date, true);
        agg.4 = pick(agg.4.take(), g.last_date, false);
        first_in = pick(first_in, g.first_ingested, true);
        last_in = pick(last_in, g.last_ingested, false);
    }
    if agg.3.is_none() {
        (agg.3, agg.4) = (first_in, last_in);
    }
    agg
}

/// A story row's stored counts: `(articles, outlets JSON, languages JSON, first, last)`.
type StoredCounts = (i64, String, String, Option<String>, Option<String>);

/// What is wrong with a story row whose members give `actual`, if anything.
fn story_problems(id: &str, stored: StoredCounts, actual: &Aggregate) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    if actual.0 == 0 {
        problems.push(format!("story {id} has no articles"));
    }
    let stored = (usize::try_from(stored.0).unwrap_or(0), stored.1, stored.2, stored.3, stored.4);
    let (n, o, l, f, la) = actual;
    let actual = (*n, serde_json::to_string(o)?, serde_json::to_string(l)?, f.clone(), la.clone());
    if stored != actual {
        problems.push(format!("story {id}: stored {stored:?}, members give {actual:?}"));
    }
    Ok(problems)
}
