.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- Date arithmetic is bounded to years 1..9999: a date outside has a NULL
-- value, the mention itself is kept (issue 17).
-- huge counts: no out-of-bounds month, no signed overflow
SELECT text, type, value, key FROM entities('The deal was signed 30000 months ago.', '2024-08-15');
SELECT text, value FROM entities('It was 99999999999 months ago, 5000000000 years ago, 99999999999999999999 days ago, 1000000 weeks ago and 10,000,001 days ago.', '2024-08-15');
-- the last day inside the range and the first outside, per unit
SELECT text, value FROM entities('It was 739112 days ago, 739113 days ago, 24,283 months ago, 24,284 months ago, 2023 years ago, 2024 years ago, 105,000 weeks ago and 106,000 weeks ago.', '2024-08-15');
-- at year 1
SELECT text, value FROM entities('It was 13 months ago, 11 months ago, 1 year ago, yesterday, today, last month, last year, last week, this week, past week, Monday, last Monday, next Monday, in December and on 5 December.', '0001-01-01');
SELECT text, value FROM entities('It was 12 months ago, 11 months ago and on 5 December.', '0001-12-31');
-- at year 9999
SELECT text, value FROM entities('Next year, next month, next week, tomorrow, next Monday, this week, last year, today, in January and on 5 January.', '9999-12-31');
-- month ends and leap days
SELECT text, value FROM entities('It was one month ago, 12 months ago, 4 years ago, 1 year ago, last week, yesterday and late February.', '2024-03-31');
SELECT text, value FROM entities('Four years ago, 100 years ago, 400 years ago and one year ago.', '2024-02-29');
-- a count with a fraction is cut to its whole part
SELECT text, value FROM entities('It was 1.5 days ago.', '2024-08-15');
-- a figure too large for an integer stays a real
SELECT text, type, value FROM entities('It cost $90,000,000 trillion and $9,000 trillion.');
-- reference dates: a time may follow the date
SELECT value FROM entities('It was yesterday.', '2024-08-15T10:30:00Z');
SELECT value FROM entities('It was yesterday.', '2024-08-15 10:30');
SELECT value FROM entities('It was yesterday.', '2024-08-15T10:30:59.250+02:00');
SELECT value FROM entities('It was yesterday.', '0001-01-02');
SELECT value FROM entities('It was tomorrow.', '9999-12-30');
-- newswire_progress(): the first call of a connection prints; the percent
-- is computed without overflow and kept within 0..100
SELECT newswire_progress('near 2^63', 9223372036854775800, 9223372036854775807) AS done;
SELECT newswire_progress() AS line;
.open :memory:
.load ./newswire
SELECT newswire_progress('at 2^63', 9223372036854775807, 9223372036854775807) AS done;
.open :memory:
.load ./newswire
SELECT newswire_progress('past the total', 20, 10) AS done;
.open :memory:
.load ./newswire
SELECT newswire_progress('negative done', -5, 10) AS done;
.open :memory:
.load ./newswire
SELECT newswire_progress('zero total', 5, 0) AS done;
.open :memory:
.load ./newswire
SELECT newswire_progress('negative total', 5, -10) AS done;
.open :memory:
.load ./newswire
SELECT newswire_progress('most negative', -9223372036854775808, 9223372036854775807) AS done;
-- errors: a reference date is exactly YYYY-MM-DD, optionally with a time
SELECT * FROM entities('x', '2024- 8- 5');
SELECT * FROM entities('x', '2024-08-15 junk');
SELECT * FROM entities('x', '2024-08-15T');
SELECT * FROM entities('x', '2024-08-15T25:00');
SELECT * FROM entities('x', '+2024-08-15');
SELECT * FROM entities('x', '2024-8-15');
SELECT * FROM entities('x', '0000-01-01');
SELECT * FROM entities('x', '2024-08-15' || char(0) || 'junk');
-- figures too long for their text value: the REAL value (never cut digits),
-- NULL beyond the range of a double
SELECT length(text) AS chars, value, typeof(value) AS t FROM entities('They counted 123456789012345678901234567890123456789012345678901234567890 stars and 1' || replace(hex(zeroblob(200)),'00','0') || ' grains and 1' || replace(hex(zeroblob(400)),'00','0') || ' atoms.');
