.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- passage_index keeps its band buckets in pidx_band: a MATCH from any
-- connection, after any writes, finds exactly the stored passages that
-- share a band with the query (checked against passage_bands()).
.open --new build/test/index_disk.db
.load ./newswire
CREATE VIRTUAL TABLE pidx USING passage_index();
CREATE VIRTUAL TABLE pidx3 USING passage_index(threshold=0.3);
-- 1200 generated passages: 120 stories of 10 versions a few words apart
CREATE TABLE gen(id INTEGER PRIMARY KEY, text TEXT);
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 1199)
INSERT INTO gen SELECT n + 1,
  printf('story %d the council %s the %s plan for %d new %s on %s after a vote of %d members in %s',
         n / 10, CASE n % 3 WHEN 0 THEN 'approved' WHEN 1 THEN 'passed' ELSE 'backed' END,
         CASE n % 4 WHEN 0 THEN 'housing' WHEN 1 THEN 'transport' WHEN 2 THEN 'water' ELSE 'school' END,
         (n / 10) * 7, CASE n % 5 WHEN 0 THEN 'homes' ELSE 'units' END,
         CASE n % 2 WHEN 0 THEN 'Monday' ELSE 'Tuesday' END, (n / 10) % 9 + 20,
         CASE (n / 10) % 3 WHEN 0 THEN 'the north' WHEN 1 THEN 'the port city' ELSE 'the valley' END)
FROM i;
INSERT INTO gen VALUES (1201, '');
-- written as the levels fill: 8 statements of 100 rows (a level-1
-- segment each, merged into one of level 2), 25 of 8 (level 0), then 200
-- of one row (level 0 full at 64: merged into level 1, three times)
.mode list
.headers off
.output build/test/index_disk_writes.sql
WITH RECURSIVE s(lo, n) AS (SELECT 1, 100 UNION ALL
  SELECT lo + n, CASE WHEN lo + n < 801 THEN 100 WHEN lo + n < 1001 THEN 8 ELSE 1 END
  FROM s WHERE lo + n <= 1201)
SELECT printf('INSERT INTO %s(rowid, text) SELECT id, text FROM gen WHERE id >= %d AND id < %d;',
              t, lo, lo + n) FROM s, (SELECT 'pidx' AS t UNION ALL SELECT 'pidx3') ORDER BY lo, t;
