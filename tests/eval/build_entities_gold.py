#!/usr/bin/python3
"""Source of truth for the hand-annotated entity gold set.

Each document is written once, with inline annotations:

    [[surface text|TYPE]]          or  [[surface text|TYPE|value]]

TYPE letters: P=PERSON O=ORG G=GPE L=LOC N=NORP D=DATE T=TIME M=MONEY
C=PERCENT Q=QUANTITY U=NUMBER.

Running this script writes entities_docs.tsv and entities_gold.tsv next to
it and checks them:
  * every gold `text` is an exact substring of its doc body, occurring at
    least as many times as it is annotated in that doc;
  * doc ids agree between the two files; bodies have no tabs/newlines;
  * numeric values (MONEY/PERCENT/QUANTITY/NUMBER) are derived from the
    surface text and, where given by hand, must agree with it;
  * weekday DATEs are resolved to the most recent such day on or before the
    reference date; absolute DATEs are cross-checked against the text;
  * TIME values are cross-checked against the text.

Usage: /usr/bin/python3 tests/eval/build_entities_gold.py [--check-only]
"""
import calendar
import datetime as dt
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {
    "P": "PERSON", "O": "ORG", "G": "GPE", "L": "LOC", "N": "NORP",
    "D": "DATE", "T": "TIME", "M": "MONEY", "C": "PERCENT",
    "Q": "QUANTITY", "U": "NUMBER",
}

