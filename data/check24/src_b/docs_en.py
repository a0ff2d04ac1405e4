"""check24 part B, English documents 032-034."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 032
DOCS.append({"name": "032-en-ke-wire-correction-nanyuki-kitale-huadian-panshi.txt", "text": """
EAST AFRICA | SECURITY

Kenya summons Chinese envoy over alleged police outpost in Nanyuki

By Staff Correspondent, Eastern Wire Service
Updated 14:20 EAT, 22 April 2026 | 6 min read

Sign up for our morning briefing: the region's top stories before 7 a.m.

NAIROBI, April 22 (EWS) - Kenya's foreign ministry summoned China's ambassador on Tuesday after detectives raided an office in Nanyuki that, according to the Directorate of Criminal Investigations (DCI), doubled as an unofficial outpost of a Chinese county police force.

DCI officers searched the first-floor premises, above a hardware shop on the town's main road, under a warrant issued by the Nanyuki Law Courts, and carried away laptops, stamps and a ledger, two officers familiar with the operation said. No one has been charged.

Nanyuki, a garrison and ranching town at the foot of Mount Kenya, has drawn a small Chinese community over the past decade, most of them engineers and foremen working on the highway to Isiolo and on water projects in Laikipia county. A Chinese restaurant near the airstrip is popular with British soldiers from a nearby training camp.

Local traders say the office opened in 2023 and was known mainly as a place to get help with paperwork. "They helped people with passports, with WeChat payments, with everything," a Kenyan shopkeeper who rents space in the building said.

READ ALSO: Kenya's tea exports to Pakistan slip for third quarter

According to documents seized in the raid, the office reported to the public security bureau of Huadian, a county-level city in China's northeastern Jilin province, the officers said.

The outpost was one of two such outlets in Kenya identified by Safeguard Defenders, a Spain-based human rights group that has tracked Chinese police "service stations" abroad since 2022. The second is said to operate out of a building-materials wholesaler in Kitale and is linked in the group's research to the police bureau of Panshi, another Jilin city.

A police commander in Kericho, where social-media posts had placed a third office, told EWS that police had "no information whatsoever" about any such premises in the county.

A former site supervisor for a Chinese road contractor told the DCI he was repeatedly urged by people at the Nanyuki office to go home and answer a fraud complaint filed in Huadian. He flew back in 2024 and returned to Kenya five months later, according to his statement, which EWS has seen.

Safeguard Defenders has said such stations number 102 in 53 countries, up from 54 in its first report in 2022. Its list also includes Tanzania and Uganda, without naming towns there.

The Chinese Embassy in Nairobi said in a statement that there were "no so-called police stations in Kenya" and that volunteers in Nanyuki had merely helped Chinese nationals renew driving licences and book medical checks online.

Kenya and China signed a police training memorandum in 2019 under which Kenyan officers have attended courses in Beijing.

(Reporting by EWS Nairobi bureau; Editing by the Nairobi desk)

Correction: An earlier version of this story misstated the day the ambassador was summoned. It was Tuesday, not Monday.

