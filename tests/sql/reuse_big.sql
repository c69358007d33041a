.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- reuse_spans() on big inputs whose words and sentences repeat (issue 17):
-- linear time, and identical texts give one verbatim region covering them.
-- repeated ordinary sentences, 500 KB: every feature is in thousands of
-- sentences (was: no region at all)
CREATE TABLE rep AS SELECT group_concat(CASE value % 5
  WHEN 0 THEN 'The ministry said on Tuesday that the talks would resume next week.'
  WHEN 1 THEN 'Engineers will finish the pipeline before the rains, officials said.'
  WHEN 2 THEN 'The committee postponed the signing of the water agreement again.'
  WHEN 3 THEN 'Farmers in the north have waited three years for the new dams.'
  ELSE 'Prices rose sharply in the capital as the shortages spread.' END, ' ') AS t
  FROM generate_series(1, 7500);
SELECT count(*) AS regions, min(kind) AS kind, sum(a_length) = length(t) AS covers_a,
       sum(b_length) = length(t) AS covers_b
  FROM rep, reuse_spans(rep.t, rep.t);
-- the same text after a new first paragraph: still one region, shifted
SELECT count(*) AS regions, min(kind) AS kind, min(b_start) AS b_start, sum(a_length) = length(t) AS covers_a
  FROM rep, reuse_spans(rep.t, 'A new opening paragraph about something else entirely.' || char(10) || rep.t);
-- quotes and cues, 480 KB (was: quadratic in the fragment seeds); quote
-- cues alone are no reuse (no content word): no region
CREATE TABLE quo AS SELECT replace(hex(zeroblob(30000)), '00', '"Yes," he said. ') AS t;
SELECT count(*) AS regions, min(kind) AS kind, sum(a_length) AS chars, length(t) AS length
  FROM quo, reuse_spans(quo.t, quo.t);
-- one capitalised word, 500 KB on one line (was: quadratic); names alone
-- are no reuse: no region
CREATE TABLE cap AS SELECT replace(hex(zeroblob(100000)), '00', 'Word ') AS t;
SELECT count(*) AS regions, min(kind) AS kind, sum(a_length) AS chars
  FROM cap, reuse_spans(cap.t, cap.t);
-- dates and digits, 400 KB
CREATE TABLE dat AS SELECT group_concat('On ' || (1 + value % 28) || ' March ' || (1900 + value % 125)
  || ', ' || (value * 7919 % 100000) || ' rose ' || (value % 30) || ' days ago; on 2021-03-'
  || printf('%02d', 1 + value % 28) || ' it was ' || (value * 31 % 1000) || '.', ' ') AS t
  FROM generate_series(1, 6000);
SELECT count(*) AS regions, min(kind) AS kind, sum(a_length) = length(t) AS covers
  FROM dat, reuse_spans(dat.t, dat.t);
-- a long line of prose reused inside a longer one: found by containment
CREATE TABLE pro AS SELECT group_concat(CASE value % 7 WHEN 0 THEN 'the ministry' WHEN 1 THEN 'said that'
  WHEN 2 THEN 'engineers would finish' WHEN 3 THEN 'the pipeline' WHEN 4 THEN 'after'
  WHEN 5 THEN 'farmers waited for rain' ELSE 'in the north,' END || ' ' || (value % 1000), ' ') AS t
  FROM generate_series(1, 40000);
SELECT count(*) AS regions, min(kind) AS kind
  FROM pro, reuse_spans(pro.t, 'Officials wrote: ' || pro.t || ' and more.');
-- word_diff() of two 400 KB texts that differ all along: bounded, and the
-- runs still cover both texts in order
CREATE TABLE wd AS SELECT rep.t AS a, replace(rep.t, 'the', 'a') AS b FROM rep;
SELECT count(*) AS runs, group_concat(op) AS ops, max(seq) = count(*) AS contiguous,
       sum(a_length) <= length(a) AS within_a FROM wd, word_diff(wd.a, wd.b);