# (reference_date, annotated body)
DOCS = [
# d01 politics, UK
("2024-07-31",
 "Prime Minister [[Keir Starmer|P]] told the [[House of Commons|O]] on [[Tuesday|D]] that [[Britain|G]] would spend an extra [[£1.2 billion|M]] on border security [[next year|D|2025]]. [[Conservative|N]] MPs said the money would pay for only [[about 300 officers|Q]], and the [[Home Office|O]] confirmed on [[31 July 2024|D|2024-07-31]] that the first recruits would start on [[1 September 2024|D|2024-09-01]]."),
# d02 conflict, Iraq
("2024-03-06",
 "A drone strike near [[Erbil|G]] killed [[three members|Q]] of the [[Kurdish|N]] security forces on [[Monday|D]], officials in the [[Kurdistan Region|G]] said. The [[Iraqi|N]] government blamed a militia led by [[Abu Karrar al-Zubaidi|P]] and said [[some 2,500 troops|Q]] had been sent to secure the road to [[Mosul|G]]."),
# d03 economy, US
("2023-11-15",
 "The [[Federal Reserve|O]] held its benchmark rate in a range of [[5.25%|C]] to [[5.5%|C]] on [[November 1, 2023|D|2023-11-01]], and Chair [[Jerome Powell|P]] said inflation, which eased to [[3.2 percent|C]] in [[October|D|2023-10]], was still too high. Traders in [[New York|G]] now expect a cut in [[early 2024|D|2024]]."),
# d04 sport, football
("2024-05-20",
 "[[Manchester City|O]] clinched the [[Premier League|O]] title on [[Sunday|D]] with a win over [[West Ham|O]] at the [[Etihad Stadium|L]], watched by [[about 53,000 fans|Q]]. Midfielder [[Phil Foden|P]], who scored [[two goals|Q]], said the squad would parade through [[Manchester|G]] in an open-top bus."),
# d05 health, Zambia
("2024-02-12",
 "The [[World Health Organization|O]] ([[WHO|O]]) said on [[Friday|D]] that a cholera outbreak in [[Zambia|G]] had killed [[more than 600 people|Q]] since [[October 2023|D|2023-10]]. Health Minister [[Sylvia Masebo|P]] said [[1.7 million doses|Q]] of oral vaccine had arrived in [[Lusaka|G]] [[last month|D|2024-01]]."),
# d06 climate, Greece
("2023-08-25",
 "Firefighters battled a blaze in the [[Dadia Forest|L]] near the [[Evros River|L]] on [[Thursday|D]] as temperatures in northern [[Greece|G]] reached [[41 degrees Celsius|Q]]. The [[European Union|O]] sent [[eight aircraft|Q]] and [[about 400 firefighters|Q]], while [[Greek|N]] police said [[18 bodies|Q]] had been found near [[Alexandroupolis|G]]. Officials warned the fire season could last until [[early September|D|2023-09]]."),
# d07 courts, US
("2024-04-18",
 "A federal judge in [[New York|G]] on [[Wednesday|D]] ordered [[Apex Lending Corp.|O]] to pay [[$4.5 billion|M]] to settle claims that it misled investors between [[2019|D|2019]] and [[2021|D|2021]]. Judge [[Amalia Ferreira|P]] gave the company until [[June 30, 2024|D|2024-06-30]] to pay, and the [[Securities and Exchange Commission|O]] ([[SEC|O]]) said [[about 40,000 investors|Q]] would receive compensation."),
# d08 business, Germany
("2024-10-29",
 "[[Volkswagen|O]] plans to close [[at least three plants|Q]] in [[Germany|G]] and cut pay by [[10%|C]], the works council said on [[Monday|D]]. The [[IG Metall|O]] union, which represents [[about 120,000 workers|Q]] at the carmaker, warned of strikes from [[early December|D|2024-12]]. Quarterly operating profit fell [[42 percent|C]] to [[2.9 billion euros|M]]."),
# d09 science, space
("2024-09-10",
 "Scientists at the [[European Space Agency|O]] ([[ESA|O]]) said its outer-planet probe completed a gravity-assist flyby in [[August|D|2024-08]], passing within [[700 km|Q]] of the lunar surface. The craft, launched from [[French Guiana|G]] on [[2023-04-14|D|2023-04-14]], saved [[about 100 kg|Q]] of fuel, flight operations director [[Ignacio Tanco|P]] said."),
# d10 conflict, Ukraine
("2023-06-15",
 "[[Russian|N]] missiles struck the [[Black Sea|L]] port of [[Odesa|G]] overnight, killing [[three people|Q]] and wounding [[13|U]], [[Ukraine|G]]'s southern military command said on [[Wednesday|D]]. Regional governor [[Oleh Kiper|P]] said a warehouse belonging to a food company was destroyed."),
# d11 economy, China
("2024-01-25",
 "[[China|G]]'s economy grew [[5.2%|C]] in [[2023|D|2023]], the [[National Bureau of Statistics|O]] said, but youth unemployment stood at [[14.9 percent|C]] in [[December|D|2023-12]]. Premier [[Li Qiang|P]] told the [[World Economic Forum|O]] in [[Davos|G]] on [[January 16|D|2024-01-16]] that [[Beijing|G]] had met its target without 'massive stimulus'."),
# d12 politics, US
("2024-11-07",
 "[[Republicans|N]] won control of the [[Senate|O]] after flipping seats in [[West Virginia|G]], [[Ohio|G]] and [[Montana|G]]. Results published at [[9:14 a.m.|T|09:14]] on [[Wednesday|D]] gave the party [[at least 52 seats|Q]], while [[Democrats|N]] said [[four races|Q]] were still too close to call."),
# d13 diplomacy, Gulf
("2024-06-03",
 "[[Saudi|N]] Foreign Minister Prince [[Faisal bin Farhan|P]] met his [[Qatari|N]] counterpart, Sheikh [[Mohammed bin Abdulrahman Al Thani|P]], in [[Jeddah|G]] on [[Sunday|D]], the [[Saudi Press Agency|O]] ([[SPA|O]]) reported. The [[two ministers|Q]] discussed the war in [[Gaza|G]] and attacks on shipping in the [[Red Sea|L]]."),
# d14 conflict, Sudan
("2024-08-19",
 "Fighting between the [[Sudanese|N]] army and the [[Rapid Support Forces|O]] ([[RSF|O]]) has displaced [[more than 10 million people|Q]] since [[April 2023|D|2023-04]], the [[International Organization for Migration|O]] said. [[RSF|O]] commander [[Mohamed Hamdan Dagalo|P]] sent a delegation to talks in [[Geneva|G]], but army chief [[Abdel Fattah al-Burhan|P]] stayed away."),
# d15 business, China/US
("2025-01-15",
 "[[Chinese|N]] drone maker [[DJI|O]] said on [[Tuesday|D]] it had asked a court in [[Washington|G]] [[last month|D|2024-12]] to remove it from a [[Pentagon|O]] list of companies linked to the [[People's Liberation Army|O]]. Spokesperson [[Zhang Xiaonan|P]] said the company, based in [[Shenzhen|G]], employs [[about 14,000 people|Q]] and sells drones in [[more than 100 countries|Q]]."),
# d16 security, Nigeria
("2024-03-22",
 "Gunmen abducted [[more than 280 pupils|Q]] from a school in [[Kuriga|G]], in [[Nigeria|G]]'s [[Kaduna State|G]], on [[the 7th of March|D|2024-03-07]]. President [[Bola Tinubu|P]] has ordered the [[Nigerian|N]] army to rescue them, and the [[United Nations Children's Fund|O]] ([[UNICEF|O]]) said [[about 1,700 children|Q]] had been kidnapped in the country since [[2014|D|2014]]."),
# d17 conflict, Syria
("2024-12-10",
 "Rebels led by [[Hayat Tahrir al-Sham|O]] ([[HTS|O]]) entered [[Damascus|G]] early on [[Sunday|D]], ending the rule of [[Bashar al-Assad|P]], who fled to [[Moscow|G]]. [[HTS|O]] leader [[Ahmed al-Sharaa|P]], better known as [[Abu Mohammed al-Jolani|P]], later prayed at the [[Umayyad Mosque|L]]."),
# d18 business, tech
("2023-10-20",
 "[[Microsoft|O]] completed its [[$69 billion|M]] purchase of [[Activision Blizzard|O]] on [[October 13, 2023|D|2023-10-13]] after [[Britain|G]]'s [[Competition and Markets Authority|O]] ([[CMA|O]]) approved a revised deal. Under the new terms, cloud streaming rights outside [[Europe|L]] were sold to [[Ubisoft|O]]."),
# d19 business, Japan
("2024-05-09",
 "[[Toyota|O]] reported a record annual operating profit of [[5.35 trillion yen|M]], becoming the only [[Japanese|N]] company ever to top [[5 trillion yen|M]]. The carmaker, based in [[Toyota City|G]] in [[Aichi|G]] prefecture, said on [[Wednesday|D]] it expects a [[20%|C]] drop in profit as it raises wages and spending."),
# d20 sport, cricket
("2024-04-08",
 "[[Chennai Super Kings|O]] beat [[Kolkata Knight Riders|O]] by [[seven wickets|Q]] in [[Chennai|G]] on [[Monday|D]], with captain [[Ruturaj Gaikwad|P]] scoring an unbeaten [[67|U]]. Spinner [[Ravindra Jadeja|P]] took [[three wickets|Q]] as the visitors were held to [[137 runs|Q]]."),
# d21 climate, diplomacy
("2024-09-25",
 "Delegates from [[nearly 200 countries|Q]] will meet in [[Baku|G]], [[Azerbaijan|G]], in [[November|D|2024-11]] for the [[United Nations|O]] climate summit, where they must agree a new finance goal to replace the [[$100 billion|M]] pledged in [[2009|D|2009]]. Global emissions rose [[1.1%|C]] [[last year|D|2023]], according to the [[International Energy Agency|O]] ([[IEA|O]])."),
# d22 courts, Pakistan
("2024-05-14",
 "[[Pakistan|G]]'s [[Supreme Court|O]] in [[Islamabad|G]] on [[Monday|D]] granted bail to opposition politician [[Tariq Mehmood Qureshi|P]], who has been held in [[Adiala Jail|L]] since [[August 2023|D|2023-08]]. His party, [[Pakistan Tehreek-e-Insaf|O]] ([[PTI|O]]), said [[more than 100 supporters|Q]] were still in custody in [[Rawalpindi|G]]."),
# d23 politics, Kenya
("2024-07-05",
 "Police in [[Nairobi|G]] fired tear gas at protesters on [[Tuesday|D]], and the [[Kenya National Commission on Human Rights|O]] said [[at least 39 people|Q]] had been killed since [[June 18|D|2024-06-18]]. President [[William Ruto|P]] withdrew a finance bill that aimed to raise [[346 billion shillings|M]] ([[$2.7 billion|M]]) in new taxes."),
# d24 courts, Russia
("2023-12-14",
 "A court in [[Moscow|G]] on [[Wednesday|D]] convicted [[Yevgeny Karpov|P]], a former manager at [[Gazprom|O]] who had been under house arrest since [[December 2021|D|2021-12]], of embezzling [[850 million roubles|M]], the [[Interfax|O]] news agency reported. His lawyer, [[Marina Vasilyeva|P]], said they would appeal to the [[Supreme Court|O]] [[next month|D|2024-01]]."),
# d25 conflict, Lebanon
("2024-10-30",
 "[[Israeli|N]] strikes in the [[Bekaa Valley|L]] killed [[at least 60 people|Q]] on [[Monday|D]], the [[Lebanese|N]] health ministry said. [[Hezbollah|O]] said it fired [[about 50 rockets|Q]] at [[Haifa|G]] and the [[Golan Heights|L]]."),
# d26 economy, India
("2024-06-21",
 "The [[Reserve Bank of India|O]] ([[RBI|O]]) kept its repo rate at [[6.5%|C]] on [[June 7|D|2024-06-07]], and Governor [[Shaktikanta Das|P]] raised the growth forecast to [[7.2 percent|C]] while expecting inflation to average [[4.5%|C]]. The decision in [[Mumbai|G]] was backed by [[four|U]] of the [[six members|Q]] of the monetary policy committee, and the [[RBI|O]] expects inflation to reach its [[4%|C]] target [[next year|D|2025]]."),
# d27 migration, Afghanistan
("2024-01-08",
 "The [[Taliban|O]] administration said on [[Sunday|D]] that [[about 500,000 people|Q]] had returned to [[Afghanistan|G]] from [[Pakistan|G]] since [[early November|D|2023-11]], most of them through the [[Torkham crossing|L]]. The [[United Nations High Commissioner for Refugees|O]] ([[UNHCR|O]]) appealed for [[$54 million|M]] to help them."),
# d28 sport, Olympics
("2024-08-12",
 "The [[United States|G]] topped the medal table in [[Paris|G]] with [[40 gold medals|Q]], level with [[China|G]], as the Olympics closed on [[Sunday|D]] at the [[Stade de France|L]] in front of [[about 71,000 spectators|Q]]. [[French|N]] swimmer [[Léon Marchand|P]] won [[four golds|Q]], and [[Kenyan|N]] runner [[Beatrice Chebet|P]] took [[two|U]]."),
# d29 politics, Gabon
("2023-08-30",
 "Army officers in [[Gabon|G]] seized power on [[Wednesday|D]], hours after President [[Ali Bongo Ondimba|P]] was declared the winner of [[Saturday|D]]'s election with [[64.27%|C]] of the vote. Appearing on the [[Gabon 24|O]] television channel, the officers said they had placed him under house arrest in [[Libreville|G]]."),
# d30 diplomacy, Brazil
("2024-11-20",
 "Leaders of the [[Group of 20|O]] ([[G20|O]]) major economies met in [[Rio de Janeiro|G]] on [[Monday|D]], where [[Brazilian|N]] President [[Luiz Inácio Lula da Silva|P]] launched a global alliance against hunger backed by [[more than 80 countries|Q]]. [[Argentina|G]]'s [[Javier Milei|P]] signed the final declaration despite objections."),
# d31 climate/disaster, Chile
("2024-02-05",
 "Wildfires around [[Viña del Mar|G]] in central [[Chile|G]] have killed [[at least 122 people|Q]], and President [[Gabriel Boric|P]] said on [[Sunday|D]] the toll would rise. Officials in the [[Valparaíso|G]] region said [[about 1,600 homes|Q]] had been destroyed."),
# d32 health, US
("2024-09-16",
 "The [[Centers for Disease Control and Prevention|O]] ([[CDC|O]]) has confirmed [[14 human cases|Q]] of H5N1 bird flu in the [[United States|G]] [[this year|D|2024]], most of them among farm workers in [[Colorado|G]] and [[Michigan|G]]. Separately, [[Moderna|O]] received [[$176 million|M]] from the [[Department of Health and Human Services|O]] on [[July 2, 2024|D|2024-07-02]] to develop a vaccine."),
# d33 politics, South Africa
("2024-05-30",
 "[[South Africans|N]] voted on [[Wednesday|D]] in an election that polls suggest could see the [[African National Congress|O]] ([[ANC|O]]) fall below [[50%|C]] for the first time since [[1994|D|1994]]. The [[Democratic Alliance|O]] and the [[uMkhonto we Sizwe|O]] party, led by former president [[Jacob Zuma|P]], are competing for [[27.7 million voters|Q]], with the biggest contest in [[KwaZulu-Natal|G]]."),
# d34 politics, Europe
("2024-06-10",
 "Far-right parties gained ground in [[European Parliament|O]] elections that ended on [[Sunday|D]], with [[France|G]]'s [[National Rally|O]] winning [[31.4%|C]] of the vote. President [[Emmanuel Macron|P]] responded by dissolving the [[National Assembly|O]] and calling a snap election for [[30 June|D|2024-06-30]]."),
# d35 economy, Canada
("2024-03-05",
 "The [[Bank of Canada|O]] is expected to hold its key rate at [[5%|C]] when it meets on [[2024-03-06|D|2024-03-06]], according to [[31|U]] of [[32 economists|Q]] polled by [[Reuters|O]]. [[Canadian|N]] inflation slowed to [[2.9 percent|C]] in [[January|D|2024-01]], [[Statistics Canada|O]] said."),
# d36 science, space
("2024-10-15",
 "[[SpaceX|O]] caught the returning booster of its Starship rocket with giant mechanical arms at its [[Starbase|L]] site in [[Texas|G]] on [[Sunday|D]]. The booster stands [[71 metres|Q]] tall, and founder [[Elon Musk|P]] said the [[Federal Aviation Administration|O]] ([[FAA|O]]) had approved the test on [[Saturday|D]]."),
# d37 politics, Ecuador
("2024-04-26",
 "Voters in [[Ecuador|G]] backed [[nine|U]] of the [[11 security measures|Q]] proposed by President [[Daniel Noboa|P]] in a referendum on [[Sunday|D]], the [[National Electoral Council|O]] said in [[Quito|G]]. Support for allowing the military to patrol alongside police was about [[73 percent|C]]."),
# d38 business, tech outage
("2024-07-22",
 "A faulty update from cybersecurity firm [[CrowdStrike|O]], pushed at [[04:09 UTC|T|04:09]] on [[Friday|D]], crashed [[about 8.5 million computers|Q]] running [[Microsoft|O]]'s Windows software and grounded flights from [[Sydney|G]] to [[Amsterdam|G]]. [[Delta Air Lines|O]] cancelled [[more than 3,500 flights|Q]] by [[Monday|D]], and [[CrowdStrike|O]] shares fell [[11%|C]]."),
# d39 disaster, Libya
("2023-09-14",
 "Floodwaters that burst [[two dams|Q]] above the eastern [[Libyan|N]] city of [[Derna|G]] have killed [[more than 5,000 people|Q]], officials said on [[Wednesday|D]]. [[Osama Hamad|P]], prime minister of the administration based in [[Benghazi|G]], said [[10,000 people|Q]] were missing, and the [[International Committee of the Red Cross|O]] ([[ICRC|O]]) sent [[6,000 body bags|Q]]."),
# d40 business, Gulf/Spain
("2024-02-19",
 "[[Emirati|N]] state investor [[Mubadala|O]] agreed to buy a [[49%|C]] stake in a [[Spanish|N]] solar developer for [[€300 million|M]], the fund's energy chief, [[Abdullah ibn Hamad al-Mansouri|P]], said in [[Abu Dhabi|G]] on [[Monday|D]]. The developer operates [[1.2 gigawatts|Q]] of plants in [[Andalusia|G]] and [[Portugal|G]]."),
# d41 courts, Hong Kong
("2024-01-30",
 "A [[Hong Kong|G]] court ordered the liquidation of [[China Evergrande Group|O]] on [[Monday|D]]. Judge [[Linda Chan|P]] said the developer, which has liabilities of more than [[$300 billion|M]], had failed to present a workable restructuring plan. Founder [[Hui Ka Yan|P]] has been held by police since [[September|D|2023-09]]."),
# d42 sport, football transfer
("2024-08-28",
 "[[Chelsea|O]] re-signed [[Portuguese|N]] forward [[João Félix|P]] from [[Atlético Madrid|O]] for a fee of about [[€52 million|M]] on [[August 21, 2024|D|2024-08-21]]. [[Félix|P]], who scored [[four goals|Q]] in [[20 appearances|Q]] during a loan spell at [[Stamford Bridge|L]], signed a contract until [[2030|D|2030]]."),
# d43 politics, South Korea
("2024-12-04",
 "President [[Yoon Suk Yeol|P]] declared martial law at [[10:23 p.m.|T|22:23]] on [[Tuesday|D]], but [[190 lawmakers|Q]] forced their way into the [[National Assembly|O]] in [[Seoul|G]] and voted unanimously to lift it. The decree was formally lifted at [[4:30 a.m.|T|04:30]] on [[Wednesday|D]], and the opposition [[Democratic Party|O]] said it would seek his impeachment."),
# d44 politics, Russia
("2024-02-20",
 "[[Alexei Navalny|P]], [[Russia|G]]'s most prominent opposition politician, died in an [[Arctic|L]] penal colony on [[Friday|D]], the prison service said. His widow, [[Yulia Navalnaya|P]], addressed [[European Union|O]] foreign ministers in [[Brussels|G]] on [[Monday|D]], and the [[Kremlin|O]] rejected accusations that it was responsible."),
# d45 royals, UK
("2023-05-08",
 "King [[Charles III|P]] was crowned at [[Westminster Abbey|L]] on [[Saturday|D]] in front of [[about 2,200 guests|Q]], while the [[Metropolitan Police|O]] deployed [[some 11,500 officers|Q]] across [[London|G]]. Anti-monarchy group [[Republic|O]] said [[six|U]] of its members were arrested, and the [[Royal Mint|O]] had released a commemorative coin on [[the 3rd of May|D|2023-05-03]]."),
# d46 conflict, Lebanon
("2024-09-30",
 "[[Hezbollah|O]] confirmed on [[Saturday|D]] that its leader, [[Hassan Nasrallah|P]], was killed in an [[Israeli|N]] air strike on the southern suburbs of [[Beirut|G]] on [[Friday|D]]. [[Iran|G]]'s supreme leader, Ayatollah [[Ali Khamenei|P]], declared public mourning, and the [[Israel Defense Forces|O]] ([[IDF|O]]) said the strike also killed commander [[Ali Karaki|P]]."),
# d47 disaster, Taiwan
("2024-04-03",
 "A magnitude [[7.4|U]] earthquake struck [[Taiwan|G]] at [[7:58 a.m.|T|07:58]] on [[Wednesday|D]], killing [[at least nine people|Q]] in [[Hualien|G]] county. The [[Central Weather Administration|O]] said it was the strongest quake since [[1999|D|1999]], and [[more than 200 aftershocks|Q]] followed."),
# d48 climate, COP29
("2024-11-25",
 "Negotiators in [[Baku|G]] agreed early on [[Sunday|D]] that rich countries would provide [[$300 billion|M]] annually in climate finance by [[2035|D|2035]], far below the [[$1.3 trillion|M]] sought by developing nations. [[India|G]]'s delegate, [[Chandni Raina|P]], called the sum 'paltry'."),
# d49 politics, Russia
("2024-03-18",
 "[[Vladimir Putin|P]] won [[87.28%|C]] of the vote in [[Russia|G]]'s presidential election, the [[Central Election Commission|O]] said on [[Monday|D]], with turnout of [[77.44 percent|C]]. Voting also took place in [[Crimea|G]] and in [[four regions|Q]] of [[Ukraine|G]] that [[Moscow|G]] claims to have annexed, and the [[Organization for Security and Co-operation in Europe|O]] ([[OSCE|O]]) was not invited to observe it."),
# d50 courts, Assange
("2024-06-25",
 "[[WikiLeaks|O]] founder [[Julian Assange|P]] left [[Belmarsh prison|L]] in [[London|G]] on [[Monday|D]] after agreeing a plea deal with the [[U.S.|G]] [[Justice Department|O]]. He is due to appear in court in [[Saipan|G]], in the [[Northern Mariana Islands|G]], on [[June 26|D|2024-06-26]] before flying home to [[Australia|G]]."),
# d51 economy, Argentina
("2024-10-11",
 "[[Argentina|G]]'s monthly inflation slowed to [[3.5%|C]] in [[September|D|2024-09]], the [[INDEC|O]] statistics agency said on [[Thursday|D]], bringing the annual rate down to [[209 percent|C]]. President [[Javier Milei|P]] told supporters in [[Buenos Aires|G]] that his government had cut spending by [[30%|C]] since [[December 2023|D|2023-12]]."),
# d52 politics, Taiwan
("2024-01-15",
 "[[Lai Ching-te|P]] of the [[Democratic Progressive Party|O]] ([[DPP|O]]) won [[Taiwan|G]]'s presidential election on [[Saturday|D]] with [[40%|C]] of the vote, defeating [[Kuomintang|O]] candidate [[Hou Yu-ih|P]], who took [[33.5%|C]]. [[Beijing|G]] said the result would not change the fact that [[Taiwan|G]] is part of [[China|G]]."),
# d53 politics, DR Congo
("2023-12-21",
 "[[Congolese|N]] voters went to the polls on [[Wednesday|D]] as President [[Félix Tshisekedi|P]] sought re-election, but many polling stations in [[Kinshasa|G]] opened late. The [[Independent National Electoral Commission|O]] ([[CENI|O]]), led by [[Denis Kadima|P]], said [[44 million voters|Q]] were registered in the [[Democratic Republic of Congo|G]]."),
# d54 politics/security, US
("2024-07-15",
 "Former President [[Donald Trump|P]] was shot in the ear at a rally near [[Butler|G]], [[Pennsylvania|G]], at about [[6:11 p.m.|T|18:11]] on [[Saturday|D]]. The [[Secret Service|O]] said a sniper killed the gunman, [[Thomas Matthew Crooks|P]], and the [[FBI|O]] said [[one spectator|Q]] died and [[two men|Q]] were critically injured."),
# d55 politics, Bangladesh
("2024-08-06",
 "Prime Minister [[Sheikh Hasina|P]] resigned and fled [[Bangladesh|G]] for [[India|G]] on [[Monday|D]] after protests in which [[about 300 people|Q]] were killed. Army chief Gen. [[Waker-Uz-Zaman|P]] said an interim government would be formed, and student leaders asked Nobel laureate [[Muhammad Yunus|P]] to lead it from [[Dhaka|G]]."),
# d56 politics, Iran
("2024-05-22",
 "[[Iranian|N]] President [[Ebrahim Raisi|P]] and Foreign Minister [[Hossein Amir-Abdollahian|P]] were killed when their helicopter crashed in fog in [[East Azerbaijan|G]] province on [[Sunday|D]]. Vice President [[Mohammad Mokhber|P]] became acting president, and an election was set for [[June 28|D|2024-06-28]]. Mourners filled the streets of [[Tabriz|G]] and [[Tehran|G]] on [[Tuesday|D]]."),
# d57 security, Sahel
("2024-04-30",
 "[[Niger|G]]'s military government has asked the [[United States|G]] to withdraw [[about 1,000 troops|Q]] from [[Air Base 201|L]] near [[Agadez|G]], a [[$110 million|M]] drone facility central to counterterrorism operations in the [[Sahel|L]]. [[Russian|N]] military instructors arrived in [[Niamey|G]] [[earlier this month|D|2024-04]]."),
# d58 sport, tennis
("2024-01-29",
 "[[Jannik Sinner|P]] beat [[Daniil Medvedev|P]] in [[Melbourne|G]] on [[Sunday|D]] to win the Australian Open, coming back from [[two sets|Q]] down. The [[Italian|N]] earned [[3.15 million Australian dollars|M]] in prize money."),
# d59 politics, India
("2024-06-05",
 "Prime Minister [[Narendra Modi|P]]'s [[Bharatiya Janata Party|O]] ([[BJP|O]]) won [[240 seats|Q]], short of the [[272|U]] needed for a majority, the [[Election Commission of India|O]] said on [[Tuesday|D]]. The [[Samajwadi Party|O]] took [[37 seats|Q]] in [[Uttar Pradesh|G]], and [[642 million people|Q]] voted across [[India|G]]."),
# d60 politics, Indonesia
("2024-02-15",
 "Defence Minister [[Prabowo Subianto|P]] claimed victory in [[Indonesia|G]]'s presidential election after unofficial counts on [[Wednesday|D]] gave him about [[58%|C]] of the vote. Rival [[Anies Baswedan|P]] urged supporters in [[Jakarta|G]] to wait for the official result from the [[General Elections Commission|O]] ([[KPU|O]]), due by [[March 20|D|2024-03-20]]. If confirmed, [[Prabowo|P]] will be sworn in on [[the 20th of October|D|2024-10-20]]."),
]

