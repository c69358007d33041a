-- Phase 4 of sql/analyze.sql: the views.
--
-- Reads:  nothing when run; the views read articles, analyzed, passage,
--         mention, claim, claim_link and reuse when queried.
-- Writes: (re)creates the views article_reuse, entity_variants,
--         timeline, claim_variants, discrepancies, analysis_skipped,
--         reuse_links and reuse_dot; then prints newswire_summary (phase 1), the one line
--         a shell shows.
-- claim_variants, discrepancies and timeline call newswire functions
-- (word_diff(), similar_passage(), sentences()), so reading them needs the
-- extension loaded; article_reuse, entity_variants, analysis_skipped and
-- reuse_dot do not.

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

-- Each claim beside the earliest version of the same claim in another
-- article (claim_link; by reference date, then article), or itself when
-- it is the first, and what changed since: words replaced, inserted or
-- deleted, "old -> new".  changed is 1 when a near-identical version
-- (similarity >= 0.85) had words replaced (a quote altered, a figure
-- moved): a fresh translation rewords much more, a cut replaces nothing.
DROP VIEW IF EXISTS claim_variants;
CREATE VIEW claim_variants AS
SELECT f.article AS first_article, f.seq AS first_seq,
       x.article, x.seq, a.source, a.published, x.speaker, x.speaker_resolved,
       x.kind, x.content,
       round(CASE WHEN f.id = x.id THEN 1.0 ELSE
         (SELECT similarity FROM claim_link WHERE claim = x.id AND other = f.id) END, 2) AS similarity,
       (SELECT group_concat(coalesce(d.a_text, '') || ' -> ' || coalesce(d.b_text, ''), '; ')
          FROM word_diff(f.content, x.content) d WHERE d.op <> 'equal') AS changes,
       (f.id <> x.id
        AND (SELECT similarity FROM claim_link WHERE claim = x.id AND other = f.id) >= 0.85
        AND EXISTS (SELECT 1 FROM word_diff(f.content, x.content) d WHERE d.op = 'replace')) AS changed
FROM (SELECT c.id,
             coalesce((SELECT l.other FROM claim_link l
                       JOIN claim o ON o.id = l.other
                       JOIN analyzed zo ON zo.article = o.article
                       WHERE l.claim = c.id
                         AND (coalesce(zo.reference_date, '9999'), o.article)
                           < (coalesce(zc.reference_date, '9999'), c.article)
                       ORDER BY coalesce(zo.reference_date, '9999'), o.article, o.seq
                       LIMIT 1), c.id) AS first_id
      FROM claim c JOIN analyzed zc ON zc.article = c.article) e
JOIN claim x ON x.id = e.id
JOIN claim f ON f.id = e.first_id
JOIN articles a ON a.id = x.article;

-- Conflicts an analyst must see, one row per pair of versions: version_a
-- in article_a (the earlier) against version_b in article_b.  Figures,
-- dates and titles count only in prose (a passage of kind 'text'): a
-- result table, score or ticker line differs from its twin in every figure
-- without any article disagreeing.
--   figure   one counted thing (QUANTITY of the same unit: "1,300
--            engineers" / "1,700 engineers"), or an amount or share inside
--            aligned reused text, with a value the other article lacks
--   date     a date inside aligned reused text replaced by another one in
--            the same wording around it (the same event, moved)
--   title    a person given a title or role that neither contains the
--            other (against the title most articles use)
--   quote    words replaced in a near-identical version of a claim
--   speaker  the same claim attributed to different people (or bodies)
DROP VIEW IF EXISTS discrepancies;
CREATE VIEW discrepancies AS
WITH linked AS (SELECT DISTINCT source, target FROM reuse),
spans AS (
  -- mentions inside aligned reused text, each with its reuse row
  SELECT r.source, r.target, r.seq, ms.type, ms.unit, ms.value AS va, ms.text AS ta,
         ms.start AS sa, ms.length AS la, mt.value AS vb, mt.text AS tb,
         mt.start AS sb, mt.length AS lb
  FROM reuse r
  JOIN mention ms ON ms.article = r.source AND ms.start >= r.a_start
                 AND ms.start < r.a_start + r.a_length
  JOIN mention mt ON mt.article = r.target AND mt.start >= r.b_start
                 AND mt.start < r.b_start + r.b_length
                 AND mt.type = ms.type AND mt.unit IS ms.unit AND mt.value <> ms.value
  WHERE ms.type IN ('DATE', 'MONEY', 'PERCENT', 'QUANTITY') AND lower(ms.text) <> lower(mt.text)
    AND (SELECT p.kind FROM passage p WHERE p.article = ms.article AND p.start <= ms.start
                   ORDER BY p.start DESC LIMIT 1) = 'text'
    AND (SELECT p.kind FROM passage p WHERE p.article = mt.article AND p.start <= mt.start
                   ORDER BY p.start DESC LIMIT 1) = 'text'),
figures AS (
  SELECT l.source AS a, l.target AS b, ms.type, ms.unit, ms.value AS va, mt.value AS vb
  FROM linked l
  JOIN mention ms ON ms.article = l.source AND ms.type = 'QUANTITY' AND ms.unit IS NOT NULL
  JOIN mention mt ON mt.article = l.target AND mt.type = 'QUANTITY'
                 AND mt.unit = ms.unit AND mt.value <> ms.value
  WHERE (SELECT p.kind FROM passage p WHERE p.article = ms.article AND p.start <= ms.start
                   ORDER BY p.start DESC LIMIT 1) = 'text'
    AND (SELECT p.kind FROM passage p WHERE p.article = mt.article AND p.start <= mt.start
                   ORDER BY p.start DESC LIMIT 1) = 'text'
  UNION
  SELECT source, target, type, unit, va, vb FROM spans WHERE type <> 'DATE'),
roles AS (
  SELECT m.key, m.article, lower(m.role) AS role, min(m.text) AS name
  FROM mention m WHERE m.type = 'PERSON' AND m.role IS NOT NULL AND m.key IS NOT NULL
    AND (SELECT p.kind FROM passage p WHERE p.article = m.article AND p.start <= m.start
                   ORDER BY p.start DESC LIMIT 1) = 'text'
  GROUP BY m.key, m.article, lower(m.role)),
usual AS (
  -- per person, the role most articles give (then the earliest article)
  SELECT key, role, article, name FROM (
    SELECT r.*, row_number() OVER (PARTITION BY r.key ORDER BY
             (SELECT count(*) FROM roles x WHERE x.key = r.key AND x.role = r.role) DESC,
             r.article) AS k
    FROM roles r) WHERE k = 1)
SELECT 'figure' AS kind, f.unit AS what, f.a AS article_a, sa.source AS outlet_a,
       group_concat(DISTINCT f.va) AS version_a,
       f.b AS article_b, sb.source AS outlet_b, group_concat(DISTINCT f.vb) AS version_b
FROM figures f JOIN articles sa ON sa.id = f.a JOIN articles sb ON sb.id = f.b
WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.article = f.b AND m.type = f.type
                  AND m.unit IS f.unit AND m.value = f.va)
  AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.article = f.a AND m.type = f.type
                  AND m.unit IS f.unit AND m.value = f.vb)
