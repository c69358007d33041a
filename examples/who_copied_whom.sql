-- Who copied whom?  sqlite3 build/demo.db < examples/who_copied_whom.sql
-- (after make demo, or sql/analyze.sql on your own database)
.load ./newswire
.mode box
SELECT source_outlet, source_published, target_outlet, target_published,
       share, spans, verbatim_spans, paraphrase_spans
FROM article_reuse WHERE best_source ORDER BY target_published, target;
