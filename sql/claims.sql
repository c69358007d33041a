-- newswire: claims across a corpus, and how their wording drifts.
--
--   sqlite3 news.db -cmd '.load ./newswire' < sql/claims.sql
--   SELECT * FROM claim_variants;
--
-- Needs articles(...) from sql/schema.sql.  Running it again adds the
-- claims of new articles only.
--
-- claim_variants compares every pair of claims with similar_passage():
-- fine for thousands of claims; for more, index them with passage_index.

CREATE TABLE IF NOT EXISTS claim(
  article INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  speaker TEXT, speaker_resolved TEXT, cue TEXT, kind TEXT, content TEXT,
  PRIMARY KEY(article, seq)
);
INSERT INTO claim
  SELECT a.id, c.seq, c.speaker, c.speaker_resolved, c.cue, c.kind, c.content
  FROM articles a, claims(a.body) c
  WHERE NOT EXISTS (SELECT 1 FROM claim WHERE claim.article = a.id);

-- Each claim with the earliest version of the same claim (a claim of an
-- earlier article, or the claim itself) and what changed since: the
-- words replaced, inserted or deleted, "old -> new".  changed is 1 when
-- a near-identical version (similarity >= 0.85) had words replaced (a
-- quote altered, a figure moved): a fresh translation rewords much more,
-- a cut replaces nothing.
DROP VIEW IF EXISTS claim_variants;
CREATE VIEW claim_variants AS
WITH ordered AS (
  SELECT c.*, a.source, a.published,
         row_number() OVER (ORDER BY coalesce(a.published, '9999'), a.id, c.seq) AS ord
  FROM claim c JOIN articles a ON a.id = c.article
),
earliest AS (
  SELECT x.article, x.seq,
         (SELECT y.ord FROM ordered y
          WHERE y.ord <= x.ord AND similar_passage(x.content, y.content) >= 0.5
          ORDER BY y.ord LIMIT 1) AS first_ord
  FROM ordered x
)
SELECT f.article AS first_article, f.seq AS first_seq,
       x.article, x.seq, x.source, x.published, x.speaker, x.speaker_resolved,
       x.kind, x.content,
       round(similar_passage(f.content, x.content), 2) AS similarity,
       (SELECT group_concat(coalesce(d.a_text, '') || ' -> ' || coalesce(d.b_text, ''), '; ')
          FROM word_diff(f.content, x.content) d WHERE d.op <> 'equal') AS changes,
       (x.ord <> f.ord AND similar_passage(f.content, x.content) >= 0.85
        AND EXISTS (SELECT 1 FROM word_diff(f.content, x.content) d WHERE d.op = 'replace')) AS changed
FROM earliest e
JOIN ordered x ON x.article = e.article AND x.seq = e.seq
JOIN ordered f ON f.ord = e.first_ord;
