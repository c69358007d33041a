.load ./newswire
.headers on
.mode list
.nullvalue NULL
.open --new build/test/analyze.db
.load ./newswire
.read sql/load.sql
.read sql/analyze.sql
-- who copied whom: the statement (1) is the source of the copies, the
-- unrelated (7) and background (6) articles take part in no reuse
SELECT source, target, share, spans, verbatim_spans, paraphrase_spans, best_source FROM article_reuse ORDER BY target, source;
SELECT count(*) AS unrelated_links FROM article_reuse WHERE source IN (6, 7) OR target IN (6, 7);
-- the conflicting figures, titles and the altered quote
SELECT kind, what, versions FROM discrepancies ORDER BY kind, what;
-- spellings per entity
SELECT key, group_concat(DISTINCT written_as) AS spellings FROM entity_variants
WHERE key IN ('org:al_shabaab', 'person:abdrhmn_nr') GROUP BY key ORDER BY key;
-- the timeline starts and ends
SELECT date, text, article FROM timeline ORDER BY date LIMIT 3;
SELECT dot LIKE 'digraph reuse {%a1 -> a2%}' AS dot_ok FROM reuse_dot;
-- incremental: nothing new, nothing done
.read sql/analyze.sql
-- a changed article is redone, a deleted one leaves nothing behind
UPDATE articles SET body = body || char(10) || 'A new closing line was added by the editors.' WHERE id = 8;
DELETE FROM articles WHERE id = 7;
.read sql/analyze.sql
SELECT (SELECT count(*) FROM passage WHERE article = 7) + (SELECT count(*) FROM mention WHERE article = 7)
     + (SELECT count(*) FROM analyzed WHERE article = 7) AS left_of_7,
       (SELECT count(*) FROM passage WHERE article = 8 AND text LIKE 'A new closing line%') AS new_line_of_8;
-- bad input: empty and junk bodies are skipped with a reason
INSERT INTO articles(source, url, body) VALUES ('Empty', 'x:empty', ''), ('Junk', 'x:junk', CAST(randomblob(3000) AS TEXT));
.read sql/analyze.sql
SELECT a.source, z.status FROM analyzed z JOIN articles a ON a.id = z.article WHERE z.status <> 'ok' ORDER BY a.source;
