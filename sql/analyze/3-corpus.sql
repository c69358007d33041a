-- Phase 3 of sql/analyze.sql: the steps across the corpus.
--
-- Reads:  passage, claim, articles, analyzed, pidx, cidx, temp.work,
--         temp.todo, temp.batch, temp.nw_set.
-- Writes: reuse (the spans each new article shares with any other) and
--         reuse_pair (each such pair's direction, coverage and evidence),
--         claim_link (claims that say the same across articles), and
--         last analyzed (the new articles marked analysed, with their
--         hash, reference date and status); temp.candidates, temp.dates,
--         temp.pairs, temp.cover, temp.claim_pairs, temp.new_links on the way.  Then
--         drops this run's temp tables.
-- Steps 8 to 12 (newswire_status): keys, candidates, reuse, claim links,
-- mark.
DROP TABLE IF EXISTS temp.candidates;
DROP TABLE IF EXISTS temp.dates;
DROP TABLE IF EXISTS temp.pairs;
DROP TABLE IF EXISTS temp.cover;
DROP TABLE IF EXISTS temp.claim_pairs;
DROP TABLE IF EXISTS temp.new_links;
DROP TABLE IF EXISTS temp.template;
DROP TABLE IF EXISTS temp.passage_pairs_new;
DROP TABLE IF EXISTS temp.evidence;
CREATE TEMP TABLE candidates(a INTEGER, b INTEGER, PRIMARY KEY(a, b));
CREATE TEMP TABLE dates(id INTEGER PRIMARY KEY, pub TEXT, ref TEXT);
CREATE TEMP TABLE pairs(n INTEGER, source INTEGER, target INTEGER, direction TEXT, swap INTEGER,
                        PRIMARY KEY(source, target));
CREATE TEMP TABLE cover(source INTEGER, target INTEGER, side TEXT, covered INTEGER,
                        words INTEGER, share REAL, PRIMARY KEY(source, target, side));
CREATE TEMP TABLE claim_pairs(a INTEGER, b INTEGER);
CREATE TEMP TABLE new_links(a INTEGER, b INTEGER, similarity REAL);
CREATE TEMP TABLE template(id INTEGER PRIMARY KEY);
CREATE TEMP TABLE passage_pairs_new(a INTEGER, b INTEGER, score REAL);
CREATE TEMP TABLE evidence(source INTEGER, target INTEGER, PRIMARY KEY(source, target));

-- 8. Keys across the corpus.  entities() keyed each person within its
-- article, and step 5 recorded its full names and initials; here:
--   - a new one-part mention whose text is exactly one full name's
--     surname (person_name) takes that key: the one in the same outlet,
--     else the one in the corpus; with two or more full names that fit
--     ("Clinton": Hillary and Bill) it is left apart;
--   - middle initials keep people apart: when one first and last name
--     key comes with two or more different initials in the corpus
--     (George W. Bush, George H. W. Bush), each mention with initials gets
--     the key with its initials ("person:grg_bs.hw"), the ones without
--     keep the plain key (person_initials);
--   - each new claim's speaker_key: the entity key of the person (else
--     organisation) named in the resolved speaker, as entities() found it
--     in the same article: in the speaker as written, else the latest
--     mention within 5,000 characters before it (a window, so a huge
--     article stays linear).
-- rows counts the new claims with a speaker key.
CREATE TEMP TRIGGER nw_step_keys AFTER INSERT ON nw_step WHEN NEW.step = 'keys' BEGIN
  -- one key fits when the least and the greatest are the same: two
  -- lookups in the index each, however many full names share the surname
  UPDATE mention SET key = coalesce(
      (SELECT CASE WHEN lo = hi THEN lo END FROM (SELECT
         (SELECT min(n.key) FROM person_name n WHERE n.name = lower(mention.text)
            AND n.outlet = (SELECT coalesce(source, '') FROM articles WHERE id = mention.article)) AS lo,
         (SELECT max(n.key) FROM person_name n WHERE n.name = lower(mention.text)
            AND n.outlet = (SELECT coalesce(source, '') FROM articles WHERE id = mention.article)) AS hi)),
      (SELECT CASE WHEN lo = hi THEN lo END FROM (SELECT
         (SELECT min(n.key) FROM person_name n WHERE n.name = lower(mention.text)) AS lo,
         (SELECT max(n.key) FROM person_name n WHERE n.name = lower(mention.text)) AS hi)), key)
  WHERE article IN (SELECT id FROM work) AND key >= 'person:' AND key < 'person;'
    AND instr(key, '_') = 0 AND instr(text, ' ') = 0;
  UPDATE mention SET key = key || '.' || (SELECT v.initials FROM mention_initials v
                                          WHERE v.article = mention.article AND v.seq = mention.seq)
  WHERE key IN (SELECT key FROM person_initials GROUP BY key HAVING count(*) >= 2)
    AND (SELECT v.initials FROM mention_initials v
         WHERE v.article = mention.article AND v.seq = mention.seq)
        IN (SELECT i.initials FROM person_initials i WHERE i.key = mention.key);
  UPDATE claim SET speaker_key = coalesce(
               (SELECT m.key FROM mention m WHERE m.article = claim.article
                  AND m.start >= claim.speaker_start AND m.start < claim.speaker_start + claim.speaker_length
                  AND m.type IN ('PERSON', 'ORG') AND m.key IS NOT NULL
                  AND instr(claim.speaker_resolved, m.text) > 0
                ORDER BY m.type = 'PERSON' DESC, m.length DESC LIMIT 1),
               (SELECT m.key FROM mention m WHERE m.article = claim.article
                  AND m.start < claim.speaker_start AND m.start > claim.speaker_start - 5000
                  AND m.type IN ('PERSON', 'ORG') AND m.key IS NOT NULL
                  AND instr(claim.speaker_resolved, m.text) > 0
                ORDER BY m.start DESC LIMIT 1))
  WHERE id >= (SELECT claim_since FROM batch);
  UPDATE nw_step SET rows = (SELECT count(*) FROM claim WHERE id >= (SELECT claim_since FROM batch)
                             AND speaker_key IS NOT NULL)
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (8, 'keys');

