-- make eval-entities: precision, recall and F1 per type of entities() on
-- the hand-annotated set in tests/eval/entities_{docs,gold}.tsv, and the
-- same figures for the peers (compromise for names, chrono-node for
-- dates) from build/eval/peer_entities.tsv when it exists.
-- A mention counts when its text, as written, and its type equal a gold
-- row of the same document; values are checked on the matched ones.
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE docs(doc TEXT, reference_date TEXT, body TEXT);
.import --skip 1 tests/eval/entities_docs.tsv docs
CREATE TEMP TABLE gold(doc TEXT, text TEXT, type TEXT, value TEXT);
.import --skip 1 tests/eval/entities_gold.tsv gold
CREATE TEMP TABLE peer(doc TEXT, text TEXT, type TEXT, value TEXT);
.import build/eval/peer_entities.tsv peer
.mode list
.separator "  "
CREATE TEMP TABLE ours AS
  SELECT d.doc, e.text, e.type, CAST(e.value AS TEXT) AS value
  FROM docs d, entities(d.body, d.reference_date) e;

-- Multisets: the n-th occurrence of a (doc, text, type) matches the n-th.
CREATE TEMP VIEW scores AS
WITH systems(system, doc, text, type, value) AS (
  SELECT 'newswire', doc, text, type, value FROM ours
  UNION ALL SELECT 'peer', doc, text, type, value FROM peer),
types(type) AS (SELECT DISTINCT type FROM gold),
g AS (SELECT type, doc, text, count(*) AS n FROM gold GROUP BY 1, 2, 3),
s AS (SELECT system, type, doc, text, count(*) AS n FROM systems GROUP BY 1, 2, 3, 4)
SELECT sys.system, t.type,
  (SELECT coalesce(sum(n), 0) FROM g WHERE g.type = t.type) AS gold,
  (SELECT coalesce(sum(n), 0) FROM s WHERE s.type = t.type AND s.system = sys.system) AS predicted,
  (SELECT coalesce(sum(min(s.n, g.n)), 0) FROM s JOIN g USING (type, doc, text)
     WHERE s.type = t.type AND s.system = sys.system) AS correct
FROM types t, (SELECT 'newswire' AS system UNION ALL SELECT 'peer') sys;

.print entities() on tests/eval/entities_docs.tsv
SELECT printf('%d documents, %d gold mentions', (SELECT count(*) FROM docs), (SELECT count(*) FROM gold));
.print
.print type       system     gold  pred  correct  precision  recall  F1
SELECT printf('%-10s %-9s %5d %5d %8d %9.3f %7.3f %6.3f', type, system, gold, predicted, correct,
       CASE WHEN predicted > 0 THEN 1.0*correct/predicted ELSE 0 END,
       CASE WHEN gold > 0 THEN 1.0*correct/gold ELSE 0 END,
       CASE WHEN correct > 0 THEN 2.0*correct/(gold+predicted) ELSE 0 END)
FROM scores WHERE predicted > 0 OR system = 'newswire' ORDER BY type, system;
.print
.print all types  system     gold  pred  correct  precision  recall  F1
SELECT printf('%-10s %-9s %5d %5d %8d %9.3f %7.3f %6.3f', 'ALL', system, sum(gold), sum(predicted), sum(correct),
       1.0*sum(correct)/max(sum(predicted),1), 1.0*sum(correct)/sum(gold), 2.0*sum(correct)/(sum(gold)+sum(predicted)))
FROM scores WHERE system = 'newswire' OR type IN (SELECT DISTINCT type FROM peer) GROUP BY system;
.print
.print values of matched mentions (DATE, TIME, NUMBER, QUANTITY, MONEY, PERCENT)
SELECT printf('  %-9s %-8s %3d of %3d equal', s.system, s.type, sum(s.value = g.value OR CAST(s.value AS REAL) = CAST(g.value AS REAL)), count(*))
FROM (SELECT 'newswire' AS system, * FROM ours UNION ALL SELECT 'peer', * FROM peer) s
JOIN gold g ON g.doc = s.doc AND g.text = s.text AND g.type = s.type
WHERE g.value <> '' GROUP BY s.system, s.type ORDER BY s.type, s.system;