# ---------------------------------------------------------------- helpers
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z])(?:\|([^\[\]|]*))?\]\]")

WORDNUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "twenty": 20, "hundred": 100,
}
SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9,
         "trillion": 10**12, "bn": 10**9, "m": 10**6}
APPROX = re.compile(r"^(?:some|about|around|nearly|almost|roughly|"
                    r"more than|at least|over|up to|fewer than|less than)\s+",
                    re.I)
WEEKDAYS = [d.lower() for d in calendar.day_name]  # monday .. sunday
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def fmt_num(d):
    d = d.normalize()
    if d == d.to_integral_value():
        return str(int(d))
    return format(d, "f")


def numeric_value(text):
    """Plain-number value of a MONEY/PERCENT/QUANTITY/NUMBER surface text."""
    t = APPROX.sub("", text.strip())
    t = re.sub(r"^(?:US\$|[$€£¥])", "", t)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)", t)
    if m:
        num = Decimal(m.group(1).replace(",", ""))
        rest = t[m.end():]
    else:
        w = re.match(r"([A-Za-z]+)", t)
        if not w or w.group(1).lower() not in WORDNUM:
            raise ValueError("no number in %r" % text)
        num = Decimal(WORDNUM[w.group(1).lower()])
        rest = t[w.end():]
    s = re.match(r"\s*(thousand|million|billion|trillion|bn|m)\b", rest)
    if s:
        num *= SCALE[s.group(1)]
    return fmt_num(num)


