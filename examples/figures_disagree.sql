-- What do outlets disagree on: figures, dates, titles, quotes, speakers?
--   sqlite3 build/demo.db < examples/figures_disagree.sql
.load ./newswire
.mode box --wrap 50
SELECT kind, what, outlet_a, version_a, outlet_b, version_b
FROM discrepancies ORDER BY kind, what, article_a, article_b;
-- every value each outlet gives for the counted things in conflict
SELECT m.unit, m.value, group_concat(DISTINCT a.source) AS outlets
FROM mention m JOIN articles a ON a.id = m.article
WHERE m.type IN ('QUANTITY', 'MONEY')
  AND m.unit IN (SELECT what FROM discrepancies WHERE kind = 'figure')
GROUP BY m.unit, m.value ORDER BY m.unit, m.value;
