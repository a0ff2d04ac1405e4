"""check17 part A: documents 012-013 (English). Held-out material: contains gold."""
from h import S, C, R, I, A, D, wrap_en

DOCS = []

# ---------------------------------------------------------------- 012
H12 = "LONG ARM, SHORT SHADOW: TRANSNATIONAL POLICING IN THE GULF AND INDIAN OCEAN\nHarbour Rights Collective | Research Paper No. 9 | April 2026"
P12a = """3. Country findings

3.1 Overview
Between May 2025 and January 2026 we documented three sites in the region that present themselves as service points for Chinese nationals and that, on the evidence set out below, report to public security bureaus in Jiangsu and Zhejiang.[14] Each is in a different country. We also received information about a possible fourth site in Dammam, which we could not verify and have not included in Table 3."""
TAB12 = """Table 3. Sites documented, 2025-2026
+--------------+---------+--------------------------------+-------+------------------+
| Country      | City    | Linked bureau                  | Since | Cover            |
+--------------+---------+--------------------------------+-------+------------------+
| Saudi Arabia | Riyadh  | Xinbei District PSB, Changzhou | 2020  | logistics firm   |
| Sri Lanka    | Kandy   | Huaiyin District PSB, Huai'an  | 2022  | tea-export office|
| Oman         | Salalah | Jindong District PSB, Jinhua   | 2021  | guesthouse       |
+--------------+---------+--------------------------------+-------+------------------+
Source: HRC field research; interviews."""
P12b = """3.2 Sri Lanka
The Kandy office occupies two rooms above a tea-export business. Two former employees told us that its principal task was "keeping in touch" with workers from Huai'an employed on infrastructure projects in the Central Province. In one case documented by us, a site engineer who had criticised his employer online was called to the office three times and told that his wife in Huai'an would lose her job unless he went home; he returned to China in August 2025.[15] Sri Lanka's Criminal Investigation Department opened an inquiry in November 2025 after our findings were shared with it. As of this writing it has reported no conclusions.

3.3 Oman
The site in Salalah operates from a guesthouse near the port. We found no evidence of returns organised through it. The Royal Oman Police told us it had "no information" about the premises and has not opened an investigation.

3.4 Saudi Arabia
We did not approach the Saudi authorities. China and Saudi Arabia signed a memorandum on security cooperation in 2019 which provides, among other things, for exchanges between police units;[16] we found no sign that the Riyadh site is connected with it.

Chinese authorities did not answer our letters. In earlier public statements, China's Ministry of Foreign Affairs has described such sites as volunteer-run help desks for the renewal of driving licences, denying that they carry out any police work."""
F12 = """[14] Criteria for inclusion are set out in Annex A.
[15] Interview, Colombo, 9 September 2025.
[16] The text is not public; it is referred to in a joint statement of December 2022.

Harbour Rights Collective -- Research Paper No. 9                      Page 11 of 40"""

def _hyph(t):
    # a PDF text layer: two words broken at the end of a line with a hyphen
    for w, a, b in (("Investigation", "Investi", "gation"), ("memorandum", "memo", "randum")):
        i = t.find(w)
        if i >= 0:
            rest = t[i + len(w):]
            if rest.startswith("\n"):  # keep the tail on the next line with what follows
                rest = " " + rest[1:]
            head = t[:i]
            if head.endswith("\n"):  # the word opened a line: its first part joins the line before
                head = head[:-1] + " "
            t = head + a + "-\n" + b + rest
    return t

T012 = "\n".join([H12, "11", "", _hyph(wrap_en(P12a, 74)), "", TAB12, "", _hyph(wrap_en(P12b, 74)), "", F12])
HRC = "Harbour Rights Collective"
DOCS.append({"name": "012-en-ngo-report-pdf-table-riyadh-kandy-salalah-xinbei-huaiyin-jindong.txt", "text": T012, "facts": [
    C("stations", 3, None, "we documented three sites in the region", claimant=HRC, opt=True, note="regional count over three countries"),
    S("SA", "Dammam", "We also received information about a possible fourth site in Dammam, which we could not verify", claimant=HRC, opt=True, note="unverified"),
    S("SA", "Riyadh", "| Saudi Arabia | Riyadh  | Xinbei District PSB, Changzhou | 2020  |", operator="Xinbei", operator_alt=["Changzhou"], date="2020", claimant=HRC),
    S("LK", "Kandy", "| Sri Lanka    | Kandy   | Huaiyin District PSB, Huai'an  | 2022  |", operator="Huaiyin", operator_alt=["Huai'an", "Huaian"], date="2022", claimant=HRC),
    S("OM", "Salalah", "| Oman         | Salalah | Jindong District PSB, Jinhua   | 2021  |", operator="Jindong", operator_alt=["Jinhua"], date="2021", claimant=HRC),
    I("LK", "persuasion", "a site engineer who had criticised his employer online was called to the office three times and told that his wife in Huai'an would lose her job unless he went home; he returned to China in August 2025", place="Kandy", date="2025-08", claimant=HRC),
    I("LK", "harassment", "told that his wife in Huai'an would lose her job unless he went home", place="Kandy", claimant=HRC, opt=True, note="threat to a relative inside a persuasion case"),
    R("LK", "investigation", "Sri Lanka's Criminal Investigation Department opened an inquiry in November 2025", place="Kandy", date="2025-11", claimant=HRC),
    R("OM", "investigation", "The Royal Oman Police told us it had \"no information\" about the premises and has not opened an investigation.", place="Salalah", pol="denied", claimant="Royal Oman Police"),
    A("SA", "security_agreement", "China and Saudi Arabia signed a memorandum on security cooperation in 2019", date="2019", claimant=HRC),
    D("CN", "China's Ministry of Foreign Affairs has described such sites as volunteer-run help desks for the renewal of driving licences, denying that they carry out any police work", claimant="PRC Ministry of Foreign Affairs"),
]})

# ---------------------------------------------------------------- 013 (irrelevant)
T013 = """FACT CHECK: Was a Chinese police car patrolling Manchester's Chinatown?

VERDICT: FALSE -- The car was a prop hired for a television drama.

By the Fact Check Desk | Published 3 August 2026 | Updated 4 August 2026, 09:10

What was claimed
A 53-second video shared more than 102,000 times on X and Facebook shows a white saloon with the words "公安 POLICE" on its doors driving slowly along Faulkner Street in Manchester's Chinatown. One post said: "So China has its own cops on British streets now. Wake up." Others asked whether the car had been "sent by Beijing".

Our verdict
False. The vehicle is a prop used by a production company filming a crime drama. It is not a police vehicle of any country.

What we found
The footage was filmed on 29 July. Greater Manchester Police told us the production company had notified the force in advance and held a filming permit from Manchester City Council; two officers were present to manage traffic. "There was no offence and no cause for concern," a spokesperson said.

The production company confirmed it was shooting scenes set in Guangzhou for a six-part series, and that the car, a right-hand-drive saloon resprayed for the role, was returned to a vehicle-hire firm in Salford after filming ended. Its number plate, visible in the clip, is a British one.

A spokesperson for the Chinese Consulate-General in Manchester said it had "no involvement" in the filming and declined to comment further.

Why it matters
Clips stripped of context travel fast. Props, costumes and set dressing from film and TV shoots are a regular source of misleading posts.

Read more: How we rate claims | Send us a claim to check

This article is part of our work with social media platforms to tackle false information. Cookie settings | Privacy
"""
DOCS.append({"name": "013-en-fact-check-chinese-police-car-film-prop.txt", "text": T013, "facts": []})
