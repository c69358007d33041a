-- How did the quotes change from outlet to outlet?
--   sqlite3 build/demo.db < examples/quote_changes.sql
.load ./newswire
.read sql/claims.sql
.mode box --wrap 60
SELECT first_article AS from_article, article, source, speaker_resolved,
       similarity, changes
FROM claim_variants WHERE article <> first_article AND changes IS NOT NULL
ORDER BY first_article, first_seq, article;
