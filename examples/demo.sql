-- The demo's story, run by examples/demo.sh after the loading, the
-- analysis (sql/analyze.sql) and the report (sql/report.sql).  Every
-- section is built from the corpus's own tables and views, so another
-- folder gets the same sections with its own findings.  Tables stay within
-- 100 columns: long text is cut here with an ellipsis ("…"), and at most
-- 12 rows are printed where the report holds the rest.  Lines of prose are
-- one-column SELECTs printed without a header.
.nullvalue -
CREATE TEMP VIEW story_article AS
SELECT a.id, a.source, coalesce(a.published, z.reference_date) AS date,
       a.published IS NULL AND z.reference_date IS NOT NULL AS date_from_text, a.title,
       (SELECT count(*) FROM passage p WHERE p.article = a.id AND NOT p.boilerplate) AS paragraphs,
       length(a.body) AS chars, coalesce(z.status, 'not analysed') AS status
FROM articles a LEFT JOIN analyzed z ON z.article = a.id;

.print
.print 1. What was loaded
.mode list
.headers off
SELECT printf('   %d articles from %d outlets, %s to %s; %d analysed, %d skipped.',
  count(*), count(DISTINCT source), coalesce(min(date), '?'), coalesce(max(date), '?'),
  sum(status = 'ok'), sum(status <> 'ok')) AS " " FROM story_article;
.print
.mode column
.headers on
SELECT id,
       CASE WHEN length(source) > 24 THEN substr(source, 1, 23) || '…' ELSE source END AS outlet,
       coalesce(date || CASE WHEN date_from_text THEN '*' ELSE '' END, '?') AS date,
       CASE WHEN length(title) > 38 THEN substr(title, 1, 37) || '…' ELSE coalesce(title, '') END AS title,
       paragraphs AS paras,
       CASE WHEN status = 'ok' THEN 'ok' ELSE substr(status, 1, 12) || '…' END AS analysis
FROM story_article ORDER BY date, id LIMIT 12;
.mode list
.headers off
SELECT printf('   … and %d more articles (SELECT * FROM articles).', count(*) - 12) AS " "
FROM articles HAVING count(*) > 12;
SELECT '   * no Published: header; the date comes from a date line in the text.' AS " "
FROM story_article WHERE date_from_text LIMIT 1;
SELECT printf('   skipped: article %d (%s): %s', article, coalesce(source, '?'), reason) AS " "
FROM analysis_skipped LIMIT 12;

.print
.print 2. Who copied whom
SELECT printf('   %d article pairs share text; in %d of them a later article takes 20%% or more',
  (SELECT count(*) FROM article_reuse), (SELECT count(*) FROM reuse_links))
  || char(10) || '   of its text from its best source (the article that explains most of it):' AS " ";
.print
.mode column
.headers on
SELECT CASE WHEN length(target_outlet) > 24 THEN substr(target_outlet, 1, 23) || '…' ELSE target_outlet END AS article,
       coalesce(t.date, '?') AS date,
       CASE WHEN length(source_outlet) > 24 THEN substr(source_outlet, 1, 23) || '…' ELSE source_outlet END AS copied_from,
       coalesce(s.date, '?') AS date,
       printf('%3d%%', CAST(round(100 * share) AS INTEGER)) AS share,
       printf('%d/%d/%d', verbatim_spans, near_verbatim_spans, paraphrase_spans) AS "verb/near/para"
FROM reuse_links l JOIN story_article t ON t.id = l.target JOIN story_article s ON s.id = l.source
ORDER BY share DESC, l.target LIMIT 12;
.mode list
.headers off
SELECT printf('   … and %d more links (SELECT * FROM reuse_links).', count(*) - 12) AS " "
FROM reuse_links HAVING count(*) > 12;
SELECT '   No article takes 20% or more of its text from an earlier one.' AS " "
WHERE NOT EXISTS (SELECT 1 FROM reuse_links);
SELECT printf('   Unlinked: %s.', group_concat(printf('%d (%s)', id, source), ', ')) AS " "
FROM (SELECT id, source FROM articles WHERE id NOT IN (SELECT source FROM article_reuse UNION SELECT target FROM article_reuse)
      ORDER BY id LIMIT 10) HAVING count(*) > 0;

.print
.print 3. What changed: quotes reworded between versions of the same claim (first -> later)
.mode column
.headers on
SELECT CASE WHEN length(f.source) > 18 THEN substr(f.source, 1, 17) || '…' ELSE f.source END AS first,
       CASE WHEN length(v.source) > 18 THEN substr(v.source, 1, 17) || '…' ELSE v.source END AS later,
       printf('%.2f', v.similarity) AS similar,
       CASE WHEN length(v.changes) > 48 THEN substr(v.changes, 1, 47) || '…' ELSE v.changes END AS "changed: old -> new"
FROM claim_variants v JOIN articles f ON f.id = v.first_article
WHERE v.article <> v.first_article AND v.changes IS NOT NULL AND v.similarity >= 0.8
ORDER BY v.changed DESC, v.similarity DESC, v.first_article, v.first_seq, v.article LIMIT 12;
.mode list
.headers off
SELECT printf('   %d claims have versions in other articles; %d of those versions had words replaced (changed).',
  count(DISTINCT first_article || '/' || first_seq), sum(changed)) AS " "
FROM claim_variants WHERE article <> first_article;

.print
.print 4. What disagrees (the same thing reported two ways; figures and dates as written)
.mode column
.headers on
SELECT kind, CASE WHEN length(what) > 20 THEN substr(what, 1, 19) || '…' ELSE what END AS about,
       CASE WHEN count(*) > 1 THEN count(*) || ' articles'
            WHEN length(min(outlet_a)) > 16 THEN substr(min(outlet_a), 1, 15) || '…' ELSE min(outlet_a) END AS earlier,
       CASE WHEN length(says_a) > 15 THEN substr(says_a, 1, 14) || '…' ELSE says_a END AS say,
       CASE WHEN length(outlet_b) > 16 THEN substr(outlet_b, 1, 15) || '…' ELSE outlet_b END AS later,
       CASE WHEN length(says_b) > 15 THEN substr(says_b, 1, 14) || '…' ELSE says_b END AS says
FROM (SELECT d.*,
        coalesce((SELECT m.text FROM mention m WHERE d.kind IN ('figure', 'date') AND m.article = d.article_a
                  AND CAST(m.value AS TEXT) = d.version_a ORDER BY m.start LIMIT 1), d.version_a) AS says_a,
        coalesce((SELECT m.text FROM mention m WHERE d.kind IN ('figure', 'date') AND m.article = d.article_b
                  AND CAST(m.value AS TEXT) = d.version_b ORDER BY m.start LIMIT 1), d.version_b) AS says_b
      FROM discrepancies d)
GROUP BY kind, what, article_b, version_a, version_b ORDER BY kind, min(article_a), article_b LIMIT 12;
.mode list
.headers off
SELECT printf('   %d discrepancies (%s)%s.', count(*),
  (SELECT group_concat(k, ', ') FROM (SELECT count(*) || ' ' || kind AS k FROM discrepancies GROUP BY kind)),
  CASE WHEN count(*) > 12 THEN '; some are not shown here; all are in the report' ELSE '' END) AS " "
FROM discrepancies HAVING count(*) > 0;
SELECT '   None found.' AS " " WHERE NOT EXISTS (SELECT 1 FROM discrepancies);

.print
.print 5. The report
SELECT printf('   %s/report.html: each link above side by side with the reused text marked,', @out)
  || char(10) || '   the graph, the discrepancies with their evidence, every version of each quote, the timeline.' AS " ";
