from h import S, C, R, I, A, D

SD = "Safeguard Defenders"
DOCS = []

# ---------------------------------------------------------------- 014
DOCS.append({"name": "014-de-dpa-freiburg-ulm-haiyang.txt", "text": """
Razzia bei chinesischem Kulturverein – Verdacht auf illegale Polizeistelle

Freiburg/Ulm (dpa/lsw) – Ermittler haben am Dienstagmorgen Räume eines chinesischen Kultur- und Handelsvereins im Freiburger Stadtteil Stühlinger durchsucht. Dort soll nach Erkenntnissen der Staatsanwaltschaft Freiburg über Jahre eine inoffizielle Außenstelle der chinesischen Polizei betrieben worden sein, wie eine Sprecherin der Behörde am Mittag mitteilte. Ermittelt werde wegen des Verdachts der geheimdienstlichen Agententätigkeit gegen zwei Männer im Alter von 44 und 58 Jahren. Festgenommen wurde niemand.

Nach Informationen aus Sicherheitskreisen wurde die Anlaufstelle im Frühjahr 2020 eingerichtet. Sie unterstehe dem Amt für öffentliche Sicherheit der Stadt Haiyang, die verwaltungsmäßig zur Hafenstadt Yantai in der Provinz Shandong gehört. Offiziell warb der Verein mit Hilfe bei der Verlängerung chinesischer Führerscheine und bei Lebensnachweisen für Rentner.

Tatsächlich sollen dort Landsleute unter Druck gesetzt worden sein. Ein 31 Jahre alter Informatikstudent gab bei der Kriminalpolizei an, er sei zweimal in die Vereinsräume bestellt und gedrängt worden, «freiwillig» nach China zurückzukehren, weil gegen ihn in seiner Heimat wegen Betrugs ermittelt werde. Zur selben Zeit hätten Beamte seine Eltern in Haiyang aufgesucht. Der Student blieb in Deutschland.

Dieselbe Behörde soll nach dpa-Informationen auch in Ulm eine Stelle unterhalten haben, in einem Reisebüro unweit des Münsterplatzes. Diese habe ihre Tätigkeit allerdings bereits im vergangenen Herbst eingestellt, hieß es. Das Landeskriminalamt prüft die Hinweise.

Das Auswärtige Amt bestellte am Nachmittag den chinesischen Botschafter ein. Die Botschaft in Berlin wies die Vorwürfe als «völlig unbegründet» zurück. China unterhalte im Ausland keinerlei Polizeistationen, die Helfer in Freiburg seien Freiwillige, die Landsleuten bei Behördengängen zur Hand gingen.

Die Menschenrechtsorganisation Safeguard Defenders hatte im Dezember 2022 von mindestens 102 solcher Einrichtungen in 53 Ländern berichtet, sechs davon in Deutschland. Im Stühlinger leben nach Angaben der Stadt rund 19 000 Menschen.
""", "facts": [
    S("DE", "Freiburg", "Dort soll nach Erkenntnissen der Staatsanwaltschaft Freiburg über Jahre eine inoffizielle Außenstelle der chinesischen Polizei betrieben worden sein", operator="Haiyang", operator_alt=["Yantai"], claimant="Staatsanwaltschaft Freiburg", date="2020", note="Freiburg im Breisgau, site Stühlinger (Freiburger Stadtteil); operator and 2020 in the next paragraph ('Sie unterstehe dem Amt ... Haiyang')", place_alt=["Freiburg im Breisgau"]),
    R("DE", "investigation", "Ermittler haben am Dienstagmorgen Räume eines chinesischen Kultur- und Handelsvereins im Freiburger Stadtteil Stühlinger durchsucht.", place="Freiburg", note="search"),
    R("DE", "arrest", "Festgenommen wurde niemand.", place="Freiburg", pol="denied", opt=True),
    I("DE", "persuasion", "er sei zweimal in die Vereinsräume bestellt und gedrängt worden, «freiwillig» nach China zurückzukehren", place="Freiburg", note="student, stayed"),
    I("DE", "harassment", "Zur selben Zeit hätten Beamte seine Eltern in Haiyang aufgesucht.", opt=True, note="parents visited at home, beside the persuasion"),
    S("DE", "Ulm", "Dieselbe Behörde soll nach dpa-Informationen auch in Ulm eine Stelle unterhalten haben", operator="Haiyang", operator_alt=["Yantai"], claimant="dpa", note="'Dieselbe Behörde' carries the operator; travel agency near Münsterplatz"),
    R("DE", "closure", "Diese habe ihre Tätigkeit allerdings bereits im vergangenen Herbst eingestellt", place="Ulm", opt=True, note="stopped by itself"),
    R("DE", "protest", "Das Auswärtige Amt bestellte am Nachmittag den chinesischen Botschafter ein.", claimant=None),
    D("CN", "Die Botschaft in Berlin wies die Vorwürfe als «völlig unbegründet» zurück.", claimant="Chinese embassy in Berlin"),
    S("DE", None, "China unterhalte im Ausland keinerlei Polizeistationen", claimant="Chinese embassy in Berlin", pol="denied", opt=True, note="country-wide denial"),
    C("stations", 102, None, "mindestens 102 solcher Einrichtungen in 53 Ländern", claimant=SD, date="2022-12"),
    C("countries", 53, None, "mindestens 102 solcher Einrichtungen in 53 Ländern", claimant=SD, date="2022-12"),
    C("stations", 6, "DE", "sechs davon in Deutschland", claimant=SD, date="2022-12"),
]})