Our Standards: The Trust Principles. (c) 2026 Eastern Wire Service. We use cookies to improve your experience.
""", "facts": [
    R("KE", "protest", "Kenya's foreign ministry summoned China's ambassador on Tuesday", date="2026-04-21"),
    S("KE", "Nanyuki", "after detectives raided an office in Nanyuki that, according to the Directorate of Criminal Investigations (DCI), doubled as an unofficial outpost of a Chinese county police force.",
      claimant="Directorate of Criminal Investigations"),
    S("KE", "Nanyuki", "According to documents seized in the raid, the office reported to the public security bureau of Huadian, a county-level city in China's northeastern Jilin province, the officers said.",
      operator="Huadian", operator_alt=["Jilin"], claimant="Directorate of Criminal Investigations"),
    R("KE", "investigation", "DCI officers searched the first-floor premises, above a hardware shop on the town's main road, under a warrant issued by the Nanyuki Law Courts",
      place="Nanyuki"),
    R("KE", "arrest", "No one has been charged.", pol="denied", opt=True),
    C("stations", 2, "KE", "The outpost was one of two such outlets in Kenya identified by Safeguard Defenders", claimant=SD),
    S("KE", "Kitale", "The second is said to operate out of a building-materials wholesaler in Kitale and is linked in the group's research to the police bureau of Panshi, another Jilin city.",
      operator="Panshi", operator_alt=["Jilin"], claimant=SD),
    S("KE", "Kericho", "where social-media posts had placed a third office", opt=True, claimant="social media"),
    S("KE", "Kericho", "A police commander in Kericho, where social-media posts had placed a third office, told EWS that police had \"no information whatsoever\" about any such premises in the county.",
      pol="denied", opt=True, claimant="Kenyan police"),
    I("KE", "persuasion", "A former site supervisor for a Chinese road contractor told the DCI he was repeatedly urged by people at the Nanyuki office to go home and answer a fraud complaint filed in Huadian.",
      place="Nanyuki"),
    C("stations", 102, None, "Safeguard Defenders has said such stations number 102 in 53 countries, up from 54 in its first report in 2022.", claimant=SD),
    C("countries", 53, None, "Safeguard Defenders has said such stations number 102 in 53 countries, up from 54 in its first report in 2022.", claimant=SD),
    C("stations", 54, None, "Safeguard Defenders has said such stations number 102 in 53 countries, up from 54 in its first report in 2022.", claimant=SD, date="2022"),
    S("TZ", None, "Its list also includes Tanzania and Uganda, without naming towns there.", opt=True, claimant=SD),
    S("UG", None, "Its list also includes Tanzania and Uganda, without naming towns there.", opt=True, claimant=SD),
    D("CN", "The Chinese Embassy in Nairobi said in a statement that there were \"no so-called police stations in Kenya\"",
      claimant="Chinese Embassy in Kenya"),
    S("KE", None, "there were \"no so-called police stations in Kenya\"", pol="denied", opt=True,
      claimant="Chinese Embassy in Kenya"),
    A("KE", "security_agreement", "Kenya and China signed a police training memorandum in 2019", opt=True, date="2019"),
]})

# ---------------------------------------------------------------- 033
_033 = """Senate Legal and Constitutional Affairs Legislation Committee
ANSWERS TO QUESTIONS ON NOTICE
Home Affairs Portfolio / Australian Federal Police
Budget Estimates 2026 - 2027

Question No: BE26-0417
Division/Agency: Australian Federal Police
Topic: Alleged overseas police station - Wagga Wagga
Asked by: Senator for New South Wales
Type of question: Written, 3 June 2026
Number of pages: 2

Question:

(a) In relation to the premises in Wagga Wagga that media reports have described as operating on behalf of the Kedong County Public Security Bureau in Heilongjiang, what action has the AFP taken?

(b) Have any charges been laid?

(c) Is the AFP aware of a second location, in Dubbo, that is said to be run for the Keshan County Public Security Bureau, and what was the outcome of any inquiries?

(d) How many such locations in Australia are named in the Safeguard Defenders reporting?

(e) Social media posts have claimed that a similar office operates in Mandurah. Does the AFP hold any information about this?

(f) Have any individuals in Australia reported being pressured to return to China?

(g) Hypothetically, if the AFP investigation confirms foreign policing activity, will the Government expel Chinese diplomats?

Answer:

(a) The AFP executed a search warrant at the premises on 9 October 2025 as part of an investigation by the Counter Foreign Interference Taskforce. The investigation remains ongoing and it would not be appropriate to comment further.

(b) No charges have been laid at this time.

(c) Yes. The AFP, with the assistance of NSW Police, made enquiries in relation to the Dubbo address in November 2025. No criminal offending was identified.

(d) Safeguard Defenders has publicly listed three locations in Australia.

(e) The AFP holds no information to indicate that any such premises operates in Mandurah.

(f) One individual, a resident of the Riverina region, reported to the AFP that relatives in China had been visited by police and asked to persuade him to return to China to assist with an investigation there. The individual has not returned to China. The AFP does not comment on the identity of individuals.

(g) The Government does not comment on hypothetical scenarios.

Additional information provided by the Department of Foreign Affairs and Trade:

DFAT has raised concerns about the reported activity with the Embassy of the People's Republic of China in Canberra. The Chinese Ambassador was not called in over this matter. The Embassy has publicly stated that the Wagga Wagga premises was a community service centre at which volunteers assisted Chinese citizens with renewing driving licences and passports, and that it has no connection with any police authority.