-- 9. Reuse, proposed: the index proposes article pairs (a new passage and
-- any other with Jaccard >= reuse_pair_threshold: passage_pairs with since
-- lists only those, in time that follows the new passages; one listing
-- serves both thresholds).  First the
-- outlets' templates: each new passage's near-identical twins (Jaccard >=
-- template_threshold) in other articles of the same outlet are recorded
-- both ways in passage_twin; a passage with twins in template_min_articles
-- articles or more (an editor's note on every story, a wire disclaimer, a
-- results table's caption) is a template (temp.template) and never counts
-- as reuse: four articles of one outlet do not copy each other's furniture.
CREATE TEMP TRIGGER nw_step_candidates AFTER INSERT ON nw_step WHEN NEW.step = 'candidates' BEGIN
  INSERT INTO passage_pairs_new(a, b, score)
    SELECT x.a, x.b, x.score
    FROM passage_pairs('main.pidx', (SELECT min(reuse_pair_threshold, template_threshold) FROM nw_set),
                       (SELECT since FROM batch)) x
    JOIN passage pa ON pa.id = x.a JOIN passage pb ON pb.id = x.b
    WHERE pa.article <> pb.article;
  INSERT OR IGNORE INTO passage_twin(passage, article)
    SELECT p, article FROM (
      SELECT x.a AS p, pb.article, sa.source AS oa, sb.source AS ob
      FROM passage_pairs_new x JOIN passage pa ON pa.id = x.a JOIN passage pb ON pb.id = x.b
      JOIN articles sa ON sa.id = pa.article JOIN articles sb ON sb.id = pb.article
      WHERE x.score >= (SELECT template_threshold FROM nw_set)
      UNION ALL
      SELECT x.b, pa.article, sb.source, sa.source
      FROM passage_pairs_new x JOIN passage pa ON pa.id = x.a JOIN passage pb ON pb.id = x.b
      JOIN articles sa ON sa.id = pa.article JOIN articles sb ON sb.id = pb.article
      WHERE x.score >= (SELECT template_threshold FROM nw_set))
    WHERE oa IS ob;
  INSERT INTO template(id)
    SELECT passage FROM passage_twin GROUP BY passage
    HAVING count(*) >= (SELECT template_min_articles FROM nw_set);
  INSERT OR IGNORE INTO candidates
    SELECT min(pa.article, pb.article), max(pa.article, pb.article)
    FROM passage_pairs_new x JOIN passage pa ON pa.id = x.a JOIN passage pb ON pb.id = x.b
    WHERE x.score >= (SELECT reuse_pair_threshold FROM nw_set);
  UPDATE nw_step SET rows = (SELECT count(*) FROM candidates) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (9, 'candidates');

-- 10. Reuse, aligned: reuse_spans() over each candidate pair, then each
-- pair's direction, coverage and evidence (reuse_pair).  The direction:
-- the earlier published date wins ('published'); with a date missing or
-- equal, the earlier reference date, which for an article without one is
-- the date of its date line ('dateline'); with those equal or missing,
-- containment: a copy is mostly made of its source, while the source
-- keeps text the copy dropped, so the article whose content the regions
-- cover more (by 0.05 of it or more) is the target ('containment');
-- else the earlier loaded (lower id) is the source ('unknown').  Coverage
-- counts each character of an article's content (passages that are not
-- boilerplate) once, however the regions overlap.  A pair whose regions
-- cover fewer than reuse_min_words words (tokens with a letter: not
-- figures, dates or punctuation) of the target's content is evidence of
-- nothing and is dropped from reuse.  Shares are kept unrounded: a value
-- rounded twice can land on a tie that SQLite versions round differently
-- (0.2450 is 0.25 in 3.40, 0.24 in the one better-sqlite3 bundles).  A
-- region is kept only if
-- it overlaps prose (a passage of kind 'text') in both articles: a
-- dateline, table, score or ticker line that matches its twin is no reuse
-- (so a pair's seq may have gaps).  The passages it overlaps are those
-- from the one holding its start to its end.
CREATE TEMP TRIGGER nw_step_reuse AFTER INSERT ON nw_step WHEN NEW.step = 'reuse' BEGIN
  DELETE FROM reuse_pair WHERE source IN (SELECT id FROM gone) OR target IN (SELECT id FROM gone);
  INSERT OR IGNORE INTO dates(id, pub, ref)
    SELECT w.id, date(a.published), w.ref FROM work w JOIN articles a ON a.id = w.id
    UNION ALL SELECT z.article, date(a.published), z.reference_date
    FROM analyzed z JOIN articles a ON a.id = z.article;
  INSERT INTO pairs(n, source, target, direction)
    SELECT row_number() OVER (), CASE WHEN later THEN b ELSE a END,
           CASE WHEN later THEN a ELSE b END, how
    FROM (SELECT c.a, c.b,
            CASE WHEN x.pub <> y.pub THEN 'published' WHEN x.ref <> y.ref THEN 'dateline' END AS how,
            CASE WHEN x.pub <> y.pub THEN x.pub > y.pub WHEN x.ref <> y.ref THEN x.ref > y.ref
                 ELSE 0 END AS later
          FROM candidates c JOIN dates x ON x.id = c.a JOIN dates y ON y.id = c.b);
  INSERT OR REPLACE INTO reuse
    SELECT s.id, t.id, r.seq, r.a_start, r.a_length, r.b_start, r.b_length,
           r.score, r.kind
    FROM pairs c JOIN articles s ON s.id = c.source JOIN articles t ON t.id = c.target,
         reuse_spans(s.body, t.body) r
    WHERE EXISTS (SELECT 1 FROM passage p WHERE p.article = t.id AND p.kind = 'text'
                    AND p.id NOT IN (SELECT id FROM template)
                    AND p.start < r.b_start + r.b_length
                    AND p.start >= (SELECT coalesce(max(q.start), 0) FROM passage q
                                    WHERE q.article = t.id AND q.start <= r.b_start))
      AND EXISTS (SELECT 1 FROM passage p WHERE p.article = s.id AND p.kind = 'text'
                    AND p.id NOT IN (SELECT id FROM template)
                    AND p.start < r.a_start + r.a_length
                    AND p.start >= (SELECT coalesce(max(q.start), 0) FROM passage q
                                    WHERE q.article = s.id AND q.start <= r.a_start))
      AND ((SELECT quiet FROM nw_set)
       OR newswire_progress('aligning article pairs', c.n, (SELECT count(*) FROM pairs)));
  -- the content each pair's regions cover on each side (a: the source,
  -- b: the target): regions merged where they overlap, cut to the
  -- article's content passages; the words are counted on the target's
  -- side, and on the source's only when containment may swap them
  INSERT INTO cover(source, target, side, covered, words)
    SELECT g.source, g.target, g.side, sum(g.e - g.s),
           sum(CASE WHEN g.side IN ('b', 'cb') OR (SELECT c.direction IS NULL FROM pairs c
                                           WHERE c.source = g.source AND c.target = g.target)
                THEN (SELECT count(*) FROM tokens(substr(a.body, g.s, g.e - g.s)) t
                      WHERE lower(t.token) <> upper(t.token)) END)
    FROM (SELECT m.source, m.target, m.side, m.article,
                 max(m.s, p.start) AS s, min(m.e, p.start + p.length) AS e
          FROM (SELECT source, target, side, article, min(s) AS s, max(e) AS e
                FROM (SELECT *, sum(fresh) OVER (PARTITION BY source, target, side ORDER BY s, e) AS grp
                      FROM (SELECT *, coalesce(max(e) OVER (PARTITION BY source, target, side ORDER BY s, e
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) < s AS fresh
                            FROM (SELECT r.source, r.target, 'b' AS side, r.target AS article,
                                         r.b_start AS s, r.b_start + r.b_length AS e
                                  FROM pairs c JOIN reuse r ON r.source = c.source AND r.target = c.target
                                  UNION ALL
                                  SELECT r.source, r.target, 'a', r.source, r.a_start, r.a_start + r.a_length
                                  FROM pairs c JOIN reuse r ON r.source = c.source AND r.target = c.target
                                  UNION ALL
                                  SELECT r.source, r.target, 'cb', r.target, r.b_start, r.b_start + r.b_length
                                  FROM pairs c JOIN reuse r ON r.source = c.source AND r.target = c.target
                                  JOIN articles x ON x.id = r.target
                                  WHERE r.kind IN ('verbatim', 'near-verbatim')
                                    AND length(trim(substr(x.body, r.b_start, r.b_length)))
                                      - length(replace(trim(substr(x.body, r.b_start, r.b_length)), ' ', ''))
                                      >= (SELECT copy_min_words FROM nw_set) - 1
                                  UNION ALL
                                  SELECT r.source, r.target, 'ca', r.source, r.a_start, r.a_start + r.a_length
                                  FROM pairs c JOIN reuse r ON r.source = c.source AND r.target = c.target
                                  JOIN articles x ON x.id = r.source
                                  WHERE r.kind IN ('verbatim', 'near-verbatim')
                                    AND length(trim(substr(x.body, r.a_start, r.a_length)))
                                      - length(replace(trim(substr(x.body, r.a_start, r.a_length)), ' ', ''))
                                      >= (SELECT copy_min_words FROM nw_set) - 1)))
                GROUP BY source, target, side, grp) m
          JOIN passage p ON p.article = m.article AND NOT p.boilerplate
                        AND p.id NOT IN (SELECT id FROM template)
                        AND p.start < m.e AND p.start + p.length > m.s) g
    JOIN articles a ON a.id = g.article
    GROUP BY g.source, g.target, g.side;
  UPDATE cover SET share = 1.0 * covered / max(1, (SELECT sum(p.length) FROM passage p
    WHERE p.article = CASE WHEN cover.side IN ('a', 'ca') THEN cover.source ELSE cover.target END
      AND NOT p.boilerplate AND p.id NOT IN (SELECT id FROM template)));
  -- containment, where the dates do not decide
  UPDATE pairs SET
    swap = (SELECT ca.share > cb.share + 0.05 FROM cover ca JOIN cover cb
            ON cb.source = ca.source AND cb.target = ca.target AND cb.side = 'b'
            WHERE ca.source = pairs.source AND ca.target = pairs.target AND ca.side = 'a'),
    direction = CASE WHEN (SELECT abs(ca.share - cb.share) >= 0.05 FROM cover ca JOIN cover cb
            ON cb.source = ca.source AND cb.target = ca.target AND cb.side = 'b'
            WHERE ca.source = pairs.source AND ca.target = pairs.target AND ca.side = 'a')
      THEN 'containment' ELSE 'unknown' END
  WHERE direction IS NULL;
  UPDATE reuse SET source = target, target = source, a_start = b_start, a_length = b_length,
                   b_start = a_start, b_length = a_length
  WHERE EXISTS (SELECT 1 FROM pairs c WHERE c.swap AND c.source = reuse.source AND c.target = reuse.target);
  UPDATE cover SET source = target, target = source,
                   side = CASE side WHEN 'a' THEN 'b' WHEN 'b' THEN 'a' WHEN 'ca' THEN 'cb' ELSE 'ca' END
  WHERE EXISTS (SELECT 1 FROM pairs c WHERE c.swap AND c.source = cover.source AND c.target = cover.target);
  UPDATE pairs SET source = target, target = source WHERE swap;
  -- too little evidence: the pair is dropped.  Evidence is copied text:
  -- verbatim and near-verbatim regions covering reuse_min_words words of
  -- the target's content; or a rewrite: regions of any kind (paraphrase,
  -- translation) covering rewrite_min_share of the target's content and
  -- rewrite_min_words words.  Independent reports of one event (a poll, a
  -- match, a speech) paraphrase each other sentence by sentence (scores
  -- 0.4-0.8) without either being written from the other, so a few
  -- paraphrased sentences alone are no evidence of reuse.
  INSERT INTO evidence(source, target)
    SELECT c.source, c.target FROM pairs c
    JOIN cover cb ON cb.source = c.source AND cb.target = c.target AND cb.side = 'b'
    LEFT JOIN cover cc ON cc.source = c.source AND cc.target = c.target AND cc.side = 'cb'
    WHERE coalesce(cc.words, 0) >= (SELECT reuse_min_words FROM nw_set)
       OR (cb.share >= (SELECT rewrite_min_share FROM nw_set)
           AND cb.words >= (SELECT rewrite_min_words FROM nw_set));
  DELETE FROM reuse WHERE EXISTS (SELECT 1 FROM pairs c WHERE c.source = reuse.source
      AND c.target = reuse.target)
    AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.source = reuse.source
                    AND e.target = reuse.target);
  INSERT OR REPLACE INTO reuse_pair(source, target, direction, share, source_share, words)
    SELECT c.source, c.target, c.direction, cb.share, ca.share, cb.words
    FROM evidence e JOIN pairs c ON c.source = e.source AND c.target = e.target
    JOIN cover cb ON cb.source = c.source AND cb.target = c.target AND cb.side = 'b'
    LEFT JOIN cover ca ON ca.source = c.source AND ca.target = c.target AND ca.side = 'a';
  UPDATE nw_step SET rows = (SELECT count(*) FROM reuse r JOIN pairs p
                             ON r.source = p.source AND r.target = p.target)
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (10, 'reuse');

