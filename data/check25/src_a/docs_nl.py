"""check25 part A, Dutch documents 012-014."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC012 = """Home > Binnenland > Onderzoek　　　　Leestijd: 9 minuten　　　Delen: Facebook | X | Mail

Het servicepunt boven de groothandel: hoe een Chinees ‘steunpunt’ in Kortenberg opdook in een gerechtelijk onderzoek

Kortenberg ligt tussen Brussel en Leuven, langs de oude steenweg en de spoorlijn. Wie er woont, pendelt. Sinds een tiental jaar hebben zich in de gemeente een veertigtal Chinese families gevestigd, de meeste rond een groothandel in keukenmateriaal aan de rand van het centrum.

De families kennen elkaar uit het restaurantwezen. Op zondag geeft een vrijwilliger Chinese les aan een twintigtal kinderen in de refter van de groothandel. Met Nieuwjaar wordt er gedanst en gekookt voor de buren.

Op 4 februari deed de federale gerechtelijke politie van Leuven een huiszoeking in het gebouw, in het kader van een gerechtelijk onderzoek naar inmenging door een buitenlandse mogendheid. Op de eerste verdieping van het pand zou volgens het parket een niet-aangegeven Chinees ‘politieservicepunt’ gevestigd zijn.

‘Ze zeiden dat ze ons hielpen met papieren. Meer niet.’

Uit documenten die deze krant kon inzien, blijkt dat het steunpunt rapporteerde aan de afdeling Hetang van het Bureau voor Openbare Veiligheid van Zhuzhou, in de Chinese provincie Hunan. Bij de huiszoeking werd een schrift gevonden met de namen en telefoonnummers van een dertigtal Chinezen uit de regio, met aantekeningen over wie naar betogingen in Brussel ging.

Een keukenhulp vertelt dat hij in 2023 via zijn zus in China herhaaldelijk werd aangespoord om ‘naar huis te komen en een oude schuld te regelen’. Hij reisde uiteindelijk zelf naar Hunan, werd er een middag ondervraagd en keerde drie weken later terug naar België.

‘Ze zeiden dat ze ons hielpen met papieren. Meer niet.’

LEES OOK: Spoorlijn Leuven-Brussel krijgt extra perron in Kortenberg

Volgens de mensenrechtenorganisatie Safeguard Defenders zijn er in België minstens twee zulke steunpunten. Een tweede zou in Hoogstraten zitten en onder de afdeling Dongbao van de politie van Jingmen vallen. De politiezone Noorderkempen zegt ‘geen enkele aanwijzing’ te hebben voor zo’n steunpunt. Op sociale media wordt ook een adres in Bree genoemd, zonder enig bewijs.

Er werd tot nu toe niemand aangehouden. De burgemeester van Kortenberg liet de bovenverdieping op 6 februari verzegelen en sluiten.

De minister van Buitenlandse Zaken ontbood de Chinese ambassadeur op 7 februari. De Chinese ambassade noemde de beschuldigingen ‘volstrekt ongegrond’: vrijwilligers zouden landgenoten alleen helpen met het omwisselen van rijbewijzen en het verlengen van paspoorten. ‘Chinese politieposten in België bestaan niet’, aldus de ambassade.

