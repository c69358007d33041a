-- Phase 2 of sql/analyze.sql: the steps per article.
--
-- Reads:  articles, analyzed, prepared, temp.nw_set.
-- Writes: temp.todo (new or changed articles, with their body hash),
--         temp.ready (those of them prepared with the same hash: their
--         per-article results are here already, from a shard),
--         temp.gone (articles whose results are deleted: removed, new or
--         changed, and not ready), temp.work (what can be analysed, with
--         the reference date), temp.batch (the first passage and claim id
--         of this run); deletes the results of temp.gone from passage,
--         mention, claim, claim_link, reuse, analyzed, prepared, pidx and
--         cidx; adds the passages, entity mentions and claims of temp.work
--         (but the ready ones) to passage, mention and claim, and the new
--         passages and claims to pidx and cidx.
-- Steps 1 to 7 (newswire_status): changes, remove, read, passages,
-- entities, claims, index.  Nothing here reads another article, so a
-- shard runs these steps alone (sql/shard.sql) and the corpus database
-- takes its results as they are.  Progress lines (newswire_progress()) go
-- to stderr unless newswire_settings.quiet is 1.
DROP TABLE IF EXISTS temp.todo;
DROP TABLE IF EXISTS temp.ready;
DROP TABLE IF EXISTS temp.gone;
DROP TABLE IF EXISTS temp.work;
DROP TABLE IF EXISTS temp.batch;
CREATE TEMP TABLE todo(id INTEGER PRIMARY KEY, hash TEXT);
CREATE TEMP TABLE ready(id INTEGER PRIMARY KEY);
CREATE TEMP TABLE gone(id INTEGER PRIMARY KEY);
CREATE TEMP TABLE work(id INTEGER PRIMARY KEY, n INTEGER, body TEXT, status TEXT, ref TEXT,
                       ready INTEGER);
CREATE TEMP TABLE batch(since INTEGER, claim_since INTEGER);

-- 1. What changed: new or edited articles, and articles gone.  A new
-- article prepared with the same body hash, outlet and published date is
-- ready: its per-article results stay; any other prepared article (edited
-- since, or removed) is gone like an analysed one.
CREATE TEMP TRIGGER nw_step_changes AFTER INSERT ON nw_step WHEN NEW.step = 'changes' BEGIN
  INSERT INTO todo(id, hash)
    SELECT id, hash FROM (
      SELECT a.id, newswire_hash(a.body) AS hash, z.article AS seen, z.body_hash AS old
      FROM articles a LEFT JOIN analyzed z ON z.article = a.id)
    WHERE seen IS NULL OR old IS NOT hash;
  INSERT INTO ready(id)
    SELECT t.id FROM todo t JOIN prepared p ON p.article = t.id AND p.body_hash = t.hash
    JOIN articles a ON a.id = t.id
    WHERE p.about_hash = newswire_hash(coalesce(a.source, '') || char(31) || coalesce(a.published, ''))
      AND NOT EXISTS (SELECT 1 FROM analyzed z WHERE z.article = t.id);
  INSERT INTO gone(id)
    SELECT article FROM analyzed WHERE article NOT IN (SELECT id FROM articles)
    UNION SELECT article FROM prepared WHERE article NOT IN (SELECT id FROM ready)
    UNION SELECT id FROM todo WHERE id NOT IN (SELECT id FROM ready);
  UPDATE nw_step SET rows = (SELECT count(*) FROM todo) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (1, 'changes');

-- 2. The results of the articles gone go; rows counts the articles removed.
-- Inside a trigger, a write to a virtual table needs trusted_schema ON, so
-- the passage indexes are written by plain statements (which do nothing
-- unless step 1 filled temp.gone) and the step's trigger checks they did.
DELETE FROM main.pidx WHERE rowid IN
  (SELECT id FROM passage WHERE article IN (SELECT id FROM temp.gone));
DELETE FROM main.cidx WHERE rowid IN
  (SELECT id FROM claim WHERE article IN (SELECT id FROM temp.gone));
