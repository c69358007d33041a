.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- 5 MB on one line, every function: completes, with the right counts
CREATE TABLE t AS SELECT replace(hex(zeroblob(1000000)), '00', 'Łódź ') AS x;
SELECT length(x) AS chars FROM t;
SELECT count(*) AS sentences FROM t, sentences(t.x);
SELECT count(*) AS passages, max(length) AS longest FROM t, passages(t.x);
SELECT count(*) AS tokens, count(DISTINCT stem) AS stems FROM t, tokens(t.x);
SELECT length(normalize(x)) AS normalized FROM t;
-- binary junk is text like any other
SELECT count(*) >= 0 AS junk_ok FROM sentences(CAST(randomblob(100000) AS TEXT));
SELECT count(*) >= 0 AS junk_ok FROM tokens(CAST(randomblob(100000) AS TEXT));
SELECT length(normalize(CAST(randomblob(100000) AS TEXT))) > 0 AS junk_ok;
SELECT count(*) >= 0 AS junk_ok FROM passages(CAST(randomblob(100000) AS TEXT));
-- text made only of quote marks and dashes
SELECT count(*) AS quote_sentences FROM sentences(replace(hex(zeroblob(10000)), '00', '“”"—'));
SELECT count(*) AS quote_tokens FROM tokens(replace(hex(zeroblob(10000)), '00', '“”"—'));
