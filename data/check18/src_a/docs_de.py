"""check18 part A: documents 015-020 (German)."""
from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 015
t015 = r"""
Startseite › Politik › Deutschland

Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. [Akzeptieren] [Einstellungen]

Mutmaßliche chinesische Polizeistellen in Wuppertal und Krefeld durchsucht

Stand: 21.01.2026, 16:48 Uhr | Lesedauer: 3 Minuten

Wuppertal/Berlin (dpa) - Ermittler haben in Wuppertal und Krefeld Räume durchsucht, in denen chinesische Behörden inoffizielle Polizeistellen betrieben haben sollen. Das bestätigte ein Sprecher der Generalstaatsanwaltschaft am Mittwoch. Festnahmen habe es nicht gegeben.

In Wuppertal traf es einen Kulturverein im Stadtteil Elberfeld. Die Stelle soll nach Erkenntnissen der Ermittler seit 2022 im Auftrag des Polizeiamts des Shanghaier Bezirks Hongkou Landsleute «betreut» haben. Was das konkret hieß, schilderte ein Student aus Shanghai der Deutschen Presse-Agentur: Man habe ihn dort mehrfach gedrängt, nach Hause zurückzukehren und sich einem Verfahren wegen angeblicher Kreditschulden zu stellen. Er blieb.

Bildunterschrift: Polizeibeamte tragen Kartons aus einem Vereinsheim in Wuppertal-Elberfeld. Foto: dpa

Die Krefelder Räume gehören zu einem Reisebüro. Dort soll eine Außenstelle des Kreispolizeiamts Zijin aus der südchinesischen Provinz Guangdong untergebracht gewesen sein.

«Wer hier Menschen einschüchtert, bekommt es mit dem Rechtsstaat zu tun.»

Das Auswärtige Amt bestellte noch am Nachmittag den chinesischen Botschafter ein. Nach Angaben von Menschenrechtlern gibt es in Deutschland mindestens sechs solcher Einrichtungen, weltweit mehr als hundert.

LESEN SIE AUCH: Chinesische Studierende in NRW: Zahl der Einschreibungen sinkt

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Bei den Vereinen handele es sich um «ehrenamtliche Anlaufstellen», die älteren Landsleuten etwa bei der Verlängerung ihrer Führerscheine helfen. Polizeiliche Aufgaben nehme dort niemand wahr.

«Wer hier Menschen einschüchtert, bekommt es mit dem Rechtsstaat zu tun.»

Der Landesinnenminister sprach von einem «klaren Signal».

Korrektur: In einer früheren Version dieses Artikels hieß es, der Wuppertaler Verein sitze im Stadtteil Barmen. Richtig ist Elberfeld. Wir haben die Stelle korrigiert.

Newsletter: Die wichtigsten Nachrichten des Tages – jeden Morgen in Ihrem Postfach. Jetzt abonnieren
© dpa-infocom, dpa:260121-99-123456/4
"""
f015 = [
    R("DE", "investigation", "Ermittler haben in Wuppertal und Krefeld Räume durchsucht, in denen chinesische Behörden inoffizielle Polizeistellen betrieben haben sollen.", place="Wuppertal", date="2026-01-21"),
    S("DE", "Wuppertal", "Ermittler haben in Wuppertal und Krefeld Räume durchsucht, in denen chinesische Behörden inoffizielle Polizeistellen betrieben haben sollen.", claimant="Generalstaatsanwaltschaft"),
    S("DE", "Krefeld", "Ermittler haben in Wuppertal und Krefeld Räume durchsucht, in denen chinesische Behörden inoffizielle Polizeistellen betrieben haben sollen.", claimant="Generalstaatsanwaltschaft"),
    R("DE", "arrest", "Festnahmen habe es nicht gegeben.", pol="denied", opt=True),
    S("DE", "Wuppertal", "Die Stelle soll nach Erkenntnissen der Ermittler seit 2022 im Auftrag des Polizeiamts des Shanghaier Bezirks Hongkou Landsleute «betreut» haben.", operator="Hongkou", operator_alt=["Shanghai"], date="2022", claimant="Ermittler", note="site: Elberfeld (after the correction)"),
    I("DE", "persuasion", "Man habe ihn dort mehrfach gedrängt, nach Hause zurückzukehren und sich einem Verfahren wegen angeblicher Kreditschulden zu stellen. Er blieb.", place="Wuppertal", claimant="a student from Shanghai"),
    S("DE", "Krefeld", "Dort soll eine Außenstelle des Kreispolizeiamts Zijin aus der südchinesischen Provinz Guangdong untergebracht gewesen sein.", operator="Zijin", operator_alt=["Heyuan"]),
    R("DE", "protest", "Das Auswärtige Amt bestellte noch am Nachmittag den chinesischen Botschafter ein.", date="2026-01-21"),
    C("stations", 6, "DE", "Nach Angaben von Menschenrechtlern gibt es in Deutschland mindestens sechs solcher Einrichtungen, weltweit mehr als hundert.", claimant="human-rights groups"),
    C("stations", 100, None, "weltweit mehr als hundert", opt=True, claimant="human-rights groups"),
    D("CN", "Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Bei den Vereinen handele es sich um «ehrenamtliche Anlaufstellen», die älteren Landsleuten etwa bei der Verlängerung ihrer Führerscheine helfen.", claimant="PRC Embassy in Germany"),
]
DOCS.append({"name": "015-de-dpa-wire-correction-wuppertal-krefeld-hongkou-zijin.txt", "text": t015, "facts": f015})

