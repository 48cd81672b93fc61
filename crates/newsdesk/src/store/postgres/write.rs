//! The PostgreSQL store's writes, each one transaction under the writers' advisory lock, and
//! its consistency check.

use super::{PostgresStore, WRITE_LOCK};
use crate::store::{date_text, now, story_problems, Assign, BriefUpdate, Change, Result};
use std::borrow::Cow;
use std::collections::HashMap;

/// Opens a step's transaction, waits for the writers' lock, and returns the arrival number
/// before the step's first article.
pub(super) fn begin(store: &mut PostgresStore) -> Result<i64> {
    let client = store.client.get_mut();
    // A step left open by an earlier error is abandoned first.
    client.batch_execute("ROLLBACK; BEGIN")?;
    let started = store
        .execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .and_then(|_| store.one("SELECT coalesce(max(seq), 0) FROM articles", &[]));
    match started {
        Ok(row) => Ok(row.map_or(0, |r| r.get(0))),
        Err(e) => {
            store.client.get_mut().batch_execute("ROLLBACK")?;
            Err(e)
        }
    }
}

/// Writes a begun step — stories first (articles refer to them), the articles, aliases,
/// moves, redirects, titles and the touched stories' counts — and commits. All or nothing.
pub(super) fn finish_step(store: &mut PostgresStore, base: i64, change: &Change) -> Result<()> {
    match finish(store, base, change) {
        Ok(()) => Ok(store.client.get_mut().batch_execute("COMMIT")?),
        Err(e) => {
            store.client.get_mut().batch_execute("ROLLBACK")?;
            Err(e)
        }
    }
}

fn finish(store: &PostgresStore, base: i64, change: &Change) -> Result<()> {
    let at = now();
    if let Some((name, position)) = &change.cursor {
        advance_cursor(store, name, *position, &at)?;
    }
    for id in &change.touched {
        store.execute("INSERT INTO stories (id, updated_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", &[id, &at])?;
    }
    insert_articles(store, base, change, &at)?;
    for (id, article) in &change.aliases {
        // An alias never shadows an article's own id.
        store.execute(
            "INSERT INTO aliases (id, article, at) SELECT $1, $2, $3
             WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = $1) ON CONFLICT DO NOTHING",
            &[id, article, &at],
        )?;
    }
    for (article, story) in &change.moves {
        store.execute("UPDATE articles SET story = $2, story_reason = NULL WHERE id = $1", &[article, story])?;
    }
    for (from, to) in &change.redirects {
        // A merge is whole: members outside the re-clustered window follow too. Older
        // redirects to `from` now lead to `to`: chains stay one hop long.
        store.execute("UPDATE articles SET story = $2 WHERE story = $1", &[from, to])?;
        store.execute("UPDATE redirects SET to_id = $2 WHERE to_id = $1", &[from, to])?;
        store.execute(
            "INSERT INTO redirects (from_id, to_id, at) VALUES ($1, $2, $3)
             ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id, at = excluded.at",
            &[from, to, &at],
        )?;
    }
    for (id, title) in &change.titles {
        store.execute("UPDATE stories SET title = $2 WHERE id = $1", &[id, &title.as_deref().map(text)])?;
    }
    for id in &change.touched {
        refresh_story(store, id, &at)?;
    }
    Ok(())
}

