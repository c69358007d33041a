.load ./newswire
.headers on
.mode list
.nullvalue NULL
.read sql/load.sql
SELECT count(*) AS articles, sum(published IS NULL) AS undated FROM articles;
-- loading again changes nothing
.read sql/load.sql
SELECT count(*) AS articles_after_reload FROM articles;
-- offsets: substr(body, start, length) is the row's text, on every row
SELECT 'sentences' AS fn, count(*) AS rows, sum(substr(a.body, s.start, s.length) <> s.text) AS mismatches
  FROM articles a, sentences(a.body) s
UNION ALL
SELECT 'passages', count(*), sum(substr(a.body, p.start, p.length) <> p.text)
  FROM articles a, passages(a.body) p
UNION ALL
SELECT 'tokens', count(*), sum(substr(a.body, t.start, t.length) <> t.token)
  FROM articles a, tokens(a.body) t;
-- rows are in order and do not overlap
SELECT count(*) AS overlapping_sentences FROM articles a, sentences(a.body) s1, sentences(a.body) s2
 WHERE s2.seq = s1.seq + 1 AND s2.start < s1.start + s1.length;
-- every boilerplate line of the corpus, and nothing else
SELECT a.id, p.seq, p.text FROM articles a, passages(a.body) p WHERE p.boilerplate ORDER BY a.id, p.seq;
-- abbreviations inside sentences of the corpus do not split them
SELECT a.id, s.text FROM articles a, sentences(a.body) s
 WHERE s.text GLOB '*Eng. *' OR s.text GLOB '*H.E. *' ORDER BY a.id, s.seq;
-- per article: paragraphs, content paragraphs, sentences, words
SELECT a.id,
  (SELECT count(*) FROM passages(a.body)) AS passages,
  (SELECT count(*) FROM passages(a.body) WHERE NOT boilerplate) AS content,
  (SELECT count(*) FROM sentences(a.body)) AS sentences,
  (SELECT count(*) FROM tokens(a.body)) AS tokens
FROM articles a ORDER BY a.id;
-- the spellings of one name meet after normalize()
SELECT count(DISTINCT normalize(t.token)) AS shabaab_forms FROM articles a, tokens(a.body) t
 WHERE normalize(t.token) IN ('al-shabaab', 'shabaab', 'al-shabab', 'shabab');
