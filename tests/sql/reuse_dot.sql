.load ./newswire
.headers on
.mode list
.nullvalue NULL
.open --new build/test/reuse_dot.db
.load ./newswire
.read sql/schema.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
-- the weak link below has 10 words of evidence: kept (reuse_min_words 5)
UPDATE newswire_settings SET value = 5 WHERE key = 'reuse_min_words';
-- 1 the original; 2 copies it whole under an outlet name with a quote, a
-- backslash and a line break (DOT needs \" and \\); 3 copies one sentence
-- of eight (a weak link, under the 20% the graph draws); 4 shares nothing
INSERT INTO articles(id, source, url, published, body) VALUES
 (1, 'Wire', 'u1', '2025-01-01', replace('The commission postponed the signing of the water agreement on Monday.|Some 1,300 engineers will build the pipeline between the two towns.|The ministry said the delay was caused by recent security developments in the region.|Officials expect the signing in early June after further talks.|The project includes a weir and four pumping stations.|The fund will pay 240 million dollars over three years.', '|', char(10) || char(10))),
 (2, 'The "Daily" \ Blog' || char(10) || 'Extra', 'u2', '2025-01-02', replace('The commission postponed the signing of the water agreement on Monday.|Some 1,300 engineers will build the pipeline between the two towns.|The ministry said the delay was caused by recent security developments in the region.|Officials expect the signing in early June after further talks.|The project includes a weir and four pumping stations.|The fund will pay 240 million dollars over three years.', '|', char(10) || char(10))),
 (3, 'Gazette', 'u3', '2025-01-03', replace('Farmers in the valley harvested a record maize crop this season after the rains came early. Market prices for grain fell sharply in the capital as trucks arrived from the north.|Traders said storage was running short and some sacks were left in the open. The cooperative bought new dryers with a loan from a regional bank.|Some 1,300 engineers will build the pipeline between the two towns.|Children helped in the fields during the school holidays. Local radio covered the harvest festival on Sunday evening. The mayor thanked the farmers for their hard work this year.', '|', char(10) || char(10))),
 (4, 'Other', 'u4', '2025-01-04', 'A new library opened downtown with ten thousand books and a reading room for children.');
.output /dev/null
.read sql/analyze.sql
.output
SELECT source, target, share, best_source FROM article_reuse ORDER BY target, source;
-- only the best source above 20%: 1 -> 2 drawn, 3's weak link not
SELECT source, target, share FROM reuse_links ORDER BY target;
.mode list
.headers off
SELECT dot FROM reuse_dot;
-- no links: an empty graph that dot still reads
DELETE FROM articles WHERE id = 2;
.output /dev/null
.read sql/analyze.sql
.output
SELECT dot FROM reuse_dot;
