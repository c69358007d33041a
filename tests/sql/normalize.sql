.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- equal forms
SELECT normalize('Dae’sh') = normalize('Daesh') AND normalize('Daesh') = normalize('DAESH') AS daesh_equal;
SELECT normalize('  Mohammed   Shia   al‑Sudani ') AS spaced;
SELECT normalize('“Quoted” ‘single’ — dash – en') AS punct;
SELECT normalize('Łódź, Zürich, São Paulo, Ærøskøbing') AS latin;
SELECT normalize('ﬁnance ＦＵＬＬ①') AS nfkc;
SELECT normalize('Москва Αθήνα بغداد') AS other_scripts;
-- defined results for odd input
SELECT normalize(NULL) AS null_in;
SELECT normalize('') AS empty, normalize('   ') AS blank;
SELECT normalize(2500) AS int_in, normalize(1.5) AS real_in;
SELECT normalize(x'41E282AC') AS blob_in;
SELECT hex(normalize(CAST(x'61FF62' AS TEXT))) AS invalid_utf8;
SELECT normalize(CAST(x'41420043' AS TEXT)) AS embedded_nul;
SELECT length(normalize(printf('%.*c', 1000000, 'A'))) AS one_mb;
-- properties
SELECT typeof(normalize('x')) AS type;
SELECT count(*) AS idempotent_failures FROM (
  SELECT column1 AS x FROM (VALUES ('Dae’sh'),('Łódź  X'),('“A” — b'),('ﬁ ß'))
) WHERE normalize(normalize(x)) <> normalize(x);
-- errors
SELECT normalize();
SELECT normalize('a', 'b');
