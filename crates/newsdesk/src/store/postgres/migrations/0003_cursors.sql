-- Version 3: how far a stream consumer (a clusterer reading its partition of the work stream)
-- has written, committed in the step's transaction (the SQLite store's version 5).

CREATE TABLE stream_cursors (
    name       TEXT PRIMARY KEY,
    position   BIGINT NOT NULL,
    updated_at TEXT NOT NULL
);
