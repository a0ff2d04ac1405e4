"""check24 part B, Dutch documents 038-040."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 038
DOCS.append({"name": "038-nl-sr-nieuws-update-domburg-onverwacht-yitong-dongliao.txt", "text": """
Deze website gebruikt cookies. Door verder te surfen gaat u akkoord met ons cookiebeleid. [OK]

Suriname Dagblad Online | Binnenland | Wanica

Politie doorzoekt pand in Domburg om vermeende Chinese politiepost

Delen: Facebook | WhatsApp | X

Paramaribo, 10 maart 2026 – Het Korps Politie Suriname (KPS) heeft dinsdagochtend een pand aan de Domburgweg doorzocht. Volgens de politie functioneerde het kantoor op de bovenverdieping, boven een groothandel in bouwmaterialen, als een onofficieel steunpunt van de Chinese politie. Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld. Er is tot nu toe niemand aangehouden.

Domburg, aan de oever van de Surinamerivier, is de laatste jaren uitgegroeid tot een geliefde uitgaansplek voor gezinnen uit Paramaribo. Op zondag staat de waterkant vol met kraampjes, en langs de weg naar Lelydorp zijn de afgelopen tien jaar tientallen Chinese supermarkten, bouwmarkten en restaurants geopend. Veel van de eigenaren kwamen na 2000 naar Suriname, vaak uit het noordoosten van China.

Foto: Het pand aan de Domburgweg waar de politie dinsdag binnenviel. (Foto: SDO)

Buurtbewoners zeggen dat er in het kantoor op vaste dagen Chinese landgenoten werden geholpen met papieren. "Je zag daar elke zaterdag een rij mensen staan," zegt een vrouw die een roti-shop verderop in de straat runt.

LEES OOK: Nieuwe brug over de Saramaccarivier in 2027 klaar

Uit in beslag genomen stukken zou blijken dat het kantoor werd aangestuurd door het bureau voor openbare veiligheid van Yitong, een arrondissement in de Chinese provincie Jilin. Dat meldt een bron binnen het KPS aan deze krant.

Volgens de mensenrechtenorganisatie Safeguard Defenders gaat het in Suriname om twee locaties. Een tweede post zou zich in Onverwacht in het district Para bevinden en banden hebben met het bureau van Dongliao, ook in Jilin. De politie in Para wilde daar niet op reageren.

Een supermarkteigenaar uit Wanica vertelt dat zijn ouders in Jilin vorig jaar twee keer door agenten werden bezocht, nadat hij op Facebook kritiek had geuit op de Chinese overheid. "Niemand heeft gezegd dat ik terug moest komen. Maar mijn moeder huilde aan de telefoon."

De Chinese ambassade in Paramaribo noemde de berichten in een verklaring "volstrekt ongegrond". Volgens de ambassade hielpen vrijwilligers van een Chinese vereniging oudere landgenoten alleen met het verlengen van paspoorten en rijbewijzen. "Er zijn geen Chinese politieposten in Suriname," aldus de verklaring.

Update 16.40 uur: Minister van Buitenlandse Zaken, Internationale Business en Internationale Samenwerking heeft de Chinese ambassadeur dinsdagmiddag ontboden, meldt het ministerie. Over de inhoud van het gesprek werd niets bekendgemaakt.

Reageren? Mail de redactie. | Schrijf u in voor onze dagelijkse nieuwsbrief.
""", "facts": [
    R("SR", "investigation", "Het Korps Politie Suriname (KPS) heeft dinsdagochtend een pand aan de Domburgweg doorzocht.",
      place="Domburg", date="2026-03-10"),
    S("SR", "Domburg", "Volgens de politie functioneerde het kantoor op de bovenverdieping, boven een groothandel in bouwmaterialen, als een onofficieel steunpunt van de Chinese politie.",
      claimant="Korps Politie Suriname"),
    R("SR", "investigation", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld."),
    R("SR", "arrest", "Er is tot nu toe niemand aangehouden.", pol="denied", opt=True),
    S("SR", "Domburg", "Uit in beslag genomen stukken zou blijken dat het kantoor werd aangestuurd door het bureau voor openbare veiligheid van Yitong, een arrondissement in de Chinese provincie Jilin.",
      operator="Yitong", operator_alt=["Siping"], claimant="Korps Politie Suriname"),
    C("stations", 2, "SR", "Volgens de mensenrechtenorganisatie Safeguard Defenders gaat het in Suriname om twee locaties.",
      claimant=SD),
    S("SR", "Onverwacht", "Een tweede post zou zich in Onverwacht in het district Para bevinden en banden hebben met het bureau van Dongliao, ook in Jilin.",
      operator="Dongliao", operator_alt=["Liaoyuan"], claimant=SD),
    I("SR", "harassment", "zijn ouders in Jilin vorig jaar twee keer door agenten werden bezocht, nadat hij op Facebook kritiek had geuit op de Chinese overheid"),
    D("CN", "De Chinese ambassade in Paramaribo noemde de berichten in een verklaring \"volstrekt ongegrond\".",
      claimant="Chinese Embassy in Suriname"),
    S("SR", None, "\"Er zijn geen Chinese politieposten in Suriname,\" aldus de verklaring.", pol="denied", opt=True,
      claimant="Chinese Embassy in Suriname"),
    R("SR", "protest", "heeft de Chinese ambassadeur dinsdagmiddag ontboden, meldt het ministerie", date="2026-03-10"),
]})

# ---------------------------------------------------------------- 039
_039 = """RECHTBANK VAN EERSTE AANLEG WEST-VLAANDEREN, AFDELING BRUGGE
Kamer B17 – correctionele zaken
Vonnis van 19 juni 2026               Notitienummer: BR.17.L2.00431/25

