.load ./newswire
.headers on
.mode list
.nullvalue NULL
.read sql/load.sql
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE gold(file, text, type, value, key);
.import --skip 1 examples/corpus/gold_entities.tsv gold
.mode list
.separator |
-- each article's reference date: its published date, or its date line
CREATE TEMP TABLE ment AS
SELECT a.id AS article, e.* FROM articles a,
  entities(a.body, coalesce(a.published,
    (SELECT min(d.value) FROM passages(a.body) p, entities(p.text) d
      WHERE p.boilerplate AND d.type = 'DATE' AND length(d.value) = 10))) e;
-- per type: gold mentions found as written, with the gold type, and value.
-- (the corpus's annotator writes "on Tuesday" and calls counted figures
-- NUMBER; entities() says "Tuesday" and QUANTITY, as documented)
SELECT g.type, count(*) AS gold,
  sum(EXISTS(SELECT 1 FROM ment m WHERE m.article = CAST(substr(g.file,1,2) AS INT) AND m.text = g.text)) AS found,
  sum(EXISTS(SELECT 1 FROM ment m WHERE m.article = CAST(substr(g.file,1,2) AS INT) AND m.text = g.text AND m.type = g.type)) AS same_type,
  sum(EXISTS(SELECT 1 FROM ment m WHERE m.article = CAST(substr(g.file,1,2) AS INT) AND m.text = g.text AND m.type = g.type
     AND (g.value = '' OR CAST(m.value AS TEXT) = g.value))) AS same_value
FROM gold g GROUP BY g.type ORDER BY g.type;
-- the keys that must meet across the corpus
SELECT m.key, group_concat(DISTINCT m.text) AS written_as, count(DISTINCT m.article) AS articles
FROM ment m WHERE m.key IN (
  SELECT key FROM ment WHERE type IN ('PERSON', 'ORG') GROUP BY key HAVING count(DISTINCT text) > 1)
GROUP BY m.key ORDER BY m.key;
-- the figures that disagree: engineers and money, per article
SELECT m.article, m.text, m.value, m.unit FROM ment m
WHERE (m.type = 'QUANTITY' AND m.unit IN ('engineers', 'technicians')) OR m.type = 'MONEY'
ORDER BY m.article, m.start;
-- the unrelated article's people and places
SELECT m.text, m.type, m.key FROM ment m WHERE m.article = 7 AND m.type IN ('PERSON','ORG','GPE') ORDER BY m.start;
