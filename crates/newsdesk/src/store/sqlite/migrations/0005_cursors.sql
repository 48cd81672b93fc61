-- Version 5: how far a stream consumer (a clusterer reading its partition of the work stream)
-- has written: the step that took the article at `position` committed with it, so a message
-- delivered again is recognised and a restarted consumer cuts the same steps.

CREATE TABLE stream_cursors (
    name       TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
