from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 015
t = """Mutmaßliche chinesische Polizeistation in Leipzig: Staatsanwaltschaft ermittelt

Leipzig. Die Generalstaatsanwaltschaft Dresden hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet. Im Zentrum steht ein Verein chinesischer Unternehmer im Leipziger Osten, der nach Erkenntnissen des sächsischen Verfassungsschutzes als sogenannte Übersee-Polizeistation dient.

Betrieben werden soll die Anlaufstelle vom Büro für öffentliche Sicherheit der Stadt Lanxi in der ostchinesischen Provinz Zhejiang. Nach Angaben aus Sicherheitskreisen wurde sie 2019 eröffnet und hat seither mindestens drei Landsleute gedrängt, nach China zurückzukehren. Einer davon, ein Koch aus einem Restaurant in Halle, sei im Sommer 2022 zurückgeflogen, nachdem seine Eltern in Lanxi mehrfach von Polizisten aufgesucht worden seien.

Beamte des Landeskriminalamts durchsuchten am Dienstag die Vereinsräume. Festnahmen gab es nicht.

Auch in Dresden soll es eine solche Stelle gegeben haben. Sie habe ihre Tätigkeit allerdings schon im Herbst eingestellt, nachdem Medien erstmals berichtet hatten, heißt es aus dem Innenministerium.

Der sächsische Innenminister sprach am Mittwoch im Landtag von einem „inakzeptablen Angriff auf unsere Souveränität". Die Opposition warf der Landesregierung vor, Hinweise aus der chinesischen Gemeinde zu lange ignoriert zu haben. Bereits 2022 hatte eine Menschenrechtsorganisation berichtet, dass chinesische Lokalbehörden weltweit mehr als hundert solcher Stellen unterhalten, davon mehrere in Deutschland.

Das Auswärtige Amt hat den chinesischen Botschafter nach Angaben eines Sprechers einbestellt. Die Botschaft in Berlin wies die Vorwürfe zurück: Es handle sich um „ehrenamtliche Servicestellen", die Landsleuten beim Verlängern von Führerscheinen hülfen. Polizeiliche Aufgaben nehme niemand wahr.
"""
DOCS.append({"name": "015-de-news-leipzig-dresden-lanxi.txt", "text": t, "facts": [
    R("DE", "investigation", "Die Generalstaatsanwaltschaft Dresden hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet."),
    S("DE", "Leipzig", "Betrieben werden soll die Anlaufstelle vom Büro für öffentliche Sicherheit der Stadt Lanxi in der ostchinesischen Provinz Zhejiang.", operator="Lanxi", claimant="Saxon Office for the Protection of the Constitution", note="an association of Chinese entrepreneurs in the east of Leipzig"),
    C("returns", 3, "DE", "hat seither mindestens drei Landsleute gedrängt, nach China zurückzukehren", claimant="security sources", opt=True, note="'mindestens drei' pressed, not all returned"),
    I("DE", "persuasion", "Einer davon, ein Koch aus einem Restaurant in Halle, sei im Sommer 2022 zurückgeflogen, nachdem seine Eltern in Lanxi mehrfach von Polizisten aufgesucht worden seien.", claimant="security sources", date="2022"),
    I("DE", "harassment", "nachdem seine Eltern in Lanxi mehrfach von Polizisten aufgesucht worden seien", claimant="security sources", opt=True),
    R("DE", "arrest", "Festnahmen gab es nicht.", pol="denied", opt=True),
    S("DE", "Dresden", "Auch in Dresden soll es eine solche Stelle gegeben haben.", claimant="Saxon Ministry of the Interior"),
    R("DE", "closure", "Sie habe ihre Tätigkeit allerdings schon im Herbst eingestellt, nachdem Medien erstmals berichtet hatten", claimant="Saxon Ministry of the Interior", opt=True, note="stopped by itself"),
    C("stations", 100, None, "dass chinesische Lokalbehörden weltweit mehr als hundert solcher Stellen unterhalten", claimant="a human-rights organisation", date="2022", opt=True, note="approximation"),
    R("DE", "protest", "Das Auswärtige Amt hat den chinesischen Botschafter nach Angaben eines Sprechers einbestellt."),
    D("CN", "Die Botschaft in Berlin wies die Vorwürfe zurück: Es handle sich um „ehrenamtliche Servicestellen\", die Landsleuten beim Verlängern von Führerscheinen hülfen.", claimant="Chinese Embassy in Germany"),
]})

