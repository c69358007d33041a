-- newswire: load a folder of .json articles into articles(...).
--
--   sqlite3 news.db -cmd ".parameter set @dir 'path/to/folder'" \
--       < sql/load_json.sql
--
-- The JSON twin of sql/load.sql (the sqlite3 shell's fsdir(), so run it in
-- the shell).  A file holds one article as an object, or an array of them,
-- with the keys source, url, published (YYYY-MM-DD), title and body (or
-- text, or content); a missing url becomes "file:NAME" (with "#N" for the
-- Nth article of an array), a missing source the file name.  Loading again
-- updates articles whose fields changed.  A file that is not JSON, or an
-- article without a body, is reported and skipped.
.read sql/schema.sql
CREATE TEMP TABLE load_json_files AS
  SELECT name, CAST(data AS TEXT) AS raw FROM fsdir(coalesce(@dir, 'examples/corpus'))
  WHERE name LIKE '%.json' AND (mode & 61440) = 32768;
SELECT printf('%s: not JSON, skipped', name) AS newswire FROM load_json_files WHERE NOT json_valid(raw);
CREATE TEMP TABLE load_json_rows AS
  SELECT f.name, j.key AS n, j.value AS obj,
         json_type(f.raw) = 'array' AS in_array
  FROM load_json_files f, json_each(CASE json_type(f.raw) WHEN 'array' THEN f.raw
                                      ELSE json_array(json(f.raw)) END) j
  WHERE json_valid(f.raw) AND j.type = 'object';
SELECT printf('%s: article %d has no body, skipped', name, n + 1) AS newswire FROM load_json_rows
WHERE coalesce(json_extract(obj, '$.body'), json_extract(obj, '$.text'), json_extract(obj, '$.content')) IS NULL;
INSERT INTO articles(source, url, published, title, body)
  SELECT coalesce(json_extract(obj, '$.source'),
                  replace(replace(name, rtrim(name, replace(name, '/', '')), ''), '.json', '')),
         coalesce(json_extract(obj, '$.url'), 'file:' || name || CASE WHEN in_array THEN '#' || (n + 1) ELSE '' END),
         date(json_extract(obj, '$.published')), json_extract(obj, '$.title'),
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