GROUP BY f.a, f.b, f.unit
UNION ALL
SELECT 'date', x.ta || ' / ' || x.tb, x.source, sa.source, x.va, x.target, sb.source, x.vb
FROM spans x JOIN articles sa ON sa.id = x.source JOIN articles sb ON sb.id = x.target
WHERE x.type = 'DATE'
  AND similar_passage(substr(sa.body, max(1, x.sa - 80), x.sa - max(1, x.sa - 80))
                        || ' ' || substr(sa.body, x.sa + x.la, 80),
                      substr(sb.body, max(1, x.sb - 80), x.sb - max(1, x.sb - 80))
                        || ' ' || substr(sb.body, x.sb + x.lb, 80)) >= 0.6
  AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.article = x.target AND m.type = 'DATE'
                  AND m.value = x.va)
UNION ALL
SELECT 'title', u.name || ' (' || u.key || ')', u.article, sa.source, u.role,
       r.article, sb.source, r.role
FROM usual u JOIN roles r ON r.key = u.key AND r.role <> u.role
  AND instr(r.role, u.role) = 0 AND instr(u.role, r.role) = 0
  AND NOT EXISTS (SELECT 1 FROM roles o WHERE o.key = r.key AND o.article = r.article
                  AND (instr(o.role, u.role) > 0 OR instr(u.role, o.role) > 0))
JOIN articles sa ON sa.id = u.article JOIN articles sb ON sb.id = r.article
UNION ALL
SELECT 'quote', substr(y.a_text, 1, 80), y.a, sa.source, d.a_text, y.b, sb.source, d.b_text
FROM (
  -- words swapped in a claim's near-identical version (similarity >= 0.8)
  -- or in a near-verbatim copied span of a quote
  SELECT ca.article AS a, cb.article AS b, ca.content AS a_text, cb.content AS b_text,
         za.reference_date AS da, zb.reference_date AS db
  FROM claim_link l JOIN claim ca ON ca.id = l.claim JOIN claim cb ON cb.id = l.other
  JOIN analyzed za ON za.article = ca.article JOIN analyzed zb ON zb.article = cb.article
  WHERE l.similarity >= 0.8
  UNION
  SELECT r.source, r.target, substr(s.body, r.a_start, r.a_length),
         substr(t.body, r.b_start, r.b_length), '', '1'
  FROM reuse r JOIN articles s ON s.id = r.source JOIN articles t ON t.id = r.target
  WHERE r.kind = 'near-verbatim'
    AND EXISTS (SELECT 1 FROM claim c WHERE c.article = r.source
                AND instr(c.content, substr(s.body, r.a_start, r.a_length)) > 0)) y
  JOIN articles sa ON sa.id = y.a JOIN articles sb ON sb.id = y.b,
  word_diff(y.a_text, y.b_text) d
