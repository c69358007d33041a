.load ./newswire
.headers on
.mode list
.nullvalue NULL
SELECT seq, speaker, speaker_start, speaker_length, speaker_resolved, cue, recipient, kind, content, content_start, content_length FROM claims(
'The Foreign Ministry confirmed on Thursday that no foreign combat troops remain in the country. The ministry said in a statement that “only military advisers remain under the coalition umbrella,” pointing out that “their work is covered by the commission.”
She added that “both parties are committed to the mechanisms they agreed and their outputs.”
“We were very close to announcing this agreement,” she said, “but recent developments forced a delay.”
“Is this the end of the mission?” asked a reporter.
A State Department spokesman confirmed that Washington and Baghdad are close to an agreement.
The spokesman told Al-Hurra website: “We are looking forward to moving ahead with the commission.”
A US official said Wednesday that four soldiers were killed in a defensive strike.
According to the ministry, “this relationship existed before the coalition and will continue after it.”
According to two diplomats, the talks will resume in June.
The talks will resume next month, the minister said.
Due to what was described as “latest developments”, the announcement was postponed.
Four sources told Reuters yesterday that the two countries are about to begin talks.');
-- offsets: substr() gives back speaker and content
SELECT count(*) AS claims, sum(substr(x, content_start, content_length) = content) AS content_ok,
       sum(speaker IS NULL OR substr(x, speaker_start, speaker_length) = speaker) AS speaker_ok
FROM (SELECT 'Ünïcödé 📰 first. “Ça va très bien aujourd’hui, merci beaucoup à tous,” José said. Le ministre said that “all is well with the 📰 today.”' AS x), claims(x);
-- a quotation never closed ends with its paragraph; it does not swallow the text
SELECT count(*) AS unclosed, max(content_length) < 100 AS bounded FROM claims(
'He said: “This quote is never closed and goes on for a while
The next paragraph has no quote mark at all. The minister said the talks would resume.');
-- a quotation across paragraphs goes on when the next one opens with a quote mark
SELECT kind, length(content) > 100 AS long FROM claims('“The first paragraph of the quotation does not close,
“and the second one closes it at last, as English style does,” the minister said.');
-- defined results
SELECT count(*) AS null_rows FROM claims(NULL);
SELECT count(*) AS empty_rows FROM claims('');
SELECT count(*) AS only_quotes FROM claims(replace(hex(zeroblob(5000)), '00', '“”"'));
SELECT count(*) >= 0 AS nested FROM claims(replace(hex(zeroblob(1000)), '00', '“') || replace(hex(zeroblob(1000)), '00', '”'));
SELECT count(*) >= 0 AS junk FROM claims(CAST(randomblob(20000) AS TEXT));
SELECT * FROM claims();
