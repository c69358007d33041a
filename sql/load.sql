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
-- and url.  Loading again updates articles whose text changed.
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

INSERT INTO articles(source, url, published, title, body)
  SELECT coalesce((SELECT nullif(value,'') FROM load_fields f
                   WHERE f.name=l.name AND key='Source'),
                  replace(replace(name, rtrim(name, replace(name,'/','')), ''),
                          '.txt', '')),
         coalesce((SELECT nullif(value,'') FROM load_fields f
                   WHERE f.name=l.name AND key='URL'), 'file:'||name),
         (SELECT date(nullif(value,'')) FROM load_fields f
          WHERE f.name=l.name AND key='Published'),
         (SELECT nullif(value,'') FROM load_fields f
          WHERE f.name=l.name AND key='Title'),
         CASE WHEN head IS NULL THEN raw
              ELSE substr(raw, instr(raw, char(10)||char(10))+2) END
  FROM load_files l
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
