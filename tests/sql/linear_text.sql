.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- entities() and claims() are linear on any text (issue 17).  Each of these
-- took from 10 s to minutes before: a walk over every earlier quotation,
-- date, claim or line for each sentence, word, claim or line.
-- quotes and cues, 1 MB: every sentence walked every quotation, every
-- "he" every earlier claim (15 s; 1.6 MB: 55 s)
CREATE TABLE quotes AS SELECT replace(hex(zeroblob(60000)), '00', '"Yes," he said. ') AS x;
SELECT count(*) AS claims, sum(kind = 'direct') AS direct, count(speaker_resolved) AS resolved
FROM quotes, claims(quotes.x);
-- "the spokesman" looks back a bounded number of claims, 0.5 MB
SELECT count(*) AS claims, count(DISTINCT speaker_resolved) AS speakers
FROM claims(replace(hex(zeroblob(15000)), '00', '"Yes," the spokesman for Word said. '));
-- dates and digits, 1.4 MB: every name word walked every date and figure
-- (20 s; 2 MB: over 120 s)
CREATE TABLE dates AS SELECT 'Łódź ' || replace(hex(zeroblob(20000)), '00',
  'On 12 March 2024 at 10:30, 45 of 1,200 units rose 3.5% since 2019-01-02 ')
  || ' Zürich, 5 km' AS x;
CREATE TABLE dm AS SELECT start, length, text, type FROM dates, entities(dates.x, '2024-08-15');
SELECT type, count(*) AS n FROM dm GROUP BY type ORDER BY type;
SELECT count(*) AS claims FROM dates, claims(dates.x);
-- offsets stay exact far into the text (a prefix index, not a rescan per
-- mention); substr() itself counts from the start, so only the last are checked
SELECT start, length, text, substr((SELECT x FROM dates), start, length) = text AS exact
FROM (SELECT * FROM dm ORDER BY start DESC LIMIT 3);
-- capitalised words, 1 MB: no longer one name; a run is read 10 words at a time
SELECT count(*) AS mentions, max(length) AS longest, min(length) AS shortest
FROM entities(replace(hex(zeroblob(100000)), '00', 'Ministry '));
SELECT count(*) AS mentions FROM entities(replace(hex(zeroblob(200000)), '00', 'Word '));
-- block quotes and their source lines, 0.5 MB: every source line walked every claim
SELECT count(*) AS claims, count(DISTINCT speaker) AS speakers FROM claims(replace(hex(zeroblob(5000)), '00',
  'The minister said the new plan of the government would be ready for all of the farmers soon.' || char(10) || 'Ali Hassan' || char(10)));
-- white space runs inside sentences, 1 MB (22 s; runs of 100,000 spaces: minutes)
SELECT count(*) AS claims FROM claims(replace(hex(zeroblob(100)), '00', 'Word said that ' || replace(hex(zeroblob(5000)), '00', '  ') || 'Smith is here. '));
SELECT count(*) AS claims FROM claims(replace(hex(zeroblob(20000)), '00', 'Ali said that' || replace(hex(zeroblob(10)), '00', '  ') || 'the plan is ready. '));
-- a long line of prose with no full stop, repeated sentences, 1 MB
SELECT count(*) AS mentions FROM entities(replace(hex(zeroblob(9500)), '00',
  'the minister told reporters that officials in Baghdad would consider the plan of the Ministry of Energy and '), '2024-08-15');
SELECT count(*) AS claims FROM claims(replace(hex(zeroblob(9500)), '00',
  'the minister told reporters that officials in Baghdad would consider the plan of the Ministry of Energy and '));
CREATE TABLE repeated AS SELECT replace(hex(zeroblob(6000)), '00',
  'The Ministry of Energy said on Monday that 45 engineers from Siemens would arrive in Baghdad. "We are ready," Minister Ali Hassan told reporters. He said the plan would cost $2 billion. ') AS x;
SELECT type, count(*) AS n FROM repeated, entities(repeated.x, '2024-08-15') GROUP BY type ORDER BY type;
SELECT kind, count(*) AS n, count(DISTINCT speaker_resolved) AS speakers FROM repeated, claims(repeated.x) GROUP BY kind ORDER BY kind;
-- the bounds, on small texts
-- a title-case headline of 16 words: pieces of at most 10 words
SELECT text, type FROM entities('Prime Minister Keir Starmer Tells House Of Commons Britain Will Spend More On Border Security Now');
-- a word of more than 64 characters is no name word; the words around it still are
SELECT text, type FROM entities('Iraq ' || replace(hex(zeroblob(13)), '00', 'Council') || ' Somalia');
-- more than 4 spaces between two words end the run
SELECT text, type FROM entities('The Kenya      Somalia talks and the Kenya Somalia Commission');
-- a sentence with more than 32 spaces in a row is layout, not speech; 32 are fine
SELECT count(*) AS claims FROM claims('Officials said that' || replace(hex(zeroblob(17)), '00', '  ') || 'the talks had failed.');
SELECT count(*) AS claims FROM claims('Officials said that' || replace(hex(zeroblob(16)), '00', '  ') || 'the talks had failed.');
