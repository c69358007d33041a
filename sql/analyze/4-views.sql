-- Phase 4 of sql/analyze.sql: the views.
--
-- Reads:  nothing when run; the views read articles, analyzed, passage,
--         mention, claim, claim_link and reuse when queried.
-- Writes: (re)creates the views article_reuse, entity_variants,
--         timeline, claim_variants, discrepancies, analysis_skipped,
--         reuse_links, reuse_dot and passage_template; then prints newswire_summary (phase 1), the one line
--         a shell shows.
-- claim_variants, discrepancies and timeline call newswire functions
-- (word_diff(), similar_passage(), sentences()), so reading them needs the
-- extension loaded; article_reuse, entity_variants, analysis_skipped and
-- reuse_dot do not.

-- For each pair of articles that share text (reuse_pair: with at least
-- reuse_min_words words of evidence), source before target: direction
-- says what told them apart (published, dateline, containment, unknown:
-- phase 3, step 10); share is the share of the target's content the
-- regions cover (each character once), words how many words of it; the
-- number of reused spans by kind; best_source is 1 for the source that
-- explains most of the target, except that a source that is itself
-- mostly a copy (share >= 0.5) of another source of the same target gives
-- way to it when that one explains at least half as much: what the copy
-- shares with the target is then mostly the original's text (on the
-- example corpus the translation 03 explains 0.67 of the paraphrase 04,
-- the statement 01 it translates 0.45, and 04 was written from 01).
-- Between near ties (share rounded to 0.1), the earliest, then the lowest
-- id.
DROP VIEW IF EXISTS article_reuse;
CREATE VIEW article_reuse AS
WITH pairs AS (
  SELECT q.source, q.target, q.direction, q.share, q.words, count(*) AS spans,
         sum(r.kind = 'verbatim') AS verbatim_spans,
         sum(r.kind = 'near-verbatim') AS near_verbatim_spans,
         sum(r.kind = 'paraphrase') AS paraphrase_spans
  FROM reuse_pair q JOIN reuse r ON r.source = q.source AND r.target = q.target
  GROUP BY q.source, q.target),
ranked AS (
  SELECT p.*, row_number() OVER (PARTITION BY p.target ORDER BY
           EXISTS (SELECT 1 FROM reuse_pair o JOIN reuse_pair ot
                     ON ot.source = o.source AND ot.target = p.target
                   WHERE o.target = p.source AND o.share >= 0.5
                     AND ot.share >= 0.5 * p.share),
           round(p.share, 1) DESC, z.reference_date, p.source) AS rank
  FROM pairs p LEFT JOIN analyzed z ON z.article = p.source)
SELECT p.source, s.source AS source_outlet, s.published AS source_published,
       p.target, t.source AS target_outlet, t.published AS target_published,
       round(p.share, 2) AS share, p.spans, p.verbatim_spans, p.near_verbatim_spans,
       p.paraphrase_spans, p.rank = 1 AS best_source, p.direction, p.words
FROM ranked p JOIN articles s ON s.id = p.source JOIN articles t ON t.id = p.target;

-- Each canonical entity with every spelling each outlet used.
DROP VIEW IF EXISTS entity_variants;
CREATE VIEW entity_variants AS
SELECT m.key, m.type, a.source AS outlet, m.text AS written_as, count(*) AS mentions
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC') AND m.key IS NOT NULL
GROUP BY m.key, m.type, a.source, m.text;

-- Every resolved date mention, in date order, with its sentence.  date is
-- where the value starts (an interval "2021-12/2024-08-15" starts in
-- 2021-12).  The sentence is found in the mention's passage, not the whole
-- body, so a long article is not segmented again for each of its dates.
DROP VIEW IF EXISTS timeline;
CREATE VIEW timeline AS
SELECT CASE WHEN instr(m.value, '/') > 0 THEN substr(m.value, 1, instr(m.value, '/') - 1)
            ELSE m.value END AS date,
       m.value, m.text, a.id AS article, a.source,
       (SELECT s.text FROM passage p, sentences(p.text) s
        WHERE p.article = m.article AND m.start >= p.start AND m.start < p.start + p.length
          AND m.start - p.start + 1 >= s.start AND m.start - p.start + 1 < s.start + s.length) AS sentence
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type = 'DATE' AND m.value IS NOT NULL
ORDER BY 1, a.id, m.start;

