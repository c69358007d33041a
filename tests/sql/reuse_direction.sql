.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- article_reuse: who copied whom, with its direction, on the example
-- corpus (GOLD.md) and on articles whose dates do not decide.
.open --new build/test/reuse_direction.db
.load ./newswire
.read sql/load.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
.read sql/analyze.sql
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE gold(target_file, source_file, kind, target_excerpt, source_excerpt);
.import --skip 1 examples/corpus/gold_reuse.tsv gold
.mode list
.separator |
-- each article by its file (the file's URL: line names the article)
CREATE TEMP VIEW file AS
  SELECT a.id, replace(f.name, 'examples/corpus/', '') AS name
  FROM fsdir('examples/corpus') f JOIN articles a
    ON instr(CAST(f.data AS TEXT), 'URL: ' || a.url || char(10)) > 0
  WHERE f.name LIKE '%.txt';
CREATE TEMP VIEW best AS
  SELECT t.name AS target_file, s.name AS source_file, r.direction, r.share
  FROM article_reuse r JOIN file s ON s.id = r.source JOIN file t ON t.id = r.target
  WHERE r.best_source;
-- every best source, with what told the two apart
SELECT * FROM best ORDER BY target_file;
-- who copied whom equals GOLD: no best source GOLD lacks, none it has missing
SELECT 'not in GOLD' AS problem, target_file, source_file FROM best
  WHERE (target_file, source_file) NOT IN (SELECT target_file, source_file FROM gold)
UNION ALL
SELECT 'missing', target_file, source_file FROM (SELECT DISTINCT target_file, source_file FROM gold)
  WHERE (target_file, source_file) NOT IN (SELECT target_file, source_file FROM best);
SELECT (SELECT count(*) FROM best) = (SELECT count(DISTINCT target_file) FROM gold)
   AND NOT EXISTS (SELECT 1 FROM best WHERE (target_file, source_file)
                   NOT IN (SELECT target_file, source_file FROM gold)) AS equals_gold;
-- share counts each covered character of the target once, however the
-- regions overlap (02 -> 08 has two overlapping regions on 08's first
-- paragraph): never more than the target's content
SELECT r.source, r.target, r.share, r.words,
       (SELECT sum(b_length) FROM reuse x WHERE x.source = r.source AND x.target = r.target)
         > (SELECT sum(length) FROM passage p WHERE p.article = r.target AND NOT p.boilerplate)
         AS regions_overlap
FROM article_reuse r WHERE r.target = 8 ORDER BY r.source;
-- the background (6) and unrelated (7) articles take part in no reuse
SELECT count(*) AS unrelated_links FROM article_reuse WHERE source IN (6, 7) OR target IN (6, 7);

-- Dates missing: the statement (01) without its date, a copy of three of
-- its paragraphs (no date), the copy as the earlier loaded article.
.open --new build/test/reuse_direction2.db
.load ./newswire
.read sql/schema.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
ATTACH 'build/test/reuse_direction.db' AS ex;
CREATE TEMP VIEW para AS
  SELECT p.article, p.seq, p.text FROM ex.passage p WHERE NOT p.boilerplate;
-- 1: paragraphs 1, 3 and 6 of the statement, no date: the copy
INSERT INTO articles(id, source, url, published, body)
  SELECT 1, 'copy', 'u:copy', NULL, group_concat(text, char(10) || char(10))
  FROM (SELECT text FROM para WHERE article = 1 AND seq IN (1, 3, 6) ORDER BY seq);
-- 2: the whole statement, no date: containment makes it the source
INSERT INTO articles(id, source, url, published, body)
  SELECT 2, 'statement', 'u:statement', NULL, body FROM ex.articles WHERE id = 1;
-- 3: the statement under a date line of the day before, 4: the same
-- copy under a date line of the day after
INSERT INTO articles(id, source, url, published, body)
  SELECT 3, 'dated statement', 'u:dated', NULL, 'Wednesday, May 14, 2025' || char(10) || char(10) || body
  FROM ex.articles WHERE id = 1;
INSERT INTO articles(id, source, url, published, body)
  SELECT 4, 'dated copy', 'u:dated-copy', NULL,
         'Friday, May 16, 2025' || char(10) || char(10) || body FROM articles WHERE id = 1;
-- 5: the copy with a published date before all of them
INSERT INTO articles(id, source, url, published, body)
  SELECT 5, 'published copy', 'u:published-copy', '2025-05-01', body FROM articles WHERE id = 1;
-- 6: the statement published after 5: the earlier publication wins over
-- containment
INSERT INTO articles(id, source, url, published, body)
  SELECT 6, 'published statement', 'u:published-statement', '2025-05-10', body
  FROM ex.articles WHERE id = 1;
DETACH ex;
.read sql/analyze.sql
SELECT a.id, a.published, z.reference_date FROM articles a JOIN analyzed z ON z.article = a.id ORDER BY a.id;
-- published: 5 (1 May) before 6 (10 May), though 6 contains 5; dateline:
-- 3 (14 May) before 4 (16 May), 5 before 3 and 4; containment: 2 holds
-- all of 1, 1 a third of 2; unknown: the same text (1, 4, 5; 2, 3, 6)
-- with no date to tell them apart, the lower id first.  The best source
-- of each copy is the whole statement (2), not the statement's copies.
SELECT r.source, r.target, r.direction, r.share,
       q.source_share > q.share + 0.05 AS source_more_covered, r.best_source
FROM article_reuse r JOIN reuse_pair q USING (source, target)
ORDER BY target, source;

-- The evidence minimum: with reuse_min_words and rewrite_min_words above
-- the copy's words, no pair of the copy (1) is kept.
UPDATE newswire_settings SET value = 1000 WHERE key = 'reuse_min_words';
UPDATE newswire_settings SET value = 1000 WHERE key = 'rewrite_min_words';
.read sql/reset.sql
.read sql/analyze.sql
SELECT count(*) AS pairs_with_the_copy FROM article_reuse WHERE 1 IN (source, target);
SELECT count(*) AS reuse_rows_of_the_copy FROM reuse WHERE 1 IN (source, target);
SELECT count(*) AS pairs FROM article_reuse;
-- a value that is not a whole number is refused (the first error)
UPDATE newswire_settings SET value = 1.5 WHERE key = 'reuse_min_words';
.bail on
.read sql/analyze.sql
