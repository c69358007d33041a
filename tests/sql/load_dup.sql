.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- files that share a URL: the same text once, other text kept and reported
.parameter set @dir 'tests/data/dup'
.read sql/load.sql
SELECT id, source, url, published, body FROM articles ORDER BY id;
-- loading again changes nothing
.read sql/load.sql
SELECT count(*) AS articles_after_reload FROM articles;
