//! The SQLite store's writes, each one transaction, and its consistency check.

use super::aggregate_of;
use crate::store::{date_text, now, story_problems, Assign, BriefUpdate, Change, NewArticle, Result};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

/// Opens the step's transaction and writes the search index rows of its articles — the slow
/// part — under the row numbers their article rows will take (the transaction holds the
/// write lock, so nothing else can take them). Returns the number before the first. On error
/// nothing stays written.
pub(super) fn begin_step(conn: &Connection, articles: &[NewArticle]) -> Result<i64> {
    if !conn.is_autocommit() {
        conn.execute_batch("ROLLBACK")?;
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let written = index_articles(conn, articles);
    if written.is_err() {
        conn.execute_batch("ROLLBACK")?;
    }
    written
}

fn index_articles(conn: &Connection, articles: &[NewArticle]) -> Result<i64> {
    let base: i64 = conn.query_row("SELECT coalesce(max(seq), 0) FROM articles", [], |r| r.get(0))?;
    let mut fts = conn.prepare_cached("INSERT INTO articles_fts (rowid, headline, raw) VALUES (?1, ?2, ?3)")?;
    for (i, a) in articles.iter().enumerate() {
        fts.execute(params![base + 1 + i as i64, a.title, a.raw])?;
    }
    Ok(base)
}

/// Writes the rest of a step — stories first (articles refer to them), the articles (under
/// the row numbers `begin_step` indexed them by, counted from `base`), moves, redirects,
/// titles and the touched stories' counts — and commits. All or nothing.
pub(super) fn finish_step(conn: &Connection, base: Option<i64>, change: &Change) -> Result<()> {
    let base = match base {
        Some(base) if !conn.is_autocommit() => base,
        // Not begun (or rolled back): index the articles now.
        _ => begin_step(conn, &change.articles)?,
    };
    match finish(conn, base, change).and_then(|()| Ok(conn.execute_batch("COMMIT")?)) {
        Ok(()) => Ok(()),
        Err(e) => {
            if !conn.is_autocommit() {
                conn.execute_batch("ROLLBACK")?;
            }
            Err(e)
        }
    }
}

fn finish(conn: &Connection, base: i64, change: &Change) -> Result<()> {
    let at = now();
    if let Some((name, position)) = &change.cursor {
        advance_cursor(conn, name, *position, &at)?;
    }
    let mut story = conn.prepare_cached("INSERT OR IGNORE INTO stories (id, updated_at) VALUES (?1, ?2)")?;
    for id in &change.touched {
        story.execute(params![id, at])?;
    }
    insert_articles(conn, base, change, &at)?;
    // An alias never shadows an article's own id.
    let mut alias = conn.prepare_cached(
        "INSERT OR IGNORE INTO aliases (id, article, at) SELECT ?1, ?2, ?3
         WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ?1)",
    )?;
    for (id, article) in &change.aliases {
        alias.execute(params![id, article, at])?;
    }
    let mut mv = conn.prepare_cached("UPDATE articles SET story = ?2, story_reason = NULL WHERE id = ?1")?;
    for (article, story) in &change.moves {
        mv.execute(params![article, story])?;
    }
    for (from, to) in &change.redirects {
        // A merge is whole: members outside the re-clustered window follow too. Older
        // redirects to `from` now lead to `to`: chains stay one hop long.
        conn.execute("UPDATE articles SET story = ?2 WHERE story = ?1", params![from, to])?;
        conn.execute("UPDATE redirects SET to_id = ?2 WHERE to_id = ?1", params![from, to])?;
        conn.execute(
            "INSERT INTO redirects (from_id, to_id, at) VALUES (?1, ?2, ?3)
             ON CONFLICT(from_id) DO UPDATE SET to_id = excluded.to_id, at = excluded.at",
            params![from, to, at],
        )?;
    }
    let mut title = conn.prepare_cached("UPDATE stories SET title = ?2 WHERE id = ?1")?;
    for (id, t) in &change.titles {
        title.execute(params![id, t])?;
    }
    for id in &change.touched {
        refresh_story(conn, id, &at)?;
    }
    Ok(())
}

fn insert_articles(conn: &Connection, base: i64, change: &Change, at: &str) -> Result<()> {
    let assigned: HashMap<&str, &Assign> = change.assign.iter().map(|a| (a.article.as_str(), a)).collect();
    let mut insert = conn.prepare_cached(
        "INSERT INTO articles (seq, id, content_hash, url, title, headline, source, outlet, lang, date, day, origin,
                               raw, signature, story, story_reason, duplicate_of, ingested_at, markup)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?;
    let none = Assign::default();
    for (i, a) in change.articles.iter().enumerate() {
        let p = assigned.get(a.id.as_str()).copied().unwrap_or(&none);
        let signature: Option<Vec<u8>> = p.signature.as_ref().map(|s| s.iter().flat_map(|b| b.to_le_bytes()).collect());
        insert.execute(params![
            base + 1 + i as i64,
            a.id,
            &a.content_hash[..],
            a.url,
            a.title,
            a.source,
            a.outlet,
            p.lang,
            date_text(a.date),
            p.day,
            a.origin,
            a.raw,
            signature,
            p.story,
            p.reason,
            p.duplicate_of,
            at,
            a.markup
        ])?;
    }
    Ok(())
}