CREATE TEMP TRIGGER nw_step_remove AFTER INSERT ON nw_step WHEN NEW.step = 'remove' BEGIN
  SELECT RAISE(ABORT, 'sql/analyze.sql: pidx or cidx still holds passages of articles removed or changed (the DELETE before step 2 failed); run sql/analyze.sql again')
  WHERE EXISTS (SELECT 1 FROM passage p JOIN pidx_sig s ON s.id = p.id
                WHERE p.article IN (SELECT id FROM gone))
     OR EXISTS (SELECT 1 FROM claim c JOIN cidx_sig s ON s.id = c.id
                WHERE c.article IN (SELECT id FROM gone));
  DELETE FROM claim_link WHERE claim IN
    (SELECT id FROM claim WHERE article IN (SELECT id FROM gone));
  DELETE FROM claim_link WHERE other IN
    (SELECT id FROM claim WHERE article IN (SELECT id FROM gone));
  DELETE FROM passage_twin WHERE article IN (SELECT id FROM gone);
  DELETE FROM passage_twin WHERE passage IN
    (SELECT id FROM passage WHERE article IN (SELECT id FROM gone));
  DELETE FROM passage WHERE article IN (SELECT id FROM gone);
  DELETE FROM mention WHERE article IN (SELECT id FROM gone);
  DELETE FROM claim WHERE article IN (SELECT id FROM gone);
  DELETE FROM reuse WHERE source IN (SELECT id FROM gone);
  DELETE FROM reuse WHERE target IN (SELECT id FROM gone);
  DELETE FROM analyzed WHERE article IN (SELECT id FROM gone);
  DELETE FROM prepared WHERE article IN (SELECT id FROM gone);
  UPDATE nw_step SET rows = (SELECT count(*) FROM gone WHERE id NOT IN (SELECT id FROM articles))
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (2, 'remove');

-- 3. What can be analysed, and each article's reference date: published,
-- else the first full date in a dateline, slug or boilerplate line (not
-- in a table, ticker or score line).  A ready article keeps the status
-- and reference date it was prepared with.  The first passage and claim
-- id of the run: a ready article's rows came in above every earlier one.
CREATE TEMP TRIGGER nw_step_read AFTER INSERT ON nw_step WHEN NEW.step = 'read' BEGIN
  INSERT INTO work(id, n, body, status, ref, ready)
    SELECT p.article, NULL, NULL, p.status, p.reference_date, 1
    FROM prepared p WHERE p.article IN (SELECT id FROM ready);
  INSERT INTO work(id, n, body, status, ref, ready)
    SELECT id, n, body,
      CASE WHEN body IS NULL OR length(body) = 0 THEN 'skipped: empty body'
           WHEN length(CAST(body AS BLOB)) > (SELECT body_max_bytes FROM nw_set)
             THEN (SELECT too_long FROM nw_set)
           WHEN nbad > nchar * (SELECT not_text_share FROM nw_set)
             THEN (SELECT not_text FROM nw_set)
           ELSE 'ok' END AS status,
      ref, 0
    FROM (SELECT a.id, t.n, a.body, coalesce(date(a.published),
            (SELECT min(d.value) FROM passages(a.body) p, entities(p.text) d
             WHERE p.kind IN ('dateline', 'slug', 'boilerplate')
               AND d.type = 'DATE' AND length(d.value) = 10)) AS ref,
            length(t.norm) AS nchar,
            length(t.norm) - length(replace(t.norm, char(65533), '')) AS nbad
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n,
                       CASE WHEN length(CAST(body AS BLOB)) <= (SELECT body_max_bytes FROM nw_set)
                            THEN normalize(body) END AS norm
                FROM articles WHERE id IN (SELECT id FROM todo)
                  AND id NOT IN (SELECT id FROM ready)) t
          JOIN articles a ON a.id = t.id
          WHERE (SELECT quiet FROM nw_set)
             OR newswire_progress('reading articles', t.n, (SELECT count(*) FROM todo)));
  INSERT INTO batch(since, claim_since)
    SELECT coalesce((SELECT min(id) FROM passage WHERE article IN (SELECT id FROM ready)),
                    (SELECT coalesce(max(id), 0) + 1 FROM passage)),
           coalesce((SELECT min(id) FROM claim WHERE article IN (SELECT id FROM ready)),
                    (SELECT coalesce(max(id), 0) + 1 FROM claim));
  UPDATE nw_step SET rows = (SELECT count(*) FROM work) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (3, 'read');

-- 4. Passages of the new articles.
CREATE TEMP TRIGGER nw_step_passages AFTER INSERT ON nw_step WHEN NEW.step = 'passages' BEGIN
  INSERT INTO passage(article, seq, start, length, text, boilerplate, kind)
    SELECT w.id, p.seq, p.start, p.length, p.text, p.boilerplate, p.kind
    FROM work w, passages(w.body) p
    WHERE w.status = 'ok' AND NOT w.ready AND ((SELECT quiet FROM nw_set)
          OR newswire_progress('passages', w.n, (SELECT count(*) FROM work)))
    ORDER BY w.id, p.seq;
  UPDATE nw_step SET rows = (SELECT count(*) FROM passage WHERE id >= (SELECT since FROM batch))
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (4, 'passages');