/// PostgreSQL text cannot hold NUL: it becomes U+FFFD (the content hash was taken before).
fn text(s: &str) -> Cow<'_, str> {
    if s.contains('\0') {
        Cow::Owned(s.replace('\0', "\u{fffd}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Column arrays of a batch of new articles, for one `INSERT … SELECT FROM unnest(…)`.
#[derive(Default)]
struct ArticleColumns<'a> {
    seq: Vec<i64>,
    id: Vec<Cow<'a, str>>,
    hash: Vec<&'a [u8]>,
    url: Vec<Option<Cow<'a, str>>>,
    title: Vec<Option<Cow<'a, str>>>,
    source: Vec<Option<Cow<'a, str>>>,
    outlet: Vec<Option<Cow<'a, str>>>,
    lang: Vec<Option<&'a str>>,
    date: Vec<Option<String>>,
    day: Vec<Option<i32>>,
    origin: Vec<Cow<'a, str>>,
    raw: Vec<Cow<'a, str>>,
    signature: Vec<Option<Vec<u8>>>,
    story: Vec<Option<&'a str>>,
    reason: Vec<Option<&'a str>>,
    duplicate_of: Vec<Option<&'a str>>,
    markup: Vec<bool>,
}

fn insert_articles(store: &PostgresStore, base: i64, change: &Change, at: &str) -> Result<()> {
    let assigned: HashMap<&str, &Assign> = change.assign.iter().map(|a| (a.article.as_str(), a)).collect();
    let none = Assign::default();
    let numbered: Vec<(i64, &crate::store::NewArticle)> =
        change.articles.iter().enumerate().map(|(i, a)| (base + 1 + i as i64, a)).collect();
    for chunk in numbered.chunks(super::PROBE_BATCH) {
        let mut c = ArticleColumns::default();
        for &(seq, a) in chunk {
            let p = assigned.get(a.id.as_str()).copied().unwrap_or(&none);
            c.seq.push(seq);
            c.id.push(text(&a.id));
            c.hash.push(&a.content_hash[..]);
            c.url.push(a.url.as_deref().map(text));
            c.title.push(a.title.as_deref().map(text));
            c.source.push(a.source.as_deref().map(text));
            c.outlet.push(a.outlet.as_deref().map(text));
            c.lang.push(p.lang.as_deref());
            c.date.push(date_text(a.date));
            c.day.push(p.day);
            c.origin.push(text(&a.origin));
            c.raw.push(text(&a.raw));
            c.signature.push(p.signature.as_ref().map(|s| s.iter().flat_map(|b| b.to_le_bytes()).collect()));
            c.story.push(p.story.as_deref());
            c.reason.push(p.reason.as_deref());
            c.duplicate_of.push(p.duplicate_of.as_deref());
            c.markup.push(a.markup);
        }
        store.execute(
            "INSERT INTO articles (seq, id, content_hash, url, title, headline, source, outlet, lang, date, day,
                                   origin, raw, signature, story, story_reason, duplicate_of, markup, ingested_at)
             SELECT seq, id, content_hash, url, title, title, source, outlet, lang, date, day,
                    origin, raw, signature, story, story_reason, duplicate_of, markup, $18
             FROM unnest($1::bigint[], $2::text[], $3::bytea[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::text[], $9::text[], $10::int4[], $11::text[], $12::text[], $13::bytea[], $14::text[],
                         $15::text[], $16::text[], $17::bool[])
                  AS n(seq, id, content_hash, url, title, source, outlet, lang, date, day,
                       origin, raw, signature, story, story_reason, duplicate_of, markup)",
            &[
                &c.seq,
                &c.id,
                &c.hash,
                &c.url,
                &c.title,
                &c.source,
                &c.outlet,
                &c.lang,
                &c.date,
                &c.day,
                &c.origin,
                &c.raw,
                &c.signature,
                &c.story,
                &c.reason,
                &c.duplicate_of,
                &c.markup,
                &at,
            ],
        )?;
    }
    Ok(())
}

/// Recomputes a story's counts from its members; a story left without members is deleted
/// (with its brief), and redirects that led to it are dropped.
fn refresh_story(store: &PostgresStore, id: &str, at: &str) -> Result<()> {
    let (articles, outlets, languages, first, last) = store.aggregate_of(id)?;
    if articles == 0 {
        store.execute("DELETE FROM redirects WHERE to_id = $1", &[&id])?;
        store.execute("DELETE FROM stories WHERE id = $1", &[&id])?;
        return Ok(());
    }
    store.execute(
        "UPDATE stories SET articles = $2, outlets = $3, languages = $4, first_seen = $5, last_seen = $6,
                            brief_stale = TRUE, updated_at = $7 WHERE id = $1",
        &[
            &id,
            &i64::try_from(articles).unwrap_or(i64::MAX),
            &serde_json::to_string(&outlets)?,
            &serde_json::to_string(&languages)?,
            &first,
            &last,
            &at,
        ],
    )?;
    Ok(())
}

/// Stores briefs and the cleaned articles they were built from, in one transaction. A cleaned
/// title replaces a missing one (the search vector follows by itself).
pub(super) fn put_briefs(store: &mut PostgresStore, briefs: &[BriefUpdate]) -> Result<()> {
    let at = now();
    store.client.get_mut().batch_execute("ROLLBACK; BEGIN")?;
    let written = briefs.iter().try_for_each(|b| {
        for (id, json, cleaned_title) in &b.cleaned {
            store.execute(
                "UPDATE articles SET cleaned = $2, headline = coalesce(headline, $3) WHERE id = $1",
                &[id, &text(json), &cleaned_title.as_deref().map(text)],
            )?;
        }
        // A story merged away meanwhile has no row: its brief is dropped.
        let title = b.title.as_deref().map(text);
        let updated = store.execute(
            "UPDATE stories SET brief_stale = FALSE, title = coalesce($2, title), updated_at = $3 WHERE id = $1",
            &[&b.story, &title, &at],
        )?;
        if updated == 1 {
            store.execute(
                "INSERT INTO briefs (story, json, built_at) VALUES ($1, $2, $3)
                 ON CONFLICT (story) DO UPDATE SET json = excluded.json, built_at = excluded.built_at",
                &[&b.story, &text(&b.json), &at],
            )?;
        }
        Ok(())
    });
    let end = if written.is_ok() { "COMMIT" } else { "ROLLBACK" };
    store.client.get_mut().batch_execute(end)?;
    written
}

/// Every broken invariant: story counts that differ from their members, empty stories,
/// redirects that lead nowhere or away from a live story, articles naming no story.
pub(super) fn check(store: &PostgresStore) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let rows = store.query(
        "SELECT id, articles, outlets, languages, first_seen, last_seen FROM stories ORDER BY id COLLATE \"C\"",
        &[],
    )?;
    for r in rows {
        let id: String = r.try_get(0)?;
        let actual = store.aggregate_of(&id)?;
        let stored = (r.try_get(1)?, r.try_get(2)?, r.try_get(3)?, r.try_get(4)?, r.try_get(5)?);
        problems.extend(story_problems(&id, stored, &actual)?);
    }
    let bad = store.query(
        "SELECT from_id, to_id FROM redirects r
         WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = r.to_id)
            OR EXISTS (SELECT 1 FROM stories s WHERE s.id = r.from_id)",
        &[],
    )?;
    problems.extend(bad.iter().map(|r| {
        let (from, to): (String, String) = (r.get(0), r.get(1));
        format!("redirect {from} -> {to} does not lead from a gone story to a live one")
    }));
    let orphans: i64 = store
        .one(
            "SELECT count(*) FROM articles a WHERE story IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story)",
            &[],
        )?
        .map_or(0, |r| r.get(0));
    if orphans > 0 {
        problems.push(format!("{orphans} articles name a story that does not exist"));
    }
    Ok(problems)
}

/// Moves a stream consumer's position forward, refusing a step it has written already.
fn advance_cursor(store: &PostgresStore, name: &str, position: u64, at: &str) -> Result<()> {
    let value = i64::try_from(position).unwrap_or(i64::MAX);
    let moved = store.execute(
        "INSERT INTO stream_cursors (name, position, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
         WHERE stream_cursors.position < excluded.position",
        &[&name, &value, &at],
    )?;
    if moved == 0 {
        let stored = store
            .one("SELECT position FROM stream_cursors WHERE name = $1", &[&name])?
            .map_or(0, |r| u64::try_from(r.get::<_, i64>(0)).unwrap_or(0));
        return Err(crate::store::StoreError::Behind { name: name.to_string(), stored, position });
    }
    Ok(())
}
