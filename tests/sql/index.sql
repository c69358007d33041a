.load ./newswire
.headers on
.mode list
.nullvalue NULL
.open --new build/test/index.db
.load ./newswire
CREATE VIRTUAL TABLE pidx USING passage_index();
SELECT name FROM sqlite_schema WHERE name LIKE 'pidx%' ORDER BY name;
SELECT key, value FROM pidx_config ORDER BY key;
CREATE TABLE docs(id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO docs VALUES
 (1, 'The commission postponed the announcement of the water agreement because of recent security developments.'),
 (2, 'Because of recent security developments, the commission postponed announcing the water agreement.'),
 (3, 'The football club unveiled a new coach on Monday after a poor season.'),
 (4, 'Engineers will build four pumping stations and a pipeline with 240 million dollars of funding.'),
 (5, 'The commission postponed the announcement of the water agreement because of recent security developments.');
INSERT INTO pidx(rowid, text) SELECT id, text FROM docs WHERE id <= 4;
-- a signature can be inserted directly
INSERT INTO pidx(rowid, signature) SELECT id, passage_signature(text) FROM docs WHERE id = 5;
SELECT count(*) AS stored FROM pidx;
-- top-k, best first
SELECT rowid, round(score, 2) AS score FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1) AND k = 3;
-- k defaults to 10; ORDER BY score DESC is free
SELECT rowid FROM pidx WHERE pidx MATCH 'security developments postponed the water agreement announcement commission' ORDER BY score DESC;
-- query by signature
SELECT rowid FROM pidx WHERE pidx MATCH passage_signature('A new coach was unveiled by the football club on Monday after a poor season.') AND k = 1;
-- join: each document with its best other match
SELECT d.id, m.rowid AS best FROM docs d, pidx m
 WHERE m.pidx MATCH d.text AND m.k = 2 AND m.rowid <> d.id ORDER BY d.id;
-- every pair above the threshold
SELECT a, b, round(score, 2) AS score FROM passage_pairs('pidx', 0.5);
SELECT count(*) AS pairs_at_default FROM passage_pairs('main.pidx');
-- since: only pairs whose later passage was inserted from that rowid on
SELECT a, b, round(score, 2) AS score FROM passage_pairs('pidx', 0.5, 5);
SELECT count(*) AS since_past_the_end FROM passage_pairs('pidx', 0.5, 6);
-- the same pairs as the whole listing filtered, both when the new rows
-- are few (probed against the rest) and many (listed band by band)
CREATE TABLE gen(id INTEGER PRIMARY KEY, text TEXT);
WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 200),
     j(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM j WHERE m < 11)
INSERT INTO gen SELECT n, (SELECT group_concat('word' || ((n % 30) * 3 + m + (n % 7 = 0) * m * 5), ' ') FROM j) FROM i;
CREATE VIRTUAL TABLE gidx USING passage_index();
INSERT INTO gidx(rowid, text) SELECT id, text FROM gen;
SELECT (SELECT count(*) FROM passage_pairs('gidx', 0.3) WHERE b >= 181) AS filtered,
       (SELECT count(*) FROM passage_pairs('gidx', 0.3, 181)) AS probed,
       (SELECT count(*) FROM (SELECT a, b FROM passage_pairs('gidx', 0.3) WHERE b >= 181
         EXCEPT SELECT a, b FROM passage_pairs('gidx', 0.3, 181))) AS missing,
       (SELECT count(*) FROM (SELECT a, b FROM passage_pairs('gidx', 0.3) WHERE b >= 41
         EXCEPT SELECT a, b FROM passage_pairs('gidx', 0.3, 41))) AS missing_many;