-- 11. Claims that say the same across articles: the claim index proposes
-- pairs involving a new claim (estimated Jaccard >= claim_pair_threshold,
-- 0.25: below it, chance pairs grow with the square of the corpus, and on
-- the benchmark 1,841 of 1,842 links are above it), similar_passage() >=
-- claim_link_similarity (0.5) confirms, or the shorter claim (40
-- characters or more) found in the longer at claim_contained_similarity
-- (0.8): one outlet quotes the words another reports with its context
-- ('she was "going to put ... out of business," while trying to explain
-- ...'), which the symmetric score rates as the other plus a clause.  A small corpus (up to
-- claim_all_pairs_max, 2,000 claims) compares every pair instead, which
-- also links the translations the index may miss.  rows counts the new
-- links (each pair once).
CREATE TEMP TRIGGER nw_step_claim_links AFTER INSERT ON nw_step WHEN NEW.step = 'claim links' BEGIN
  INSERT INTO claim_pairs(a, b)
    SELECT x.a, x.b
    FROM (SELECT 1 WHERE (SELECT count(*) FROM claim) > (SELECT claim_all_pairs_max FROM nw_set)) big
    CROSS JOIN passage_pairs('main.cidx', (SELECT claim_pair_threshold FROM nw_set),
                             (SELECT claim_since FROM batch)) x
    UNION
    SELECT ca.id, cb.id
    FROM (SELECT 1 WHERE (SELECT count(*) FROM claim) <= (SELECT claim_all_pairs_max FROM nw_set)) small
    CROSS JOIN claim cb JOIN claim ca ON ca.id < cb.id
    WHERE cb.id >= (SELECT claim_since FROM batch);
  INSERT INTO new_links(a, b, similarity)
    SELECT a, b, similarity FROM (
      SELECT l.a, l.b, similar_passage(ca.content, cb.content) AS similarity,
             CASE WHEN length(ca.content) <= length(cb.content)
                  THEN similar_passage(ca.content, cb.content, 'containment')
                  ELSE similar_passage(cb.content, ca.content, 'containment') END AS contained,
             min(length(ca.content), length(cb.content)) AS shorter
      FROM claim_pairs l JOIN claim ca ON ca.id = l.a JOIN claim cb ON cb.id = l.b
      WHERE ca.article <> cb.article)
    WHERE similarity >= (SELECT claim_link_similarity FROM nw_set)
       OR (contained >= (SELECT claim_contained_similarity FROM nw_set) AND shorter >= 40);
  INSERT OR IGNORE INTO claim_link
    SELECT a, b, similarity FROM new_links UNION ALL SELECT b, a, similarity FROM new_links;
  UPDATE nw_step SET rows = (SELECT count(*) FROM new_links) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (11, 'claim links');

-- 12. Last, the new articles are marked analysed: this step runs only when
-- every step before it completed (temp.nw_step_order, phase 1).
CREATE TEMP TRIGGER nw_step_mark AFTER INSERT ON nw_step WHEN NEW.step = 'mark' BEGIN
  INSERT INTO analyzed SELECT w.id, t.hash, w.ref, w.status FROM work w
    JOIN todo t ON t.id = w.id;
  DELETE FROM prepared WHERE article IN (SELECT id FROM work);
  UPDATE nw_step SET rows = (SELECT count(*) FROM work) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (12, 'mark');
