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