-- Each claim beside the earliest version of the same claim in another
-- article (claim_link; by reference date, then article), or itself when
-- it is the first, and what changed since: words replaced, inserted or
-- deleted, "old -> new".  changed is 1 when a near-identical version
-- (similarity >= 0.85, or the shorter of the two contained in the other
-- at 0.85: one piece of a statement quoted in pieces) had words replaced
-- (a quote altered, a figure moved): a fresh translation rewords much
-- more, a cut replaces nothing.
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
        AND ((SELECT similarity FROM claim_link WHERE claim = x.id AND other = f.id) >= 0.85
             OR CASE WHEN length(x.content) <= length(f.content)
                     THEN similar_passage(x.content, f.content, 'containment')
                     ELSE similar_passage(f.content, x.content, 'containment') END >= 0.85)
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
-- in article_a (the earlier) against version_b in article_b, with the
-- evidence in both bodies: substr(body, start_a, length_a) and
-- substr(body, start_b, length_b) (1-based characters; the side without
-- an inserted or dropped word has length 0 at its place).  Every row is
-- proven to compare reports of one statement or fact:
--   figure   an amount, share or counted thing ("1,300 engineers") whose
--            figure word_diff() finds replaced in place (a run of up to
--            three words) inside aligned text: a verbatim or near-verbatim
--            region, or a paraphrase scoring 0.5 or more of a pair whose
--            reuse covers at least 20% of the later article; the region
--            keeps six words or more, and names the same people near the
--            change when both sides name any.  Or, in such a pair of two
--            outlets, the one value each gives for a counted thing
--            (QUANTITY of one unit).  Neither article gives the other's
--            value too.  The evidence is the two mentions.
--   date     a date replaced in place in such aligned text (the same
--            event, moved); not a date line, not each article's own day,
--            not in boilerplate.  The evidence is the two mentions.
--   title    one person (one key) given roles that neither contains, in
--            two sentences that say the same (the shorter's content at
--            least 45% found in the other) of articles that share text
--            or a claim: two roles of one person in unrelated sentences
--            ("senator", "candidate") can both be true.  The evidence is
--            the two sentences.
--   quote    up to four words replaced (by words of another meaning),
--            inserted or dropped inside a direct quote, between versions
--            of it that keep 80% of its words (claim similarity >= 0.8,
--            or the shorter contained in the longer, or a near-verbatim
--            region), with two words or more kept on each side: an
--            altered quote, not a rewording.  The evidence is the changed
--            words.
--   speaker  the same claim (similarity >= 0.8, six words or more)
--            attributed to two people, each a person the article names,
--            with different surnames.  The evidence is the two claims.
-- Figures and dates of one outlet's versions of different days (by
-- reference date, else date line) are an update, not a conflict.
DROP VIEW IF EXISTS discrepancies;
CREATE VIEW discrepancies AS
WITH dateline AS (
  -- a date in a short first line of the body (a date line), and each
  -- article's day: its reference date, else its date line's
  SELECT a.id AS article, m.start, m.length, m.value
  FROM articles a JOIN mention m ON m.article = a.id AND m.type = 'DATE'
   AND m.start + m.length <= instr(a.body || char(10), char(10))
  WHERE instr(a.body || char(10), char(10)) <= 60),
day AS (
  SELECT z.article, coalesce(z.reference_date,
           (SELECT min(d.value) FROM dateline d WHERE d.article = z.article)) AS day
  FROM analyzed z),
story AS (
  -- article pairs proven to carry one story; update_pair: one outlet's
  -- versions of different days
  SELECT p.source, p.target, p.share, sa.source IS sb.source AS same_outlet,
         (sa.source IS sb.source AND coalesce(da.day, '') <> coalesce(db.day, '')) AS update_pair
  FROM article_reuse p JOIN articles sa ON sa.id = p.source JOIN articles sb ON sb.id = p.target
  JOIN day da ON da.article = p.source JOIN day db ON db.article = p.target
  WHERE p.share >= 0.2 OR p.verbatim_spans + p.near_verbatim_spans > 0),
