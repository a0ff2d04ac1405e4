"""check15 part A: documents 012-013 (English)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 012
T = """FACT CHECK: Did Cyprus police raid and shut a Chinese 'police station' in Larnaca?

Verdict: MOSTLY FALSE

What was claimed

A post shared more than 9,000 times on X and Facebook since Sunday reads: "BREAKING: Cyprus police RAIDED the secret Chinese police station in Larnaca, SHUT IT DOWN and ARRESTED its boss. Another one in Paphos is next!" A follow-up post from the same account added that "Cyprus summoned the Chinese ambassador" and that China runs "over 100 stations in 53 countries".

The post is illustrated with a photograph of police cars outside a whitewashed building.

What we found

The photograph does not show anything in Larnaca. A reverse image search shows it was taken in 2021 outside the police station in Ayia Napa during an unrelated drugs operation.

There is a real story behind the claim, however. In a report published in 2024, the human rights group Safeguard Defenders listed an office in Larnaca, operating from a Chinese-run travel agency near the marina, as an overseas "service station" of the Qufu City public security bureau, which is under Jining in Shandong province.

A Cyprus Police spokesperson told us that officers "examined the activities" of the premises in early 2025 after the report was brought to their attention, and "found nothing to suggest a criminal offence had been committed". No one was arrested, the spokesperson said, and there was no search warrant and no closure order.

The travel agency's owner told us that the desk offering help to Chinese citizens "stopped last May because nobody came any more". We could not independently confirm this.

The Ministry of Foreign Affairs in Nicosia told us it had not summoned the Chinese ambassador over the matter.

We found no report, official statement or media article placing any such office in Paphos.

The figures in the second post are broadly right: Safeguard Defenders' two reports, published in 2022, counted 102 stations in 53 countries.

The Chinese embassy in Nicosia described the reports as "groundless", saying it "has never set up any police stations in Cyprus".

Conclusion

A Chinese "service station" in Larnaca was reported by a human rights group and looked at by police, who found no offence. There was no raid, no arrest, no closure order and no summons, and there is no evidence of a second site in Paphos. We rate the claim MOSTLY FALSE.
"""
DOCS.append(dict(name="012-en-fact-check-social-posts-larnaca-paphos-qufu.txt", text=T, facts=[
    S("CY", "Larnaca", "the human rights group Safeguard Defenders listed an office in Larnaca, operating from a Chinese-run travel agency near the marina, as an overseas \"service station\" of the Qufu City public security bureau, which is under Jining in Shandong province", operator="Qufu", operator_alt=["Jining"], claimant="Safeguard Defenders", date="2024"),
    R("CY", "investigation", "officers \"examined the activities\" of the premises in early 2025 after the report was brought to their attention", place="Larnaca", date="2025", claimant="Cyprus Police"),
    R("CY", "no_wrongdoing_found", "\"found nothing to suggest a criminal offence had been committed\"", place="Larnaca", claimant="Cyprus Police"),
    R("CY", "arrest", "No one was arrested, the spokesperson said", pol="denied", opt=True, claimant="Cyprus Police"),
    R("CY", "closure", "there was no search warrant and no closure order", pol="denied", opt=True, claimant="Cyprus Police"),
    R("CY", "closure", "The travel agency's owner told us that the desk offering help to Chinese citizens \"stopped last May because nobody came any more\".", opt=True, note="stopped by itself, unconfirmed"),
    R("CY", "protest", "The Ministry of Foreign Affairs in Nicosia told us it had not summoned the Chinese ambassador over the matter.", pol="denied", opt=True, claimant="Cyprus Ministry of Foreign Affairs"),
    S("CY", "Paphos", "Another one in Paphos is next!", claimant="social media post", opt=True, note="unsupported claim"),
    C("stations", 102, None, "Safeguard Defenders' two reports, published in 2022, counted 102 stations in 53 countries.", claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "Safeguard Defenders' two reports, published in 2022, counted 102 stations in 53 countries.", claimant="Safeguard Defenders", date="2022"),
    C("stations", 100, None, "China runs \"over 100 stations in 53 countries\"", claimant="social media post", opt=True, note="approximation"),
    D("CN", "The Chinese embassy in Nicosia described the reports as \"groundless\", saying it \"has never set up any police stations in Cyprus\".", claimant="PRC Embassy in Cyprus"),
    S("CY", None, "it \"has never set up any police stations in Cyprus\"", pol="denied", opt=True, claimant="PRC Embassy in Cyprus"),
]))

# ---------------------------------------------------------------- 013 (irrelevant)
T = """NORTH MARCHES POLICE
Chief Constable's Annual Policing Report 2025/26 (extract)

3. Our estate

Following public consultation, the front counters at three police stations - Ludford, Wemcaster and Bryn Isaf - closed to the public on 31 July 2025. The stations themselves remain operational as bases for neighbourhood teams. A new joint police and fire station opened in Hallowby in January 2026 under a security and estates agreement signed with the county council and the fire and rescue service.

4. Our people

During the year we recruited 102 new police officers and 53 police community support officers (PCSOs). Officer numbers stood at 1,486 on 31 March 2026, the highest in the force's history.

5. Keeping people safe

Missing persons: we received 1,204 reports of missing people. 1,197 of those people were found or returned home safely, most of them within 24 hours.

Rail network: with British Transport Police we ran joint patrols at Wemcaster railway station on 38 Friday and Saturday nights, focusing on violence against women and girls.

Operation Homeward, our campaign against cycle theft, returned 211 stolen bicycles to their owners.

6. Working with communities

Our international students liaison officer held 14 sessions at the University of the Marches, including a well-attended Chinese New Year safety event organised with the Chinese Students and Scholars Association, covering scams that impersonate police and embassy officials. The Chinese Consulate-General in Manchester wrote to thank officers for their support to students after a series of phone frauds in October.

We also signed a data-sharing memorandum with neighbouring forces to speed up investigations into cross-border burglary.
"""
DOCS.append(dict(name="013-en-police-annual-report-north-marches.txt", text=T, facts=[]))
