.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- A database received from someone else: views and triggers named like the
-- inputs and outputs of sql/analyze.sql, a malformed entity_aliases that
-- calls entities() itself.  Opened with trusted_schema OFF and ON, it gives
-- SQL errors, never a crash, a hang or a wrong silent result.
.open --new build/test/hostile.db
.load ./newswire
.read sql/schema.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
INSERT INTO articles(id, source, url, published, title, body) VALUES
  (1, 'wire', 'u1', '2024-08-15', 'T', 'The president, Barack Obama, met Angela Merkel in Berlin on Monday. "We agreed," Obama said.'),
  (2, 'blog', 'u2', NULL, 'T', 'The president, Barack Obama, met Angela Merkel in Berlin on Monday. "We agreed," Obama said.');
CREATE VIEW entity_aliases AS
  SELECT text AS alias, 'person:x' AS key, 'PERSON' AS type FROM entities('Barack Obama met Angela Merkel.');
CREATE TABLE spy(x);
-- analyze.sql writes mention and passage: triggers on them call the extension
CREATE TABLE mention(article INTEGER, seq INTEGER, start INTEGER, length INTEGER, text TEXT,
  type TEXT, value, unit TEXT, key TEXT, role TEXT, PRIMARY KEY(article, seq));
CREATE TRIGGER mention_spy AFTER INSERT ON mention BEGIN
  INSERT INTO spy SELECT count(*) FROM claims(NEW.text);
END;
CREATE TRIGGER articles_progress AFTER UPDATE ON articles BEGIN
  SELECT newswire_progress('spy', 1, 1);
END;
CREATE VIEW passages_of AS SELECT p.* FROM articles a, passages(a.body) p;
CREATE VIEW sentences AS SELECT 1 AS x;
.open build/test/hostile.db
.load ./newswire
-- trusted: the aliases view calls entities() and is refused; the progress
-- trigger is refused whatever the setting
PRAGMA trusted_schema = ON;
SELECT count(*) AS n FROM entities('The president, Barack Obama, met Angela Merkel.');
UPDATE articles SET title = 'V' WHERE id = 1;
INSERT INTO mention(article, seq, text) VALUES (9, 2, '"Yes," he said.');
SELECT count(*) AS spy FROM spy;
SELECT count(*) AS n FROM passages_of;
DROP VIEW entity_aliases;
SELECT count(*) AS n FROM entities('The president, Barack Obama, met Angela Merkel.');
CREATE VIEW entity_aliases AS
  SELECT text AS alias, 'person:x' AS key, 'PERSON' AS type FROM entities('Barack Obama met Angela Merkel.');
-- untrusted: the schema may not call entities(), claims() or newswire_progress()
PRAGMA trusted_schema = OFF;
SELECT count(*) AS n FROM entities('The president, Barack Obama, met Angela Merkel.');
SELECT count(*) AS n FROM passages_of;
UPDATE articles SET title = 'U' WHERE id = 1;
INSERT INTO mention(article, seq, text) VALUES (9, 1, '"Yes," he said.');
SELECT count(*) AS spy FROM spy;
-- a view named like a table-valued function hides it
SELECT count(*) AS n FROM sentences('One. Two.');
-- the analysis stops at the first unsafe use, with a message; the steps
-- after it are refused, and nothing is marked analysed
.read sql/analyze.sql
SELECT count(*) AS analysed FROM analyzed;
