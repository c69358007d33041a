-- newswire: drop everything sql/analyze.sql built (the articles and
-- newswire_settings stay).
--
--   sqlite3 news.db -cmd '.load ./newswire' < sql/reset.sql
--
-- Run it when sql/analyze.sql reports that the database was analysed by
-- an older newswire whose tables differ; the next sql/analyze.sql then
-- analyses every article again.  The passage indexes are virtual tables,
-- so the extension must be loaded to drop them.
DROP VIEW IF EXISTS article_reuse;
DROP VIEW IF EXISTS claim_variants;
DROP VIEW IF EXISTS entity_variants;
DROP VIEW IF EXISTS discrepancies;
DROP VIEW IF EXISTS timeline;
DROP VIEW IF EXISTS analysis_skipped;
DROP VIEW IF EXISTS reuse_dot;
DROP VIEW IF EXISTS reuse_links;
DROP VIEW IF EXISTS passage_template;
DROP VIEW IF EXISTS newswire_summary;
DROP TABLE IF EXISTS newswire_status;
DROP TABLE IF EXISTS main.pidx;
DROP TABLE IF EXISTS main.cidx;
DROP TABLE IF EXISTS analyzed;
DROP TABLE IF EXISTS prepared;
DROP TABLE IF EXISTS newswire_shard;
DROP TABLE IF EXISTS newswire_shard_deal;
DROP TABLE IF EXISTS passage_twin;
DROP TABLE IF EXISTS person_name;
DROP TABLE IF EXISTS person_initials;
DROP TABLE IF EXISTS passage;
DROP TABLE IF EXISTS mention;
DROP TABLE IF EXISTS claim;
DROP TABLE IF EXISTS claim_link;
DROP TABLE IF EXISTS reuse;
DROP TABLE IF EXISTS reuse_pair;
