//! The PostgreSQL store: the same tables and invariants as the SQLite store, on a server that
//! several desks and API servers share. Schema versions are the SQL files of `migrations/`,
//! applied in order at open under an advisory lock and recorded in `schema_migrations`.
//! Reads are here, writes in `write.rs`.
//!
//! Every query is a prepared statement with bound parameters (cached per connection); article
//! text never becomes SQL. Writers take one advisory lock for the length of their transaction,
//! so arrival numbers (`seq`) stay dense and ordered with several writers.

mod write;

use super::{
    aggregate, date_text, now, Aggregate, Counts, MemberGroup, MemberInfo, Result, SearchHit, StoreError,
    StoredArticle, StoryRow, MEMBER_GROUPS,
};
use crate::ingest::fetch::Validators;
use chrono::NaiveDate;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Row, Statement};
use std::cell::RefCell;
use std::collections::HashMap;

/// The migrations, in order: `(version, SQL)`.
const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("migrations/0001_init.sql")),
    (2, include_str!("migrations/0002_fetch.sql")),
    (3, include_str!("migrations/0003_cursors.sql")),
];

/// Stored article columns, in the order [`read_article`] reads them.
const ARTICLE_COLUMNS: &str =
    "seq, id, url, title, headline, source, outlet, lang, date, day, origin, raw, cleaned, story, duplicate_of, markup";

/// Articles looked up, or written, per round trip.
const PROBE_BATCH: usize = 1000;

/// Search rows read before grouping them by story.
const SEARCH_ROWS: i64 = 2000;

/// The advisory lock writers and migrations hold (any fixed number; "newsdesk" in ASCII).
const WRITE_LOCK: i64 = 0x6e65_7773_6465_736b;

/// Search ranks weigh headline matches (A) three times text matches (B), as the SQLite store.
const RANK_WEIGHTS: &str = "'{0.0, 0.0, 0.333, 1.0}'";

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

/// The PostgreSQL implementation of [`super::Store`].
pub struct PostgresStore {
    // The trait reads through `&self`; one connection serves one store value at a time.
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
    /// The row number before a begun step's first article.
    pending: Option<i64>,
}

impl PostgresStore {
    /// Connects to the server a `postgres://` URL names and brings the schema up to date.
    pub fn open(url: &str) -> Result<Self> {
        Self::setup(connect(url)?)
    }

    /// Like [`PostgresStore::open`], inside one schema (created when missing) — so that
    /// several desks, or tests, can share one database without seeing each other.
    pub fn open_in_schema(url: &str, schema: &str) -> Result<Self> {
        let mut client = connect(url)?;
        let quoted = quote_ident(schema);
        client.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {quoted}; SET search_path TO {quoted}"))?;
        Self::setup(client)
    }

    /// Drops a schema [`PostgresStore::open_in_schema`] made, with everything in it.
    pub fn drop_schema(url: &str, schema: &str) -> Result<()> {
        connect(url)?.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", quote_ident(schema)))?;
        Ok(())
    }

    fn setup(client: Client) -> Result<Self> {
        let mut store = Self { client: RefCell::new(client), statements: RefCell::default(), pending: None };
        store.migrate()?;
        Ok(store)
    }

    /// The schema version the database is at.
    pub fn schema_version(&self) -> Result<u32> {
        let row = self.one("SELECT coalesce(max(version), 0) FROM schema_migrations", &[])?;
        Ok(row.map_or(0, |r| u32::try_from(r.get::<_, i32>(0)).unwrap_or(0)))
    }

