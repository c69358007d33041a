.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- sql/analyze.sql on a connection without newswire: the first error says
-- what to do (with .bail on, as with sqlite3 -bail, it is the only line;
-- tests/sql/analyze_fail shows a run that goes on after errors).
.open --new build/test/analyze_unloaded.db
.read sql/schema.sql
.bail on
.read sql/analyze.sql
