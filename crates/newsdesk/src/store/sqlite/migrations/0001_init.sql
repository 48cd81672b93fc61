-- The desk's store, version 1: articles, stories, redirects of merged stories, each story's
-- latest brief, and a full-text index over the articles.

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    articles    INTEGER NOT NULL DEFAULT 0,
    outlets     TEXT NOT NULL DEFAULT '[]',   -- JSON array of outlet names, sorted
    languages   TEXT NOT NULL DEFAULT '[]',   -- JSON array of language codes, sorted
    first_seen  TEXT,                         -- YYYY-MM-DD: earliest member date (or ingest day)
    last_seen   TEXT,
    brief_stale INTEGER NOT NULL DEFAULT 1,   -- 1 until the latest brief covers every member
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX stories_last_seen ON stories(last_seen);
CREATE INDEX stories_stale ON stories(brief_stale) WHERE brief_stale = 1;

-- seq is the arrival order: the clusterer reads stored articles in this order.
CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash BLOB NOT NULL UNIQUE,        -- xxh3-128 of the whitespace-normalised text
    url          TEXT,
    title        TEXT,                        -- headline as the input gave it
    headline     TEXT,                        -- shown: the input's, else the one cleaning found
    source       TEXT,                        -- outlet as given by the input
    outlet       TEXT,                        -- source, else the URL's host
    lang         TEXT,
    date         TEXT,                        -- YYYY-MM-DD as given or found
    day          INTEGER,                     -- the day the clusterer placed it on (undated: the day before it)
    origin       TEXT NOT NULL,               -- input[:line] it was read from
    raw          TEXT NOT NULL,               -- the text as read
    signature    BLOB,                        -- MinHash bins (64 x u32, little endian), when long enough
    cleaned      TEXT,                        -- JSON as `newsdesk clean` prints it, once cleaned
    story        TEXT REFERENCES stories(id),
    story_reason TEXT,                        -- why story is NULL
    duplicate_of TEXT,                        -- the earlier article it nearly copies
    ingested_at  TEXT NOT NULL
);

CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_day ON articles(day);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

CREATE TABLE redirects (
    from_id TEXT PRIMARY KEY,
    to_id   TEXT NOT NULL REFERENCES stories(id),
    at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE briefs (
    story    TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    json     TEXT NOT NULL,
    built_at TEXT NOT NULL
) WITHOUT ROWID;

-- External content: the text lives once, in articles; rows are added by the store's writes.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, raw,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
