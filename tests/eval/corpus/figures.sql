-- tests/eval/corpus/figures.sql: the corpus figures of make eval-corpus,
-- read from the database run.sh made (articles, analyzed, reuse,
-- newswire_status and the eval_* copies of the views).  The shell
-- parameters @files, @load_messages, @*_seconds and @peak_*_kb come from
-- run.sh.
.headers off
.mode list
.separator "	"
SELECT '== articles';
SELECT printf('files %d, loaded %d (%d not loaded; %d loader messages), analysed ok %d, skipped %d',
  @files, (SELECT count(*) FROM articles), @files - (SELECT count(*) FROM articles),
  @load_messages,
  (SELECT count(*) FROM analyzed WHERE status = 'ok'),
  (SELECT count(*) FROM analyzed WHERE status <> 'ok'));
SELECT printf('  with Published %d, with a reference date %d, without either %d',
  (SELECT count(*) FROM articles WHERE published IS NOT NULL),
  (SELECT count(*) FROM analyzed WHERE reference_date IS NOT NULL),
  (SELECT count(*) FROM articles a JOIN analyzed z ON z.article = a.id
   WHERE a.published IS NULL AND z.reference_date IS NULL));
SELECT printf('  skipped: %s (%d)', reason, count(*)) FROM analysis_skipped GROUP BY reason;
SELECT printf('  passages %d (boilerplate %d), mentions %d, claims %d, claim links %d',
  (SELECT count(*) FROM passage), (SELECT count(*) FROM passage WHERE boilerplate),
  (SELECT count(*) FROM mention), (SELECT count(*) FROM claim),
  (SELECT count(*) / 2 FROM claim_link));

SELECT '== reuse';
SELECT printf('article_reuse pairs %d (%.2f%% of the %d article pairs)', n,
              100.0 * n / max(1, a * (a - 1) / 2), a * (a - 1) / 2)
FROM (SELECT count(*) AS n, (SELECT count(*) FROM articles) AS a FROM eval_article_reuse);
SELECT printf('  share < 0.05: %d, 0.05-0.2: %d, >= 0.2: %d',
  coalesce(sum(share < 0.05), 0), coalesce(sum(share >= 0.05 AND share < 0.2), 0),
  coalesce(sum(share >= 0.2), 0))
FROM eval_article_reuse;
SELECT printf('best_source rows %d (share < 0.05: %d, 0.05-0.2: %d, >= 0.2: %d)', count(*),
  coalesce(sum(share < 0.05), 0), coalesce(sum(share >= 0.05 AND share < 0.2), 0),
  coalesce(sum(share >= 0.2), 0))
FROM eval_article_reuse WHERE best_source;
SELECT printf('reuse_links rows %d', count(*)) FROM eval_reuse_links;
SELECT printf('reuse rows (regions) %d: %s', (SELECT count(*) FROM reuse),
  coalesce((SELECT group_concat(k || ' ' || n, ', ') FROM
            (SELECT coalesce(kind, '?') AS k, count(*) AS n FROM reuse GROUP BY 1 ORDER BY 2 DESC)), 'none'));
SELECT printf('  pairs between outlets: same outlet %d, other outlet %d',
  coalesce(sum(source_outlet IS target_outlet), 0), coalesce(sum(source_outlet IS NOT target_outlet), 0))
FROM eval_article_reuse;

SELECT '== discrepancies';
SELECT printf('discrepancies rows %d%s', (SELECT count(*) FROM eval_discrepancies),
  coalesce(': ' || (SELECT group_concat(k || ' ' || n, ', ') FROM
    (SELECT kind AS k, count(*) AS n FROM eval_discrepancies GROUP BY 1 ORDER BY 2 DESC)), ''));

SELECT '== time (seconds) and memory';
SELECT printf('  %2d %-12s %10s rows %9.3f s', seq, step, coalesce(rows, ''), coalesce(seconds, 0))
FROM newswire_status ORDER BY seq;
SELECT printf('load %.2f s, analyze %.2f s (steps sum %.2f), views %.2f s, total %.2f s',
  @load_seconds, @analyze_seconds,
  (SELECT coalesce(sum(seconds), 0) FROM newswire_status), @views_seconds,
  @load_seconds + @analyze_seconds + @views_seconds);
SELECT printf('peak memory (max RSS): load %s, analyze %s, views %s',
  coalesce((nullif(@peak_load_kb, '') / 1024) || ' MB', '?'),
  coalesce((nullif(@peak_analyze_kb, '') / 1024) || ' MB', '?'),
  coalesce((nullif(@peak_views_kb, '') / 1024) || ' MB', '?'));
