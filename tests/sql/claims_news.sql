.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- Speakers as news writes them (issue 13): honorifics and titles before
-- the name, initials, "according to", sources after the cue.
SELECT seq, speaker, speaker_resolved, cue, kind, content FROM claims(
'Mr. Trump said the wall would be built.
Sen. Warren said that the plan is a fraud.
Gov. Chris Christie told reporters that he would stay in the race.
“We will win this state,” said Mr. Trump.
“It is over,” Mrs. Clinton said on Monday.
The plan is dead, according to Sen. Elizabeth Warren.
The vote was postponed, said Rep. Paul D. Ryan.
U.S. officials said the talks would resume in June.
Dr. Ben Carson, the retired neurosurgeon, said he was tired.');
-- An adverbial phrase or a conjunction before the speaker; a parenthetical
-- cue; ", saying"; the source after the cue with an apposition; a group of
-- speakers; ''…'' as quotation marks (one claim, however many sentences),
-- written @@ here and made two apostrophes by replace().
SELECT seq, speaker, cue, kind, content FROM claims(replace(
'In an interview with Time magazine, Khan said he would like to visit the United States.
But four sources familiar with the talks told Reuters that the deal was close.
Now, she said, the two communities do not mix much.
Trump attacked Clinton on Monday, saying she was unfit for office.
The race helped drive voters to the polls, said Steven Taylor, a professor at Troy University.
@@Part of my job is to say: @Hey, this guy is for real. He is one of us,@@@ Mr. English said of Mr. Cruz.', '@', ''''));
-- Cues beyond speech (writing, belief, intention), two appositions, an
-- -ing phrase before the speaker; a passive "is expected to" is no claim.
-- cue_class: speech, writing, document, belief, intention, evaluation.
SELECT seq, speaker, cue, cue_class, kind, content FROM claims(
'Mr. Trump tweeted that the election was rigged.
Most voters believe the economy is getting worse.
Pointing to the polls, Weber told AP that the race had tightened.
Matthew Prince, chief executive of CloudFlare, a San Francisco company, said that the sites were pro-Kurdish.
The governor vowed that the plant would stay open.
The report said that the economy grew by 2 percent.
Construction of the first phase is expected to begin next year.');
