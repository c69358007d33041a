.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- the issue's cases, resolved against Thursday 15 August 2024
SELECT seq, start, length, text, type, value, unit, approximate, key, role FROM entities(
'On the 31st of July 2024, Mohammed Shia al-Sudani, the military spokesperson of the Commander-in-Chief, said some 2,500 US troops had been in the country since December 2021. Four members were killed, a U.S. official said Wednesday. The Higher Military Commission (or HMC for short) met on 5 August, and HMC will meet in early September 2025. The Iraqi Prime Minister, Muhammad Shia al-Sudani, spoke on Thursday; Al-Sudani said $240 million, 18 percent and about 150 attacks. Dae’sh and ISIS attacked the Ain al-Assad base in Anbar province last month. The Supreme Military Committee met at 9:14 AM. Operation Inherent Resolve continues. Reuters and Washington said the United States would act.',
'2024-08-15');
-- offsets: substr() gives back every mention
SELECT count(*) AS mentions, sum(substr(x, start, length) = text) AS exact
FROM (SELECT 'Ça commence: José Álvarez met Łucja Nowak in Zürich on 3 March 2025 with 📰 1,200 engineers.' AS x), entities(x, '2025-03-10');
-- the same entity across spellings and translations has one key
SELECT group_concat(DISTINCT key) AS sudani FROM entities('Mohammed Shia al-Sudani met Muhammad Shia al-Sudani. Later Al-Sudani and al-Sudani spoke.') WHERE type = 'PERSON';
SELECT group_concat(DISTINCT key) AS commission FROM entities('The Supreme Military Committee and the Higher Military Commission (HMC) met. HMC spoke.') WHERE type = 'ORG';
SELECT group_concat(DISTINCT key) AS isis FROM entities('ISIS, Daesh, Dae’sh and DAESH fighters.') WHERE type = 'ORG';
SELECT group_concat(DISTINCT key) AS us FROM entities('The US, the U.S. and the United States agree, Washington said.') WHERE type = 'GPE';
-- relative dates need a reference date
SELECT text, value FROM entities('They met yesterday and on Thursday.');
SELECT text, value FROM entities('They met yesterday and on Thursday.', '2024-08-15');
-- impossible dates and huge numbers have defined values
SELECT text, type, value FROM entities('It was 31 February 2024, with 123456789012345678901234567890 people.');
-- user aliases: entity_aliases(alias, key, type)
CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
INSERT INTO entity_aliases VALUES ('Al-Hurra', 'org:alhurra', 'ORG'), ('the Kurdish news site Rudaw', 'org:rudaw', NULL);
SELECT text, type, key FROM entities('The spokesman told Al-Hurra that talks went well.') WHERE text = 'Al-Hurra';
DROP TABLE entity_aliases;
CREATE TABLE entity_aliases(name TEXT);
SELECT count(*) FROM entities('Al-Hurra said.');
DROP TABLE entity_aliases;
-- no rows, defined results
SELECT count(*) AS null_rows FROM entities(NULL);
SELECT count(*) AS empty_rows FROM entities('');
SELECT count(*) >= 0 AS junk FROM entities(CAST(randomblob(20000) AS TEXT));
SELECT count(*) AS big FROM entities(printf('%.*c', 1000000, 'A'));
-- errors
SELECT * FROM entities('x', 'yesterday');
SELECT * FROM entities('x', '2024-02-30');
SELECT * FROM entities();
-- a sentence-initial short word is no acronym ("Is" is not IS), a
-- contraction no name ("She'll" is not Shell); IS and US in capitals are
SELECT text, type, key FROM entities('Is this the end? She''ll say so. She’ll go. IS fighters attacked. The US sent aid.');