    fn migrate(&mut self) -> Result<()> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        let client = self.client.get_mut();
        // One process migrates; the others wait for it and then find nothing left to do. The
        // lock comes first: two `CREATE TABLE IF NOT EXISTS` at once can both try to create.
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        )?;
        let current: i32 = tx.query_one("SELECT coalesce(max(version), 0) FROM schema_migrations", &[])?.get(0);
        let current = u32::try_from(current).unwrap_or(0);
        if current > known {
            return Err(StoreError::TooNew { found: current, known });
        }
        for &(version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            tx.batch_execute(sql).map_err(|e| StoreError::Migration { version, source: Box::new(e) })?;
            let v = i32::try_from(version).unwrap_or(i32::MAX);
            tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", &[&v, &now()])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The cached prepared statement for `sql`.
    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(stmt) = self.statements.borrow().get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self.client.borrow_mut().prepare(sql)?;
        self.statements.borrow_mut().insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    fn query(&self, sql: &str, params: Params<'_>) -> Result<Vec<Row>> {
        let stmt = self.statement(sql)?;
        Ok(self.client.borrow_mut().query(&stmt, params)?)
    }

    fn one(&self, sql: &str, params: Params<'_>) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    fn execute(&self, sql: &str, params: Params<'_>) -> Result<u64> {
        let stmt = self.statement(sql)?;
        Ok(self.client.borrow_mut().execute(&stmt, params)?)
    }

    fn articles_where(&self, condition: &str, params: Params<'_>) -> Result<Vec<StoredArticle>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE {condition}");
        self.query(&sql, params)?.iter().map(read_article).collect()
    }

    fn story_row(&self, id: &str) -> Result<Option<StoryRow>> {
        let row = self.one(
            "SELECT id, title, articles, outlets, first_seen, last_seen, languages FROM stories WHERE id = $1",
            &[&id],
        )?;
        row.as_ref().map(read_story).transpose()
    }

    /// A story's counts as its members give them.
    fn aggregate_of(&self, story: &str) -> Result<Aggregate> {
        let groups = self.query(MEMBER_GROUPS, &[&story])?;
        Ok(aggregate(groups.iter().map(|r| MemberGroup {
            outlet: r.get(0),
            lang: r.get(1),
            first_date: r.get(2),
            last_date: r.get(3),
            first_ingested: r.get(4),
            last_ingested: r.get(5),
            count: r.get(6),
        })))
    }
}

/// An SQL identifier, quoted.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn connect(url: &str) -> Result<Client> {
    let config: postgres::Config = url
        .parse()
        .map_err(|e| StoreError::BadLocation(format!("{}: not a PostgreSQL URL: {e}", super::redact(url))))?;
    config.connect(NoTls).map_err(|e| StoreError::BadLocation(format!("{}: cannot connect: {e}", super::redact(url))))
}

fn read_article(r: &Row) -> Result<StoredArticle> {
    let date: Option<String> = r.try_get(8)?;
    Ok(StoredArticle {
        seq: r.try_get(0)?,
        id: r.try_get(1)?,
        url: r.try_get(2)?,
        title: r.try_get(3)?,
        headline: r.try_get(4)?,
        source: r.try_get(5)?,
        outlet: r.try_get(6)?,
        lang: r.try_get(7)?,
        date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        day: r.try_get(9)?,
        origin: r.try_get(10)?,
        raw: r.try_get(11)?,
        cleaned: r.try_get(12)?,
        story: r.try_get(13)?,
        duplicate_of: r.try_get(14)?,
        markup: r.try_get(15)?,
    })
}

fn read_story(r: &Row) -> Result<StoryRow> {
    Ok(StoryRow {
        id: r.try_get(0)?,
        title: r.try_get(1)?,
        articles: usize::try_from(r.try_get::<_, i64>(2)?).unwrap_or(0),
        outlets: serde_json::from_str(r.try_get(3)?)?,
        first_seen: r.try_get(4)?,
        last_seen: r.try_get(5)?,
        languages: serde_json::from_str(r.try_get(6)?)?,
    })
}

impl super::Store for PostgresStore {
    fn known(&self, probes: &[([u8; 16], Option<&str>, &str)]) -> Result<Vec<(Option<String>, bool)>> {
        // One round trip per batch; each probe looks up the three unique indexes.
        let mut out = vec![(None, false); probes.len()];
        for (batch, chunk) in probes.chunks(PROBE_BATCH).enumerate() {
            let hashes: Vec<&[u8]> = chunk.iter().map(|p| &p.0[..]).collect();
            let urls: Vec<Option<&str>> = chunk.iter().map(|p| p.1).collect();
            let ids: Vec<&str> = chunk.iter().map(|p| p.2).collect();
            let rows = self.query(
                "SELECT p.i, a.id, a.content_hash = p.h OR coalesce(a.url = p.u, false), a.id = p.pid
                 FROM unnest($1::bytea[], $2::text[], $3::text[]) WITH ORDINALITY AS p(h, u, pid, i)
                 JOIN LATERAL (
                     SELECT seq, id, content_hash, url FROM articles WHERE content_hash = p.h
                     UNION SELECT seq, id, content_hash, url FROM articles WHERE url = p.u
                     UNION SELECT seq, id, content_hash, url FROM articles WHERE id = p.pid
                 ) a ON TRUE
                 ORDER BY p.i, a.seq",
                &[&hashes, &urls, &ids],
            )?;
            for r in rows {
                let i = usize::try_from(r.try_get::<_, i64>(0)?).unwrap_or(0).saturating_sub(1);
                let Some(slot) = out.get_mut(batch * PROBE_BATCH + i) else { continue };
                if r.try_get::<_, bool>(2)? && slot.0.is_none() {
                    slot.0 = Some(r.try_get(1)?);
                }
                slot.1 |= r.try_get::<_, bool>(3)?;
            }
        }
        Ok(out)
    }