Auteur: Onderzoeksredactie　　Schrijf je in voor onze nieuwsbrief. Deze site gebruikt cookies.
"""

FACTS012 = [
    R("BE", "investigation", "Op 4 februari deed de federale gerechtelijke politie van Leuven een huiszoeking in het gebouw, in het kader van een gerechtelijk onderzoek naar inmenging door een buitenlandse mogendheid.",
      date="2025-02-04", place="Kortenberg"),
    S("BE", "Kortenberg", "Op de eerste verdieping van het pand zou volgens het parket een niet-aangegeven Chinees ‘politieservicepunt’ gevestigd zijn.",
      claimant="parket"),
    S("BE", "Kortenberg", "Uit documenten die deze krant kon inzien, blijkt dat het steunpunt rapporteerde aan de afdeling Hetang van het Bureau voor Openbare Veiligheid van Zhuzhou, in de Chinese provincie Hunan.",
      operator="Hetang", operator_alt=["Zhuzhou"]),
    I("BE", "surveillance", "Bij de huiszoeking werd een schrift gevonden met de namen en telefoonnummers van een dertigtal Chinezen uit de regio, met aantekeningen over wie naar betogingen in Brussel ging.",
      place="Kortenberg"),
    I("BE", "persuasion", "Een keukenhulp vertelt dat hij in 2023 via zijn zus in China herhaaldelijk werd aangespoord om ‘naar huis te komen en een oude schuld te regelen’.",
      date="2023"),
    C("stations", 2, "BE", "Volgens de mensenrechtenorganisatie Safeguard Defenders zijn er in België minstens twee zulke steunpunten.",
      claimant=SD),
    S("BE", "Hoogstraten", "Een tweede zou in Hoogstraten zitten en onder de afdeling Dongbao van de politie van Jingmen vallen.",
      operator="Dongbao", operator_alt=["Jingmen"], claimant=SD),
    S("BE", "Hoogstraten", "De politiezone Noorderkempen zegt ‘geen enkele aanwijzing’ te hebben voor zo’n steunpunt.",
      claimant="politiezone Noorderkempen", pol="denied", opt=True),
    S("BE", "Bree", "Op sociale media wordt ook een adres in Bree genoemd, zonder enig bewijs.", claimant="social media", opt=True),
    R("BE", "arrest", "Er werd tot nu toe niemand aangehouden.", pol="denied", opt=True),
    R("BE", "closure", "De burgemeester van Kortenberg liet de bovenverdieping op 6 februari verzegelen en sluiten.",
      date="2025-02-06", place="Kortenberg"),
    R("BE", "protest", "De minister van Buitenlandse Zaken ontbood de Chinese ambassadeur op 7 februari.", date="2025-02-07"),
    D("CN", "De Chinese ambassade noemde de beschuldigingen ‘volstrekt ongegrond’: vrijwilligers zouden landgenoten alleen helpen met het omwisselen van rijbewijzen en het verlengen van paspoorten.",
      claimant="Chinese Embassy in Belgium"),
    S("BE", None, "‘Chinese politieposten in België bestaan niet’, aldus de ambassade.", claimant="Chinese Embassy in Belgium",
      pol="denied", opt=True),
]

_013 = """ECLI:NL:RBMNE:2025:1187
Rechtbank Midden-Nederland, Strafrecht, parketnummer 16/284117-24
Datum uitspraak: 18-03-2025

Vonnis van de meervoudige strafkamer in de zaak van de officier van justitie tegen verdachte, geboren in 1979 te Hengyang (China), wonende te Houten.

1. De tenlastelegging
Aan verdachte is, kort gezegd, ten laste gelegd dat hij in de periode van 1 januari 2023 tot en met 3 september 2024 te Houten een niet-aangemeld dienstverleningspunt heeft geëxploiteerd, dat in opdracht van de afdeling Yanfeng van het Bureau voor Openbare Veiligheid van Hengyang als politieservicepunt fungeerde, en daarbij gegevens over Chinese ingezetenen heeft verzameld ten behoeve van een buitenlandse mogendheid.

2. Het onderzoek ter terechtzitting
Verdachte is op 3 september 2024 aangehouden en in voorlopige hechtenis genomen. Op dezelfde dag is in zijn woning en in een bedrijfsruimte aan de Meidoornkade een doorzoeking verricht.

3. De bewijsmiddelen en de beoordeling
Bij de doorzoeking is een notitieboek aangetroffen met namen, adressen en werkgevers van achtentwintig Chinese studenten en werknemers in Utrecht en omgeving, met daarbij aantekeningen over hun politieke opvattingen. De rechtbank acht bewezen dat verdachte deze gegevens heeft verzameld en naar Hengyang heeft doorgestuurd.

Aangever, een promovendus in Utrecht, heeft verklaard dat verdachte hem in 2024 meermaals heeft aangespoord naar China terug te keren om zich te ‘melden’. Aangever is niet gegaan. Zijn ouders in China zijn in dezelfde periode door politieagenten bezocht.

De officier van justitie heeft gesteld dat een tweede ruimte, in IJsselstein, eveneens als servicepunt diende en onder de afdeling Anyuan van de politie van Pingxiang viel. Het onderzoek naar die ruimte heeft echter geen strafbare feiten aan het licht gebracht, en de rechtbank gaat daaraan voorbij.

De verdediging heeft aangevoerd dat verdachte als vrijwilliger uitsluitend landgenoten hielp met het verlengen van paspoorten en het omwisselen van rijbewijzen. De rechtbank verwerpt dit verweer.

