-- The merge part of sql/merge.sql (after sql/schema.sql and phase 1, which
-- create the analysis tables when missing and check the extension).
--
-- Reads:  shard.prepared, shard.passage, shard.mention, shard.claim,
--         shard.person_name, shard.person_initials, shard.pidx_sig,
--         shard.cidx_sig; main.articles, analyzed, prepared, passage,
--         mention, claim.
-- Writes: main.passage, mention, claim, person_name, person_initials,
--         pidx, cidx, prepared.
-- The checks: each trigger refuses the run with what to do.
DROP TABLE IF EXISTS temp.nw_merge_check;
CREATE TEMP TABLE nw_merge_check(stage INTEGER);
CREATE TEMP TRIGGER nw_merge_attached BEFORE INSERT ON nw_merge_check WHEN NEW.stage = 1 BEGIN
  SELECT RAISE(ABORT, 'sql/merge.sql: attach the shard first: ATTACH ''shard.db'' AS shard')
  WHERE NOT EXISTS (SELECT 1 FROM pragma_database_list WHERE name = 'shard');
END;
INSERT INTO nw_merge_check VALUES (1);
CREATE TEMP TRIGGER nw_merge_shard BEFORE INSERT ON nw_merge_check WHEN NEW.stage = 2 BEGIN
  SELECT RAISE(ABORT, 'sql/merge.sql: the attached database is no shard prepared by this newswire (no prepared table): run sql/shard.sql on it first')
  WHERE NOT EXISTS (SELECT 1 FROM shard.sqlite_schema WHERE name = 'prepared')
     OR NOT EXISTS (SELECT 1 FROM shard.sqlite_schema WHERE name = 'pidx_sig')
     OR NOT EXISTS (SELECT 1 FROM shard.sqlite_schema WHERE name = 'cidx_sig')
     OR NOT EXISTS (SELECT 1 FROM pragma_table_info('prepared', 'shard') WHERE name = 'about_hash');
END;
INSERT INTO nw_merge_check VALUES (2);

-- The mention and claim indexes take the shard's rows all over: with
-- SQLite's default 2 MB page cache every insert reads a page from disk
-- (100,000 articles: 30 s; with 256 MB, 21 s).  This connection keeps it.
PRAGMA cache_size = -262144;
BEGIN;
DROP TABLE IF EXISTS temp.nw_take;
DROP TABLE IF EXISTS temp.nw_offset;
CREATE TEMP TABLE nw_take(article INTEGER PRIMARY KEY);
INSERT INTO nw_take
  SELECT p.article FROM shard.prepared p
  WHERE EXISTS (SELECT 1 FROM main.articles a WHERE a.id = p.article)
    AND NOT EXISTS (SELECT 1 FROM main.analyzed z WHERE z.article = p.article)
    AND NOT EXISTS (SELECT 1 FROM main.prepared z WHERE z.article = p.article)
    AND NOT EXISTS (SELECT 1 FROM main.passage x WHERE x.article = p.article)
    AND NOT EXISTS (SELECT 1 FROM main.mention x WHERE x.article = p.article)
    AND NOT EXISTS (SELECT 1 FROM main.claim x WHERE x.article = p.article);
CREATE TEMP TABLE nw_offset AS SELECT
  (SELECT coalesce(max(id), 0) FROM main.passage) AS passage,
  (SELECT coalesce(max(id), 0) FROM main.claim) AS claim;
INSERT INTO main.passage(id, article, seq, start, length, text, boilerplate, kind)
  SELECT p.id + o.passage, p.article, p.seq, p.start, p.length, p.text, p.boilerplate, p.kind
  FROM shard.passage p, nw_offset o WHERE p.article IN (SELECT article FROM nw_take)
  ORDER BY p.id;
INSERT INTO main.mention SELECT m.* FROM shard.mention m
  WHERE m.article IN (SELECT article FROM nw_take) ORDER BY m.article, m.seq;
INSERT INTO main.claim(id, article, seq, speaker, speaker_resolved, speaker_key, cue, kind,
                       content, start, length, speaker_start, speaker_length, content_parts,
                       cue_class)
  SELECT c.id + o.claim, c.article, c.seq, c.speaker, c.speaker_resolved, c.speaker_key, c.cue,
         c.kind, c.content, c.start, c.length, c.speaker_start, c.speaker_length,
         c.content_parts, c.cue_class
  FROM shard.claim c, nw_offset o WHERE c.article IN (SELECT article FROM nw_take)
  ORDER BY c.id;
-- a passage_index takes a passage_signature() BLOB as its text
INSERT INTO main.pidx(rowid, text)
  SELECT s.id + o.passage, s.sig FROM shard.pidx_sig s JOIN shard.passage p ON p.id = s.id,
         nw_offset o
  WHERE p.article IN (SELECT article FROM nw_take) ORDER BY s.id;
INSERT INTO main.cidx(rowid, text)
  SELECT s.id + o.claim, s.sig FROM shard.cidx_sig s JOIN shard.claim c ON c.id = s.id,
         nw_offset o
  WHERE c.article IN (SELECT article FROM nw_take) ORDER BY s.id;
-- the full names and initials of the articles taken, read from their
-- mentions as step 5 does (not the shard's tables: they keep names of
-- versions of its articles the corpus never takes)
INSERT OR IGNORE INTO main.person_name(name, key, outlet)
  SELECT v.name, v.key, v.outlet FROM nw_take t CROSS JOIN mention_full_name v ON v.article = t.article;
INSERT OR IGNORE INTO main.person_initials(key, initials)
  SELECT v.key, v.initials FROM nw_take t CROSS JOIN mention_initials_seen v ON v.article = t.article;
-- Last, the prepared rows, only for articles whose rows all came in: an
-- article without them is not ready, and sql/analyze.sql removes what came
-- of it and analyses it again (a merge stopped half-way costs time only).
INSERT INTO main.prepared(article, body_hash, reference_date, status, about_hash)
  SELECT p.article, p.body_hash, p.reference_date, p.status, p.about_hash FROM shard.prepared p
  WHERE p.article IN (SELECT article FROM nw_take)
    AND NOT EXISTS (SELECT 1 FROM main.passage x WHERE x.article = p.article
                    AND NOT x.boilerplate
                    AND NOT EXISTS (SELECT 1 FROM main.pidx_sig s WHERE s.id = x.id))
    AND NOT EXISTS (SELECT 1 FROM main.claim x WHERE x.article = p.article
                    AND NOT EXISTS (SELECT 1 FROM main.cidx_sig s WHERE s.id = x.id))
    AND (SELECT count(*) FROM main.mention x WHERE x.article = p.article)
      = (SELECT count(*) FROM shard.mention x WHERE x.article = p.article);
-- Step 1 (newswire_status): merge; rows counts the articles merged.
CREATE TEMP TRIGGER nw_step_merge AFTER INSERT ON nw_step WHEN NEW.step = 'merge' BEGIN
  UPDATE nw_step SET rows = (SELECT count(*) FROM main.prepared
                             WHERE article IN (SELECT article FROM nw_take))
  WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (1, 'merge');
COMMIT;
SELECT line AS newswire FROM newswire_summary;
DROP TABLE temp.nw_take;
DROP TABLE temp.nw_offset;
DROP TABLE temp.nw_merge_check;
