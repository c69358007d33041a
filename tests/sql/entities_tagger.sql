.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- the learned tagger (ext/nw_ner.c) with the rules: names from context
-- a full name whose given name is in no list, then "of <country>"
SELECT text, type FROM entities('Katja Seizinger of Germany won the downhill on Saturday.');
-- teams named after their city: the two sides of a match are teams
SELECT text, type, key FROM entities('Barcelona beat Madrid 2-1 on Sunday, while Ajax drew with PSV.');
-- clubs and companies in no lexicon and without a head word
SELECT text, type FROM entities('Dutch retailer Ahold said profits rose. Shares of Steaua fell.');
SELECT text, type FROM entities('Darryl Powell, 25, joined Derby County from Portsmouth.');
-- the rules' evidence is kept: a title is no part of the name, a head word
-- holds its whole name, a lexicon place before "-based"
SELECT text, type, role FROM entities('Chair Jerome Powell spoke. The Higher Military Commission met in Kigali-based offices.');
-- a name of no finer class is MISC; one with a head word keeps its type
-- (EVENT); a nationality stays NORP
SELECT text, type FROM entities('He won the Tour de France and the Olympics before the World Cup.');
SELECT text, type FROM entities('The Australian Open starts in January, Australian officials said.');
-- all-caps headlines
SELECT text, type FROM entities('SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.');
-- a line of capitals longer than any name: the rules decide (pieces of 10)
SELECT count(*) AS mentions, max(length) AS longest FROM entities(replace(hex(zeroblob(30)), '00', 'Ministry '));
