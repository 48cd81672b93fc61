-- Version 2: what servers said about the URLs ingested (ETag, Last-Modified), sent back on the
-- next fetch so that an unchanged page or feed is neither downloaded nor read again (the
-- SQLite store's version 4).

CREATE TABLE fetch_cache (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    TEXT NOT NULL
);
