.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- A participle cue of the same speaker after a comma is a claim of its own;
-- a verb that is a cue before ", saying" is one too.  "adding to",
-- "insisting on", "warning of", "vowing to" are no statement; a short
-- phrase before "that" is not content.
SELECT seq, speaker, cue, recipient, content, kind FROM claims(
  'Carson said he saw no need to change, telling reporters that the campaign was on track. ' ||
  'The ministry said the pipeline would be finished by 2026, adding that a date would follow. ' ||
  'He said taxes would rise, saying on Monday that rates would not change. ' ||
  'The senator criticized the bill, saying in a statement that it would hurt farmers. ' ||
  'The mayor spoke at length, adding to the confusion over taxes. ' ||
  'He conceded the race, insisting on a full recount of the votes in the county. ' ||
  'Trump attacked the press, warning of riots in the streets of the city. ' ||
  'She said she would run, vowing to win the seat from the incumbent. ' ||
  'She said she would run, vowing that she would win the seat. ' ||
  'Obama hailed the deal, saying it was historic for both countries. ' ||
  'The mayor walked to the podium, saying he was ready for questions.');
