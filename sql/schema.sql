-- newswire: the tables every analysis starts from.
--
--   sqlite3 news.db < sql/schema.sql
--
-- articles: published is an ISO 8601 date (YYYY-MM-DD) or NULL when
-- unknown.  url identifies an article: loading the same url again replaces
-- its fields instead of adding a duplicate.
CREATE TABLE IF NOT EXISTS articles(
  id        INTEGER PRIMARY KEY,
  source    TEXT,
  url       TEXT UNIQUE,
  published TEXT CHECK (published IS NULL OR date(published) IS NOT NULL),
  title     TEXT,
  body      TEXT
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
-- load_report: what the loaders (sql/load.sql, sql/load_json.sql,
-- examples/load.py, examples/load.cjs) could not read in the files they
-- loaded last, one row per problem; the article is loaded all the same
-- (without the date, or the file whole as its body), or, when it has no
-- body, not at all.  Loading a file again replaces its rows.
CREATE TABLE IF NOT EXISTS load_report(file TEXT, url TEXT, problem TEXT);
-- newswire_settings: what sql/analyze.sql reads before each run, created
-- with the defaults below; change one with
--   UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
-- A threshold applies to the articles analysed after the change (the
-- analysis is incremental); sql/reset.sql then sql/analyze.sql applies it
-- to all of them.
CREATE TABLE IF NOT EXISTS newswire_settings(
  key TEXT PRIMARY KEY, value, about TEXT);
INSERT OR IGNORE INTO newswire_settings(key, value, about) VALUES
  ('quiet', 0, '1: no progress lines on stderr during the long steps'),
  ('reuse_pair_threshold', 0.3,
   'passage_pairs() Jaccard from which two articles are aligned with reuse_spans()'),
  ('claim_pair_threshold', 0.25,
   'passage_pairs() Jaccard from which two claims are compared (corpora over claim_all_pairs_max claims)'),
  ('claim_link_similarity', 0.5,
   'similar_passage() from which two claims of different articles say the same'),
  ('claim_all_pairs_max', 2000,
   'up to this many claims, every pair of claims is compared instead of using the index'),
  ('reuse_min_words', 15,
   'two articles are linked (reuse, article_reuse) only when their regions cover at least this many words of the target''s content'),
  ('body_max_bytes', 50000000, 'a longer body is skipped'),
  ('not_text_share', 0.1, 'a body with more invalid UTF-8 than this share is skipped');
