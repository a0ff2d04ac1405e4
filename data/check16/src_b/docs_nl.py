"""check16 part B, Dutch documents 020-025 (held-out: contains gold)."""
from h import S, C, R, I, A, D, W, M

DOCS = []

# ---------------------------------------------------------------- 020
T020 = """Deze website maakt gebruik van cookies. Door verder te klikken ga je akkoord met ons cookiebeleid. [Akkoord] [Instellingen aanpassen]

Binnenland

Burgemeester Zoetermeer sluit pand om vermeende Chinese politiepost

ANP | 9 februari 2026, 14:12 | Bijgewerkt: 17:48
Deel dit artikel: Facebook · X · WhatsApp · E-mail

ZOETERMEER (ANP) - De burgemeester van Zoetermeer heeft maandag een bedrijfspand in het stadshart laten sluiten waar volgens de politie een onofficieel Chinees politiesteunpunt was gevestigd. Het pand is voor de duur van drie maanden verzegeld, meldt de gemeente.

Foto: Agenten bij het verzegelde pand in het centrum van Zoetermeer. Foto ANP

Volgens ingewijden werd de locatie aangestuurd door het Bureau voor Openbare Veiligheid van Hengshui, een stad in de Noord-Chinese provincie Hebei. Officieel bood het kantoor hulp bij het aanvragen van Chinese documenten. In de praktijk zou er meer zijn gebeurd: een Chinese Nederlander uit de regio deed in december aangifte omdat hem op die plek was gevraagd namen en telefoonnummers door te geven van landgenoten die betrokken zijn bij een Falun Gong-groep.

Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld. Aanhoudingen zijn nog niet verricht, aldus een woordvoerder.

Lees ook: Wat we weten over Chinese 'politieposten' in Nederland

Het is niet de eerste keer dat Nederland zo'n post aanpakt. In 2022 liet het kabinet al twee van zulke steunpunten sluiten, nadat onderzoeksjournalisten ze aan het licht hadden gebracht.

Update 17.48 uur: De Chinese ambassade in Den Haag laat in een reactie weten dat het bij de gesloten locatie om een 'vrijwillig dienstverleningspunt' gaat waar Chinezen in Nederland hun rijbewijs kunnen laten verlengen. "Van politietaken is op geen enkele manier sprake", aldus de ambassade.

Meer nieuws uit Binnenland
› Kabinet wil strengere regels voor buitenlandse financiering van moskeeën en kerken
› Drukte op de A12 na ongeluk bij Zoetermeer
"""
DOCS.append({"name": "020-nl-anp-bericht-zoetermeer-hengshui.txt", "text": T020, "facts": [
    S("NL", "Zoetermeer", "De burgemeester van Zoetermeer heeft maandag een bedrijfspand in het stadshart laten sluiten waar volgens de politie een onofficieel Chinees politiesteunpunt was gevestigd.",
      operator="Hengshui", claimant="Dutch police",
      note="operator in the next paragraph ('werd de locatie aangestuurd door het Bureau voor Openbare Veiligheid van Hengshui', insiders)"),
    R("NL", "closure", "De burgemeester van Zoetermeer heeft maandag een bedrijfspand in het stadshart laten sluiten",
      place="Zoetermeer", claimant=None, date="2026-02-09"),
    I("NL", "surveillance", "een Chinese Nederlander uit de regio deed in december aangifte omdat hem op die plek was gevraagd namen en telefoonnummers door te geven van landgenoten die betrokken zijn bij een Falun Gong-groep.",
      place="Zoetermeer", claimant="Chinese Dutchman from the region", note="asked to hand over lists"),
    R("NL", "investigation", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld.", place="Zoetermeer",
      claimant="Openbaar Ministerie", date="2026-02"),
    R("NL", "arrest", "Aanhoudingen zijn nog niet verricht, aldus een woordvoerder.", pol="denied", opt=True),
    C("stations", 2, "NL", "In 2022 liet het kabinet al twee van zulke steunpunten sluiten", date="2022"),
    D("CN", "De Chinese ambassade in Den Haag laat in een reactie weten dat het bij de gesloten locatie om een 'vrijwillig dienstverleningspunt' gaat waar Chinezen in Nederland hun rijbewijs kunnen laten verlengen.",
      claimant="Chinese Embassy in the Netherlands", date="2026-02-09"),
]})