-- rowid lookup and full scan
SELECT rowid, length(signature), signature = passage_signature((SELECT text FROM docs WHERE id = 4)) AS same FROM pidx WHERE rowid = 4;
SELECT group_concat(rowid) AS all_rowids FROM pidx;
-- delete and update
DELETE FROM pidx WHERE rowid = 5;
SELECT group_concat(rowid) AS after_delete FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE pidx SET text = (SELECT text FROM docs WHERE id = 3) WHERE rowid = 4;
SELECT group_concat(rowid) AS after_update FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 3);
INSERT OR REPLACE INTO pidx(rowid, text) VALUES (4, 'Engineers will build four pumping stations.');
SELECT count(*) AS after_replace FROM pidx;
-- a rolled-back insert leaves no trace in queries
BEGIN;
INSERT INTO pidx(rowid, text) VALUES (9, 'The commission postponed the announcement of the water agreement.');
SELECT count(*) AS in_txn FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
ROLLBACK;
SELECT count(*) AS after_rollback FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
-- persistence: close and reopen
.open build/test/index.db
.load ./newswire
SELECT rowid, round(score, 2) AS score FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 2) AND k = 2;
-- VACUUM, rename, drop
VACUUM;
ALTER TABLE pidx RENAME TO pidx2;
SELECT name FROM sqlite_schema WHERE name LIKE 'pidx%' ORDER BY name;
SELECT count(*) AS renamed_pairs FROM passage_pairs('pidx2', 0.5);
DROP TABLE pidx2;
SELECT count(*) AS left_behind FROM sqlite_schema WHERE name LIKE 'pidx%';
-- the band shape: threshold=0.3 cuts the 256 slots into 85 bands of 3,
-- which propose pairs of Jaccard 0.3 with probability 0.90 (64 of 4: 0.41)
CREATE VIRTUAL TABLE low USING passage_index(threshold=0.3);
SELECT key, value FROM low_config WHERE key IN ('bands', 'rows') ORDER BY key;
CREATE VIRTUAL TABLE p64 USING passage_index();
INSERT INTO low(rowid, text) SELECT id, text FROM docs;
INSERT INTO p64(rowid, text) SELECT id, text FROM docs;
SELECT count(*) / (SELECT count(*) FROM low_sig) AS bands_per_passage FROM passage_bands('low');
-- here every pair the 64 bands list, the 85 list too, with the same scores
SELECT count(*) AS pairs_64, sum(EXISTS (SELECT 1 FROM passage_pairs('low', 0.1) l
         WHERE l.a = x.a AND l.b = x.b AND l.score = x.score)) AS also_in_85
FROM passage_pairs('p64', 0.1) x;
SELECT rowid FROM low WHERE low MATCH (SELECT text FROM docs WHERE id = 1) AND k = 1;
CREATE VIRTUAL TABLE two USING passage_index(bands = 128, rows = 2);
SELECT group_concat(value) FROM two_config WHERE key IN ('bands', 'rows');
DROP TABLE low;
DROP TABLE p64;
DROP TABLE two;
-- errors
CREATE VIRTUAL TABLE bad USING passage_index(bands=8);
CREATE VIRTUAL TABLE bad USING passage_index(bands=65, rows=4);
CREATE VIRTUAL TABLE bad USING passage_index(threshold=0);
CREATE VIRTUAL TABLE bad USING passage_index(threshold=0.3, bands=85, rows=3);
CREATE VIRTUAL TABLE bad USING passage_index(shape=wide);
CREATE VIRTUAL TABLE bad USING passage_index(bands=1e300, rows=3);
CREATE VIRTUAL TABLE bad USING passage_index(bands=0, rows=0);
CREATE VIRTUAL TABLE bad USING passage_index(bands=abc);
CREATE VIRTUAL TABLE bad USING passage_index(threshold=0.3, threshold=0.5);
CREATE VIRTUAL TABLE p3 USING passage_index();
SELECT * FROM p3 WHERE p3 MATCH 'x' AND k = 0;
SELECT * FROM p3 WHERE p3 MATCH 'x' AND k = 20000;
SELECT * FROM p3 WHERE p3 MATCH x'0102';
INSERT INTO p3(rowid) VALUES (1);
INSERT INTO p3(rowid, signature) VALUES (1, 'not a blob');
INSERT INTO p3(rowid, signature) VALUES (1, x'00');
INSERT INTO p3(rowid, text) VALUES (1, 'one'); INSERT INTO p3(rowid, text) VALUES (1, 'again');
UPDATE p3_sig SET sig = x'4e5753' WHERE id = 1;
SELECT * FROM p3 WHERE p3 MATCH 'one';
UPDATE p3_config SET value = 99 WHERE key = 'version';
.open build/test/index.db
.load ./newswire
SELECT * FROM p3;
SELECT * FROM passage_pairs('nosuch');
SELECT * FROM passage_pairs('p3', 0);
SELECT * FROM passage_pairs('pidx', 0.5, 'last week');
SELECT * FROM passage_pairs;