# ---------------------------------------------------------------- 015
DOCS.append({"name": "015-de-at-feature-leoben-steyr-yuzhou.txt", "text": """
Die lange Hand aus Henan

Eine unscheinbare Geschäftsadresse in Steyr, ein Vereinslokal in Leoben: Wie Chinas Sicherheitsbehörden Landsleute in der Obersteiermark und in Oberösterreich im Blick behalten – und warum die österreichischen Behörden so lange zögerten.

Von unserer Korrespondentin

STEYR/LEOBEN. Wer am Stadtplatz in Steyr die Gasse Richtung Enge hinuntergeht, kommt an einem Schaufenster vorbei, in dem verblasste Plakate für Sprachkurse und Überweisungsdienste werben. Drinnen stehen zwei Schreibtische, ein Kopierer, ein Wasserkocher. Nichts deutet darauf hin, dass hier nach Ansicht des Verfassungsschutzes eine Außenstelle der chinesischen Polizei untergebracht war.

Rund 1.400 Menschen chinesischer Herkunft leben in Oberösterreich, viele von ihnen betreiben Restaurants, Nagelstudios oder kleine Handelsfirmen. „Man kennt sich, man hilft sich“, sagt ein Gastronom, der seit zwanzig Jahren in der Stadt lebt. Die meisten, sagt er, hätten das Büro für eine Art Konsulat gehalten.

Die Direktion Staatsschutz und Nachrichtendienst (DSN) sieht das anders. Bereits im Sommer 2023 leitete sie Vorermittlungen ein; im Jänner 2024 folgte eine Hausdurchsuchung, bei der Datenträger und Namenslisten sichergestellt wurden. Zwei Wochen danach war das Schaufenster leer, die Betreiber hatten das Büro von sich aus aufgelöst.

Wem das Büro unterstand, geht aus einem internen Bericht hervor, den diese Zeitung einsehen konnte: dem Amt für öffentliche Sicherheit der kreisfreien Stadt Yuzhou in der Provinz Henan, die zur bezirksfreien Stadt Xuchang gehört. Yuzhou ist für sein Jun-Porzellan berühmt – und, so heißt es in dem Bericht, für eine besonders eifrige Auslandsabteilung.

Offiziell bieten solche „Servicestationen“ Hilfe bei Führerscheinen und Beglaubigungen an. Menschenrechtler werfen ihnen vor, Kritiker einzuschüchtern und Verdächtige zur Heimkehr zu bewegen. Im Fall von Steyr ist einer dokumentiert: Eine 27-jährige Kellnerin erzählt, sie sei nach einer Demonstration vor dem Linzer Landhaus fotografiert worden; die Bilder seien später ihrem Vater in Xuchang vorgelegt worden, mit der Bitte, „auf die Tochter einzuwirken“.

Auch in Leoben soll eine zweite, kleinere Stelle existiert haben, in einem Vereinslokal nahe dem Bahnhof. Die Landespolizeidirektion Steiermark hat dort nach eigenen Angaben „keinerlei Hinweise auf strafbare Handlungen“ gefunden. Insgesamt, so die DSN, habe es in Österreich zuletzt vier derartige Stellen gegeben.

Das Außenministerium am Minoritenplatz hat die chinesische Botschafterin im Februar „zu einem Gespräch gebeten“, wie es dort heißt. Eine Einbestellung im formellen Sinn sei das nicht gewesen. Die Botschaft spricht von „Verleumdungen“ und betont, es handle sich um ehrenamtliche Helfer.
""", "facts": [
    S("AT", "Steyr", "Nichts deutet darauf hin, dass hier nach Ansicht des Verfassungsschutzes eine Außenstelle der chinesischen Polizei untergebracht war.", operator="Yuzhou", operator_alt=["Xuchang"], claimant="Verfassungsschutz", note="'hier' = the shopfront off Stadtplatz Steyr; operator two paragraphs on ('Wem das Büro unterstand')"),
    R("AT", "investigation", "Bereits im Sommer 2023 leitete sie Vorermittlungen ein; im Jänner 2024 folgte eine Hausdurchsuchung", place="Steyr", claimant="DSN", date="2024-01"),
    R("AT", "closure", "die Betreiber hatten das Büro von sich aus aufgelöst", place="Steyr", opt=True, note="closed itself after the search"),
    I("AT", "surveillance", "sie sei nach einer Demonstration vor dem Linzer Landhaus fotografiert worden; die Bilder seien später ihrem Vater in Xuchang vorgelegt worden", place="Steyr", note="photos shown to her father"),
    I("AT", "harassment", "mit der Bitte, „auf die Tochter einzuwirken“", opt=True, note="pressure on the father"),
    S("AT", "Leoben", "Auch in Leoben soll eine zweite, kleinere Stelle existiert haben", note="operator not stated"),
    R("AT", "no_wrongdoing_found", "Die Landespolizeidirektion Steiermark hat dort nach eigenen Angaben „keinerlei Hinweise auf strafbare Handlungen“ gefunden.", place="Leoben"),
    C("stations", 4, "AT", "Insgesamt, so die DSN, habe es in Österreich zuletzt vier derartige Stellen gegeben.", claimant="DSN"),
    R("AT", "protest", "Das Außenministerium am Minoritenplatz hat die chinesische Botschafterin im Februar „zu einem Gespräch gebeten“", opt=True, note="talk, explicitly not a formal summons"),
    R("AT", "protest", "Eine Einbestellung im formellen Sinn sei das nicht gewesen.", pol="denied", opt=True, note="no formal summons"),
    D("CN", "Die Botschaft spricht von „Verleumdungen“ und betont, es handle sich um ehrenamtliche Helfer.", claimant="Chinese embassy in Vienna"),
]})