# ---------------------------------------------------------------- 021
H021 = "ah-tk-20252026-1187\nISSN 0921 - 7398\n's-Gravenhage 2026"
MK021 = ["straf·rechtelijk", "straf·rechtelijke", "Buiten·landse", "Veilig·heid", "aan·wijzingen", "on·acceptabel", "ver·kennend", "be·treffende", "ambas·sadeur", "maat·regelen", "Openbaar", "onder·zoek", "onder·zoeken", "be·invloeding", "familie·leden", "betrok·kene", "terug·keer", "ont·vangen", "inge·zonden", "ant·woorden", "dergelijke", "provin·cie", "Minis·terie"]
P021 = W(M("""Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

1187
Vragen van het lid Verhoeven (fractie) aan de Ministers van Justitie en Veiligheid en van Buitenlandse Zaken over een Chinese politiepost in Sittard (ingezonden 12 januari 2026).

Antwoord van Minister van Justitie en Veiligheid, mede namens de Minister van Buitenlandse Zaken (ontvangen 9 februari 2026).

Vraag 1
Bent u bekend met het bericht ‘Chinese politie actief in Sittard’?1)

Antwoord 1
Ja.

Vraag 2
Klopt het dat deze post, gevestigd in een winkel·pand aan de Markt, zou zijn opgezet door het Bureau voor Openbare Veiligheid van Yingkou, een haven·stad in de provincie Liaoning? Welke maatregelen heeft u genomen?

Antwoord 2
Over lopende strafrechtelijke onderzoeken doe ik in het algemeen geen mede·delingen. Wel kan ik bevestigen dat het Openbaar Ministerie een strafrechtelijk onderzoek is gestart naar activiteiten op het betreffende adres.

Vraag 3
Is het waar dat een in Limburg wonende student onder druk is gezet om naar China terug te keren, en dat zijn ouders daartoe meermaals door de politie in Yingkou zijn bezocht?

Antwoord 3
Er is aangifte gedaan door een persoon die stelt dat zijn familie·leden in China zijn benaderd met het verzoek hem tot terugkeer te bewegen. De betrokkene verblijft nog in Nederland. Vanwege het lopende onderzoek kan ik hier verder niet op ingaan.

Vraag 4
Wat is de stand van zaken rond de eerder gemelde post in Purmerend?2)

Antwoord 4
Naar de locatie in Purmerend heeft de politie in het voorjaar van 2025 een verkennend onderzoek verricht. Daarbij zijn geen aanwijzingen voor strafbare feiten aangetroffen. De activiteiten op die locatie zijn inmiddels gestaakt.

Vraag 5
Bent u bereid de Chinese ambassadeur te ontbieden?

Antwoord 5
De Chinese ambassadeur is op 3 februari 2026 ontboden op het Ministerie van Buitenlandse Zaken. Daarbij is duidelijk gemaakt dat Nederland iedere vorm van heimelijke beïnvloeding van de Chinese gemeen·schap in Nederland onacceptabel vindt.

Vraag 6
Hoeveel van dergelijke locaties zijn sinds 2022 in Nederland in beeld geweest?

Antwoord 6
Het kabinet heeft sinds 2022 kennis genomen van in totaal vijf locaties in Nederland waar sprake was of zou zijn van een dergelijke post.
""", MK021), width=68)
T021 = (P021.split("Vraag 4")[0].rstrip("\n") + "\n\n"
        + "1) Dagblad De Limburger, 10 januari 2026\n\n"
        + "Aanhangsel Handelingen II 2025/26                                              1\n\f"
        + H021 + "\n\n" + "Vraag 4" + P021.split("Vraag 4")[1]
        + "\n2) NH Nieuws, 14 mei 2025\n\n"
        + "Aanhangsel Handelingen II 2025/26                                              2\n")