# ---------------------------------------------------------------- 016
t = """Graz: Verfassungsschutz prüft chinesischen „Servicepunkt"

Die Direktion Staatsschutz und Nachrichtendienst (DSN) geht Hinweisen auf eine chinesische Polizeistation in Graz nach. Das bestätigte das Innenministerium am Mittwoch auf Anfrage. Es gebe „Vorermittlungen", konkrete Ergebnisse lägen noch nicht vor.

Der Verdacht betrifft einen Kulturverein im Bezirk Lend. Laut einer Auflistung einer Menschenrechtsorganisation untersteht er dem Amt für öffentliche Sicherheit von Yongkang, einer Stadt in der Provinz Zhejiang, aus der viele Auslandschinesen in der Steiermark stammen. Der Verein habe auf Nachfrage jede Verbindung zu chinesischen Behörden bestritten.

Es ist nicht der erste Fall in Österreich. Eine zweite Stelle derselben Behörde soll in Linz bestanden haben; sie stellte nach einem Gespräch mit der Landespolizeidirektion Oberösterreich ihren Betrieb ein, wie es aus Sicherheitskreisen heißt. Ein Ermittlungsverfahren wurde in Linz nicht eröffnet.

Ein in Graz lebender Student aus China schilderte der Zeitung, er sei nach einer Kundgebung vor dem Grazer Rathaus von einem Vereinsmitglied angesprochen worden: Man wisse, wo seine Familie wohne. Er habe danach keine Versammlungen mehr besucht.

Das Außenministerium am Minoritenplatz hat die chinesische Botschafterin bislang nicht zitiert. Man stehe „in Kontakt" mit der Botschaft, hieß es. Die Botschaft bezeichnete die Berichte als „völlig haltlos".
"""
DOCS.append({"name": "016-de-at-news-graz-linz-yongkang.txt", "text": t, "facts": [
    R("AT", "investigation", "Die Direktion Staatsschutz und Nachrichtendienst (DSN) geht Hinweisen auf eine chinesische Polizeistation in Graz nach.", place="Graz"),
    S("AT", "Graz", "Der Verdacht betrifft einen Kulturverein im Bezirk Lend. Laut einer Auflistung einer Menschenrechtsorganisation untersteht er dem Amt für öffentliche Sicherheit von Yongkang", operator="Yongkang", claimant="a human-rights organisation", note="a cultural association in Lend"),
    D("AT", "Der Verein habe auf Nachfrage jede Verbindung zu chinesischen Behörden bestritten.", claimant="the association", opt=True),
    S("AT", "Linz", "Eine zweite Stelle derselben Behörde soll in Linz bestanden haben", operator="Yongkang", claimant="security sources"),
    C("stations", 2, "AT", "Es ist nicht der erste Fall in Österreich. Eine zweite Stelle derselben Behörde soll in Linz bestanden haben", opt=True),
    R("AT", "closure", "sie stellte nach einem Gespräch mit der Landespolizeidirektion Oberösterreich ihren Betrieb ein", place="Linz", claimant="security sources", opt=True, note="stopped after a talk"),
    R("AT", "investigation", "Ein Ermittlungsverfahren wurde in Linz nicht eröffnet.", place="Linz", pol="denied"),
    I("AT", "harassment", "er sei nach einer Kundgebung vor dem Grazer Rathaus von einem Vereinsmitglied angesprochen worden: Man wisse, wo seine Familie wohne.", place="Graz", claimant="a student from China"),
    R("AT", "protest", "Das Außenministerium am Minoritenplatz hat die chinesische Botschafterin bislang nicht zitiert.", pol="denied", opt=True),
    D("CN", "Die Botschaft bezeichnete die Berichte als „völlig haltlos\".", claimant="Chinese Embassy in Austria"),
]})

