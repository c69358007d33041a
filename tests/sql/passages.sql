.load ./newswire
.headers on
.mode list
.nullvalue NULL
SELECT seq, start, length, boilerplate, text FROM passages('Thursday, August 15, 2024


Ministry: no forces remain, only advisers.
Nairobi – Staff

“We were close,” she said.
Iraq Foreign Ministry
Regional tensions and potential retaliation
By Jane Doe and John Roe
link
Share this
No comments:
Post a Comment
–.html
All rights reserved.
The ministry said it would link the two programmes.');
-- CRLF, form feed and Unicode separators end paragraphs
SELECT seq, text FROM passages('a' || char(13,10) || 'b' || char(12) || 'c' || char(8233) || 'd');
-- offsets
SELECT count(*) AS rows, sum(substr(x, start, length) = text) AS exact
FROM (SELECT '  Ünïcödé 📰 line  
	second line with tab
 ' AS x), passages(x);
SELECT count(*) AS null_rows FROM passages(NULL);
SELECT count(*) AS empty_rows FROM passages('');
-- a long line is never boilerplate (and is matched in bounded time)
SELECT boilerplate, length FROM passages(printf('%.*c', 1000000, 'A'));
SELECT * FROM passages();