4. De beslissing
De rechtbank verklaart bewezen dat verdachte het tenlastegelegde heeft begaan, en veroordeelt hem tot een gevangenisstraf van twintig maanden, waarvan zes maanden voorwaardelijk.

Dit vonnis is gewezen door mrs. (voorzitter) en (rechters), en in het openbaar uitgesproken.
                                                                              pagina 3 van 3
"""

DOC013 = wrap_hy(soft(_013), 71)

FACTS013 = [
    S("NL", "Houten", "te Houten een niet-aangemeld dienstverleningspunt heeft geëxploiteerd, dat in opdracht van de afdeling Yanfeng van het Bureau voor Openbare Veiligheid van Hengyang als politieservicepunt fungeerde",
      operator="Yanfeng", operator_alt=["Hengyang"], claimant="officier van justitie", date="2023"),
    R("NL", "arrest", "Verdachte is op 3 september 2024 aangehouden en in voorlopige hechtenis genomen.", date="2024-09-03"),
    R("NL", "investigation", "Op dezelfde dag is in zijn woning en in een bedrijfsruimte aan de Meidoornkade een doorzoeking verricht.",
      date="2024-09-03", place="Houten"),
    I("NL", "surveillance", "Bij de doorzoeking is een notitieboek aangetroffen met namen, adressen en werkgevers van achtentwintig Chinese studenten en werknemers in Utrecht en omgeving, met daarbij aantekeningen over hun politieke opvattingen.",
      claimant="Rechtbank Midden-Nederland"),
    I("NL", "persuasion", "Aangever, een promovendus in Utrecht, heeft verklaard dat verdachte hem in 2024 meermaals heeft aangespoord naar China terug te keren om zich te ‘melden’.",
      claimant="aangever", date="2024"),
    I("NL", "harassment", "Zijn ouders in China zijn in dezelfde periode door politieagenten bezocht.", claimant="aangever", opt=True),
    S("NL", "IJsselstein", "De officier van justitie heeft gesteld dat een tweede ruimte, in IJsselstein, eveneens als servicepunt diende en onder de afdeling Anyuan van de politie van Pingxiang viel.",
      operator="Anyuan", operator_alt=["Pingxiang"], claimant="officier van justitie", opt=True),
    R("NL", "no_wrongdoing_found", "Het onderzoek naar die ruimte heeft echter geen strafbare feiten aan het licht gebracht",
      claimant="Rechtbank Midden-Nederland", place="IJsselstein"),
    D("NL", "De verdediging heeft aangevoerd dat verdachte als vrijwilliger uitsluitend landgenoten hielp met het verlengen van paspoorten en het omwisselen van rijbewijzen.",
      claimant="defence", opt=True),
    R("NL", "arrest", "veroordeelt hem tot een gevangenisstraf van twintig maanden, waarvan zes maanden voorwaardelijk", date="2025-03-18"),
]

DOC014 = """[Transcriptie] De Schaduwlijn — aflevering 58: ‘Het kantoortje in Geleen’

[00:00] [tune]

[00:09] PRESENTATOR: Welkom bij De Schaduwlijn, de podcast over wat er onder de radar gebeurt. Vandaag: Chinese ‘politieposten’ in Nederland. Ik zit hier met onze verslaggever, die er maanden aan werkte. Welkom.

[00:21] VERSLAGGEVER: Dank je.

[00:23] PRESENTATOR: Waar begint het verhaal?

[00:25] VERSLAGGEVER: In Geleen, in Zuid-Limburg. Daar heeft de politie in januari een kantoortje boven een toko doorzocht. De recherche vermoedt dat daar een Chinees politiesteunpunt zat, en volgens de politie viel het onder de afdeling Huangpi van de politie van Wuhan.

[00:41] PRESENTATOR: Is er iemand opgepakt?

[00:43] VERSLAGGEVER: Nee, er is niemand aangehouden. Maar het Openbaar Ministerie heeft wel een strafrechtelijk onderzoek geopend.

[01:02] PRESENTATOR: En hoe groot is dit fenomeen?

[01:05] VERSLAGGEVER: Safeguard Defenders, die ngo uit Madrid, telde er wereldwijd honderdtwee, in drieënvijftig landen. Voor Nederland noemen ze er drie.