DOCS.append({"name": "021-nl-kamervragen-antwoord-wrapped-sittard-purmerend-yingkou.txt", "text": T021, "facts": [
    S("NL", "Sittard", "Klopt het dat deze post, gevestigd in een winkelpand aan de Markt, zou zijn opgezet door het Bureau voor Openbare Veiligheid van Yingkou, een havenstad in de provincie Liaoning?",
      operator="Yingkou", claimant="Dagblad De Limburger", note="premise in the MP's question; place from the question's title"),
    R("NL", "investigation", "Wel kan ik bevestigen dat het Openbaar Ministerie een strafrechtelijk onderzoek is gestart naar activiteiten op het betreffende adres.",
      place="Sittard", claimant="Dutch Minister of Justice and Security"),
    I("NL", "persuasion", "Er is aangifte gedaan door een persoon die stelt dat zijn familieleden in China zijn benaderd met het verzoek hem tot terugkeer te bewegen.",
      claimant="complainant", note="the person stayed"),
    I("NL", "harassment", "Is het waar dat een in Limburg wonende student onder druk is gezet om naar China terug te keren, en dat zijn ouders daartoe meermaals door de politie in Yingkou zijn bezocht?",
      opt=True, note="relatives visited inside the persuasion case; in a question"),
    S("NL", "Purmerend", "Naar de locatie in Purmerend heeft de politie in het voorjaar van 2025 een verkennend onderzoek verricht.",
      note="'de eerder gemelde post in Purmerend'"),
    R("NL", "no_wrongdoing_found", "Daarbij zijn geen aanwijzingen voor strafbare feiten aangetroffen.", place="Purmerend",
      claimant="Dutch Minister of Justice and Security", date="2025"),
    R("NL", "closure", "De activiteiten op die locatie zijn inmiddels gestaakt.", place="Purmerend", opt=True,
      note="stopped, no order stated"),
    R("NL", "protest", "De Chinese ambassadeur is op 3 februari 2026 ontboden op het Ministerie van Buitenlandse Zaken.",
      claimant="Dutch Minister of Justice and Security", date="2026-02-03"),
    C("stations", 5, "NL", "Het kabinet heeft sinds 2022 kennis genomen van in totaal vijf locaties in Nederland waar sprake was of zou zijn van een dergelijke post.",
      claimant="Dutch government"),
]})

# ---------------------------------------------------------------- 022
T022 = """Transcriptie – De Ochtend, Radio 1, donderdag 5 maart 2026, 7.40 uur
(Deze tekst is automatisch gegenereerd en nagekeken door de redactie. Kleine afwijkingen van de uitzending zijn mogelijk.)

PRESENTATOR: Het is twintig voor acht. Het federaal parket heeft een onderzoek geopend naar een vermoedelijke Chinese politiepost in Vilvoorde. Onze collega van de onderzoeksredactie heeft het dossier kunnen inkijken. Goeiemorgen.

JOURNALISTE: Goeiemorgen.

PRESENTATOR: Over wat voor plek hebben we het?

JOURNALISTE: Een kantoortje boven een reisbureau, vlak bij de Grote Markt. Op de bel staat de naam van een vzw voor Chinees-Belgische vriendschap. Volgens documenten die wij hebben kunnen inzien, is die plek gelinkt aan de politie van Xiaoyi, een stad in de provincie Shanxi, in het noorden van China. Er zouden daar sinds 2024 regelmatig mensen van die dienst over de vloer zijn gekomen.

PRESENTATOR: En wat gebeurde er dan?

JOURNALISTE: Dat is precies de vraag. Wij hebben gesproken met een Oeigoerse vrouw uit Vilvoorde. Zij vertelt dat ze na een betoging in Brussel op straat werd gefotografeerd door twee mannen die ze later in dat kantoor naar binnen zag gaan. Een week later kreeg haar zus in Xinjiang bezoek van de politie, met die foto's.

PRESENTATOR: Is dit de enige plek in ons land?

JOURNALISTE: Nee. In het dossier wordt ook een adres in Geel vermeld, maar daarover is veel minder bekend. In België gaat het dus om twee locaties. Wereldwijd spreken mensenrechtenorganisaties over meer dan honderd.

PRESENTATOR: Hoe reageert de politiek?

JOURNALISTE: De minister van Buitenlandse Zaken heeft gisteren de Chinese ambassadeur op het matje geroepen. De Staatsveiligheid volgt het dossier al langer, heb ik begrepen.

PRESENTATOR: En China zelf?

JOURNALISTE: De ambassade zegt dat het gaat om een dienstverleningspunt waar oudere landgenoten hulp krijgen bij het verlengen van hun rijbewijs. "Geen politie, geen geheime activiteiten", staat in de mail die we kregen.

PRESENTATOR: Wat als het parket bevestigt dat er echt Chinese agenten actief waren?

JOURNALISTE: Dan kan de regering diplomaten uitwijzen, dat is wat experts zeggen. Maar zover zijn we nog lang niet.

PRESENTATOR: Dank je wel. – En dan het verkeer: op de Ring rond Brussel staat een file van zes kilometer tussen Groot-Bijgaarden en Zaventem …

[jingle]
"""
DOCS.append({"name": "022-nl-radio-transcriptie-vilvoorde-geel-xiaoyi.txt", "text": T022, "facts": [
    S("BE", "Vilvoorde", "Volgens documenten die wij hebben kunnen inzien, is die plek gelinkt aan de politie van Xiaoyi, een stad in de provincie Shanxi, in het noorden van China.",
      operator="Xiaoyi", operator_alt=["Lüliang", "Luliang"], claimant=None,
      note="'die plek' = the office in Vilvoorde; Xiaoyi is a county-level city of Lüliang"),
    R("BE", "investigation", "Het federaal parket heeft een onderzoek geopend naar een vermoedelijke Chinese politiepost in Vilvoorde.",
      place="Vilvoorde", claimant="federaal parket", date="2026-03"),
    I("BE", "surveillance", "Zij vertelt dat ze na een betoging in Brussel op straat werd gefotografeerd door twee mannen die ze later in dat kantoor naar binnen zag gaan.",
      place="Vilvoorde", claimant="Uyghur woman from Vilvoorde"),
    I("BE", "harassment", "Een week later kreeg haar zus in Xinjiang bezoek van de politie, met die foto's.", opt=True,
      note="relative visited in China"),
    S("BE", "Geel", "In het dossier wordt ook een adres in Geel vermeld, maar daarover is veel minder bekend."),
    C("stations", 2, "BE", "In België gaat het dus om twee locaties."),
    C("stations", 100, None, "Wereldwijd spreken mensenrechtenorganisaties over meer dan honderd.", claimant="human rights organisations", opt=True),
    R("BE", "protest", "De minister van Buitenlandse Zaken heeft gisteren de Chinese ambassadeur op het matje geroepen.",
      claimant=None, date="2026-03-04"),
    D("CN", "De ambassade zegt dat het gaat om een dienstverleningspunt waar oudere landgenoten hulp krijgen bij het verlengen van hun rijbewijs.",
      claimant="Chinese Embassy in Belgium"),
]})

