-- newswire: the corpus analysis, incremental.
--
--   sqlite3 news.db -cmd '.load ./newswire' < sql/analyze.sql
--
-- Reads articles(id, source, url, published, title, body) (sql/schema.sql)
-- and keeps these tables up to date: analyzed (what was processed, with
-- the body's hash and the reference date used), passage, mention, claim,
-- reuse, and the passage index pidx.  Running it again processes only new
-- and changed articles; a deleted article leaves nothing behind.  Then it
-- (re)creates the views article_reuse, claim_variants (sql/claims.sql),
-- entity_variants, discrepancies and timeline, and reuse_dot (Graphviz).
-- Articles that cannot be analysed (no body, binary junk) are listed in
-- analysis_skipped with the reason.
.read sql/schema.sql

CREATE TABLE IF NOT EXISTS analyzed(
  article INTEGER PRIMARY KEY, body_hash TEXT, reference_date TEXT,
  status TEXT);
-- passage.id is the passage's rowid in pidx; new passages always get
-- ids above all earlier ones, so the index can tell the new from the old.
CREATE TABLE IF NOT EXISTS passage(
  id INTEGER PRIMARY KEY, article INTEGER, seq INTEGER, start INTEGER,
  length INTEGER, text TEXT, boilerplate INTEGER, UNIQUE(article, seq));
CREATE TABLE IF NOT EXISTS mention(
  article INTEGER, seq INTEGER, start INTEGER, length INTEGER, text TEXT,
  type TEXT, value, unit TEXT, key TEXT, role TEXT, PRIMARY KEY(article, seq));
CREATE INDEX IF NOT EXISTS mention_key ON mention(key);
CREATE TABLE IF NOT EXISTS claim(
  article INTEGER NOT NULL, seq INTEGER NOT NULL,
  speaker TEXT, speaker_resolved TEXT, cue TEXT, kind TEXT, content TEXT,
  PRIMARY KEY(article, seq));
CREATE TABLE IF NOT EXISTS reuse(
  source INTEGER, target INTEGER, seq INTEGER, a_start INTEGER,
  a_length INTEGER, b_start INTEGER, b_length INTEGER, score REAL, kind TEXT,
  PRIMARY KEY(source, target, seq));
CREATE VIRTUAL TABLE IF NOT EXISTS main.pidx USING passage_index();

-- 1. What changed: new or edited articles, and articles gone.
CREATE TEMP TABLE todo AS
  SELECT a.id FROM articles a LEFT JOIN analyzed z ON z.article = a.id
  WHERE z.article IS NULL OR z.body_hash IS NOT newswire_hash(a.body);
CREATE TEMP TABLE gone AS
  SELECT article AS id FROM analyzed WHERE article NOT IN (SELECT id FROM articles)
  UNION SELECT id FROM todo;
SELECT printf('%d new or changed articles, %d removed',
              (SELECT count(*) FROM todo),
              (SELECT count(*) FROM gone) - (SELECT count(*) FROM todo)) AS newswire;

DELETE FROM main.pidx WHERE rowid IN
  (SELECT id FROM passage WHERE article IN (SELECT id FROM gone));
DELETE FROM passage WHERE article IN (SELECT id FROM gone);
DELETE FROM mention WHERE article IN (SELECT id FROM gone);
DELETE FROM claim WHERE article IN (SELECT id FROM gone);
DELETE FROM reuse WHERE source IN (SELECT id FROM gone) OR target IN (SELECT id FROM gone);
DELETE FROM analyzed WHERE article IN (SELECT id FROM gone);

-- 2. Each article's reference date: published, else a date line in its text.
CREATE TEMP TABLE work AS
  SELECT a.id, a.body,
    CASE WHEN a.body IS NULL OR length(a.body) = 0 THEN 'skipped: empty body'
         WHEN length(a.body) > 50000000 THEN 'skipped: body over 50 MB'
         WHEN length(normalize(a.body)) * 0.1 <
              length(normalize(a.body)) - length(replace(normalize(a.body), char(65533), ''))
           THEN 'skipped: not text (over 10% invalid UTF-8)'
         ELSE 'ok' END AS status,
    coalesce(date(a.published),
      (SELECT min(d.value) FROM passages(a.body) p, entities(p.text) d
       WHERE p.boilerplate AND d.type = 'DATE' AND length(d.value) = 10)) AS ref
  FROM articles a WHERE a.id IN (SELECT id FROM todo);

-- 3. Passages, entities, claims of the new articles.
CREATE TEMP TABLE batch AS SELECT coalesce(max(id), 0) + 1 AS since FROM passage;
INSERT INTO passage(article, seq, start, length, text, boilerplate)
  SELECT w.id, p.seq, p.start, p.length, p.text, p.boilerplate
  FROM work w, passages(w.body) p WHERE w.status = 'ok' ORDER BY w.id, p.seq;
SELECT printf('passages: %d', changes()) AS newswire;
INSERT INTO mention SELECT w.id, e.seq, e.start, e.length, e.text, e.type,
    e.value, e.unit, e.key, e.role
  FROM work w, entities(w.body, w.ref) e WHERE w.status = 'ok';
SELECT printf('entity mentions: %d', changes()) AS newswire;
INSERT INTO claim SELECT w.id, c.seq, c.speaker, c.speaker_resolved, c.cue,
    c.kind, c.content
  FROM work w, claims(w.body) c WHERE w.status = 'ok';
SELECT printf('claims: %d', changes()) AS newswire;
INSERT INTO main.pidx(rowid, text) SELECT id, text FROM passage
  WHERE id >= (SELECT since FROM batch) AND NOT boilerplate;
SELECT printf('passages indexed: %d; aligning candidate article pairs...', changes()) AS newswire;

-- 4. Reuse: the index proposes article pairs (a new passage and any
-- other with Jaccard >= 0.3: passage_pairs with since lists only those,
-- in time that follows the new passages); reuse_spans aligns them.
CREATE TEMP TABLE candidates(a INTEGER, b INTEGER, PRIMARY KEY(a, b));
INSERT OR IGNORE INTO candidates
  SELECT min(pa.article, pb.article), max(pa.article, pb.article)
  FROM passage_pairs('main.pidx', 0.3, (SELECT since FROM batch)) x
  JOIN passage pa ON pa.id = x.a JOIN passage pb ON pb.id = x.b
  WHERE pa.article <> pb.article;
SELECT printf('candidate article pairs: %d', changes()) AS newswire;
-- the earlier article (by reference date, then id) is the source
CREATE TEMP TABLE dates AS
  SELECT id, coalesce(ref, '9999') AS d FROM work
  UNION ALL SELECT article, coalesce(reference_date, '9999') FROM analyzed;
INSERT OR REPLACE INTO reuse
  SELECT s.id, t.id, r.seq, r.a_start, r.a_length, r.b_start, r.b_length,
         r.score, r.kind
  FROM candidates c
  JOIN dates x ON x.id = c.a JOIN dates y ON y.id = c.b
  JOIN articles s ON s.id = CASE WHEN (x.d, x.id) <= (y.d, y.id) THEN x.id ELSE y.id END
  JOIN articles t ON t.id = CASE WHEN (x.d, x.id) <= (y.d, y.id) THEN y.id ELSE x.id END,
  reuse_spans(s.body, t.body) r;
DROP TABLE temp.dates;

INSERT INTO analyzed SELECT w.id, newswire_hash(w.body), w.ref, w.status FROM work w
  JOIN articles a ON a.id = w.id;
DROP TABLE temp.todo;
DROP TABLE temp.gone;
DROP TABLE temp.work;
DROP TABLE temp.candidates;
DROP TABLE temp.batch;
SELECT printf('%d articles analysed, %d passages, %d mentions, %d claims, %d reused spans',
  (SELECT count(*) FROM analyzed WHERE status = 'ok'), (SELECT count(*) FROM passage),
  (SELECT count(*) FROM mention), (SELECT count(*) FROM claim), (SELECT count(*) FROM reuse)) AS newswire;

-- 5. The views.

-- For each pair of articles that share text, in publication order: the
-- share of the later article's content found in the earlier one, the
-- number of reused spans by kind; best_source is 1 for the earlier
-- article that explains most of the later one.
DROP VIEW IF EXISTS article_reuse;
CREATE VIEW article_reuse AS
WITH pairs AS (
  SELECT r.source, r.target, count(*) AS spans,
         sum(r.kind = 'verbatim') AS verbatim_spans,
         sum(r.kind = 'near-verbatim') AS near_verbatim_spans,
         sum(r.kind = 'paraphrase') AS paraphrase_spans,
         round(min(1.0, 1.0 * sum(r.b_length) / max(1, (
           SELECT sum(length) FROM passage WHERE article = r.target AND NOT boilerplate))), 2) AS share
  FROM reuse r GROUP BY r.source, r.target),
ranked AS (
  -- the best source explains the most; between near ties, the earliest
  SELECT p.*, row_number() OVER (PARTITION BY p.target
           ORDER BY round(p.share, 1) DESC, z.reference_date, p.source) AS rank
  FROM pairs p LEFT JOIN analyzed z ON z.article = p.source)
SELECT p.source, s.source AS source_outlet, s.published AS source_published,
       p.target, t.source AS target_outlet, t.published AS target_published,
       p.share, p.spans, p.verbatim_spans, p.near_verbatim_spans,
       p.paraphrase_spans, p.rank = 1 AS best_source
FROM ranked p JOIN articles s ON s.id = p.source JOIN articles t ON t.id = p.target;

-- Each canonical entity with every spelling each outlet used.
DROP VIEW IF EXISTS entity_variants;
CREATE VIEW entity_variants AS
SELECT m.key, m.type, a.source AS outlet, m.text AS written_as, count(*) AS mentions
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'LAW') AND m.key IS NOT NULL
GROUP BY m.key, m.type, a.source, m.text;

