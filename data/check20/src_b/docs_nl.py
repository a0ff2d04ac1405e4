"""check20 part B, Dutch documents 038-040 (nl-NL, nl-BE)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 038
T038 = """Noorderpost gebruikt cookies en vergelijkbare technieken. Lees ons cookiebeleid. [Akkoord]

Nieuws › Regio › Oost-Groningen
Delen: Facebook | X | WhatsApp | Mail

Burgemeester sluit pand in Veendam na melding over 'Chinees politiebureau'

Door onze verslaggever · 9 september 2026, 11:20 · Bijgewerkt 17:05

De burgemeester van Veendam heeft dinsdagochtend een bedrijfspand aan de Kerkstraat voor drie maanden gesloten. Volgens de politie werd vanuit het pand een zogeheten 'servicestation' gerund voor Chinezen in de regio, dat in werkelijkheid in opdracht van de Chinese politie zou werken.

(Foto: Het pand aan de Kerkstraat, met een bord van de gemeente op de deur. Foto Noorderpost)

Het Openbaar Ministerie doet onderzoek. Er is niemand aangehouden, laat een woordvoerder weten. Bij de sluiting zijn administratie en een laptop in beslag genomen.

Uit documenten die bij eerdere controles zijn aangetroffen, blijkt volgens het OM dat de ruimte werd aangestuurd door het bureau voor openbare veiligheid van Hailun, een stad in de Chinese provincie Heilongjiang. Daar komen veel van de ongeveer 150 Chinese Veendammers vandaan; de eerste kwamen in de jaren negentig om in de restaurants te werken.

LEES OOK: Oost-Groningen trekt meer arbeidsmigranten dan ooit

Een van hen is een vrouw van in de dertig die in een wokrestaurant aan de rand van het dorp werkt. Zij werd vorig jaar volgens haar advocaat maandenlang gebeld door agenten uit Hailun, die haar ouders ook thuis bezochten. Ze werd 'uitgenodigd' terug te komen om een kwestie rond een lening op te lossen. In augustus 2025 vloog ze op eigen kosten naar China. Inmiddels is ze terug in Veendam.

Volgens een rapport van Safeguard Defenders zijn er in Noord-Nederland minstens drie van zulke punten. Een tweede zou in Emmeloord zitten en gelieerd zijn aan de politie van Mishan, ook in Heilongjiang. Waar het derde is, vermeldt het rapport niet.

De Chinese ambassade in Den Haag noemt de berichten 'volkomen ongegrond'. Het zou gaan om vrijwilligers die ouderen helpen met het verlengen van hun Chinese rijbewijs, iets wat sinds de pandemie online moet.

Update 17.05 uur: Inmiddels heeft de politie ook het pand in Emmeloord bezocht. Daar zijn geen strafbare feiten vastgesteld, meldt een woordvoerder van de eenheid Noord-Nederland.

Tip de redactie: 050-1234567 of tips@noorderpost.example
© Noorderpost 2026
"""

DOCS.append({
    "name": "038-nl-regionieuws-update-veendam-emmeloord-hailun-mishan.txt",
    "text": T038,
    "facts": [
        R("NL", "closure", "De burgemeester van Veendam heeft dinsdagochtend een bedrijfspand aan de Kerkstraat voor drie maanden gesloten.",
          place="Veendam", claimant="Mayor of Veendam", date="2026-09-08"),
        S("NL", "Veendam", "Volgens de politie werd vanuit het pand een zogeheten 'servicestation' gerund voor Chinezen in de regio, dat in werkelijkheid in opdracht van de Chinese politie zou werken.",
          claimant="Dutch police", note="site: Kerkstraat"),
        R("NL", "investigation", "Het Openbaar Ministerie doet onderzoek.", claimant="Openbaar Ministerie"),
        R("NL", "arrest", "Er is niemand aangehouden", claimant="Openbaar Ministerie", pol="denied", opt=True),
        S("NL", "Veendam", "de ruimte werd aangestuurd door het bureau voor openbare veiligheid van Hailun",
          operator="Hailun", operator_alt=["Suihua"], claimant="Openbaar Ministerie"),
        I("NL", "persuasion", "Ze werd 'uitgenodigd' terug te komen om een kwestie rond een lening op te lossen. In augustus 2025 vloog ze op eigen kosten naar China.",
          place="Veendam", claimant="her lawyer", date="2025-08"),
        I("NL", "harassment", "die haar ouders ook thuis bezochten", claimant="her lawyer", opt=True,
          note="visits to parents inside the persuasion case"),
        C("stations", 3, "NL", "in Noord-Nederland minstens drie van zulke punten", claimant="Safeguard Defenders"),
        S("NL", "Emmeloord", "Een tweede zou in Emmeloord zitten en gelieerd zijn aan de politie van Mishan",
          operator="Mishan", operator_alt=["Jixi"], claimant="Safeguard Defenders"),
        D("CN", "noemt de berichten 'volkomen ongegrond'. Het zou gaan om vrijwilligers die ouderen helpen met het verlengen van hun Chinese rijbewijs",
          claimant="Chinese Embassy in the Netherlands"),
        R("NL", "no_wrongdoing_found", "Daar zijn geen strafbare feiten vastgesteld", place="Emmeloord",
          claimant="Dutch police"),
    ],
})

# ---------------------------------------------------------------- 039
T039 = """HET AVONDJOURNAAL – 21 oktober 2026, 19.00 uur
Transcriptie (ondertiteling 888, nagekeken door de redactie)