# ---------------------------------------------------------------- 017
t = """Basel: Bundesanwaltschaft eröffnet Strafverfahren

Bern/Basel – Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotenen Handlungen für einen fremden Staat eröffnet. Es richtet sich gegen unbekannt und betrifft eine Vermittlungsstelle für chinesische Staatsangehörige im Basler Kleinbasel, wie die BA am Freitag mitteilte.

Gemäss Recherchen dieser Zeitung wurde die Stelle 2020 vom Büro für öffentliche Sicherheit des Kreises Pujiang eingerichtet. Der Kreis in der Provinz Zhejiang ist für seine Kristallindustrie bekannt; zahlreiche Pujianger führen in der Nordwestschweiz Geschäfte.

Eine Mitarbeiterin eines Nagelstudios berichtet, sie sei dreimal in die Räume bestellt worden. Man habe ihr nahegelegt, nach China zurückzukehren, weil gegen ihren Bruder ermittelt werde. Sie lebt weiterhin in Basel.

Eine zweite Stelle soll in Biel bestanden haben. Dort habe die Kantonspolizei Bern die Räume im Februar kontrolliert, aber «keine Anhaltspunkte für strafbare Handlungen» gefunden, schreibt der Regierungsrat in seiner Antwort auf einen Vorstoss.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat laut einer Sprecherin den chinesischen Botschafter «zu einem Gespräch eingeladen». Die Botschaft teilte mit, die Vorwürfe seien «frei erfunden».

Nach Angaben von Menschenrechtsorganisationen gibt es in der Schweiz mindestens zwei solcher Stellen, in Europa mehr als dreissig.
"""
DOCS.append({"name": "017-de-ch-news-basel-biel-pujiang.txt", "text": t, "facts": [
    R("CH", "investigation", "Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotenen Handlungen für einen fremden Staat eröffnet.", place="Basel"),
    S("CH", "Basel", "Gemäss Recherchen dieser Zeitung wurde die Stelle 2020 vom Büro für öffentliche Sicherheit des Kreises Pujiang eingerichtet.", operator="Pujiang", date="2020", note="Kleinbasel"),
    I("CH", "persuasion", "Man habe ihr nahegelegt, nach China zurückzukehren, weil gegen ihren Bruder ermittelt werde. Sie lebt weiterhin in Basel.", place="Basel", claimant="an employee of a nail salon"),
    S("CH", "Biel", "Eine zweite Stelle soll in Biel bestanden haben.", claimant="Bern cantonal government"),
    R("CH", "no_wrongdoing_found", "Dort habe die Kantonspolizei Bern die Räume im Februar kontrolliert, aber «keine Anhaltspunkte für strafbare Handlungen» gefunden", place="Biel", claimant="Bern cantonal government"),
    R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat laut einer Sprecherin den chinesischen Botschafter «zu einem Gespräch eingeladen».", opt=True, note="invited for a talk"),
    D("CN", "Die Botschaft teilte mit, die Vorwürfe seien «frei erfunden».", claimant="Chinese Embassy in Switzerland"),
    C("stations", 2, "CH", "gibt es in der Schweiz mindestens zwei solcher Stellen", claimant="human-rights organisations"),
    C("stations", 30, None, "in Europa mehr als dreissig", claimant="human-rights organisations", opt=True, note="regional approximation"),
]})

# ---------------------------------------------------------------- 018
t = """Schleswig-Holsteinischer Landtag
20. Wahlperiode                                       Drucksache 20/1488

Kleine Anfrage des Abgeordneten (Fraktion BÜNDNIS 90/DIE GRÜNEN)
und
Antwort der Landesregierung – Ministerium für Inneres

Mutmaßliche chinesische Polizeistationen in Schleswig-Holstein

Vorbemerkung des Fragestellers:
Medienberichten zufolge unterhält das Amt für öffentliche Sicherheit der Stadt Nantong, genauer dessen Bezirksbehörde Tongzhou, seit 2021 eine Anlaufstelle in einem Reisebüro in Kiel. Eine weitere soll in Lübeck existieren.

1. Sind der Landesregierung diese Einrichtungen bekannt?
Antwort: Der Landesregierung ist die in Kiel genannte Einrichtung bekannt. Für eine entsprechende Einrichtung in Lübeck liegen keine Erkenntnisse vor.

2. Welche Maßnahmen wurden ergriffen?
Antwort: Die Staatsanwaltschaft Kiel führt ein Ermittlungsverfahren gegen zwei Beschuldigte. Im Rahmen dieses Verfahrens wurden im März 2023 Geschäftsräume durchsucht. Die Einrichtung hat ihren Betrieb inzwischen eingestellt.

3. Sind Fälle bekannt, in denen Personen zur Rückkehr nach China bewegt wurden?
Antwort: Ja. In einem Fall wurde ein in Kiel lebender Mann über Angehörige in China aufgefordert, sich den dortigen Behörden zu stellen. Er ist dem nicht nachgekommen. Weitere Einzelheiten können mit Rücksicht auf das laufende Verfahren nicht mitgeteilt werden.

4. Hat die Landesregierung Kontakt zu chinesischen Stellen aufgenommen?
Antwort: Nein. Die Pflege der auswärtigen Beziehungen ist Sache des Bundes.
"""
DOCS.append({"name": "018-de-landtag-antwort-kiel-luebeck-nantong.txt", "text": t, "facts": [
    S("DE", "Kiel", "Medienberichten zufolge unterhält das Amt für öffentliche Sicherheit der Stadt Nantong, genauer dessen Bezirksbehörde Tongzhou, seit 2021 eine Anlaufstelle in einem Reisebüro in Kiel.", operator="Nantong", operator_alt=["Tongzhou"], date="2021", claimant="media reports", note="a travel agency; premise of the question, confirmed in answer 1"),
    S("DE", "Lübeck", "Eine weitere soll in Lübeck existieren.", claimant="media reports"),
    S("DE", "Lübeck", "Für eine entsprechende Einrichtung in Lübeck liegen keine Erkenntnisse vor.", claimant="Schleswig-Holstein government", pol="denied", opt=True),
    R("DE", "investigation", "Die Staatsanwaltschaft Kiel führt ein Ermittlungsverfahren gegen zwei Beschuldigte.", place="Kiel", claimant="Schleswig-Holstein government"),
    R("DE", "closure", "Die Einrichtung hat ihren Betrieb inzwischen eingestellt.", place="Kiel", claimant="Schleswig-Holstein government", opt=True),
    I("DE", "persuasion", "In einem Fall wurde ein in Kiel lebender Mann über Angehörige in China aufgefordert, sich den dortigen Behörden zu stellen. Er ist dem nicht nachgekommen.", place="Kiel", claimant="Schleswig-Holstein government"),
]})

