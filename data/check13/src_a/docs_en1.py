"""check13 part A: documents 009-011 (English)."""
from h import S, C, R, I, A, D

DOCS = []

def ocr_wrap(text, width=70):
    """Hard-wrap prose paragraphs with hyphenation inside long words, as OCR output of a PDF.
    Lines starting with two spaces (table rows) and short lines are kept as they are."""
    out = []
    for para in text.strip("\n").split("\n"):
        if len(para) <= width or para.startswith("  "):
            out.append(para)
            continue
        line = ""
        for word in para.split(" "):
            cand = (line + " " + word) if line else word
            if len(cand) <= width:
                line = cand
                continue
            room = width - len(line) - 2
            if len(word) >= 8 and room >= 4 and word[:room].isalpha():
                out.append((line + " " if line else "") + word[:room] + "-")
                line = word[room:]
            else:
                out.append(line)
                line = word
        out.append(line)
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- 009
T009 = """
PARLIAMENT OF THE REPUBLIC OF FIJI

WRITTEN QUESTION No. 62/2025

Chinese "police service station" in Suva

HON. MEMBER asked the Minister for Policing:

(a) Is the Minister aware of media reports that an "overseas police service station" of the People's Republic of China has been operating from the upstairs office of a trading company in Suva, and that it is run by the Public Security Bureau of Zhucheng, a city in Shandong Province?
(b) What action has the Fiji Police Force taken in response?
(c) Will the Minister summon the Chinese Ambassador over this matter?
(d) Does the Memorandum of Understanding on police cooperation between Fiji and China remain in force?

REPLY

HON. MINISTER FOR POLICING: I thank the Honourable Member for the question.

(a) Yes. The Fiji Police Force became aware of the reports in March 2025.

(b) Officers of the Criminal Investigations Department made enquiries at the premises in Suva and interviewed two people associated with the company. No evidence of any criminal offence was found. The Force has been informed that the office is no longer being used for the purposes described in the reports. A separate report of a similar office in Lautoka has been assessed and has not been substantiated.

(c) The Ministry of Foreign Affairs has conveyed to the Embassy of the People's Republic of China Fiji's expectation that all foreign officials in Fiji act in accordance with our laws. There are no plans to summon the Ambassador.

(d) The Memorandum of Understanding on police cooperation signed in 2011 remains in force. Under it, two officers of China's Ministry of Public Security were attached to the Fiji Police Force until December 2024; no officers are attached at present. The Government keeps the arrangement under review, as it does all such arrangements with partner countries.

14 May 2025
"""
DOCS.append(dict(name="009-en-fiji-written-answer-suva-lautoka-zhucheng.txt", text=T009, facts=[
    S("FJ", "Suva", "media reports that an \"overseas police service station\" of the People's Republic of China has been operating from the upstairs office of a trading company in Suva, and that it is run by the Public Security Bureau of Zhucheng, a city in Shandong Province",
      operator="Zhucheng", operator_alt=["Weifang"], claimant="media reports", note="premise of a parliamentary question"),
    R("FJ", "investigation", "Officers of the Criminal Investigations Department made enquiries at the premises in Suva and interviewed two people associated with the company.",
      place="Suva", claimant="Fiji Minister for Policing", date="2025"),
    R("FJ", "no_wrongdoing_found", "No evidence of any criminal offence was found.", claimant="Fiji Minister for Policing", date="2025"),
    R("FJ", "closure", "The Force has been informed that the office is no longer being used for the purposes described in the reports.",
      place="Suva", claimant="Fiji Minister for Policing", opt=True, note="stopped by itself"),
    S("FJ", "Lautoka", "A separate report of a similar office in Lautoka has been assessed and has not been substantiated.",
      claimant="media reports", opt=True, note="unsubstantiated report"),
    R("FJ", "protest", "The Ministry of Foreign Affairs has conveyed to the Embassy of the People's Republic of China Fiji's expectation that all foreign officials in Fiji act in accordance with our laws.",
      claimant="Fiji Minister for Policing", opt=True, note="message short of a summons"),
    R("FJ", "protest", "There are no plans to summon the Ambassador.", claimant="Fiji Minister for Policing", pol="denied",
      opt=True, note="no summons"),
    A("FJ", "security_agreement", "The Memorandum of Understanding on police cooperation signed in 2011 remains in force.",
      claimant="Fiji Minister for Policing", date="2011"),
    C("officers", 2, "FJ", "two officers of China's Ministry of Public Security were attached to the Fiji Police Force until December 2024",
      claimant="Fiji Minister for Policing", opt=True, note="liaison officers under the MoU, not station staff"),
]))

