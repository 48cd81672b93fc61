//! The SQLite store: one file, write-ahead log, foreign keys on, every write one transaction.
//! Schema versions are the SQL files of `migrations/`, applied in order at open and
//! recorded in `schema_migrations`. Reads are here, writes in `write.rs`.

mod write;

use super::{
    aggregate, date_text, now, Aggregate, Counts, MemberGroup, MemberInfo, Result, SearchHit, StoreError,
    StoredArticle, StoryRow, MEMBER_GROUPS,
};
use crate::ingest::fetch::Validators;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

/// The migrations, in order: `(version, SQL)`.
const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("migrations/0001_init.sql")),
    (2, include_str!("migrations/0002_aliases.sql")),
    (3, include_str!("migrations/0003_markup.sql")),
    (4, include_str!("migrations/0004_fetch.sql")),
    (5, include_str!("migrations/0005_cursors.sql")),
];

/// Stored article columns, in the order [`read_article`] reads them.
const ARTICLE_COLUMNS: &str =
    "seq, id, url, title, headline, source, outlet, lang, date, day, origin, raw, cleaned, story, duplicate_of, markup";

/// Search rows read before grouping them by story.
const SEARCH_ROWS: usize = 2000;

/// The SQLite implementation of [`super::Store`].
pub struct SqliteStore {
    conn: Connection,
    /// The row number before a begun step's first article.
    pending: Option<i64>,
}

impl SqliteStore {
    /// Opens (creating when missing) the store at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<std::path::Path>) -> Result<Self> {
        Self::setup(Connection::open(path)?)
    }

    /// A store in memory (for one-shot runs such as `newsdesk digest`, and tests).
    pub fn open_in_memory() -> Result<Self> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Self> {
        // WAL: readers never block the writer; NORMAL sync is still safe against a killed
        // process (only a power cut can lose the last commits, never corrupt the file).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let mut store = Self { conn, pending: None };
        store.migrate()?;
        Ok(store)
    }

    /// Sets this connection's page cache (64 MiB by default): a server keeping several
    /// read connections open gives each a smaller one.
    pub fn set_cache_mib(&self, mib: u32) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -(i64::from(mib) * 1024))?;
        Ok(())
    }

    /// The schema version the file is at.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self.conn.query_row("SELECT coalesce(max(version), 0) FROM schema_migrations", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        self.conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        )?;
        let current = self.schema_version()?;
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        if current > known {
            return Err(StoreError::TooNew { found: current, known });
        }
        for &(version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql).map_err(|e| StoreError::Migration { version, source: Box::new(e) })?;
            tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)", params![version, now()])?;
            tx.commit()?;
        }
        Ok(())
    }

    fn articles_where(&self, condition: &str, args: impl rusqlite::Params) -> Result<Vec<StoredArticle>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE {condition}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(args, read_article)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn story_row(&self, id: &str) -> Result<Option<StoryRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, articles, outlets, first_seen, last_seen, languages FROM stories WHERE id = ?1",
        )?;
        let row = stmt.query_row([id], raw_story).optional()?;
        row.map(story_from_raw).transpose()
    }
}

fn read_article(r: &Row<'_>) -> rusqlite::Result<StoredArticle> {
    let date: Option<String> = r.get(8)?;
    Ok(StoredArticle {
        seq: r.get(0)?,
        id: r.get(1)?,
        url: r.get(2)?,
        title: r.get(3)?,
        headline: r.get(4)?,
        source: r.get(5)?,
        outlet: r.get(6)?,
        lang: r.get(7)?,
        date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        day: r.get(9)?,
        origin: r.get(10)?,
        raw: r.get(11)?,
        cleaned: r.get(12)?,
        story: r.get(13)?,
        duplicate_of: r.get(14)?,
        markup: r.get(15)?,
    })
}

type RawStory = (String, Option<String>, i64, String, Option<String>, Option<String>, String);

fn raw_story(r: &Row<'_>) -> rusqlite::Result<RawStory> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
}

fn story_from_raw((id, title, articles, outlets, first_seen, last_seen, languages): RawStory) -> Result<StoryRow> {
    Ok(StoryRow {
        id,
        title,
        articles: usize::try_from(articles).unwrap_or(0),
        outlets: serde_json::from_str(&outlets)?,
        first_seen,
        last_seen,
        languages: serde_json::from_str(&languages)?,
    })
}