# ---------------------------------------------------------------- 019
t = """Chinas Polizeiposten auf dem Westbalkan und in
Mitteleuropa – eine Bestandsaufnahme

Studie des Instituts für Sicherheitspolitik, Ar-
beitspapier 7/2023, S. 14–15

Im Untersuchungs-
zeitraum konnten wir in vier Staaten der Region
insgesamt fünf Einrichtungen identifizieren, die
als sogenannte Übersee-Polizeistationen chine-
sischer Behörden auftreten. Zwei davon befinden
sich in der slowakischen Hauptstadt Bratislava;
beide werden vom Amt für öffentliche Sicherheit
der Stadt Changzhou betrieben. Je eine weitere
Einrichtung fanden wir in Ljubljana, Podgorica
und Skopje.

Tabelle 4: Einrichtungen nach Betreiber

  Ort           Staat          Betreiber     seit
  Bratislava    Slowakei       Changzhou     2018
  Bratislava    Slowakei       Changzhou     2020
  Ljubljana     Slowenien      Wuxi          2019
  Podgorica     Montenegro     Yancheng      2019
  Skopje        Nordmazedonien Zhenjiang     2021

Die Reaktionen der Gastländer fallen unterschiedlich
aus. Die slowakische Polizei hat im Dezember 2022
ein Strafverfahren eingeleitet; das Außenministe-
rium in Bratislava bestellte den chinesischen Bot-
schafter ein. Slowenien ließ die Einrichtung in
Ljubljana nach einer Überprüfung durch die Kri-
minalpolizei schließen. In Montenegro und Nord-
mazedonien wurden bislang keine Ermittlungen
eingeleitet. Montenegro hat vielmehr 2019 mit
China eine Vereinbarung über gemeinsame Polizei-
streifen in Küstenorten geschlossen; chinesische
Beamte patrouillierten seither jeden Sommer in
Budva.

Ein von uns dokumentierter Fall betrifft einen
Unternehmer in Skopje, den Mitarbeiter der dorti-
gen Station im Frühjahr 2022 zum Flughafen be-
gleiteten und in ein Flugzeug nach Istanbul mit
Anschluss nach Nanjing setzten.
"""
DOCS.append({"name": "019-de-ocr-studie-bratislava-ljubljana-podgorica-skopje.txt", "text": t, "facts": [
    C("stations", 5, None, "insgesamt fünf Einrichtungen identifizieren", claimant="Institut für Sicherheitspolitik", opt=True, note="regional"),
    C("countries", 4, None, "in vier Staaten der Region", claimant="Institut für Sicherheitspolitik", opt=True, note="regional"),
    C("stations", 2, "SK", "Zwei davon befinden\nsich in der slowakischen Hauptstadt Bratislava", claimant="Institut für Sicherheitspolitik"),
    S("SK", "Bratislava", "Zwei davon befinden\nsich in der slowakischen Hauptstadt Bratislava;\nbeide werden vom Amt für öffentliche Sicherheit\nder Stadt Changzhou betrieben.", operator="Changzhou", claimant="Institut für Sicherheitspolitik", note="two sites, 2018 and 2020"),
    S("SI", "Ljubljana", "  Ljubljana     Slowenien      Wuxi          2019", operator="Wuxi", date="2019", claimant="Institut für Sicherheitspolitik"),
    S("ME", "Podgorica", "  Podgorica     Montenegro     Yancheng      2019", operator="Yancheng", date="2019", claimant="Institut für Sicherheitspolitik"),
    S("MK", "Skopje", "  Skopje        Nordmazedonien Zhenjiang     2021", operator="Zhenjiang", date="2021", claimant="Institut für Sicherheitspolitik"),
    R("SK", "investigation", "Die slowakische Polizei hat im Dezember 2022\nein Strafverfahren eingeleitet", date="2022-12", claimant="Institut für Sicherheitspolitik"),
    R("SK", "protest", "das Außenministe-\nrium in Bratislava bestellte den chinesischen Bot-\nschafter ein.", claimant="Institut für Sicherheitspolitik"),
    R("SI", "closure", "Slowenien ließ die Einrichtung in\nLjubljana nach einer Überprüfung durch die Kri-\nminalpolizei schließen.", place="Ljubljana", claimant="Institut für Sicherheitspolitik"),
    R("SI", "investigation", "nach einer Überprüfung durch die Kri-\nminalpolizei", claimant="Institut für Sicherheitspolitik", opt=True, note="review before the closure"),
    R("ME", "investigation", "In Montenegro und Nord-\nmazedonien wurden bislang keine Ermittlungen\neingeleitet.", pol="denied", claimant="Institut für Sicherheitspolitik"),
    R("MK", "investigation", "In Montenegro und Nord-\nmazedonien wurden bislang keine Ermittlungen\neingeleitet.", pol="denied", claimant="Institut für Sicherheitspolitik"),
    A("ME", "joint_patrol", "Montenegro hat vielmehr 2019 mit\nChina eine Vereinbarung über gemeinsame Polizei-\nstreifen in Küstenorten geschlossen", date="2019", claimant="Institut für Sicherheitspolitik"),
    I("MK", "forced_return", "Ein von uns dokumentierter Fall betrifft einen\nUnternehmer in Skopje, den Mitarbeiter der dorti-\ngen Station im Frühjahr 2022 zum Flughafen be-\ngleiteten und in ein Flugzeug nach Istanbul mit\nAnschluss nach Nanjing setzten.", place="Skopje", date="2022", claimant="Institut für Sicherheitspolitik"),
]})