[01:18] PRESENTATOR: Drie. Waar nog meer?

[01:20] VERSLAGGEVER: Eén zou er in Hellevoetsluis zitten, en onder de afdeling Wuling van de politie van Changde vallen. Maar de politie daar zegt dat ze geen enkele aanwijzing heeft gevonden. De derde hebben ze nooit bij naam genoemd.

[01:36] PRESENTATOR: Je sprak ook mensen die zelf iets meemaakten.

[01:39] VERSLAGGEVER: Ja. Een jongen uit Sittard, student, was vorig jaar bij een demonstratie op de Dam. Een week later stonden er agenten bij zijn ouders in China op de stoep. Ze moesten hem ‘tot rede brengen’. Niemand vroeg hem terug te komen, maar hij durft sindsdien niet meer naar huis.

[02:04] PRESENTATOR: We gaan even naar een korte pauze.

[02:06] [reclame: ‘Fietsenwinkel De Spaak, nu met gratis onderhoudsbeurt bij aankoop van een e-bike.’]

[02:38] PRESENTATOR: We zijn terug. Wat zegt Den Haag?

[02:40] VERSLAGGEVER: Buitenlandse Zaken heeft vorige maand de Chinese zaakgelastigde ontboden. En de ambassade noemt het allemaal laster: het zouden vrijwilligers zijn die ouderen helpen met paspoorten en rijbewijzen.

[02:58] PRESENTATOR: Stel dat het onderzoek in Geleen niks oplevert. Wat dan?

[03:02] VERSLAGGEVER: Dan is dat zo. Maar dan is het kantoortje wel leeg, want het is sinds de inval dicht.

[03:10] PRESENTATOR: Dank je wel. Volgende week: de verdwenen containers van Moerdijk.

[03:15] [tune]
"""

FACTS014 = [
    R("NL", "investigation", "Daar heeft de politie in januari een kantoortje boven een toko doorzocht.", place="Geleen"),
    S("NL", "Geleen", "De recherche vermoedt dat daar een Chinees politiesteunpunt zat, en volgens de politie viel het onder de afdeling Huangpi van de politie van Wuhan.",
      operator="Huangpi", operator_alt=["Wuhan"], claimant="politie"),
    R("NL", "arrest", "Nee, er is niemand aangehouden.", pol="denied", opt=True),
    R("NL", "investigation", "Maar het Openbaar Ministerie heeft wel een strafrechtelijk onderzoek geopend."),
    C("stations", 102, None, "telde er wereldwijd honderdtwee, in drieënvijftig landen", claimant=SD),
    C("countries", 53, None, "telde er wereldwijd honderdtwee, in drieënvijftig landen", claimant=SD),
    C("stations", 3, "NL", "Voor Nederland noemen ze er drie.", claimant=SD),
    S("NL", "Hellevoetsluis", "Eén zou er in Hellevoetsluis zitten, en onder de afdeling Wuling van de politie van Changde vallen.",
      operator="Wuling", operator_alt=["Changde"], claimant=SD),
    S("NL", "Hellevoetsluis", "Maar de politie daar zegt dat ze geen enkele aanwijzing heeft gevonden.", claimant="politie",
      pol="denied", opt=True),
    I("NL", "harassment", "Een week later stonden er agenten bij zijn ouders in China op de stoep. Ze moesten hem ‘tot rede brengen’.",
      date="2024"),
    R("NL", "protest", "Buitenlandse Zaken heeft vorige maand de Chinese zaakgelastigde ontboden."),
    D("CN", "En de ambassade noemt het allemaal laster: het zouden vrijwilligers zijn die ouderen helpen met paspoorten en rijbewijzen.",
      claimant="Chinese Embassy in the Netherlands"),
    R("NL", "closure", "Maar dan is het kantoortje wel leeg, want het is sinds de inval dicht.", opt=True),
]

DOCS = [
    {"name": "012-nl-be-onderzoek-kortenberg-hoogstraten-hetang-dongbao.txt", "text": DOC012, "facts": FACTS012},
    {"name": "013-nl-vonnis-rechtbank-houten-ijsselstein-yanfeng-anyuan.txt", "text": DOC013, "facts": FACTS013},
    {"name": "014-nl-podcast-transcriptie-geleen-hellevoetsluis-huangpi-wuling.txt", "text": DOC014, "facts": FACTS014},
]
