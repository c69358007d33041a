.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- A database analysed before passage_index stored its bands (format 1):
-- the next sql/analyze.sql upgrades pidx and cidx, and the answers stay.
.open --new build/test/index_upgrade.db
.load ./newswire
.read sql/load.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
.read sql/analyze.sql
CREATE TABLE before AS SELECT source, target, direction FROM reuse_pair;
-- what a format-1 index looks like: no _band, version 1
DROP TABLE pidx_band;
DROP TABLE cidx_band;
UPDATE pidx_config SET value = 1 WHERE key = 'version';
UPDATE cidx_config SET value = 1 WHERE key = 'version';
.open build/test/index_upgrade.db
.load ./newswire
SELECT count(*) FROM pidx WHERE pidx MATCH 'the pipeline';
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
UPDATE articles SET body = body || ' ' WHERE id = (SELECT min(id) FROM articles);
.read sql/analyze.sql
SELECT (SELECT value FROM pidx_config WHERE key = 'version') AS pidx_version,
       (SELECT value FROM cidx_config WHERE key = 'version') AS cidx_version,
       (SELECT count(*) > 0 FROM pidx_band) AS pidx_bands,
       (SELECT count(*) > 0 FROM cidx_band) AS cidx_bands;
SELECT count(*) AS same_pairs FROM reuse_pair r JOIN before b USING (source, target, direction);
SELECT (SELECT count(*) FROM reuse_pair) = (SELECT count(*) FROM before) AS as_many;
-- the first passage finds itself first (ties go to the lower rowid)
SELECT rowid = (SELECT min(id) FROM passage WHERE NOT boilerplate) AS finds_itself
  FROM pidx WHERE pidx MATCH (SELECT text FROM passage WHERE NOT boilerplate ORDER BY id LIMIT 1) AND k = 1;
