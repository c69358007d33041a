.load ./newswire
.headers on
.mode list
.nullvalue NULL
.read sql/load.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
.read sql/claims.sql
-- the corpus claim points into its article: substr() of the body at start,
-- length is the content, at speaker_start, speaker_length the speaker, and
-- every piece of content_parts lies inside the content, in order
SELECT count(*) AS claims,
  sum(substr(a.body, c.start, c.length) = c.content) AS content_at_offsets,
  sum(c.speaker IS NULL OR substr(a.body, c.speaker_start, c.speaker_length) = c.speaker) AS speaker_at_offsets,
  sum(json_array_length(c.content_parts) > 1) AS in_pieces,
  sum(NOT EXISTS (SELECT 1 FROM json_each(c.content_parts) j
                  WHERE j.value->>0 < c.start
                     OR j.value->>0 + j.value->>1 > c.start + c.length)) AS pieces_inside,
  sum(cue_class IS NOT NULL) AS with_cue_class
FROM claim c JOIN articles a ON a.id = c.article;
-- a statement in pieces, read back from its article
SELECT c.article, c.speaker, c.speaker_resolved, c.content_parts,
  (SELECT group_concat(substr(a.body, j.value->>0, j.value->>1), ' | ')
   FROM json_each(c.content_parts) j) AS pieces
FROM claim c JOIN articles a ON a.id = c.article
WHERE json_array_length(c.content_parts) > 1 ORDER BY c.article, c.seq LIMIT 2;