-- 5. Their entity mentions.  entities() keys a person by first and last
-- name within one article; a lone surname there takes the key of a full
-- name it matches in the same text, else stays a one-part key
-- ("person:obm") until step 8 keys it across the corpus with what this
-- step records of each article: every full name's surname as written, with
-- its key and outlet (person_name), and the middle initials seen with a
-- first and last name key (person_initials).
CREATE TEMP TRIGGER nw_step_entities AFTER INSERT ON nw_step WHEN NEW.step = 'entities' BEGIN
  INSERT INTO mention SELECT w.id, e.seq, e.start, e.length, e.text, e.type,
      e.value, e.unit, e.key, e.role
    FROM work w, entities(w.body, w.ref) e
    WHERE w.status = 'ok' AND NOT w.ready AND ((SELECT quiet FROM nw_set)
          OR newswire_progress('entities', w.n, (SELECT count(*) FROM work)));
  -- work first (CROSS JOIN): a ready article's mentions are never read
  INSERT OR IGNORE INTO person_name(name, key, outlet)
    SELECT v.name, v.key, v.outlet FROM work w CROSS JOIN mention_full_name v ON v.article = w.id
    WHERE NOT w.ready;
  INSERT OR IGNORE INTO person_initials(key, initials)
    SELECT v.key, v.initials FROM work w CROSS JOIN mention_initials_seen v ON v.article = w.id
    WHERE NOT w.ready;
  UPDATE nw_step SET rows = (SELECT count(*) FROM mention WHERE article IN (SELECT id FROM work))
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (5, 'entities');

-- 6. Their claims; the speaker's entity key comes in step 8, once the
-- person keys are known across the corpus.
CREATE TEMP TRIGGER nw_step_claims AFTER INSERT ON nw_step WHEN NEW.step = 'claims' BEGIN
  INSERT INTO claim(article, seq, speaker, speaker_resolved, speaker_key, cue, kind, content,
                    start, length, speaker_start, speaker_length, content_parts, cue_class)
    SELECT w.id, c.seq, c.speaker, c.speaker_resolved, NULL,
           c.cue, c.kind, c.content, c.content_start, c.content_length,
           c.speaker_start, c.speaker_length, c.content_parts, c.cue_class
    FROM work w, claims(w.body) c
    WHERE w.status = 'ok' AND NOT w.ready AND ((SELECT quiet FROM nw_set)
          OR newswire_progress('claims', w.n, (SELECT count(*) FROM work)))
    ORDER BY w.id, c.seq;
  UPDATE nw_step SET rows = (SELECT count(*) FROM claim WHERE id >= (SELECT claim_since FROM batch))
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (6, 'claims');

-- 7. The new passages of prose (kind 'text', boilerplate 0: no
-- datelines, tables, score or ticker lines) into pidx, the new claims into
-- cidx, by plain statements as in step 2, once step 6 is done; the step's
-- trigger checks that each is indexed (a ready article's came with it).
-- rows counts the new passages indexed.
INSERT INTO main.pidx(rowid, text) SELECT id, text FROM passage
  WHERE id >= (SELECT since FROM temp.batch) AND NOT boilerplate
    AND article NOT IN (SELECT id FROM temp.ready)
    AND (SELECT max(seq) FROM newswire_status) = 6;
INSERT INTO main.cidx(rowid, text) SELECT id, content FROM claim
  WHERE id >= (SELECT claim_since FROM temp.batch)
    AND article NOT IN (SELECT id FROM temp.ready)
    AND (SELECT max(seq) FROM newswire_status) = 6;
CREATE TEMP TRIGGER nw_step_index AFTER INSERT ON nw_step WHEN NEW.step = 'index' BEGIN
  SELECT RAISE(ABORT, 'sql/analyze.sql: a new passage or claim is missing from pidx or cidx (the INSERT before step 7 failed); run sql/analyze.sql again')
  WHERE EXISTS (SELECT 1 FROM passage p WHERE p.id >= (SELECT since FROM batch) AND NOT p.boilerplate
                AND NOT EXISTS (SELECT 1 FROM pidx_sig s WHERE s.id = p.id))
     OR EXISTS (SELECT 1 FROM claim c WHERE c.id >= (SELECT claim_since FROM batch)
                AND NOT EXISTS (SELECT 1 FROM cidx_sig s WHERE s.id = c.id));
  UPDATE nw_step SET rows = (SELECT count(*) FROM passage
                             WHERE id >= (SELECT since FROM batch) AND NOT boilerplate)
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (7, 'index');