# ---------------------------------------------------------------- 016
body016 = r"""
LANDTAG NORDRHEIN-WESTFALEN                         Drucksache 18/14327
18. Wahlperiode                                              02.03.2026
Antwort
der Landesregierung
auf die Kleine Anfrage 5521 vom 29. Januar 2026
der Abgeordneten (Fraktion BÜNDNIS 90/DIE GRÜNEN)
Drucksache 18/14102
Mutmaßliche chinesische „Polizeistationen" in Nordrhein-Westfalen
Vorbemerkung der Kleinen Anfrage
Presseberichten zufolge soll in Paderborn ein Verein chinesischer Studierender als Anlaufstelle des Polizeiamts des Shanghaier Bezirks Yangpu dienen. Eine weitere Einrichtung in Gelsenkirchen wird in den Berichten dem Bezirkspolizeiamt Xuhui zugeordnet.¹ Beide sollen Landsleute zur Rückkehr nach China gedrängt haben.
Der Minister des Innern hat die Kleine Anfrage 5521 namens der Landes~regierung im Ein~vernehmen mit dem Minister der Justiz beantwortet.
1. Welche Erkenntnisse liegen der Landesregierung zu den genannten Einrich~tungen vor?
Die Sicherheitsbehörden des Landes haben die Presseberichte zum Anlass ge~nommen, in beiden Fällen ein Prüfverfahren einzuleiten. Der polizeiliche Staatsschutz hat die in Paderborn und Gelsenkirchen genannten Räum~lichkeiten aufgesucht und Gespräche mit den Verant~wortlichen geführt. An~haltspunkte für strafbare Handlungen haben sich dabei bislang nicht ergeben.
2. Ist der Landesregierung bekannt, ob Personen aus NRW zur Rückkehr bewegt wurden?
Der Landesregierung ist ein Fall bekannt, in dem die in Ostwestfalen leben~den Eltern eines Studierenden aus China mehrfach Anrufe von Polizei~beamten aus ihrer Heimatstadt erhielten, nachdem dieser an einer Mahn~wache teilgenommen hatte. Eine Aufforderung zur Rückkehr war damit nach bis~herigen Erkennt~nissen nicht verbunden.
3. Gibt es weitere Standorte in NRW?
Nach Kenntnis der Landesregierung bestand bis Herbst 2025 eine ver~gleichbare Einrichtung in Leverkusen. Deren Betrieb wurde nach Angaben des Vermieters eingestellt; behördliche Maßnahmen waren hierfür nicht ursächlich. Insgesamt sind den Sicherheits~behörden damit drei Standorte in Nordrhein-Westfalen bekannt geworden.
4. Hat die Landesregierung die Bundesregierung um diplomatische Schritte ersucht?
Die Pflege der auswärtigen Beziehungen obliegt dem Bund. Die Landesregierung steht mit den zuständigen Bundesbehörden im Austausch.
¹ Vgl. Westfälische Rundschau vom 27.01.2026.
Datum des Originals: 02.03.2026/Ausgegeben: 04.03.2026      Seite 1 von 2
"""
t016 = wrap_hy(body016.strip("\n").replace('„Polizeistationen"', "„Polizeistationen“"), width=76)
f016 = [
    S("DE", "Paderborn", "Presseberichten zufolge soll in Paderborn ein Verein chinesischer Studierender als Anlaufstelle des Polizeiamts des Shanghaier Bezirks Yangpu dienen.", operator="Yangpu", operator_alt=["Shanghai"], claimant="press reports", note="premise in the Vorbemerkung"),
    S("DE", "Gelsenkirchen", "Eine weitere Einrichtung in Gelsenkirchen wird in den Berichten dem Bezirkspolizeiamt Xuhui zugeordnet.", operator="Xuhui", operator_alt=["Shanghai"], claimant="press reports"),
    I("DE", "persuasion", "Beide sollen Landsleute zur Rückkehr nach China gedrängt haben.", claimant="press reports", opt=True, note="general claim about both, no case"),
    R("DE", "investigation", "Die Sicherheitsbehörden des Landes haben die Presseberichte zum Anlass genommen, in beiden Fällen ein Prüfverfahren einzuleiten.", claimant="NRW state government"),
    R("DE", "no_wrongdoing_found", "Anhaltspunkte für strafbare Handlungen haben sich dabei bislang nicht ergeben.", claimant="NRW state government"),
    I("DE", "harassment", "die in Ostwestfalen lebenden Eltern eines Studierenden aus China mehrfach Anrufe von Polizeibeamten aus ihrer Heimatstadt erhielten, nachdem dieser an einer Mahnwache teilgenommen hatte", claimant="NRW state government"),
    S("DE", "Leverkusen", "Nach Kenntnis der Landesregierung bestand bis Herbst 2025 eine vergleichbare Einrichtung in Leverkusen.", claimant="NRW state government"),
    R("DE", "closure", "Deren Betrieb wurde nach Angaben des Vermieters eingestellt; behördliche Maßnahmen waren hierfür nicht ursächlich.", place="Leverkusen", opt=True, note="stopped without an order"),
    C("stations", 3, "DE", "Insgesamt sind den Sicherheitsbehörden damit drei Standorte in Nordrhein-Westfalen bekannt geworden.", claimant="NRW state government", note="scoped to one federal state of the host (a region inside one host: required)"),
]
DOCS.append({"name": "016-de-landtag-antwort-kleine-anfrage-paderborn-gelsenkirchen-leverkusen.txt", "text": t016, "facts": f016})

