-- newswire: load a folder of .txt articles into articles(...).
--
--   sqlite3 news.db -cmd ".parameter set @dir 'path/to/folder'" \
--       < sql/load.sql
--
-- Without @dir it loads examples/corpus.  Uses the sqlite3 shell's own
-- fsdir() and readfile(), so run it in the shell from the repository root
-- (or give @dir as an absolute path).
--
-- A file may start with a header of "Key: value" lines (Source, URL,
-- Published, Title) ended by a blank line; the body follows.  A file
-- without one is loaded whole as the body, with its file name as source
-- and url.  Loading again updates articles whose text changed.  Files
-- that repeat another's URL are reported: the same text is loaded once,
-- other text under "url#file name", so nothing is lost.
.read sql/schema.sql

CREATE TEMP TABLE IF NOT EXISTS load_files(name TEXT PRIMARY KEY, raw TEXT,
                                           head TEXT);
DELETE FROM load_files;
INSERT INTO load_files(name, raw, head)
  SELECT name, raw,
         -- the header, as "\nKey: value\n...\n", or NULL
         CASE WHEN (raw GLOB 'Source:*' OR raw GLOB 'URL:*'
                    OR raw GLOB 'Published:*' OR raw GLOB 'Title:*')
                   AND instr(raw, char(10)||char(10))>0
              THEN char(10)||substr(raw, 1, instr(raw, char(10)||char(10)))
         END
  FROM (SELECT name, replace(CAST(data AS TEXT), char(13)||char(10),
                             char(10)) AS raw
        FROM fsdir(coalesce(@dir, 'examples/corpus'))
        WHERE name LIKE '%.txt' AND (mode & 61440)=32768);  -- regular files

-- One row per header field.
CREATE TEMP VIEW IF NOT EXISTS load_fields AS
  SELECT name, key,
         trim(substr(head, p, instr(substr(head, p), char(10))-1)) AS value
  FROM (SELECT name, head, key,
               instr(head, char(10)||key||':') + length(key) + 2 AS p
        FROM load_files,
             (SELECT 'Source' AS key UNION ALL SELECT 'URL'
              UNION ALL SELECT 'Published' UNION ALL SELECT 'Title')
        WHERE instr(head, char(10)||key||':')>0);

CREATE TEMP TABLE load_rows AS
  SELECT name,
         coalesce((SELECT nullif(value,'') FROM load_fields f
                   WHERE f.name=l.name AND key='Source'),
                  replace(replace(name, rtrim(name, replace(name,'/','')), ''),
                          '.txt', '')) AS source,
         coalesce((SELECT nullif(value,'') FROM load_fields f
                   WHERE f.name=l.name AND key='URL'), 'file:'||name) AS url,
         (SELECT date(nullif(value,'')) FROM load_fields f
          WHERE f.name=l.name AND key='Published') AS published,
         (SELECT nullif(value,'') FROM load_fields f
          WHERE f.name=l.name AND key='Title') AS title,
         CASE WHEN head IS NULL THEN raw
              ELSE substr(raw, instr(raw, char(10)||char(10))+2) END AS body
  FROM load_files l;

-- Two files with one URL: the same text is loaded once; other text is
-- kept too, under "url#file name".  Both are reported.
SELECT printf('%s: same url and text as %s, not loaded twice', d.name,
              (SELECT min(o.name) FROM load_rows o WHERE o.url = d.url AND o.name < d.name)) AS newswire
FROM load_rows d
WHERE EXISTS (SELECT 1 FROM load_rows o WHERE o.url = d.url AND o.name < d.name
              AND o.body IS d.body);
DELETE FROM load_rows WHERE EXISTS (SELECT 1 FROM load_rows o
  WHERE o.url = load_rows.url AND o.name < load_rows.name AND o.body IS load_rows.body);
SELECT printf('%s: same url as %s but other text, loaded with url %s', d.name,
              (SELECT min(o.name) FROM load_rows o WHERE o.url = d.url AND o.name < d.name),
              d.url || '#' || d.name) AS newswire
FROM load_rows d
WHERE EXISTS (SELECT 1 FROM load_rows o WHERE o.url = d.url AND o.name < d.name);
UPDATE load_rows SET url = url || '#' || name
WHERE EXISTS (SELECT 1 FROM load_rows o WHERE o.url = load_rows.url AND o.name < load_rows.name);

INSERT INTO articles(source, url, published, title, body)
  SELECT source, url, published, title, body
  FROM load_rows
  WHERE 1   -- "WHERE true" lets the parser tell ON CONFLICT from a join
  ORDER BY name
  ON CONFLICT(url) DO UPDATE SET
    source=excluded.source, published=excluded.published,
    title=excluded.title, body=excluded.body
  WHERE body IS NOT excluded.body OR title IS NOT excluded.title
     OR published IS NOT excluded.published
     OR source IS NOT excluded.source;

DROP VIEW temp.load_fields;
DROP TABLE temp.load_files;
DROP TABLE temp.load_rows;