region AS (
  -- their aligned regions: verbatim or near-verbatim ones, and where the
  -- reuse covers at least 20% of the later article, paraphrases scoring
  -- 0.5 or more (below, sentences of one template that report different
  -- facts: two polls, two races); not between two versions of one
  -- outlet's story on different days (an update: the figures moved on)
  SELECT r.source, r.target, r.a_start, r.a_length, r.b_start, r.b_length
  FROM reuse r JOIN story p ON p.source = r.source AND p.target = r.target
  WHERE (r.kind IN ('verbatim', 'near-verbatim') OR (p.share >= 0.2 AND r.score >= 0.5))
    AND NOT p.update_pair),
region_diff AS (
  SELECT g.*, d.op, d.a_text, d.b_text, g.a_start + d.a_start - 1 AS a_pos, d.a_length AS a_len,
         g.b_start + d.b_start - 1 AS b_pos, d.b_length AS b_len,
         sum(CASE WHEN d.op = 'equal' THEN length(trim(d.a_text)) - length(replace(trim(d.a_text), ' ', '')) + 1
                  ELSE 0 END) OVER (PARTITION BY g.source, g.target, g.a_start, g.b_start) AS kept
  FROM region g JOIN articles s ON s.id = g.source JOIN articles t ON t.id = g.target,
       word_diff(substr(s.body, g.a_start, g.a_length), substr(t.body, g.b_start, g.b_length)) d),
swapped AS (
  -- a run of up to three words replaced in place in aligned text that
  -- keeps six words or more as they were, about the same people (when
  -- both sides name people within 150 characters of it, one is the same:
  -- two athletes' records in one template sentence are two facts)
  SELECT source, target, a_pos, a_len, b_pos, b_len FROM region_diff
  WHERE op = 'replace' AND kept >= 6
    AND length(a_text) - length(replace(a_text, ' ', '')) < 3
    AND length(b_text) - length(replace(b_text, ' ', '')) < 3
    AND NOT (EXISTS (SELECT 1 FROM mention m WHERE m.article = source AND m.type = 'PERSON'
                     AND m.key IS NOT NULL AND m.start BETWEEN max(a_start, a_pos - 150)
                     AND min(a_start + a_length, a_pos + a_len + 150))
             AND EXISTS (SELECT 1 FROM mention m WHERE m.article = target AND m.type = 'PERSON'
                         AND m.key IS NOT NULL AND m.start BETWEEN max(b_start, b_pos - 150)
                         AND min(b_start + b_length, b_pos + b_len + 150))
             AND NOT EXISTS (SELECT 1 FROM mention m JOIN mention n ON n.key = m.key
                             WHERE m.article = source AND m.type = 'PERSON'
                               AND m.start BETWEEN max(a_start, a_pos - 150)
                                               AND min(a_start + a_length, a_pos + a_len + 150)
                               AND n.article = target AND n.type = 'PERSON'
                               AND n.start BETWEEN max(b_start, b_pos - 150)
                                               AND min(b_start + b_length, b_pos + b_len + 150)))),
inplace AS (
  -- a date or figure mention on each side of such a replacement
  SELECT x.source AS a, x.target AS b, ms.type, ms.unit, ms.value AS va, mt.value AS vb,
         ms.text AS ta, mt.text AS tb, ms.start AS sa, ms.length AS la,
         mt.start AS sb, mt.length AS lb
  FROM swapped x
  JOIN mention ms ON ms.article = x.source AND ms.start >= x.a_pos - 60
                 AND ms.start < x.a_pos + x.a_len AND ms.start + ms.length > x.a_pos
  JOIN mention mt ON mt.article = x.target AND mt.start >= x.b_pos - 60
                 AND mt.start < x.b_pos + x.b_len AND mt.start + mt.length > x.b_pos
                 AND mt.type = ms.type AND mt.unit IS ms.unit AND mt.value <> ms.value
  WHERE ms.type IN ('DATE', 'MONEY', 'PERCENT', 'QUANTITY') AND lower(ms.text) <> lower(mt.text)
    AND NOT EXISTS (SELECT 1 FROM dateline d WHERE (d.article = ms.article AND d.start = ms.start)
                    OR (d.article = mt.article AND d.start = mt.start))
    AND NOT EXISTS (SELECT 1 FROM passage p WHERE p.boilerplate
                    AND ((p.article = ms.article AND ms.start >= p.start AND ms.start < p.start + p.length)
                      OR (p.article = mt.article AND mt.start >= p.start AND mt.start < p.start + p.length)))),
single AS (
  -- per article, a counted thing given one value only (its first mention)
  SELECT article, unit, value, min(start) AS start, length
  FROM mention WHERE type = 'QUANTITY' AND unit IS NOT NULL
  GROUP BY article, unit HAVING count(DISTINCT value) = 1),
figure_found AS (
  SELECT a, b, type, unit, va, vb, sa, la, sb, lb FROM inplace WHERE type <> 'DATE'
  UNION
  SELECT p.source, p.target, 'QUANTITY', x.unit, x.value, y.value, x.start, x.length, y.start, y.length
  FROM story p JOIN single x ON x.article = p.source
  JOIN single y ON y.article = p.target AND y.unit = x.unit AND y.value <> x.value
  WHERE p.share >= 0.2 AND NOT p.same_outlet),
figure AS (
  SELECT f.*, row_number() OVER (PARTITION BY f.a, f.b, f.unit, f.va, f.vb ORDER BY f.sa, f.sb) AS k
  FROM figure_found f
  WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.article = f.b AND m.type = f.type
                    AND m.unit IS f.unit AND m.value = f.va)
    AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.article = f.a AND m.type = f.type
                    AND m.unit IS f.unit AND m.value = f.vb)),