# ---------------------------------------------------------------- 016
DOCS.append({"name": "016-de-ch-polizeimeldung-thun-xinyi.txt", "text": """
Kantonspolizei Bern
Medienmitteilung

Thun: Mutmasslicher chinesischer Polizeiposten – Verfahren eröffnet, Lokal geschlossen

Die Bundesanwaltschaft (BA) hat gegen zwei chinesische Staatsangehörige ein Strafverfahren wegen verbotenen politischen Nachrichtendienstes und verbotener Handlungen für einen fremden Staat eröffnet. Die Beschuldigten, ein 49-jähriger Mann und eine 41-jährige Frau, sollen in einem Ladenlokal an der Frutigenstrasse in Thun seit Herbst 2021 im Auftrag des Büros für öffentliche Sicherheit der Stadt Xinyi (Provinz Guangdong) einen sogenannten Polizeiposten betrieben haben.

Am Mittwoch, 13. März 2024, hat die Kantonspolizei Bern im Auftrag der BA das Lokal sowie zwei Wohnungen durchsucht. Die beiden Beschuldigten wurden vorläufig festgenommen und nach ihrer Einvernahme wieder entlassen. Das Lokal wurde auf Verfügung der BA versiegelt.

Gemäss den bisherigen Erkenntnissen wurde ein in Thun wohnhafter Landsmann im Jahr 2023 wiederholt aufgefordert, sich in China einem Verfahren zu stellen. Nachdem er sich geweigert hatte, seien Angehörige in Guangdong unter Druck gesetzt worden. Der Mann hat sich bei der Polizei gemeldet.

Personen, die sich in ähnlicher Weise bedrängt fühlen, können sich bei jeder Polizeiwache melden. Für die Beschuldigten gilt die Unschuldsvermutung. Zu weiteren Auskünften ist ausschliesslich die Bundesanwaltschaft berechtigt.

Nachtrag (17.03.2024): Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat den chinesischen Botschafter am Freitag ins Bundeshaus bestellt. Die chinesische Botschaft in Bern bezeichnet die Vorwürfe in einer Stellungnahme als «haltlos»; bei dem Lokal handle es sich um eine Anlaufstelle für die Erneuerung von Fahrausweisen.
""", "facts": [
    S("CH", "Thun", "sollen in einem Ladenlokal an der Frutigenstrasse in Thun seit Herbst 2021 im Auftrag des Büros für öffentliche Sicherheit der Stadt Xinyi (Provinz Guangdong) einen sogenannten Polizeiposten betrieben haben", operator="Xinyi", operator_alt=["Maoming"], claimant="Bundesanwaltschaft", date="2021", note="site Frutigenstrasse"),
    R("CH", "investigation", "Die Bundesanwaltschaft (BA) hat gegen zwei chinesische Staatsangehörige ein Strafverfahren wegen verbotenen politischen Nachrichtendienstes und verbotener Handlungen für einen fremden Staat eröffnet.", place="Thun"),
    R("CH", "arrest", "Die beiden Beschuldigten wurden vorläufig festgenommen und nach ihrer Einvernahme wieder entlassen.", place="Thun", date="2024-03-13"),
    R("CH", "closure", "Das Lokal wurde auf Verfügung der BA versiegelt.", place="Thun", date="2024-03-13", note="sealed by order"),
    I("CH", "persuasion", "ein in Thun wohnhafter Landsmann im Jahr 2023 wiederholt aufgefordert, sich in China einem Verfahren zu stellen", place="Thun", date="2023"),
    I("CH", "harassment", "Nachdem er sich geweigert hatte, seien Angehörige in Guangdong unter Druck gesetzt worden.", opt=True, note="relatives pressured, beside the persuasion"),
    R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat den chinesischen Botschafter am Freitag ins Bundeshaus bestellt.", date="2024-03-15"),
    D("CN", "Die chinesische Botschaft in Bern bezeichnet die Vorwürfe in einer Stellungnahme als «haltlos»", claimant="Chinese embassy in Bern"),
    S("CH", "Thun", "bei dem Lokal handle es sich um eine Anlaufstelle für die Erneuerung von Fahrausweisen", claimant="Chinese embassy in Bern", pol="denied", opt=True, note="place-specific denial by explanation"),
]})

