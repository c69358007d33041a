.load ./newswire
.headers on
.mode list
.nullvalue NULL
.open --new build/test/analyze.db
.load ./newswire
.read sql/load.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
.read sql/analyze.sql
-- each step's row count (newswire_status; seconds vary)
SELECT seq, step, rows FROM newswire_status ORDER BY seq;
-- who copied whom: the statement (1) is the source of the copies, the
-- unrelated (7) and background (6) articles take part in no reuse
SELECT source, target, share, spans, verbatim_spans, paraphrase_spans, best_source FROM article_reuse ORDER BY target, source;
SELECT count(*) AS unrelated_links FROM article_reuse WHERE source IN (6, 7) OR target IN (6, 7);
-- the conflicting figures, titles and the altered quote
SELECT kind, what, article_a, version_a, article_b, version_b FROM discrepancies ORDER BY kind, article_a, article_b, what;
-- each row's evidence in both bodies (start_a, length_a, start_b, length_b)
SELECT d.kind, d.article_a, d.article_b, substr(a.body, d.start_a, d.length_a) AS evidence_a,
       substr(b.body, d.start_b, d.length_b) AS evidence_b
FROM discrepancies d JOIN articles a ON a.id = d.article_a JOIN articles b ON b.id = d.article_b
WHERE d.article_a = 1 ORDER BY d.kind, d.article_b, d.what;
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
SELECT seq, step, rows FROM newswire_status ORDER BY seq;
SELECT (SELECT count(*) FROM passage WHERE article = 7) + (SELECT count(*) FROM mention WHERE article = 7)
     + (SELECT count(*) FROM analyzed WHERE article = 7) AS left_of_7,
       (SELECT count(*) FROM passage WHERE article = 8 AND text LIKE 'A new closing line%') AS new_line_of_8;
-- bad input: empty and junk bodies are skipped with a reason
INSERT INTO articles(source, url, body) VALUES ('Empty', 'x:empty', ''), ('Junk', 'x:junk', replace(printf('%.*c', 700, 'x'), 'x', CAST(x'ff80c1fe' AS TEXT)));
.read sql/analyze.sql
SELECT a.source, z.status FROM analyzed z JOIN articles a ON a.id = z.article WHERE z.status <> 'ok' ORDER BY a.source;
-- a copied report that moves a date and gives the quote to someone else
INSERT INTO articles(source, url, published, body) VALUES
('Wire A', 'x:a', '2025-03-01', 'Engineers opened the new river bridge at Kalo on 3 March 2025 after four years of work on the crossing, the regional government said.

“The bridge will carry twelve thousand vehicles every day and cut the trip to the market by an hour,” said regional governor Amina Yusuf at the ceremony.'),
('Paper B', 'x:b', '2025-03-02', 'Engineers opened the new river bridge at Kalo on 5 March 2025 after four years of work on the crossing, the regional government said.

“The bridge will carry twelve thousand vehicles every day and cut the trip to the market by an hour,” said transport minister Peter Okafor at the ceremony.');
.read sql/analyze.sql
SELECT kind, what, version_a, version_b FROM discrepancies
WHERE article_a = (SELECT id FROM articles WHERE url = 'x:a') ORDER BY kind;
SELECT d.kind, substr(a.body, d.start_a, d.length_a) AS evidence_a,
       substr(b.body, d.start_b, d.length_b) AS evidence_b
FROM discrepancies d JOIN articles a ON a.id = d.article_a JOIN articles b ON b.id = d.article_b
WHERE d.article_a = (SELECT id FROM articles WHERE url = 'x:a') ORDER BY d.kind;
SELECT article, reason FROM analysis_skipped ORDER BY article;
