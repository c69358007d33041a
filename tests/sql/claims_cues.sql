.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- reported speech anywhere in a sentence: after a clause, "who said", a
-- coordinated verb ("thanked Miami and said"), belief, intention,
-- evaluation, a document's finding, a source and a colon, "according to"
-- inside the sentence, the source after the cue
SELECT speaker, cue, cue_class, kind, content FROM claims(
'When the polls closed, Trump said the result was rigged.
Voters who say the economy is weak backed the challenger.
Rubio thanked Miami and said it was great to be home.
The governor believes the budget will pass in June.
The company plans to open ten stations by the end of June.
Clinton blasted the plan as a giveaway to the rich.
A new poll shows the race is tied in Ohio.
Sanders: Clinton Email Story Has Moved.
Notably absent from the talks, according to members who spoke afterward, was any mention of the probe.
In a year of anger, candidates have more room to walk away from the program, said Steve Grubbs, an Iowa operative.
She said she had met with Manafort twice but said neither man played a role.');
-- not claims: a plural noun ("30 states"), a passive ("is expected to"),
-- a modal ("will announce"), a transitive "concluded" with no "that", a
-- label and a colon
SELECT count(*) AS not_claims FROM claims(
'Trump won 30 states holding contests on or before March 1.
The bill is expected to pass in the spring session.
The ministry will announce the new date of the signing in due course.
The commission concluded its third session in Nairobi on Tuesday.
Photo: the minister arrives at the talks in Nairobi.');
-- a quotation with no attribution of its own takes the speaker of the
-- sentence around it
SELECT speaker, cue, kind FROM claims('In his response, Mr. Coll said he had been troubled to discover that Mr. Cohen had ''''made serious allegations of professional misconduct against our reporters.''''');
-- nominals resolved to the last one named with that role in the text before
SELECT speaker, speaker_resolved FROM claims('Sen. Marco Rubio of Florida spoke first. Then the senator said the bill would fail. Ministry spokeswoman Sahra Mohamed Abdi arrived. The spokeswoman said talks would resume.');
