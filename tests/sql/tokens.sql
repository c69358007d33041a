.load ./newswire
.headers on
.mode list
.nullvalue NULL
SELECT seq, start, length, token, norm, stem FROM tokens('The ministry’s announcement: some 2,500 U.S. troops — “withdrawal” of Dae’sh in Łódź, 3.5% on 15/08/2024.');
-- inflections meet on the stem
SELECT group_concat(DISTINCT stem) AS announce FROM tokens('announce announced announcement announcing');
SELECT group_concat(DISTINCT stem) AS withdraw FROM tokens('withdraw withdrawal withdrawing withdrew');
SELECT group_concat(DISTINCT norm) AS daesh FROM tokens('Dae’sh Daesh DAESH');
-- offsets
SELECT count(*) AS rows, sum(substr(x, start, length) = token) AS exact
FROM (SELECT 'Ça va? Ünïcödé 📰 text, ‘quoted’ words—here. 東京 عربي' AS x), tokens(x);
SELECT count(*) AS null_rows FROM tokens(NULL);
SELECT count(*) AS empty_rows FROM tokens('');
SELECT count(*) AS punct_rows FROM tokens(' -- ... !!! ');
-- a very long word: kept as its own stem
SELECT length(stem) FROM tokens(printf('%.*c', 100000, 'a'));
SELECT * FROM tokens();
