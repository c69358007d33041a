.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- reuse_spans() at any granularity: seed-and-extend regions inside a
-- sentence, across sentence ends, two sources in one sentence; regions
-- never overlap in b; figures and names alone are no reuse.
CREATE TABLE src(body);
INSERT INTO src VALUES ('The council met on Monday to discuss the budget. '
  || 'The mayor said the new bridge over the river would open to traffic before the winter floods arrive. '
  || 'Officials expect the repairs to the old harbour wall to take at least three more years of careful work. '
  || 'A spokesman added that the tender for the school buildings had attracted eleven local companies. '
  || 'Rain is forecast for the weekend.');

-- 1. a verbatim quote inside a longer sentence of new text
SELECT kind, b_text FROM src, reuse_spans(src.body,
  'Speaking after a stormy meeting in which several members walked out, the mayor promised that the new bridge over the river would open to traffic before the winter floods arrive, a pledge his opponents doubt.');

-- 2. one sentence carrying two quotes of two source sentences
SELECT kind, a_start, b_text FROM src, reuse_spans(src.body,
  'Critics were unimpressed: the repairs to the old harbour wall will take at least three more years of careful work, they noted, while the tender for the school buildings had attracted eleven local companies.')
ORDER BY b_start;

-- 3. reuse across a sentence end: the end of one source sentence and the
-- start of the next, copied into one target sentence
SELECT kind, b_text FROM src, reuse_spans(src.body,
  'Nobody doubts it will open to traffic before the winter floods arrive, and officials expect the repairs to the old harbour wall to drag on.');

-- 4. a paraphrase keeping half a source sentence (one word changed)
SELECT kind, round(score, 2) AS score, b_text FROM src, reuse_spans(src.body,
  'In a separate statement, a spokesman said the tender for the school buildings had drawn eleven local companies, more than expected.');

-- 5. a figures-only line and a line of names: no region
SELECT count(*) AS regions FROM reuse_spans(
  'Results: 12 34 56 78 90 12.5 13.5 14.5 2024-05-01 2024-05-02 1,200 3,400.',
  'Results: 12 34 56 78 90 12.5 13.5 14.5 2024-05-01 2024-05-02 1,200 3,400.');
SELECT count(*) AS regions FROM reuse_spans(
  'LONDON 1996-08-22 Manchester United 3 Arsenal 1 Chelsea 2 Leeds United 0',
  'PARIS 1996-08-23 Manchester United 3 Arsenal 1 Chelsea 2 Leeds United 0');

-- 6. no two regions overlap in b, on every pair of the example corpus
.read sql/load.sql
.mode list
CREATE TEMP TABLE r AS SELECT sa.id AS s, ta.id AS t, x.seq, x.b_start, x.b_length, x.kind
  FROM articles sa, articles ta, reuse_spans(sa.body, ta.body) x WHERE sa.id <> ta.id;
SELECT count(*) > 30 AS many_regions, count(DISTINCT kind) AS kinds FROM r;
SELECT count(*) AS overlapping_in_b FROM r x, r y
  WHERE x.s = y.s AND x.t = y.t AND x.seq < y.seq
    AND x.b_start < y.b_start + y.b_length AND y.b_start < x.b_start + x.b_length;
-- and a text against itself is one verbatim region
SELECT kind, a_length = length(rtrim(body, char(10))) AS whole FROM articles, reuse_spans(body, body) WHERE id = 1;
