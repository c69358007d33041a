.headers on
.load ./newswire
-- the source after its content in the present tense ("…, analysts say"),
-- a parenthetical present cue, a speaker with several appositions before
-- the cue, a name and its parenthesis
SELECT speaker, cue, kind, content FROM claims(
'Candidates will need solid backing from the party core, analysts say.
The effects are difficult to predict, many economists say, because there is little precedent.
Cory James, 22, of Flint, Mich., said he had not given up hope of a surprise.
Meanwhile, Amina Yusuf, a teacher from Kisumu, who voted in 2013, said the queues were shorter this year.
Gov. Mary Fallin (R-OK) said the governor is trying to heal the state.');
-- not a speaker: a clause, a phrase of place, a document
SELECT count(*) AS not_claims FROM claims(
'In Nairobi, Kisumu and Mombasa, said to be the largest towns, prices rose.
The Report, a long document, shows nothing at all.');