In de zaak van het openbaar ministerie
en
de burgerlijke partij: [geanonimiseerd], wonende te Torhout, bijgestaan door meester [geanonimiseerd], advocaat
tegen
beklaagde: [geanonimiseerd], geboren te Heishan (Volksrepubliek China), van Chinese nationaliteit,
wonende te Torhout, bijgestaan door meester [geanonimiseerd], advocaat.

1. De tenlasteleggingen

Beklaagde wordt vervolgd omdat hij, te Torhout, in de periode van 1 januari 2023 tot 14 maart 2025, voor rekening van een buitenlandse overheid activiteiten heeft ontplooid die de veiligheid van personen op het Belgische grondgebied in het gedrang brachten, meer bepaald door de vzw "Chinees Cultureel Huis Torhout" uit te baten als dienstverleningspunt van het Bureau voor Openbare Veiligheid van het district Heishan (provincie Liaoning), en door personen onder druk te zetten om naar China terug te keren.

2. De procedure

Op 14 maart 2025 voerden speurders van de federale gerechtelijke politie West-Vlaanderen een huiszoeking uit in de lokalen van de vzw aan de Markt te Torhout. Beklaagde werd dezelfde dag van zijn vrijheid beroofd en bij beschikking van de onderzoeksrechter onder aanhoudingsmandaat geplaatst. Hij werd op 2 mei 2025 onder voorwaarden vrijgelaten.

3. Beoordeling

3.1. Uit de gegevens van het strafdossier blijkt dat de vzw naast taallessen en feestelijkheden een "dienstverleningsloket" openhield waar Chinese inwoners van de streek terechtkonden voor hulp bij paspoorten en rijbewijzen. In het bij de huiszoeking in beslag genomen notitieboek stonden evenwel de namen, adressen, werkgevers en telefoonnummers van zesenveertig Chinese inwoners van West-Vlaanderen, met aantekeningen over hun politieke uitlatingen.

3.2. De burgerlijke partij verklaart dat zij in 2024 herhaaldelijk door beklaagde werd opgebeld en aangesproken om naar China terug te keren, waar zij zich zou moeten verantwoorden voor een schuld. Zij heeft daaraan geen gevolg gegeven en woont nog steeds te Torhout.

3.3. Uit de in beslag genomen briefwisseling en de betalingen die beklaagde ontving, is voor de rechtbank bewezen dat het loket werkte als dienstverleningspunt van het Bureau voor Openbare Veiligheid van Heishan.

3.4. Het openbaar ministerie stelt daarnaast dat een tweede adres te Deinze tot hetzelfde netwerk behoorde en rapporteerde aan het bureau van Yixian. Uit het onderzoek ter plaatse te Deinze zijn evenwel geen strafbare feiten vastgesteld. De rechtbank acht dit onderdeel niet bewezen.

3.5. De verdediging voert aan dat de vzw louter administratieve hulp bood aan oudere landgenoten bij het verlengen van rijbewijzen en paspoorten. Dit verweer wordt door de stukken van het dossier tegengesproken.

4. Beslissing

De rechtbank, rechtdoende op tegenspraak,
verklaart de tenlastelegging bewezen;
veroordeelt beklaagde tot een gevangenisstraf van achttien maanden, waarvan negen maanden met uitstel, en tot een geldboete;
beveelt de sluiting van de lokalen van de vzw aan de Markt te Torhout voor een termijn van één jaar;
veroordeelt beklaagde tot betaling aan de burgerlijke partij van een schadevergoeding van 2.500 euro.

Aldus gevonnist en uitgesproken in openbare terechtzitting van 19 juni 2026.

