.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- entity_aliases is read again whenever the database may have changed
CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
INSERT INTO entity_aliases VALUES ('Barack Obama', 'person:bo', 'PERSON');
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
UPDATE entity_aliases SET key = 'person:obama';
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
-- inside a transaction: a DROP is seen at once, and the ROLLBACK too
BEGIN;
DROP TABLE entity_aliases;
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
ROLLBACK;
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
-- a temp table of that name comes first
CREATE TEMP TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
INSERT INTO temp.entity_aliases VALUES ('Barack Obama', 'person:temp', NULL);
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
DROP TABLE temp.entity_aliases;
-- a write by another connection is seen
.shell rm -f build/test/aliases.db
ATTACH 'build/test/aliases.db' AS f;
DETACH f;
.connection 1
.open build/test/aliases.db
.load ./newswire
CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
INSERT INTO entity_aliases VALUES ('Barack Obama', 'person:one', 'PERSON');
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
.connection 2
.open build/test/aliases.db
UPDATE entity_aliases SET key = 'person:two';
.connection 1
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
.connection 0
.connection close 1
.connection close 2
-- a view that calls entities() is an error, not endless recursion
DROP TABLE entity_aliases;
CREATE VIEW entity_aliases AS
  SELECT text AS alias, 'person:x' AS key, 'PERSON' AS type
  FROM entities('The president, Barack Obama, met Angela Merkel.');
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
-- with trusted_schema=OFF the schema may not call entities() at all
PRAGMA trusted_schema = OFF;
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
PRAGMA trusted_schema = ON;
DROP VIEW entity_aliases;
-- malformed tables: an error naming the row, never a silent skip
CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
INSERT INTO entity_aliases VALUES ('Barack Obama', 'person:bo', 'PERSON'), (NULL, 'person:x', NULL);
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
UPDATE entity_aliases SET alias = 'Obama', key = '' WHERE alias IS NULL;
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
UPDATE entity_aliases SET key = 'person:x', type = 'PRESIDENT' WHERE alias = 'Obama';
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
UPDATE entity_aliases SET type = x'00ff' WHERE alias = 'Obama';
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
DROP TABLE entity_aliases;
CREATE TABLE entity_aliases(name TEXT, key TEXT);
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
DROP TABLE entity_aliases;
CREATE TABLE base(x);
CREATE VIEW entity_aliases AS SELECT x AS alias, x AS key, NULL AS type FROM base;
DROP TABLE base;
SELECT count(*) FROM entities('The president, Barack Obama, met Angela Merkel.');
DROP VIEW entity_aliases;
-- and once the table is gone, no aliases and no error
SELECT text, key FROM entities('The president, Barack Obama, met Angela Merkel.');
