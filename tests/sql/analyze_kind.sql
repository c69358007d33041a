.load ./newswire
.headers on
.mode list
.nullvalue NULL
.open --new build/test/analyze_kind.db
.load ./newswire
.read sql/schema.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
-- 1 and 2: two results reports that share a dateline and the shape of
-- their score lines, every figure different, and no prose: no reuse.
-- 3 and 4: a wire story copied whole (with its dateline split off), each
-- with a table whose figures differ: the copy is found, the table figures
-- are no discrepancy, the figure in the copied prose is.
-- Neither has a published date: the dateline gives the reference date.
INSERT INTO articles(id, source, url, published, body) VALUES
 (1, 'Wire', 'u1', NULL, 'GLASGOW 1996-08-23
Scottish third division soccer on Friday:
East Stirling 0 Albion 1
Brechin 2 Arbroath 1
Cowdenbeath 3 Montrose 0
Queen''s Park 1 Ross County 2'),
 (2, 'Wire', 'u2', NULL, 'GLASGOW 1996-08-23
Played on Saturday in the second division:
East Stirling 2 Albion 2
Brechin 0 Arbroath 3
Cowdenbeath 1 Montrose 1
Queen''s Park 4 Ross County 0'),
 (3, 'Wire', 'u3', NULL, 'CHICAGO 1996-08-22
Grain exporters shipped more wheat to North Africa this week as prices eased and freight rates stayed low, traders at the exchange said.
They expected 1,300 tonnes of durum to leave the Gulf ports before the end of the month.
Wheat 1,300 tonnes 1,250 tonnes
Maize 900 tonnes 870 tonnes'),
 (4, 'Daily', 'u4', NULL, 'CHICAGO (Reuters) - Grain exporters shipped more wheat to North Africa this week as prices eased and freight rates stayed low, traders at the exchange said.
They expected 1,700 tonnes of durum to leave the Gulf ports before the end of the month.
Wheat 1,700 tonnes 1,450 tonnes
Maize 950 tonnes 800 tonnes');
.read sql/analyze.sql
SELECT article, seq, kind, text FROM passage ORDER BY article, seq;
-- only prose is indexed
SELECT count(*) AS indexed FROM pidx_sig;
SELECT article, reference_date FROM analyzed ORDER BY article;
SELECT source, target, share, spans FROM article_reuse ORDER BY source, target;
-- every region overlaps prose in both articles
SELECT r.source, r.target, r.kind, substr(t.body, r.b_start, r.b_length) AS b_text
FROM reuse r JOIN articles t ON t.id = r.target ORDER BY r.source, r.target, r.seq;
SELECT kind, what, article_a, version_a, article_b, version_b FROM discrepancies ORDER BY kind, what;