# ---------------------------------------------------------------- 017
t017 = r"""
Bezirksblatt Kufstein | Lokales | 12. Februar 2026

„Chinesische Polizeistelle“: Ermittlungen eingestellt, Fragen bleiben

Vor drei Monaten sorgte ein Bericht über ein Büro in der Kufsteiner Innenstadt für Aufsehen. Was ist seither passiert? Eine Nachschau.

KUFSTEIN. Von außen ist nichts mehr zu sehen. Das Schild des „Tirolisch-Chinesischen Freundeskreises“ im ersten Stock eines Geschäftshauses nahe dem Unteren Stadtplatz ist verschwunden, die Fenster sind mit Papier abgeklebt. Im November hatte ein Rechercheverbund berichtet, die Stelle sei in Wahrheit eine Außenstelle des Polizeiamts des Shanghaier Bezirks Changning gewesen.

Die Direktion Staatsschutz und Nachrichtendienst (DSN) nahm daraufhin Ermittlungen auf, Beamte suchten die Räume auf und befragten die Vereinsobfrau. Auf Anfrage des Bezirksblatts teilte das Innenministerium nun mit, Hinweise auf strafbare Handlungen hätten sich nicht ergeben; das Verfahren sei eingestellt.

Die Obfrau selbst sieht sich bestätigt. „Wir haben Leuten geholfen, ihre Pensionsnachweise auszufüllen. Mehr war da nie“, sagt sie.

Zur Erinnerung: Der Verbund hatte damals zwei Standorte in Österreich genannt. Der zweite befand sich in Baden bei Wien, in den Räumen eines Teehauses; er wurde dem Bezirkspolizeiamt Jing'an zugeordnet. Dort hat die Stadtgemeinde den Mietvertrag im Dezember gekündigt, das Lokal ist geschlossen.

Das Außenministerium hatte den chinesischen Botschafter im November zu einem Gespräch gebeten. Eine formelle Einbestellung sei das nicht gewesen, hieß es damals aus dem Ministerium.

Chinas Botschaft in Wien bleibt bei ihrer Darstellung: Es habe in Österreich „nie eine chinesische Polizeistation gegeben“.

In Kufstein selbst hat man andere Sorgen. Die Zahl chinesischer Touristen, die auf dem Weg nach Innsbruck und Salzburg Halt machen, hat sich seit 2023 verdoppelt; der Tourismusverband will im Frühjahr eine chinesischsprachige Stadtführung anbieten.

Mehr aus dem Bezirk:
› Festungsarena: Sommerprogramm steht fest
› Inntal-Autobahn: Baustelle bis Ostern
"""
f017 = [
    S("AT", "Kufstein", "Im November hatte ein Rechercheverbund berichtet, die Stelle sei in Wahrheit eine Außenstelle des Polizeiamts des Shanghaier Bezirks Changning gewesen.", operator="Changning", operator_alt=["Shanghai"], claimant="research consortium", note="'die Stelle' = the Kufstein office of the paragraph's start"),
    R("AT", "investigation", "Die Direktion Staatsschutz und Nachrichtendienst (DSN) nahm daraufhin Ermittlungen auf, Beamte suchten die Räume auf und befragten die Vereinsobfrau.", place="Kufstein"),
    R("AT", "no_wrongdoing_found", "Hinweise auf strafbare Handlungen hätten sich nicht ergeben; das Verfahren sei eingestellt.", place="Kufstein", claimant="Austrian Ministry of the Interior"),
    D("AT", "„Wir haben Leuten geholfen, ihre Pensionsnachweise auszufüllen. Mehr war da nie“, sagt sie.", opt=True, claimant="association chairwoman", note="host-side association denial"),
    C("stations", 2, "AT", "Der Verbund hatte damals zwei Standorte in Österreich genannt.", claimant="research consortium"),
    S("AT", "Baden", "Der zweite befand sich in Baden bei Wien, in den Räumen eines Teehauses; er wurde dem Bezirkspolizeiamt Jing'an zugeordnet.", operator="Jing'an", operator_alt=["Jingan", "Shanghai"], claimant="research consortium"),
    R("AT", "closure", "Dort hat die Stadtgemeinde den Mietvertrag im Dezember gekündigt, das Lokal ist geschlossen.", place="Baden", date="2025-12"),
    R("AT", "protest", "Das Außenministerium hatte den chinesischen Botschafter im November zu einem Gespräch gebeten.", opt=True, note="explicitly not a formal summons"),
    R("AT", "protest", "Eine formelle Einbestellung sei das nicht gewesen", pol="denied", opt=True),
    D("CN", "Es habe in Österreich „nie eine chinesische Polizeistation gegeben“.", claimant="PRC Embassy in Austria"),
    S("AT", None, "Es habe in Österreich „nie eine chinesische Polizeistation gegeben“.", pol="denied", opt=True, claimant="PRC Embassy in Austria"),
]
DOCS.append({"name": "017-de-lokalzeitung-nachschau-kufstein-baden-changning-jingan.txt", "text": t017, "facts": f017})

