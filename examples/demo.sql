-- The demo's queries: run by examples/demo.sh after sql/load.sql.
.mode box --wrap 70
.print
.print == The articles
SELECT id, source, coalesce(published, '?') AS published, title FROM articles ORDER BY id;

.print
.print == What each article is made of (passages = lines; boilerplate is site furniture)
SELECT a.id, a.source,
       (SELECT count(*) FROM passages(a.body) WHERE NOT boilerplate) AS content,
       (SELECT count(*) FROM passages(a.body) WHERE boilerplate) AS boilerplate,
       (SELECT count(*) FROM sentences(a.body)) AS sentences,
       (SELECT count(*) FROM tokens(a.body)) AS words
FROM articles a ORDER BY a.id;

.print
.print == Boilerplate lines found (skipped by later analyses)
SELECT a.id, p.seq, p.text FROM articles a, passages(a.body) p
WHERE p.boilerplate ORDER BY a.id, p.seq;

.print
.print == The first sentences of article 1 (abbreviations such as "Eng." and "H.E." do not split)
SELECT s.seq, s.start, s.length, s.text FROM articles a, sentences(a.body) s
WHERE a.id = 1 AND s.seq <= 4;

.print
.print == Spellings that normalize() makes equal across the corpus
SELECT normalize(t.token) AS normalized, group_concat(DISTINCT t.token) AS written_as,
       count(DISTINCT a.id) AS articles
FROM articles a, tokens(a.body) t
WHERE t.token <> normalize(t.token) AND lower(t.token) <> normalize(t.token)
GROUP BY 1 HAVING count(DISTINCT t.token) > 1 ORDER BY articles DESC, 1 LIMIT 10;

.print
.print == Words that meet on their stem (announce / announced / announcement ...)
SELECT t.stem, group_concat(DISTINCT lower(t.token)) AS forms, count(*) AS uses
FROM articles a, tokens(a.body) t
GROUP BY t.stem HAVING count(DISTINCT lower(t.token)) >= 3
ORDER BY uses DESC LIMIT 10;
