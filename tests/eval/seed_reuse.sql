.mode ascii
.separator "\t" "\n"
CREATE TABLE gold(target, source, kind, b_start INT, b_length INT, a_start INT, a_length INT);
.import --skip 1 tests/eval/seed_reuse_gold.tsv gold
.mode list
.separator |
CREATE TABLE r AS SELECT g.source, g.target, x.* FROM
  (SELECT DISTINCT source, target FROM gold) g, doc s, doc t, reuse_spans(s.body, t.body) x
  WHERE s.name = g.source AND t.name = g.target;
CREATE TABLE hit AS SELECT g.rowid AS n, g.kind, (SELECT count(*) FROM r
    WHERE r.source = g.source AND r.target = g.target
      AND min(r.b_start + r.b_length, g.b_start + g.b_length) - max(r.b_start, g.b_start) >= g.b_length / 2.0
      AND r.a_start < g.a_start + g.a_length AND g.a_start < r.a_start + r.a_length) > 0 AS found
  FROM gold g;
SELECT n, kind, found FROM hit ORDER BY n;
SELECT kind, sum(found) || ' of ' || count(*) AS found FROM hit GROUP BY kind;
SELECT sum(found) || ' of ' || count(*) AS passages_found, round(avg(found), 3) AS recall FROM hit;
CREATE TABLE ok AS SELECT r.rowid AS id, EXISTS (SELECT 1 FROM gold g
    WHERE g.source = r.source AND g.target = r.target
      AND r.b_start < g.b_start + g.b_length AND g.b_start < r.b_start + r.b_length
      AND r.a_start < g.a_start + g.a_length AND g.a_start < r.a_start + r.a_length) AS right FROM r;
SELECT count(*) AS regions, sum(right) AS right, round(avg(right), 3) AS precision FROM ok;
SELECT 'unmarked region: ' || r.target || ' ' || r.b_start || '+' || r.b_length || ' ' || r.kind
  FROM r JOIN ok ON ok.id = r.rowid WHERE NOT ok.right;
