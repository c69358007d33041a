.load ./newswire
.headers on
.mode list
.nullvalue NULL
SELECT seq, start, length, text FROM sentences('U.S. officials met Gen. Smith on Jan. 5 at No. 10 Downing St. with John F. Kennedy. “Is this it?” she asked. "Why now?" She left. The U.S. Army said so. Troops left the U.S. The war ended.');
-- quotes stay with their sentence; line breaks always end one
SELECT seq, text FROM sentences('He said: “It is done.” Then he left.
A headline without a period
“We were close,” she said, “but not there.” It ended.');
-- offsets: substr() gives back every row
SELECT count(*) AS rows, sum(substr(x, start, length) = text) AS exact
FROM (SELECT 'Ça va? Ünïcödé 📰 text. ‘Quoted’ words — here. Dr. Who? Yes.' AS x), sentences(x);
-- no rows
SELECT count(*) AS null_rows FROM sentences(NULL);
SELECT count(*) AS empty_rows FROM sentences('');
SELECT count(*) AS blank_rows FROM sentences('   
  ');
-- numbers are read as text
SELECT text FROM sentences(42);
-- invalid UTF-8 is replaced, never over-read
SELECT seq, length, hex(text) FROM sentences(CAST(x'41FF2E2042C3' AS TEXT));
-- text ends at an embedded NUL, as SQLite's length() sees it
SELECT text FROM sentences(CAST(x'412E00422E' AS TEXT));
-- a megabyte-long line without punctuation is one sentence
SELECT count(*), max(length) FROM sentences(printf('%.*c', 1000000, 'a'));
-- it works in a join, a view and a trigger
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'One. Two.'), (2, NULL), (3, 'Three.');
SELECT d.id, s.seq, s.text FROM docs d, sentences(d.body) s ORDER BY d.id, s.seq;
CREATE VIEW doc_sentences AS SELECT d.id, s.text FROM docs d, sentences(d.body) s;
SELECT count(*) AS view_rows FROM doc_sentences;
CREATE TABLE counts(id, n);
CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
  INSERT INTO counts SELECT new.id, count(*) FROM sentences(new.body);
END;
INSERT INTO docs VALUES (4, 'A. B. C.');
SELECT * FROM counts;
EXPLAIN QUERY PLAN SELECT * FROM docs d, sentences(d.body);
-- errors
SELECT * FROM sentences;
SELECT * FROM sentences('a', 'b');
CREATE VIRTUAL TABLE s USING sentences;
