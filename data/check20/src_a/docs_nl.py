"""check20 part A, Dutch documents 012-014 (012 nl-NL, 013 nl-BE, 014 nl-NL radio about Suriname)."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 012
T012 = """Deze website gebruikt cookies. Door verder te klikken gaat u akkoord met ons cookiebeleid.

BN REGIO · West-Brabant · Nieuws

Burgemeester sluit pand in Bergen op Zoom na signalen over Chinees 'politiebureau'

Gepubliceerd: 4 juni 2026, 11.52 | Bijgewerkt: 4 juni 2026, 17.30
Deel dit artikel: WhatsApp · Facebook · LinkedIn · Mail

De burgemeester van Bergen op Zoom heeft een bedrijfspand aan de rand van de binnenstad per direct gesloten. Volgens de gemeente werd de ruimte, officieel een ontmoetingscentrum voor Chinese ondernemers, gebruikt als een soort steunpunt van de Chinese politie.

Dat meldt de gemeente in een verklaring. De politie deed dinsdag een doorzoeking in het pand en nam administratie en een laptop in beslag. Het Openbaar Ministerie doet onderzoek. Er is niemand aangehouden.

Foto: Het gesloten pand in Bergen op Zoom. © BN Regio

Uit in beslag genomen papieren blijkt volgens ingewijden dat het centrum verantwoording aflegde aan het Bureau voor Openbare Veiligheid van Yucheng, een stad in de Chinese provincie Shandong.

Een kok die al vijftien jaar in West-Brabant werkt, vertelde aan BN Regio dat hij vorig jaar door twee mannen van het centrum werd 'uitgenodigd' om terug te keren naar China, waar een oude schuldzaak tegen hem zou lopen. "Ze belden elke week. Uiteindelijk ben ik zelf gegaan om het te regelen." Hij is inmiddels terug in Nederland.

LEES OOK: Haven van Moerdijk breidt uit, omwonenden bezorgd

Het is niet de eerste keer dat zo'n meldpunt in Nederland opduikt. In 2022 sloot de overheid twee vergelijkbare locaties. Volgens mensenrechtenorganisatie Safeguard Defenders zijn er op dit moment minstens drie in ons land actief. Een daarvan zou in Oosterhout zitten en zou onder de politie van Zouping vallen.

De Chinese ambassade in Den Haag laat in een reactie weten dat het gaat om "vrijwilligers die landgenoten helpen met het verlengen van rijbewijzen en paspoorten" en dat van politiewerk "geen sprake" is.

UPDATE 17.30: De politie laat weten dat er ook in Oosterhout een adres is gecontroleerd. Daar zijn geen strafbare feiten vastgesteld, aldus een woordvoerder.

Meer nieuws uit West-Brabant · Tips? Mail de redactie"""

F012 = [
    R("NL", "closure", "De burgemeester van Bergen op Zoom heeft een bedrijfspand aan de rand van de binnenstad per direct gesloten.",
      place="Bergen op Zoom", date="2026-06-04"),
    S("NL", "Bergen op Zoom", "Volgens de gemeente werd de ruimte, officieel een ontmoetingscentrum voor Chinese ondernemers, gebruikt als een soort steunpunt van de Chinese politie.",
      claimant="municipality of Bergen op Zoom"),
    R("NL", "investigation", "De politie deed dinsdag een doorzoeking in het pand en nam administratie en een laptop in beslag.",
      place="Bergen op Zoom"),
    R("NL", "investigation", "Het Openbaar Ministerie doet onderzoek."),
    R("NL", "arrest", "Er is niemand aangehouden.", pol="denied", opt=True),
    S("NL", "Bergen op Zoom", "Uit in beslag genomen papieren blijkt volgens ingewijden dat het centrum verantwoording aflegde aan het Bureau voor Openbare Veiligheid van Yucheng",
      operator="Yucheng", operator_alt=["Dezhou"], claimant="insiders"),
    I("NL", "persuasion", "hij vorig jaar door twee mannen van het centrum werd 'uitgenodigd' om terug te keren naar China",
      place="Bergen op Zoom", claimant="a cook in West Brabant"),
    R("NL", "closure", "In 2022 sloot de overheid twee vergelijkbare locaties.", date="2022"),
    S("NL", None, "In 2022 sloot de overheid twee vergelijkbare locaties.", opt=True, date="2022"),
    C("stations", 3, "NL", "Volgens mensenrechtenorganisatie Safeguard Defenders zijn er op dit moment minstens drie in ons land actief.",
      claimant=SD),
    S("NL", "Oosterhout", "Een daarvan zou in Oosterhout zitten en zou onder de politie van Zouping vallen.",
      operator="Zouping", operator_alt=["Binzhou"], claimant=SD),
    D("CN", "het gaat om \"vrijwilligers die landgenoten helpen met het verlengen van rijbewijzen en paspoorten\" en dat van politiewerk \"geen sprake\" is",
      claimant="PRC Embassy in the Netherlands"),
    R("NL", "investigation", "De politie laat weten dat er ook in Oosterhout een adres is gecontroleerd.", place="Oosterhout"),
    R("NL", "no_wrongdoing_found", "Daar zijn geen strafbare feiten vastgesteld, aldus een woordvoerder.", place="Oosterhout"),
]

# ---------------------------------------------------------------- 013
T013_BODY = """QRVA 56 041        Kamer · 3e zitting van de 56e zittingsperiode        12 345

