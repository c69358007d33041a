.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- A failed step never lets the later ones mark articles analysed, even in a
-- shell that goes on after an error (no -bail), and the next run repairs.
.open --new build/test/analyze_fail.db
.load ./newswire
.read sql/load.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
-- from scratch, the claims step fails (phase 1 alone makes the tables)
.read sql/analyze/1-schema.sql
CREATE TRIGGER fail_claims BEFORE INSERT ON claim BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
.read sql/analyze.sql
SELECT (SELECT count(*) FROM analyzed) AS analysed, (SELECT count(*) FROM claim) AS claims,
       (SELECT count(*) FROM reuse) AS reused, (SELECT count(*) FROM pidx_sig) AS indexed;
SELECT seq, step, rows FROM newswire_status ORDER BY seq;
-- the next run redoes everything: the counts of a clean run
DROP TRIGGER fail_claims;
.read sql/analyze.sql
-- incremental: an edited article, and the reuse step fails
UPDATE articles SET body = body || char(10) || 'A new closing line was added by the editors.' WHERE id = 8;
CREATE TRIGGER fail_reuse BEFORE INSERT ON reuse BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
.read sql/analyze.sql
SELECT group_concat(article) AS analysed FROM analyzed;
DROP TRIGGER fail_reuse;
.read sql/analyze.sql
SELECT group_concat(article) AS analysed FROM analyzed;
SELECT count(*) AS new_line_of_8 FROM passage WHERE article = 8 AND text LIKE 'A new closing line%';
-- settings are checked before any step
UPDATE newswire_settings SET value = 2 WHERE key = 'reuse_pair_threshold';
.read sql/analyze.sql
UPDATE newswire_settings SET value = 0.3 WHERE key = 'reuse_pair_threshold';
-- a database analysed by an older newswire is told to run sql/reset.sql
.read sql/reset.sql
CREATE TABLE passage(article INTEGER, seq INTEGER, text TEXT);
.read sql/analyze.sql
SELECT count(*) AS analysed FROM analyzed;
