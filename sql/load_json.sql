-- newswire: load a folder of .json articles into articles(...).
--
--   sqlite3 news.db -cmd ".parameter set @dir 'path/to/folder'" \
--       < sql/load_json.sql
--
-- The JSON twin of sql/load.sql (the sqlite3 shell's fsdir(), so run it in
-- the shell).  A file holds one article as an object, or an array of them,
-- with the keys source, url, published (read by newswire_date(), as in
-- sql/load.sql: ISO, "August 15, 2016", 15/08/2016 day first...), title
-- and body (or text, or content); a missing url becomes "file:NAME" (with
-- "#N" for the Nth article of an array), a missing source the file name.
-- Loading again updates articles whose fields changed.  A file that is
-- not JSON, or an article without a body, is skipped; a published value
-- that is not a date is loaded as none; each goes to load_report and is
-- printed.  Run it with the extension loaded (-cmd ".load ./newswire").
CREATE TEMP TABLE IF NOT EXISTS load_check(x);
CREATE TEMP TRIGGER IF NOT EXISTS load_check_loaded BEFORE INSERT ON load_check
WHEN NOT EXISTS (SELECT 1 FROM pragma_function_list WHERE name = 'newswire_date') BEGIN
  SELECT RAISE(ABORT, 'sql/load_json.sql: the newswire extension is not loaded (its newswire_date() reads the published dates); load it first: sqlite3 news.db -cmd ''.load ./newswire'' < sql/load_json.sql');
END;
INSERT INTO load_check VALUES (1);
DROP TABLE temp.load_check;
.read sql/schema.sql
CREATE TEMP TABLE load_json_files AS
  SELECT name, CAST(data AS TEXT) AS raw FROM fsdir(coalesce(@dir, 'examples/corpus'))
  WHERE name LIKE '%.json' AND (mode & 61440) = 32768;
CREATE TEMP TABLE load_json_rows AS
  SELECT f.name, j.key AS n, j.value AS obj,
         json_type(f.raw) = 'array' AS in_array
  FROM load_json_files f, json_each(CASE json_type(f.raw) WHEN 'array' THEN f.raw
                                      ELSE json_array(json(f.raw)) END) j
  WHERE json_valid(f.raw) AND j.type = 'object';
-- What could not be read: the report of these files replaces their last.
DELETE FROM load_report WHERE file IN (SELECT name FROM load_json_files);
INSERT INTO load_report(file, url, problem)
  SELECT name, NULL, 'not JSON: skipped' FROM load_json_files WHERE NOT json_valid(raw)
  UNION ALL
  SELECT name, json_extract(obj, '$.url'), printf('article %d has no body: skipped', n + 1) FROM load_json_rows
  WHERE coalesce(json_extract(obj, '$.body'), json_extract(obj, '$.text'), json_extract(obj, '$.content')) IS NULL
  UNION ALL
  SELECT name, json_extract(obj, '$.url'),
         printf('article %d: published "%s" is not a date (ISO, August 15, 2016, 15 August 2016, 15/08/2016): loaded without one',
                n + 1, json_extract(obj, '$.published'))
  FROM load_json_rows
  WHERE nullif(json_extract(obj, '$.published'), '') IS NOT NULL
    AND newswire_date(json_extract(obj, '$.published')) IS NULL;
SELECT printf('%s: %s', file, problem) AS newswire FROM load_report
WHERE file IN (SELECT name FROM load_json_files) ORDER BY rowid;
INSERT INTO articles(source, url, published, title, body)
  SELECT coalesce(json_extract(obj, '$.source'),
                  replace(replace(name, rtrim(name, replace(name, '/', '')), ''), '.json', '')),
         coalesce(json_extract(obj, '$.url'), 'file:' || name || CASE WHEN in_array THEN '#' || (n + 1) ELSE '' END),
         newswire_date(json_extract(obj, '$.published')), json_extract(obj, '$.title'),
         coalesce(json_extract(obj, '$.body'), json_extract(obj, '$.text'), json_extract(obj, '$.content'))
  FROM load_json_rows
  WHERE coalesce(json_extract(obj, '$.body'), json_extract(obj, '$.text'), json_extract(obj, '$.content')) IS NOT NULL
  ORDER BY name, n
  ON CONFLICT(url) DO UPDATE SET
    source = excluded.source, published = excluded.published,
    title = excluded.title, body = excluded.body
  WHERE body IS NOT excluded.body OR title IS NOT excluded.title
     OR published IS NOT excluded.published OR source IS NOT excluded.source;
DROP TABLE temp.load_json_files;
DROP TABLE temp.load_json_rows;
