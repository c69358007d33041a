-- newswire: the article table every analysis starts from.
--
--   sqlite3 news.db < sql/schema.sql
--
-- published is an ISO 8601 date (YYYY-MM-DD) or NULL when unknown.
-- url identifies an article: loading the same url again replaces its
-- fields instead of adding a duplicate.
CREATE TABLE IF NOT EXISTS articles(
  id        INTEGER PRIMARY KEY,
  source    TEXT,
  url       TEXT UNIQUE,
  published TEXT CHECK (published IS NULL OR date(published) IS NOT NULL),
  title     TEXT,
  body      TEXT
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