def weekday_value(text, ref):
    wd = WEEKDAYS.index(text.lower())
    delta = (ref.weekday() - wd) % 7
    return (ref - dt.timedelta(days=delta)).isoformat()


def check_date(text, value, ref):
    """Cross-check a hand-written DATE value against its surface text."""
    t = text.lower()
    if t in WEEKDAYS:
        return
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text)
    if m:
        assert value == text, (text, value)
        return
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        assert value == text, (text, value)
        return
    # "November 1, 2023" / "31 July 2024" / "1 September 2024"
    m = (re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", t)
         or re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", t))
    if m:
        g = m.groups()
        mon, day = (g[0], g[1]) if g[0].isalpha() else (g[1], g[0])
        want = dt.date(int(g[2]), MONTHS[mon], int(day)).isoformat()
        assert value == want, (text, value, want)
        return
    # "June 26" / "30 June" / "the 7th of March": year of reference date
    m = (re.fullmatch(r"([a-z]+) (\d{1,2})", t)
         or re.fullmatch(r"(\d{1,2}) ([a-z]+)", t)
         or re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th) of ([a-z]+)", t))
    if m:
        g = m.groups()
        mon, day = (g[0], g[1]) if g[0].isalpha() else (g[1], g[0])
        want = dt.date(ref.year, MONTHS[mon], int(day)).isoformat()
        assert value == want, (text, value, want)
        return
    m = re.fullmatch(r"(?:early |late |mid-)?([a-z]+) (\d{4})", t)
    if m and m.group(1) in MONTHS:
        want = "%s-%02d" % (m.group(2), MONTHS[m.group(1)])
        assert value == want, (text, value, want)
        return
    m = re.fullmatch(r"early (\d{4})", t)
    if m:
        assert value == m.group(1), (text, value)
        return
    if t in ("next year", "last year", "this year"):
        off = {"next year": 1, "last year": -1, "this year": 0}[t]
        assert value == str(ref.year + off), (text, value)
        return
    if t in ("last month", "next month", "earlier this month"):
        off = {"last month": -1, "next month": 1, "earlier this month": 0}[t]
        y, mo = ref.year, ref.month + off
        if mo == 0:
            y, mo = y - 1, 12
        if mo == 13:
            y, mo = y + 1, 1
        assert value == "%d-%02d" % (y, mo), (text, value)
        return
    m = re.fullmatch(r"(?:early |late |mid-)?([a-z]+)", t)
    if m and m.group(1) in MONTHS:
        # bare month: must be YYYY-MM with that month, within a year of ref
        assert re.fullmatch(r"\d{4}-%02d" % MONTHS[m.group(1)], value), (text, value)
        vy, vm = map(int, value.split("-"))
        diff = (vy * 12 + vm) - (ref.year * 12 + ref.month)
        assert -12 < diff < 12, (text, value, ref)
        return
    raise AssertionError("unchecked DATE form %r" % text)


def check_time(text, value):
    m = re.match(r"(\d{1,2}):(\d\d)\s*(a\.m\.|p\.m\.)?", text)
    assert m, text
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3) == "p.m." and h != 12:
        h += 12
    if m.group(3) == "a.m." and h == 12:
        h = 0
    assert value == "%02d:%02d" % (h, mi), (text, value)