Vraag nr. 1187 van het lid van de Kamer van 14 januari 2027 (N.) aan de minister van Binnenlandse Zaken

Chinese politieposten in Limburg

Uit een rapport van een Europese mensenrechtenorganisatie blijkt dat een Chinese verenig~ing in Beringen vanuit een voormalig mijngebouw een zogenaamd servicepunt uitbaat, dat in werkelijk~heid zou ressorteren onder het openbaarveilig~heids~bureau van Dashiqiao (provincie Liaoning). Een tweede post zou zich in Maaseik bevinden en onder het bureau van Yinan (Shandong) vallen.

1. Hebt u weet van deze twee locaties? Welke stappen hebben politie en parket gezet?
2. Werden er personen onder druk gezet om naar China terug te keren?
3. Is de Chinese ambassadeur hierover aangesproken?
4. Zult u, indien de vermoedens bevestigd worden, de betrokken diplomaten tot persona non grata verklaren?

Antwoord van de minister van Binnenlandse Zaken van 20 februari 2027, op de vraag nr. 1187 van het lid van de Kamer van 14 januari 2027 (N.):

1. Beide adressen zijn bekend bij de diensten. Op vordering van het parket van Limburg heeft de federale gerechtelijke politie op 28 januari 2027 een huiszoeking verricht in Beringen. Het gerechtelijk onderzoek loopt; om die reden kan ik geen verdere details meedelen. Er werden geen personen van hun vrijheid beroofd. Het adres in Maaseik werd door de lokale politie gecontroleerd. Daarbij werden geen strafbare feiten vastgesteld.

2. Uit het onderzoek blijkt dat een Chinese student aan een hogeschool in de provincie door medewerkers van de vereniging in Beringen herhaaldelijk werd aangespoord om naar China terug te keren; zijn familie in China werd daarbij door de lokale politie bezocht. De student is in België gebleven.

3. De Chinese ambassadeur werd op 5 februari 2027 ontboden op de FOD Buitenlandse Zaken.

4. Ik kan niet ingaan op hypothetische vragen.

QRVA 56 041                   20 februari 2027                   12 346"""

T013 = wrap_hy(T013_BODY, 92)

F013 = [
    S("BE", "Beringen", "een Chinese vereniging in Beringen vanuit een voormalig mijngebouw een zogenaamd servicepunt uitbaat, dat in werkelijkheid zou ressorteren onder het openbaarveiligheidsbureau van Dashiqiao (provincie Liaoning)",
      operator="Dashiqiao", operator_alt=["Yingkou"], claimant="a European human-rights organisation"),
    S("BE", "Maaseik", "Een tweede post zou zich in Maaseik bevinden en onder het bureau van Yinan (Shandong) vallen.",
      operator="Yinan", operator_alt=["Linyi"], claimant="a European human-rights organisation"),
    R("BE", "investigation", "Op vordering van het parket van Limburg heeft de federale gerechtelijke politie op 28 januari 2027 een huiszoeking verricht in Beringen.",
      place="Beringen", date="2027-01-28", claimant="Minister of the Interior"),
    R("BE", "arrest", "Er werden geen personen van hun vrijheid beroofd.", pol="denied", opt=True,
      claimant="Minister of the Interior"),
    R("BE", "investigation", "Het adres in Maaseik werd door de lokale politie gecontroleerd.", place="Maaseik",
      claimant="Minister of the Interior"),
    R("BE", "no_wrongdoing_found", "Daarbij werden geen strafbare feiten vastgesteld.", place="Maaseik",
      claimant="Minister of the Interior"),
    I("BE", "persuasion", "een Chinese student aan een hogeschool in de provincie door medewerkers van de vereniging in Beringen herhaaldelijk werd aangespoord om naar China terug te keren",
      place="Beringen", claimant="Minister of the Interior"),
    I("BE", "harassment", "zijn familie in China werd daarbij door de lokale politie bezocht", opt=True,
      claimant="Minister of the Interior"),
    R("BE", "protest", "De Chinese ambassadeur werd op 5 februari 2027 ontboden op de FOD Buitenlandse Zaken.",
      date="2027-02-05", claimant="Minister of the Interior"),
]

# ---------------------------------------------------------------- 014
T014 = """DE AVONDLIJN — transcriptie uitzending 22 april 2026, onderdeel 3 (vanaf 21.14 uur)

[tune]