.output stdout
.headers on
.read build/test/index_disk_writes.sql
-- what MATCH must find: rowids sharing a (band, key) with the query
-- (whose bands come from an index of the probes' texts)
CREATE TABLE probe(id INTEGER PRIMARY KEY);
INSERT INTO probe SELECT id FROM gen WHERE id % 97 = 1 OR id = 1201;
CREATE VIRTUAL TABLE qidx USING passage_index();
CREATE VIRTUAL TABLE qidx3 USING passage_index(threshold=0.3);
INSERT INTO qidx(rowid, text) SELECT id, text FROM gen WHERE id IN probe;
INSERT INTO qidx3(rowid, text) SELECT id, text FROM gen WHERE id IN probe;
-- the checks' views are in the database, so a fresh connection has them;
-- tests/sql/index_disk_check.inc reads the truth again and compares
CREATE TABLE qidx_bands AS SELECT * FROM passage_bands('qidx');
CREATE TABLE qidx3_bands AS SELECT * FROM passage_bands('qidx3');
CREATE TABLE truth_bands(band, key, id);
CREATE TABLE truth3_bands(band, key, id);
CREATE VIEW truth AS
  SELECT q.id AS q, s.id AS hit FROM qidx_bands q
  JOIN truth_bands s ON s.band = q.band AND s.key = q.key
  GROUP BY q.id, s.id;
CREATE VIEW truth3 AS
  SELECT q.id AS q, s.id AS hit FROM qidx3_bands q
  JOIN truth3_bands s ON s.band = q.band AND s.key = q.key
  GROUP BY q.id, s.id;
CREATE VIEW found AS
  SELECT p.id AS q, m.rowid AS hit FROM probe p, gen g, pidx m
  WHERE g.id = p.id AND m.pidx MATCH g.text AND m.k = 10000;
CREATE VIEW found3 AS
  SELECT p.id AS q, m.rowid AS hit FROM probe p, gen g, pidx3 m
  WHERE g.id = p.id AND m.pidx3 MATCH g.text AND m.k = 10000;
CREATE VIEW check_all AS
  SELECT (SELECT count(*) FROM found) AS hits,
         (SELECT count(*) FROM (SELECT q, hit FROM found EXCEPT
                                SELECT q, hit FROM truth WHERE q IN probe)) AS not_true,
         (SELECT count(*) FROM (SELECT q, hit FROM truth WHERE q IN probe EXCEPT
                                SELECT q, hit FROM found)) AS missed,
         (SELECT count(*) FROM found3) AS hits3,
         (SELECT count(*) FROM (SELECT q, hit FROM found3 EXCEPT
                                SELECT q, hit FROM truth3 WHERE q IN probe)) AS not_true3,
         (SELECT count(*) FROM (SELECT q, hit FROM truth3 WHERE q IN probe EXCEPT
                                SELECT q, hit FROM found3)) AS missed3;
SELECT '-- 1. after 1200 inserts (merged into levels 1 and 2)' AS test;
.read tests/sql/index_disk_check.inc
SELECT k >> 60 AS level, count(DISTINCT k >> 40) AS segments FROM pidx_band GROUP BY 1;
SELECT '-- 2. a fresh connection reads the same buckets' AS test;
.open build/test/index_disk.db
.load ./newswire
.read tests/sql/index_disk_check.inc
SELECT '-- 3. deletes, updates, rowid moves; the next MATCH sees each' AS test;
DELETE FROM pidx WHERE rowid % 3 = 0;
DELETE FROM pidx3 WHERE rowid % 3 = 0;
UPDATE pidx SET text = (SELECT text FROM gen WHERE id = 1) WHERE rowid BETWEEN 500 AND 520;
UPDATE pidx3 SET text = (SELECT text FROM gen WHERE id = 1) WHERE rowid BETWEEN 500 AND 520;
UPDATE pidx SET rowid = rowid + 5000 WHERE rowid BETWEEN 600 AND 610;
UPDATE pidx3 SET rowid = rowid + 5000 WHERE rowid BETWEEN 600 AND 610;
.read tests/sql/index_disk_check.inc
SELECT count(*) AS found_moved FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 601) AND rowid > 5000;
SELECT '-- 4. a rolled-back batch leaves no bucket behind' AS test;
SELECT count(*) AS band_rows FROM pidx_band;
BEGIN;
INSERT INTO pidx(rowid, text) SELECT id + 10000, text FROM gen WHERE id <= 300;
SELECT count(*) AS in_txn FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 5) AND rowid > 10000;
ROLLBACK;
SELECT count(*) AS band_rows FROM pidx_band;
SELECT count(*) AS after_rollback FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 5) AND rowid > 10000;
BEGIN;
SAVEPOINT s;
INSERT INTO pidx(rowid, text) SELECT id + 20000, text FROM gen WHERE id <= 100;
ROLLBACK TO s;
INSERT INTO pidx(rowid, text) SELECT id + 30000, text FROM gen WHERE id <= 10;
COMMIT;
SELECT count(*) AS savepoint_kept FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 5) AND rowid > 20000;
.read tests/sql/index_disk_check.inc
SELECT '-- 5. rebuild, then optimize (one segment), give the same answers from fewer rows' AS test;
INSERT INTO pidx(pidx) VALUES ('rebuild');
INSERT INTO pidx3(pidx3) VALUES ('rebuild');
.read tests/sql/index_disk_check.inc
SELECT k >> 60 AS level, count(DISTINCT k >> 40) AS segments FROM pidx_band GROUP BY 1;
INSERT INTO pidx(pidx) VALUES ('optimize');
INSERT INTO pidx3(pidx3) VALUES ('optimize');
.read tests/sql/index_disk_check.inc
SELECT k >> 60 AS level, count(DISTINCT k >> 40) AS segments FROM pidx_band GROUP BY 1;
SELECT '-- 6. the top k are the best scores, ties by rowid, as before' AS test;
SELECT rowid, round(score, 3) AS score FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 11) AND k = 5;
SELECT '-- 7. passage_pairs(since): from the stored buckets of the new passages or by streaming every signature past them, the same pairs; pending buckets seen' AS test;
SELECT (SELECT count(*) FROM passage_pairs('pidx', 0.3, 1100, 'bands')) AS bands,
       (SELECT count(*) FROM passage_pairs('pidx', 0.3, 1100, 'scan')) AS scan,
       (SELECT count(*) FROM passage_pairs('pidx', 0.3) WHERE b >= 1100) AS all_pairs,
       (SELECT count(*) FROM (SELECT * FROM passage_pairs('pidx', 0.3, 1100, 'bands')
                              EXCEPT SELECT * FROM passage_pairs('pidx', 0.3, 1100, 'scan'))) AS only_bands,
       (SELECT count(*) FROM (SELECT * FROM passage_pairs('pidx', 0.3, 1100, 'scan')
                              EXCEPT SELECT * FROM passage_pairs('pidx', 0.3, 1100, 'bands'))) AS only_scan;
