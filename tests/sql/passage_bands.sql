.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- passage_bands(): every band key of an index, as rows; grouping them by
-- (band, key) across shards gives the candidates of passage_pairs()
.open --new build/test/bands_a.db
.load ./newswire
ATTACH 'build/test/bands_b.db' AS b;
ATTACH 'build/test/bands_all.db' AS whole;
DROP TABLE IF EXISTS b.pidx;
DROP TABLE IF EXISTS whole.pidx;
CREATE VIRTUAL TABLE main.pidx USING passage_index();
CREATE VIRTUAL TABLE b.pidx USING passage_index();
CREATE VIRTUAL TABLE whole.pidx USING passage_index();
-- 300 generated passages: 30 stories of 10 versions, each version a few
-- words away from the others; odd rowids in one shard, even in the other
CREATE TEMP TABLE gen(id INTEGER PRIMARY KEY, text TEXT);
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 299)
INSERT INTO gen SELECT n + 1,
  printf('story %d the council %s the %s plan for %d new %s on %s after a vote of %d members',
         n / 10, CASE n % 3 WHEN 0 THEN 'approved' WHEN 1 THEN 'passed' ELSE 'backed' END,
         CASE n % 4 WHEN 0 THEN 'housing' WHEN 1 THEN 'transport' WHEN 2 THEN 'water' ELSE 'school' END,
         (n / 10) * 7, CASE n % 5 WHEN 0 THEN 'homes' ELSE 'units' END,
         CASE n % 2 WHEN 0 THEN 'Monday' ELSE 'Tuesday' END, (n / 10) % 9 + 20)
FROM i;
INSERT INTO main.pidx(rowid, text) SELECT id, text FROM gen WHERE id % 2 = 1;
INSERT INTO b.pidx(rowid, text) SELECT id, text FROM gen WHERE id % 2 = 0;
INSERT INTO whole.pidx(rowid, text) SELECT id, text FROM gen;
-- 64 rows per passage, bands 0 to 63, in rowid then band order
SELECT count(*) AS rows, count(DISTINCT id) AS passages, min(band) AS first_band,
       max(band) AS last_band FROM passage_bands('pidx');
SELECT band, id FROM passage_bands('main.pidx') LIMIT 3;
-- the keys depend on the signature alone: the same in every shard
SELECT count(*) AS keys_differ FROM passage_bands('b.pidx') x JOIN passage_bands('whole.pidx') y
  ON y.id = x.id AND y.band = x.band WHERE y.key <> x.key;
-- since: only the passages from that rowid on
SELECT min(id) AS first, count(DISTINCT id) AS passages FROM passage_bands('pidx', 291);
-- across the two shards, buckets (2 to 2,000 members) then the whole
-- signatures give exactly the pairs passage_pairs() lists over one index
CREATE TEMP TABLE bands AS
  SELECT band, key, id, 'main' AS shard FROM passage_bands('main.pidx')
  UNION ALL SELECT band, key, id, 'b' FROM passage_bands('b.pidx');
CREATE INDEX temp.bands_key ON bands(band, key);
CREATE TEMP TABLE sig AS SELECT id, sig FROM main.pidx_sig UNION ALL SELECT id, sig FROM b.pidx_sig;
CREATE TEMP TABLE via_bands AS
  WITH bucket AS (SELECT band, key FROM bands GROUP BY band, key HAVING count(*) BETWEEN 2 AND 2000),
  cand AS (SELECT DISTINCT x.id AS a, y.id AS b FROM bucket k
           JOIN bands x ON x.band = k.band AND x.key = k.key
           JOIN bands y ON y.band = k.band AND y.key = k.key AND y.id > x.id)
  SELECT c.a, c.b, signature_similarity(sa.sig, sb.sig) AS score
  FROM cand c JOIN sig sa ON sa.id = c.a JOIN sig sb ON sb.id = c.b
  WHERE signature_similarity(sa.sig, sb.sig) >= 0.3;
SELECT (SELECT count(*) FROM via_bands) AS pairs_from_bands,
       (SELECT count(*) FROM passage_pairs('whole.pidx', 0.3)) AS pairs_from_index,
       (SELECT count(*) FROM (SELECT a, b, score FROM via_bands
                              EXCEPT SELECT a, b, score FROM passage_pairs('whole.pidx', 0.3))) AS only_bands,
       (SELECT count(*) FROM (SELECT a, b, score FROM passage_pairs('whole.pidx', 0.3)
                              EXCEPT SELECT a, b, score FROM via_bands)) AS only_index,
       (SELECT count(*) FROM via_bands WHERE a % 2 <> b % 2) AS across_shards;
-- an empty signature (no features) joins no bucket: no row
INSERT INTO main.pidx(rowid, text) VALUES (1001, '');
SELECT count(*) AS empty_rows FROM passage_bands('pidx', 1001);
-- errors name the function and the argument
SELECT * FROM passage_bands('gen');
SELECT * FROM passage_bands('nowhere.pidx');
SELECT * FROM passage_bands('pidx', 'x');
SELECT * FROM passage_bands();
-- a NULL index name, as for every function: no rows
SELECT count(*) AS null_index FROM passage_bands(NULL);