# ---------------------------------------------------------------- 023
T023 = """FACTCHECK

Nee, er zitten geen vijf geheime Chinese politiebureaus in Friesland

Een veelgedeeld bericht op Facebook en TikTok beweert dat China in Friesland vijf 'politiebureaus' runt en dat de politie niets doet. Dat klopt niet. Wel is er één locatie in Drachten onderzocht.

Door de factcheckredactie | 19 november 2025, 09:30

OORDEEL: ONJUIST

De bewering
"Vijf geheime Chinese politiebureaus in Friesland!! Harlingen is pas het begin, ook in Sneek en Heerenveen. Politie doet NIETS." Zo luidt de tekst bij een foto van een gebouw met Chinese karakters en een blauw-wit politiebord. Het bericht werd sinds zaterdag ruim 4.000 keer gedeeld.

Wat klopt er niet?
De foto is niet in Friesland gemaakt. Via omgekeerd zoeken vonden wij hetzelfde beeld op een Chinese nieuwssite uit 2019: het is een wijkbureau van de politie in Fushun, in de Noordoost-Chinese provincie Liaoning.

Van locaties in Sneek of Heerenveen is bij de politie niets bekend, laat een woordvoerder van de politie Noord-Nederland ons weten. Ook in andere openbare bronnen vonden wij geen enkele aanwijzing voor zulke posten.

Wat klopt er wel?
In Drachten heeft het Friesch Dagblad begin november een adres beschreven waar volgens twee bronnen een steunpunt van het Bureau voor Openbare Veiligheid van Fuxin actief zou zijn geweest. Fuxin is een mijnstad in dezelfde provincie Liaoning. De politie Noord-Nederland bevestigt dat zij het pand in oktober heeft bezocht en met de beheerders heeft gesproken. Strafbare feiten zijn daarbij niet vastgesteld, aldus de woordvoerder.

De bewering dat 'de politie niets doet' is dus onjuist. Of er in Drachten werkelijk iets aan de hand was, is nog niet duidelijk.

En China?
De Chinese ambassade noemde de berichtgeving over Drachten eerder 'volkomen ongefundeerd': het zou gaan om vrijwilligers die Chinese ouderen helpen met papierwerk.

Zo checkten we
We zochten de foto op met omgekeerd zoeken, vroegen de politie Noord-Nederland en de gemeente Smallingerland om een reactie en lazen de berichtgeving van het Friesch Dagblad.

Heb je een tip voor een factcheck? Laat het ons weten via het tipformulier.
"""
DOCS.append({"name": "023-nl-factcheck-drachten-fuxin.txt", "text": T023, "facts": [
    C("stations", 5, "NL", "\"Vijf geheime Chinese politiebureaus in Friesland!!", claimant="social-media posts", opt=True,
      note="regional claim rated false"),
    S("NL", "Sneek", "Harlingen is pas het begin, ook in Sneek en Heerenveen.", claimant="social-media posts", opt=True),
    S("NL", "Heerenveen", "Harlingen is pas het begin, ook in Sneek en Heerenveen.", claimant="social-media posts", opt=True),
    S("NL", "Harlingen", "Harlingen is pas het begin, ook in Sneek en Heerenveen.", claimant="social-media posts", opt=True),
    S("NL", "Sneek", "Van locaties in Sneek of Heerenveen is bij de politie niets bekend", claimant="politie Noord-Nederland", pol="denied", opt=True),
    S("NL", "Heerenveen", "Van locaties in Sneek of Heerenveen is bij de politie niets bekend", claimant="politie Noord-Nederland", pol="denied", opt=True),
    S("NL", "Drachten", "In Drachten heeft het Friesch Dagblad begin november een adres beschreven waar volgens twee bronnen een steunpunt van het Bureau voor Openbare Veiligheid van Fuxin actief zou zijn geweest.",
      operator="Fuxin", claimant="Friesch Dagblad"),
    R("NL", "investigation", "De politie Noord-Nederland bevestigt dat zij het pand in oktober heeft bezocht en met de beheerders heeft gesproken.",
      place="Drachten", claimant="politie Noord-Nederland", date="2025-10"),
    R("NL", "no_wrongdoing_found", "Strafbare feiten zijn daarbij niet vastgesteld, aldus de woordvoerder.", place="Drachten",
      claimant="politie Noord-Nederland"),
    D("CN", "De Chinese ambassade noemde de berichtgeving over Drachten eerder 'volkomen ongefundeerd': het zou gaan om vrijwilligers die Chinese ouderen helpen met papierwerk.",
      claimant="Chinese Embassy in the Netherlands"),
]})