-- Every resolved date mention, in date order, with its sentence.
DROP VIEW IF EXISTS timeline;
CREATE VIEW timeline AS
SELECT substr(m.value, 1, 10) AS date, m.value, m.text, a.id AS article, a.source,
       (SELECT s.text FROM sentences(a.body) s
        WHERE m.start >= s.start AND m.start < s.start + s.length) AS sentence
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type = 'DATE' AND m.value IS NOT NULL
ORDER BY 1, a.id, m.start;

-- Conflicts an analyst must see: one counted thing with different
-- figures across articles that share text, a person given different
-- titles, and words replaced in a near-verbatim copy.
DROP VIEW IF EXISTS discrepancies;
CREATE VIEW discrepancies AS
SELECT 'figure' AS kind, m.unit AS what,
       group_concat(DISTINCT m.value) AS versions,
       group_concat(DISTINCT a.source) AS outlets
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type IN ('QUANTITY', 'MONEY') AND m.unit IS NOT NULL
  AND m.article IN (SELECT target FROM reuse UNION SELECT source FROM reuse)
GROUP BY m.unit HAVING count(DISTINCT m.value) > 1
UNION ALL
SELECT 'title', m.key, group_concat(DISTINCT lower(m.role)), group_concat(DISTINCT a.source)
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type = 'PERSON' AND m.role IS NOT NULL
GROUP BY m.key HAVING count(DISTINCT lower(m.role)) > 1
UNION ALL
SELECT 'quote', 'near-verbatim copy of article ' || r.source,
       group_concat(DISTINCT coalesce(d.a_text, '') || ' -> ' || coalesce(d.b_text, '')),
       t.source
