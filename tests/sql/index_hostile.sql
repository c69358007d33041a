.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- passage_index and passage_pairs(): writes that must not be lost, and
-- database files whose shadow tables are damaged or hostile.
.open --new build/test/index_hostile.db
.load ./newswire
CREATE TABLE docs(id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO docs VALUES
 (1, 'The commission postponed the announcement of the water agreement because of recent security developments.'),
 (2, 'The football club unveiled a new coach on Monday after a poor season.'),
 (3, 'Engineers will build four pumping stations and a pipeline with 240 million dollars of funding.');
CREATE VIRTUAL TABLE pidx USING passage_index();
INSERT INTO pidx(rowid, text) SELECT id, text FROM docs;
SELECT '-- 1. UPDATE recomputes the signature; MATCH sees it at once' AS test;
SELECT group_concat(rowid) AS before FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 2);
UPDATE pidx SET text = (SELECT text FROM docs WHERE id = 2) WHERE rowid = 3;
SELECT group_concat(rowid) AS after_text FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 2);
SELECT signature = passage_signature((SELECT text FROM docs WHERE id = 2)) AS stored FROM pidx WHERE rowid = 3;
UPDATE pidx SET signature = passage_signature((SELECT text FROM docs WHERE id = 3)) WHERE rowid = 3;
SELECT group_concat(rowid) AS after_signature FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 3);
-- a rowid change moves the signature; every row at once too
UPDATE pidx SET rowid = 30 WHERE rowid = 3;
SELECT group_concat(rowid) AS moved FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 3);
UPDATE pidx SET rowid = rowid + 100;
SELECT group_concat(rowid) AS all_moved FROM pidx;
SELECT group_concat(rowid) AS match_moved FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE pidx SET rowid = rowid - 100;
-- onto a rowid that is taken: an error naming it, nothing changed; or
-- OR IGNORE keeps both, OR REPLACE replaces the other
UPDATE pidx SET rowid = 2 WHERE rowid = 1;
UPDATE OR IGNORE pidx SET rowid = 2 WHERE rowid = 1;
SELECT group_concat(rowid) AS kept FROM pidx;
UPDATE OR REPLACE pidx SET rowid = 2 WHERE rowid = 1;
SELECT group_concat(rowid) AS replaced FROM pidx;
SELECT group_concat(rowid) AS replaced_match FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE pidx SET signature = NULL WHERE rowid = 2;
UPDATE pidx SET text = 'a b c', signature = passage_signature('a b c') WHERE rowid = 2;
UPDATE pidx SET score = 1 WHERE rowid = 2;
SELECT '-- 2. conflict modes of INSERT' AS test;
DELETE FROM pidx;
INSERT INTO pidx(rowid, text) SELECT id, text FROM docs;
INSERT OR IGNORE INTO pidx(rowid, text) VALUES (1, 'A different text about the weather in spring.');
SELECT rowid, signature = passage_signature((SELECT text FROM docs WHERE id = 1)) AS unchanged FROM pidx WHERE rowid = 1;
INSERT OR IGNORE INTO pidx(rowid, text) VALUES (1, 'x y z'), (4, 'A different text about the weather in spring.');
SELECT group_concat(rowid) AS ignore_rest_inserted FROM pidx;
INSERT OR REPLACE INTO pidx(rowid, text) VALUES (4, (SELECT text FROM docs WHERE id = 2));
SELECT group_concat(rowid) AS replace_match FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 2);
-- ABORT (the default) undoes the statement, FAIL keeps what came before
INSERT INTO pidx(rowid, text) VALUES (5, 'five'), (1, 'one'), (6, 'six');
SELECT group_concat(rowid) AS after_abort FROM pidx;
INSERT OR FAIL INTO pidx(rowid, text) VALUES (5, 'five'), (1, 'one'), (6, 'six');
SELECT group_concat(rowid) AS after_fail FROM pidx;
BEGIN;
INSERT INTO pidx(rowid, text) VALUES (7, 'seven');
INSERT OR ROLLBACK INTO pidx(rowid, text) VALUES (8, 'eight'), (1, 'one');
SELECT group_concat(rowid) AS after_rollback FROM pidx;
COMMIT;
INSERT INTO pidx(rowid, text) VALUES ('seven', 'not a rowid');
SELECT '-- 3. direct writes to pidx_sig: a deletion is seen by MATCH, new signatures after rebuild' AS test;
DELETE FROM pidx WHERE rowid > 3;
SELECT group_concat(rowid) AS before FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
INSERT INTO pidx_sig(id, sig) VALUES (11, passage_signature((SELECT text FROM docs WHERE id = 1)));
SELECT group_concat(rowid) AS direct_insert FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
INSERT INTO pidx(pidx) VALUES ('rebuild');
SELECT group_concat(rowid) AS rebuilt FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE pidx_sig SET sig = passage_signature((SELECT text FROM docs WHERE id = 1)) WHERE id = 3;
SELECT group_concat(rowid) AS direct_update FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
INSERT INTO pidx(pidx) VALUES ('rebuild');
SELECT group_concat(rowid) AS rebuilt FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
DELETE FROM pidx_sig WHERE id = 11;
SELECT group_concat(rowid) AS direct_delete FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
-- rolled back after a MATCH has read them: not seen any more
BEGIN;
DELETE FROM pidx_sig WHERE id = 1;
SELECT group_concat(rowid) AS in_txn FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
ROLLBACK;
SELECT group_concat(rowid) AS after_rollback FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
BEGIN;
SAVEPOINT s;
DELETE FROM pidx_sig WHERE id = 1;
SELECT group_concat(rowid) AS in_savepoint FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
ROLLBACK TO s;
SELECT group_concat(rowid) AS after_rollback_to FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
COMMIT;
-- a write elsewhere: the copy in memory is checked against the table, kept
INSERT INTO docs VALUES (4, 'A text that no passage resembles at all.');
SELECT group_concat(rowid) AS other_write FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
DELETE FROM docs WHERE id = 4;
-- the same in the temp schema
CREATE VIRTUAL TABLE temp.tidx USING passage_index();
INSERT INTO temp.tidx(rowid, text) SELECT id, text FROM docs;
INSERT INTO temp.tidx_sig VALUES (9, passage_signature((SELECT text FROM docs WHERE id = 2)));
INSERT INTO temp.tidx(tidx) VALUES ('rebuild');
SELECT group_concat(rowid) AS temp_direct FROM temp.tidx WHERE tidx MATCH (SELECT text FROM docs WHERE id = 2);
SELECT a, b FROM passage_pairs('temp.tidx');
DROP TABLE temp.tidx;
-- one statement joining many MATCHes reads the table once (same rows)
SELECT d.id, group_concat(m.rowid) AS similar FROM docs d, pidx m WHERE m.pidx MATCH d.text GROUP BY d.id;
SELECT '-- 4. passage_pairs() reads only a passage_index of this version' AS test;
CREATE TABLE plain(x);
CREATE TABLE plain_sig(id INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE plain_config(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
INSERT INTO plain_sig SELECT id, sig FROM pidx_sig;
INSERT INTO plain_config SELECT * FROM pidx_config;
SELECT count(*) FROM passage_pairs('plain');
CREATE VIEW pview AS SELECT 1;
CREATE VIEW pview_sig AS SELECT id, sig FROM pidx_sig;
SELECT count(*) FROM passage_pairs('pview');
SELECT count(*) FROM passage_pairs('nosuchdb.pidx');
CREATE VIRTUAL TABLE "odd ""name""" USING passage_index();
INSERT INTO "odd ""name"""(rowid, text) SELECT id, text FROM docs;
INSERT INTO "odd ""name"""(rowid, text) VALUES (4, (SELECT text FROM docs WHERE id = 1));
SELECT a, b FROM passage_pairs('odd "name"');
UPDATE "odd ""name""_config" SET value = 3 WHERE key = 'version';
SELECT a, b FROM passage_pairs('odd "name"');
SELECT a, b FROM passage_pairs('odd "name"', 0.5, 2);
DROP TABLE "odd ""name""";
SELECT '-- 5. a damaged index gives errors naming it, and can be dropped' AS test;
CREATE VIRTUAL TABLE nocfg USING passage_index();
INSERT INTO nocfg(rowid, text) VALUES (1, 'one two three');
DROP TABLE nocfg_config;
CREATE VIRTUAL TABLE newver USING passage_index();
UPDATE newver_config SET value = 3 WHERE key = 'version';
CREATE VIRTUAL TABLE badsig USING passage_index();
DROP TABLE badsig_sig;
CREATE TABLE badsig_sig(id TEXT, sig);
CREATE VIRTUAL TABLE viewsig USING passage_index();
DROP TABLE viewsig_sig;
CREATE VIEW viewsig_sig AS SELECT 1 AS id, passage_signature('x') AS sig;
.open build/test/index_hostile.db
.load ./newswire
SELECT * FROM nocfg;
INSERT INTO nocfg(rowid, text) VALUES (2, 'four');
SELECT * FROM passage_pairs('nocfg');
SELECT * FROM newver WHERE newver MATCH 'one';
SELECT * FROM badsig;
SELECT * FROM viewsig;
SELECT * FROM passage_pairs('viewsig');
DROP TABLE nocfg;
DROP TABLE newver;
DROP TABLE badsig;
DROP TABLE viewsig;
SELECT type, name FROM sqlite_schema WHERE name LIKE 'nocfg%' OR name LIKE 'newver%' OR name LIKE 'badsig%' OR name LIKE 'viewsig%';
DROP VIEW viewsig_sig;
SELECT '-- 6. RENAME onto a name that is taken' AS test;
CREATE TABLE taken(x);
CREATE TABLE other_sig(x);
CREATE VIEW viewed_config AS SELECT 1;
ALTER TABLE pidx RENAME TO taken;
ALTER TABLE pidx RENAME TO other;
ALTER TABLE pidx RENAME TO viewed;
SELECT name FROM sqlite_schema WHERE name LIKE 'pidx%' ORDER BY name;
SELECT count(*) AS still_works FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
-- a view reading a shadow table blocks RENAME (SQLite's own check), and
-- nothing is renamed
ALTER TABLE pidx RENAME TO trig;
SELECT count(*) AS not_renamed FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
DROP VIEW pview_sig;
-- a trigger's name is no obstacle (triggers have names of their own)
CREATE TRIGGER trig_sig AFTER INSERT ON docs BEGIN SELECT 1; END;
ALTER TABLE pidx RENAME TO trig;
SELECT count(*) AS renamed FROM trig WHERE trig MATCH (SELECT text FROM docs WHERE id = 1);
ALTER TABLE trig RENAME TO pidx;
DROP TRIGGER trig_sig;
-- in defensive mode the index works and its tables cannot be written
.dbconfig defensive on
INSERT INTO pidx(rowid, text) VALUES (40, 'forty');
UPDATE pidx SET text = 'forty one' WHERE rowid = 40;
DELETE FROM pidx WHERE rowid = 40;
INSERT INTO pidx_sig VALUES (41, passage_signature('x'));
SELECT count(*) AS defensive FROM pidx WHERE pidx MATCH (SELECT text FROM docs WHERE id = 1);
.dbconfig defensive off
SELECT '-- 7. hostile shadow contents: errors, never garbage' AS test;
CREATE VIRTUAL TABLE h USING passage_index();
INSERT INTO h(rowid, text) SELECT id, text FROM docs;
-- huge rowids at both ends
INSERT INTO h(rowid, text) VALUES (9223372036854775807, (SELECT text FROM docs WHERE id = 1)),
                                  (-9223372036854775808, (SELECT text FROM docs WHERE id = 1));
SELECT group_concat(rowid) AS huge FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
SELECT a, b FROM passage_pairs('h', 0.5, 9223372036854775807);
SELECT count(*) AS pairs FROM passage_pairs('h', 0.5, -9223372036854775808);
DELETE FROM h WHERE rowid IN (9223372036854775807, -9223372036854775808);
INSERT INTO h(rowid, text) SELECT id + 10, text FROM docs;
-- signatures: too short, right length without a header, text, NULL
UPDATE h_sig SET sig = x'4e5753' WHERE id = 1;
SELECT * FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
SELECT rowid, length(signature) FROM h WHERE rowid = 1;
SELECT count(*) FROM passage_pairs('h');
SELECT count(*) FROM passage_pairs('h', 0.5, 3);
SELECT count(*) FROM passage_pairs('h', 0.5, 13);
DELETE FROM h WHERE rowid > 10;
SELECT rowid FROM h WHERE rowid = 2;
UPDATE h_sig SET sig = zeroblob(524) WHERE id = 1;
SELECT * FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE h_sig SET sig = substr(hex(zeroblob(262)), 1, 524) WHERE id = 1;
SELECT * FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
SELECT count(*) FROM passage_pairs('h');
-- a damaged row can be deleted or replaced through the index
DELETE FROM h WHERE rowid = 1;
SELECT count(*) AS deleted FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
INSERT INTO h_sig VALUES (1, x'00');
INSERT OR REPLACE INTO h(rowid, text) VALUES (1, (SELECT text FROM docs WHERE id = 1));
SELECT group_concat(rowid) AS replaced FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
-- a NULL signature, written the way a hostile file would hold it
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = 'CREATE TABLE "h_sig"(id INTEGER PRIMARY KEY, sig BLOB)' WHERE name = 'h_sig';
.open build/test/index_hostile.db
.load ./newswire
SELECT count(*) FROM h;
INSERT INTO h_sig VALUES (5, NULL);
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = 'CREATE TABLE "h_sig"(id INTEGER PRIMARY KEY, sig BLOB NOT NULL)' WHERE name = 'h_sig';
.open build/test/index_hostile.db
.load ./newswire
-- a MATCH reads the signatures of its candidates only (5 has no bands)
SELECT rowid, score FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
SELECT rowid, signature FROM h WHERE rowid = 5;
SELECT count(*) FROM passage_pairs('h');
DELETE FROM h WHERE rowid = 5;
SELECT count(*) AS clean_again FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
-- _config: extra keys are ignored; a missing or changed key is an error
INSERT INTO h_config VALUES ('comment', 'added by hand');
SELECT count(*) AS extra_key FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE h_config SET value = '1' WHERE key = 'version';
SELECT count(*) FROM h WHERE h MATCH 'water agreement';
UPDATE h_config SET value = 2 WHERE key = 'version';
UPDATE h_config SET value = 65 WHERE key = 'bands';
SELECT count(*) FROM h WHERE h MATCH 'water agreement';
UPDATE h_config SET value = -4294967232 WHERE key = 'bands';
SELECT count(*) FROM h WHERE h MATCH 'water agreement';
UPDATE h_config SET value = 64 WHERE key = 'bands';
UPDATE h_config SET value = -4294967293 WHERE key = 'rows';
SELECT count(*) FROM h WHERE h MATCH 'water agreement';
UPDATE h_config SET value = 'many' WHERE key = 'rows';
SELECT count(*) FROM h WHERE h MATCH 'water agreement';
UPDATE h_config SET value = 4 WHERE key = 'rows';
-- another shape that signatures can be cut into is the index's own
UPDATE h_config SET value = 8 WHERE key = 'bands';
SELECT count(*) AS eight_bands FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
SELECT count(*) / (SELECT count(*) FROM h_sig) AS bands_per_passage FROM passage_bands('h');
DELETE FROM h_config WHERE key = 'bands';
SELECT count(*) FROM h WHERE h MATCH 'water agreement';
SELECT count(*) FROM passage_pairs('h');
INSERT INTO h_config VALUES ('bands', 64);
-- a trigger named like a shadow table is harmless; one on it is refused
CREATE TRIGGER h_sig AFTER INSERT ON docs BEGIN SELECT 1; END;
SELECT count(*) AS trigger_named_h_sig FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
DROP TRIGGER h_sig;
CREATE TABLE log(x);
CREATE TRIGGER spy AFTER INSERT ON h_sig BEGIN INSERT INTO log VALUES (new.id); END;
INSERT INTO h(rowid, text) VALUES (20, 'twenty');
SELECT count(*) FROM passage_pairs('h');
DROP TRIGGER spy;
CREATE INDEX h_sig_by_sig ON h_sig(sig);
SELECT count(*) FROM h;
DROP INDEX h_sig_by_sig;
SELECT count(*) AS logged FROM log;
-- the same under trusted_schema off
PRAGMA trusted_schema = OFF;
UPDATE h_sig SET sig = x'4e5753' WHERE id = 2;
SELECT * FROM h WHERE h MATCH 'football club';
SELECT count(*) FROM passage_pairs('h');
DELETE FROM h WHERE rowid = 2;
SELECT count(*) AS trusted_off FROM passage_pairs('h', 0.1);
PRAGMA trusted_schema = ON;
-- _band: chunks that do not decode, are not BLOBs, a bucket split by hand,
-- an index on it: errors that say how to repair; 'rebuild' repairs
INSERT OR IGNORE INTO h(rowid, text) SELECT id, text FROM docs WHERE id <> 2;
UPDATE h_band SET data = x'00ff' WHERE k = (SELECT min(k) FROM h_band);
SELECT count(*) FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE h_band SET data = 'some text' WHERE k = (SELECT min(k) FROM h_band);
SELECT count(*) FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE h_band SET data = CAST(x'0002' || zeroblob(20) AS BLOB) WHERE k = (SELECT min(k) FROM h_band);
SELECT count(*) AS zero_padded FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
INSERT INTO h(h) VALUES ('rebuild');
SELECT count(*) AS rebuilt FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
INSERT INTO h(h) VALUES ('optimise');
INSERT INTO h(h) VALUES (42);
CREATE INDEX h_band_by_data ON h_band(data);
SELECT count(*) FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
DROP INDEX h_band_by_data;
-- an index of format 1 (no _band) says how to upgrade; 'rebuild' does
DROP TABLE h_band;
SELECT count(*) FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
UPDATE h_config SET value = 1 WHERE key = 'version';
SELECT count(*) FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
SELECT count(*) FROM passage_pairs('h');
INSERT INTO h(rowid, text) VALUES (30, 'thirty');
INSERT INTO h(h) VALUES ('rebuild');
SELECT value AS upgraded FROM h_config WHERE key = 'version';
SELECT group_concat(rowid) AS after_upgrade FROM h WHERE h MATCH (SELECT text FROM docs WHERE id = 1);
DROP TABLE h;
SELECT count(*) AS left_behind FROM sqlite_schema WHERE name LIKE 'h\_%' ESCAPE '\';
