.headers on
.mode list
.nullvalue NULL
-- Person keys across the corpus (sql/analyze.sql step 5), on invented
-- articles: a lone surname takes the key of the one full name that fits,
-- in its outlet first, then in the corpus; it is left apart when two fit;
-- middle initials keep two people of one first and last name apart.
.open --new build/test/corpus_keys.db
.load ./newswire
.read sql/schema.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
INSERT INTO articles(id, source, url, published, body) VALUES
  (1, 'Post', 'u:1', '2025-03-01', 'President Barack Obama met reporters in Chicago on Monday.'),
  (2, 'Post', 'u:2', '2025-03-02', 'On Tuesday, Mr. Obama said the plan would create jobs.'),
  (3, 'Sun', 'u:3', '2025-03-01', 'Michelle Obama visited a school in Detroit on Monday.'),
  (4, 'Herald', 'u:4', '2025-03-03', 'On Thursday, Mr. Obama said the visit had gone well.'),
  (5, 'Sun', 'u:5', '2025-03-03', 'On Thursday, Mrs. Obama said the pupils had asked good questions.'),
  (6, 'Post', 'u:6', '2025-03-04', 'George W. Bush said he admired his father, George H. W. Bush, and George Bush joined them.'),
  (7, 'Herald', 'u:7', '2025-03-04', 'Donald J. Trump spoke first. Donald Trump said nothing else.');
.read sql/analyze.sql
SELECT article, text, key FROM mention WHERE type = 'PERSON' ORDER BY article, start;
