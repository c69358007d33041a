.headers on
.mode list
.nullvalue NULL
-- What counts as evidence of reuse (sql/analyze.sql step 9), on invented
-- articles: copied text (verbatim and near-verbatim regions of at least
-- copy_min_words words, reuse_min_words in all), a rewrite (a third of the
-- target and 100 words), never an outlet's template (a passage in four or
-- more of its articles) and never a shared phrase.
.open --new build/test/reuse_evidence.db
.load ./newswire
.read sql/schema.sql
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
-- Outlet "Daily Sun": five unrelated stories, each ending with the same
-- editor's note.
WITH story(n, body) AS (VALUES
  (1, 'The city council approved a new budget for road repairs on Monday after a long debate about potholes in the northern districts.'),
  (2, 'A local bakery won the regional bread prize for its sourdough, beating forty other entries from across the province this weekend.'),
  (3, 'Heavy rain flooded several basements in the old town overnight, and firefighters pumped water from homes until the early morning.'),
  (4, 'The university opened a new library wing with study rooms, a cafe and a collection of rare maps donated by a retired sailor.'),
  (5, 'Farmers in the valley reported an early apple harvest, saying the warm spring had ripened the fruit two weeks ahead of schedule.'))
INSERT INTO articles(id, source, url, published, body)
SELECT n, 'Daily Sun', 'u:sun-' || n, '2025-03-0' || n,
       body || char(10) || char(10) ||
       'Editor''s note: the Daily Sun welcomes letters from readers about this story and every other story we publish in print and online.'
FROM story;
-- Outlet "Evening Post" copies two sentences of story 1 word for word
-- inside a story of its own.
INSERT INTO articles(id, source, url, published, body) VALUES
  (6, 'Evening Post', 'u:post-6', '2025-03-02',
   'Residents have complained for years about the state of the streets.' || char(10) || char(10) ||
   'The city council approved a new budget for road repairs on Monday after a long debate about potholes in the northern districts.' || char(10) || char(10) ||
   'Work is expected to begin in the summer, according to officials who asked not to be named.'),
-- "Morning Star" shares only a common phrase with story 3.
  (7, 'Morning Star', 'u:star-7', '2025-03-04',
   'Fans waited until the early morning outside the stadium for tickets to the final, which sold out within an hour of going on sale.');
.read sql/analyze.sql
-- the note is every Daily Sun story's template: in 5 articles, twins in 4
SELECT article, outlet, articles FROM passage_template ORDER BY article;
-- no Daily Sun story is linked to another by its note; the Evening Post
-- copy of story 1 is linked (copied text); the shared phrase links nothing
SELECT source, target, share, verbatim_spans, near_verbatim_spans, best_source, words
FROM article_reuse ORDER BY target, source;
-- with a lower bar the template still never counts
UPDATE newswire_settings SET value = 2 WHERE key = 'copy_min_words';
UPDATE newswire_settings SET value = 2 WHERE key = 'reuse_min_words';
.read sql/reset.sql
.read sql/analyze.sql
SELECT count(*) AS pairs_between_sun_stories FROM article_reuse WHERE source <= 5 AND target <= 5;
-- without the template rule (a template needs 10 articles) the notes link
-- the Daily Sun stories to each other
UPDATE newswire_settings SET value = 10 WHERE key = 'template_min_articles';
.read sql/reset.sql
.read sql/analyze.sql
SELECT count(*) AS pairs_between_sun_stories FROM article_reuse WHERE source <= 5 AND target <= 5;