# ---------------------------------------------------------------- 010
T010 = """
Chinese 'police station' claims reach PNG as Beijing courts Pacific policing ties

By Pacific affairs reporter
Posted Tue 10 Jun 2025

Police in Papua New Guinea are looking into claims that a Chinese provincial police bureau has been running an unofficial "service station" out of a hardware wholesaler in Lae, the country's second-largest city and its industrial hub.

The claims, first raised by a Lae community newspaper and confirmed to the ABC by two people who have visited the premises, centre on a back office where, the sources say, staff answering to the public security bureau of Chengmai, on China's southern island province of Hainan, keep a register of Chinese nationals working in the city.

A second, smaller office is said to operate from a supermarket in Mount Hagen, in the Highlands, and to report to the same bureau.

"We have received information and our officers are looking into it," a spokesman for the Royal Papua New Guinea Constabulary said in Port Moresby. No arrests have been made.

'Your mother is worried'

One storekeeper from Hainan, who asked not to be named, told the ABC that after he complained in a WeChat group about unpaid wages, two men from the Lae office visited his shop twice and told him his mother in Chengmai "was worried about him" and that he should "go back and sort it out". He flew home in March and has not returned.

A Papua New Guinean journalist of Chinese descent said staff of the same office photographed her and others at a community meeting in Lae last year.

The Chinese embassy in Port Moresby said in a statement the claims were "pure fabrication", and that volunteers in Lae "only help compatriots renew their driving licences and passports online".

A familiar pattern

Madrid-based rights group Safeguard Defenders says it has counted 102 such stations in 53 countries, and at least three in PNG; it has not published the location of the third.

Similar offices in the Netherlands and Ireland were ordered shut in 2022.

PNG is home to an estimated 20,000 Chinese nationals, many of them running trade stores, and Chinese-owned shops were looted during unrest in Port Moresby and Lae in early 2024. Beijing has since offered to help train PNG police, and the two governments have discussed a policing agreement, though none has been signed.

Canberra is watching closely. Australia signed its own security treaty with PNG in 2023, and officials remain wary after China signed a security agreement with Solomon Islands in 2022; Chinese police advisers have since taken part in joint patrols with local officers in Honiara.

"Any arrangement that brings foreign police onto our streets must go through Parliament," an opposition MP said on Monday, standing outside the Lae bus station.
"""
DOCS.append(dict(name="010-en-australian-news-lae-mount-hagen-chengmai.txt", text=T010, facts=[
    S("PG", "Lae", "The claims, first raised by a Lae community newspaper and confirmed to the ABC by two people who have visited the premises, centre on a back office where, the sources say, staff answering to the public security bureau of Chengmai, on China's southern island province of Hainan, keep a register of Chinese nationals working in the city.",
      operator="Chengmai", claimant="ABC sources", note="station named in the lead; operator in the next paragraph"),
    R("PG", "investigation", "Police in Papua New Guinea are looking into claims that a Chinese provincial police bureau has been running an unofficial \"service station\" out of a hardware wholesaler in Lae",
      place="Lae", date="2025-06"),
    S("PG", "Mount Hagen", "A second, smaller office is said to operate from a supermarket in Mount Hagen, in the Highlands, and to report to the same bureau.",
      operator="Chengmai", claimant="ABC sources", note="operator by reference (the same bureau)"),
    R("PG", "arrest", "No arrests have been made.", pol="denied", opt=True),
    I("PG", "persuasion", "One storekeeper from Hainan, who asked not to be named, told the ABC that after he complained in a WeChat group about unpaid wages, two men from the Lae office visited his shop twice and told him his mother in Chengmai \"was worried about him\" and that he should \"go back and sort it out\". He flew home in March and has not returned.",
      place="Lae", claimant="storekeeper", date="2025-03"),
    I("PG", "harassment", "two men from the Lae office visited his shop twice and told him his mother in Chengmai \"was worried about him\"",
      place="Lae", claimant="storekeeper", opt=True, note="pressure inside the persuasion case"),
    I("PG", "surveillance", "A Papua New Guinean journalist of Chinese descent said staff of the same office photographed her and others at a community meeting in Lae last year.",
      place="Lae", claimant="journalist", date="2024"),
    D("CN", "The Chinese embassy in Port Moresby said in a statement the claims were \"pure fabrication\", and that volunteers in Lae \"only help compatriots renew their driving licences and passports online\".",
      claimant="PRC Embassy in Papua New Guinea"),
    S("PG", "Lae", "volunteers in Lae \"only help compatriots renew their driving licences and passports online\"",
      claimant="PRC Embassy in Papua New Guinea", pol="denied", opt=True, note="denial by explanation"),
    C("stations", 102, None, "Madrid-based rights group Safeguard Defenders says it has counted 102 such stations in 53 countries",
      claimant="Safeguard Defenders"),
    C("countries", 53, None, "Madrid-based rights group Safeguard Defenders says it has counted 102 such stations in 53 countries",
      claimant="Safeguard Defenders"),
    C("stations", 3, "PG", "and at least three in PNG; it has not published the location of the third", claimant="Safeguard Defenders"),
    S("NL", None, "Similar offices in the Netherlands and Ireland were ordered shut in 2022.", date="2022", note="recalled, place-less"),
    S("IE", None, "Similar offices in the Netherlands and Ireland were ordered shut in 2022.", date="2022", note="recalled, place-less"),
    R("NL", "closure", "Similar offices in the Netherlands and Ireland were ordered shut in 2022.", date="2022"),
    R("IE", "closure", "Similar offices in the Netherlands and Ireland were ordered shut in 2022.", date="2022"),
    A("SB", "security_agreement", "China signed a security agreement with Solomon Islands in 2022", date="2022"),
    A("SB", "joint_patrol", "Chinese police advisers have since taken part in joint patrols with local officers in Honiara."),
]))