linked AS (
  -- article pairs that share text or a claim, the earlier first
  SELECT DISTINCT source AS a, target AS b FROM reuse
  UNION
  SELECT ca.article, cb.article FROM claim_link l
  JOIN claim ca ON ca.id = l.claim JOIN claim cb ON cb.id = l.other
  JOIN analyzed za ON za.article = ca.article JOIN analyzed zb ON zb.article = cb.article
  WHERE (coalesce(za.reference_date, '9999'), ca.article) < (coalesce(zb.reference_date, '9999'), cb.article)),
role AS (
  -- each person mention with a role, and the sentence it is in
  SELECT m.article, m.key, m.text AS name, lower(m.role) AS role,
         p.start + s.start - 1 AS s_start, s.length AS s_length, s.text AS sentence
  FROM mention m JOIN passage p ON p.article = m.article AND m.start >= p.start
                              AND m.start < p.start + p.length,
       sentences(p.text) s
  WHERE m.type = 'PERSON' AND m.role IS NOT NULL AND m.key IS NOT NULL
    AND m.start - p.start + 1 >= s.start AND m.start - p.start + 1 < s.start + s.length),
title AS (
  SELECT l.a, l.b, x.name, x.key, x.role AS ra, y.role AS rb,
         x.s_start AS sa, x.s_length AS la, y.s_start AS sb, y.s_length AS lb,
         row_number() OVER (PARTITION BY l.a, l.b, x.key, x.role, y.role
                            ORDER BY x.s_start, y.s_start) AS k
  FROM linked l JOIN role x ON x.article = l.a
  JOIN role y ON y.article = l.b AND y.key = x.key AND y.role <> x.role
             AND instr(y.role, x.role) = 0 AND instr(x.role, y.role) = 0
  WHERE NOT EXISTS (SELECT 1 FROM role o WHERE o.article = l.b AND o.key = x.key
                    AND (instr(o.role, x.role) > 0 OR instr(x.role, o.role) > 0))
    AND NOT EXISTS (SELECT 1 FROM role o WHERE o.article = l.a AND o.key = x.key
                    AND (instr(o.role, y.role) > 0 OR instr(y.role, o.role) > 0))
    AND CASE WHEN length(x.sentence) <= length(y.sentence)
             THEN similar_passage(x.sentence, y.sentence, 'containment')
             ELSE similar_passage(y.sentence, x.sentence, 'containment') END >= 0.45),
quoted AS (
  -- each direct quote with its place in the body
  SELECT c.id, c.article, c.content, instr(a.body, c.content) AS pos, z.reference_date AS d
  FROM claim c JOIN articles a ON a.id = c.article JOIN analyzed z ON z.article = c.article
  WHERE c.kind = 'direct'),
