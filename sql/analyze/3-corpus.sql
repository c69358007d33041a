-- Phase 3 of sql/analyze.sql: the steps across the corpus.
--
-- Reads:  passage, claim, articles, analyzed, pidx, cidx, temp.work,
--         temp.todo, temp.batch, temp.nw_set.
-- Writes: reuse (the spans each new article shares with any other),
--         claim_link (claims that say the same across articles), and
--         last analyzed (the new articles marked analysed, with their
--         hash, reference date and status); temp.candidates, temp.dates,
--         temp.pairs, temp.claim_pairs, temp.new_links on the way.  Then
--         drops this run's temp tables.
-- Steps 8 to 11 (newswire_status): candidates, reuse, claim links, mark.
DROP TABLE IF EXISTS temp.candidates;
DROP TABLE IF EXISTS temp.dates;
DROP TABLE IF EXISTS temp.pairs;
DROP TABLE IF EXISTS temp.claim_pairs;
DROP TABLE IF EXISTS temp.new_links;
CREATE TEMP TABLE candidates(a INTEGER, b INTEGER, PRIMARY KEY(a, b));
CREATE TEMP TABLE dates(id INTEGER, d TEXT);
CREATE TEMP TABLE pairs(n INTEGER, source INTEGER, target INTEGER);
CREATE TEMP TABLE claim_pairs(a INTEGER, b INTEGER);
CREATE TEMP TABLE new_links(a INTEGER, b INTEGER, similarity REAL);

-- 8. Reuse, proposed: the index proposes article pairs (a new passage and
-- any other with Jaccard >= reuse_pair_threshold: passage_pairs with since
-- lists only those, in time that follows the new passages).
CREATE TEMP TRIGGER nw_step_candidates AFTER INSERT ON nw_step WHEN NEW.step = 'candidates' BEGIN
  INSERT OR IGNORE INTO candidates
    SELECT min(pa.article, pb.article), max(pa.article, pb.article)
    FROM passage_pairs('main.pidx', (SELECT reuse_pair_threshold FROM nw_set),
                       (SELECT since FROM batch)) x
    JOIN passage pa ON pa.id = x.a JOIN passage pb ON pb.id = x.b
    WHERE pa.article <> pb.article;
  UPDATE nw_step SET rows = (SELECT count(*) FROM candidates) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (8, 'candidates');

-- 9. Reuse, aligned: reuse_spans() over each candidate pair; the earlier
-- article (by reference date, then id) is the source.  A region is kept
-- only if it overlaps prose (a passage of kind 'text') in both articles: a
-- dateline, table, score or ticker line that matches its twin is no reuse
-- (so a pair's seq may have gaps).  The passages it overlaps are those
-- from the one holding its start (passage_start) to its end.
CREATE TEMP TRIGGER nw_step_reuse AFTER INSERT ON nw_step WHEN NEW.step = 'reuse' BEGIN
  INSERT INTO dates(id, d)
    SELECT id, coalesce(ref, '9999') FROM work
    UNION ALL SELECT article, coalesce(reference_date, '9999') FROM analyzed;
  INSERT INTO pairs(n, source, target)
    SELECT row_number() OVER (),
           CASE WHEN (x.d, x.id) <= (y.d, y.id) THEN x.id ELSE y.id END,
           CASE WHEN (x.d, x.id) <= (y.d, y.id) THEN y.id ELSE x.id END
    FROM candidates c JOIN dates x ON x.id = c.a JOIN dates y ON y.id = c.b;
  INSERT OR REPLACE INTO reuse
    SELECT s.id, t.id, r.seq, r.a_start, r.a_length, r.b_start, r.b_length,
           r.score, r.kind
    FROM pairs c JOIN articles s ON s.id = c.source JOIN articles t ON t.id = c.target,
         reuse_spans(s.body, t.body) r
    WHERE EXISTS (SELECT 1 FROM passage p WHERE p.article = t.id AND p.kind = 'text'
                    AND p.start < r.b_start + r.b_length
                    AND p.start >= (SELECT coalesce(max(q.start), 0) FROM passage q
                                    WHERE q.article = t.id AND q.start <= r.b_start))
      AND EXISTS (SELECT 1 FROM passage p WHERE p.article = s.id AND p.kind = 'text'
                    AND p.start < r.a_start + r.a_length
                    AND p.start >= (SELECT coalesce(max(q.start), 0) FROM passage q
                                    WHERE q.article = s.id AND q.start <= r.a_start))
      AND ((SELECT quiet FROM nw_set)
       OR newswire_progress('aligning article pairs', c.n, (SELECT count(*) FROM pairs)));
  UPDATE nw_step SET rows = (SELECT count(*) FROM reuse r JOIN pairs p
                             ON r.source = p.source AND r.target = p.target)
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (9, 'reuse');

-- 10. Claims that say the same across articles: the claim index proposes
-- pairs involving a new claim (estimated Jaccard >= claim_pair_threshold,
-- 0.25: below it, chance pairs grow with the square of the corpus, and on
-- the benchmark 1,841 of 1,842 links are above it), similar_passage() >=
-- claim_link_similarity (0.5) confirms.  A small corpus (up to
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
    SELECT l.a, l.b, similar_passage(ca.content, cb.content) AS similarity
    FROM claim_pairs l JOIN claim ca ON ca.id = l.a JOIN claim cb ON cb.id = l.b
    WHERE ca.article <> cb.article
      AND similarity >= (SELECT claim_link_similarity FROM nw_set);
  INSERT OR IGNORE INTO claim_link
    SELECT a, b, similarity FROM new_links UNION ALL SELECT b, a, similarity FROM new_links;
  UPDATE nw_step SET rows = (SELECT count(*) FROM new_links) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (10, 'claim links');

-- 11. Last, the new articles are marked analysed: this step runs only when
-- every step before it completed (temp.nw_step_order, phase 1).
CREATE TEMP TRIGGER nw_step_mark AFTER INSERT ON nw_step WHEN NEW.step = 'mark' BEGIN
  INSERT INTO analyzed SELECT w.id, t.hash, w.ref, w.status FROM work w
    JOIN todo t ON t.id = w.id;
  UPDATE nw_step SET rows = (SELECT count(*) FROM work) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (11, 'mark');

-- This run's temp tables (their triggers go with temp.nw_step).
DROP TABLE IF EXISTS temp.nw_step;
DROP TABLE IF EXISTS temp.nw_set;
DROP TABLE IF EXISTS temp.todo;
DROP TABLE IF EXISTS temp.gone;
DROP TABLE IF EXISTS temp.work;
DROP TABLE IF EXISTS temp.batch;
DROP TABLE IF EXISTS temp.candidates;
DROP TABLE IF EXISTS temp.dates;
DROP TABLE IF EXISTS temp.pairs;
DROP TABLE IF EXISTS temp.claim_pairs;
DROP TABLE IF EXISTS temp.new_links;
