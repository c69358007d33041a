.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- datelines: a place in capitals with an ISO date, with a region, alone
-- with its region (the date on the next line), with an agency and a dash,
-- with a written date and an agency, mixed case with an agency; each opens
-- its paragraph and the prose after it is a passage of its own
SELECT seq, start, length, kind, boilerplate, text FROM passages('BRUSSELS 1996-08-22
CARLSBAD , California 1996-08-24
ALLENTOWN , Pa .
1996-08-27
WASHINGTON (AP) — The Latest on campaign 2016 on Super Tuesday.
TALLAHASSEE — Donald Trump''s views have taken their toll.
MANCHESTER, N.H. - Voters lined up early.
LONDON, Aug 22 (Reuters) - Bonds fell.
PARIS, 22 August 1996 - Shares rose.
New York (AFP) – Donald Trump said.
Nairobi – Staff
11:20 p.m.
4:40 p.m.:
Thursday, August 15, 2024.');
-- the offsets of a split paragraph stay exact
SELECT count(*) AS rows, sum(substr(x, start, length) = text) AS exact
FROM (SELECT 'WASHINGTON (AP) — Ünï 📰 said.' || char(10) || ' MIAMI —   x' AS x), passages(x);
-- prose that opens with capitals and a dash stays whole and 'text'
SELECT kind, text FROM passages('The three constitutional scholars - all of them - said no.
Still, Sanders - who won Vermont - said no.
President Obama Aug. 22 said the talks would resume.
NATO said on Tuesday it would stay.');
-- market lines, a results table, score lines
SELECT kind, text FROM passages('BORROWER VENANTIUS AB ( SWEDISH NATIONAL MORTGAGE AGENCY )
AMT $ 300 MLN SPREAD - 12.5 BP MATURITY 21.JAN.99
LAST S&P AA+ REOFFER =
NEG PLG YES CRS DEFLT NO FORCE MAJ IPMA 2');
SELECT kind, text FROM passages('Standings (tabulated under played, won, drawn, lost, goals for, against, points):
FC Tirol Innsbruck 6 4 2 0 13 5 14
SV Salzburg 6 4 2 0 8 1 14
Gross foreign debt 27,535.5 27,246.5
Net per shr (guilders) 4.38 vs 3.70
Net profit 28.9 vs 24.5
NEW YORK 5,710.53 -22.94 5,778.00 5,032.94');
SELECT kind, text FROM passages('Results of Scottish league matches on Saturday:
East Stirling 0 Albion 1
Alaniya Vladikavkaz 3 Zhemchuzhina Sochi 1
1 - Arantxa Sanchez Vicario (Spain) beat Katarina Studenikova
(Slovakia) 6-3 6-3
2-6 7-6 (7-4) 6-3');
-- slugs: a byline, a lone source, credits, a desk tag; furniture
SELECT kind, text FROM passages('By Jane Doe
Reuters
(Reporting by Jane Doe; Editing by John Roe)
-- London Newsroom +44 171 542 7658
___
No comments:
<tweet tweet-id="758501003519864832"><tweet/>.
Follow Jeff Poor on Twitter @jeff_poor.
He said <b>no</b> to the plan.');
-- prose stays text: a sentence full of figures, a list of names, a
-- headline in capitals, a short sentence with a figure
SELECT kind, text FROM passages('The company sold 1,300 units in 2015, 1,700 in 2016 and 2,100 in 2017, up 23 percent.
Sales rose 5.2 percent to 1.3 billion in 2015 and 2016.
Ted Cruz, Marco Rubio, Ben Carson, John Kasich and Donald Trump
HOEK LOOS H1 NET PROFIT 28.9 MLN GUILDERS .
Hart, about 80 miles south, has 41 registered voters.
Germany imported 47,600 sheep from Britain last year.');
-- a borderline line takes the kind of its neighbour in a run, not alone
SELECT kind, text FROM passages('1 - Arantxa Sanchez Vicario (Spain) beat Katarina Studenikova');
SELECT kind, text FROM passages('1 - Arantxa Sanchez Vicario (Spain) beat Katarina Studenikova
(Slovakia) 6-3 6-3');
SELECT kind, text FROM passages('Issuer : Fairview Town
State : TX');
SELECT kind, text FROM passages('Issuer : Fairview Town
Sale Amount : 1,820,000
Rating : Baa1');
-- three short lines in a row that end with a figure are table rows (a
-- cricket scoreboard); two are not
SELECT kind, text FROM passages('Saeed Anwar c Croft b Cork 176
A. Shah c M. Waugh b Hogg 41
Moin Khan b Salisbury 23
Extras (lb-4 w-10 nb-7) 21');
SELECT kind, text FROM passages('Saeed Anwar c Croft b Cork 176
A. Shah c M. Waugh b Hogg 41');
-- boilerplate is kind <> 'text', everywhere
SELECT count(*) AS mismatched FROM passages('BRUSSELS 1996-08-22
A sentence.
East Stirling 0 Albion 1
By Jane Doe
___') WHERE boilerplate <> (kind <> 'text');
-- bad input: a defined kind for every row
SELECT count(*) >= 0 AS junk_ok, count(kind) = count(*) AS all_kinds
FROM passages(CAST(randomblob(20000) AS TEXT));
SELECT kind, length FROM passages(printf('%.*c', 100000, '1'));