WHERE (coalesce(y.da, '9999'), y.a) < (coalesce(y.db, '9999'), y.b)
  -- a few words swapped for words of another meaning...
  AND d.op = 'replace' AND length(d.a_text) - length(replace(d.a_text, ' ', '')) < 4
  AND similar_passage(d.a_text, d.b_text) < 0.5
  -- ...inside words kept as they were (three or more on each side): an
  -- altered quote, not a rewording
  AND EXISTS (SELECT 1 FROM word_diff(y.a_text, y.b_text) p WHERE p.seq = d.seq - 1
              AND p.op = 'equal' AND length(p.a_text) - length(replace(p.a_text, ' ', '')) >= 2)
  AND EXISTS (SELECT 1 FROM word_diff(y.a_text, y.b_text) n WHERE n.seq = d.seq + 1
              AND n.op = 'equal' AND length(n.a_text) - length(replace(n.a_text, ' ', '')) >= 2)
UNION ALL
SELECT 'speaker', substr(ca.content, 1, 80), ca.article, sa.source, ca.speaker_resolved,
       cb.article, sb.source, cb.speaker_resolved
FROM claim_link l JOIN claim ca ON ca.id = l.claim JOIN claim cb ON cb.id = l.other
JOIN analyzed za ON za.article = ca.article JOIN analyzed zb ON zb.article = cb.article
JOIN articles sa ON sa.id = ca.article JOIN articles sb ON sb.id = cb.article
WHERE (coalesce(za.reference_date, '9999'), ca.article) < (coalesce(zb.reference_date, '9999'), cb.article)
  -- two people, told apart by surname ("Abdi" and "Sahra Mohamed Abdi"
  -- are one): person keys end with the surname's skeleton
  AND ca.speaker_key LIKE 'person:%' AND cb.speaker_key LIKE 'person:%'
  AND replace(ca.speaker_key, rtrim(ca.speaker_key, replace(ca.speaker_key, '_', '')), '')
   <> replace(cb.speaker_key, rtrim(cb.speaker_key, replace(cb.speaker_key, '_', '')), '');

-- Articles the analysis could not read, with the reason.
DROP VIEW IF EXISTS analysis_skipped;
CREATE VIEW analysis_skipped AS
SELECT a.id AS article, a.source, a.url, z.status AS reason
FROM analyzed z JOIN articles a ON a.id = z.article WHERE z.status <> 'ok';

-- The reuse graph.  reuse_links: the links worth drawing, each later
-- article's best source (article_reuse.best_source) when that source
-- explains at least 20% of its content (share >= 0.2): weaker links are
-- shared stock phrases, and on a real corpus drawing every pair gives
-- thousands of edges that Graphviz takes minutes to lay out.  reuse_dot:
-- those links in Graphviz DOT (dot -Tsvg), articles labelled by outlet and
-- date, edges by the share reused (solid when some of it is verbatim,
-- dashed when all is paraphrase), each edge linking to "#pair-S-T" (the
-- side-by-side view of sql/report.sql).  Labels are DOT-escaped (\ and ")
-- and cut to 60 characters, line breaks made spaces.
DROP VIEW IF EXISTS reuse_links;
CREATE VIEW reuse_links AS
SELECT source, source_outlet, source_published, target, target_outlet, target_published,
       share, spans, verbatim_spans, near_verbatim_spans, paraphrase_spans
FROM article_reuse WHERE best_source AND share >= 0.2;
DROP VIEW IF EXISTS reuse_dot;
CREATE VIEW reuse_dot AS
WITH node AS (
  SELECT a.id, replace(replace(replace(replace(
           CASE WHEN length(coalesce(a.source, '')) > 60 THEN substr(a.source, 1, 59) || '...'
                ELSE coalesce(nullif(a.source, ''), 'article ' || a.id) END,
           '\', '\\'), '"', '\"'), char(10), ' '), char(13), ' ') AS label,
         coalesce(a.published, z.reference_date, '?') AS published
  FROM articles a LEFT JOIN analyzed z ON z.article = a.id
  WHERE a.id IN (SELECT source FROM reuse_links UNION SELECT target FROM reuse_links))
SELECT 'digraph reuse {' || char(10)
  || '  rankdir=LR; node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];'
  || ' edge [fontname="Helvetica", fontsize=9];' || char(10)
  || coalesce((SELECT group_concat(printf('  a%d [label="%s\n%s"];', id, label, published), char(10))
      FROM node), '')
  || char(10)
  || coalesce((SELECT group_concat(printf(
        '  a%d -> a%d [label="%.0f%%", penwidth=%.1f, style=%s, href="#pair-%d-%d", tooltip="%d%% of article %d found in article %d"];',
        source, target, 100*share, 1 + 4*share,
        CASE WHEN verbatim_spans > 0 THEN 'solid' ELSE 'dashed' END,
        source, target, CAST(round(100*share) AS INTEGER), target, source), char(10))
      FROM reuse_links), '')
  || char(10) || '}' AS dot;

-- The last run in one line (newswire_summary, phase 1; the steps are in
-- newswire_status).
SELECT line AS newswire FROM newswire_summary;