# ---------------------------------------------------------------- 020 irrelevant
t = """Mannheim tauscht chinesische Messstationen aus

Die Stadt Mannheim ersetzt bis Jahresende 34 Luftmessstationen eines chinesischen Herstellers. Das hat der Gemeinderat am Dienstag beschlossen. Hintergrund sind Bedenken des Landesamts für Datenschutz, das bei einer Prüfung unverschlüsselte Verbindungen zu Servern in Shenzhen festgestellt hatte.

Die Geräte stehen unter anderem vor Schulen, an der Hauptfeuerwache und vor dem Polizeirevier Innenstadt. Sie messen Feinstaub und Stickoxide. Die Polizei selbst nutzt die Daten nicht, betonte ein Sprecher des Polizeipräsidiums.

Der Hersteller, der seine Europazentrale in Düsseldorf hat, wies die Vorwürfe zurück und sprach von einer „politisch motivierten Entscheidung". Man halte sich an alle europäischen Vorgaben, die Daten würden seit 2021 ausschließlich in Frankfurt gespeichert. Der Rahmenvertrag mit der Stadt läuft noch bis 2026; über die Rückgabe der Geräte werde verhandelt.

Ein Sprecher der chinesischen Botschaft sagte auf Anfrage, man beobachte „mit Sorge", dass chinesische Unternehmen in Deutschland zunehmend unter Generalverdacht gestellt würden.

Die neuen Stationen sollen von einem Unternehmen aus Karlsruhe kommen. Bis sie installiert sind, misst die Landesanstalt für Umwelt an drei mobilen Standorten. Lücken in den Messreihen seien nicht zu befürchten, sagte die Umweltbürgermeisterin.
"""
DOCS.append({"name": "020-de-news-mannheim-messstationen.txt", "text": t, "facts": []})