versions AS (
  -- two near-identical versions of a quote, the earlier first, and where
  -- the text compared starts in each body
  SELECT row_number() OVER () AS vid, * FROM (
    SELECT qa.article AS a, qb.article AS b, qa.content AS a_text, qb.content AS b_text,
           qa.pos AS a_base, qb.pos AS b_base, qa.pos AS q_start, length(qa.content) AS q_length
    FROM claim_link l JOIN quoted qa ON qa.id = l.claim JOIN quoted qb ON qb.id = l.other
    WHERE (coalesce(qa.d, '9999'), qa.article) < (coalesce(qb.d, '9999'), qb.article)
      AND (l.similarity >= 0.8
           OR CASE WHEN length(qa.content) <= length(qb.content)
                   THEN similar_passage(qa.content, qb.content, 'containment')
                   ELSE similar_passage(qb.content, qa.content, 'containment') END >= 0.9)
    UNION
    SELECT r.source, r.target, substr(s.body, r.a_start, r.a_length),
           substr(t.body, r.b_start, r.b_length), r.a_start, r.b_start, q.pos, length(q.content)
    FROM reuse r JOIN articles s ON s.id = r.source JOIN articles t ON t.id = r.target
    JOIN quoted q ON q.article = r.source AND q.pos > 0
                 AND q.pos < r.a_start + r.a_length AND q.pos + length(q.content) > r.a_start
    WHERE r.kind = 'near-verbatim')),
quote_diff AS (
  SELECT v.vid, v.a, v.b, v.a_text, d.op, d.a_text AS wa, d.b_text AS wb,
         v.a_base + d.a_start - 1 AS sa, d.a_length AS la,
         v.b_base + d.b_start - 1 AS sb, d.b_length AS lb, v.q_start, v.q_length,
         lag(d.op) OVER w AS prev_op, lag(d.a_text) OVER w AS prev_text,
         lead(d.op) OVER w AS next_op, lead(d.a_text) OVER w AS next_text,
         sum(CASE WHEN d.op = 'equal' THEN length(trim(d.a_text)) - length(replace(trim(d.a_text), ' ', '')) + 1
                  ELSE 0 END) OVER v AS kept,
         min(length(trim(v.a_text)) - length(replace(trim(v.a_text), ' ', '')),
             length(trim(v.b_text)) - length(replace(trim(v.b_text), ' ', ''))) + 1 AS words
  FROM versions v, word_diff(v.a_text, v.b_text) d
  WHERE v.a_base > 0 AND v.b_base > 0
  WINDOW w AS (PARTITION BY v.vid ORDER BY d.seq), v AS (PARTITION BY v.vid)),
quote AS (
  SELECT c.*, row_number() OVER (PARTITION BY c.a, c.b, c.op, c.wa, c.wb ORDER BY c.sa, c.sb) AS k
  FROM quote_diff c
  WHERE c.op <> 'equal' AND c.kept >= 0.8 * c.words AND c.sa > c.q_start AND c.sa + c.la < c.q_start + c.q_length
    -- a few words swapped for words of another meaning, or put in or left
    -- out...
    AND length(coalesce(c.wa, '')) - length(replace(coalesce(c.wa, ''), ' ', '')) < 4
    AND length(coalesce(c.wb, '')) - length(replace(coalesce(c.wb, ''), ' ', '')) < 4
    AND (c.op <> 'replace' OR similar_passage(c.wa, c.wb) < 0.5)
    -- ...inside words kept as they were (two or more on each side)
    AND c.prev_op = 'equal' AND instr(trim(c.prev_text), ' ') > 0
    AND c.next_op = 'equal' AND instr(trim(c.next_text), ' ') > 0)
SELECT 'figure' AS kind, f.unit AS what, f.a AS article_a, sa.source AS outlet_a, f.va AS version_a,
       f.b AS article_b, sb.source AS outlet_b, f.vb AS version_b,
       f.sa AS start_a, f.la AS length_a, f.sb AS start_b, f.lb AS length_b
FROM figure f JOIN articles sa ON sa.id = f.a JOIN articles sb ON sb.id = f.b
WHERE f.k = 1
UNION ALL
SELECT 'date', x.ta || ' / ' || x.tb, x.a, sa.source, x.va, x.b, sb.source, x.vb,
       x.sa, x.la, x.sb, x.lb