# ---------------------------------------------------------------- 018
t018 = r"""
Bundesanwaltschaft
Medienmitteilung

Bern, 28. April 2026

Anklage wegen verbotener Handlungen für einen fremden Staat im Zusammenhang mit einem Vereinslokal in Zug

Die Bundesanwaltschaft (BA) hat beim Bundesstrafgericht Anklage gegen zwei chinesische Staatsangehörige erhoben. Ihnen wird vorgeworfen, in einem Vereinslokal in der Stadt Zug während rund drei Jahren im Auftrag einer chinesischen Polizeibehörde Informationen über in der Schweiz lebende Personen beschafft zu haben (Art. 271 und Art. 272 StGB).

Sachverhalt

Gemäss Anklageschrift führten die Beschuldigten das Lokal ab Frühling 2021 als Treffpunkt eines Kulturvereins. Nach den Erkenntnissen der BA diente das Lokal zugleich als Kontaktstelle des Polizeiamts des Bezirks Jinwan der Stadt Zhuhai (Provinz Guangdong). Die Beschuldigten sollen unter anderem Namen, Wohnadressen und Arbeitgeber von tibetischen und uigurischen Personen in der Zentralschweiz erfasst und nach China übermittelt haben.

In einem Fall sollen sie einen in Baar wohnhaften Mann über mehrere Monate bedrängt haben, nach China zurückzukehren, wo gegen ihn wegen angeblicher Steuerdelikte ermittelt werde. Gleichzeitig sei seine Schwester in China wiederholt von Polizeibeamten vorgeladen worden. Der Mann reiste im Juli 2023 nach China aus.

Verfahren

Die BA hatte im Februar 2024 ein Strafverfahren eröffnet und im März 2024 mit Unterstützung der Zuger Polizei Hausdurchsuchungen durchgeführt. Das Lokal ist seither versiegelt. Die Beschuldigten bestreiten die Vorwürfe; ihre Verteidigung macht geltend, es habe sich um eine reine Beratungsstelle für Landsleute gehandelt.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) wurde über die Anklageerhebung informiert.

Für die beschuldigten Personen gilt bis zu einem rechtskräftigen Urteil die Unschuldsvermutung.

Hinweis an die Redaktionen: Die BA gibt über das Verfahren hinaus keine weiteren Auskünfte. Das Bundesstrafgericht wird den Termin der Hauptverhandlung bekannt geben.

Kontakt: Information BA
"""
f018 = [
    R("CH", "arrest", "Die Bundesanwaltschaft (BA) hat beim Bundesstrafgericht Anklage gegen zwei chinesische Staatsangehörige erhoben.", place="Zug", date="2026-04-28"),
    S("CH", "Zug", "Nach den Erkenntnissen der BA diente das Lokal zugleich als Kontaktstelle des Polizeiamts des Bezirks Jinwan der Stadt Zhuhai (Provinz Guangdong).", operator="Jinwan", operator_alt=["Zhuhai"], claimant="Office of the Attorney General of Switzerland", date="2021"),
    I("CH", "surveillance", "Die Beschuldigten sollen unter anderem Namen, Wohnadressen und Arbeitgeber von tibetischen und uigurischen Personen in der Zentralschweiz erfasst und nach China übermittelt haben.", place="Zug", claimant="Office of the Attorney General of Switzerland"),
    I("CH", "persuasion", "In einem Fall sollen sie einen in Baar wohnhaften Mann über mehrere Monate bedrängt haben, nach China zurückzukehren, wo gegen ihn wegen angeblicher Steuerdelikte ermittelt werde.", place="Zug", date="2023-07", claimant="Office of the Attorney General of Switzerland"),
    I("CH", "harassment", "Gleichzeitig sei seine Schwester in China wiederholt von Polizeibeamten vorgeladen worden.", opt=True, claimant="Office of the Attorney General of Switzerland"),
    R("CH", "investigation", "Die BA hatte im Februar 2024 ein Strafverfahren eröffnet und im März 2024 mit Unterstützung der Zuger Polizei Hausdurchsuchungen durchgeführt.", place="Zug", date="2024-02"),
    R("CH", "closure", "Das Lokal ist seither versiegelt.", place="Zug"),
    D("CH", "ihre Verteidigung macht geltend, es habe sich um eine reine Beratungsstelle für Landsleute gehandelt", opt=True, claimant="defence"),
    R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) wurde über die Anklageerhebung informiert.", opt=True, note="informing the ministry, no step towards China"),
]
DOCS.append({"name": "018-de-bundesanwaltschaft-medienmitteilung-zug-jinwan.txt", "text": t018, "facts": f018})

