-- Phase 1 of sql/analyze.sql: checks and schema.
--
-- Reads:  pragma_function_list (is newswire loaded?), the shape of an
--         existing passage and claim table, newswire_settings.
-- Writes: newswire_status (emptied, then step 0); creates when missing
--         analyzed, prepared, passage, mention, claim, claim_link, reuse, reuse_pair, the
--         passage indexes pidx (passages) and cidx (claims) and the view
--         newswire_summary; temp.nw_step, through which every step runs,
--         and temp.nw_set (this run's settings).
--
-- Every step of this run is a trigger on temp.nw_step, fired by inserting
-- the step's row: the step's work and its status row are one statement,
-- so both are done or neither.  nw_step_order refuses a step whose
-- predecessor has no status row, so after a failed step nothing runs, and
-- the last step (marking the articles analysed) never does.  That holds on
-- every host, whether it stops at the first error or not.
DROP TABLE IF EXISTS temp.nw_step;
CREATE TEMP TABLE nw_step(seq INTEGER PRIMARY KEY, step TEXT NOT NULL, rows INTEGER);
CREATE TEMP TRIGGER nw_step_order BEFORE INSERT ON nw_step
WHEN NEW.seq <> (SELECT coalesce(max(seq), -1) + 1 FROM newswire_status) BEGIN
  SELECT RAISE(ABORT, 'sql/analyze.sql: step skipped, an earlier step failed (see the first error); nothing of this run is marked analysed');
END;
-- A step's trigger ends by setting its rows; that writes its status row.
-- julianday('now') is fixed at its first use in a statement, here at the
-- step's end.
CREATE TEMP TRIGGER nw_step_done AFTER UPDATE OF rows ON nw_step BEGIN
  INSERT INTO newswire_status(seq, step, rows, seconds, finished)
    SELECT NEW.seq, NEW.step, NEW.rows,
           round((julianday('now') - julianday(max(finished))) * 86400, 3),
           strftime('%Y-%m-%d %H:%M:%f', 'now')
    FROM newswire_status;
END;

-- Step 0, the start, checks that the run can go ahead: each check is a
-- trigger that refuses it with a message saying what to do, so the first
-- error of a run without the extension is that message, on any host.
CREATE TEMP TRIGGER nw_check_loaded BEFORE INSERT ON nw_step
WHEN NEW.seq = 0
 AND NOT EXISTS (SELECT 1 FROM pragma_function_list WHERE name = 'newswire_version') BEGIN
  SELECT RAISE(ABORT, 'sql/analyze.sql: the newswire extension is not loaded on this connection; load it first: sqlite3 -bail news.db -cmd ''.load ./newswire'' < sql/analyze.sql (./newswire is the path of newswire.so without .so), con.load_extension(''./newswire'') in Python, db.loadExtension(''./newswire'') in Node');
END;
CREATE TEMP TRIGGER nw_check_older BEFORE INSERT ON nw_step
WHEN NEW.seq = 0
 AND EXISTS (SELECT 1 FROM sqlite_schema WHERE name IN ('passage', 'claim'))
 AND (NOT EXISTS (SELECT 1 FROM pragma_table_info('passage') WHERE name = 'id')
      OR NOT EXISTS (SELECT 1 FROM pragma_table_info('passage') WHERE name = 'kind')
      OR NOT EXISTS (SELECT 1 FROM pragma_table_info('claim') WHERE name = 'speaker_key')
      OR NOT EXISTS (SELECT 1 FROM pragma_table_info('claim') WHERE name = 'content_parts')
      OR (EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'reuse')
          AND NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'reuse_pair'))
      OR NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'passage_twin')
      OR NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'person_name')
      OR (EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'prepared')
          AND NOT EXISTS (SELECT 1 FROM pragma_table_info('prepared') WHERE name = 'about_hash'))) BEGIN
  SELECT RAISE(ABORT, 'sql/analyze.sql: this database was analysed by an older newswire whose tables differ; run sql/reset.sql once (it keeps the articles), then sql/analyze.sql again');
