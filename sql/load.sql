-- newswire: load a folder of .txt articles into articles(...).
--
--   sqlite3 news.db -cmd ".load ./newswire" \
--       -cmd ".parameter set @dir 'path/to/folder'" < sql/load.sql
--
-- Without @dir it loads examples/corpus.  Uses the sqlite3 shell's own
-- fsdir() and readfile(), so run it in the shell from the repository root
-- (or give @dir as an absolute path), with the extension loaded: its
-- newswire_date() reads the Published: dates.
--
-- A file may start with a header of "Key: value" lines (Source, URL,
-- Published, Title; the names in any case) ended by a blank line; the
-- body follows.  Published is read by newswire_date(): ISO, "August 15,
-- 2016", "15 August 2016", "Aug. 15, 2016", with or without a time, or
-- 15/08/2016 (day first).  A file without a header is loaded whole as
-- the body, with its file name as source and url.  What could not be
-- read goes to load_report (sql/schema.sql) and is printed: a Published
-- value that is not a date (loaded without one), a header line of
-- another name or repeating one (ignored), a header without the blank line after it (the
-- file loaded whole as the body).  Loading again updates articles whose
-- text changed.  Files that repeat another's URL are reported: the same
-- text is loaded once, other text under "url#file name", so nothing is
-- lost.
CREATE TEMP TABLE IF NOT EXISTS load_check(x);
CREATE TEMP TRIGGER IF NOT EXISTS load_check_loaded BEFORE INSERT ON load_check
WHEN NOT EXISTS (SELECT 1 FROM pragma_function_list WHERE name = 'newswire_date') BEGIN
  SELECT RAISE(ABORT, 'sql/load.sql: the newswire extension is not loaded (its newswire_date() reads the Published: dates); load it first: sqlite3 news.db -cmd ''.load ./newswire'' < sql/load.sql');
END;
INSERT INTO load_check VALUES (1);
DROP TABLE temp.load_check;
.read sql/schema.sql

CREATE TEMP TABLE IF NOT EXISTS load_files(name TEXT PRIMARY KEY, raw TEXT,
                                           head TEXT, headed INTEGER);
DELETE FROM load_files;
INSERT INTO load_files(name, raw, head, headed)
  SELECT name, raw,
         -- the header, as "\nKey: value\n...\n", or NULL
         CASE WHEN headed AND instr(raw, char(10)||char(10))>0
              THEN char(10)||substr(raw, 1, instr(raw, char(10)||char(10)))
         END, headed
  FROM (SELECT name, raw,
               -- starts with a header name and its colon, in any case
               (lower(substr(raw, 1, 10)) GLOB 'source:*' OR lower(substr(raw, 1, 10)) GLOB 'url:*'
                OR lower(substr(raw, 1, 10)) GLOB 'published:*'
                OR lower(substr(raw, 1, 10)) GLOB 'title:*') AS headed
        FROM (SELECT name, replace(CAST(data AS TEXT), char(13)||char(10),
                                   char(10)) AS raw
              FROM fsdir(coalesce(@dir, 'examples/corpus'))
              WHERE name LIKE '%.txt' AND (mode & 61440)=32768));  -- regular files

-- One row per header field: the first line of each name, in any case.
CREATE TEMP VIEW IF NOT EXISTS load_fields AS
  SELECT name, key,
         trim(substr(head, p, instr(substr(head, p), char(10))-1)) AS value
  FROM (SELECT name, head, key,
               instr(lower(head), char(10)||lower(key)||':') + length(key) + 2 AS p
        FROM load_files,
             (SELECT 'Source' AS key UNION ALL SELECT 'URL'
              UNION ALL SELECT 'Published' UNION ALL SELECT 'Title')
        WHERE instr(lower(head), char(10)||lower(key)||':')>0);

CREATE TEMP TABLE load_rows AS
  SELECT name,
         coalesce((SELECT nullif(value,'') FROM load_fields f
                   WHERE f.name=l.name AND key='Source'),
                  replace(replace(name, rtrim(name, replace(name,'/','')), ''),
                          '.txt', '')) AS source,
         coalesce((SELECT nullif(value,'') FROM load_fields f
                   WHERE f.name=l.name AND key='URL'), 'file:'||name) AS url,
         (SELECT nullif(value,'') FROM load_fields f
          WHERE f.name=l.name AND key='Published') AS published_as,
         newswire_date((SELECT nullif(value,'') FROM load_fields f
                        WHERE f.name=l.name AND key='Published')) AS published,
         (SELECT nullif(value,'') FROM load_fields f
          WHERE f.name=l.name AND key='Title') AS title,
         CASE WHEN head IS NULL THEN raw
              ELSE substr(raw, instr(raw, char(10)||char(10))+2) END AS body
  FROM load_files l;

-- Each header line, with its name in lower case.
CREATE TEMP TABLE load_head_lines AS
  WITH RECURSIVE lines(name, n, rest, line) AS (
    SELECT name, 0, substr(head, 2), NULL FROM load_files WHERE head IS NOT NULL
    UNION ALL
    SELECT name, n + 1, substr(rest, instr(rest, char(10)) + 1),
           substr(rest, 1, instr(rest, char(10)) - 1)
    FROM lines WHERE instr(rest, char(10)) > 0)
  SELECT name, n, line, lower(substr(line, 1, instr(line, ':') - 1)) AS key
  FROM lines WHERE n > 0;
-- What could not be read: the report of these files replaces their last.
DELETE FROM load_report WHERE file IN (SELECT name FROM load_files);
INSERT INTO load_report(file, url, problem)
  SELECT name, url, problem FROM (
    SELECT r.name, r.url, 1 AS k, 0 AS n,
           printf('Published: "%s" is not a date (ISO, August 15, 2016, 15 August 2016, 15/08/2016): loaded without one',
                  r.published_as) AS problem
    FROM load_rows r WHERE r.published_as IS NOT NULL AND r.published IS NULL
    UNION ALL
    SELECT f.name, r.url, 0, 0, 'a header without the blank line that ends it: the whole file loaded as the body'
    FROM load_files f JOIN load_rows r ON r.name = f.name WHERE f.headed AND f.head IS NULL
    UNION ALL
    SELECT h.name, r.url, 2, h.n,
           CASE WHEN h.key IN ('source', 'url', 'published', 'title')
                THEN printf('header line "%s" repeats %s: ignored', h.line,
                            substr(h.line, 1, instr(h.line, ':') - 1))
                ELSE printf('header line "%s" is not Source, URL, Published or Title: ignored', h.line)
           END
    FROM load_head_lines h JOIN load_rows r ON r.name = h.name
    WHERE h.key NOT IN ('source', 'url', 'published', 'title')
       OR EXISTS (SELECT 1 FROM load_head_lines o WHERE o.name = h.name AND o.key = h.key
                  AND o.n < h.n))
  ORDER BY name, k, n;
SELECT printf('%s: %s', file, problem) AS newswire FROM load_report
WHERE file IN (SELECT name FROM load_files) ORDER BY rowid;

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
DROP TABLE temp.load_head_lines;
