-- Which figures, titles and quotes disagree between outlets?
--   sqlite3 build/demo.db < examples/figures_disagree.sql
.load ./newswire
.mode box --wrap 60
SELECT * FROM discrepancies ORDER BY kind, what;
SELECT m.unit, m.value, group_concat(DISTINCT a.source) AS outlets
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type IN ('QUANTITY', 'MONEY')
  AND m.unit IN (SELECT what FROM discrepancies WHERE kind = 'figure')
GROUP BY m.unit, m.value ORDER BY m.unit, m.value;