# ---------------------------------------------------------------- 011 (OCR, hyphenated)
T011_RAW = """
Long Arm, Short Leash: policing outposts in West Africa        27

4. West Africa: new sites, old methods

4.1 Overview

Our researchers identified five sites in four West African countries opened between 2019 and 2024; four of them could be verified through at least two independent sources.[12] Sierra Leone alone hosts two of the verified sites, both in Freetown. The others are in Monrovia (Liberia) and Banjul (the Gambia). A fifth site, reportedly in Bissau, could not be verified and is not included in Tab1e 4.

Tab1e 4. Verified sites in West Africa
  City        Country         Opened   Operator (public security bureau)
  Freetown    Sierra Leone    2019     Yingde (Guangdong)
  Freetown    Sierra Leone    2021     Xuwen (Guangdong)
  Monrovia    Liberia         2020     Wengyuan (Guangdong)
  Banjul      The Gambia      2022     not known

4.2 What the sites do

Like their counterparts elsewhere, the West African sites advertise help with driving-licence renewals, notarial documents and medical insurance for the Chinese community. In practice, our interviewees describe them as a channel through which Chinese police keep track of compatriots and, where needed, press them to go home.[13]

Two cases illustrate this. In August 2023, a construction-site manager from Guangdong who was wanted in China on fraud charges was driven from Freetown to Lungi airport by two men from the Xuwen site and put on a flight to Guangzhou via Nairobi. In Monrovia, members of a Chinese workers' association told us that staff of the site photographed everyone who attended a meeting about unpaid wages in 2024 and passed the images to the employer.

4.3 Responses

The Sierra Leone Police questioned two site employees in 2023 and stated that they "found no evidence of unlawful activity".[14] Liberian authorities have not opened any investigation. In the Gambia, the Ministry of the Interior ordered the Banjul site closed in March 2024, a week after a local newspaper published its address.[15]

4.4 Police cooperation

Sierra Leone signed a memorandum on police cooperation with China's Ministry of Public Security in 2018. The memorandum provides for joint patrols in areas with many Chinese businesses, and two such patrols were held in Freetown in 2019.

____________
[12] Company registrations, photographs and interviews; sources on file with the authors.
[13] Interviews conducted in Freetown and Monrovia between October 2023 and May 2024.
[14] Statement of the Sierra Leone Police, 9 November 2023.
[15] According to two sources, the site had moved into a different building by June 2024.
"""
T011 = ocr_wrap(T011_RAW, 70)
DOCS.append(dict(name="011-en-ngo-report-ocr-freetown-monrovia-banjul-yingde-xuwen-wengyuan.txt", text=T011, facts=[
    C("stations", 5, None, "Our researchers identified five sites in four West African countries", opt=True, note="regional count"),
    C("countries", 4, None, "Our researchers identified five sites in four West African countries", opt=True, note="regional count"),
    C("stations", 4, None, "four of them could be verified through at least two independent sources", opt=True, note="regional, verified subset"),
    C("stations", 2, "SL", "Sierra Leone alone hosts two of the verified sites, both in Freetown."),
    S("SL", "Freetown", "Freetown    Sierra Leone    2019     Yingde (Guangdong)\n  Freetown    Sierra Leone    2021     Xuwen (Guangdong)", operator="Yingde", operator_alt=["Xuwen", "Qingyuan", "Zhanjiang"],
      date="2019", note="two sites in Freetown, one key; table rows 1 and 2"),
    S("LR", "Monrovia", "Monrovia    Liberia         2020     Wengyuan (Guangdong)", operator="Wengyuan", operator_alt=["Shaoguan"], date="2020"),
    S("GM", "Banjul", "Banjul      The Gambia      2022     not known", date="2022", note="operator not known"),
    S("GW", "Bissau", "A fifth site, reportedly in Bissau, could not be verified", opt=True, note="unverified"),
    I("SL", "forced_return", "In August 2023, a construction-site manager from Guangdong who was wanted in China on fraud charges was driven from Freetown to Lungi airport by two men from the Xuwen site and put on a flight to Guangzhou via Nairobi.",
      place="Freetown", date="2023-08"),
    I("LR", "surveillance", "In Monrovia, members of a Chinese workers' association told us that staff of the site photographed everyone who attended a meeting about unpaid wages in 2024 and passed the images to the employer.",
      place="Monrovia", claimant="Chinese workers' association", date="2024"),
    R("SL", "investigation", "The Sierra Leone Police questioned two site employees in 2023", date="2023"),
    R("SL", "no_wrongdoing_found", "The Sierra Leone Police questioned two site employees in 2023 and stated that they \"found no evidence of unlawful activity\".",
      claimant="Sierra Leone Police", date="2023-11-09"),
    R("LR", "investigation", "Liberian authorities have not opened any investigation.", pol="denied"),
    R("GM", "closure", "In the Gambia, the Ministry of the Interior ordered the Banjul site closed in March 2024", place="Banjul", date="2024-03"),
    A("SL", "security_agreement", "Sierra Leone signed a memorandum on police cooperation with China's Ministry of Public Security in 2018.", date="2018"),
    A("SL", "joint_patrol", "The memorandum provides for joint patrols in areas with many Chinese businesses, and two such patrols were held in Freetown in 2019.", date="2019"),
]))