# ---------------------------------------------------------------- 024 (irrelevant)
T024 = """Regio Gooi en Vechtstreek

Chinese ouderen krijgen eigen spreekuur voor DigiD en AOW

Door onze verslaggever | 2 december 2025, 06:00

HILVERSUM - Elke donderdagmiddag zit er een vrijwilliger klaar in het buurthuis aan de Larenseweg: voor Chinese ouderen die vastlopen op DigiD, hun AOW-brief niet begrijpen of een nieuwe ov-chipkaart willen aanvragen. Het servicepunt is een initiatief van een stichting voor Chinese senioren in het Gooi, en draait sinds september.

Foto: Een vrijwilliger helpt een bezoeker met een formulier van de Sociale Verzekeringsbank. Foto: redactie

"Veel van onze ouderen zijn hier in de jaren zeventig gekomen om in de horeca te werken", vertelt de voorzitster van de stichting. "Ze spreken redelijk Nederlands, maar de brieven van de overheid zijn voor hen onleesbaar." In de eerste drie maanden kwamen er 102 bezoekers langs.

Vorige week schoof de wijkagent aan voor een voorlichting over babbeltrucs en nepbankmedewerkers aan de telefoon. "Ouderen in deze gemeenschap zijn vaak doelwit, omdat oplichters denken dat ze minder snel naar de politie stappen", zei hij. Hij liet een folder in het Chinees achter met het nummer van de politie.

De gemeente heeft met de stichting een samenwerkingsovereenkomst gesloten en betaalt de huur van de ruimte. Een wethouder noemt het spreekuur "een mooi voorbeeld van burgers die elkaar helpen".

Niet iedereen komt zelf. Voor ouderen die slecht ter been zijn, organiseert de stichting vervoer vanaf het station. Ook de verkeerspolitie deed mee: bij een actie op het Stationsplein controleerden agenten vorige maand de verlichting van fietsen, waarbij de stichting als tolk optrad.

Lees ook: Buurthuis aan de Larenseweg krijgt eindelijk een lift

Wil je reageren op dit artikel? Stuur een bericht naar de redactie.
"""
DOCS.append({"name": "024-nl-lokaal-spreekuur-chinese-ouderen.txt", "text": T024, "facts": []})