    fn id_taken(&self, article: bool, id: &str) -> Result<bool> {
        let sql = if article {
            "SELECT 1 FROM articles WHERE id = $1"
        } else {
            "SELECT 1 FROM stories WHERE id = $1 UNION ALL SELECT 1 FROM redirects WHERE from_id = $1"
        };
        Ok(self.one(sql, &[&id])?.is_some())
    }

    fn window(&self, ranges: &[(i32, i32)], undated: usize) -> Result<Vec<StoredArticle>> {
        let mut out = Vec::new();
        for (from, to) in ranges {
            out.extend(self.articles_where("day BETWEEN $1 AND $2", &[from, to])?);
        }
        if undated > 0 {
            let limit = i64::try_from(undated).unwrap_or(i64::MAX);
            out.extend(self.articles_where(
                "seq IN (SELECT seq FROM articles WHERE day IS NULL ORDER BY seq DESC LIMIT $1)",
                &[&limit],
            )?);
        }
        out.sort_by_key(|a| a.seq);
        out.dedup_by_key(|a| a.seq);
        Ok(out)
    }

    fn begin_step(&mut self, _articles: &[super::NewArticle]) -> Result<()> {
        // The search vector is computed by the server as the rows go in: nothing to index early.
        self.pending = Some(write::begin(self)?);
        Ok(())
    }

    fn finish_step(&mut self, change: &super::Change) -> Result<()> {
        let base = match self.pending.take() {
            Some(base) => base,
            None => write::begin(self)?,
        };
        write::finish_step(self, base, change)
    }

    fn abort_step(&mut self) -> Result<()> {
        self.pending = None;
        self.client.get_mut().batch_execute("ROLLBACK")?;
        Ok(())
    }

    fn stale_stories(&self) -> Result<Vec<String>> {
        let rows = self.query("SELECT id FROM stories WHERE brief_stale ORDER BY id COLLATE \"C\"", &[])?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn members(&self, story: &str, limit: usize) -> Result<Vec<StoredArticle>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut out =
            self.articles_where("story = $1 ORDER BY duplicate_of IS NOT NULL, seq LIMIT $2", &[&story, &limit])?;
        out.sort_by_key(|a| a.seq);
        Ok(out)
    }

    fn put_briefs(&mut self, briefs: &[super::BriefUpdate]) -> Result<()> {
        write::put_briefs(self, briefs)
    }

    fn resolve(&self, story: &str) -> Result<Option<String>> {
        if self.story_row(story)?.is_some() {
            return Ok(Some(story.to_string()));
        }
        // Chains are collapsed on every merge, so one hop lands on a live story.
        let row = self
            .one("SELECT r.to_id FROM redirects r JOIN stories s ON s.id = r.to_id WHERE r.from_id = $1", &[&story])?;
        Ok(row.map(|r| r.get(0)))
    }

    fn story(&self, id: &str) -> Result<Option<StoryRow>> {
        match self.resolve(id)? {
            Some(live) => self.story_row(&live),
            None => Ok(None),
        }
    }

    fn stories(&self, since: Option<NaiveDate>) -> Result<Vec<StoryRow>> {
        let since = date_text(since).unwrap_or_default();
        let rows = self.query(
            "SELECT id, title, articles, outlets, first_seen, last_seen, languages FROM stories
             WHERE coalesce(last_seen, '') >= $1 ORDER BY last_seen DESC NULLS LAST, articles DESC, id COLLATE \"C\"",
            &[&since],
        )?;
        rows.iter().map(read_story).collect()
    }

    fn brief(&self, story: &str) -> Result<Option<String>> {
        let Some(live) = self.resolve(story)? else { return Ok(None) };
        Ok(self.one("SELECT json FROM briefs WHERE story = $1", &[&live])?.map(|r| r.get(0)))
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        if let Some(a) = self.articles_where("id = $1", &[&id])?.into_iter().next() {
            return Ok(Some(a));
        }
        Ok(self.articles_where("id = (SELECT article FROM aliases WHERE id = $1)", &[&id])?.into_iter().next())
    }