SELECT (SELECT count(*) FROM (SELECT * FROM passage_pairs('pidx3', 0.2, 700, 'bands')
                              EXCEPT SELECT * FROM passage_pairs('pidx3', 0.2, 700, 'scan'))) AS only_bands3,
       (SELECT count(*) FROM (SELECT * FROM passage_pairs('pidx3', 0.2, 700, 'scan')
                              EXCEPT SELECT * FROM passage_pairs('pidx3', 0.2, 700, 'bands'))) AS only_scan3;
BEGIN;
INSERT INTO pidx(rowid, text) SELECT id + 50000, text FROM gen WHERE id <= 40;
SELECT (SELECT count(*) FROM passage_pairs('pidx', 0.3, 50000, 'bands')) AS pending_bands,
       (SELECT count(*) FROM passage_pairs('pidx', 0.3, 50000, 'scan')) AS pending_scan;
ROLLBACK;
SELECT count(*) FROM passage_pairs('pidx', 0.3, 1100, 'fast');
SELECT '-- 8. two connections: buckets pending in one are not seen by the other until it commits' AS test;
.connection 1
.open build/test/index_disk.db
.load ./newswire
SELECT count(*) AS before FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 7) AND rowid > 60000;
.connection 0
BEGIN;
INSERT INTO pidx(rowid, text) SELECT 60000 + id, text FROM gen WHERE id = 7;
SELECT count(*) AS writer_sees FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 7) AND rowid > 60000;
.connection 1
SELECT count(*) AS other_not_yet FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 7) AND rowid > 60000;
.connection 0
COMMIT;
.connection 1
SELECT count(*) AS other_after_commit FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 7) AND rowid > 60000;
DELETE FROM pidx WHERE rowid > 60000;
.connection 0
SELECT count(*) AS writer_after_delete FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 7) AND rowid > 60000;
SELECT '-- 9. an UPDATE to a rowid written as text: the buckets go under the rowid SQLite stores' AS test;
UPDATE pidx SET rowid = '7e4' WHERE rowid = 11;
SELECT group_concat(rowid) AS moved FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 11) AND rowid > 60000;
UPDATE pidx SET rowid = '8e4' WHERE rowid = 70000;
SELECT group_concat(rowid) AS moved_again FROM pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 11) AND rowid > 60000;
SELECT '-- 10. a rebuild that cannot read a signature changes nothing, inside a transaction too' AS test;
SELECT count(*) AS band_rows FROM pidx_band;
BEGIN;
UPDATE pidx_sig SET sig = x'00' WHERE id = 1;
INSERT INTO pidx(pidx) VALUES ('rebuild');
SELECT count(*) AS band_rows FROM pidx_band;
ROLLBACK;
SELECT count(*) AS band_rows FROM pidx_band;
SELECT '-- 11. an index in an attached database and in temp: its pending buckets found by schema and name' AS test;
ATTACH 'build/test/index_disk_aux.db' AS aux;
DROP TABLE IF EXISTS aux.pidx;
CREATE VIRTUAL TABLE aux.pidx USING passage_index();
CREATE VIRTUAL TABLE temp.tpidx USING passage_index();
INSERT INTO aux.pidx(rowid, text) SELECT id, text FROM gen WHERE id <= 200;
INSERT INTO temp.tpidx(rowid, text) SELECT id, text FROM gen WHERE id <= 200;
BEGIN;
INSERT INTO aux.pidx(rowid, text) SELECT id + 1000, text FROM gen WHERE id <= 20;
INSERT INTO temp.tpidx(rowid, text) SELECT id + 1000, text FROM gen WHERE id <= 20;
SELECT (SELECT count(*) FROM passage_pairs('aux.pidx', 0.3, 1000, 'bands')) AS aux_bands,
       (SELECT count(*) FROM passage_pairs('aux.pidx', 0.3, 1000, 'scan')) AS aux_scan,
       (SELECT count(*) FROM passage_pairs('temp.tpidx', 0.3, 1000, 'bands')) AS temp_bands,
       (SELECT count(*) FROM passage_pairs('temp.tpidx', 0.3, 1000, 'scan')) AS temp_scan,
       (SELECT count(*) FROM aux.pidx WHERE pidx MATCH (SELECT text FROM gen WHERE id = 3) AND rowid > 1000) AS aux_match;
COMMIT;
DROP TABLE aux.pidx;
DROP TABLE temp.tpidx;
DETACH aux;