FROM inplace x JOIN articles sa ON sa.id = x.a JOIN articles sb ON sb.id = x.b
JOIN analyzed za ON za.article = x.a JOIN analyzed zb ON zb.article = x.b
WHERE x.type = 'DATE'
  -- each article's own day (a date line, "on Thursday" of a later update)
  AND NOT (x.va IS za.reference_date AND x.vb IS zb.reference_date)
  AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.article = x.b AND m.type = 'DATE' AND m.value = x.va)
UNION ALL
SELECT 'title', t.name || ' (' || t.key || ')', t.a, sa.source, t.ra, t.b, sb.source, t.rb,
       t.sa, t.la, t.sb, t.lb
FROM title t JOIN articles sa ON sa.id = t.a JOIN articles sb ON sb.id = t.b
WHERE t.k = 1
UNION ALL
-- a quote's what: its words around the change, line breaks as spaces
SELECT 'quote', trim(replace(replace(replace(substr(sa.body, max(q.q_start, q.sa - 40), 80),
                     char(13), ' '), char(10), ' '), '  ', ' ')), q.a, sa.source, coalesce(q.wa, ''), q.b, sb.source,
       coalesce(q.wb, ''), q.sa, q.la, q.sb, q.lb
FROM quote q JOIN articles sa ON sa.id = q.a JOIN articles sb ON sb.id = q.b
WHERE q.k = 1
UNION ALL
SELECT 'speaker', substr(ca.content, 1, 80), ca.article, sa.source, ca.speaker_resolved,
       cb.article, sb.source, cb.speaker_resolved,
       instr(sa.body, ca.content), length(ca.content), instr(sb.body, cb.content), length(cb.content)
FROM claim_link l JOIN claim ca ON ca.id = l.claim JOIN claim cb ON cb.id = l.other
JOIN analyzed za ON za.article = ca.article JOIN analyzed zb ON zb.article = cb.article
JOIN articles sa ON sa.id = ca.article JOIN articles sb ON sb.id = cb.article
WHERE (coalesce(za.reference_date, '9999'), ca.article) < (coalesce(zb.reference_date, '9999'), cb.article)
  AND l.similarity >= 0.8
  AND length(trim(ca.content)) - length(replace(trim(ca.content), ' ', '')) >= 5
  -- two people the articles name, told apart by surname ("Abdi" and
  -- "Sahra Mohamed Abdi" are one): person keys end with the surname's skeleton
  AND ca.speaker_key LIKE 'person:%' AND cb.speaker_key LIKE 'person:%'
  AND EXISTS (SELECT 1 FROM mention m WHERE m.article = ca.article AND m.key = ca.speaker_key AND m.type = 'PERSON')
  AND EXISTS (SELECT 1 FROM mention m WHERE m.article = cb.article AND m.key = cb.speaker_key AND m.type = 'PERSON')
  AND replace(ca.speaker_key, rtrim(ca.speaker_key, replace(ca.speaker_key, '_', '')), '')
   <> replace(cb.speaker_key, rtrim(cb.speaker_key, replace(cb.speaker_key, '_', '')), '');

-- Articles the analysis could not read, with the reason.
DROP VIEW IF EXISTS analysis_skipped;
CREATE VIEW analysis_skipped AS
SELECT a.id AS article, a.source, a.url, z.status AS reason
FROM analyzed z JOIN articles a ON a.id = z.article WHERE z.status <> 'ok';

-- The outlets' templates: each passage that has near-identical twins in
-- template_min_articles other articles of its outlet or more (step 9),
-- with how many; regions over them are never reuse.
DROP VIEW IF EXISTS passage_template;
CREATE VIEW passage_template AS
SELECT p.id AS passage, p.article, a.source AS outlet, count(*) AS articles, p.text
FROM passage_twin t JOIN passage p ON p.id = t.passage JOIN articles a ON a.id = p.article
GROUP BY t.passage
HAVING count(*) >= coalesce((SELECT value FROM newswire_settings WHERE key = 'template_min_articles'), 3);

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
       share, spans, verbatim_spans, near_verbatim_spans, paraphrase_spans, direction
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