NIEUWSLEZER: Goedenavond. Het federaal parket heeft een onderzoek geopend naar een vermoedelijk Chinees politiekantoor in Izegem. Speurders deden vanochtend een huiszoeking in een pand in het centrum. Onze reporter is ter plaatse.

REPORTER: Ja, ik sta hier in de Roeselarestraat, voor een winkel in Aziatische levensmiddelen. Het gaat om het kantoortje op de eerste verdieping, daarboven. Volgens de mensenrechtenorganisatie Safeguard Defenders wordt het gerund door de politie van Hejin, een stad in de provincie Shanxi. Buren vertellen me dat er vooral mensen kwamen voor papieren: paspoorten, rijbewijzen.

NIEUWSLEZER: Weet men wat er daar precies gebeurde?

REPORTER: Een jonge Chinese man die hier in de regio werkt, zegt dat hij vorig jaar op straat gevolgd en gefotografeerd is na een betoging in Brussel. Later kreeg hij telefoontjes waarin hem werd aangeraden terug te keren naar China. Hij is gebleven.

NIEUWSLEZER: En is dit het enige adres?

REPORTER: Nee. Een tweede adres zou in Beringen liggen, in Limburg. Het rapport koppelt het aan de politie van Yongji, ook in Shanxi. In ons land gaat het volgens het rapport dus om minstens twee.

NIEUWSLEZER: De minister van Justitie reageerde vanmiddag in de Kamer.

MINISTER VAN JUSTITIE (fragment): "Buitenlandse Zaken heeft de Chinese ambassadeur ontboden. Wij aanvaarden niet dat een ander land op ons grondgebied politiewerk doet."

NIEUWSLEZER: De Chinese ambassade spreekt van 'pure verzinsels'. Volgens een woordvoerder gaat het om vrijwilligers die landgenoten helpen bij het verlengen van hun paspoort.

NIEUWSLEZER: Wat als blijkt dat er nog meer van zulke kantoren zijn? Die vraag kon het parket vandaag niet beantwoorden.

NIEUWSLEZER: Dan het sport. In de Jupiler Pro League...

[einde fragment]
"""

DOCS.append({
    "name": "039-nl-be-tv-journaal-transcriptie-izegem-beringen-hejin-yongji.txt",
    "text": T039,
    "facts": [
        R("BE", "investigation", "Het federaal parket heeft een onderzoek geopend naar een vermoedelijk Chinees politiekantoor in Izegem.",
          place="Izegem", claimant="federaal parket", date="2026-10-21"),
        S("BE", "Izegem", "een vermoedelijk Chinees politiekantoor in Izegem", claimant="federaal parket"),
        S("BE", "Izegem", "Volgens de mensenrechtenorganisatie Safeguard Defenders wordt het gerund door de politie van Hejin",
          operator="Hejin", operator_alt=["Yuncheng"], claimant="Safeguard Defenders"),
        I("BE", "surveillance", "hij vorig jaar op straat gevolgd en gefotografeerd is na een betoging in Brussel",
          claimant="a young Chinese man", date="2025"),
        I("BE", "persuasion", "Later kreeg hij telefoontjes waarin hem werd aangeraden terug te keren naar China. Hij is gebleven.",
          claimant="a young Chinese man"),
        S("BE", "Beringen", "Een tweede adres zou in Beringen liggen, in Limburg. Het rapport koppelt het aan de politie van Yongji",
          operator="Yongji", operator_alt=["Yuncheng"], claimant="Safeguard Defenders"),
        C("stations", 2, "BE", "In ons land gaat het volgens het rapport dus om minstens twee.", claimant="Safeguard Defenders"),
        R("BE", "protest", "Buitenlandse Zaken heeft de Chinese ambassadeur ontboden.", claimant="Minister of Justice of Belgium"),
        D("CN", "De Chinese ambassade spreekt van 'pure verzinsels'. Volgens een woordvoerder gaat het om vrijwilligers die landgenoten helpen bij het verlengen van hun paspoort.",
          claimant="Chinese Embassy in Belgium"),
    ],
})

# ---------------------------------------------------------------- 040 (irrelevant)
T040 = """Tiel krijgt politiepost terug in het centrum

Lokaal › Rivierenland · 3 maart 2026, 08:45

De politie opent volgende maand weer een politiepost aan de Waterstraat in Tiel. Het vorige steunpunt bij het station werd in 2019 gesloten vanwege bezuinigingen. Gemeente en politie ondertekenden daarvoor woensdag een samenwerkingsconvenant.

Wijkagenten houden er drie dagdelen per week spreekuur. Bewoners kunnen er aangifte doen van fietsendiefstal, een verloren rijbewijs melden of gewoon een kop koffie drinken. Ook zijn er gezamenlijke surveillances gepland met de handhavers van de gemeente, vooral rond het winkelgebied en het Flipje-festival.

'Mensen voelden zich de laatste jaren in de steek gelaten,' zegt de burgemeester. Tijdens een inloopavond kwamen 102 bewoners langs; er werden 53 ideeën opgeschreven, van meer verlichting in het park tot een avondspreekuur.

Onder de aanwezigen was ook de eigenaar van het Chinees-Indische restaurant op de hoek, die al dertig jaar in de Waterstraat zit. 'Toen de post dicht ging, kwam er hier een paar keer per jaar een inbraak. Als de agenten terug zijn, trakteer ik op loempia's.'

Een woordvoerder van de eenheid Oost-Nederland benadrukt dat de post geen volwaardig politiebureau wordt. 'Voor spoed blijft het 112.'

Reageren? Mail de redactie.
"""

DOCS.append({
    "name": "040-nl-lokaal-politiepost-heropend-tiel.txt",
    "text": T040,
    "facts": [],
})