# ---------------------------------------------------------------- 017
DOCS.append({"name": "017-de-landtag-nrw-antwort-pdf-dortmund-muenster-zoucheng-tengzhou.txt", "text": """
LANDTAG NORDRHEIN-WESTFALEN                              Drucksache 18/9412
18. Wahlperiode                                                  04.06.2024

Antwort
der Landesregierung
auf die Kleine Anfrage 3517 vom 29. April 2024
des Abgeordneten N. N.   Drucksache 18/9188

Verdeckte chinesische „Polizeistationen" in Dortmund und Münster

Vorbemerkung der Kleinen Anfrage
Nach übereinstimmenden Medienberichten soll in der Dortmunder
Nordstadt seit 2019 eine verdeckte Anlaufstelle der chinesischen
Polizei bestehen, die dem Büro für öffentliche Sicherheit der Stadt
Zoucheng (Provinz Shandong) zugeordnet wird. Eine weitere Stelle
soll sich in Münster befinden; sie wird in den Berichten der
Polizeibehörde von Tengzhou zugerechnet. Die Menschenrechts-
organisation Safeguard Defenders zählt weltweit mehr als hundert
solcher Stellen, mindestens vier davon in Nordrhein-Westfalen.

Der Minister des Innern hat die Kleine Anfrage namens der Landes-
regierung im Einvernehmen mit dem Minister der Justiz beantwortet.

1. Welche Erkenntnisse liegen der Landesregierung zu der Stelle in
   Dortmund vor?

Der Generalstaatsanwaltschaft Hamm liegen Erkenntnisse vor, auf-
grund derer sie im Februar 2024 ein Ermittlungsverfahren wegen des
Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB) einge-
leitet hat. Im Rahmen dieses Verfahrens wurden am 12. März 2024 Ge-
schäftsräume in der Dortmunder Nordstadt durchsucht. Festnahmen
erfolgten nicht. Die Räumlichkeiten werden seit der Durchsuchung
nicht mehr genutzt.

2. Ist der Landesregierung bekannt, ob Personen aus Nordrhein-
   Westfalen zur Rückkehr nach China gedrängt wurden?

In einem Fall hat sich ein in Dortmund lebender Mann an die Poli-
zei gewandt. Er gab an, man habe ihn über Verwandte in Zoucheng
aufgefordert, nach China zurückzukehren, um sich dort einem Straf-
verfahren zu stellen. Der Mann ist dem nicht nachgekommen.

3. Welche Erkenntnisse liegen zu der Stelle in Münster vor?

Das Polizeipräsidium Münster ist den Hinweisen nachgegangen. Es
haben sich keine Anhaltspunkte für strafbare Handlungen ergeben.
Ein Ermittlungsverfahren wurde nicht eingeleitet.

4. Wird die Landesregierung die Bundesregierung auffordern, den
   chinesischen Botschafter einzubestellen?

Die Pflege der auswärtigen Beziehungen ist Sache des Bundes. Die
Landesregierung steht hierzu mit den zuständigen Bundesbehörden im
Austausch.
""", "facts": [
    S("DE", "Dortmund", "Nach übereinstimmenden Medienberichten soll in der Dortmunder Nordstadt seit 2019 eine verdeckte Anlaufstelle der chinesischen Polizei bestehen, die dem Büro für öffentliche Sicherheit der Stadt Zoucheng (Provinz Shandong) zugeordnet wird.", operator="Zoucheng", operator_alt=["Jining"], claimant="media reports", date="2019", note="premise of the Kleine Anfrage; site Nordstadt"),
    S("DE", "Münster", "Eine weitere Stelle soll sich in Münster befinden; sie wird in den Berichten der Polizeibehörde von Tengzhou zugerechnet.", operator="Tengzhou", operator_alt=["Zaozhuang"], claimant="media reports", place_alt=["Muenster"], note="premise"),
    C("stations", 100, None, "Safeguard Defenders zählt weltweit mehr als hundert solcher Stellen", claimant=SD, opt=True, note="approximation"),
    C("stations", 4, "DE", "mindestens vier davon in Nordrhein-Westfalen", claimant=SD, note="count in one German Land, scoped to DE"),
    R("DE", "investigation", "im Februar 2024 ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB) eingeleitet hat", place="Dortmund", claimant="NRW state government", date="2024-02"),
    R("DE", "arrest", "Festnahmen erfolgten nicht.", place="Dortmund", pol="denied", opt=True, claimant="NRW state government"),
    R("DE", "closure", "Die Räumlichkeiten werden seit der Durchsuchung nicht mehr genutzt.", place="Dortmund", opt=True, claimant="NRW state government", note="stopped after the search, not ordered"),
    I("DE", "persuasion", "Er gab an, man habe ihn über Verwandte in Zoucheng aufgefordert, nach China zurückzukehren, um sich dort einem Strafverfahren zu stellen.", place="Dortmund", claimant="NRW state government", note="via relatives; did not go"),
    C("cases", 1, "DE", "In einem Fall hat sich ein in Dortmund lebender Mann an die Polizei gewandt.", opt=True, claimant="NRW state government", note="count of one"),
    R("DE", "no_wrongdoing_found", "Es haben sich keine Anhaltspunkte für strafbare Handlungen ergeben.", place="Münster", claimant="NRW state government"),
    R("DE", "investigation", "Ein Ermittlungsverfahren wurde nicht eingeleitet.", place="Münster", pol="denied", claimant="NRW state government", note="required denied investigation beside the Dortmund one (same key, different polarity)"),
]})

