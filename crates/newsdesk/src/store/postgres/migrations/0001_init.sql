-- The desk's store on PostgreSQL, version 1: the same tables as the SQLite store at its
-- version 3 (articles, stories, redirects, briefs, aliases). Search is a stored tsvector
-- column (headline weighted A, text B) under a GIN index, kept current by PostgreSQL itself.

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    articles    BIGINT NOT NULL DEFAULT 0,
    outlets     TEXT NOT NULL DEFAULT '[]',   -- JSON array of outlet names, sorted
    languages   TEXT NOT NULL DEFAULT '[]',   -- JSON array of language codes, sorted
    first_seen  TEXT,                         -- YYYY-MM-DD: earliest member date (or ingest day)
    last_seen   TEXT,
    brief_stale BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at  TEXT NOT NULL
);

CREATE INDEX stories_last_seen ON stories(last_seen);
CREATE INDEX stories_stale ON stories(id) WHERE brief_stale;

-- seq is the arrival order: the clusterer reads stored articles in this order. Writers take
-- the store's advisory lock, so seq is handed out by one writer at a time.
CREATE TABLE articles (
    seq          BIGINT PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash BYTEA NOT NULL UNIQUE,
    url          TEXT,
    title        TEXT,
    headline     TEXT,
    source       TEXT,
    outlet       TEXT,
    lang         TEXT,
    date         TEXT,
    day          INTEGER,
    origin       TEXT NOT NULL,
    raw          TEXT NOT NULL,
    signature    BYTEA,
    cleaned      TEXT,
    story        TEXT REFERENCES stories(id),
    story_reason TEXT,
    duplicate_of TEXT,
    ingested_at  TEXT NOT NULL,
    markup       BOOLEAN NOT NULL DEFAULT FALSE,
    -- A tsvector is capped at 1 MB: the first 200,000 characters are indexed.
    search       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(headline, '')), 'A') ||
        setweight(to_tsvector('english', left(raw, 200000)), 'B')
    ) STORED
);

CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_day ON articles(day);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE redirects (
    from_id TEXT PRIMARY KEY,
    to_id   TEXT NOT NULL REFERENCES stories(id),
    at      TEXT NOT NULL
);

CREATE TABLE briefs (
    story    TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    json     TEXT NOT NULL,
    built_at TEXT NOT NULL
);

CREATE TABLE aliases (
    id      TEXT PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(id),
    at      TEXT NOT NULL
);

CREATE INDEX aliases_article ON aliases(article);