# ---------------------------------------------------------------- 025
T025 = """Openbaar Ministerie
Landelijk Parket

Persbericht
Twee verdachten aangehouden voor heimelijke activiteiten ten behoeve van China

Nieuwegein, 24 maart 2026

Op dinsdag 24 maart 2026 zijn een 48-jarige man uit Nieuwegein en een 55-jarige man uit Utrecht aangehouden op verdenking van heimelijke activiteiten ten behoeve van een buitenlandse mogendheid. De aanhoudingen zijn verricht door de Landelijke Eenheid van de politie, onder leiding van het Landelijk Parket. Tegelijkertijd is een pand aan de Passage in Nieuwegein doorzocht. Daarbij zijn onder meer laptops, telefoons en administratie in beslag genomen.

Verdenking
Het Openbaar Ministerie verdenkt de mannen ervan dat zij vanuit het pand in Nieuwegein, dat zich naar buiten toe presenteerde als servicepunt voor Chinese landgenoten, in opdracht van het Bureau voor Openbare Veiligheid van Xingcheng (provincie Liaoning) informatie hebben verzameld over Chinezen in Nederland. Het zou onder meer gaan om gegevens van Hongkongse activisten in Utrecht en hun familieleden.

Daarnaast bestaat het vermoeden dat de verdachten in ten minste één geval een in Nederland wonende man onder druk hebben gezet om naar China terug te keren. Deze man is in de zomer van 2025 teruggereisd.

Het pand is op last van de burgemeester van Nieuwegein gesloten.

Wettelijk kader
Sinds de wetswijziging van mei 2025 zijn spionageactiviteiten en andere heimelijke activiteiten ten behoeve van een buitenlandse mogendheid die de Nederlandse belangen schaden strafbaar, ook als er geen staatsgeheimen in het spel zijn. Het is een van de eerste keren dat het OM op grond van deze bepaling verdachten laat aanhouden.

Voorgeleiding
De verdachten worden vrijdag voorgeleid aan de rechter-commissaris in Rotterdam. Het onderzoek is nog in volle gang. Het OM doet daarom op dit moment geen verdere mededelingen.

Noot voor de redactie
Voor meer informatie kunt u contact opnemen met de persvoorlichter van het Landelijk Parket.
"""
DOCS.append({"name": "025-nl-persbericht-om-nieuwegein-xingcheng.txt", "text": T025, "facts": [
    S("NL", "Nieuwegein", "Het Openbaar Ministerie verdenkt de mannen ervan dat zij vanuit het pand in Nieuwegein, dat zich naar buiten toe presenteerde als servicepunt voor Chinese landgenoten, in opdracht van het Bureau voor Openbare Veiligheid van Xingcheng (provincie Liaoning) informatie hebben verzameld over Chinezen in Nederland.",
      operator="Xingcheng", operator_alt=["Huludao"], claimant="Openbaar Ministerie",
      note="Xingcheng is a county-level city of Huludao"),
    R("NL", "arrest", "Op dinsdag 24 maart 2026 zijn een 48-jarige man uit Nieuwegein en een 55-jarige man uit Utrecht aangehouden op verdenking van heimelijke activiteiten ten behoeve van een buitenlandse mogendheid.",
      place="Nieuwegein", claimant="Openbaar Ministerie", date="2026-03-24", note="ages are not counts"),
    R("NL", "investigation", "Tegelijkertijd is een pand aan de Passage in Nieuwegein doorzocht.", place="Nieuwegein",
      claimant="Openbaar Ministerie", date="2026-03-24"),
    I("NL", "surveillance", "Het zou onder meer gaan om gegevens van Hongkongse activisten in Utrecht en hun familieleden.",
      place="Utrecht", claimant="Openbaar Ministerie",
      note="information collected from the Nieuwegein premises"),
    I("NL", "persuasion", "Daarnaast bestaat het vermoeden dat de verdachten in ten minste één geval een in Nederland wonende man onder druk hebben gezet om naar China terug te keren.",
      claimant="Openbaar Ministerie", date="2025", note="he went back in summer 2025"),
    C("returns", 1, "NL", "Deze man is in de zomer van 2025 teruggereisd.", claimant="Openbaar Ministerie", opt=True, note="count of one"),
    R("NL", "closure", "Het pand is op last van de burgemeester van Nieuwegein gesloten.", place="Nieuwegein", claimant="Openbaar Ministerie"),
]})