# ---------------------------------------------------------------- 019
t019 = r"""
Podcast „Weltlage kompakt“ – Folge 212: Die langen Arme Pekings
Transkript (automatisch erstellt, redaktionell bearbeitet)

[00:00] [Jingle]

MODERATORIN: Herzlich willkommen zu Weltlage kompakt. Heute geht es um ein Thema, das seit Jahren immer wieder hochkocht: sogenannte chinesische Polizeistationen im Ausland. Bei mir ist unser China-Korrespondent. Hallo!

KORRESPONDENT: Hallo, grüß dich.

[00:41] MODERATORIN: Fangen wir ganz grundsätzlich an. Was machen solche Stellen eigentlich?

KORRESPONDENT: Offiziell bieten sie Service an: Führerschein verlängern, Dokumente beglaubigen, so etwas. Kritiker sagen, sie dienen auch dazu, Menschen im Ausland im Blick zu behalten und Druck auszuüben, damit sie zurückkehren. Das ist erst einmal die allgemeine Beschreibung, kein konkreter Fall.

[02:10] MODERATORIN: Und in Deutschland? Wo gibt es solche Stellen?

KORRESPONDENT: Zuletzt sind zwei Orte in den Fokus gerückt, beide in Westdeutschland. In Offenbach geht es um einen Verein in der Nähe des Marktplatzes, den Recherchen dem Kreispolizeiamt Heping in der Provinz Guangdong zuordnen. Die andere Stelle liegt in Mönchengladbach und soll zum Kreispolizeiamt Dongyuan gehören – übrigens derselbe Bezirk, Heyuan.

MODERATORIN: Gibt es da einen konkreten Fall?

KORRESPONDENT: In Offenbach ja. Ein Koch aus einem Restaurant dort hat uns erzählt, man habe ihn in dem Verein dreimal zu „Gesprächen“ gebeten und ihm nahegelegt, nach China zurückzukehren. Seine Frau in China sei von der Polizei besucht worden. Im Herbst ist er zurückgeflogen.

[05:32] MODERATORIN: Was macht die Bundesregierung?

KORRESPONDENT: Das Bundesinnenministerium sagt, man prüfe die Hinweise. Mehr nicht. Eine Einbestellung des Botschafters gab es in diesem Zusammenhang nicht.

MODERATORIN: Und wenn sich das alles bestätigt – müsste Deutschland dann nicht Diplomaten ausweisen?

KORRESPONDENT: Das ist Spekulation, dazu will sich in Berlin niemand äußern.

[07:15] [Werbung]

[08:02] MODERATORIN: Ein Blick über den Tellerrand: Du hast vorhin Serbien erwähnt.

KORRESPONDENT: Genau. Da läuft das ganz offen. Im vergangenen Sommer sind chinesische Polizisten wieder gemeinsam mit serbischen Kollegen in Belgrad und Novi Sad Streife gegangen – auf Grundlage eines Abkommens, das beide Länder 2019 geschlossen haben.

MODERATORIN: Danke dir! Das war Weltlage kompakt. Bis nächste Woche.

[09:40] [Jingle]
"""
f019 = [
    S("DE", "Offenbach", "In Offenbach geht es um einen Verein in der Nähe des Marktplatzes, den Recherchen dem Kreispolizeiamt Heping in der Provinz Guangdong zuordnen.", operator="Heping", operator_alt=["Heyuan"], claimant="research", place_alt=["Offenbach am Main"]),
    S("DE", "Mönchengladbach", "Die andere Stelle liegt in Mönchengladbach und soll zum Kreispolizeiamt Dongyuan gehören", operator="Dongyuan", operator_alt=["Heyuan"], claimant="research", place_alt=["Monchengladbach", "Moenchengladbach"]),
    C("stations", 2, "DE", "Zuletzt sind zwei Orte in den Fokus gerückt, beide in Westdeutschland.", opt=True, note="two recently in focus, not a total"),
    I("DE", "persuasion", "man habe ihn in dem Verein dreimal zu „Gesprächen“ gebeten und ihm nahegelegt, nach China zurückzukehren. Seine Frau in China sei von der Polizei besucht worden. Im Herbst ist er zurückgeflogen.", place="Offenbach", claimant="a cook"),
    I("DE", "harassment", "Seine Frau in China sei von der Polizei besucht worden.", opt=True, claimant="a cook"),
    R("DE", "investigation", "Das Bundesinnenministerium sagt, man prüfe die Hinweise.", claimant="Federal Ministry of the Interior"),
    R("DE", "protest", "Eine Einbestellung des Botschafters gab es in diesem Zusammenhang nicht.", pol="denied", opt=True),
    A("RS", "joint_patrol", "Im vergangenen Sommer sind chinesische Polizisten wieder gemeinsam mit serbischen Kollegen in Belgrad und Novi Sad Streife gegangen", date="2025"),
    A("RS", "security_agreement", "auf Grundlage eines Abkommens, das beide Länder 2019 geschlossen haben", date="2019"),
]
DOCS.append({"name": "019-de-podcast-transkript-offenbach-moenchengladbach-heping-dongyuan.txt", "text": t019, "facts": f019})