END;
CREATE TEMP TRIGGER nw_check_settings BEFORE INSERT ON nw_step
WHEN NEW.seq = 0 AND EXISTS (SELECT 1 FROM newswire_settings WHERE
  (key = 'quiet' AND value NOT IN (0, 1))
  OR ((key LIKE '%\_threshold' ESCAPE '\' OR key LIKE '%\_similarity' ESCAPE '\'
       OR key LIKE '%\_share' ESCAPE '\')
      AND NOT (typeof(value) IN ('integer', 'real') AND value > 0 AND value <= 1))
  OR ((key LIKE '%\_max' ESCAPE '\' OR key LIKE '%\_bytes' ESCAPE '\'
       OR key LIKE '%\_words' ESCAPE '\' OR key LIKE '%\_articles' ESCAPE '\')
      AND NOT (typeof(value) = 'integer' AND value >= 1))) BEGIN
  SELECT RAISE(ABORT, 'newswire_settings: a value is out of range: quiet is 0 or 1, the *_threshold, *_similarity and *_share values are numbers above 0 and at most 1, the *_max, *_bytes, *_words and *_articles values whole numbers of 1 or more; SELECT * FROM newswire_settings shows them, UPDATE newswire_settings SET value = ... WHERE key = ... changes one');
END;
CREATE TEMP TRIGGER nw_step_start AFTER INSERT ON nw_step WHEN NEW.step = 'start' BEGIN
  UPDATE nw_step SET rows = NULL WHERE seq = NEW.seq;
END;

-- The status of the last run, one row per step that completed: rows is
-- what the step produced, seconds how long it took since the step before.
CREATE TABLE IF NOT EXISTS newswire_status(
  seq INTEGER PRIMARY KEY, step TEXT NOT NULL, rows INTEGER, seconds REAL,
  finished TEXT);
DELETE FROM newswire_status;
INSERT INTO nw_step(seq, step) VALUES (0, 'start');

-- This run's settings, one column each.
DROP TABLE IF EXISTS temp.nw_set;
CREATE TEMP TABLE nw_set AS SELECT
  coalesce((SELECT value FROM newswire_settings WHERE key = 'quiet'), 0) AS quiet,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'reuse_pair_threshold'), 0.3) AS reuse_pair_threshold,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'claim_pair_threshold'), 0.25) AS claim_pair_threshold,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'claim_link_similarity'), 0.5) AS claim_link_similarity,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'claim_contained_similarity'), 0.8) AS claim_contained_similarity,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'claim_all_pairs_max'), 2000) AS claim_all_pairs_max,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'reuse_min_words'), 15) AS reuse_min_words,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'copy_min_words'), 10) AS copy_min_words,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'rewrite_min_share'), 0.3) AS rewrite_min_share,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'rewrite_min_words'), 100) AS rewrite_min_words,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'template_threshold'), 0.5) AS template_threshold,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'template_min_articles'), 3) AS template_min_articles,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'body_max_bytes'), 50000000) AS body_max_bytes,
  coalesce((SELECT value FROM newswire_settings WHERE key = 'not_text_share'), 0.1) AS not_text_share;
-- the words of the reasons a body is skipped
ALTER TABLE nw_set ADD COLUMN too_long TEXT;
ALTER TABLE nw_set ADD COLUMN not_text TEXT;
UPDATE nw_set SET
  too_long = printf('skipped: body over %s', CASE WHEN body_max_bytes % 1000000 = 0
               THEN (body_max_bytes / 1000000) || ' MB' ELSE body_max_bytes || ' bytes' END),
  not_text = printf('skipped: not text (over %g%% invalid UTF-8)', 100.0 * not_text_share);

CREATE TABLE IF NOT EXISTS analyzed(
  article INTEGER PRIMARY KEY, body_hash TEXT, reference_date TEXT,
  status TEXT);