def build():
    docs, gold = [], []
    for i, (ref_s, marked) in enumerate(DOCS, 1):
        doc = "d%02d" % i
        ref = dt.date.fromisoformat(ref_s)
        body = MARK.sub(lambda m: m.group(1), marked)
        assert "[[" not in body and "]]" not in body, (doc, body)
        assert "\t" not in body and "\n" not in body, doc
        for m in MARK.finditer(marked):
            text, letter, value = m.group(1), m.group(2), m.group(3)
            typ = TYPES[letter]
            value = value if value is not None else ""
            if typ == "DATE":
                if text.lower() in WEEKDAYS:
                    auto = weekday_value(text, ref)
                    assert value in ("", auto), (doc, text, value, auto)
                    value = auto
                assert value, (doc, text, "DATE needs a value")
                check_date(text, value, ref)
            elif typ == "TIME":
                check_time(text, value)
            elif typ in ("MONEY", "PERCENT", "QUANTITY", "NUMBER"):
                auto = numeric_value(text)
                assert value in ("", auto), (doc, text, value, auto)
                value = auto
            else:
                assert value == "", (doc, text, value)
            gold.append((doc, text, typ, value))
        docs.append((doc, ref_s, body))
    return docs, gold


def write(docs, gold):
    with open(os.path.join(HERE, "entities_docs.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("doc\treference_date\tbody\n")
        for row in docs:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(HERE, "entities_gold.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("doc\ttext\ttype\tvalue\n")
        for row in gold:
            f.write("\t".join(row) + "\n")


def verify_files():
    """Independent re-read of the written TSVs."""
    from collections import Counter
    with open(os.path.join(HERE, "entities_docs.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "doc\treference_date\tbody", lines[0]
    assert lines[-1] == ""
    bodies = {}
    for ln in lines[1:-1]:
        parts = ln.split("\t")
        assert len(parts) == 3, ln
        doc, ref, body = parts
        assert doc not in bodies, doc
        dt.date.fromisoformat(ref)
        assert body and body == body.strip(), doc
        bodies[doc] = body
    with open(os.path.join(HERE, "entities_gold.tsv"), encoding="utf-8") as f:
        glines = f.read().split("\n")
    assert glines[0] == "doc\ttext\ttype\tvalue", glines[0]
    assert glines[-1] == ""
    per_doc = Counter()
    seen_docs = set()
    for ln in glines[1:-1]:
        parts = ln.split("\t")
        assert len(parts) == 4, ln
        doc, text, typ, value = parts
        assert doc in bodies, ("unknown doc id", doc)
        assert typ in TYPES.values(), typ
        assert text and text in bodies[doc], ("not a substring", doc, text)
        per_doc[(doc, text)] += 1
        seen_docs.add(doc)
    for (doc, text), n in per_doc.items():
        occ = bodies[doc].count(text)
        assert occ >= n, ("annotated %d times but occurs %d" % (n, occ), doc, text)
    missing = set(bodies) - seen_docs
    assert not missing, ("docs without annotations", missing)
    return bodies, glines[1:-1]


def main():
    from collections import Counter
    if "--check-only" not in sys.argv:
        docs, gold = build()
        write(docs, gold)
    bodies, rows = verify_files()
    types = Counter(r.split("\t")[2] for r in rows)
    print("docs: %d  mentions: %d" % (len(bodies), len(rows)))
    for t in TYPES.values():
        print("  %-9s %d" % (t, types[t]))


if __name__ == "__main__":
    main()