    fn member_info(&self, story: &str) -> Result<Vec<MemberInfo>> {
        let rows = self.query(
            "SELECT seq, id, coalesce(headline, title), outlet, url, date, ingested_at FROM articles
             WHERE story = $1 ORDER BY seq",
            &[&story],
        )?;
        rows.iter()
            .map(|r| {
                let date: Option<String> = r.try_get(5)?;
                Ok(MemberInfo {
                    seq: r.try_get(0)?,
                    id: r.try_get(1)?,
                    headline: r.try_get(2)?,
                    outlet: r.try_get(3)?,
                    url: r.try_get(4)?,
                    date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                    ingested_at: r.try_get(6)?,
                })
            })
            .collect()
    }

    fn aliases(&self, story: &str) -> Result<Vec<(String, String)>> {
        let rows = self.query(
            "SELECT l.id, l.article FROM aliases l JOIN articles a ON a.id = l.article WHERE a.story = $1 ORDER BY l.id COLLATE \"C\"",
            &[&story],
        )?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        // The words only, all required (as the SQLite store): no query syntax is interpreted.
        let Some(words) = super::fts_query(query).map(|q| q.replace('"', "")) else { return Ok(Vec::new()) };
        let rows = self.query(
            &format!(
                "SELECT a.story, a.id, a.headline, ts_rank_cd({RANK_WEIGHTS}, a.search, q) AS rank
                 FROM articles a, plainto_tsquery('english', $1) q
                 WHERE a.search @@ q ORDER BY rank DESC, a.seq LIMIT $2"
            ),
            &[&words, &SEARCH_ROWS],
        )?;
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for r in &rows {
            let (story, article): (Option<String>, String) = (r.try_get(0)?, r.try_get(1)?);
            let key = story.clone().unwrap_or_else(|| format!("\0{article}"));
            if !seen.insert(key) {
                continue;
            }
            // The passage is cut only for the hits shown.
            let snippet = self
                .one(
                    "SELECT ts_headline('english', raw, plainto_tsquery('english', $1),
                        'StartSel=\"\", StopSel=\"\", MaxWords=16, MinWords=8, MaxFragments=1')
                     FROM articles WHERE id = $2",
                    &[&words, &article],
                )?
                .map(|r| r.get::<_, String>(0))
                .unwrap_or_default();
            out.push(SearchHit {
                story,
                article,
                title: r.try_get(2)?,
                snippet: snippet.split_whitespace().collect::<Vec<_>>().join(" "),
                score: f64::from(r.try_get::<_, f32>(3)?),
            });
            if out.len() == limit {
                break;
            }
        }
        Ok(out)
    }

    fn counts(&self) -> Result<Counts> {
        let row = self.one(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories),
                    (SELECT count(*) FROM redirects), (SELECT count(*) FROM articles WHERE story IS NULL)",
            &[],
        )?;
        let n = |i: usize| row.as_ref().map_or(0, |r| usize::try_from(r.get::<_, i64>(i)).unwrap_or(0));
        Ok(Counts { articles: n(0), stories: n(1), redirects: n(2), storyless: n(3) })
    }

    fn check(&self) -> Result<Vec<String>> {
        write::check(self)
    }

    fn fetch_validators(&self, url: &str) -> Result<Option<Validators>> {
        let row = self.one("SELECT etag, last_modified FROM fetch_cache WHERE url = $1", &[&url])?;
        row.map(|r| Ok(Validators { etag: r.try_get(0)?, last_modified: r.try_get(1)? })).transpose()
    }

    fn cursor(&self, name: &str) -> Result<Option<u64>> {
        let row = self.one("SELECT position FROM stream_cursors WHERE name = $1", &[&name])?;
        row.map(|r| Ok(u64::try_from(r.try_get::<_, i64>(0)?).unwrap_or(0))).transpose()
    }

    fn put_fetch_validators(&mut self, url: &str, validators: &Validators) -> Result<()> {
        self.execute(
            "INSERT INTO fetch_cache (url, etag, last_modified, fetched_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (url) DO UPDATE SET etag = $2, last_modified = $3, fetched_at = $4",
            &[&url, &validators.etag, &validators.last_modified, &now()],
        )?;
        Ok(())
    }
}