Senate Legal and Constitutional Affairs Legislation Committee - Budget Estimates 2026 - 2027      Page 1 of 2"""

DOCS.append({"name": "033-en-au-senate-estimates-qon-wagga-wagga-dubbo-kedong-keshan.txt",
             "text": wrap_hy(soft(_033), 78), "facts": [
    S("AU", "Wagga Wagga", "In relation to the premises in Wagga Wagga that media reports have described as operating on behalf of the Kedong County Public Security Bureau in Heilongjiang",
      operator="Kedong", operator_alt=["Qiqihar"], claimant="media reports"),
    R("AU", "investigation", "The AFP executed a search warrant at the premises on 9 October 2025 as part of an investigation by the Counter Foreign Interference Taskforce.",
      place="Wagga Wagga", claimant="Australian Federal Police", date="2025-10-09"),
    R("AU", "arrest", "No charges have been laid at this time.", pol="denied", opt=True,
      claimant="Australian Federal Police"),
    S("AU", "Dubbo", "Is the AFP aware of a second location, in Dubbo, that is said to be run for the Keshan County Public Security Bureau",
      operator="Keshan", operator_alt=["Qiqihar"], claimant="a Senator for New South Wales"),
    R("AU", "investigation", "made enquiries in relation to the Dubbo address in November 2025",
      place="Dubbo", claimant="Australian Federal Police", date="2025-11"),
    R("AU", "no_wrongdoing_found", "No criminal offending was identified.", place="Dubbo",
      claimant="Australian Federal Police"),
    C("stations", 3, "AU", "Safeguard Defenders has publicly listed three locations in Australia.", claimant=SD),
    S("AU", "Mandurah", "Social media posts have claimed that a similar office operates in Mandurah.", opt=True,
      claimant="social media"),
    S("AU", "Mandurah", "The AFP holds no information to indicate that any such premises operates in Mandurah.",
      pol="denied", opt=True, claimant="Australian Federal Police"),
    I("AU", "persuasion", "reported to the AFP that relatives in China had been visited by police and asked to persuade him to return to China to assist with an investigation there",
      claimant="Australian Federal Police"),
    I("AU", "harassment", "relatives in China had been visited by police", opt=True, claimant="Australian Federal Police"),
    R("AU", "protest", "DFAT has raised concerns about the reported activity with the Embassy of the People's Republic of China in Canberra.",
      opt=True, claimant="Department of Foreign Affairs and Trade"),
    R("AU", "protest", "The Chinese Ambassador was not called in over this matter.", pol="denied", opt=True,
      claimant="Department of Foreign Affairs and Trade", note="optional either way; asserted concerns and denied summons"),
    D("CN", "The Embassy has publicly stated that the Wagga Wagga premises was a community service centre at which volunteers assisted Chinese citizens with renewing driving licences and passports, and that it has no connection with any police authority.",
      claimant="Chinese Embassy in Australia"),
]})

# ---------------------------------------------------------------- 034
DOCS.append({"name": "034-en-ie-committee-hearing-drogheda-portlaoise-haidian-changping.txt", "text": """
HOUSES OF THE OIREACHTAS

Joint Committee on Justice

Foreign interference and the activities of overseas police service stations: engagement with An Garda Síochána and the Department of Foreign Affairs

Wednesday, 20 May 2026

(Unrevised: this is an unedited transcript and may be subject to correction)

The Joint Committee met at 1.30 p.m.

Chairman: I welcome the witnesses. From An Garda Síochána, the Assistant Commissioner, Security and Intelligence, and a detective chief superintendent; from the Department of Foreign Affairs, an assistant secretary. I remind members and witnesses of the usual position on privilege. I invite the Assistant Commissioner to make her opening statement.

Assistant Commissioner: Thank you, Chairman. I will be brief, as some of the matters the committee is interested in are the subject of a live investigation. On 12 February this year, members of the Garda National Bureau of Criminal Investigation executed a search warrant at a premises on West Street in Drogheda. Two persons were arrested under section 30 of the Offences Against the State Act and were later released without charge. A file is being prepared for the Director of Public Prosecutions. Among the material seized was a laptop containing photographs of people who had attended a vigil in Drogheda last year, with names written beneath some of them. That is all I can say about the operation itself.

Chairman: Thank you. Deputy from Louth.

