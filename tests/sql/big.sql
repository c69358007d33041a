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
-- 'x' first: a blob that starts with NUL is an empty text (text ends at
-- the first NUL), which made this check fail one run in 256
SELECT length(normalize('x' || CAST(randomblob(100000) AS TEXT))) > 0 AS junk_ok;
SELECT count(*) >= 0 AS junk_ok FROM passages(CAST(randomblob(100000) AS TEXT));
-- text made only of quote marks and dashes
SELECT count(*) AS quote_sentences FROM sentences(replace(hex(zeroblob(10000)), '00', '“”"—'));
SELECT count(*) AS quote_tokens FROM tokens(replace(hex(zeroblob(10000)), '00', '“”"—'));
-- two 2 MB texts of near-identical sentences: bounded time and memory
CREATE TABLE pair AS SELECT
  (SELECT group_concat('The ministry said on day ' || value || ' that ' || (value*7%1000) || ' engineers would build the pipeline.', ' ') FROM generate_series(1, 25000)) AS a,
  (SELECT group_concat('On day ' || value || ' the ministry said ' || (value*13%1000) || ' engineers will build the pipeline.', ' ') FROM generate_series(1, 25000)) AS b;
SELECT count(*) > 0 AS regions FROM pair, reuse_spans(pair.a, pair.b);
SELECT count(*) > 0 AS diff_runs FROM pair, word_diff(pair.a, pair.b);
SELECT similar_passage(a, b) > 0.5 AS similar, signature_similarity(passage_signature(a), passage_signature(b)) >= 0 AS sig FROM pair;
-- one word (no region: one word is no reuse), binary junk
SELECT count(*) AS one_word FROM reuse_spans('word', 'word');
SELECT count(*) >= 0 AS junk FROM reuse_spans(CAST(randomblob(50000) AS TEXT), CAST(randomblob(50000) AS TEXT));
SELECT count(*) >= 0 AS junk FROM word_diff(CAST(randomblob(50000) AS TEXT), CAST(randomblob(50000) AS TEXT));
SELECT similar_passage(randomblob(50000), randomblob(50000)) >= 0 AS junk;