Vonnis BR.17.L2.00431/25 – blad 3/3"""

DOCS.append({"name": "039-nl-be-vonnis-correctionele-rechtbank-torhout-deinze-heishan-yixian.txt",
             "text": wrap_hy(soft(_039), 80), "facts": [
    S("BE", "Torhout", "meer bepaald door de vzw \"Chinees Cultureel Huis Torhout\" uit te baten als dienstverleningspunt van het Bureau voor Openbare Veiligheid van het district Heishan (provincie Liaoning)",
      operator="Heishan", operator_alt=["Jinzhou"], claimant="Belgian public prosecutor"),
    S("BE", "Torhout", "is voor de rechtbank bewezen dat het loket werkte als dienstverleningspunt van het Bureau voor Openbare Veiligheid van Heishan.",
      operator="Heishan", operator_alt=["Jinzhou"], claimant="Court of First Instance of West Flanders"),
    R("BE", "investigation", "Op 14 maart 2025 voerden speurders van de federale gerechtelijke politie West-Vlaanderen een huiszoeking uit in de lokalen van de vzw aan de Markt te Torhout.",
      place="Torhout", date="2025-03-14"),
    R("BE", "arrest", "Beklaagde werd dezelfde dag van zijn vrijheid beroofd en bij beschikking van de onderzoeksrechter onder aanhoudingsmandaat geplaatst.",
      date="2025-03-14"),
    R("BE", "arrest", "veroordeelt beklaagde tot een gevangenisstraf van achttien maanden", date="2026-06-19"),
    I("BE", "surveillance", "In het bij de huiszoeking in beslag genomen notitieboek stonden evenwel de namen, adressen, werkgevers en telefoonnummers van zesenveertig Chinese inwoners van West-Vlaanderen",
      place="Torhout"),
    I("BE", "persuasion", "De burgerlijke partij verklaart dat zij in 2024 herhaaldelijk door beklaagde werd opgebeld en aangesproken om naar China terug te keren",
      place="Torhout", date="2024"),
    S("BE", "Deinze", "Het openbaar ministerie stelt daarnaast dat een tweede adres te Deinze tot hetzelfde netwerk behoorde en rapporteerde aan het bureau van Yixian.",
      operator="Yixian", operator_alt=["Jinzhou"], opt=True, claimant="Belgian public prosecutor",
      note="the court holds it not proven"),
    R("BE", "no_wrongdoing_found", "Uit het onderzoek ter plaatse te Deinze zijn evenwel geen strafbare feiten vastgesteld.",
      place="Deinze", claimant="Court of First Instance of West Flanders"),
    D("BE", "De verdediging voert aan dat de vzw louter administratieve hulp bood aan oudere landgenoten bij het verlengen van rijbewijzen en paspoorten.",
      opt=True, claimant="the defence", note="host-side defence account, as check23"),
    R("BE", "closure", "beveelt de sluiting van de lokalen van de vzw aan de Markt te Torhout voor een termijn van één jaar",
      place="Torhout", date="2026-06-19"),
]})

# ---------------------------------------------------------------- 040
DOCS.append({"name": "040-nl-kamervragen-aanhangsel-heerhugowaard-etten-leur-baiquan-hulin.txt", "text": """
Tweede Kamer der Staten-Generaal                                   Vergaderjaar 2025–2026

Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

1874

Vragen van het lid [naam] aan de Ministers van Justitie en Veiligheid en van Buitenlandse Zaken over een vermeende Chinese politiepost in Heerhugowaard (ingezonden 12 februari 2026).

Antwoord van Minister van Justitie en Veiligheid, mede namens de Minister van Buitenlandse Zaken (ontvangen 16 maart 2026).

Vraag 1
Bent u bekend met het bericht "Chinese politiepost in Heerhugowaard ontdekt"?¹

Antwoord 1
Ja.

Vraag 2
In het bericht wordt gesteld dat het pand in Heerhugowaard werd beheerd namens het bureau voor openbare veiligheid van Baiquan, in de provincie Heilongjiang. Welke maatregelen zijn genomen?

Antwoord 2
Op 4 februari 2026 heeft de politie onder gezag van het Openbaar Ministerie een doorzoeking verricht in het pand. Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar mogelijke overtreding van artikel 98 van het Wetboek van Strafrecht. Over een lopend onderzoek doe ik geen verdere mededelingen. De burgemeester van Dijk en Waard heeft het pand op 9 februari 2026 voor de duur van zes maanden gesloten.

Vraag 3
Zijn er personen aangehouden?

Antwoord 3
Er is in deze zaak tot op heden niemand aangehouden.

Vraag 4
In hetzelfde bericht wordt een tweede locatie in Etten-Leur genoemd, die banden zou hebben met het bureau van Hulin. Wat heeft het onderzoek daarnaar opgeleverd?

Antwoord 4
De politie heeft het betreffende adres in Etten-Leur onderzocht. Daarbij zijn geen strafbare feiten vastgesteld.

