#!/usr/bin/python3
"""Source of truth for the hand-annotated claims (attributed statement) set.

Running this script writes claims_docs.tsv (doc, body) and claims_gold.tsv
(doc, speaker, speaker_resolved, cue, kind, content) next to it and checks
them.  Bodies hold paragraphs separated by the two characters backslash-n
(a literal `\\n`), since TSV fields cannot contain newlines.

DATA format: `== dNN` starts a document, `P: text` adds a paragraph,
`C: speaker | resolved | cue | kind | content` adds a gold claim
(resolved `=` means "same as speaker", `-` means empty/unknown).

Annotation conventions
  * kind: direct (quoted words), indirect (reported speech, incl. "according
    to X"), mixed (reported clause containing a quoted fragment).
  * speaker: exactly as written.  When the speaker phrase contains a personal
    name, the speaker is the name alone (titles such as "Mayor"/"Dr." and
    appositions such as "a local councillor" are left out); organisations are
    given without a leading "the".  Unnamed sources are the whole noun phrase
    as written, determiner and post-modifiers included ("A Skybridge
    spokesman", "Two rescue officials", "researchers at the University of
    Bristol").
  * speaker_resolved: the full name of the named person/organisation the
    speaker denotes: pronouns and nominals ("she", "The ministry", "The
    spokesman") resolve to an earlier named source, and surname-only mentions
    resolve to the full name ("Marsh" -> "Elena Marsh").  Empty when the
    source is never named (unnamed spokesmen, "officials", "Prosecutors", and
    pronouns referring to them).
  * cue: the reporting verb or phrase as written ("said", "told", "added",
    "according to", "noting that", "saying").  "X said in a statement that"
    has cue "said".
  * content: direct -> the words exactly as inside the quote marks, marks
    excluded but inner punctuation kept (e.g. the comma of `"We are ready,"
    she said`); for a quote interrupted by the attribution only the first
    part; for a quote running over several paragraphs (paragraph without a
    closing mark, next paragraph reopening with a mark) only the first
    paragraph's part.  indirect/mixed -> the reported clause exactly as
    written, without a leading "that" and without the final period.
  * Not annotated: scare quotes, quoted titles of films/books/songs, nicknames
    and terms; statements embedded inside a quotation; speech acts without a
    reported clause ("declined to comment", "urged caution").

Usage: /usr/bin/python3 tests/eval/build_claims_gold.py [--check-only]
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("direct", "indirect", "mixed")
OPEN_Q = '"“'
CLOSE_Q = '"”'

DATA = r'''
== d01
P: Mayor Elena Marsh said on Monday that the city would close two of its five public swimming pools this summer because of a shortage of lifeguards.
P: "We have tried everything, from signing bonuses to free training, and we still cannot staff every site," Marsh told reporters at City Hall. "I would rather open three pools safely than five pools badly."
P: Council member Darnell Price said the decision punished families in the east of the city, where both pools are located. He added that the shortage was "a management failure" that had been predicted for years.
C: Elena Marsh | = | said | indirect | the city would close two of its five public swimming pools this summer because of a shortage of lifeguards
C: Marsh | Elena Marsh | told | direct | We have tried everything, from signing bonuses to free training, and we still cannot staff every site,
C: Darnell Price | = | said | indirect | the decision punished families in the east of the city, where both pools are located
C: He | Darnell Price | added | mixed | the shortage was "a management failure" that had been predicted for years

== d02
P: Harlow Foods, the Ohio-based maker of frozen meals, said in a statement that it would cut about 400 jobs and close its plant in Dayton by the end of the year.
P: Demand for its premium range has fallen sharply since last spring. “This was a painful decision, and it was not made lightly,” Chief Executive Rachel Okafor said. “Our priority now is to support every employee through the transition.”
P: A union representative, Tom Becker, told the Dayton Daily Ledger that workers had learned of the closure from a local radio station. He said the union would seek talks with management next week.
C: Harlow Foods | = | said | indirect | it would cut about 400 jobs and close its plant in Dayton by the end of the year
C: Rachel Okafor | = | said | direct | This was a painful decision, and it was not made lightly,
C: Tom Becker | = | told | indirect | workers had learned of the closure from a local radio station
C: He | Tom Becker | said | indirect | the union would seek talks with management next week

== d03
P: "We were second best for an hour. That is the honest truth," said coach Marco Villani after his side's 2-1 defeat to Ravenna on Saturday.
P: Villani said his players had looked tired after a midweek cup tie and that he would rotate the squad for the next match.
P: Ravenna captain Luca Ferri, who scored the winner, said the dressing room had "never stopped believing" even after going behind early.
C: Marco Villani | = | said | direct | We were second best for an hour. That is the honest truth,
C: Villani | Marco Villani | said | indirect | his players had looked tired after a midweek cup tie and that he would rotate the squad for the next match
C: Luca Ferri | = | said | mixed | the dressing room had "never stopped believing" even after going behind early

== d04
P: Measles cases in the northern provinces have tripled since January, according to the Ministry of Health.
P: The ministry said 1,240 cases had been confirmed so far this year, most of them in children under five who had not been vaccinated. It said parents should check their children’s records before the school term.
P: “Measles is not a mild illness. It can kill,” said Dr. Amina Sadiq, who leads the ministry’s immunisation programme. She added that mobile clinics would visit 60 villages over the next month.
C: Ministry of Health | = | according to | indirect | Measles cases in the northern provinces have tripled since January
C: The ministry | Ministry of Health | said | indirect | 1,240 cases had been confirmed so far this year, most of them in children under five who had not been vaccinated
C: It | Ministry of Health | said | indirect | parents should check their children’s records before the school term
C: Amina Sadiq | = | said | direct | Measles is not a mild illness. It can kill,
C: She | Amina Sadiq | added | indirect | mobile clinics would visit 60 villages over the next month

== d05
P: Prosecutors told a federal jury in Boston on Tuesday that former bank manager Gregory Lyle had diverted more than $3 million from elderly clients over six years.
P: Lyle’s lawyers said their client had made accounting errors but never intended to steal. “He kept poor records. That is not a crime,” defence attorney Nadia Kerr told jurors in her opening statement.
P: The trial is expected to last three weeks. Prosecutors plan to call 14 former clients; they said several would testify that Lyle had visited them at home to collect cheques.
C: Prosecutors | - | told | indirect | former bank manager Gregory Lyle had diverted more than $3 million from elderly clients over six years
C: Lyle’s lawyers | - | said | indirect | their client had made accounting errors but never intended to steal
C: Nadia Kerr | = | told | direct | He kept poor records. That is not a crime,
C: they | - | said | indirect | several would testify that Lyle had visited them at home to collect cheques

== d06
P: The Kessler Observatory in Chile said on Wednesday that its astronomers had detected water vapour in the atmosphere of a planet orbiting a small red star 40 light years away.
P: The team’s leader, Professor Ingrid Solberg, said: “We have been chasing this signal for three years, and at first we did not believe it. We checked the instruments, then we checked them again.
P: “What we are seeing is real. It does not mean there is life there, but it tells us where to look next.”
P: Other researchers urged caution. Dr. Femi Adeyemi of the University of Lagos said the signal was weak and could be distorted by activity on the star’s surface.
C: Kessler Observatory | = | said | indirect | its astronomers had detected water vapour in the atmosphere of a planet orbiting a small red star 40 light years away
C: Ingrid Solberg | = | said | direct | We have been chasing this signal for three years, and at first we did not believe it. We checked the instruments, then we checked them again.
C: Femi Adeyemi | = | said | indirect | the signal was weak and could be distorted by activity on the star’s surface

== d07
P: The director Hana Moretti’s new film, “The Salt Road”, opened the Venice festival on Wednesday to a standing ovation.
P: Moretti told journalists that the story was based on her grandmother’s journey from Sicily to Tunis in the 1940s. “She never talked about it until the very end of her life,” she said.
P: Critics were divided, and a reviewer for Screen Weekly said the final act “collapses under its own ambition”.
C: Moretti | Hana Moretti | told | indirect | the story was based on her grandmother’s journey from Sicily to Tunis in the 1940s
C: she | Hana Moretti | said | direct | She never talked about it until the very end of her life,
C: a reviewer for Screen Weekly | - | said | mixed | the final act “collapses under its own ambition”

== d08
P: Heavy rain flooded hundreds of homes in the river town of Kessington overnight, according to the county fire service.
P: Fire crews rescued 37 people from cars and houses, and a further 200 residents spent the night in a school gym. "The water came up faster than anyone expected," said Paul Grant, the county's chief fire officer. "In some streets it rose a metre in under an hour."
P: The Met Office said more rain was likely on Friday and issued an amber warning for the whole valley. Residents said they had been warned about the risk of flooding for years. "Nobody listens until it happens," said one, Maureen Hale, 71.
C: the county fire service | - | according to | indirect | Heavy rain flooded hundreds of homes in the river town of Kessington overnight
C: Paul Grant | = | said | direct | The water came up faster than anyone expected,
C: Met Office | = | said | indirect | more rain was likely on Friday
C: Residents | - | said | indirect | they had been warned about the risk of flooding for years
C: Maureen Hale | = | said | direct | Nobody listens until it happens,

== d09
P: Nimbus, the cloud storage company, said on Tuesday that a software update had caused an outage that left millions of users unable to reach their files for most of Monday.
P: In a blog post, the company’s chief technology officer, Victor Lindqvist, wrote that engineers had rolled back the update within four hours but that some servers took longer to recover. He said the outage was “a failure of our own testing” and promised a full review.
P: A spokeswoman for Nimbus, Carla Diaz, said no data had been lost. Asked whether customers would be compensated, the spokeswoman said: “We are looking at that closely and will have more to say this week.”
C: Nimbus | = | said | indirect | a software update had caused an outage that left millions of users unable to reach their files for most of Monday
C: Victor Lindqvist | = | wrote | indirect | engineers had rolled back the update within four hours but that some servers took longer to recover
C: He | Victor Lindqvist | said | mixed | the outage was “a failure of our own testing”
C: Carla Diaz | = | said | indirect | no data had been lost
C: the spokeswoman | Carla Diaz | said | direct | We are looking at that closely and will have more to say this week.

== d10
P: Foreign Minister Jonas Albrecht told parliament on Thursday that his government would not send troops to the border region but would double its humanitarian aid.
P: "Our role is to help civilians, not to add more soldiers to a crowded battlefield," Albrecht said. Opposition leader Petra Vogel said the government was "hiding behind aid budgets" and failing its allies.
P: A government spokesman later said the aid package would be worth 250 million euros.
C: Jonas Albrecht | = | told | indirect | his government would not send troops to the border region but would double its humanitarian aid
C: Albrecht | Jonas Albrecht | said | direct | Our role is to help civilians, not to add more soldiers to a crowded battlefield,
C: Petra Vogel | = | said | mixed | the government was "hiding behind aid budgets" and failing its allies
C: A government spokesman | - | said | indirect | the aid package would be worth 250 million euros

== d11
P: The state education board said on Monday that reading scores among nine-year-olds had recovered to pre-pandemic levels for the first time, noting that maths scores still lagged behind.
P: Board chair Linda Osei said extra tutoring funded during the pandemic had made a measurable difference. “The children who got the most help made the biggest gains,” she said.
P: Teachers’ unions said the results hid wide gaps between rich and poor districts.
C: The state education board | - | said | indirect | reading scores among nine-year-olds had recovered to pre-pandemic levels for the first time
C: The state education board | - | noting that | indirect | maths scores still lagged behind
C: Linda Osei | = | said | indirect | extra tutoring funded during the pandemic had made a measurable difference
C: she | Linda Osei | said | direct | The children who got the most help made the biggest gains,
C: Teachers’ unions | - | said | indirect | the results hid wide gaps between rich and poor districts

== d12
P: Regional rail operator Westline said on Friday that it would cancel one in five services on the coastal route for six weeks while engineers replace a bridge near Porthmoor.
P: Passenger groups said the timing, which covers the school holidays, could not be worse. "Families who rely on this line have been let down again," said Ruth Penrose of the Coastal Rail Users' Association.
P: Westline's operations director, Sam Okoye, said replacement buses would run every 30 minutes and that tickets would be valid on both.
C: Westline | = | said | indirect | it would cancel one in five services on the coastal route for six weeks while engineers replace a bridge near Porthmoor
C: Passenger groups | - | said | indirect | the timing, which covers the school holidays, could not be worse
C: Ruth Penrose | = | said | direct | Families who rely on this line have been let down again,
C: Sam Okoye | = | said | indirect | replacement buses would run every 30 minutes and that tickets would be valid on both

== d13
P: A court in Rotterdam has ordered the shipping firm Maas Logistics to pay 2.4 million euros to a former supplier. The judgment, published on Wednesday, lists 14 orders that the said company cancelled without notice between 2021 and 2022.
P: Maas Logistics said it was disappointed and would consider an appeal. The supplier’s lawyer, Erik de Wit, said the ruling sent a clear message to large firms. “Contracts apply to everyone, not only to the small party,” he said.
C: Maas Logistics | = | said | indirect | it was disappointed and would consider an appeal
C: Erik de Wit | = | said | indirect | the ruling sent a clear message to large firms
C: he | Erik de Wit | said | direct | Contracts apply to everyone, not only to the small party,

== d14
P: According to the national farmers’ union, the wheat harvest will be about 15 percent smaller than last year after a dry spring and a wet July.
P: Union president Graham Pike said many growers had “never seen a season like it” and warned that bread prices could rise by the autumn.
P: The agriculture ministry said it was monitoring the situation but that there was no risk to food supplies.
C: the national farmers’ union | - | According to | indirect | the wheat harvest will be about 15 percent smaller than last year after a dry spring and a wet July
C: Graham Pike | = | said | mixed | many growers had “never seen a season like it”
C: Graham Pike | = | warned | indirect | bread prices could rise by the autumn
C: The agriculture ministry | - | said | indirect | it was monitoring the situation but that there was no risk to food supplies

== d15
P: West Yorkshire Police said on Sunday that they had arrested two men after a jewellery shop in Leeds city centre was robbed at knifepoint.
P: Detective Inspector Claire Mason said no one had been seriously hurt but that staff were "badly shaken". She appealed for witnesses and said officers were reviewing CCTV from nearby streets.
P: The shop's owner, Raj Patel, said he had run the business for 22 years without trouble. "I never thought this would happen here," he said.
C: West Yorkshire Police | = | said | indirect | they had arrested two men after a jewellery shop in Leeds city centre was robbed at knifepoint
C: Claire Mason | = | said | mixed | no one had been seriously hurt but that staff were "badly shaken"
C: She | Claire Mason | said | indirect | officers were reviewing CCTV from nearby streets
C: Raj Patel | = | said | indirect | he had run the business for 22 years without trouble
C: he | Raj Patel | said | direct | I never thought this would happen here,

== d16
P: “We are not going to hit the 2030 target. Nobody in this industry believes we will,” said Oliver Brandt, head of the Northern Wind Association, at a conference in Hamburg on Tuesday.
P: Brandt said permitting delays meant that only a third of planned offshore turbines would be running by the end of the decade. He told the audience that the government had “talked a good game” but failed to hire enough planning officials.
P: The economy ministry rejected the criticism. A spokeswoman said the target remained achievable and pointed to a record number of approvals this year.
C: Oliver Brandt | = | said | direct | We are not going to hit the 2030 target. Nobody in this industry believes we will,
C: Brandt | Oliver Brandt | said | indirect | permitting delays meant that only a third of planned offshore turbines would be running by the end of the decade
C: He | Oliver Brandt | told | mixed | the government had “talked a good game” but failed to hire enough planning officials
C: A spokeswoman | - | said | indirect | the target remained achievable

== d17
P: Sofia Brennan reached her first Grand Slam final on Thursday, beating the second seed in three sets in Melbourne.
P: Brennan said afterwards: "I was shaking before the match. I told myself to breathe and to play one point at a time." She said her coach had told her to attack the second serve.
P: Her opponent, Yulia Markova, said she had struggled with a shoulder injury all week but did not want to make excuses.
C: Brennan | Sofia Brennan | said | direct | I was shaking before the match. I told myself to breathe and to play one point at a time.
C: She | Sofia Brennan | said | indirect | her coach had told her to attack the second serve
C: Yulia Markova | = | said | indirect | she had struggled with a shoulder injury all week but did not want to make excuses

== d18
P: The central bank left its main interest rate unchanged at 4.5 percent on Thursday, saying inflation was falling more slowly than expected.
P: Governor Henrik Dahl told a news conference that the bank would need to see “several more months of good news” before cutting rates. “We are not there yet,” he said.
P: Markets had priced in a cut by June, but that now looked unlikely, according to Sara Lind, chief economist at Nordbank.
C: The central bank | - | saying | indirect | inflation was falling more slowly than expected
C: Henrik Dahl | = | told | mixed | the bank would need to see “several more months of good news” before cutting rates
C: he | Henrik Dahl | said | direct | We are not there yet,
C: Sara Lind | = | according to | indirect | Markets had priced in a cut by June, but that now looked unlikely

== d19
P: The novelist Tomasz Wren has won this year’s Harrow Prize for “The Quiet Harbour”, a story about a lighthouse keeper on the Baltic coast during the 1970s.
P: The book was one of three “outsider” titles on the shortlist, none of them published by a major house.
P: Wren, 58, told the ceremony in London that he had written most of the book in a garden shed. “I owe everything to a very patient family and a very cold shed,” he said. The chair of the judges, Priya Nair, said the panel had reached its decision unanimously.
C: Wren | Tomasz Wren | told | indirect | he had written most of the book in a garden shed
C: he | Tomasz Wren | said | direct | I owe everything to a very patient family and a very cold shed,
C: Priya Nair | = | said | indirect | the panel had reached its decision unanimously

== d20
P: People who walk at least 7,000 steps a day have a lower risk of dying early than those who walk less, according to researchers at the University of Bristol.
P: The study followed 48,000 adults for a decade. Its lead author, Dr. Hannah Cole, said the message was simple. “You do not need to run marathons. A brisk daily walk does most of the work,” she said.
P: Cole cautioned that the study showed an association and could not prove that walking itself caused the lower risk.
C: researchers at the University of Bristol | - | according to | indirect | People who walk at least 7,000 steps a day have a lower risk of dying early than those who walk less
C: Hannah Cole | = | said | indirect | the message was simple
C: she | Hannah Cole | said | direct | You do not need to run marathons. A brisk daily walk does most of the work,
C: Cole | Hannah Cole | cautioned | indirect | the study showed an association and could not prove that walking itself caused the lower risk

== d21
P: "If the ceasefire holds through the weekend," said UN envoy Adel Mansour, "we can begin moving food convoys on Monday."
P: Mansour said 30 trucks were waiting at the crossing and that a further 50 could be ready within days. Aid agencies said the needs were far greater.
P: "Every day of delay costs lives," said Leila Haddad of the charity Relief Now. She said her staff had not been able to reach the northern districts since March.
C: Adel Mansour | = | said | direct | If the ceasefire holds through the weekend,
C: Mansour | Adel Mansour | said | indirect | 30 trucks were waiting at the crossing and that a further 50 could be ready within days
C: Aid agencies | - | said | indirect | the needs were far greater
C: Leila Haddad | = | said | direct | Every day of delay costs lives,
C: She | Leila Haddad | said | indirect | her staff had not been able to reach the northern districts since March

== d22
P: Software maker Quillon unveiled what it calls “AI co-workers” on Tuesday, a set of tools that can draft emails and schedule meetings without human input.
P: Chief executive Mark Tully told investors that the tools would be available to business customers from September. “This is the biggest change to our product in a decade,” he said.
P: Analysts were less excited. “It is a solid update, not a revolution,” said Nora Fisk, an analyst at Brightline Research. She said rivals had launched similar features months ago.
C: Mark Tully | = | told | indirect | the tools would be available to business customers from September
C: he | Mark Tully | said | direct | This is the biggest change to our product in a decade,
C: Nora Fisk | = | said | direct | It is a solid update, not a revolution,
C: She | Nora Fisk | said | indirect | rivals had launched similar features months ago

== d23
P: The Ministry of Water Resources said on Monday that reservoirs in the south had fallen to 16 percent of capacity, the lowest level since records began in 1950.
P: The ministry said water use in the affected provinces would be limited to 200 litres per person per day from next week. Farmers' groups said the limits would ruin the summer harvest.
P: "People keep saying 'this is temporary', but every summer is worse than the last," said Jorge Ibarra, a melon grower near Almeria. He said he had already cut his planting by half.
C: Ministry of Water Resources | = | said | indirect | reservoirs in the south had fallen to 16 percent of capacity, the lowest level since records began in 1950
C: The ministry | Ministry of Water Resources | said | indirect | water use in the affected provinces would be limited to 200 litres per person per day from next week
C: Farmers' groups | - | said | indirect | the limits would ruin the summer harvest
C: Jorge Ibarra | = | said | direct | People keep saying 'this is temporary', but every summer is worse than the last,
C: He | Jorge Ibarra | said | indirect | he had already cut his planting by half

== d24
P: The private launch company Orbita said its Vega-2 rocket had exploded about 90 seconds after lift-off from its site in New Zealand on Saturday, destroying two weather satellites.
P: Founder Daniel Reyes said in a video posted online: “Today did not go the way we wanted. We lost a vehicle, and we lost payloads that our customers trusted us with.
P: “We will find out what went wrong, we will fix it, and we will fly again before the end of the year.”
P: The country’s space agency said it would take part in the investigation. No one was injured, according to local police.
C: Orbita | = | said | indirect | its Vega-2 rocket had exploded about 90 seconds after lift-off from its site in New Zealand on Saturday, destroying two weather satellites
C: Daniel Reyes | = | said | direct | Today did not go the way we wanted. We lost a vehicle, and we lost payloads that our customers trusted us with.
C: The country’s space agency | - | said | indirect | it would take part in the investigation
C: local police | - | according to | indirect | No one was injured

== d25
P: Senator Laura Whitfield announced on Saturday that she would run for governor next year, ending months of speculation.
P: "This state deserves a government that answers the phone," Whitfield told supporters at a rally in Springfield. "I intend to give it one."
P: Aides to Governor Mark Benson said he was confident of re-election. They said his record on jobs would speak for itself.
C: Laura Whitfield | = | announced | indirect | she would run for governor next year
C: Whitfield | Laura Whitfield | told | direct | This state deserves a government that answers the phone,
C: Aides to Governor Mark Benson | - | said | indirect | he was confident of re-election
C: They | - | said | indirect | his record on jobs would speak for itself

== d26
P: Carlton Steel is in talks to buy its smaller rival Irongate for about $1.8 billion, according to two people familiar with the matter.
P: The people, who asked not to be named because the talks are private, said a deal could be announced within weeks but that it might still fall apart.
P: Carlton Steel declined to comment. An Irongate spokesman said the company did not comment on market rumours.
C: two people familiar with the matter | - | according to | indirect | Carlton Steel is in talks to buy its smaller rival Irongate for about $1.8 billion
C: The people | - | said | indirect | a deal could be announced within weeks but that it might still fall apart
C: An Irongate spokesman | - | said | indirect | the company did not comment on market rumours

== d27
P: The band Paper Lanterns will release its first album in eight years in March, led by the single “Northern Lights”, the group’s label said on Friday.
P: Singer Maya Quinn said the band had split in 2016 because “we simply stopped talking to each other”. She said the new songs had been written over video calls during lockdown.
P: A 12-date tour of Britain and Ireland begins in April.
C: the group’s label | - | said | indirect | The band Paper Lanterns will release its first album in eight years in March, led by the single “Northern Lights”
C: Maya Quinn | = | said | mixed | the band had split in 2016 because “we simply stopped talking to each other”
C: She | Maya Quinn | said | indirect | the new songs had been written over video calls during lockdown

== d28
P: At 84, Harold Finch still opens his hardware shop in the village of Little Brampton at seven every morning.
P: "People ask me when I'm going to retire, and I tell them: when the customers stop coming," he says. "They haven't stopped yet."
P: His daughter, Anne Finch, says the shop has become a meeting place for older residents since the village post office closed. "Half the people who come in don't buy anything. They come to talk," she says.
C: he | Harold Finch | says | direct | People ask me when I'm going to retire, and I tell them: when the customers stop coming,
C: Anne Finch | = | says | indirect | the shop has become a meeting place for older residents since the village post office closed
C: she | Anne Finch | says | direct | Half the people who come in don't buy anything. They come to talk,

== d29
P: Northfield General Hospital has cancelled all routine operations for the rest of the week after a cyberattack disabled its computer systems, a spokeswoman, Jane Morrow, said on Tuesday.
P: The spokeswoman said emergency care was not affected and that patients would be contacted directly to rebook. “We are sorry for the distress this is causing,” she added.
P: The National Cyber Security Centre said it was working with the hospital to understand the impact of the incident.
C: Jane Morrow | = | said | indirect | Northfield General Hospital has cancelled all routine operations for the rest of the week after a cyberattack disabled its computer systems
C: The spokeswoman | Jane Morrow | said | indirect | emergency care was not affected and that patients would be contacted directly to rebook
C: she | Jane Morrow | added | direct | We are sorry for the distress this is causing,
C: National Cyber Security Centre | = | said | indirect | it was working with the hospital to understand the impact of the incident

== d30
P: The Harbour Residents Association told the planning committee on Wednesday that a proposed 22-storey tower would block sunlight to more than 300 homes.
P: They said the developer, Skyline Homes, had ignored their concerns during two rounds of consultation. "We are not against new housing. We are against this building in this place," said the association's chair, Denise Clarke.
P: Skyline Homes said the tower would include 90 affordable flats. The committee will vote next month.
C: Harbour Residents Association | = | told | indirect | a proposed 22-storey tower would block sunlight to more than 300 homes
C: They | Harbour Residents Association | said | indirect | the developer, Skyline Homes, had ignored their concerns during two rounds of consultation
C: Denise Clarke | = | said | direct | We are not against new housing. We are against this building in this place,
C: Skyline Homes | = | said | indirect | the tower would include 90 affordable flats

== d31
P: Finance Minister Ahmed Rahimi presented a budget on Wednesday that raises taxes on tobacco and sugary drinks and cuts spending on defence by 3 percent.
P: “This is a budget for families, not for arms dealers,” said the minister, who is expected to face a difficult vote next week.
P: The opposition said the defence cuts were reckless at a time of rising tension in the region. Business groups welcomed the decision to leave corporate taxes unchanged.
P: Rahimi told reporters after the speech that the government expected the economy to grow by 2.8 percent next year.
C: the minister | Ahmed Rahimi | said | direct | This is a budget for families, not for arms dealers,
C: The opposition | - | said | indirect | the defence cuts were reckless at a time of rising tension in the region
C: Rahimi | Ahmed Rahimi | told | indirect | the government expected the economy to grow by 2.8 percent next year

== d32
P: Striker Kwame Boateng has agreed a four-year contract with Lisbon club Estrela, according to his agent, Paulo Reis.
P: Reis said the deal was "95 percent done" and that the player would undergo a medical on Monday. Estrela declined to comment.
P: Boateng, 24, scored 19 league goals last season. His former coach, Ian Mercer, said he was "the most natural finisher I have worked with" and would settle quickly in Portugal.
C: Paulo Reis | = | according to | indirect | Striker Kwame Boateng has agreed a four-year contract with Lisbon club Estrela
C: Reis | Paulo Reis | said | mixed | the deal was "95 percent done" and that the player would undergo a medical on Monday
C: Ian Mercer | = | said | mixed | he was "the most natural finisher I have worked with" and would settle quickly in Portugal

== d33
P: At least 23 people were killed when a landslide buried part of a mountain village in northern Peru on Sunday, officials said.
P: Two rescue officials said the number was likely to rise because dozens of residents were still missing. Heavy rain was hampering the search, they said.
P: “We are digging with our hands because the machines cannot get up the road,” said Rosa Quispe, a local councillor.
C: officials | - | said | indirect | At least 23 people were killed when a landslide buried part of a mountain village in northern Peru on Sunday
C: Two rescue officials | - | said | indirect | the number was likely to rise because dozens of residents were still missing
C: they | - | said | indirect | Heavy rain was hampering the search
C: Rosa Quispe | = | said | direct | We are digging with our hands because the machines cannot get up the road,

== d34
P: The Competition and Markets Authority said in a statement that it had opened an investigation into whether three large cloud providers were making it too hard for customers to switch.
P: The regulator said it had received complaints from dozens of small businesses about exit fees and technical barriers.
P: One of the companies, Stratus, said it welcomed the review and was confident its practices were fair.
C: Competition and Markets Authority | = | said | indirect | it had opened an investigation into whether three large cloud providers were making it too hard for customers to switch
C: The regulator | Competition and Markets Authority | said | indirect | it had received complaints from dozens of small businesses about exit fees and technical barriers
C: Stratus | = | said | indirect | it welcomed the review and was confident its practices were fair

== d35
P: The European Space Agency astronaut Marta Kowal returned to Earth on Friday after six months on the International Space Station.
P: Speaking at a press conference in Cologne, Kowal said: "The first thing I wanted was a shower. The second was a proper salad. Everything tastes different after half a year of food from packets."
P: She said her experiments on muscle loss had produced "surprisingly clear" results that would be published next year. The agency said she would undergo several weeks of medical checks.
C: Kowal | Marta Kowal | said | direct | The first thing I wanted was a shower. The second was a proper salad. Everything tastes different after half a year of food from packets.
C: She | Marta Kowal | said | mixed | her experiments on muscle loss had produced "surprisingly clear" results that would be published next year
C: The agency | European Space Agency | said | indirect | she would undergo several weeks of medical checks

== d36
P: Cinemas had their best weekend of the year as the animated sequel "Moonpaw 2" took in an estimated $96 million in North America.
P: The trade press has been full of talk about a "summer rebound" after two weak years at the box office.
P: "Families came back in a big way, and they came back on opening day," said Jeff Lowry, head of distribution at the studio, Bright Arc Pictures. Lowry said the studio was already planning a third film.
C: Jeff Lowry | = | said | direct | Families came back in a big way, and they came back on opening day,
C: Lowry | Jeff Lowry | said | indirect | the studio was already planning a third film

== d37
P: Judge Miriam Oduya told the High Court in Nairobi on Monday that the government had failed to consult residents before starting work on a new highway through the Kibera district.
P: The judge ordered construction to stop for 90 days. “The right to be heard is not a formality,” she said in her ruling.
P: The Ministry of Roads said it would appeal. A lawyer for the residents, Peter Kamau, said the ruling was “a victory for ordinary people” and urged the government to reopen talks.
C: Miriam Oduya | = | told | indirect | the government had failed to consult residents before starting work on a new highway through the Kibera district
C: she | Miriam Oduya | said | direct | The right to be heard is not a formality,
C: Ministry of Roads | = | said | indirect | it would appeal
C: Peter Kamau | = | said | mixed | the ruling was “a victory for ordinary people”

== d38
P: Residents of Elm Street packed a town hall meeting on Thursday to oppose plans to turn a closed library into a car park.
P: "Where are our children supposed to go after school?" asked Fatima Noor, a mother of three. "The library was the only safe place on this street."
P: Town manager Keith Dobbs said the building needed repairs costing $2 million that the town could not afford. He told residents that no final decision had been made.
C: Fatima Noor | = | asked | direct | Where are our children supposed to go after school?
C: Keith Dobbs | = | said | indirect | the building needed repairs costing $2 million that the town could not afford
C: He | Keith Dobbs | told | indirect | no final decision had been made

== d39
P: Unemployment rose to 6.1 percent in the second quarter, its highest level in three years, according to the National Statistics Office.
P: The office said job losses were concentrated in construction and retail. Labour Minister Sandra Vieira said the figures were “disappointing but not alarming” and that a jobs programme launched in May would take time to show results.
P: “Every month the government says it needs more time,” said Miguel Soto, an economist at the University of Porto. “At some point the excuses run out.”
C: National Statistics Office | = | according to | indirect | Unemployment rose to 6.1 percent in the second quarter, its highest level in three years
C: The office | National Statistics Office | said | indirect | job losses were concentrated in construction and retail
C: Sandra Vieira | = | said | mixed | the figures were “disappointing but not alarming” and that a jobs programme launched in May would take time to show results
C: Miguel Soto | = | said | direct | Every month the government says it needs more time,

== d40
P: Shares in the British retailer Morton's fell 12 percent on Wednesday after the company said that profits for the year would be at the lower end of forecasts.
P: Chief executive Alan Morton, the grandson of the founder, said shoppers were cutting back on clothes and furniture. "We are seeing people trade down, and we have to respond to that," he said.
P: Analyst Kate Brooks of Harbour Securities said the warning was the third this year. "Investors have run out of patience," she said.
C: the company | Morton's | said | indirect | profits for the year would be at the lower end of forecasts
C: Alan Morton | = | said | indirect | shoppers were cutting back on clothes and furniture
C: he | Alan Morton | said | direct | We are seeing people trade down, and we have to respond to that,
C: Kate Brooks | = | said | indirect | the warning was the third this year
C: she | Kate Brooks | said | direct | Investors have run out of patience,

== d41
P: A new vaccine against malaria cut cases among young children by 68 percent in a trial in Burkina Faso and Mali, scientists said on Thursday.
P: “These are the best results we have ever seen for a malaria vaccine,” said Dr. Ousmane Traoré, who led the trial. He explained that the vaccine was cheap to make and could be produced at scale in India.
P: The World Health Organization said it would review the data but insisted that existing vaccines should continue to be rolled out in the meantime.
C: scientists | - | said | indirect | A new vaccine against malaria cut cases among young children by 68 percent in a trial in Burkina Faso and Mali
C: Ousmane Traoré | = | said | direct | These are the best results we have ever seen for a malaria vaccine,
C: He | Ousmane Traoré | explained | indirect | the vaccine was cheap to make and could be produced at scale in India
C: World Health Organization | = | said | indirect | it would review the data
C: World Health Organization | = | insisted | indirect | existing vaccines should continue to be rolled out in the meantime

== d42
P: Two climbers who spent three nights stranded on Mont Blanc have been rescued in good health, the French mountain police said on Monday.
P: The climbers, both from Belgium, told rescuers that they had been caught by a storm near the summit and had dug a snow cave to survive. They said they had rationed two chocolate bars and a flask of tea.
P: "They did everything right. Many people would have tried to descend and would not be alive today," said Captain Luc Berger, who led the rescue.
C: the French mountain police | - | said | indirect | Two climbers who spent three nights stranded on Mont Blanc have been rescued in good health
C: The climbers | - | told | indirect | they had been caught by a storm near the summit and had dug a snow cave to survive
C: They | - | said | indirect | they had rationed two chocolate bars and a flask of tea
C: Luc Berger | = | said | direct | They did everything right. Many people would have tried to descend and would not be alive today,

== d43
P: The government will raise the minimum wage by 7 percent from January, Labour Minister Oskar Lind announced on Tuesday.
P: “No one who works full time should have to choose between heating and eating,” Lind said. Employers’ groups said the increase would force small firms to cut hours.
P: Erik Sand, a spokesman for the Federation of Small Businesses, said many members were already struggling with energy bills. The spokesman added that the federation would lobby for a tax cut to offset the rise.
C: Oskar Lind | = | announced | indirect | The government will raise the minimum wage by 7 percent from January
C: Lind | Oskar Lind | said | direct | No one who works full time should have to choose between heating and eating,
C: Employers’ groups | - | said | indirect | the increase would force small firms to cut hours
C: Erik Sand | = | said | indirect | many members were already struggling with energy bills
C: The spokesman | Erik Sand | added | indirect | the federation would lobby for a tax cut to offset the rise

== d44
P: The airline Skybridge has cancelled 140 flights this week, blaming what it described as "latest developments" in a dispute with air traffic controllers.
P: A Skybridge spokesman said passengers would be offered refunds or rebooking. "We understand how frustrating this is for our customers," he said.
P: The controllers' union said it had offered to resume talks on Friday but had received no reply.
C: A Skybridge spokesman | - | said | indirect | passengers would be offered refunds or rebooking
C: he | - | said | direct | We understand how frustrating this is for our customers,
C: The controllers' union | - | said | indirect | it had offered to resume talks on Friday but had received no reply

== d45
P: Wildfires have burned more than 40,000 hectares of forest in the province this summer, twice the ten-year average, according to the regional forestry service.
P: Fire chief Anna Berg said crews had been working 16-hour shifts for weeks. “My people are exhausted,” she said. “We need more hands, and we need them now.”
P: Berg noted that most of the fires had been started by people, not lightning.
C: the regional forestry service | - | according to | indirect | Wildfires have burned more than 40,000 hectares of forest in the province this summer, twice the ten-year average
C: Anna Berg | = | said | indirect | crews had been working 16-hour shifts for weeks
C: she | Anna Berg | said | direct | My people are exhausted,
C: Berg | Anna Berg | noted | indirect | most of the fires had been started by people, not lightning

== d46
P: According to coach Dana Whitaker, the team's star point guard, Jalen Brooks, will miss at least six weeks with a broken wrist.
P: Whitaker told reporters: "It's a huge loss. Jalen is the heart of this team, but we've got guys who are ready to step up."
P: Brooks posted a message to fans on social media saying he would "come back stronger" before the playoffs.
C: Dana Whitaker | = | According to | indirect | the team's star point guard, Jalen Brooks, will miss at least six weeks with a broken wrist
C: Whitaker | Dana Whitaker | told | direct | It's a huge loss. Jalen is the heart of this team, but we've got guys who are ready to step up.
C: Brooks | Jalen Brooks | saying | mixed | he would "come back stronger" before the playoffs

== d47
P: The Lakeside Health Authority said on Friday that it would close the maternity unit at Carrow Hospital for at least three months because it could not recruit enough midwives.
P: “We know this is not what local families want to hear,” the authority’s medical director, Dr. Peter Vance, said, “but we will not run a service that is not safe.”
P: Expectant mothers will be sent to hospitals up to 50 miles away. Local MP Joan Ashby said the closure was “a scandal” and told the authority that she would raise the issue in parliament.
C: Lakeside Health Authority | = | said | indirect | it would close the maternity unit at Carrow Hospital for at least three months because it could not recruit enough midwives
C: Peter Vance | = | said | direct | We know this is not what local families want to hear,
C: Joan Ashby | = | said | mixed | the closure was “a scandal”
C: Joan Ashby | = | told | indirect | she would raise the issue in parliament

== d48
P: Thousands of teachers marched through the capital on Saturday. The Teachers' Federation, which organised the march, said 30,000 people had taken part; police put the number at 12,000.
P: The federation is demanding a 10 percent pay rise. They said teachers would strike for two days next month if the government did not improve its offer.
P: "We have been patient for three years. Patience has not paid the rent," said Grace Mbeki, a primary school teacher from Durban. Education Minister Paul Venter said the government's offer of 5 percent was "fair and affordable" and would not be increased.
C: Teachers' Federation | = | said | indirect | 30,000 people had taken part
C: They | Teachers' Federation | said | indirect | teachers would strike for two days next month if the government did not improve its offer
C: Grace Mbeki | = | said | direct | We have been patient for three years. Patience has not paid the rent,
C: Paul Venter | = | said | mixed | the government's offer of 5 percent was "fair and affordable" and would not be increased

== d49
P: A security researcher, Lena Fischer, told the Tech Ledger podcast that she had found a flaw in a popular smart doorbell that allowed strangers to watch its video feed.
P: Fischer said she had reported the problem to the manufacturer, Ringo Home, in March but had received no reply until last week. “They treated it as a low priority. It was not a low priority,” she said.
P: Ringo Home said a fix had been sent to all devices and that there was no evidence the flaw had been exploited.
C: Lena Fischer | = | told | indirect | she had found a flaw in a popular smart doorbell that allowed strangers to watch its video feed
C: Fischer | Lena Fischer | said | indirect | she had reported the problem to the manufacturer, Ringo Home, in March but had received no reply until last week
C: she | Lena Fischer | said | direct | They treated it as a low priority. It was not a low priority,
C: Ringo Home | = | said | indirect | a fix had been sent to all devices and that there was no evidence the flaw had been exploited

== d50
P: The poet and translator Ruth Adler, whose collection "Winter Letters" won the Lindqvist Prize in 1994, has died at the age of 88, her publisher said on Sunday.
P: Her son, David Adler, said she had died peacefully at home in Vermont. "She was writing until the last week. She always said a poem was never finished, only abandoned," he said.
P: Adler translated more than 30 books from Polish and Hebrew, including the novel "The Clockmaker's Daughter".
C: her publisher | - | said | indirect | The poet and translator Ruth Adler, whose collection "Winter Letters" won the Lindqvist Prize in 1994, has died at the age of 88
C: David Adler | = | said | indirect | she had died peacefully at home in Vermont
C: he | David Adler | said | direct | She was writing until the last week. She always said a poem was never finished, only abandoned,
'''


def parse():
    docs, gold = [], []
    doc = None
    paras = []

    def flush():
        if doc is not None:
            assert paras, (doc, "no paragraphs")
            docs.append((doc, paras[:]))

    for ln in DATA.split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("== "):
            flush()
            doc = ln[3:].strip()
            paras = []
        elif ln.startswith("P: "):
            paras.append(ln[3:])
        elif ln.startswith("C: "):
            f = [x.strip() for x in ln[3:].split(" | ")]
            assert len(f) == 5, ln
            speaker, resolved, cue, kind, content = f
            resolved = speaker if resolved == "=" else ("" if resolved == "-" else resolved)
            gold.append((doc, speaker, resolved, cue, kind, content))
        else:
            raise ValueError("bad line: %r" % ln)
    flush()
    return docs, gold


def word_spans(text, body):
    """Start offsets of `text` in `body` at word boundaries."""
    pat = r"(?<!\w)" + re.escape(text) + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, body)]


def check(docs, gold):
    ids = [d for d, _ in docs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    bodies = {}
    for doc, paras in docs:
        for p in paras:
            assert p == p.strip() and p, (doc, p)
            assert "\t" not in p and "\\" not in p and "|" not in p, (doc, p)
        bodies[doc] = "\n".join(paras)
    seen = set()
    per = Counter()
    for doc, speaker, resolved, cue, kind, content in gold:
        body = bodies[doc]
        where = (doc, speaker, content[:40])
        seen.add(doc)
        assert kind in KINDS, where
        for fld in (speaker, cue, content, resolved):
            assert "\t" not in fld and "\n" not in fld, where
        assert speaker and cue and content, where
        sp = word_spans(speaker, body)
        cp = word_spans(cue, body)
        assert sp, ("speaker not in body", where)
        assert cp, ("cue not in body", where)
        assert content in body, ("content not in body", where)
        if resolved:
            assert resolved in body, ("resolved name not in body", where)
        per[(doc, content)] += 1
        ct = [m.start() for m in re.finditer(re.escape(content), body)]
        # speaker and cue must be close to the content (same attribution)
        near = lambda offs: min(min(abs(o - c), abs(o - (c + len(content))))
                                for o in offs for c in ct)
        assert near(cp) < 120, ("cue far from content", where)
        assert near(sp) < 160, ("speaker far from content", where)
        if kind == "direct":
            ok = False
            for c in ct:
                before = body[c - 1] if c > 0 else ""
                e = c + len(content)
                after = body[e] if e < len(body) else ""
                if before in OPEN_Q and (after in CLOSE_Q or after == "\n"):
                    ok = True
            assert ok, ("direct content not delimited by quote marks", where)
            assert not any(q in content for q in '"“”'), ("quote mark inside direct", where)
        else:
            assert not content.lower().startswith("that "), ("leading that", where)
            assert not content.endswith("."), ("final period", where)
            if kind == "mixed":
                assert any(q in content for q in '"“”'), ("mixed without quote", where)
    for (doc, content), n in per.items():
        assert bodies[doc].count(content) >= n, (doc, content)
    missing = set(bodies) - seen
    assert not missing, ("docs without claims", missing)
    return bodies


def write(docs, gold):
    with open(os.path.join(HERE, "claims_docs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("doc\tbody\n")
        for doc, paras in docs:
            f.write(doc + "\t" + "\\n".join(paras) + "\n")
    with open(os.path.join(HERE, "claims_gold.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("doc\tspeaker\tspeaker_resolved\tcue\tkind\tcontent\n")
        for row in gold:
            f.write("\t".join(row) + "\n")


def verify_files():
    """Independent re-read of the written TSVs: exact substrings after
    restoring the literal \\n paragraph separators."""
    with open(os.path.join(HERE, "claims_docs.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "doc\tbody" and lines[-1] == ""
    bodies = {}
    for ln in lines[1:-1]:
        doc, body = ln.split("\t")
        assert doc not in bodies
        bodies[doc] = body.replace("\\n", "\n")
    with open(os.path.join(HERE, "claims_gold.tsv"), encoding="utf-8") as f:
        glines = f.read().split("\n")
    assert glines[0] == "doc\tspeaker\tspeaker_resolved\tcue\tkind\tcontent"
    assert glines[-1] == ""
    rows = []
    for ln in glines[1:-1]:
        parts = ln.split("\t")
        assert len(parts) == 6, ln
        doc, speaker, resolved, cue, kind, content = parts
        b = bodies[doc]
        assert speaker in b and cue in b and content in b, ln
        assert kind in KINDS, ln
        rows.append(parts)
    return bodies, rows


def main():
    docs, gold = parse()
    check(docs, gold)
    if "--check-only" not in sys.argv:
        write(docs, gold)
    bodies, rows = verify_files()
    kinds = Counter(r[4] for r in rows)
    print("docs: %d  claims: %d" % (len(bodies), len(rows)))
    for k in KINDS:
        print("  %-9s %d" % (k, kinds[k]))
    print("  pronoun speakers: %d, resolved differs from speaker: %d, unresolved: %d" % (
        sum(r[1].lower() in ("he", "she", "they", "it") for r in rows),
        sum(bool(r[2]) and r[2] != r[1] for r in rows),
        sum(not r[2] for r in rows)))


if __name__ == "__main__":
    main()
