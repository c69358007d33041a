-- Phase 3 of sql/shard.sql, in place of the steps across the corpus.
--
-- Reads:  temp.work, temp.todo.
-- Writes: prepared (the shard's new articles, with their hash, reference
--         date and status: sql/merge.sql takes these into the corpus
--         database).
-- Step 8 (newswire_status): prepare.  It runs only when every step before
-- it completed, so a killed or failed run leaves its articles unprepared
-- and the next run redoes them.
CREATE TEMP TRIGGER nw_step_prepare AFTER INSERT ON nw_step WHEN NEW.step = 'prepare' BEGIN
  INSERT OR REPLACE INTO prepared(article, body_hash, reference_date, status, about_hash)
    SELECT w.id, t.hash, w.ref, w.status,
           newswire_hash(coalesce(a.source, '') || char(31) || coalesce(a.published, ''))
    FROM work w JOIN todo t ON t.id = w.id JOIN articles a ON a.id = w.id;
  UPDATE nw_step SET rows = (SELECT count(*) FROM work) WHERE seq = NEW.seq;
END;
INSERT INTO nw_step(seq, step) VALUES (8, 'prepare');
SELECT line AS newswire FROM newswire_summary;