Vraag 5
Op sociale media wordt ook een locatie in Katwijk genoemd. Heeft u daarover informatie?

Antwoord 5
Het kabinet heeft geen aanwijzingen dat er in Katwijk een dergelijke locatie bestaat.

Vraag 6
Hoeveel van zulke locaties zijn bij u bekend, en zijn er meldingen van personen die onder druk zijn gezet om terug te keren naar China?

Antwoord 6
In openbare bronnen worden in totaal vijf locaties in Nederland genoemd. Bij de politie is één melding binnengekomen van een student die vanuit het pand in Heerhugowaard herhaaldelijk werd aangespoord naar China terug te keren; zij is in Nederland gebleven.

Vraag 7
Heeft u de Chinese ambassadeur ter verantwoording geroepen? Wat was de reactie van de Chinese ambassade?

Antwoord 7
De Minister van Buitenlandse Zaken heeft de Chinese ambassadeur op 10 februari 2026 ontboden. De Chinese ambassade heeft daarbij verklaard dat het pand werd gebruikt door vrijwilligers die oudere landgenoten helpen met de verlenging van rijbewijzen en het aanvragen van levensbewijzen voor hun pensioen.

Vraag 8
Bent u bereid Chinese diplomaten uit te zetten indien uit het onderzoek blijkt dat er sprake is van heimelijke politieactiviteiten?

Antwoord 8
Ik ga niet vooruitlopen op de uitkomst van het strafrechtelijk onderzoek.

¹ Dijk en Waard Courant, 11 februari 2026

ah-tk-20252026-1874                                  ISSN 0921-7398
's-Gravenhage 2026                                   Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel
""", "facts": [
    S("NL", "Heerhugowaard", "In het bericht wordt gesteld dat het pand in Heerhugowaard werd beheerd namens het bureau voor openbare veiligheid van Baiquan, in de provincie Heilongjiang.",
      operator="Baiquan", operator_alt=["Qiqihar"], claimant="Dijk en Waard Courant"),
    R("NL", "investigation", "Op 4 februari 2026 heeft de politie onder gezag van het Openbaar Ministerie een doorzoeking verricht in het pand.",
      place="Heerhugowaard", date="2026-02-04", claimant="Dutch Minister of Justice and Security"),
    R("NL", "investigation", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar mogelijke overtreding van artikel 98 van het Wetboek van Strafrecht.",
      claimant="Dutch Minister of Justice and Security"),
    R("NL", "closure", "De burgemeester van Dijk en Waard heeft het pand op 9 februari 2026 voor de duur van zes maanden gesloten.",
      place="Heerhugowaard", date="2026-02-09", claimant="Dutch Minister of Justice and Security"),
    R("NL", "arrest", "Er is in deze zaak tot op heden niemand aangehouden.", pol="denied", opt=True,
      claimant="Dutch Minister of Justice and Security"),
    S("NL", "Etten-Leur", "In hetzelfde bericht wordt een tweede locatie in Etten-Leur genoemd, die banden zou hebben met het bureau van Hulin.",
      operator="Hulin", operator_alt=["Jixi"], claimant="Dijk en Waard Courant"),
    R("NL", "no_wrongdoing_found", "De politie heeft het betreffende adres in Etten-Leur onderzocht. Daarbij zijn geen strafbare feiten vastgesteld.",
      place="Etten-Leur", claimant="Dutch Minister of Justice and Security"),
    S("NL", "Katwijk", "Op sociale media wordt ook een locatie in Katwijk genoemd.", opt=True, claimant="social media"),
    S("NL", "Katwijk", "Het kabinet heeft geen aanwijzingen dat er in Katwijk een dergelijke locatie bestaat.", pol="denied",
      opt=True, claimant="Dutch government"),
    C("stations", 5, "NL", "In openbare bronnen worden in totaal vijf locaties in Nederland genoemd.",
      claimant="Dutch Minister of Justice and Security"),
    I("NL", "persuasion", "Bij de politie is één melding binnengekomen van een student die vanuit het pand in Heerhugowaard herhaaldelijk werd aangespoord naar China terug te keren; zij is in Nederland gebleven.",
      place="Heerhugowaard", claimant="Dutch Minister of Justice and Security"),
    R("NL", "protest", "De Minister van Buitenlandse Zaken heeft de Chinese ambassadeur op 10 februari 2026 ontboden.",
      date="2026-02-10", claimant="Dutch Minister of Justice and Security"),
    D("CN", "De Chinese ambassade heeft daarbij verklaard dat het pand werd gebruikt door vrijwilligers die oudere landgenoten helpen met de verlenging van rijbewijzen en het aanvragen van levensbewijzen voor hun pensioen.",
      claimant="Chinese Embassy in the Netherlands"),
]})