PRESENTATOR: Dan gaan we naar Suriname. Daar is ophef over wat in de volksmond 'de Chinese politiepost' van Moengo heet. Aan de lijn in Paramaribo is onze correspondent. Wat is daar aan de hand?

CORRESPONDENT: Ja, goedenavond. Het Korps Politie Suriname heeft bevestigd dat het een onderzoek is gestart naar een kantoortje in Moengo, in het oosten van het land, waar Chinese goudzoekers en winkeliers volgens buurtbewoners terechtkonden voor 'alles wat met China te maken heeft'. Rechercheurs zijn er vorige week binnen geweest.

PRESENTATOR: En wie zit daarachter?

CORRESPONDENT: Op een visitekaartje dat ik heb kunnen inzien staat het embleem van het Bureau voor Openbare Veiligheid van Tancheng, een county in de provincie Shandong. Tancheng, met een T. Of dat echt is, weet niemand nog.

PRESENTATOR: Wat deden ze daar dan precies?

CORRESPONDENT: Dat is het verhaal van een jonge man die in een goudveld bij Moengo werkte. Hij zegt dat mensen van dat kantoor hem in januari met de auto naar de luchthaven Zanderij hebben gebracht en hem daar op een vlucht naar China hebben gezet, met een ticket dat zij betaalden. Zijn broer heeft dat aan mij bevestigd.

PRESENTATOR: Is er meer dan één zo'n post?

CORRESPONDENT: Volgens een lokale mensenrechtengroep zijn er twee in Suriname. De tweede staat in Albina, aan de grensrivier met Frans-Guyana. Die zou zijn opgezet door de politie van Huangchuan, in Henan.

PRESENTATOR: Hoe reageert China?

CORRESPONDENT: De Chinese ambassade zegt dat het gaat om 'servicebalies' van vrijwilligers, die landgenoten helpen met het verlengen van hun rijbewijs en met notariële stukken. Van politieposten zou geen sprake zijn.

PRESENTATOR: En de regering in Paramaribo?

CORRESPONDENT: Die zit in een lastige positie. Suriname en China hebben in 2019 een overeenkomst over politiesamenwerking gesloten, met opleidingen en uitrusting. Een minister zei me vandaag: 'Die overeenkomst gaat over opleiding, niet over posten in Moengo.' Over Albina zegt de politie voorlopig geen aanwijzingen te hebben gevonden.

PRESENTATOR: Dank je wel.

[jingle] Het is 21.21 uur. Het weer: morgen opklarend, 14 graden aan de kust.

— Deze transcriptie is automatisch gegenereerd en redactioneel gecontroleerd. Aan citaten kunnen geen rechten worden ontleend."""

F014 = [
    S("SR", "Moengo", "wat in de volksmond 'de Chinese politiepost' van Moengo heet", claimant="residents"),
    R("SR", "investigation", "Het Korps Politie Suriname heeft bevestigd dat het een onderzoek is gestart naar een kantoortje in Moengo",
      place="Moengo"),
    S("SR", "Moengo", "Op een visitekaartje dat ik heb kunnen inzien staat het embleem van het Bureau voor Openbare Veiligheid van Tancheng, een county in de provincie Shandong.",
      operator="Tancheng", operator_alt=["Linyi"]),
    I("SR", "forced_return", "mensen van dat kantoor hem in januari met de auto naar de luchthaven Zanderij hebben gebracht en hem daar op een vlucht naar China hebben gezet",
      place="Moengo", claimant="a young gold-field worker"),
    C("stations", 2, "SR", "Volgens een lokale mensenrechtengroep zijn er twee in Suriname.", claimant="a local human-rights group"),
    S("SR", "Albina", "De tweede staat in Albina, aan de grensrivier met Frans-Guyana. Die zou zijn opgezet door de politie van Huangchuan, in Henan.",
      operator="Huangchuan", operator_alt=["Xinyang"], claimant="a local human-rights group"),
    D("CN", "De Chinese ambassade zegt dat het gaat om 'servicebalies' van vrijwilligers, die landgenoten helpen met het verlengen van hun rijbewijs en met notariële stukken.",
      claimant="PRC Embassy in Suriname"),
    A("SR", "security_agreement", "Suriname en China hebben in 2019 een overeenkomst over politiesamenwerking gesloten", date="2019"),
    R("SR", "no_wrongdoing_found", "Over Albina zegt de politie voorlopig geen aanwijzingen te hebben gevonden.", place="Albina",
      claimant="Suriname Police Force"),
]

DOCS = [
    {"name": "012-nl-regionieuws-update-bergen-op-zoom-oosterhout-yucheng-zouping.txt", "text": T012, "facts": F012},
    {"name": "013-nl-be-schriftelijke-vraag-beringen-maaseik-dashiqiao-yinan.txt", "text": T013, "facts": F013},
    {"name": "014-nl-radio-transcriptie-suriname-moengo-albina-tancheng-huangchuan.txt", "text": T014, "facts": F014},
]
