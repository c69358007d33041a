-- make test: what every host must agree on after sql/analyze.sql, as lines
-- of text (so no host's number formatting shows): the table counts, each
-- step's rows, the article_reuse rows.  One statement.
SELECT line FROM (
  SELECT 1 AS part, 0 AS k, 'articles ' || (SELECT count(*) FROM articles)
    || ', analyzed ' || (SELECT count(*) FROM analyzed)
    || ', passage ' || (SELECT count(*) FROM passage)
    || ', mention ' || (SELECT count(*) FROM mention)
    || ', claim ' || (SELECT count(*) FROM claim)
    || ', claim_link ' || (SELECT count(*) FROM claim_link)
    || ', reuse ' || (SELECT count(*) FROM reuse)
    || ', pidx ' || (SELECT count(*) FROM pidx_sig)
    || ', cidx ' || (SELECT count(*) FROM cidx_sig) AS line
  UNION ALL
  SELECT 2, seq, printf('step %d %s: %s rows', seq, step, coalesce(rows, '-'))
  FROM newswire_status
  UNION ALL
  SELECT 3, row_number() OVER (ORDER BY target, source),
         printf('article_reuse %d -> %d share %.2f spans %d (%d verbatim, %d near-verbatim, %d paraphrase) best %d %s %d words',
                source, target, share, spans, verbatim_spans, near_verbatim_spans,
                paraphrase_spans, best_source, direction, words)
  FROM article_reuse)
ORDER BY part, k;