# ---------------------------------------------------------------- 020 (irrelevant)
t020 = r"""
Wissenschaft › Raumfahrt

Experiment aus Bremen fliegt zur chinesischen Raumstation

Von unserer Wissenschaftsredaktion | 09.07.2026, 11:20 Uhr

Ein an der Universität Bremen entwickeltes Experiment zur Verbrennung in Schwerelosigkeit soll im kommenden Frühjahr an Bord eines Frachters zur chinesischen Raumstation Tiangong starten. Das haben die Raumfahrtagenturen beider Länder in einem Kooperationsabkommen vereinbart, das am Montag in Peking unterzeichnet wurde.

Die Station ist seit 2022 dauerhaft bewohnt. Nach chinesischen Angaben wurden dort bislang 102 wissenschaftliche Experimente durchgeführt, an Ausschreibungen hätten sich Forschende aus 53 Ländern beteiligt. Das Bremer Team ist das erste aus Deutschland.

Die Rückkehr der Proben zur Erde ist für den Herbst geplant. Bei der Landung in der Inneren Mongolei sperrt die örtliche Polizei traditionell ein großes Gebiet ab.

„Für uns ist das eine enorme Chance“, sagte die Projektleiterin. Sicherheitsbedenken wegen der Zusammenarbeit mit China sehe sie nicht: Die Daten würden vollständig veröffentlicht.

Mehr zum Thema: ISS-Nachfolger – Europa plant eigene Station
"""
DOCS.append({"name": "020-de-wissenschaft-experiment-raumstation.txt", "text": t020, "facts": []})