/// A story's counts as its members give them.
fn aggregate_of(conn: &Connection, story: &str) -> rusqlite::Result<Aggregate> {
    let mut stmt = conn.prepare_cached(MEMBER_GROUPS)?;
    let groups = stmt.query_map([story], |r| {
        Ok(MemberGroup {
            outlet: r.get(0)?,
            lang: r.get(1)?,
            first_date: r.get(2)?,
            last_date: r.get(3)?,
            first_ingested: r.get(4)?,
            last_ingested: r.get(5)?,
            count: r.get(6)?,
        })
    })?;
    Ok(aggregate(groups.collect::<rusqlite::Result<Vec<_>>>()?))
}

impl super::Store for SqliteStore {
    fn known(&self, probes: &[([u8; 16], Option<&str>, &str)]) -> Result<Vec<(Option<String>, bool)>> {
        // One lookup per article: SQLite answers the OR through the three unique indexes.
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, content_hash = ?1 OR coalesce(url = ?2, 0), id = ?3 FROM articles
             WHERE content_hash = ?1 OR url = ?2 OR id = ?3",
        )?;
        let mut out = Vec::with_capacity(probes.len());
        for (hash, url, id) in probes {
            let mut rows = stmt.query(params![&hash[..], url, id])?;
            let (mut copy, mut taken) = (None, false);
            while let Some(r) = rows.next()? {
                if r.get::<_, bool>(1)? && copy.is_none() {
                    copy = Some(r.get(0)?);
                }
                taken |= r.get::<_, bool>(2)?;
            }
            out.push((copy, taken));
        }
        Ok(out)
    }

    fn id_taken(&self, article: bool, id: &str) -> Result<bool> {
        let sql = if article {
            "SELECT 1 FROM articles WHERE id = ?1"
        } else {
            "SELECT 1 FROM stories WHERE id = ?1 UNION ALL SELECT 1 FROM redirects WHERE from_id = ?1"
        };
        Ok(self.conn.prepare_cached(sql)?.query_row([id], |_| Ok(())).optional()?.is_some())
    }

    fn window(&self, ranges: &[(i32, i32)], undated: usize) -> Result<Vec<StoredArticle>> {
        let mut out = Vec::new();
        for &(from, to) in ranges {
            out.extend(self.articles_where("day BETWEEN ?1 AND ?2", params![from, to])?);
        }
        if undated > 0 {
            let limit = i64::try_from(undated).unwrap_or(i64::MAX);
            out.extend(self.articles_where(
                "seq IN (SELECT seq FROM articles WHERE day IS NULL ORDER BY seq DESC LIMIT ?1)",
                [limit],
            )?);
        }
        out.sort_by_key(|a| a.seq);
        out.dedup_by_key(|a| a.seq);
        Ok(out)
    }

    fn begin_step(&mut self, articles: &[super::NewArticle]) -> Result<()> {
        self.pending = Some(write::begin_step(&self.conn, articles)?);
        Ok(())
    }

    fn finish_step(&mut self, change: &super::Change) -> Result<()> {
        write::finish_step(&self.conn, self.pending.take(), change)
    }

    fn abort_step(&mut self) -> Result<()> {
        self.pending = None;
        if !self.conn.is_autocommit() {
            self.conn.execute_batch("ROLLBACK")?;
        }
        Ok(())
    }

    fn stale_stories(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM stories WHERE brief_stale = 1 ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn members(&self, story: &str, limit: usize) -> Result<Vec<StoredArticle>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut out =
            self.articles_where("story = ?1 ORDER BY duplicate_of IS NOT NULL, seq LIMIT ?2", params![story, limit])?;
        out.sort_by_key(|a| a.seq);
        Ok(out)
    }

    fn put_briefs(&mut self, briefs: &[super::BriefUpdate]) -> Result<()> {
        write::put_briefs(&mut self.conn, briefs)
    }

    fn resolve(&self, story: &str) -> Result<Option<String>> {
        if self.story_row(story)?.is_some() {
            return Ok(Some(story.to_string()));
        }
        // Chains are collapsed on every merge, so one hop lands on a live story.
        let mut stmt = self
            .conn
            .prepare_cached("SELECT r.to_id FROM redirects r JOIN stories s ON s.id = r.to_id WHERE r.from_id = ?1")?;
        Ok(stmt.query_row([story], |r| r.get(0)).optional()?)
    }

    fn story(&self, id: &str) -> Result<Option<StoryRow>> {
        match self.resolve(id)? {
            Some(live) => self.story_row(&live),
            None => Ok(None),
        }
    }

    fn stories(&self, since: Option<NaiveDate>) -> Result<Vec<StoryRow>> {
        let since = date_text(since).unwrap_or_default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, articles, outlets, first_seen, last_seen, languages FROM stories
             WHERE coalesce(last_seen, '') >= ?1 ORDER BY last_seen DESC, articles DESC, id",
        )?;
        let rows = stmt.query_map([since], raw_story)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(story_from_raw).collect()
    }

    fn brief(&self, story: &str) -> Result<Option<String>> {
        let Some(live) = self.resolve(story)? else { return Ok(None) };
        let mut stmt = self.conn.prepare_cached("SELECT json FROM briefs WHERE story = ?1")?;
        Ok(stmt.query_row([live], |r| r.get(0)).optional()?)
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let found = self.articles_where("id = ?1", [id])?.into_iter().next();
        match found {
            Some(a) => Ok(Some(a)),
            None => {
                Ok(self.articles_where("id = (SELECT article FROM aliases WHERE id = ?1)", [id])?.into_iter().next())
            }
        }
    }

    fn member_info(&self, story: &str) -> Result<Vec<MemberInfo>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, id, coalesce(headline, title), outlet, url, date, ingested_at FROM articles
             WHERE story = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([story], |r| {
            let date: Option<String> = r.get(5)?;
            Ok(MemberInfo {
                seq: r.get(0)?,
                id: r.get(1)?,
                headline: r.get(2)?,
                outlet: r.get(3)?,
                url: r.get(4)?,
                date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                ingested_at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn aliases(&self, story: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.id, l.article FROM aliases l JOIN articles a ON a.id = l.article WHERE a.story = ?1 ORDER BY l.id",
        )?;
        let rows = stmt.query_map([story], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(fts) = super::fts_query(query) else { return Ok(Vec::new()) };
        // Title matches weigh three times body matches; bm25 is lower for better matches. The
        // snippet is made only for the hits kept: asked for in the ranking query, SQLite would
        // make one for every matching row before sorting them.
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.story, a.id, a.headline, a.seq, bm25(articles_fts, 3.0, 1.0) AS rank
             FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![fts, SEARCH_ROWS as i64], |r| {
            let hit = SearchHit {
                story: r.get(0)?,
                article: r.get(1)?,
                title: r.get(2)?,
                snippet: String::new(),
                score: -r.get::<_, f64>(4)?,
            };
            Ok((hit, r.get::<_, i64>(3)?))
        })?;
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for row in rows {
            let (hit, seq) = row?;
            let key = hit.story.clone().unwrap_or_else(|| format!("\0{}", hit.article));
            if seen.insert(key) {
                out.push((hit, seq));
                if out.len() == limit {
                    break;
                }
            }
        }
        let mut snippet = self.conn.prepare_cached(
            "SELECT snippet(articles_fts, -1, '', '', '…', 16) FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2",
        )?;
        out.into_iter()
            .map(|(mut hit, seq)| {
                let text: String = snippet.query_row(params![fts, seq], |r| r.get(0)).optional()?.unwrap_or_default();
                hit.snippet = text.split_whitespace().collect::<Vec<_>>().join(" ");
                Ok(hit)
            })
            .collect()
    }

    fn counts(&self) -> Result<Counts> {
        let count = |sql: &str| -> Result<usize> {
            Ok(usize::try_from(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))?).unwrap_or(0))
        };
        Ok(Counts {
            articles: count("SELECT count(*) FROM articles")?,
            stories: count("SELECT count(*) FROM stories")?,
            redirects: count("SELECT count(*) FROM redirects")?,
            storyless: count("SELECT count(*) FROM articles WHERE story IS NULL")?,
        })
    }

    fn check(&self) -> Result<Vec<String>> {
        write::check(&self.conn)
    }

    fn fetch_validators(&self, url: &str) -> Result<Option<Validators>> {
        let mut stmt = self.conn.prepare_cached("SELECT etag, last_modified FROM fetch_cache WHERE url = ?1")?;
        let row = stmt.query_row([url], |r| Ok(Validators { etag: r.get(0)?, last_modified: r.get(1)? }));
        Ok(row.optional()?)
    }

    fn cursor(&self, name: &str) -> Result<Option<u64>> {
        let mut stmt = self.conn.prepare_cached("SELECT position FROM stream_cursors WHERE name = ?1")?;
        let position: Option<i64> = stmt.query_row([name], |r| r.get(0)).optional()?;
        Ok(position.map(|p| u64::try_from(p).unwrap_or(0)))
    }

    fn put_fetch_validators(&mut self, url: &str, validators: &Validators) -> Result<()> {
        self.conn.execute(
            "INSERT INTO fetch_cache (url, etag, last_modified, fetched_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (url) DO UPDATE SET etag = ?2, last_modified = ?3, fetched_at = ?4",
            params![url, validators.etag, validators.last_modified, now()],
        )?;
        Ok(())
    }
}