FROM reuse r JOIN articles s ON s.id = r.source JOIN articles t ON t.id = r.target,
     word_diff(substr(s.body, r.a_start, r.a_length), substr(t.body, r.b_start, r.b_length)) d
WHERE r.kind = 'near-verbatim' AND d.op = 'replace'
GROUP BY r.source, r.target, r.seq;

-- The reuse graph in Graphviz DOT: articles as nodes (outlet and date),
-- edges from source to target weighted by the share reused; solid when
-- some of it is verbatim, dashed when all is paraphrase.
DROP VIEW IF EXISTS reuse_dot;
CREATE VIEW reuse_dot AS
SELECT 'digraph reuse {' || char(10) || '  rankdir=LR; node [shape=box, fontsize=10];' || char(10)
  || coalesce((SELECT group_concat(printf('  a%d [label="%s\n%s"];', id,
        replace(coalesce(source, 'article ' || id), '"', ''), coalesce(published, '?')), char(10))
      FROM articles WHERE id IN (SELECT source FROM reuse UNION SELECT target FROM reuse)), '')
  || char(10)
  || coalesce((SELECT group_concat(printf('  a%d -> a%d [label="%.0f%%", penwidth=%.1f, style=%s];',
        source, target, 100*share, 1 + 4*share,
        CASE WHEN verbatim_spans > 0 THEN 'solid' ELSE 'dashed' END), char(10))
      FROM article_reuse), '')
  || char(10) || '}' AS dot;
