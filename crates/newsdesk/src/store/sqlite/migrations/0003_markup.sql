-- Version 3: whether an article's text was laid out from markup (a web page, a feed item's
-- HTML), which the clean stage reads differently (RawArticle::markup).

ALTER TABLE articles ADD COLUMN markup INTEGER NOT NULL DEFAULT 0;
