.load ./newswire
.headers on
.mode list
.nullvalue NULL
.read sql/load.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
.read sql/claims.sql
SELECT count(*) AS claims FROM claim;
-- loading again adds nothing
.read sql/claims.sql
SELECT count(*) AS claims_after_rerun FROM claim;
-- the altered quote: the spun paraphrase changed "violence" to "Nairobi"
SELECT first_article, article, source, similarity, changes FROM claim_variants
WHERE changed ORDER BY article, seq;
-- the same claim in several outlets
SELECT first_article, first_seq, count(*) AS outlets, group_concat(article) AS articles
FROM claim_variants GROUP BY first_article, first_seq HAVING count(*) >= 3 ORDER BY outlets DESC, first_seq LIMIT 5;
