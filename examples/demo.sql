-- The demo's queries: run by examples/demo.sh after sql/load.sql.
.mode box --wrap 70
.print
.print == The articles
SELECT id, source, coalesce(published, '?') AS published, title FROM articles ORDER BY id;

.print
.print == What each article is made of (passages = lines; boilerplate is site furniture)
SELECT a.id, a.source,
       (SELECT count(*) FROM passages(a.body) WHERE NOT boilerplate) AS content,
       (SELECT count(*) FROM passages(a.body) WHERE boilerplate) AS boilerplate,
       (SELECT count(*) FROM sentences(a.body)) AS sentences,
       (SELECT count(*) FROM tokens(a.body)) AS words
FROM articles a ORDER BY a.id;

.print
.print == Boilerplate lines found (skipped by later analyses)
SELECT a.id, p.seq, p.text FROM articles a, passages(a.body) p
WHERE p.boilerplate ORDER BY a.id, p.seq;

.print
.print == The first sentences of article 1 (abbreviations such as "Eng." and "H.E." do not split)
SELECT s.seq, s.start, s.length, s.text FROM articles a, sentences(a.body) s
WHERE a.id = 1 AND s.seq <= 4;

.print
.print == Spellings that normalize() makes equal across the corpus
SELECT normalize(t.token) AS normalized, group_concat(DISTINCT t.token) AS written_as,
       count(DISTINCT a.id) AS articles
FROM articles a, tokens(a.body) t
WHERE t.token <> normalize(t.token) AND lower(t.token) <> normalize(t.token)
GROUP BY 1 HAVING count(DISTINCT t.token) > 1 ORDER BY articles DESC, 1 LIMIT 10;

.print
.print == Words that meet on their stem (announce / announced / announcement ...)
SELECT t.stem, group_concat(DISTINCT lower(t.token)) AS forms, count(*) AS uses
FROM articles a, tokens(a.body) t
GROUP BY t.stem HAVING count(DISTINCT lower(t.token)) >= 3
ORDER BY uses DESC LIMIT 10;

.print
.print == Who reused whom: reuse_spans() between every pair of articles, earlier -> later
SELECT s.id AS source, t.id AS target, t.source AS outlet,
       count(*) AS regions,
       sum(r.kind = 'verbatim') AS verbatim, sum(r.kind = 'near-verbatim') AS near,
       sum(r.kind = 'paraphrase') AS paraphrase,
       round(100.0 * sum(r.b_length) / length(t.body)) || '%' AS share_of_target
FROM articles s, articles t, reuse_spans(s.body, t.body) r
WHERE s.id < t.id AND s.id = 1
GROUP BY s.id, t.id ORDER BY s.id, t.id;

.print
.print == What the spun paraphrase changed in a copied quote (word_diff of near-verbatim spans)
SELECT d.op, d.a_text AS statement, d.b_text AS outlet_4
FROM articles s, articles t, reuse_spans(s.body, t.body) r, word_diff(r.a_text, r.b_text) d
WHERE s.id = 1 AND t.id = 4 AND r.kind = 'near-verbatim' AND d.op <> 'equal';

.print
.print == The passage index: paragraphs of all articles, every pair with Jaccard >= 0.3, as article links
CREATE TEMP TABLE para AS SELECT a.id * 1000 + p.seq AS id, a.id AS article, p.text
  FROM articles a, passages(a.body) p WHERE NOT p.boilerplate;
CREATE VIRTUAL TABLE temp.demo_idx USING passage_index();
INSERT INTO temp.demo_idx(rowid, text) SELECT id, text FROM para;
SELECT pa.article AS a, pb.article AS b, count(*) AS similar_paragraphs,
       round(max(x.score), 2) AS best
FROM passage_pairs('temp.demo_idx', 0.3) x, para pa, para pb
WHERE pa.id = x.a AND pb.id = x.b AND pa.article <> pb.article
GROUP BY 1, 2 ORDER BY 1, 2;

.print
.print == Entities: who and what the corpus is about (keys join spellings and translations)
CREATE TEMP TABLE ent AS
  SELECT a.id AS article, e.* FROM articles a,
    entities(a.body, coalesce(a.published, (SELECT min(d.value) FROM passages(a.body) p, entities(p.text) d
      WHERE p.boilerplate AND d.type = 'DATE' AND length(d.value) = 10))) e;
SELECT type, key, group_concat(DISTINCT text) AS written_as, count(*) AS mentions,
       count(DISTINCT article) AS articles
FROM ent WHERE type IN ('PERSON', 'ORG') GROUP BY type, key
HAVING articles > 1 ORDER BY mentions DESC LIMIT 12;

.print
.print == Figures that disagree between outlets
SELECT unit, group_concat(DISTINCT value) AS values_reported, count(DISTINCT value) AS versions,
       group_concat(DISTINCT article) AS articles
FROM ent WHERE type IN ('QUANTITY', 'MONEY') AND unit IN ('engineers', 'USD')
  AND article IN (SELECT article FROM ent WHERE text LIKE '%Resilience Fund%')
GROUP BY unit HAVING versions > 1;

.print
.print == Dates, resolved against each article's publication date
SELECT article, text, value FROM ent WHERE type = 'DATE' AND article IN (1, 5) ORDER BY article, start LIMIT 14;

.print
.print == Who said what: claims() of the statement, speakers resolved
SELECT c.seq, c.speaker, c.speaker_resolved, c.cue, c.kind, substr(c.content, 1, 70) AS content
FROM articles a, claims(a.body) c WHERE a.id = 1;

.print
.print == How outlets worded the statement's quotes (sql/claims.sql: claim_variants)
.read sql/claims.sql
SELECT first_seq AS quote, article, source, similarity, substr(changes, 1, 90) AS changes
FROM claim_variants WHERE first_article = 1 AND article <> 1 AND changes IS NOT NULL
ORDER BY first_seq, article LIMIT 12;

.print
.print == The corpus analysis (sql/analyze.sql): who copied whom, what they disagree on
.read sql/analyze.sql
SELECT source_outlet, target_outlet, share, spans, verbatim_spans, best_source
FROM article_reuse WHERE best_source ORDER BY target;
SELECT kind, substr(what, 1, 40) AS what, outlet_a, substr(version_a, 1, 40) AS version_a,
       outlet_b, substr(version_b, 1, 40) AS version_b FROM discrepancies;
.once build/reuse.dot
SELECT dot FROM reuse_dot;