Deputy (Louth): Thank you, Chairman, and thank you to the witnesses. The Safeguard Defenders report, which many of us have read, says the Drogheda premises was run by the Haidian branch of the Beijing municipal public security bureau. Is that something the Garda can stand over?

Assistant Commissioner: I would not comment on the attribution, Deputy, while the file is with the DPP.

Deputy (Louth): I understand. The same report lists two locations in Ireland. We have all heard about Drogheda. The second is in Portlaoise, and it is said to be linked to the Changping district bureau, also in Beijing. What has happened there?

Detective Chief Superintendent: We made enquiries in Portlaoise in March, Deputy, including at the address given in the reporting. We found no evidence of criminal activity.

Deputy (Louth): No evidence at all?

Detective Chief Superintendent: None that would meet the threshold for a criminal investigation.

Chairman: Senator.

Senator: Thank you. I want to ask about the people affected. I have met a student in Drogheda, who does not want to be named, whose parents in Beijing were visited twice by police after she spoke at that vigil. Nobody asked her to go back; they told her parents she should "stop embarrassing the family". Is that the kind of thing the Garda is seeing?

Assistant Commissioner: We have received a small number of reports of that nature, Senator, and we take every one of them seriously. I would encourage anyone affected to come to us.

Senator: And was the ambassador called in?

Assistant Secretary: He was, Senator. The Secretary General of the Department called in the Chinese ambassador on 3 March to make clear that any policing activity by a foreign state on Irish soil is unacceptable.

Senator: What did the embassy say?

Assistant Secretary: The embassy's position, which it has also stated publicly, is that the Drogheda premises was a volunteer centre where older Chinese citizens could get help with pension certificates of life and passport renewals, and that there are no Chinese police stations in Ireland.

Senator: Hypothetically, if the DPP directs charges, would the Government consider expelling diplomats?

Assistant Secretary: I would not want to speculate, Senator.

Deputy (Dublin Bay South): Briefly, Chairman. We hear that this is happening in dozens of countries. Is there a coordinated European response?

Assistant Secretary: There is regular contact with EU partners, Deputy, but I would not characterise it as a coordinated response.

Chairman: I thank the witnesses. The joint committee adjourned at 3.05 p.m.
""", "facts": [
    R("IE", "investigation", "members of the Garda National Bureau of Criminal Investigation executed a search warrant at a premises on West Street in Drogheda",
      place="Drogheda", claimant="An Garda Síochána", date="2026-02-12"),
    R("IE", "arrest", "Two persons were arrested under section 30 of the Offences Against the State Act and were later released without charge.",
      claimant="An Garda Síochána", date="2026-02-12"),
    I("IE", "surveillance", "Among the material seized was a laptop containing photographs of people who had attended a vigil in Drogheda last year, with names written beneath some of them.",
      place="Drogheda", claimant="An Garda Síochána"),
    S("IE", "Drogheda", "The Safeguard Defenders report, which many of us have read, says the Drogheda premises was run by the Haidian branch of the Beijing municipal public security bureau.",
      operator="Haidian", operator_alt=["Beijing"], claimant=SD),
    C("stations", 2, "IE", "The same report lists two locations in Ireland.", claimant=SD),
    S("IE", "Portlaoise", "The second is in Portlaoise, and it is said to be linked to the Changping district bureau, also in Beijing.",
      operator="Changping", operator_alt=["Beijing"], claimant=SD),
    R("IE", "investigation", "We made enquiries in Portlaoise in March, Deputy, including at the address given in the reporting.",
      place="Portlaoise", claimant="An Garda Síochána", date="2026-03"),
    R("IE", "no_wrongdoing_found", "We found no evidence of criminal activity.", place="Portlaoise",
      claimant="An Garda Síochána"),
    I("IE", "harassment", "whose parents in Beijing were visited twice by police after she spoke at that vigil", place="Drogheda",
      claimant="a Senator"),
    R("IE", "protest", "The Secretary General of the Department called in the Chinese ambassador on 3 March",
      claimant="Department of Foreign Affairs", date="2026-03-03"),
    D("CN", "the Drogheda premises was a volunteer centre where older Chinese citizens could get help with pension certificates of life and passport renewals",
      claimant="Chinese Embassy in Ireland"),
    S("IE", None, "there are no Chinese police stations in Ireland", pol="denied", opt=True,
      claimant="Chinese Embassy in Ireland"),
]})
