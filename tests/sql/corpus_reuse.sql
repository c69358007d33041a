.load ./newswire
.headers on
.mode list
.nullvalue NULL
.read sql/load.sql
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE gold(target_file, source_file, kind, target_excerpt, source_excerpt);
.import --skip 1 examples/corpus/gold_reuse.tsv gold
.mode list
.separator |
-- articles are numbered as their files: 01_statement.txt is id 1
CREATE TEMP VIEW g AS SELECT rowid AS n, CAST(substr(target_file,1,2) AS INT) AS t,
  CAST(substr(source_file,1,2) AS INT) AS s, kind, target_excerpt, source_excerpt FROM gold;
-- reuse_spans: each gold passage lies inside one aligned region of the
-- right two articles (known misses: four paraphrases that keep only part
-- of a source sentence inside a new one)
SELECT n, t, s, kind,
  (SELECT count(*) FROM articles sa, articles ta, reuse_spans(sa.body, ta.body) r
    WHERE sa.id = g.s AND ta.id = g.t
      AND instr(r.b_text, g.target_excerpt) > 0 AND instr(r.a_text, g.source_excerpt) > 0) AS found
FROM g ORDER BY n;
SELECT sum(found) || ' of ' || count(*) AS gold_spans_found FROM (
  SELECT (SELECT count(*) > 0 FROM articles sa, articles ta, reuse_spans(sa.body, ta.body) r
    WHERE sa.id = g.s AND ta.id = g.t
      AND instr(r.b_text, g.target_excerpt) > 0 AND instr(r.a_text, g.source_excerpt) > 0) AS found FROM g);
-- the kinds reuse_spans gives the copy and the translation
SELECT ta.id AS target, r.kind, count(*) AS regions, round(avg(r.score), 2) AS score
FROM articles sa, articles ta, reuse_spans(sa.body, ta.body) r
WHERE sa.id = 1 AND ta.id IN (2, 3, 8) GROUP BY 1, 2 ORDER BY 1, 2;
-- the unrelated article shares nothing with the statement; the background
-- article (same people, same talks) has two same-topic sentence pairs just
-- at the threshold, the false positives an analyst will see
SELECT count(*) AS unrelated_regions FROM articles sa, articles ta, reuse_spans(sa.body, ta.body) r
WHERE sa.id = 1 AND ta.id IN (6, 7);

-- the index: paragraphs of every article, all pairs at 0.3, as article links
CREATE TABLE para AS SELECT a.id * 1000 + p.seq AS id, a.id AS article, p.text
  FROM articles a, passages(a.body) p WHERE NOT p.boilerplate;
CREATE VIRTUAL TABLE pidx USING passage_index();
INSERT INTO pidx(rowid, text) SELECT id, text FROM para;
CREATE TEMP TABLE links AS SELECT DISTINCT pa.article AS s, pb.article AS t
  FROM passage_pairs('pidx', 0.3) x, para pa, para pb
  WHERE pa.id = x.a AND pb.id = x.b AND pa.article <> pb.article;
SELECT s, t FROM links ORDER BY s, t;
-- every gold (source, target) pair of articles is linked by the index
SELECT count(DISTINCT s || '>' || t) AS gold_article_pairs,
       sum((SELECT count(*) FROM links l WHERE l.s = g.s AND l.t = g.t) > 0) = count(*) AS all_linked
FROM g;
SELECT count(*) AS links_to_unrelated FROM links WHERE s IN (6, 7) OR t IN (6, 7);
-- top-k for one paragraph of the statement: its copy, translation, brief
SELECT m.rowid, round(m.score, 2) AS score FROM pidx m
WHERE m.pidx MATCH (SELECT text FROM para WHERE id = 1003) AND k = 4;
