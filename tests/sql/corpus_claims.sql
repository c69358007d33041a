.load ./newswire
.headers on
.mode list
.nullvalue NULL
.read sql/load.sql
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE gold(file, speaker, speaker_resolved, cue, kind, content_excerpt);
.import --skip 1 examples/corpus/gold_claims.tsv gold
.mode list
.separator |
CREATE TEMP TABLE c AS SELECT a.id AS article, x.* FROM articles a, claims(a.body) x;
SELECT g.kind, count(*) AS gold,
  sum(EXISTS(SELECT 1 FROM c WHERE c.article = CAST(substr(g.file,1,2) AS INT) AND instr(c.content, g.content_excerpt))) AS found,
  sum(EXISTS(SELECT 1 FROM c WHERE c.article = CAST(substr(g.file,1,2) AS INT) AND instr(c.content, g.content_excerpt) AND lower(c.speaker) = lower(g.speaker))) AS speaker_ok,
  sum(EXISTS(SELECT 1 FROM c WHERE c.article = CAST(substr(g.file,1,2) AS INT) AND instr(c.content, g.content_excerpt) AND c.kind = g.kind)) AS kind_ok
FROM gold g GROUP BY g.kind;
SELECT 'predicted', count(*) FROM c;
SELECT 'predicted matching a gold claim', count(*) FROM c WHERE EXISTS (SELECT 1 FROM gold g WHERE c.article = CAST(substr(g.file,1,2) AS INT) AND instr(c.content, g.content_excerpt));

-- resolved speakers of the statement's pronouns
SELECT article, speaker, speaker_resolved, cue, kind FROM c WHERE article IN (1, 3) AND lower(speaker) IN ('she', 'he', 'the ministry', 'the spokeswoman') ORDER BY article, seq;