/// Recomputes a story's counts from its members; a story left without members is deleted
/// (with its brief), and redirects that led to it are dropped.
fn refresh_story(tx: &Connection, id: &str, at: &str) -> Result<()> {
    let (articles, outlets, languages, first, last) = aggregate_of(tx, id)?;
    if articles == 0 {
        tx.execute("DELETE FROM redirects WHERE to_id = ?1", [id])?;
        tx.execute("DELETE FROM stories WHERE id = ?1", [id])?;
        return Ok(());
    }
    tx.prepare_cached(
        "UPDATE stories SET articles = ?2, outlets = ?3, languages = ?4, first_seen = ?5, last_seen = ?6,
                            brief_stale = 1, updated_at = ?7 WHERE id = ?1",
    )?
    .execute(params![
        id,
        articles as i64,
        serde_json::to_string(&outlets)?,
        serde_json::to_string(&languages)?,
        first,
        last,
        at
    ])?;
    Ok(())
}

/// Stores briefs and the cleaned articles they were built from. A cleaned title replaces a
/// missing one, in the search index too (external-content FTS rows are replaced by hand).
pub(super) fn put_briefs(conn: &mut Connection, briefs: &[BriefUpdate]) -> Result<()> {
    let at = now();
    let tx = conn.transaction()?;
    {
        let mut read = tx.prepare_cached("SELECT seq, headline, raw FROM articles WHERE id = ?1")?;
        let mut clean = tx.prepare_cached("UPDATE articles SET cleaned = ?2, headline = ?3 WHERE seq = ?1")?;
        let mut unindex = tx.prepare_cached(
            "INSERT INTO articles_fts (articles_fts, rowid, headline, raw) VALUES ('delete', ?1, ?2, ?3)",
        )?;
        let mut index = tx.prepare_cached("INSERT INTO articles_fts (rowid, headline, raw) VALUES (?1, ?2, ?3)")?;
        let mut story = tx.prepare_cached(
            "UPDATE stories SET brief_stale = 0, title = coalesce(?2, title), updated_at = ?3 WHERE id = ?1",
        )?;
        let mut brief = tx.prepare_cached(
            "INSERT INTO briefs (story, json, built_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(story) DO UPDATE SET json = excluded.json, built_at = excluded.built_at",
        )?;
        for b in briefs {
            for (id, json, cleaned_title) in &b.cleaned {
                let row: Option<(i64, Option<String>, String)> =
                    read.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()?;
                let Some((seq, title, raw)) = row else { continue };
                let new_title = title.clone().or_else(|| cleaned_title.clone());
                clean.execute(params![seq, json, new_title])?;
                if new_title != title {
                    unindex.execute(params![seq, title, raw])?;
                    index.execute(params![seq, new_title, raw])?;
                }
            }
            // A story merged away meanwhile has no row: its brief is dropped.
            if story.execute(params![b.story, b.title, at])? == 1 {
                brief.execute(params![b.story, b.json, at])?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}

/// Every broken invariant: story counts that differ from their members, empty stories,
/// redirects that lead nowhere or away from a live story, a search index out of step.
pub(super) fn check(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut stmt =
        conn.prepare("SELECT id, articles, outlets, languages, first_seen, last_seen FROM stories ORDER BY id")?;
    type Row = (String, i64, String, String, Option<String>, Option<String>);
    let rows: Vec<Row> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, articles, outlets, languages, first, last) in rows {
        let actual = aggregate_of(conn, &id)?;
        problems.extend(story_problems(&id, (articles, outlets, languages, first, last), &actual)?);
    }
    let mut stmt = conn.prepare(
        "SELECT from_id, to_id FROM redirects r
         WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = r.to_id)
            OR EXISTS (SELECT 1 FROM stories s WHERE s.id = r.from_id)",
    )?;
    let bad: Vec<(String, String)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    problems.extend(
        bad.into_iter().map(|(f, t)| format!("redirect {f} -> {t} does not lead from a gone story to a live one")),
    );
    let orphans: i64 = conn.query_row(
        "SELECT count(*) FROM articles a WHERE story IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story)",
        [],
        |r| r.get(0),
    )?;
    if orphans > 0 {
        problems.push(format!("{orphans} articles name a story that does not exist"));
    }
    if let Err(e) = conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')", []) {
        problems.push(format!("search index: {e}"));
    }
    Ok(problems)
}

/// Moves a stream consumer's position forward, refusing a step it has written already.
fn advance_cursor(conn: &Connection, name: &str, position: u64, at: &str) -> Result<()> {
    let value = i64::try_from(position).unwrap_or(i64::MAX);
    let moved = conn.execute(
        "INSERT INTO stream_cursors (name, position, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
         WHERE stream_cursors.position < excluded.position",
        params![name, value, at],
    )?;
    if moved == 0 {
        let stored: i64 =
            conn.query_row("SELECT position FROM stream_cursors WHERE name = ?1", [name], |r| r.get(0))?;
        let stored = u64::try_from(stored).unwrap_or(0);
        return Err(crate::store::StoreError::Behind { name: name.to_string(), stored, position });
    }
    Ok(())
}