# ---------------------------------------------------------------- 018
DOCS.append({"name": "018-de-ocr-studie-balkan-nis-kragujevac-maribor-ruse-tuzla-pingdu.txt", "text": """
                                   - 14 -

3.2 Befunde: Serbien, Slowenien, Bosnien und Herzegowina, Bul-
    garien

Im Untersuchungs-
zeitraum (Januar 2023 bis Juni 2024) konnten wir in der Re-
gion insgesamt sechs Stellen identifizieren, die von chine-
sischen Sicherheitsbehörden betrieben oder ihnen zuge-
ordnet werden¹. Drei davon liegen in Serbien, und zwar zwei
in Niš und eine in Kragujevac; die beiden Stellen in Niš
gehen auf das Amt für öffentliche Sicherheit von Pingdu
zurück, die in Kragujevac auf das benachbarte Laixi – beide
Städte gehören zu Qingdao. Je eine weitere Stelle befindet
sich in Maribor (Slowenien), in Tuzla (Bosnien und Herzego-
wina) und in Ruse (Bulgarien).

Tabeile 3: Identifizierte Stellen nach Ort und zustän-
diger Behörde

  Ort           Land   seit    zuständige Behörde
  ------------  -----  ------  -------------------------
  Niš (1)       RS     2019    Pingdu (Qingdao)
  Niš (2)       RS     2021    Pingdu (Qingdao)
  Kragujevac    RS     2020    Laixi (Qingdao)
  Maribor       SI     2018    Donggang (Dandong)
  Tuzla         BA     2022    unbekannt
  Ruse          BG     2019    Renqiu (Cangzhou)

Quelle: eigene Erhebung; Interviews (n = 27), Vereins-
register, Selbstdarstellungen der Behörden in sozia-
len Medien.

In Serbien ist die Lage besonders heikel: Belgrad und Pe-
king vereinbarten bereits 2019 gemeinsame Polizeistreifen
in touristischen Gebieten, die seither jeden Sommer statt-
finden. Nach unserer Kenntnis haben die serbischen Behör-
den zu keiner der drei Stellen Ermittlungen aufgenommen.

Anders Slowenien: Die Polizeiverwaltung Maribor leitete im
Mai 2023 Erhebungen ein; die Stelle stellte kurz darauf
ihre Tätigkeit ein². Das Außenministerium in Ljubljana
zitierte den chinesischen Geschäftsträger ins Ministerium.

In Ruse berichtete uns ein Händler, er sei von Mitarbei-
tern der dortigen Stelle über Monate gedrängt worden, in
seine Heimat zurückzukehren; er sei schließlich im Herbst
2023 „aus Sorge um seine Familie" nach China geflogen. Die
bulgarische Staatsanwaltschaft prüft nach eigenen Angaben
den Fall.

Die chinesische Botschaft in Sofia hat auf unsere Anfrage
schriftlich erklärt, die Vorwürfe seien „eine Erfindung";
es gebe in Bulgarien „keine Polizeistationen".

____________________
¹ Weltweit gehen wir, im Einklang mit Safeguard De-
  fenders, von mindestens 102 Stellen aus.
² Eine behördliche Schließungsanordnung erging nicht.
""", "facts": [
    C("stations", 6, None, "konnten wir in der Region insgesamt sechs Stellen identifizieren", opt=True, note="regional count over four countries"),
    C("stations", 3, "RS", "Drei davon liegen in Serbien, und zwar zwei in Niš und eine in Kragujevac"),
    S("RS", "Niš", "Drei davon liegen in Serbien, und zwar zwei in Niš und eine in Kragujevac; die beiden Stellen in Niš gehen auf das Amt für öffentliche Sicherheit von Pingdu zurück", operator="Pingdu", operator_alt=["Qingdao"], date="2019", note="two sites (2019, 2021), one key; operator in the same sentence and the table", place_alt=["Nis"]),
    C("stations", 2, "RS", "die beiden Stellen in Niš gehen auf das Amt für öffentliche Sicherheit von Pingdu zurück", opt=True, note="city-scoped count"),
    S("RS", "Kragujevac", "die in Kragujevac auf das benachbarte Laixi", operator="Laixi", operator_alt=["Qingdao"], date="2020"),
    S("SI", "Maribor", "Je eine weitere Stelle befindet sich in Maribor (Slowenien), in Tuzla (Bosnien und Herzegowina) und in Ruse (Bulgarien).", operator="Donggang", operator_alt=["Dandong"], date="2018", note="operator only in the table"),
    S("BA", "Tuzla", "Je eine weitere Stelle befindet sich in Maribor (Slowenien), in Tuzla (Bosnien und Herzegowina) und in Ruse (Bulgarien).", date="2022", note="operator unknown ('unbekannt')"),
    S("BG", "Ruse", "Je eine weitere Stelle befindet sich in Maribor (Slowenien), in Tuzla (Bosnien und Herzegowina) und in Ruse (Bulgarien).", operator="Renqiu", operator_alt=["Cangzhou"], date="2019", note="operator only in the table"),
    A("RS", "joint_patrol", "Belgrad und Peking vereinbarten bereits 2019 gemeinsame Polizeistreifen in touristischen Gebieten", date="2019"),
    R("RS", "investigation", "haben die serbischen Behörden zu keiner der drei Stellen Ermittlungen aufgenommen", pol="denied", note="required denied investigation"),
    R("SI", "investigation", "Die Polizeiverwaltung Maribor leitete im Mai 2023 Erhebungen ein", place="Maribor", date="2023-05"),
    R("SI", "closure", "die Stelle stellte kurz darauf ihre Tätigkeit ein", place="Maribor", opt=True, note="stopped by itself (footnote 2: no order)"),
    R("SI", "protest", "Das Außenministerium in Ljubljana zitierte den chinesischen Geschäftsträger ins Ministerium.", note="chargé summoned"),
    I("BG", "persuasion", "er sei von Mitarbeitern der dortigen Stelle über Monate gedrängt worden, in seine Heimat zurückzukehren", place="Ruse", note="trader persuaded, flew home himself"),
    R("BG", "investigation", "Die bulgarische Staatsanwaltschaft prüft nach eigenen Angaben den Fall.", place="Ruse", opt=True, note="checking the case"),
    D("CN", "die Vorwürfe seien „eine Erfindung\"", claimant="Chinese embassy in Sofia"),
    S("BG", None, "es gebe in Bulgarien „keine Polizeistationen\"", claimant="Chinese embassy in Sofia", pol="denied", opt=True),
    C("stations", 102, None, "von mindestens 102 Stellen aus", claimant=SD),
]})

