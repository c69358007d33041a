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
  ('claim_contained_similarity', 0.8,
   'similar_passage(shorter, longer, ''containment'') from which a claim of 40 characters or more is found in a longer one of another article (the same words with more context)'),
  ('claim_all_pairs_max', 2000,
   'up to this many claims, every pair of claims is compared instead of using the index'),
  ('reuse_min_words', 15,
   'two articles are linked (reuse, article_reuse) when their verbatim and near-verbatim regions cover at least this many words of the target''s content (copied text), or as rewrite_min_share and rewrite_min_words say'),
  ('copy_min_words', 10,
   'a verbatim or near-verbatim region counts as copied text only from this many words ("at a town hall meeting in" is a phrase, not a copy)'),
  ('rewrite_min_share', 0.3,
   'regions of any kind (paraphrase, translation) covering this share of the target''s content and rewrite_min_words words link two articles: a rewrite'),
  ('rewrite_min_words', 100,
   'see rewrite_min_share: fewer paraphrased words are what independent reports of one event share'),
  ('template_threshold', 0.5,
   'passage_pairs() Jaccard from which two passages of one outlet are twins (passage_twin)'),
  ('template_min_articles', 3,
   'a passage with twins in this many other articles of its outlet is a template (an editor''s note, a disclaimer, a caption) and never reuse'),
  ('body_max_bytes', 50000000, 'a longer body is skipped'),
  ('not_text_share', 0.1, 'a body with more invalid UTF-8 than this share is skipped');
