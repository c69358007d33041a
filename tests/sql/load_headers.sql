.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- Loading without silent loss: header names in any case, Published in
-- the common formats (newswire_date()), and every file whose header or
-- date could not be read listed in load_report (and printed).
-- tests/host/hosts.sh checks that examples/load.py and load.cjs load
-- tests/data/headers exactly as this.
SELECT column1 AS written, newswire_date(column1) AS iso FROM (VALUES
  ('2016-08-15'), ('2016-08-15T10:30:00+02:00'), ('August 15, 2016'), ('15 August 2016'),
  ('Aug. 15, 2016'), ('Monday, August 15, 2016 at 3 pm'), ('Aug. 15, 2016 10:30 a.m. EDT'),
  ('15/08/2016'), ('15.08.2016'), ('2016/08/15'), ('08/15/2016'), ('15/08/16'),
  ('August 2016'), ('31 February 2016'), ('Updated August 15, 2016'), (''), (NULL));
-- deterministic and innocuous: usable in a CHECK constraint
CREATE TABLE t(d TEXT CHECK (newswire_date(d) IS NOT NULL));
INSERT INTO t VALUES ('15 August 2016');
INSERT INTO t VALUES ('someday');
SELECT newswire_date();
SELECT newswire_date(1, 2);
.parameter set @dir tests/data/headers
.read sql/load.sql
SELECT id, source, url, published, title, replace(body, char(10), '\n') AS body
FROM articles ORDER BY id;
SELECT replace(file, 'tests/data/headers/', '') AS file, url, problem FROM load_report ORDER BY rowid;
-- loading again replaces the report of those files, adds no article
.output /dev/null
.read sql/load.sql
.output
SELECT count(*) AS articles, (SELECT count(*) FROM load_report) AS problems FROM articles;
