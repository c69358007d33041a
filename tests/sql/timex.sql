.load ./newswire
.headers on
.nullvalue NULL
-- entities(): every TIMEX3 type (issue 12): DATE, TIME, DURATION, SET; the
-- timex column holds the TimeML value, value stays as before for DATE/TIME.
SELECT text, type, value, timex, key FROM entities(
  'Sales rose in the third quarter of 2013 and in third-quarter trading, the company said. '
  || 'A year earlier, profit fell. The year-ago quarter was weak. '
  || 'Profit for the first half of 2013 rose; fiscal 2012 was flat. '
  || 'It will meet on Monday, and met last Tuesday at 6 p.m. in a 2010 raid. '
  || 'Prices fall. In the fall of 1999 it paid $5 a year, every week, each Monday and daily. '
  || 'It waited for months, then for the past week, for three-year terms, for two hours. '
  || 'It is now in the 1990s mood of this spring, recently and formerly so; last June and in the future. '
  || 'The talks, in the past two months, began this morning and ended last night. '
  || 'It has grown since October 7 and will grow in the fourth quarter.', '2024-08-15');
-- no reference date: relative forms have no value, durations and sets do
SELECT text, type, value, timex FROM entities(
  'For three years, every week, in the third quarter, last summer and now at 6 p.m.');
-- quarterly as an adjective is no SET; ages are no DURATION; "No. 1990" is a figure
SELECT text, type, value, timex FROM entities(
  'The quarterly dividend of the 6-year-old, aged 52 years old, was paid No. 1990 at 1990 prices.', '2024-08-15');
-- the direction of a weekday from the tense
SELECT text, value FROM entities('The board will meet on Monday.', '2024-08-15')
UNION ALL SELECT text, value FROM entities('The board met on Monday.', '2024-08-15');
-- the new types in entity_aliases are accepted
CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
INSERT INTO entity_aliases VALUES ('three years', 'duration:term', 'DURATION'), ('every week', 'set:weekly', 'SET');
SELECT text, type, key FROM entities('It ran for three years, every week.', '2024-08-15');
-- durations with an approximation before them, and vague ones
SELECT text, type, timex FROM entities('In recent months it fell for nearly three years, up to 180 days, less than one hour.', '2024-08-15');
-- a month abbreviation before a capitalised word is a given name
SELECT text, type, timex FROM entities('And Jan Kavan signed in May. In June, Smith left.', '2000-01-10');
-- years and decades said as words (broadcast transcripts)
SELECT text, type, timex FROM entities('In nineteen ninety-six and the year two thousand, in the nineties; nineteen people came.', '2000-01-10');
-- the weekend: the last one, this one on a weekend day, the coming one in
-- the future tense; last/next weekend (2024-08-15 is a Thursday of W33)
SELECT text, timex FROM entities('Officials met over the weekend. They will talk over the weekend. Last weekend and next weekend.', '2024-08-15')
UNION ALL SELECT text, timex FROM entities('It rained over the weekend.', '2024-08-17');
-- the year of the reference: the current (fiscal) year, the full year, year end;
-- not "the current year-earlier", not "the full year ago"
SELECT text, type, timex FROM entities('Sales for the full year rose; the current fiscal year, by year end, by year''s end, by the end of the year. The full year ago.', '1989-10-30');
-- a time, its time zone and its day: one time
SELECT text, type, timex FROM entities('The offer runs until 5 p.m. EST Nov. 9 and until 5 p.m. EST, Nov. 6.', '1989-11-02');
-- mid-afternoon, with its day; midnight stays a time
SELECT text, type, timex FROM entities('By mid afternoon, at mid-afternoon yesterday, until midnight Friday.', '1989-11-02');
-- the 1988 second quarter, the 1988 quarter (the quarter of the text); a
-- quarter-century and quarter-to-quarter are no quarters
SELECT text, type, timex FROM entities('Profit in the third quarter rose from the 1988 quarter and from the 1988 second quarter, near its quarter-century low in a quarter-to-quarter comparison.', '1989-11-02');
-- a month alone after "for", "the", "a", "its", "their"; not before a name
SELECT text, type, timex FROM entities('The job figures for January rose under a June agreement; the October slaying; a vote for May Smith.', '1989-10-30');
-- a relative date in title case inside a sentence is a name ("USA Today",
-- ABC's "This Week"); at a sentence's start, after a quote, it is a date
SELECT text, type, timex FROM entities('He spoke on ABC News'' "This Week," and to USA Today. Today he left. ``Today we win,'''' he said.', '1989-10-30');
-- the full stop of "a.m." ends no sentence: "will leave ... (4 a.m. EDT Thursday)" looks forward
SELECT text, type, timex FROM entities('The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', '2000-04-05');