# ---------------------------------------------------------------- 019
DOCS.append({"name": "019-de-lokal-polizeiposten-eisenbahnstrasse-leipzig.txt", "text": """
Neuer Polizeiposten an der Eisenbahnstraße eröffnet

Leipzig. Nach knapp zwei Jahren Bauzeit hat die Polizeidirektion Leipzig am Montag ihren neuen Polizeiposten an der Eisenbahnstraße in Betrieb genommen. Die Station ist werktags von 7 bis 22 Uhr besetzt, 14 Beamtinnen und Beamte sind dort im Schichtdienst eingesetzt. Sachsens Innenminister sprach bei der Eröffnung von einem „klaren Signal an die Menschen im Leipziger Osten“.

Im vergangenen Jahr verzeichnete die Polizei in dem Viertel 102 Einsätze wegen Einbrüchen in Geschäfte, 53 Tatverdächtige wurden ermittelt. Betroffen waren auch mehrere Läden und Imbisse, die von Familien aus China, Vietnam und Syrien betrieben werden. Der Inhaber eines chinesischen Lebensmittelgeschäfts sagte, er fühle sich mit der neuen Wache vor der Tür „deutlich sicherer“.

Für Aufsehen hatte im Herbst der Fall einer chinesischen Austauschstudentin gesorgt, die drei Tage lang als vermisst galt. Die Polizei fand die 22-Jährige schließlich wohlbehalten bei einer Freundin in Halle; inzwischen ist sie nach Abschluss ihres Semesters planmäßig nach China zurückgekehrt. Das chinesische Generalkonsulat bedankte sich damals ausdrücklich bei den Leipziger Ermittlern.

Die Stadt und die Polizeidirektion haben zudem eine Kooperationsvereinbarung zur Kriminalprävention unterzeichnet. Geplant sind Sprechstunden in mehreren Sprachen, darunter Arabisch, Vietnamesisch und Chinesisch. Die Straßenbahnhaltestelle vor dem Posten wird im Sommer barrierefrei umgebaut.
""", "facts": []})
