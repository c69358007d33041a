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
-- stances: support, oppose, want, know, hope, decided, agreed; a bare form
-- ("support") only after a pronoun or a plural
SELECT speaker, cue, cue_class, content FROM claims(
'Most Republicans oppose the plan to raise the fuel tax.
Voters who support the bill want a vote before the recess.
The senator supported the measure to expand rural clinics.
The two parties agreed to share the committee seats next year.');
SELECT count(*) AS not_claims FROM claims(
'Her 34% support among women is a record low for the party.
The governor''s support for the levy fell after the vote.');
-- a participle after a quotation's attribution: a claim of the same
-- speaker ("referring to", "citing", "while also saying that")
SELECT speaker, cue, kind, content FROM claims(
'"We will not sign this deal," the minister said on Monday, referring to the draft on water rights.
"It is hard to poll here," said Njeri Kamau, who teaches at the university, citing the turnout of 2017.
"I will get used to it," he added, while also saying that he expects to win the county.
"We are ready," she said, and the crowd cheered the plan loudly.');
-- a headline in title case: its capitalised cue; not a sentence's name
SELECT speaker, cue, content FROM claims(
'Kenyan Farmers Say Rains Came Too Late For The Maize Harvest
The Says family opened a second shop in Kisumu last year.');
-- reported speech before a quotation attributed after it: two claims; a
-- fragment quoted inside the sentence stays one claim
SELECT speaker, cue, kind, content FROM claims(
'In her speech, Wanjiru declared the need for patience and drive: "Change the county and when you have done that, change it again," she said.
Otieno called the plan "extremely careless," the report said.');
-- a plural with no article as the speaker ("hacking specialists say");
-- not a plural that is no one ("prices say" is no cue of a document)
SELECT speaker, cue, content FROM claims(
'But hacking specialists say the most harmful files might not be genuine.
If it does not slow down, forecasters say health spending will cripple the economy.
The new prices show the drought has ended.');
-- "according to" a long source, "told" and its recipient after the
-- content, a comma after the cue of a sentence's subject
SELECT speaker, cue, content FROM claims(
'According to early results of the exit poll conducted by the county for the national broadcasters, turnout rose in both towns.
The talks will resume in March, the minister told the Daily Nation.
The governor says, win or lose in the primary, she is staying in the race.');
-- a second cue in one sentence: of the same speaker after "and"/"but"
-- (any class), or of a new subject after "and", "but", "while", ";"
SELECT speaker, cue, content FROM claims(
'The minister said the talks had stalled over water rights and rejected any suggestion that the deal was dead.
Aides said the role would be narrowly defined, and they denied that the governor would hand over the budget.
Otieno argued the levy was fair, while Republicans insisted it would hurt small farms.');
-- a chain of cues in one sentence: each statement its own claim
SELECT speaker, cue, content FROM claims('The minister said the talks had stalled over water and said the deal was dead and added that the court would rule in March.');
-- a quotation inside a sentence with no cue of its own takes the
-- sentence's speaker, not the speaker of the quotation before
SELECT speaker, cue, kind FROM claims('"We have to start again from the beginning in every county," said Amina Yusuf. He said the reform "is a question of when, not if, in this country."');
-- a relative clause of the speaker after a quotation's attribution: "who"
-- resolved to the name before it
SELECT speaker, cue, kind, content, speaker_resolved FROM claims('"The county is ready for the vote," said Amina Yusuf, who said the queues would be shorter this year.');
-- "states", "attacks" as nouns: after a lower-case word or a possessive,
-- before a preposition; the verb before "that" stays a cue
SELECT speaker, cue, content FROM claims(
'The governor toured the swing states like Ohio and Michigan last week.
The friendly audience cheered Otieno''s attacks on the levy and the budget.
The report states that the levy raised less than the budget assumed.');
-- documents as sources: further back before "by", after "and", with
-- "there", after the content, emails and footage
SELECT speaker, cue, cue_class, content FROM claims(
'A study by the watchdog group Media Watch found the governor had twice the airtime of his rival.
Kisumu is a battleground, and recent polls show the governor with a double-digit lead.
Polls there show the race is tied in the county.
More than 40 percent of the money arrived in February, new fundraising reports show.
The emails show that the clerk took directions from the mayor.
The police found the car near the river.');
-- a quotation attributed by a cue the patterns lack: after it, before it
SELECT speaker, cue, kind FROM claims('"When the river rises we close the bridge and wait," she posted.
At the meeting, the county clerk retorted: "There is no money left for the bridge this year."');
-- a document opening the sentence ("In a new poll, …") and a person's
-- view ("To Ms. Wanjiru, …"); not a place or a time
SELECT speaker, cue, cue_class, content FROM claims(
'In a county poll released Thursday, the governor held a 24-point lead among young voters.
To Ms. Wanjiru, the new market represents a cry against the rising rents.
In the end, the vote was close in every ward.
In Kisumu, the governor won by a wide margin.');
-- a statement as a noun and its holder ("X's claim that", "her promise
-- that"); not a noun with no holder
SELECT speaker, cue, content FROM claims(
'Voters doubted Amina Yusuf''s claim that the county will pay for the bridge.
Many remember her promise that fees would not rise.
The claim that the bridge is safe was tested in court.');
