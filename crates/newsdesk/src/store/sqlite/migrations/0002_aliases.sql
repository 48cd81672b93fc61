-- Version 2: the ids of exact copies. A copy is not stored again, but its id keeps answering
-- with the article it copies (and counts as a member of that article's story).

CREATE TABLE aliases (
    id      TEXT PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(id),
    at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX aliases_article ON aliases(article);