-- prepared: articles whose per-article results (passages, mentions,
-- claims and their signatures in pidx and cidx) are here but which the
-- steps across the corpus have not seen yet: a shard (sql/shard.sql) marks
-- its articles prepared, sql/merge.sql brings a shard's prepared articles
-- into the corpus database, and the next sql/analyze.sql run takes them as
-- they are (same body hash, and same outlet and published date: about_hash,
-- as the reference date and the outlet's person names depend on them) and
-- moves them to analyzed.
CREATE TABLE IF NOT EXISTS prepared(
  article INTEGER PRIMARY KEY, body_hash TEXT, reference_date TEXT,
  status TEXT, about_hash TEXT);
-- passage.id is the passage's rowid in pidx, claim.id the claim's in
-- cidx; new rows always get ids above all earlier ones, so the indexes
-- can tell the new from the old (passage_pairs(..., since)).
-- kind is passages().kind: 'text' is prose; datelines, slugs, tickers,
-- tables, score lines and boilerplate (boilerplate = 1) are kept for their
-- offsets but never indexed, aligned on or compared.
CREATE TABLE IF NOT EXISTS passage(
  id INTEGER PRIMARY KEY, article INTEGER, seq INTEGER, start INTEGER,
  length INTEGER, text TEXT, boilerplate INTEGER, kind TEXT,
  UNIQUE(article, seq));
-- the passage that holds an offset: the last one starting at or before it
CREATE INDEX IF NOT EXISTS passage_start ON passage(article, start);
-- passage_twin: a passage and each other article of the same outlet that
-- holds a near-identical passage (estimated Jaccard >= template_threshold).
-- A passage with twins in template_min_articles articles or more is the
-- outlet's template (an editor's note, a disclaimer, a table caption),
-- not reuse: see the passage_template view.
CREATE TABLE IF NOT EXISTS passage_twin(
  passage INTEGER, article INTEGER, PRIMARY KEY(passage, article)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS passage_twin_article ON passage_twin(article);
CREATE TABLE IF NOT EXISTS mention(
  article INTEGER, seq INTEGER, start INTEGER, length INTEGER, text TEXT,
  type TEXT, value, unit TEXT, key TEXT, role TEXT, PRIMARY KEY(article, seq));
CREATE INDEX IF NOT EXISTS mention_key ON mention(key);
CREATE INDEX IF NOT EXISTS mention_start ON mention(article, start);
-- person_name: each full name's surname as written (lower case), with its
-- key and outlet; person_initials: the middle initials seen with a key.
-- Step 5 keys lone surnames and initials across the corpus with them.
CREATE TABLE IF NOT EXISTS person_name(
  name TEXT, key TEXT, outlet TEXT, PRIMARY KEY(name, key, outlet)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_name_outlet ON person_name(name, outlet, key);
CREATE TABLE IF NOT EXISTS person_initials(
  key TEXT, initials TEXT, PRIMARY KEY(key, initials)) WITHOUT ROWID;
-- What stands between a mention's first and last word (mid: "H. W.") and
-- the same as initials, lower case without dots or spaces ("hw"); steps 5
-- and 8 and sql/merge.sql read it for the middle initials of person keys.
DROP VIEW IF EXISTS temp.mention_initials;
CREATE TEMP VIEW mention_initials AS
SELECT article, seq, key, mid,
       lower(replace(replace(mid, '.', ''), ' ', '')) AS initials
FROM (SELECT article, seq, key,
             trim(substr(text, instr(text, ' ') + 1,
                  length(rtrim(text, replace(text, ' ', ''))) - instr(text, ' ') - 1)) AS mid
      FROM mention);

-- The middle initials of a first and last name key that person_initials
-- records (dotted, one to three letters: "H. W.", not "Walker").
DROP VIEW IF EXISTS temp.mention_initials_seen;
CREATE TEMP VIEW mention_initials_seen AS
SELECT v.article, v.key, v.initials FROM mention_initials v
WHERE v.key >= 'person:' AND v.key < 'person;' AND instr(v.key, '_') > 0
  AND instr(v.key, '.') = 0
  AND instr(v.mid, '.') > 0 AND length(v.initials) BETWEEN 1 AND 3
  AND v.initials NOT GLOB '*[^a-z]*';
-- Each full name a person mention writes (a key of first and last name,
-- text with a space): its surname as written, lower case, with the key
-- and the outlet; step 5 and sql/merge.sql record them in person_name.
DROP VIEW IF EXISTS temp.mention_full_name;
CREATE TEMP VIEW mention_full_name AS
SELECT m.article, lower(substr(m.text, length(rtrim(m.text, replace(m.text, ' ', ''))) + 1)) AS name,
       m.key, coalesce(a.source, '') AS outlet
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.key >= 'person:' AND m.key < 'person;' AND instr(m.key, '_') > 0
  AND instr(m.text, ' ') > 0;
-- claim: start, length (the content), speaker_start, speaker_length are
-- 1-based characters into the article's body, as substr() counts:
-- substr(body, start, length) is content; content_parts the content's
-- pieces, a JSON array of [start, length] (several for a quotation its
-- attribution interrupts or that runs over paragraphs).
CREATE TABLE IF NOT EXISTS claim(
  id INTEGER PRIMARY KEY, article INTEGER NOT NULL, seq INTEGER NOT NULL,
  speaker TEXT, speaker_resolved TEXT, speaker_key TEXT, cue TEXT, kind TEXT,
  content TEXT, start INTEGER, length INTEGER, speaker_start INTEGER,
  speaker_length INTEGER, content_parts TEXT, cue_class TEXT,
  UNIQUE(article, seq));
-- two claims of different articles that say the same (similar_passage()
-- of the contents >= claim_link_similarity), stored both ways round
CREATE TABLE IF NOT EXISTS claim_link(
  claim INTEGER, other INTEGER, similarity REAL,
  PRIMARY KEY(claim, other)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reuse(
  source INTEGER, target INTEGER, seq INTEGER, a_start INTEGER,
  a_length INTEGER, b_start INTEGER, b_length INTEGER, score REAL, kind TEXT,
  PRIMARY KEY(source, target, seq));
CREATE INDEX IF NOT EXISTS reuse_target ON reuse(target);
-- one row per pair of articles in reuse: how the source was told from the
-- target (direction: published, dateline, containment or unknown), the
-- share of the target's content (its passages that are not boilerplate)
-- that the regions cover, counted once per character however the regions
-- overlap, the same of the source, and the words (tokens with a letter)
-- of the target's content covered
CREATE TABLE IF NOT EXISTS reuse_pair(
  source INTEGER, target INTEGER, direction TEXT, share REAL,
  source_share REAL, words INTEGER, PRIMARY KEY(source, target)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reuse_pair_target ON reuse_pair(target);
-- The passage and claim indexes are asked for pairs from 0.3 and 0.25
-- (reuse_pair_threshold, claim_pair_threshold): 85 bands of 3 slots
-- propose a pair of Jaccard 0.3 with probability 0.90 (the default 64 of
-- 4: 0.41), at the cost of more candidates to score.
CREATE VIRTUAL TABLE IF NOT EXISTS main.pidx USING passage_index(threshold=0.3);
CREATE VIRTUAL TABLE IF NOT EXISTS main.cidx USING passage_index(threshold=0.3);
-- An index made before its bands were stored (format 1) is upgraded once
-- (passage_index 'rebuild': its bands written from its signatures).
INSERT INTO main.pidx(pidx) SELECT 'rebuild' FROM main.pidx_config
  WHERE key = 'version' AND value = 1;
INSERT INTO main.cidx(cidx) SELECT 'rebuild' FROM main.cidx_config
  WHERE key = 'version' AND value = 1;

-- One line on the last run: what it did, or where it stopped.
DROP VIEW IF EXISTS newswire_summary;
CREATE VIEW newswire_summary AS
SELECT CASE WHEN EXISTS (SELECT 1 FROM newswire_status WHERE step = 'mark')
  THEN printf('%d new or changed articles, %d removed; in all %d articles analysed (%d skipped), %d passages, %d mentions, %d claims, %d reused spans, %d claim links',
    (SELECT rows FROM newswire_status WHERE step = 'changes'),
    (SELECT rows FROM newswire_status WHERE step = 'remove'),
    (SELECT count(*) FROM analyzed WHERE status = 'ok'),
    (SELECT count(*) FROM analyzed WHERE status <> 'ok'), (SELECT count(*) FROM passage),
    (SELECT count(*) FROM mention), (SELECT count(*) FROM claim), (SELECT count(*) FROM reuse),
    (SELECT count(*) / 2 FROM claim_link))
  WHEN EXISTS (SELECT 1 FROM newswire_status WHERE step = 'merge')
  THEN printf('%d articles merged from a shard; %d prepared articles wait for sql/analyze.sql',
    (SELECT rows FROM newswire_status WHERE step = 'merge'), (SELECT count(*) FROM prepared))
  WHEN EXISTS (SELECT 1 FROM newswire_status WHERE step = 'prepare')
  THEN printf('%d new or changed articles, %d removed; this shard holds %d articles prepared (%d skipped), %d passages, %d mentions, %d claims; sql/merge.sql brings them into the corpus database',
    (SELECT rows FROM newswire_status WHERE step = 'changes'),
    (SELECT rows FROM newswire_status WHERE step = 'remove'),
    (SELECT count(*) FROM prepared WHERE status = 'ok'),
    (SELECT count(*) FROM prepared WHERE status <> 'ok'), (SELECT count(*) FROM passage),
    (SELECT count(*) FROM mention), (SELECT count(*) FROM claim))
  ELSE coalesce(
    (SELECT printf('the analysis stopped after step %d (%s): nothing of this run was marked analysed; fix the first error above and run sql/analyze.sql again', seq, step)
     FROM newswire_status ORDER BY seq DESC LIMIT 1),
    'the analysis did not start: fix the first error above and run sql/analyze.sql again')
  END AS line;
